package store

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/zkrollup/zkrollup/internal/status"
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
		claim := func(owner string, now int64) (ProofRequest, bool) {
			t.Helper()
			r, ok, err := d.ClaimProofRequest(ctx, owner, now, 100, 4)
			if err != nil {
				t.Fatal(err)
			}
			return r, ok
		}
		r1, ok := claim("p1", 10)
		if !ok || r1.Block != 1 || r1.Status != status.ProofWitnessGen || r1.Attempts != 1 || r1.Owner != "p1" {
			t.Fatalf("first claim %+v %v", r1, ok)
		}
		if err := d.SaveWitness(ctx, 1, "p2", []byte("w1"), 10, 100); !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("another prover saved a witness: %v", err)
		}
		if err := d.SaveWitness(ctx, 1, "p1", []byte("w1"), 10, 100); err != nil {
			t.Fatal(err)
		}
		if err := d.HeartbeatProof(ctx, 1, "p1", 20, 100); err != nil { // lease now until 120
			t.Fatal(err)
		}
		r2, _ := claim("p2", 10)
		if r2.Block != 2 {
			t.Fatalf("second claim: block %d", r2.Block)
		}
		if _, ok := claim("p3", 105); ok {
			t.Fatal("block 3 has no request yet, blocks 1 and 2 are leased: nothing to claim")
		}
		if r, ok := claim("p3", 115); !ok || r.Block != 2 || r.Attempts != 2 {
			t.Fatalf("at 115 block 2's lease has ended and block 1's heartbeat holds it: %+v %v", r, ok)
		}
		// The provers go silent: after the leases, the requests are claimed again.
		again, ok := claim("p3", 500)
		if !ok || again.Block != 1 {
			t.Fatalf("expired leases are taken oldest first: %+v", again)
		}
		if again.Status != status.ProofProving || string(again.Witness) != "w1" {
			t.Fatalf("a request with a witness resumes at PROVING: %+v", again)
		}
		if err := d.CompleteProof(ctx, 1, "p1", []byte("late"), 500); !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("the silent prover completed a request it lost: %v", err)
		}
		if err := d.HeartbeatProof(ctx, 1, "p1", 500, 100); !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("the silent prover's heartbeat: %v", err)
		}
		if err := d.CompleteProof(ctx, 1, "p3", []byte("p1"), 500); err != nil {
			t.Fatal(err)
		}
		if err := d.CompleteProof(ctx, 1, "p3", []byte("again"), 501); !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("a complete request completed twice: %v", err)
		}
		// Block 2 fails twice with backoff, then runs out of attempts.
		again, _ = claim("p3", 500)
		if again.Block != 2 || again.Attempts != 3 {
			t.Fatalf("%+v", again)
		}
		if err := d.FailProof(ctx, 2, "p3", "prover crashed", 1000, 500); err != nil {
			t.Fatal(err)
		}
		if _, ok := claim("p4", 900); ok {
			t.Fatal("claimed during backoff")
		}
		third, ok := claim("p4", 1000)
		if !ok || third.Block != 2 || third.Attempts != 4 {
			t.Fatalf("%+v", third)
		}
		if err := d.FailProof(ctx, 2, "p4", "prover crashed again", 1100, 1000); err != nil {
			t.Fatal(err)
		}
		if _, ok := claim("p5", 5000); ok {
			t.Fatal("a request past its attempts was claimed")
		}
		counts, _ := d.CountProofs(ctx)
		if counts[status.ProofComplete] != 1 || counts[status.ProofFailed] != 1 {
			t.Fatalf("counts %v", counts)
		}
		r, err := d.ProofRequestOf(ctx, 2)
		if err != nil || r.Error != "prover crashed again" {
			t.Fatalf("%+v %v", r, err)
		}
	})
}

