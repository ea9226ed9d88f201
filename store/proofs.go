package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/zkrollup/zkrollup/internal/status"
)

// ErrLeaseLost means a prover no longer holds the request it reports on:
// its lease ended and the request went to another, or it was finished.
var ErrLeaseLost = errors.New("the proof request is no longer leased to this prover")

// ProofRequest is one block's proof request.
type ProofRequest struct {
	Block      uint64
	Owner      string // who holds the lease
	Status     status.Proof
	Attempts   int
	LeaseUntil int64
	NextTryAt  int64
	Witness    []byte
	Proof      []byte
	Error      string
	UpdatedAt  int64 // unix ms of the last change: for a COMPLETE request, when its proof was stored (ProofRequestOf only)
	ProofMs    int64 // a COMPLETE request: milliseconds from going PROVING to the stored proof; 0 unknown (ProofRequestOf only)
}

// RequestProofs creates an UNREQ request for every sealed block up to
// `upTo` that has none.
func (d *DB) RequestProofs(ctx context.Context, upTo uint64, now int64) error {
	return d.inTx(ctx, func(t *tx) error {
		_, err := t.exec(ctx, `INSERT INTO proof_requests (block_number, status, attempts, lease_until, next_try_at, error, updated_at)
			SELECT number, ?, 0, 0, 0, '', ? FROM blocks
			WHERE number <= ? AND number NOT IN (SELECT block_number FROM proof_requests)`, status.ProofUnrequested, now, int64(upTo))
		return err
	})
}

// ClaimProofRequest leases the next request to owner: the most urgent
// (lowest priority value, then oldest block) that is waiting (UNREQ, or
// FAILED with attempts left and its backoff over) or whose lease expired
// (a silent prover's WITNESSGEN or PROVING); it counts an attempt. found
// is false when there is nothing to do. Several processes may claim at
// once: PostgreSQL skips rows another claim holds (FOR UPDATE SKIP
// LOCKED), SQLite serialises writers, and the update re-checks the row.
func (d *DB) ClaimProofRequest(ctx context.Context, owner string, now, lease int64, maxAttempts int) (r ProofRequest, found bool, err error) {
	return d.claim(ctx, owner, now, lease, maxAttempts, "")
}

// ClaimProvingJob is ClaimProofRequest for requests whose witness is
// ready: what a remote prover can take.
func (d *DB) ClaimProvingJob(ctx context.Context, owner string, now, lease int64, maxAttempts int) (r ProofRequest, found bool, err error) {
	return d.claim(ctx, owner, now, lease, maxAttempts, " AND witness IS NOT NULL")
}

func (d *DB) claim(ctx context.Context, owner string, now, lease int64, maxAttempts int, extra string) (r ProofRequest, found bool, err error) {
	skipLocked := ""
	if d.Backend() == "postgres" {
		skipLocked = " FOR UPDATE SKIP LOCKED"
	}
	err = d.inTx(ctx, func(t *tx) error {
		row := t.queryRow(ctx, `SELECT block_number, status, attempts, lease_until, next_try_at, witness, proof, error FROM proof_requests
			WHERE ((status = ? ) OR (status = ? AND attempts < ? AND next_try_at <= ?) OR (status IN (?, ?) AND lease_until < ?))`+extra+`
			ORDER BY priority, block_number LIMIT 1`+skipLocked,
			status.ProofUnrequested, status.ProofFailed, maxAttempts, now, status.ProofWitnessGen, status.ProofProving, now)
		var b int64
		if err := row.Scan(&b, &r.Status, &r.Attempts, &r.LeaseUntil, &r.NextTryAt, &r.Witness, &r.Proof, &r.Error); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return nil
			}
			return err
		}
		prevStatus, prevAttempts := r.Status, r.Attempts
		r.Block, r.Owner = uint64(b), owner
		r.Attempts++
		r.LeaseUntil = now + lease
		next := status.ProofWitnessGen
		if r.Witness != nil {
			next = status.ProofProving // the witness survives a failed proof
		}
		r.Status = next
		var provingAt any // the proof's clock starts when the request goes PROVING
		if next == status.ProofProving {
			provingAt = now
		}
		res, err := t.exec(ctx, `UPDATE proof_requests SET status = ?, attempts = ?, lease_until = ?, owner = ?, updated_at = ?, proving_at = ?, proof_ms = NULL
			WHERE block_number = ? AND status = ? AND attempts = ?`,
			next, r.Attempts, r.LeaseUntil, owner, now, provingAt, b, prevStatus, prevAttempts)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return nil // taken meanwhile: nothing claimed this time
		}
		found = true
		return nil
	})
	return r, found, err
}

// HeartbeatProof extends owner's lease on a request; ErrLeaseLost if the
// request is no longer its.
func (d *DB) HeartbeatProof(ctx context.Context, block uint64, owner string, now, lease int64) error {
	return d.ownedUpdate(ctx, block, owner, `lease_until = ?, updated_at = ?`, now+lease, now)
}

