package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/zkrollup/zkrollup/internal/status"
)

// Block is a sealed block as stored.
type Block struct {
	Number     uint64
	Timestamp  uint64
	FeeAccount uint32
	OldRoot    [32]byte
	NewRoot    [32]byte
	Commitment [32]byte
	Pubdata    []byte
	Ops        []BlockOp // in slot order
}

// BlockOp is one operation of a sealed block and the request it came from.
type BlockOp struct {
	Slot       int
	TxHash     [32]byte
	OpType     uint8
	Account    uint32
	Tx         []byte   // rollup.EncodeTx of the request
	PriorityID *uint64  // deposits and full exits
	FillPos    *FillPos // a SpotTrade: the position of the engine fill it settles (orderflow)
	// Accounts the op names (rollup.ExecutedOp.Accounts): its history
	// lists it under each (account_ops).
	Accounts []uint32
}

// Rejection is a mempool transaction the sequencer refused.
type Rejection struct {
	Hash   [32]byte
	Reason string
}

// SealBlock stores a sealed block in one transaction: the block and its
// operations, the mempool transactions it included or refused (removed
// from the mempool; refusals recorded), its priority operations marked
// processed, and the pending block cleared. The block must follow the
// newest stored one.
func (d *DB) SealBlock(ctx context.Context, b Block, rejected []Rejection) error {
	return d.inTx(ctx, func(t *tx) error {
		var latest int64
		if err := t.queryRow(ctx, `SELECT COALESCE(MAX(number), 0) FROM blocks`).Scan(&latest); err != nil {
			return err
		}
		if int64(b.Number) != latest+1 {
			return fmt.Errorf("seal block %d after block %d: %w", b.Number, latest, ErrConflict)
		}
		now := time.Now().UnixMilli()
		if _, err := t.exec(ctx, `INSERT INTO blocks (number, timestamp, fee_account, old_root, new_root, commitment, pubdata, sealed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, int64(b.Number), int64(b.Timestamp), int64(b.FeeAccount),
			b.OldRoot[:], b.NewRoot[:], b.Commitment[:], nonNil(b.Pubdata), now); err != nil {
			return fmt.Errorf("store block %d: %w", b.Number, err)
		}
		var included [][32]byte
		for _, op := range b.Ops {
			var pid any
			if op.PriorityID != nil {
				pid = int64(*op.PriorityID)
				res, err := t.exec(ctx, `UPDATE priority_ops SET block_number = ? WHERE id = ? AND block_number IS NULL`,
					int64(b.Number), int64(*op.PriorityID))
				if err != nil {
					return err
				}
				if n, _ := res.RowsAffected(); n != 1 {
					return fmt.Errorf("block %d slot %d: priority op %d is unknown or already processed: %w",
						b.Number, op.Slot, *op.PriorityID, ErrConflict)
				}
			} else {
				included = append(included, op.TxHash)
			}
			var fillSeq, fillSub any
			if op.FillPos != nil {
				if op.FillPos.Seq > math.MaxInt64 {
					return fmt.Errorf("block %d slot %d: fill sequence %d does not fit the database", b.Number, op.Slot, op.FillPos.Seq)
				}
				fillSeq, fillSub = int64(op.FillPos.Seq), int64(op.FillPos.Sub)
			}
			_, err := t.exec(ctx, `INSERT INTO block_ops (block_number, slot, tx_hash, op_type, account, tx, priority_id, fill_seq, fill_sub)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, int64(b.Number), op.Slot, op.TxHash[:], int(op.OpType), int64(op.Account), nonNil(op.Tx), pid, fillSeq, fillSub)
			if isUniqueViolation(err) {
				return fmt.Errorf("block %d slot %d: tx %x is already in a block: %w", b.Number, op.Slot, op.TxHash, ErrConflict)
			}
			if err != nil {
				return fmt.Errorf("store block %d slot %d: %w", b.Number, op.Slot, err)
			}
			for _, a := range op.Accounts {
				if _, err := t.exec(ctx, `INSERT INTO account_ops (account, block_number, slot) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
					int64(a), int64(b.Number), op.Slot); err != nil {
					return fmt.Errorf("store block %d slot %d: account %d: %w", b.Number, op.Slot, a, err)
				}
			}
		}
		if err := removeMempool(ctx, t, included); err != nil {
			return err
		}
		for _, r := range rejected {
			if _, err := t.exec(ctx, `INSERT INTO rejected_txs (hash, reason, rejected_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
				r.Hash[:], r.Reason, now); err != nil {
				return err
			}
			if err := removeMempool(ctx, t, [][32]byte{r.Hash}); err != nil {
				return err
			}
		}
		_, err := t.exec(ctx, `DELETE FROM pending_block`)
		return err
	})
}

// LatestBlock is the number of the newest sealed block (0: none).
func (d *DB) LatestBlock(ctx context.Context) (uint64, error) {
	var n int64
	if err := d.queryRow(ctx, `SELECT COALESCE(MAX(number), 0) FROM blocks`).Scan(&n); err != nil {
		return 0, fmt.Errorf("read latest block: %w", err)
	}
	return uint64(n), nil
}

// Block reads a sealed block with its operations; ErrNotFound if none.
func (d *DB) Block(ctx context.Context, number uint64) (*Block, error) {
	b := &Block{Number: number}
	var ts, fee int64
	var oldRoot, newRoot, commitment []byte
	err := d.queryRow(ctx, `SELECT timestamp, fee_account, old_root, new_root, commitment, pubdata FROM blocks WHERE number = ?`,
		int64(number)).Scan(&ts, &fee, &oldRoot, &newRoot, &commitment, &b.Pubdata)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("block %d: %w", number, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read block %d: %w", number, err)
	}
	b.Timestamp, b.FeeAccount = uint64(ts), uint32(fee)
	copy(b.OldRoot[:], oldRoot)
	copy(b.NewRoot[:], newRoot)
	copy(b.Commitment[:], commitment)
	rows, err := d.query(ctx, `SELECT slot, tx_hash, op_type, account, tx, priority_id, fill_seq, fill_sub FROM block_ops WHERE block_number = ? ORDER BY slot`, int64(number))
	if err != nil {
		return nil, fmt.Errorf("read block %d ops: %w", number, err)
	}
	defer rows.Close()
	for rows.Next() {
		var op BlockOp
		var hash []byte
		var opType int
		var account int64
		var pid, fillSeq, fillSub sql.NullInt64
		if err := rows.Scan(&op.Slot, &hash, &opType, &account, &op.Tx, &pid, &fillSeq, &fillSub); err != nil {
			return nil, fmt.Errorf("read block %d ops: %w", number, err)
		}
		copy(op.TxHash[:], hash)
		op.OpType, op.Account = uint8(opType), uint32(account)
		if pid.Valid {
			v := uint64(pid.Int64)
			op.PriorityID = &v
		}
		if fillSeq.Valid {
			op.FillPos = &FillPos{Seq: uint64(fillSeq.Int64), Sub: uint32(fillSub.Int64)}
		}
		b.Ops = append(b.Ops, op)
	}
	return b, rows.Err()
}

// TxStatus is where a transaction is.
type TxStatus struct {
	State  status.Record // where the database finds it: the mempool, a sealed block, the rejections, or nowhere
	Block  uint64
	Slot   int
	Reason string
}

// TxStatus finds a transaction by hash.
func (d *DB) TxStatus(ctx context.Context, hash [32]byte) (TxStatus, error) {
	var s TxStatus
	var block int64
	err := d.queryRow(ctx, `SELECT block_number, slot FROM block_ops WHERE tx_hash = ?`, hash[:]).Scan(&block, &s.Slot)
	if err == nil {
		s.State, s.Block = status.RecordInBlock, uint64(block)
		return s, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return s, err
	}
	var one int
	err = d.queryRow(ctx, `SELECT 1 FROM mempool_txs WHERE hash = ?`, hash[:]).Scan(&one)
	if err == nil {
		s.State = status.RecordInMempool
		return s, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return s, err
	}
	err = d.queryRow(ctx, `SELECT reason FROM rejected_txs WHERE hash = ?`, hash[:]).Scan(&s.Reason)
	if err == nil {
		s.State = status.RecordRejected
		return s, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return s, err
	}
	s.State = status.RecordUnknown
	return s, nil
}

// SavePending replaces the saved pending block (the state keeper calls it
// every mini-block).
func (d *DB) SavePending(ctx context.Context, number uint64, data []byte) error {
	return d.inTx(ctx, func(t *tx) error {
		if _, err := t.exec(ctx, `DELETE FROM pending_block`); err != nil {
			return err
		}
		_, err := t.exec(ctx, `INSERT INTO pending_block (id, number, data, saved_at) VALUES (1, ?, ?, ?)`,
			int64(number), data, time.Now().UnixMilli())
		return err
	})
}

// Pending returns the saved pending block; ErrNotFound if there is none.
func (d *DB) Pending(ctx context.Context) (uint64, []byte, error) {
	var n int64
	var data []byte
	err := d.queryRow(ctx, `SELECT number, data FROM pending_block WHERE id = 1`).Scan(&n, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, fmt.Errorf("pending block: %w", ErrNotFound)
	}
	if err != nil {
		return 0, nil, fmt.Errorf("read pending block: %w", err)
	}
	return uint64(n), data, nil
}

// nonNil stores an empty byte string rather than NULL.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// NextPriorityID is the id of the first priority operation no sealed
// block has processed.
func (d *DB) NextPriorityID(ctx context.Context) (uint64, error) {
	var n int64
	if err := d.queryRow(ctx, `SELECT COALESCE(MAX(priority_id) + 1, 0) FROM block_ops`).Scan(&n); err != nil {
		return 0, fmt.Errorf("read next priority id: %w", err)
	}
	return uint64(n), nil
}

// Txs is the block's encoded operations in slot order.
func (b *Block) Txs() [][]byte {
	out := make([][]byte, len(b.Ops))
	for i, op := range b.Ops {
		out[i] = op.Tx
	}
	return out
}