// L1Progress counts only confirmed batches in an unbroken run from block 1.
func TestL1Progress(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		tx := func(key string, st status.L1Tx) {
			t.Helper()
			row, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "aggregator", OpKey: key, Data: []byte{1}, Value: big.NewInt(0),
				TipCap: big.NewInt(0), FeeCap: big.NewInt(0)})
			if err != nil {
				t.Fatal(err)
			}
			if st != status.L1TxQueued {
				if err := d.FinishL1Tx(ctx, row.ID, st, 1, ""); err != nil {
					t.Fatal(err)
				}
			}
		}
		batch := func(stage status.Stage, first, last uint64, st status.L1Tx) {
			t.Helper()
			key := fmt.Sprintf("%s:%d-%d", stage, first, last)
			tx(key, st)
			if err := d.AddL1Batch(ctx, L1Batch{Stage: stage, First: first, Last: last, OpKey: key}); err != nil {
				t.Fatal(err)
			}
		}
		batch("commit", 1, 3, status.L1TxConfirmed)
		batch("commit", 4, 4, status.L1TxConfirmed)
		batch("commit", 5, 6, status.L1TxQueued)
		batch("prove", 1, 2, status.L1TxConfirmed)
		batch("prove", 3, 4, status.L1TxFailed)
		batch("execute", 2, 2, status.L1TxConfirmed) // not from block 1: does not count
		p, err := d.L1Progress(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if p != (L1Progress{Committed: 4, Proven: 2, Executed: 0}) {
			t.Fatalf("progress %+v", p)
		}
		// The aggregator's view of the same rows: what it handed over, how far
		// it is confirmed, and the first batch that failed.
		for _, c := range []struct {
			stage           status.Stage
			sent, confirmed uint64
			failed          string
		}{
			{status.StageCommit, 6, 4, ""},
			{status.StageProve, 4, 2, "prove:3-4"},
			{status.StageExecute, 2, 0, ""},
		} {
			sp, err := d.StageProgress(ctx, c.stage)
			if err != nil {
				t.Fatal(err)
			}
			failed := ""
			if sp.Failed != nil {
				failed = sp.Failed.OpKey
			}
			if sp.Sent != c.sent || sp.Confirmed != c.confirmed || failed != c.failed {
				t.Errorf("%s: sent %d, confirmed %d, failed %q; want %d, %d, %q", c.stage, sp.Sent, sp.Confirmed, failed, c.sent, c.confirmed, c.failed)
			}
		}
		keys, err := d.L1TxKeysOf(ctx, "aggregator")
		if err != nil || len(keys) != 6 || keys[0] != "commit:1-3" {
			t.Fatalf("keys %v %v", keys, err)
		}
		if other, _ := d.L1TxKeysOf(ctx, "someone"); len(other) != 0 {
			t.Fatalf("another owner's keys %v", other)
		}
	})
}

// A one-transaction batch (StageAll) counts for each of the three stages,
// in block order with the staged batches before it; one that failed is
// each stage's failure.
func TestOneTxBatchesCountForEveryStage(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		batch := func(stage status.Stage, first, last uint64, st status.L1Tx) {
			t.Helper()
			key := fmt.Sprintf("%s:%d-%d", stage, first, last)
			row, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "aggregator", OpKey: key, Data: []byte{1}, Value: big.NewInt(0),
				TipCap: big.NewInt(0), FeeCap: big.NewInt(0)})
			if err != nil {
				t.Fatal(err)
			}
			if st != status.L1TxQueued {
				if err := d.FinishL1Tx(ctx, row.ID, st, 1, "ProofInvalid()"); err != nil {
					t.Fatal(err)
				}
			}
			if err := d.AddL1Batch(ctx, L1Batch{Stage: stage, First: first, Last: last, OpKey: key}); err != nil {
				t.Fatal(err)
			}
		}
		// blocks 1-2 the staged way, 3-5 and 6 in one transaction each
		batch(status.StageCommit, 1, 2, status.L1TxConfirmed)
		batch(status.StageProve, 1, 2, status.L1TxConfirmed)
		batch(status.StageExecute, 1, 2, status.L1TxConfirmed)
		batch(status.StageAll, 3, 5, status.L1TxConfirmed)
		batch(status.StageAll, 6, 6, status.L1TxQueued)
		p, err := d.L1Progress(ctx)
		if err != nil || p != (L1Progress{Committed: 5, Proven: 5, Executed: 5}) {
			t.Fatalf("progress %+v, %v", p, err)
		}
		for _, st := range status.Stages {
			sp, err := d.StageProgress(ctx, st)
			if err != nil || sp.Sent != 6 || sp.Confirmed != 5 || sp.Failed != nil {
				t.Fatalf("%s: %+v, %v", st, sp, err)
			}
			bs, err := d.L1Batches(ctx, st)
			if err != nil || len(bs) != 3 || bs[0].Stage != st || bs[1].Stage != status.StageAll || bs[2].First != 6 {
				t.Fatalf("%s batches %+v, %v", st, bs, err)
			}
		}
		batch(status.StageAll, 7, 8, status.L1TxFailed)
		for _, st := range status.Stages {
			sp, err := d.StageProgress(ctx, st)
			if err != nil || sp.Failed == nil || sp.Failed.OpKey != "all:7-8" || sp.FailedReason != "ProofInvalid()" {
				t.Fatalf("%s: %+v (failed %+v), %v", st, sp, sp.Failed, err)
			}
		}
	})
}