// ownedUpdate changes a request only while owner holds it.
func (d *DB) ownedUpdate(ctx context.Context, block uint64, owner, set string, args ...any) error {
	return d.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE proof_requests SET `+set+` WHERE block_number = ? AND owner = ? AND status IN (?, ?)`,
			append(args, int64(block), owner, status.ProofWitnessGen, status.ProofProving)...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("block %d, prover %s: %w", block, owner, ErrLeaseLost)
		}
		return nil
	})
}

// SaveWitness stores owner's witness for a request and moves it to PROVING.
func (d *DB) SaveWitness(ctx context.Context, block uint64, owner string, witness []byte, now, lease int64) error {
	return d.ownedUpdate(ctx, block, owner, `status = ?, witness = ?, lease_until = ?, updated_at = ?, proving_at = ?`, status.ProofProving, witness, now+lease, now, now)
}

// CompleteProof stores owner's verified proof; ErrLeaseLost if the
// request is no longer its (another prover has it, or it is complete).
func (d *DB) CompleteProof(ctx context.Context, block uint64, owner string, proof []byte, now int64) error {
	return d.ownedUpdate(ctx, block, owner, `status = ?, proof = ?, error = '', updated_at = ?, proof_ms = ? - proving_at`, status.ProofComplete, proof, now, now)
}

// RejectProof turns a COMPLETE request back into a FAILED attempt whose
// proof L1 refused though it verified here (a verifier that disagrees with
// the prover's keys, say): the proof is dropped and the block is proven
// again from now while attempts remain. ErrNotFound if it is not COMPLETE.
func (d *DB) RejectProof(ctx context.Context, block uint64, reason string, now int64) error {
	return d.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE proof_requests SET status = ?, proof = NULL, proof_ms = NULL, error = ?, next_try_at = ?, lease_until = 0, updated_at = ?
			WHERE block_number = ? AND status = ?`, status.ProofFailed, reason, now, now, int64(block), status.ProofComplete)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("complete proof request of block %d: %w", block, ErrNotFound)
		}
		return nil
	})
}

// FailProof records owner's failed attempt; the request is retried from
// nextTry while attempts remain, and stays FAILED after the last.
func (d *DB) FailProof(ctx context.Context, block uint64, owner, reason string, nextTry, now int64) error {
	return d.ownedUpdate(ctx, block, owner, `status = ?, error = ?, next_try_at = ?, lease_until = 0, updated_at = ?`, status.ProofFailed, reason, nextTry, now)
}

// ProofRequestOf reads one block's request.
func (d *DB) ProofRequestOf(ctx context.Context, block uint64) (ProofRequest, error) {
	var r ProofRequest
	var ms sql.NullInt64
	err := d.queryRow(ctx, `SELECT owner, status, attempts, lease_until, next_try_at, witness, proof, error, updated_at, proof_ms FROM proof_requests WHERE block_number = ?`,
		int64(block)).Scan(&r.Owner, &r.Status, &r.Attempts, &r.LeaseUntil, &r.NextTryAt, &r.Witness, &r.Proof, &r.Error, &r.UpdatedAt, &ms)
	r.ProofMs = ms.Int64
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("proof request of block %d: %w", block, ErrNotFound)
	}
	r.Block = block
	return r, err
}

// CountProofs counts requests by status.
func (d *DB) CountProofs(ctx context.Context) (map[status.Proof]int, error) {
	rows, err := d.query(ctx, `SELECT status, COUNT(*) FROM proof_requests GROUP BY status`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[status.Proof]int{}
	for rows.Next() {
		var s status.Proof
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[s] = n
	}
	return out, rows.Err()
}

// AttachWitness stores a block's witness if the request has none yet.
func (d *DB) AttachWitness(ctx context.Context, block uint64, witness []byte) error {
	return d.inTx(ctx, func(t *tx) error {
		_, err := t.exec(ctx, `UPDATE proof_requests SET witness = ? WHERE block_number = ? AND witness IS NULL`, witness, int64(block))
		return err
	})
}

// ReleaseProofLeases returns owner's requests in WITNESSGEN or PROVING to
// the queue at once. The in-process prover calls it when it starts: the
// leases under its name are its previous run's, whose proofs died with it.
func (d *DB) ReleaseProofLeases(ctx context.Context, owner string) (int64, error) {
	var n int64
	err := d.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE proof_requests SET lease_until = 0 WHERE owner = ? AND status IN (?, ?)`, owner, status.ProofWitnessGen, status.ProofProving)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	return n, err
}

// ContiguousProven is the highest block n such that every block up to n
// has a COMPLETE proof request (0 when block 1 has none): how far the
// provers have come without a gap.
func (d *DB) ContiguousProven(ctx context.Context) (uint64, error) {
	var gap, top sql.NullInt64
	if err := d.queryRow(ctx, `SELECT MIN(block_number) FROM proof_requests WHERE status <> ?`, status.ProofComplete).Scan(&gap); err != nil {
		return 0, err
	}
	if gap.Valid {
		return uint64(gap.Int64) - 1, nil
	}
	if err := d.queryRow(ctx, `SELECT MAX(block_number) FROM proof_requests`).Scan(&top); err != nil {
		return 0, err
	}
	return uint64(top.Int64), nil
}
