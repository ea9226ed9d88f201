package proofqueue

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark/frontend"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

func TestBackoffDoublesPerAttemptUpToACap(t *testing.T) {
	r := Retry{Backoff: time.Second}
	for _, c := range []struct {
		attempts int
		want     time.Duration
	}{
		{0, time.Second}, // never claimed: no negative shift
		{1, time.Second},
		{2, 2 * time.Second},
		{3, 4 * time.Second},
		{11, 1024 * time.Second},
		{12, 1024 * time.Second},
		{1000, 1024 * time.Second},
	} {
		if got := r.After(c.attempts); got != c.want {
			t.Errorf("after %d attempts: got %v, want %v", c.attempts, got, c.want)
		}
	}
}

// rig is one sealed block with its proof request claimed by "p1".
func rig(t *testing.T, retry Retry, at time.Time) (*Queue, *store.DB, store.ProofRequest) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.SealBlock(ctx, store.Block{Number: 1, Commitment: [32]byte{7}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.RequestProofs(ctx, 1, 0); err != nil {
		t.Fatal(err)
	}
	r, ok, err := db.ClaimProofRequest(ctx, "p1", at.UnixMilli(), 60_000, retry.MaxAttempts)
	if err != nil || !ok {
		t.Fatalf("claim: %v %v", ok, err)
	}
	return New(retry, db, rollup.TestParams, keys.Single(rollup.TestParams.BlockSlots, &keys.Set{}), func() time.Time { return at }), db, r
}

func TestAnInvalidProofIsRefusedAndChangesNothing(t *testing.T) {
	at := time.UnixMilli(1_000_000)
	q, db, r := rig(t, Retry{MaxAttempts: 3, Backoff: time.Second}, at)
	err := q.Complete(context.Background(), r, []byte("not a proof"))
	if !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("got %v, want ErrInvalidProof", err)
	}
	got, err := db.ProofRequestOf(context.Background(), 1)
	if err != nil || got.Status != status.ProofWitnessGen || got.Owner != "p1" || got.Proof != nil {
		t.Fatalf("after an invalid proof: %+v %v; want still leased to p1, no proof", got, err)
	}
}

func TestAFailedAttemptWaitsItsBackoffAndTheLastOneSaysSo(t *testing.T) {
	at := time.UnixMilli(1_000_000)
	for _, c := range []struct {
		max  int
		last bool
	}{{3, false}, {1, true}} {
		q, db, r := rig(t, Retry{MaxAttempts: c.max, Backoff: time.Second}, at)
		last, err := q.Fail(context.Background(), r, "boom")
		if err != nil || last != c.last {
			t.Fatalf("max %d: last %v, %v; want %v", c.max, last, err, c.last)
		}
		got, _ := db.ProofRequestOf(context.Background(), 1)
		if got.Status != status.ProofFailed || got.Error != "boom" || got.NextTryAt != at.Add(time.Second).UnixMilli() {
			t.Fatalf("max %d: %+v; want FAILED, retried at %d", c.max, got, at.Add(time.Second).UnixMilli())
		}
	}
}

func TestAHandedBackJobIsTakenAgainAtOnce(t *testing.T) {
	at := time.UnixMilli(1_000_000)
	q, db, r := rig(t, Retry{MaxAttempts: 3, Backoff: time.Hour}, at)
	if err := q.HandBack(context.Background(), r, "prover left"); err != nil {
		t.Fatal(err)
	}
	again, ok, err := db.ClaimProofRequest(context.Background(), "p2", at.UnixMilli(), 60_000, 3)
	if err != nil || !ok || again.Block != 1 || again.Attempts != 2 {
		t.Fatalf("claim after the hand-back: %+v %v %v; want block 1, attempt 2, at once", again, ok, err)
	}
	if err := q.HandBack(context.Background(), r, "late"); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("p1 handing back p2's job: %v, want ErrLeaseLost", err)
	}
}

// oneInput is a circuit of one public and one secret variable: its
// witness stands in for a block witness (whose one public input is the
// block commitment).
type oneInput struct {
	Commitment frontend.Variable `gnark:",public"`
	Secret     frontend.Variable
}

func (c *oneInput) Define(api frontend.API) error {
	api.AssertIsEqual(c.Commitment, c.Secret)
	return nil
}

// TestBlobModeCompleteReadsTheWitnessItWasNotHanded: in blob mode a proof
// is checked against the commitment in the node's own witness; the prover
// server hands Complete its job without the witness (it does not keep it
// while a worker proves), so Complete reads it from the request's row. A
// proof that does not verify is then ErrInvalidProof — not a failure to
// read the witness, which would end the worker's session and burn an
// attempt (review of issue 19).
func TestBlobModeCompleteReadsTheWitnessItWasNotHanded(t *testing.T) {
	at := time.UnixMilli(1_000_000)
	_, db, r := rig(t, Retry{MaxAttempts: 3, Backoff: time.Second}, at)
	w, err := prover.EncodeWitness(&oneInput{Commitment: 5, Secret: 5})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AttachWitness(context.Background(), 1, w); err != nil {
		t.Fatal(err)
	}
	p := rollup.TestParams
	p.BlobCapacity = 16
	q := New(Retry{MaxAttempts: 3, Backoff: time.Second}, db, p, keys.Single(p.BlockSlots, &keys.Set{}), func() time.Time { return at })
	r.Witness = nil
	if err := q.Complete(context.Background(), r, []byte("not a proof")); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("got %v, want ErrInvalidProof (the witness read from the row)", err)
	}
}
