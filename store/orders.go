package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
)

// Order is a signed limit order the API accepted.
type Order struct {
	Hash       [32]byte
	Account    uint32
	Slot       uint16
	Generation uint32
	TokenSell  uint16
	Raw        []byte // rollup.EncodeOrder
	CreatedAt  int64  // unix ms
	Closed     bool   // the matching engine is done with it (CloseOrders)
	ClosedSeq  uint64 // the FILLS sequence that closed it
}

// AddOrder stores an accepted order; the same order again is a no-op.
func (d *DB) AddOrder(ctx context.Context, o Order) error { return d.AddOrders(ctx, []Order{o}) }

// AddOrders stores accepted orders in one transaction (a group commit);
// an order stored already is left as it is.
func (d *DB) AddOrders(ctx context.Context, os []Order) error {
	return d.inTx(ctx, func(t *tx) error {
		for _, o := range os {
			// ON CONFLICT, not a caught unique violation: PostgreSQL aborts the
			// transaction on the violation
			if _, err := t.exec(ctx, `INSERT INTO orders (hash, account, slot, generation, token_sell, raw, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (hash) DO NOTHING`,
				o.Hash[:], int64(o.Account), int64(o.Slot), int64(o.Generation), int64(o.TokenSell), o.Raw, o.CreatedAt); err != nil {
				return err
			}
		}
		return nil
	})
}

// OrderByHash reads one order (ErrNotFound if the API never accepted it).
func (d *DB) OrderByHash(ctx context.Context, h [32]byte) (Order, error) {
	rows, err := d.query(ctx, `SELECT hash, account, slot, generation, token_sell, raw, created_at, closed_at, closed_seq FROM orders WHERE hash = ?`, h[:])
	if err != nil {
		return Order{}, err
	}
	out, err := scanOrders(rows)
	if err != nil {
		return Order{}, err
	}
	if len(out) == 0 {
		return Order{}, ErrNotFound
	}
	return out[0], nil
}

// OrdersOf lists an account's accepted orders, oldest first (the open
// ones among them are those its order slots still allow).
func (d *DB) OrdersOf(ctx context.Context, account uint32) ([]Order, error) {
	rows, err := d.query(ctx, `SELECT hash, account, slot, generation, token_sell, raw, created_at, closed_at, closed_seq FROM orders WHERE account = ? ORDER BY created_at, hash`,
		int64(account))
	if err != nil {
		return nil, err
	}
	return scanOrders(rows)
}

// DeleteOrders forgets orders (done ones: filled, cancelled, replaced or
// expired).
func (d *DB) DeleteOrders(ctx context.Context, hashes [][32]byte) error {
	return d.inTx(ctx, func(t *tx) error {
		for _, h := range hashes {
			if _, err := t.exec(ctx, `DELETE FROM orders WHERE hash = ?`, h[:]); err != nil {
				return err
			}
		}
		return nil
	})
}

func scanOrders(rows interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}) ([]Order, error) {
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		var h []byte
		var acc, slot, gen, tok int64
		var closed, closedSeq sql.NullInt64
		if err := rows.Scan(&h, &acc, &slot, &gen, &tok, &o.Raw, &o.CreatedAt, &closed, &closedSeq); err != nil {
			return nil, err
		}
		o.Closed, o.ClosedSeq = closed.Valid, uint64(closedSeq.Int64)
		copy(o.Hash[:], h)
		o.Account, o.Slot, o.Generation, o.TokenSell = uint32(acc), uint16(slot), uint32(gen), uint16(tok)
		out = append(out, o)
	}
	return out, rows.Err()
}

// FillPos is where an exchange trade is in the fill stream (orderflow):
// the FILLS sequence, then the fill and chunk within it. Positions are
// ordered by Seq, then Sub.
type FillPos struct {
	Seq uint64
	Sub uint32
}

// Less orders positions.
func (a FillPos) Less(b FillPos) bool { return a.Seq < b.Seq || (a.Seq == b.Seq && a.Sub < b.Sub) }

// SettledFills is the position after which the exchange's fills are not
// yet settled: the highest fill position a sealed block holds or the
// cursor records (fills the rules refused), zero when none.
func (d *DB) SettledFills(ctx context.Context) (FillPos, error) {
	var best FillPos
	for _, q := range []string{
		`SELECT fill_seq, fill_sub FROM block_ops WHERE fill_seq IS NOT NULL ORDER BY fill_seq DESC, fill_sub DESC LIMIT 1`,
		`SELECT seq, sub FROM cursors WHERE name = 'fills'`,
	} {
		var seq, sub int64
		err := d.queryRow(ctx, q).Scan(&seq, &sub)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return FillPos{}, err
		}
		if p := (FillPos{Seq: uint64(seq), Sub: uint32(sub)}); best.Less(p) {
			best = p
		}
	}
	return best, nil
}

// SetFillsCursor records that fills up to pos are settled or refused
// (a refused fill is in no block); it never moves the cursor back.
func (d *DB) SetFillsCursor(ctx context.Context, pos FillPos) error {
	if pos.Seq > math.MaxInt64 {
		return fmt.Errorf("fill sequence %d does not fit the database", pos.Seq)
	}
	return d.inTx(ctx, func(t *tx) error {
		var seq, sub int64
		err := t.queryRow(ctx, `SELECT seq, sub FROM cursors WHERE name = 'fills'`).Scan(&seq, &sub)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = t.exec(ctx, `INSERT INTO cursors (name, seq, sub) VALUES ('fills', ?, ?)`, int64(pos.Seq), int64(pos.Sub))
			return err
		case err != nil:
			return err
		case !(FillPos{Seq: uint64(seq), Sub: uint32(sub)}).Less(pos):
			return nil
		}
		_, err = t.exec(ctx, `UPDATE cursors SET seq = ?, sub = ? WHERE name = 'fills'`, int64(pos.Seq), int64(pos.Sub))
		return err
	})
}

// Closing is an order the matching engine is done with, and the FILLS
// sequence that says so.
type Closing struct {
	Hash [32]byte
	Seq  uint64
}

// CloseOrders marks orders the matching engine is done with (unknown
// hashes and orders already closed are left as they are).
func (d *DB) CloseOrders(ctx context.Context, closing []Closing, at int64) error {
	if len(closing) == 0 {
		return nil
	}
	return d.inTx(ctx, func(t *tx) error {
		for _, c := range closing {
			if _, err := t.exec(ctx, `UPDATE orders SET closed_at = ?, closed_seq = ? WHERE hash = ? AND closed_at IS NULL`, at, int64(c.Seq), c.Hash[:]); err != nil {
				return err
			}
		}
		return nil
	})
}