// A failed batch carries its revert reason; a batch whose L1 transaction
// is missing is an error, not a batch in flight.
func TestStageProgressNamesTheFailureAndRefusesAMissingTransaction(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		row, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "aggregator", OpKey: "commit:1-2", Value: big.NewInt(0)})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.FinishL1Tx(ctx, row.ID, status.L1TxFailed, 9, "StaleBlock()"); err != nil {
			t.Fatal(err)
		}
		if err := d.AddL1Batch(ctx, L1Batch{Stage: status.StageCommit, First: 1, Last: 2, OpKey: "commit:1-2"}); err != nil {
			t.Fatal(err)
		}
		p, err := d.StageProgress(ctx, status.StageCommit)
		if err != nil || p.Failed == nil || p.Failed.First != 1 || p.Failed.Last != 2 || p.FailedReason != "StaleBlock()" || p.Confirmed != 0 {
			t.Fatalf("progress %+v (failed %+v), %v", p, p.Failed, err)
		}
		if err := d.AddL1Batch(ctx, L1Batch{Stage: status.StageProve, First: 1, Last: 1, OpKey: "prove:1-1"}); err != nil {
			t.Fatal(err)
		}
		if _, err := d.StageProgress(ctx, status.StageProve); !errors.Is(err, ErrNotFound) {
			t.Fatalf("a batch without its transaction: %v, want ErrNotFound", err)
		}
	})
}

// A restarted aggregator takes its previous run's leased requests back
// at once instead of waiting for the leases to expire.
func TestReleaseProofLeases(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		for n := uint64(1); n <= 2; n++ {
			if err := d.SealBlock(ctx, Block{Number: n}, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.RequestProofs(ctx, 2, 0); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 2; i++ {
			if _, ok, err := d.ClaimProofRequest(ctx, "aggregator", 10, 1_000_000, 3); err != nil || !ok {
				t.Fatalf("claim: %v %v", ok, err)
			}
		}
		if _, ok, _ := d.ClaimProofRequest(ctx, "aggregator", 20, 1_000_000, 3); ok {
			t.Fatal("a leased request was handed out again before its lease ended")
		}
		if n, err := d.ReleaseProofLeases(ctx, "another"); err != nil || n != 0 {
			t.Fatalf("released another owner's leases: %d %v", n, err)
		}
		n, err := d.ReleaseProofLeases(ctx, "aggregator")
		if err != nil || n != 2 {
			t.Fatalf("released %d (%v), want 2", n, err)
		}
		r, ok, err := d.ClaimProofRequest(ctx, "aggregator", 20, 1_000_000, 3)
		if err != nil || !ok || r.Block != 1 || r.Attempts != 2 {
			t.Fatalf("after release: %+v %v %v", r, ok, err)
		}
	})
}

