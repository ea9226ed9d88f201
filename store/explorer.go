package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/zkrollup/zkrollup/internal/status"
)

// What the explorer reads (issue 20): block listings, the L1 transactions
// that carried each block, accounts' histories, proof times and L1 costs.

// L1Receipt is what the sender read from a settled transaction's receipt.
type L1Receipt struct {
	Block       uint64
	Hash        [32]byte // the attempt that was mined
	GasUsed     uint64
	BlobGasUsed uint64
	At          int64 // unix ms the sender read it
}

// SettleL1Tx is FinishL1Tx with the receipt's costs, for the explorer's
// L1 views.
func (d *DB) SettleL1Tx(ctx context.Context, id uint64, to status.L1Tx, r L1Receipt, errMsg string) error {
	defer d.l1Writes.Add(1)
	return d.inTx(ctx, func(x *tx) error {
		_, err := x.exec(ctx, `UPDATE l1_txs SET status = ?, mined_block = ?, error = ?, mined_hash = ?, gas_used = ?, blob_gas_used = ?, mined_at = ?
			WHERE id = ?`, to, int64(r.Block), errMsg, r.Hash[:], int64(r.GasUsed), int64(r.BlobGasUsed), r.At, int64(id))
		return err
	})
}

// BlockSummary is a sealed block without its operations.
type BlockSummary struct {
	Number       uint64
	Timestamp    uint64
	SealedAt     int64 // unix ms
	Ops          int
	PubdataBytes int
}

// BlockSummaries lists up to limit sealed blocks below `before` (0: the
// newest), newest first.
func (d *DB) BlockSummaries(ctx context.Context, before uint64, limit int) ([]BlockSummary, error) {
	if before == 0 {
		before = 1 << 62
	}
	rows, err := d.query(ctx, `SELECT b.number, b.timestamp, b.sealed_at, LENGTH(b.pubdata),
		(SELECT COUNT(*) FROM block_ops o WHERE o.block_number = b.number)
		FROM blocks b WHERE b.number < ? ORDER BY b.number DESC LIMIT ?`, int64(before), limit)
	if err != nil {
		return nil, fmt.Errorf("list blocks: %w", err)
	}
	defer rows.Close()
	out := []BlockSummary{}
	for rows.Next() {
		var n, ts int64
		var s BlockSummary
		if err := rows.Scan(&n, &ts, &s.SealedAt, &s.PubdataBytes, &s.Ops); err != nil {
			return nil, err
		}
		s.Number, s.Timestamp = uint64(n), uint64(ts)
		out = append(out, s)
	}
	return out, rows.Err()
}

// BlockTime is block n's timestamp (unix s) and when it was sealed (unix
// ms); ErrNotFound if it was not.
func (d *DB) BlockTime(ctx context.Context, n uint64) (timestamp uint64, sealedAt int64, err error) {
	var ts int64
	err = d.queryRow(ctx, `SELECT timestamp, sealed_at FROM blocks WHERE number = ?`, int64(n)).Scan(&ts, &sealedAt)
	if err == sql.ErrNoRows {
		return 0, 0, fmt.Errorf("block %d: %w", n, ErrNotFound)
	}
	return uint64(ts), sealedAt, err
}

// L1TxRef is an L1 transaction that carries a run of blocks through a
// stage (status.StageAll: all three at once).
type L1TxRef struct {
	Stage       status.Stage
	First, Last uint64
	// Hash is the attempt that was mined, or else the latest attempt;
	// zero while the transaction was never signed.
	Hash        [32]byte
	Status      status.L1Tx
	MinedBlock  *uint64
	GasUsed     *uint64
	BlobGasUsed *uint64
	MinedAt     *int64 // unix ms
}

const l1RefSelect = `SELECT b.stage, b.first_block, b.last_block, t.status, t.hashes, t.mined_hash, t.mined_block, t.gas_used, t.blob_gas_used, t.mined_at
	FROM l1_batches b JOIN l1_txs t ON t.op_key = b.op_key `

