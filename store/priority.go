package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// PriorityOp is an L1 priority request (deposit or full exit) as the
// watcher read it, with where it came from.
type PriorityOp struct {
	ID          uint64
	OpType      uint8
	Pubdata     []byte
	Expiry      uint64
	L1Block     uint64
	L1BlockHash [32]byte
	L1TxHash    [32]byte
	BlockNumber *uint64 // the L2 block that processed it, if any
}

// AddPriorityOps stores requests read from L1. Ids must continue the
// stored ones without a gap; a request already stored with the same
// content is skipped (the watcher may read a range twice), one with other
// content is ErrConflict.
func (d *DB) AddPriorityOps(ctx context.Context, ops []PriorityOp) error {
	return d.inTx(ctx, func(t *tx) error { return addPriorityOps(ctx, t, ops) })
}

func addPriorityOps(ctx context.Context, t *tx, ops []PriorityOp) error {
	for _, op := range ops {
		var pubdata, hash []byte
		err := t.queryRow(ctx, `SELECT pubdata, l1_tx_hash FROM priority_ops WHERE id = ?`, int64(op.ID)).Scan(&pubdata, &hash)
		switch {
		case err == nil:
			if string(pubdata) != string(op.Pubdata) || string(hash) != string(op.L1TxHash[:]) {
				return fmt.Errorf("priority op %d differs from the stored one: %w", op.ID, ErrConflict)
			}
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("read priority op %d: %w", op.ID, err)
		}
		var next int64
		if err := t.queryRow(ctx, `SELECT COALESCE(MAX(id) + 1, 0) FROM priority_ops`).Scan(&next); err != nil {
			return err
		}
		if int64(op.ID) != next {
			return fmt.Errorf("priority op %d stored after %d: %w", op.ID, next-1, ErrConflict)
		}
		if _, err := t.exec(ctx, `INSERT INTO priority_ops (id, op_type, pubdata, expiry, l1_block, l1_block_hash, l1_tx_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, int64(op.ID), int(op.OpType), op.Pubdata, int64(op.Expiry),
			int64(op.L1Block), op.L1BlockHash[:], op.L1TxHash[:]); err != nil {
			return fmt.Errorf("store priority op %d: %w", op.ID, err)
		}
	}
	return nil
}

// PriorityOps returns up to limit requests from id `from` on, in order.
func (d *DB) PriorityOps(ctx context.Context, from uint64, limit int) ([]PriorityOp, error) {
	rows, err := d.query(ctx, `SELECT id, op_type, pubdata, expiry, l1_block, l1_block_hash, l1_tx_hash, block_number
		FROM priority_ops WHERE id >= ? ORDER BY id LIMIT ?`, int64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("read priority ops: %w", err)
	}
	defer rows.Close()
	var out []PriorityOp
	for rows.Next() {
		var op PriorityOp
		var id, expiry, l1Block int64
		var opType int
		var bh, th []byte
		var bn sql.NullInt64
		if err := rows.Scan(&id, &opType, &op.Pubdata, &expiry, &l1Block, &bh, &th, &bn); err != nil {
			return nil, fmt.Errorf("read priority ops: %w", err)
		}
		op.ID, op.OpType, op.Expiry, op.L1Block = uint64(id), uint8(opType), uint64(expiry), uint64(l1Block)
		copy(op.L1BlockHash[:], bh)
		copy(op.L1TxHash[:], th)
		if bn.Valid {
			n := uint64(bn.Int64)
			op.BlockNumber = &n
		}
		out = append(out, op)
	}
	return out, rows.Err()
}

// RemovePriorityOpsFrom deletes unprocessed requests from id `from` on:
// the watcher's answer to an L1 reorg. A processed one is ErrConflict.
func (d *DB) RemovePriorityOpsFrom(ctx context.Context, from uint64) error {
	return d.inTx(ctx, func(t *tx) error {
		var n int
		if err := t.queryRow(ctx, `SELECT COUNT(*) FROM priority_ops WHERE id >= ? AND block_number IS NOT NULL`, int64(from)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("remove priority ops from %d: %d are in blocks already: %w", from, n, ErrConflict)
		}
		_, err := t.exec(ctx, `DELETE FROM priority_ops WHERE id >= ?`, int64(from))
		return err
	})
}
