package da

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// BenchmarkCommitAndProve is the KZG work per blob of a commit transaction:
// the commitment, the 128 cell proofs of a version-1 sidecar and one
// point-evaluation proof. It also reports each part in ms/op.
func BenchmarkCommitAndProve(b *testing.B) {
	blobs := mustPack(b, randomSegments(1, BytesPerBlob-1000, 1))
	z := testPoint(1)
	if _, err := Commit(&blobs[0]); err != nil { // load the trusted setup outside the timing
		b.Fatal(err)
	}
	var commit, cells, eval time.Duration
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		if _, err := Commit(&blobs[0]); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := kzg4844.ComputeCellProofs(&blobs[0]); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if _, _, err := EvalProof(&blobs[0], z); err != nil {
			b.Fatal(err)
		}
		commit, cells, eval = commit+t1.Sub(t0), cells+t2.Sub(t1), eval+time.Since(t2)
	}
	n := float64(b.N) * float64(time.Millisecond)
	b.ReportMetric(float64(commit)/n, "commit-ms/op")
	b.ReportMetric(float64(cells)/n, "cellproofs-ms/op")
	b.ReportMetric(float64(eval)/n, "evalproof-ms/op")
}
