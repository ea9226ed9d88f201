package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/zkrollup/zkrollup/internal/status"
)

// L1Tx is one L1 transaction of the sender, in every state.
type L1Tx struct {
	ID         uint64
	Owner      string
	OpKey      string
	To         [20]byte
	Data       []byte
	Value      *big.Int
	GasLimit   uint64
	Nonce      *uint64
	TipCap     *big.Int
	FeeCap     *big.Int
	Hashes     [][32]byte // every attempt, oldest first
	Status     status.L1Tx
	SentAt     int64
	MinedBlock *uint64
	Error      string

	// A blob (EIP-4844, type 3) transaction only. The blobs themselves
	// stay in the database (L1TxBlobs): listings do not carry them.
	BlobCount  int      // blobs it carries; 0: a calldata transaction
	BlobFeeCap *big.Int // max fee per blob gas of the latest attempt; nil before the first
}

// BlobSize is the size of one EIP-4844 blob: 4096 field elements of 32 bytes.
const BlobSize = 4096 * 32

// ErrBadBlobs: blobs that are not a positive number of BlobSize-byte blobs.
var ErrBadBlobs = errors.New("blobs must be one or more blobs of 131072 bytes, back to back")

// EnqueueL1Tx records an operation to send. The same op key is the same
// operation: a second call returns the existing row and changes nothing.
func (d *DB) EnqueueL1Tx(ctx context.Context, t L1Tx) (L1Tx, error) {
	return d.enqueueL1Tx(ctx, t, nil)
}

// EnqueueBlobL1Tx is EnqueueL1Tx for a blob transaction: blobs are its
// blobs back to back (BlobSize bytes each), kept in the row. The same op
// key returns the existing row, whatever its blobs.
func (d *DB) EnqueueBlobL1Tx(ctx context.Context, t L1Tx, blobs []byte) (L1Tx, error) {
	if len(blobs) == 0 || len(blobs)%BlobSize != 0 {
		return L1Tx{}, fmt.Errorf("L1 operation %q: %w: got %d bytes", t.OpKey, ErrBadBlobs, len(blobs))
	}
	return d.enqueueL1Tx(ctx, t, blobs)
}

func (d *DB) enqueueL1Tx(ctx context.Context, t L1Tx, blobs []byte) (L1Tx, error) {
	defer d.l1Writes.Add(1)
	var out L1Tx
	err := d.inTx(ctx, func(x *tx) error {
		existing, err := scanL1Tx(x.queryRow(ctx, l1TxSelect+` WHERE op_key = ?`, t.OpKey))
		if err == nil {
			out = existing
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		var id int64
		if err := x.queryRow(ctx, `SELECT COALESCE(MAX(id) + 1, 1) FROM l1_txs`).Scan(&id); err != nil {
			return err
		}
		t.ID, t.Status = uint64(id), status.L1TxQueued
		if t.Value == nil {
			t.Value = new(big.Int)
		}
		t.BlobCount, t.BlobFeeCap = len(blobs)/BlobSize, nil
		var blobCol any // NULL for a calldata transaction
		if len(blobs) > 0 {
			blobCol = blobs
		}
		_, err = x.exec(ctx, `INSERT INTO l1_txs (id, owner, op_key, to_addr, data, value, gas_limit, tip_cap, fee_cap, hashes, status, sent_at, error, created_at, blobs)
			VALUES (?, ?, ?, ?, ?, ?, ?, '0', '0', ?, ?, 0, '', ?, ?)`, id, t.Owner, t.OpKey, t.To[:], nonNil(t.Data), t.Value.String(),
			int64(t.GasLimit), []byte{}, status.L1TxQueued, time.Now().UnixMilli(), blobCol)
		out = t
		return err
	})
	return out, err
}

// SaveAttempt records a signed attempt before it is broadcast: nonce,
// fees and the new hash; status becomes sent.
func (d *DB) SaveAttempt(ctx context.Context, id, nonce uint64, tip, feeCap *big.Int, hash [32]byte, at int64) error {
	return d.saveAttempt(ctx, id, nonce, tip, feeCap, nil, hash, at)
}

// SaveBlobAttempt is SaveAttempt for a blob transaction, with the
// attempt's max fee per blob gas.
func (d *DB) SaveBlobAttempt(ctx context.Context, id, nonce uint64, tip, feeCap, blobFeeCap *big.Int, hash [32]byte, at int64) error {
	if blobFeeCap == nil {
		return fmt.Errorf("L1 tx %d: a blob attempt without a blob fee cap", id)
	}
	return d.saveAttempt(ctx, id, nonce, tip, feeCap, blobFeeCap, hash, at)
}

func (d *DB) saveAttempt(ctx context.Context, id, nonce uint64, tip, feeCap, blobFeeCap *big.Int, hash [32]byte, at int64) error {
	defer d.l1Writes.Add(1)
	return d.inTx(ctx, func(x *tx) error {
		var hashes []byte
		if err := x.queryRow(ctx, `SELECT hashes FROM l1_txs WHERE id = ?`, int64(id)).Scan(&hashes); err != nil {
			return fmt.Errorf("L1 tx %d: %w", id, err)
		}
		var blobFee any // NULL: not a blob attempt
		if blobFeeCap != nil {
			blobFee = blobFeeCap.String()
		}
		_, err := x.exec(ctx, `UPDATE l1_txs SET nonce = ?, tip_cap = ?, fee_cap = ?, blob_fee_cap = ?, hashes = ?, status = ?, sent_at = ? WHERE id = ?`,
			int64(nonce), tip.String(), feeCap.String(), blobFee, append(hashes, hash[:]...), status.L1TxSent, at, int64(id))
		return err
	})
}

// L1TxBlobs reads a blob transaction's blobs, back to back (nil for a
// calldata transaction); ErrNotFound if there is no such row.
func (d *DB) L1TxBlobs(ctx context.Context, id uint64) ([]byte, error) {
	var blobs []byte
	err := d.queryRow(ctx, `SELECT blobs FROM l1_txs WHERE id = ?`, int64(id)).Scan(&blobs)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("L1 tx %d: %w", id, ErrNotFound)
	}
	return blobs, err
}

