package store

import (
	"context"
	"testing"
)

func TestProofRequestQueue(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		for n := uint64(1); n <= 3; n++ {
			if err := d.SealBlock(ctx, Block{Number: n}, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.RequestProofs(ctx, 2, 0); err != nil {
			t.Fatal(err)
		}
		if err := d.RequestProofs(ctx, 2, 0); err != nil { // idempotent
			t.Fatal(err)
		}
		claim := func(now int64) (ProofRequest, bool) {
			t.Helper()
			r, ok, err := d.ClaimProofRequest(ctx, now, 100, 3)
			if err != nil {
				t.Fatal(err)
			}
			return r, ok
		}
		r1, ok := claim(10)
		if !ok || r1.Block != 1 || r1.Status != ProofWitnessGen || r1.Attempts != 1 {
			t.Fatalf("first claim %+v %v", r1, ok)
		}
		if err := d.SaveWitness(ctx, 1, []byte("w1"), 10, 100); err != nil {
			t.Fatal(err)
		}
		r2, _ := claim(10)
		if r2.Block != 2 {
			t.Fatalf("second claim: block %d", r2.Block)
		}
		if _, ok := claim(10); ok {
			t.Fatal("block 3 has no request yet, blocks 1 and 2 are leased: nothing to claim")
		}
		// Block 2's worker goes silent: after the lease, it is claimed again.
		again, ok := claim(500)
		if !ok || again.Block != 1 {
			t.Fatalf("expired leases are taken oldest first: %+v", again)
		}
		if again.Status != ProofProving || string(again.Witness) != "w1" {
			t.Fatalf("a request with a witness resumes at PROVING: %+v", again)
		}
		if err := d.CompleteProof(ctx, 1, []byte("p1"), 500); err != nil {
			t.Fatal(err)
		}
		// Block 2 fails twice with backoff, then succeeds on the third attempt.
		again, _ = claim(500)
		if again.Block != 2 || again.Attempts != 2 {
			t.Fatalf("%+v", again)
		}
		if err := d.FailProof(ctx, 2, "prover crashed", 1000, 500); err != nil {
			t.Fatal(err)
		}
		if _, ok := claim(900); ok {
			t.Fatal("claimed during backoff")
		}
		third, ok := claim(1000)
		if !ok || third.Block != 2 || third.Attempts != 3 {
			t.Fatalf("%+v", third)
		}
		if err := d.FailProof(ctx, 2, "prover crashed again", 1100, 1000); err != nil {
			t.Fatal(err)
		}
		if _, ok := claim(5000); ok {
			t.Fatal("a request past its attempts was claimed")
		}
		counts, _ := d.CountProofs(ctx)
		if counts[ProofComplete] != 1 || counts[ProofFailed] != 1 {
			t.Fatalf("counts %v", counts)
		}
		r, err := d.ProofRequestOf(ctx, 2)
		if err != nil || r.Error != "prover crashed again" {
			t.Fatalf("%+v %v", r, err)
		}
	})
}