func scanL1Ref(s scanner) (L1TxRef, error) {
	var r L1TxRef
	var f, l int64
	var hashes, mined []byte
	var block, gas, blobGas, at sql.NullInt64
	if err := s.Scan(&r.Stage, &f, &l, &r.Status, &hashes, &mined, &block, &gas, &blobGas, &at); err != nil {
		return r, err
	}
	r.First, r.Last = uint64(f), uint64(l)
	switch {
	case len(mined) == 32:
		copy(r.Hash[:], mined)
	case len(hashes) >= 32:
		copy(r.Hash[:], hashes[len(hashes)-32:])
	}
	if block.Valid {
		v := uint64(block.Int64)
		r.MinedBlock = &v
	}
	if gas.Valid {
		v := uint64(gas.Int64)
		r.GasUsed = &v
	}
	if blobGas.Valid {
		v := uint64(blobGas.Int64)
		r.BlobGasUsed = &v
	}
	if at.Valid {
		r.MinedAt = &at.Int64
	}
	return r, nil
}

// L1TxsOfBlocks lists the L1 transactions that carry any block in
// [lo, hi], in block then stage order.
func (d *DB) L1TxsOfBlocks(ctx context.Context, lo, hi uint64) ([]L1TxRef, error) {
	out, err := d.l1Refs(ctx, `WHERE b.last_block >= ? AND b.first_block <= ? ORDER BY b.first_block, t.id`, int64(lo), int64(hi))
	if err != nil {
		return nil, fmt.Errorf("L1 transactions of blocks %d-%d: %w", lo, hi, err)
	}
	return out, nil
}

// ConfirmedL1Txs lists the last `limit` confirmed L1 transactions whose
// costs were recorded, oldest first.
func (d *DB) ConfirmedL1Txs(ctx context.Context, limit int) ([]L1TxRef, error) {
	out, err := d.l1Refs(ctx, `WHERE t.status = ? AND t.gas_used IS NOT NULL ORDER BY t.id DESC LIMIT ?`, status.L1TxConfirmed, limit)
	if err != nil {
		return nil, fmt.Errorf("confirmed L1 transactions: %w", err)
	}
	slices.Reverse(out)
	return out, nil
}