// FinishL1Tx marks a transaction confirmed or failed.
func (d *DB) FinishL1Tx(ctx context.Context, id uint64, to status.L1Tx, block uint64, errMsg string) error {
	defer d.l1Writes.Add(1)
	return d.inTx(ctx, func(x *tx) error {
		_, err := x.exec(ctx, `UPDATE l1_txs SET status = ?, mined_block = ?, error = ? WHERE id = ?`, to, int64(block), errMsg, int64(id))
		return err
	})
}

// RequeueL1Tx puts a sent transaction whose nonce another transaction
// took back in the queue, without a nonce, with the cause; its attempts'
// hashes stay (a late receipt of one still settles it).
func (d *DB) RequeueL1Tx(ctx context.Context, id uint64, cause string) error {
	defer d.l1Writes.Add(1)
	return d.inTx(ctx, func(x *tx) error {
		res, err := x.exec(ctx, `UPDATE l1_txs SET status = ?, nonce = NULL, error = ? WHERE id = ? AND status = ?`,
			status.L1TxQueued, cause, int64(id), status.L1TxSent)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("requeue L1 tx %d: not sent: %w", id, ErrConflict)
		}
		return nil
	})
}

// OpenL1Txs lists queued and sent transactions in id order.
func (d *DB) OpenL1Txs(ctx context.Context) ([]L1Tx, error) {
	return d.l1Txs(ctx, ` WHERE status IN (?, ?) ORDER BY id`, status.L1TxQueued, status.L1TxSent)
}

// L1TxByKey reads an operation's transaction; ErrNotFound if none.
func (d *DB) L1TxByKey(ctx context.Context, key string) (L1Tx, error) {
	t, err := scanL1Tx(d.queryRow(ctx, l1TxSelect+` WHERE op_key = ?`, key))
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("L1 operation %q: %w", key, ErrNotFound)
	}
	return t, err
}

// MaxL1Nonce is the highest nonce the sender has used (found false if none).
func (d *DB) MaxL1Nonce(ctx context.Context) (uint64, bool, error) {
	var n sql.NullInt64
	if err := d.queryRow(ctx, `SELECT MAX(nonce) FROM l1_txs`).Scan(&n); err != nil {
		return 0, false, err
	}
	return uint64(n.Int64), n.Valid, nil
}

// l1TxSelect reads every column but the blobs (only their length).
const l1TxSelect = `SELECT id, owner, op_key, to_addr, data, value, gas_limit, nonce, tip_cap, fee_cap, hashes, status, sent_at, mined_block, error,
	COALESCE(LENGTH(blobs), 0), blob_fee_cap FROM l1_txs`

func (d *DB) l1Txs(ctx context.Context, where string, args ...any) ([]L1Tx, error) {
	rows, err := d.query(ctx, l1TxSelect+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []L1Tx
	for rows.Next() {
		t, err := scanL1Tx(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

type scanner interface{ Scan(...any) error }

func scanL1Tx(s scanner) (L1Tx, error) {
	var t L1Tx
	var id, gas, sentAt int64
	var to, hashes []byte
	var value, tip, fee string
	var nonce, mined sql.NullInt64
	var blobBytes int64
	var blobFee sql.NullString
	if err := s.Scan(&id, &t.Owner, &t.OpKey, &to, &t.Data, &value, &gas, &nonce, &tip, &fee, &hashes, &t.Status, &sentAt, &mined, &t.Error,
		&blobBytes, &blobFee); err != nil {
		return t, err
	}
	t.BlobCount = int(blobBytes / BlobSize)
	if blobFee.Valid {
		t.BlobFeeCap, _ = new(big.Int).SetString(blobFee.String, 10)
	}
	t.ID, t.GasLimit, t.SentAt = uint64(id), uint64(gas), sentAt
	copy(t.To[:], to)
	t.Value, _ = new(big.Int).SetString(value, 10)
	t.TipCap, _ = new(big.Int).SetString(tip, 10)
	t.FeeCap, _ = new(big.Int).SetString(fee, 10)
	if nonce.Valid {
		n := uint64(nonce.Int64)
		t.Nonce = &n
	}
	if mined.Valid {
		m := uint64(mined.Int64)
		t.MinedBlock = &m
	}
	for i := 0; i+32 <= len(hashes); i += 32 {
		t.Hashes = append(t.Hashes, [32]byte(hashes[i:i+32]))
	}
	return t, nil
}
