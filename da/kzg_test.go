package da

import (
	"crypto/sha256"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// The blobs and sidecar of most KZG tests: computing cell proofs takes
// most of a second per blob, so the tests share one two-blob sidecar.
var shared struct {
	once  sync.Once
	blobs []kzg4844.Blob
	sc    *types.BlobTxSidecar
	err   error
}

// twoBlobSidecar returns two blobs holding a segment that spans both, and
// their sidecar.
func twoBlobSidecar(t testing.TB) ([]kzg4844.Blob, *types.BlobTxSidecar) {
	t.Helper()
	shared.once.Do(func() {
		shared.blobs, shared.err = Pack(randomSegments(3, BytesPerBlob/2+100, 7))
		if shared.err == nil {
			shared.sc, shared.err = Sidecar(shared.blobs)
		}
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.blobs, shared.sc
}

func TestVersionedHashIsSHA256WithVersionByte1(t *testing.T) {
	var c kzg4844.Commitment
	c[0], c[47] = 0xc0, 7
	want := sha256.Sum256(c[:])
	want[0] = 0x01
	if got := VersionedHash(c); got != want {
		t.Fatalf("got %x, want %x", got, want)
	}
}

func TestSidecarIsVersion1WithVerifyingCellProofs(t *testing.T) {
	blobs, sc := twoBlobSidecar(t)
	if sc.Version != types.BlobSidecarVersion1 {
		t.Fatalf("sidecar version %d, want %d", sc.Version, types.BlobSidecarVersion1)
	}
	if got, want := len(sc.Proofs), len(blobs)*kzg4844.CellProofsPerBlob; got != want {
		t.Fatalf("%d proofs, want %d", got, want)
	}
	if err := kzg4844.VerifyCellProofs(sc.Blobs, sc.Commitments, sc.Proofs); err != nil {
		t.Fatalf("cell proofs do not verify: %v", err)
	}
	for i, h := range sc.BlobHashes() {
		c, err := Commit(&blobs[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := VersionedHash(c); got != h {
			t.Errorf("blob %d: versioned hash %x, sidecar says %x", i, got, h)
		}
	}
}

func TestSidecarRefusesBlobCounts(t *testing.T) {
	if _, err := Sidecar(nil); !errors.Is(err, ErrBlobCount) {
		t.Errorf("no blobs: got %v, want %v", err, ErrBlobCount)
	}
	if _, err := Sidecar(make([]kzg4844.Blob, MaxBlobsPerTx+1)); !errors.Is(err, ErrTooMuchData) {
		t.Errorf("%d blobs: got %v, want %v", MaxBlobsPerTx+1, err, ErrTooMuchData)
	}
}

func TestKZGRefusesNonCanonicalScalars(t *testing.T) {
	var bad kzg4844.Blob
	for i := range bad {
		bad[i] = 0xff
	}
	if _, err := Commit(&bad); !errors.Is(err, ErrKZG) {
		t.Errorf("Commit: got %v, want %v", err, ErrKZG)
	}
	if _, err := Sidecar([]kzg4844.Blob{bad}); !errors.Is(err, ErrKZG) {
		t.Errorf("Sidecar: got %v, want %v", err, ErrKZG)
	}
	var blob kzg4844.Blob
	var z [32]byte
	for i := range z {
		z[i] = 0xff
	}
	if _, _, err := EvalProof(&blob, z); !errors.Is(err, ErrKZG) {
		t.Errorf("EvalProof: got %v, want %v", err, ErrKZG)
	}
}

func TestVerifyEvalAcceptsProofAndRejectsChanges(t *testing.T) {
	blobs := mustPack(t, randomSegments(1, 5000, 3))
	c, err := Commit(&blobs[0])
	if err != nil {
		t.Fatal(err)
	}
	z, z2 := testPoint(1), testPoint(2)
	y, proof, err := EvalProof(&blobs[0], z)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyEval(c, z, y, proof); err != nil {
		t.Fatalf("valid proof: %v", err)
	}
	_, proof2, err := EvalProof(&blobs[0], z2)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Commit(&kzg4844.Blob{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		c     kzg4844.Commitment
		z, y  [32]byte
		proof kzg4844.Proof
	}{
		{"y plus one", c, z, plusOne(y), proof},
		{"proof for another z", c, z, y, proof2},
		{"another commitment", other, z, y, proof},
	} {
		if err := VerifyEval(c.c, c.z, c.y, c.proof); !errors.Is(err, ErrInvalidProof) {
			t.Errorf("%s: got %v, want %v", c.name, err, ErrInvalidProof)
		}
	}
}

func TestPointEvaluationInputLayout(t *testing.T) {
	var h, z, y [32]byte
	var c kzg4844.Commitment
	var p kzg4844.Proof
	h[0], z[0], y[0], c[0], p[0] = 1, 2, 3, 4, 5
	in := PointEvaluationInput(h, z, y, c, p)
	if len(in) != PointEvaluationInputLen || PointEvaluationInputLen != 192 {
		t.Fatalf("input is %d bytes, want 192", len(in))
	}
	for i, off := range []int{0, 32, 64, 96, 144} {
		if in[off] != byte(i+1) {
			t.Errorf("field %d: byte %d is %d, want %d", i, off, in[off], i+1)
		}
	}
}

func TestBlobTxCarriesSidecarHashes(t *testing.T) {
	_, sc := twoBlobSidecar(t)
	p := TxParams{ChainID: big.NewInt(1337), Nonce: 4, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2),
		BlobFeeCap: big.NewInt(3), Gas: 100_000, Data: []byte{1}}
	tx, err := BlobTx(p, sc)
	if err != nil {
		t.Fatal(err)
	}
	if tx.ChainID.Uint64() != 1337 || tx.Nonce != 4 || tx.BlobFeeCap.Uint64() != 3 || tx.Sidecar != sc {
		t.Fatalf("fields not carried over: %+v", tx)
	}
	if err := sc.ValidateBlobCommitmentHashes(tx.BlobHashes); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		change func(*TxParams)
	}{
		{"missing blob fee cap", func(p *TxParams) { p.BlobFeeCap = nil }},
		{"negative tip", func(p *TxParams) { p.GasTipCap = big.NewInt(-1) }},
		{"fee cap over 256 bits", func(p *TxParams) { p.GasFeeCap = new(big.Int).Lsh(big.NewInt(1), 256) }},
	} {
		q := p
		c.change(&q)
		if _, err := BlobTx(q, sc); !errors.Is(err, ErrTxParams) {
			t.Errorf("%s: got %v, want %v", c.name, err, ErrTxParams)
		}
	}
	if _, err := BlobTx(p, nil); !errors.Is(err, ErrBlobCount) {
		t.Errorf("no sidecar: got %v, want %v", err, ErrBlobCount)
	}
}

// plusOne is y+1 as a big-endian number (wrapping at 2^256).
func plusOne(y [32]byte) [32]byte {
	var out [32]byte
	new(big.Int).Add(new(big.Int).SetBytes(y[:]), big.NewInt(1)).FillBytes(out[:])
	return out
}
