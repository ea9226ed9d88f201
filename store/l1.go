package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// L1Cursor is the last L1 block the watcher read completely.
type L1Cursor struct {
	Block uint64
	Hash  [32]byte
}

// Token is a token the contract listed.
type Token struct {
	ID      uint16
	Address [20]byte
	L1Block uint64
}

// L1Cursor reads the watcher's position; found is false before its first read.
func (d *DB) L1Cursor(ctx context.Context) (c L1Cursor, found bool, err error) {
	var n int64
	var h []byte
	err = d.queryRow(ctx, `SELECT block_number, block_hash FROM l1_cursor WHERE id = 1`).Scan(&n, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("read the L1 cursor: %w", err)
	}
	c.Block = uint64(n)
	copy(c.Hash[:], h)
	return c, true, nil
}

// AdvanceL1 stores what the watcher read up to cursor — new priority
// operations and token listings — and the cursor itself, in one
// transaction: a crash never leaves the cursor ahead of what was stored.
func (d *DB) AdvanceL1(ctx context.Context, ops []PriorityOp, tokens []Token, cursor L1Cursor) error {
	return d.inTx(ctx, func(t *tx) error {
		if err := addPriorityOps(ctx, t, ops); err != nil {
			return err
		}
		for _, tok := range tokens {
			if _, err := t.exec(ctx, `DELETE FROM tokens WHERE id = ?`, int(tok.ID)); err != nil {
				return err
			}
			if _, err := t.exec(ctx, `INSERT INTO tokens (id, address, l1_block) VALUES (?, ?, ?)`,
				int(tok.ID), tok.Address[:], int64(tok.L1Block)); err != nil {
				return err
			}
		}
		if _, err := t.exec(ctx, `DELETE FROM l1_cursor`); err != nil {
			return err
		}
		_, err := t.exec(ctx, `INSERT INTO l1_cursor (id, block_number, block_hash) VALUES (1, ?, ?)`,
			int64(cursor.Block), cursor.Hash[:])
		return err
	})
}

// RewindL1 undoes what the watcher read after L1 block `keep` (an L1
// reorg): unprocessed priority operations and token listings from later
// blocks are deleted and the cursor set to keep. A priority operation an
// L2 block already processed is ErrConflict: the reorg is deeper than the
// confirmations the watcher waits for, and an operator must decide.
func (d *DB) RewindL1(ctx context.Context, keep L1Cursor) error {
	return d.inTx(ctx, func(t *tx) error {
		var n int
		if err := t.queryRow(ctx, `SELECT COUNT(*) FROM priority_ops WHERE l1_block > ? AND block_number IS NOT NULL`,
			int64(keep.Block)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("L1 reorg below block %d reaches %d priority operations already in L2 blocks: %w", keep.Block+1, n, ErrConflict)
		}
		if _, err := t.exec(ctx, `DELETE FROM priority_ops WHERE l1_block > ?`, int64(keep.Block)); err != nil {
			return err
		}
		if _, err := t.exec(ctx, `DELETE FROM tokens WHERE l1_block > ?`, int64(keep.Block)); err != nil {
			return err
		}
		if _, err := t.exec(ctx, `DELETE FROM l1_cursor`); err != nil {
			return err
		}
		_, err := t.exec(ctx, `INSERT INTO l1_cursor (id, block_number, block_hash) VALUES (1, ?, ?)`,
			int64(keep.Block), keep.Hash[:])
		return err
	})
}

// Tokens lists the listed tokens by id.
func (d *DB) Tokens(ctx context.Context) ([]Token, error) {
	rows, err := d.query(ctx, `SELECT id, address, l1_block FROM tokens ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	defer rows.Close()
	var out []Token
	for rows.Next() {
		var tok Token
		var id int
		var a []byte
		var b int64
		if err := rows.Scan(&id, &a, &b); err != nil {
			return nil, err
		}
		tok.ID, tok.L1Block = uint16(id), uint64(b)
		copy(tok.Address[:], a)
		out = append(out, tok)
	}
	return out, rows.Err()
}