// Provers claiming at once through two connections to one database (two
// node processes serving provers) never get the same request: each of 40
// blocks is claimed and completed exactly once. A lower priority value
// goes first.
func TestProofClaimsAreExclusive(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		const blocks = 40
		for n := uint64(1); n <= blocks; n++ {
			if err := d.SealBlock(ctx, Block{Number: n}, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.RequestProofs(ctx, blocks, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := d.db.ExecContext(ctx, d.q(`UPDATE proof_requests SET priority = 0 WHERE block_number = ?`), 33); err != nil {
			t.Fatal(err)
		}
		if r, ok, err := d.ClaimProofRequest(ctx, "first", 1, 1_000_000, 3); err != nil || !ok || r.Block != 33 {
			t.Fatalf("the priority request was not first: %+v %v %v", r, ok, err)
		}
		if err := d.CompleteProof(ctx, 33, "first", []byte{1}, 1); err != nil {
			t.Fatal(err)
		}
		other := reopen()
		var mu sync.Mutex
		claims := map[uint64][]string{}
		var wg sync.WaitGroup
		errs := make(chan error, 6)
		for w := 0; w < 6; w++ {
			db := d
			if w%2 == 1 {
				db = other
			}
			owner := fmt.Sprintf("prover-%d", w)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					r, ok, err := db.ClaimProofRequest(ctx, owner, 2, 1_000_000, 3)
					if err != nil {
						errs <- err
						return
					}
					if !ok {
						return
					}
					mu.Lock()
					claims[r.Block] = append(claims[r.Block], owner)
					mu.Unlock()
					if err := db.CompleteProof(ctx, r.Block, owner, []byte{1}, 3); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if len(claims) != blocks-1 {
			t.Fatalf("%d blocks claimed, want %d", len(claims), blocks-1)
		}
		for b, owners := range claims {
			if len(owners) != 1 {
				t.Fatalf("block %d claimed by %v", b, owners)
			}
		}
		if c, _ := d.CountProofs(ctx); c[status.ProofComplete] != blocks {
			t.Fatalf("counts %v", c)
		}
	})
}

// TestContiguousProvenAndRejectProof: the highest block proven without a
// gap; a COMPLETE request refused on L1 goes back to FAILED without its
// proof (and only a COMPLETE one), which opens the gap again.
func TestContiguousProvenAndRejectProof(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		contiguous := func(want uint64) {
			t.Helper()
			if n, err := d.ContiguousProven(ctx); err != nil || n != want {
				t.Fatalf("contiguous proven %d (%v), want %d", n, err, want)
			}
		}
		contiguous(0)
		for n := uint64(1); n <= 3; n++ {
			if err := d.SealBlock(ctx, Block{Number: n}, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.RequestProofs(ctx, 3, 0); err != nil {
			t.Fatal(err)
		}
		contiguous(0)
		prove := func(now int64) uint64 {
			t.Helper()
			r, ok, err := d.ClaimProofRequest(ctx, "p", now, 100, 4)
			if err != nil || !ok {
				t.Fatalf("claim: %v %v", ok, err)
			}
			if err := d.SaveWitness(ctx, r.Block, "p", []byte("w"), now, 100); err != nil {
				t.Fatal(err)
			}
			if err := d.CompleteProof(ctx, r.Block, "p", []byte("proof"), now); err != nil {
				t.Fatal(err)
			}
			return r.Block
		}
		prove(1)
		contiguous(1)
		prove(2)
		prove(3)
		contiguous(3)
		if err := d.RejectProof(ctx, 2, "refused on L1: ProofInvalid", 50); err != nil {
			t.Fatal(err)
		}
		contiguous(1)
		r, err := d.ProofRequestOf(ctx, 2)
		if err != nil || r.Status != status.ProofFailed || r.Proof != nil || r.Error != "refused on L1: ProofInvalid" || r.NextTryAt != 50 {
			t.Fatalf("rejected request %+v (%v)", r, err)
		}
		if err := d.RejectProof(ctx, 2, "again", 60); !errors.Is(err, ErrNotFound) {
			t.Fatalf("rejecting a FAILED request: %v, want ErrNotFound", err)
		}
		if got := prove(60); got != 2 {
			t.Fatalf("the next claim took block %d, want the rejected 2", got)
		}
		contiguous(3)
	})
}

// Writes that may repeat after a crash — a batch row restored from the
// sender's keys, a rejection recorded again — succeed on both backends
// (PostgreSQL aborts a transaction at a unique violation: such writes use
// ON CONFLICT, not a caught violation; found in issue 17's session, where
// every aggregator restart on PostgreSQL failed in recoverBatches).
func TestRepeatableWritesSucceedOnBothBackends(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		if _, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "aggregator", OpKey: "commit:1-1", Data: []byte{1}, Value: big.NewInt(0),
			TipCap: big.NewInt(0), FeeCap: big.NewInt(0)}); err != nil {
			t.Fatal(err)
		}
		for i := range 2 {
			if err := d.AddL1Batch(ctx, L1Batch{Stage: status.StageCommit, First: 1, Last: 1, OpKey: "commit:1-1"}); err != nil {
				t.Fatalf("batch row, write %d: %v", i+1, err)
			}
		}
		if bs, err := d.L1Batches(ctx, status.StageCommit); err != nil || len(bs) != 1 {
			t.Fatalf("batches %+v, %v", bs, err)
		}
		for i := range 2 {
			if err := d.RejectTxs(ctx, []Rejection{{Hash: [32]byte{7}, Reason: "nonce"}}); err != nil {
				t.Fatalf("rejection, write %d: %v", i+1, err)
			}
		}
	})
}
