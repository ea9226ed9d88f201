package proofqueue

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// Retry is how failed attempts are retried.
type Retry struct {
	MaxAttempts int           // attempts per request before it is left FAILED for good
	Backoff     time.Duration // the wait after the first failed attempt; it doubles per attempt
}

// maxDoublings caps the backoff at Backoff·2^10.
const maxDoublings = 10

// After is the wait before the next attempt of a request that has made
// `attempts` attempts: Backoff, doubled per attempt after the first.
func (r Retry) After(attempts int) time.Duration {
	return r.Backoff << min(max(attempts-1, 0), maxDoublings)
}

// ErrInvalidProof marks a proof that does not verify against its block's
// commitment, or does not convert to the contract's form.
var ErrInvalidProof = errors.New("the proof does not verify")

// Queue records the outcome of proof attempts.
type Queue struct {
	retry Retry
	db    *store.DB
	p     rollup.Params
	keys  *keys.Ladder
	now   func() time.Time
}

// New returns a queue over db whose proofs the verifying keys of the
// ladder's shapes verify (each block's by the shape p gives it); now is the
// clock (time.Now in production).
func New(retry Retry, db *store.DB, p rollup.Params, ladder *keys.Ladder, now func() time.Time) *Queue {
	return &Queue{retry: retry, db: db, p: p, keys: ladder, now: now}
}

// Complete verifies r's proof (gnark's binary form) against its block's
// stored commitment and stores it in the contract's form. An invalid proof
// is ErrInvalidProof and changes nothing: the caller records the attempt
// with Fail. store.ErrLeaseLost means r's owner no longer holds it.
func (q *Queue) Complete(ctx context.Context, r store.ProofRequest, proof []byte) error {
	b, err := q.db.Block(ctx, r.Block)
	if err != nil {
		return err
	}
	ops := make([]rollup.ExecutedOp, len(b.Ops))
	for i, op := range b.Ops {
		ops[i].Type = rollup.OpType(op.OpType)
	}
	_, used := rollup.Placement(q.p.SlotGroup, ops) // typed slots: the transfer slots skipped count

	set, err := q.keys.For(q.p.ShapeFor(used))
	if err != nil {
		return fmt.Errorf("block %d: %w", r.Block, err)
	}
	commitment := new(big.Int).SetBytes(b.Commitment[:])
	if q.p.BlobCapacity > 0 {
		// blob mode: the commitment binds the data point of the block's
		// commit, which the block row does not hold; the witness this node
		// made for the request does
		w := r.Witness
		if len(w) == 0 { // the prover server does not keep it for the length of a proof
			req, err := q.db.ProofRequestOf(ctx, r.Block)
			if err != nil {
				return err
			}
			w = req.Witness
		}
		if commitment, err = prover.PublicCommitment(w); err != nil {
			return fmt.Errorf("block %d: the request's witness: %w", r.Block, err)
		}
	}
	err = prover.Verify(set.VK, proof, commitment)
	var sol []byte
	if err == nil {
		sol, err = prover.SolidityProof(proof)
	}
	if err != nil {
		return fmt.Errorf("block %d: %w: %v", r.Block, ErrInvalidProof, err)
	}
	return q.db.CompleteProof(ctx, r.Block, r.Owner, sol, q.now().UnixMilli())
}

// Fail records r's attempt as failed: the request is retried after the
// backoff while attempts remain. last reports that r was its last attempt
// (the request stays FAILED: an operator must look).
func (q *Queue) Fail(ctx context.Context, r store.ProofRequest, reason string) (last bool, err error) {
	now := q.now()
	next := now.Add(q.retry.After(r.Attempts))
	return r.Attempts >= q.retry.MaxAttempts, q.db.FailProof(ctx, r.Block, r.Owner, reason, next.UnixMilli(), now.UnixMilli())
}

// HandBack returns r to the queue at once, without a backoff: its prover
// went away (or is shutting down) before it finished. The attempt still
// counts.
func (q *Queue) HandBack(ctx context.Context, r store.ProofRequest, reason string) error {
	now := q.now().UnixMilli()
	return q.db.FailProof(ctx, r.Block, r.Owner, reason, now, now)
}
