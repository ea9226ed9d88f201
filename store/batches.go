package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"

	"github.com/zkrollup/zkrollup/internal/status"
)

// L1Batch is a run of blocks handed to the L1 sender in one transaction.
type L1Batch struct {
	Stage       status.Stage
	First, Last uint64
	OpKey       string
}

// AddL1Batch records a batch (after the sender has its row).
func (d *DB) AddL1Batch(ctx context.Context, b L1Batch) error {
	return d.inTx(ctx, func(t *tx) error {
		// recorded before a crash: the same batch. ON CONFLICT, not a caught
		// unique violation: PostgreSQL aborts the transaction on one (every
		// restart's recoverBatches re-adds the batches it finds)
		_, err := t.exec(ctx, `INSERT INTO l1_batches (stage, first_block, last_block, op_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			b.Stage, int64(b.First), int64(b.Last), b.OpKey)
		return err
	})
}

// L1Batches lists a stage's batches in block order (StageAll's among
// them: they take their blocks through every stage).
func (d *DB) L1Batches(ctx context.Context, stage status.Stage) ([]L1Batch, error) {
	rows, err := d.query(ctx, `SELECT stage, first_block, last_block, op_key FROM l1_batches WHERE stage IN (?, ?) ORDER BY first_block`,
		stage, status.StageAll)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []L1Batch
	for rows.Next() {
		var b L1Batch
		var f, l int64
		if err := rows.Scan(&b.Stage, &f, &l, &b.OpKey); err != nil {
			return nil, err
		}
		b.First, b.Last = uint64(f), uint64(l)
		out = append(out, b)
	}
	return out, rows.Err()
}

// StageProgress is how far one stage is on L1.
type StageProgress struct {
	Sent      uint64 // the last block handed to the L1 sender
	Confirmed uint64 // the last block of the unbroken run from block 1 whose transactions are confirmed
	// Failed is the first batch whose transaction reverted on L1, with the
	// revert reason in FailedReason; nil if none did.
	Failed       *L1Batch
	FailedReason string
}

// L1Progress is how far the chain is on L1: per stage, the last block of
// the unbroken run from block 1 whose transactions are confirmed.
type L1Progress struct {
	Committed, Proven, Executed uint64
}

// StageProgress reads how far one stage is: its batches (StageAll's
// among them) and their L1 transactions' statuses.
func (d *DB) StageProgress(ctx context.Context, stage status.Stage) (StageProgress, error) {
	all, err := d.stageProgress(ctx, `WHERE b.stage IN (?, ?)`, stage, status.StageAll)
	return all[stage], err
}

// L1Progress reads the confirmed run of each stage.
func (d *DB) L1Progress(ctx context.Context) (L1Progress, error) {
	all, err := d.stageProgress(ctx, ``)
	if err != nil {
		return L1Progress{}, err
	}
	return L1Progress{Committed: all[status.StageCommit].Confirmed, Proven: all[status.StageProve].Confirmed,
		Executed: all[status.StageExecute].Confirmed}, nil
}

// stageProgress walks the batches `where` selects, in block order, each
// for every stage it covers (a StageAll batch for all three): the one
// place that says what "confirmed up to" means.
func (d *DB) stageProgress(ctx context.Context, where string, args ...any) (map[status.Stage]StageProgress, error) {
	rows, err := d.query(ctx, `SELECT b.stage, b.first_block, b.last_block, b.op_key, t.status, t.error FROM l1_batches b
		LEFT JOIN l1_txs t ON t.op_key = b.op_key `+where+` ORDER BY b.first_block, b.stage`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[status.Stage]StageProgress{}
	for rows.Next() {
		var b L1Batch
		var f, l int64
		var st, reason sql.NullString
		if err := rows.Scan(&b.Stage, &f, &l, &b.OpKey, &st, &reason); err != nil {
			return nil, err
		}
		b.First, b.Last = uint64(f), uint64(l)
		if !st.Valid {
			return nil, fmt.Errorf("%s of blocks %d-%d: the L1 operation %q has no transaction: %w", b.Stage, b.First, b.Last, b.OpKey, ErrNotFound)
		}
		for _, stage := range status.Stages {
			if !b.Stage.Covers(stage) {
				continue
			}
			p := out[stage]
			p.Sent = b.Last
			switch status.L1Tx(st.String) {
			case status.L1TxConfirmed:
				if p.Confirmed == b.First-1 {
					p.Confirmed = b.Last
				}
			case status.L1TxFailed:
				if p.Failed == nil {
					failed := b
					p.Failed, p.FailedReason = &failed, reason.String
				}
			}
			out[stage] = p
		}
	}
	return out, rows.Err()
}

// L1TxKeysOf lists the operation keys of one owner's L1 transactions,
// whatever their status, in id order.
func (d *DB) L1TxKeysOf(ctx context.Context, owner string) ([]string, error) {
	rows, err := d.query(ctx, `SELECT op_key FROM l1_txs WHERE owner = ? ORDER BY id`, owner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// BlobPlan is the blocks the aggregator fixed as its next one-transaction
// blob batch (commitProveExecuteBlobs) before proving them: their
// witnesses bind the batch's data point, so a restart must batch the same
// blocks. ok is false when none is recorded.
func (d *DB) BlobPlan(ctx context.Context) (first, last uint64, ok bool, err error) {
	var f, l int64
	err = d.queryRow(ctx, `SELECT seq, sub FROM cursors WHERE name = 'blob_plan'`).Scan(&f, &l)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, err
	}
	return uint64(f), uint64(l), true, nil
}

// SetBlobPlan records blocks first..last as the next one-transaction blob
// batch (BlobPlan), replacing the previous plan.
func (d *DB) SetBlobPlan(ctx context.Context, first, last uint64) error {
	if first == 0 || last < first || last > math.MaxInt64 {
		return fmt.Errorf("store: a blob plan of blocks %d-%d", first, last)
	}
	return d.inTx(ctx, func(t *tx) error {
		if _, err := t.exec(ctx, `DELETE FROM cursors WHERE name = 'blob_plan'`); err != nil {
			return err
		}
		_, err := t.exec(ctx, `INSERT INTO cursors (name, seq, sub) VALUES ('blob_plan', ?, ?)`, int64(first), int64(last))
		return err
	})
}
