package store

import (
	"context"
	"fmt"
	"time"
)

// MempoolTx is an admitted L2 transaction waiting for a block.
type MempoolTx struct {
	Hash       [32]byte
	Account    uint32 // the signing account
	Nonce      uint32
	Tx         []byte // rollup.EncodeTx
	ReceivedAt int64  // unix milliseconds
}

// AddMempoolTxs persists admitted transactions in one SQL transaction (the
// mempool's group commit): all or none; their submitters are acknowledged
// only after it returns nil. A transaction with the hash of a stored one,
// or the same account and nonce, is ErrConflict.
func (d *DB) AddMempoolTxs(ctx context.Context, ms []MempoolTx) error {
	return d.inTx(ctx, func(t *tx) error {
		for _, m := range ms {
			_, err := t.exec(ctx, `INSERT INTO mempool_txs (hash, account, nonce, tx, received_at) VALUES (?, ?, ?, ?, ?)`,
				m.Hash[:], int64(m.Account), int64(m.Nonce), m.Tx, m.ReceivedAt)
			if isUniqueViolation(err) {
				return fmt.Errorf("mempool tx %x (account %d nonce %d): %w", m.Hash, m.Account, m.Nonce, ErrConflict)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// removeMempool drops transactions inside t: a sealed block's, or those
// the sequencer refused (RejectTxs).
func removeMempool(ctx context.Context, t *tx, hashes [][32]byte) error {
	for _, h := range hashes {
		if _, err := t.exec(ctx, `DELETE FROM mempool_txs WHERE hash = ?`, h[:]); err != nil {
			return fmt.Errorf("remove mempool tx %x: %w", h, err)
		}
	}
	return nil
}

// MempoolTxs returns every waiting transaction in order of arrival (ties
// by account and nonce): what a restarted mempool reloads.
func (d *DB) MempoolTxs(ctx context.Context) ([]MempoolTx, error) {
	rows, err := d.query(ctx, `SELECT hash, account, nonce, tx, received_at FROM mempool_txs ORDER BY received_at, account, nonce`)
	if err != nil {
		return nil, fmt.Errorf("read mempool: %w", err)
	}
	defer rows.Close()
	var out []MempoolTx
	for rows.Next() {
		var m MempoolTx
		var hash []byte
		var account, nonce int64
		if err := rows.Scan(&hash, &account, &nonce, &m.Tx, &m.ReceivedAt); err != nil {
			return nil, fmt.Errorf("read mempool: %w", err)
		}
		copy(m.Hash[:], hash)
		m.Account, m.Nonce = uint32(account), uint32(nonce)
		out = append(out, m)
	}
	return out, rows.Err()
}

// RejectTxs records the final refusal of mempool transactions and removes
// them from the mempool, in one transaction.
func (d *DB) RejectTxs(ctx context.Context, rs []Rejection) error {
	if len(rs) == 0 {
		return nil
	}
	now := time.Now().UnixMilli()
	return d.inTx(ctx, func(t *tx) error {
		for _, r := range rs {
			if _, err := t.exec(ctx, `INSERT INTO rejected_txs (hash, reason, rejected_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
				r.Hash[:], r.Reason, now); err != nil {
				return err
			}
		}
		hashes := make([][32]byte, len(rs))
		for i, r := range rs {
			hashes[i] = r.Hash
		}
		return removeMempool(ctx, t, hashes)
	})
}