func (d *DB) l1Refs(ctx context.Context, where string, args ...any) ([]L1TxRef, error) {
	rows, err := d.query(ctx, l1RefSelect+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []L1TxRef
	for rows.Next() {
		r, err := scanL1Ref(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// OpTypeCounts counts the operations of blocks lo..hi by block and type.
func (d *DB) OpTypeCounts(ctx context.Context, lo, hi uint64) (map[uint64]map[uint8]int, error) {
	rows, err := d.query(ctx, `SELECT block_number, op_type, COUNT(*) FROM block_ops WHERE block_number >= ? AND block_number <= ?
		GROUP BY block_number, op_type`, int64(lo), int64(hi))
	if err != nil {
		return nil, fmt.Errorf("count operations of blocks %d-%d: %w", lo, hi, err)
	}
	defer rows.Close()
	out := map[uint64]map[uint8]int{}
	for rows.Next() {
		var b int64
		var t, n int
		if err := rows.Scan(&b, &t, &n); err != nil {
			return nil, err
		}
		if out[uint64(b)] == nil {
			out[uint64(b)] = map[uint8]int{}
		}
		out[uint64(b)][uint8(t)] = n
	}
	return out, rows.Err()
}

// AccountOp is an operation in an account's history.
type AccountOp struct {
	BlockOp
	Block     uint64
	Timestamp uint64
}

// AccountOps lists up to limit operations that name account (it acted or
// received), newest first, before the position (block, slot) — or from the
// newest when block is 0.
func (d *DB) AccountOps(ctx context.Context, account uint32, block uint64, slot int, limit int) ([]AccountOp, error) {
	if block == 0 {
		block, slot = 1<<62, 0
	}
	rows, err := d.query(ctx, `SELECT a.block_number, a.slot, o.tx_hash, o.op_type, o.account, o.tx, o.priority_id, b.timestamp
		FROM account_ops a JOIN block_ops o ON o.block_number = a.block_number AND o.slot = a.slot JOIN blocks b ON b.number = a.block_number
		WHERE a.account = ? AND (a.block_number < ? OR (a.block_number = ? AND a.slot < ?))
		ORDER BY a.block_number DESC, a.slot DESC LIMIT ?`, int64(account), int64(block), int64(block), slot, limit)
	if err != nil {
		return nil, fmt.Errorf("history of account %d: %w", account, err)
	}
	defer rows.Close()
	out := []AccountOp{}
	for rows.Next() {
		var o AccountOp
		var b, acct, ts int64
		var hash []byte
		var pid sql.NullInt64
		if err := rows.Scan(&b, &o.Slot, &hash, &o.OpType, &acct, &o.Tx, &pid, &ts); err != nil {
			return nil, err
		}
		o.Block, o.Account, o.Timestamp = uint64(b), uint32(acct), uint64(ts)
		copy(o.TxHash[:], hash)
		if pid.Valid {
			v := uint64(pid.Int64)
			o.PriorityID = &v
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// ProofTime is how long one block's proof took.
type ProofTime struct {
	Block       uint64
	Ms          int64
	Prover      string
	CompletedAt int64 // unix ms
}

// RecentProofTimes lists the proof times of the newest `limit` blocks
// with a complete, timed proof, newest first.
func (d *DB) RecentProofTimes(ctx context.Context, limit int) ([]ProofTime, error) {
	rows, err := d.query(ctx, `SELECT block_number, proof_ms, owner, updated_at FROM proof_requests
		WHERE status = ? AND proof_ms IS NOT NULL ORDER BY block_number DESC LIMIT ?`, status.ProofComplete, limit)
	if err != nil {
		return nil, fmt.Errorf("recent proof times: %w", err)
	}
	defer rows.Close()
	out := []ProofTime{}
	for rows.Next() {
		var p ProofTime
		var b int64
		if err := rows.Scan(&b, &p.Ms, &p.Prover, &p.CompletedAt); err != nil {
			return nil, err
		}
		p.Block = uint64(b)
		out = append(out, p)
	}
	return out, rows.Err()
}

// TxBytes reads a transaction's request (rollup.EncodeTx): from its block,
// with the type it executed as, or from the mempool, with op type 0.
// ErrNotFound if neither has it.
func (d *DB) TxBytes(ctx context.Context, hash [32]byte) ([]byte, uint8, error) {
	var raw []byte
	var t int
	err := d.queryRow(ctx, `SELECT tx, op_type FROM block_ops WHERE tx_hash = ?`, hash[:]).Scan(&raw, &t)
	if err == nil {
		return raw, uint8(t), nil
	}
	if err != sql.ErrNoRows {
		return nil, 0, err
	}
	err = d.queryRow(ctx, `SELECT tx FROM mempool_txs WHERE hash = ?`, hash[:]).Scan(&raw)
	if err == sql.ErrNoRows {
		return nil, 0, fmt.Errorf("transaction %x: %w", hash, ErrNotFound)
	}
	return raw, 0, err
}

// L1TxWrites counts the writes to the L1 transactions made through this
// DB: the live views compare it to notice a change at once in the
// process that makes it (another process's writes show in L1Progress).
func (d *DB) L1TxWrites() uint64 { return d.l1Writes.Load() }

// L1TxsMarker changes whenever an L1 transaction is added, sent, settled
// or failed, whichever process wrote it: the live views poll it (index
// reads only).
func (d *DB) L1TxsMarker(ctx context.Context) (string, error) {
	var maxID, queued, sent, failed int64
	err := d.queryRow(ctx, `SELECT COALESCE(MAX(id), 0),
		(SELECT COUNT(*) FROM l1_txs WHERE status = ?), (SELECT COUNT(*) FROM l1_txs WHERE status = ?),
		(SELECT COUNT(*) FROM l1_txs WHERE status = ?) FROM l1_txs`, status.L1TxQueued, status.L1TxSent, status.L1TxFailed).Scan(&maxID, &queued, &sent, &failed)
	return fmt.Sprintf("%d/%d/%d/%d", maxID, queued, sent, failed), err
}
