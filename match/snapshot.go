package match

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Snapshots (issue 18, item 3): the engine's whole state — markets and
// their fees, every account's funds, every resting order in priority
// order, the last order id and the event sequence — so that restoring a
// snapshot and replaying the stream after the sequence it covers gives
// the engine that never stopped.

const snapshotMagic = "zkrmatch1"

// ErrSnapshot: the bytes are not a snapshot this engine wrote.
var ErrSnapshot = errors.New("not a matching engine snapshot")

// AppendSnapshot appends the engine's state to b.
func (e *Engine) AppendSnapshot(b []byte) []byte {
	b = append(b, snapshotMagic...)
	b = binary.BigEndian.AppendUint64(b, e.seq)
	b = binary.BigEndian.AppendUint64(b, e.lastID)
	ids := sortedKeys(e.books)
	b = binary.BigEndian.AppendUint32(b, uint32(len(ids)))
	for _, id := range ids {
		bk := e.books[id]
		m := bk.m
		b = binary.BigEndian.AppendUint16(b, m.ID)
		b = binary.BigEndian.AppendUint16(b, m.Base)
		b = binary.BigEndian.AppendUint16(b, m.Quote)
		for _, v := range []uint64{m.LotSize, m.TickSize, m.MaxPrice, m.MaxQty} {
			b = binary.BigEndian.AppendUint64(b, v)
		}
		b = binary.BigEndian.AppendUint16(b, bk.takerBips)
		b = binary.BigEndian.AppendUint16(b, bk.makerBips)
		b = binary.BigEndian.AppendUint32(b, bk.feeAccount)
	}
	// funds: per token, the accounts holding any
	toks := sortedKeys(e.tokens)
	b = binary.BigEndian.AppendUint32(b, uint32(len(toks)))
	for _, t := range toks {
		pages := e.funds[e.tokens[t]]
		b = binary.BigEndian.AppendUint16(b, t)
		n := 0
		for _, pg := range pages {
			if pg != nil {
				for _, x := range pg {
					if x != (funds{}) {
						n++
					}
				}
			}
		}
		b = binary.BigEndian.AppendUint32(b, uint32(n))
		for p, pg := range pages {
			if pg == nil {
				continue
			}
			for k, x := range pg {
				if x != (funds{}) {
					b = binary.BigEndian.AppendUint32(b, uint32(p*fundsPage+k))
					b = binary.BigEndian.AppendUint64(b, x.avail)
					b = binary.BigEndian.AppendUint64(b, x.frozen)
				}
			}
		}
	}
	// resting orders, per market and side, best level first, in time order
	for _, id := range ids {
		bk := e.books[id]
		for _, s := range []*bookSide{&bk.bids, &bk.asks} {
			n := 0
			for _, pl := range s.prices {
				for i := e.levels[pl.lvl].head; i >= 0; i = e.orders[i].next {
					n++
				}
			}
			b = binary.BigEndian.AppendUint32(b, uint32(n))
			for k := len(s.prices) - 1; k >= 0; k-- {
				for i := e.levels[s.prices[k].lvl].head; i >= 0; i = e.orders[i].next {
					o := &e.orders[i]
					b = binary.BigEndian.AppendUint64(b, o.id)
					b = binary.BigEndian.AppendUint32(b, o.account)
					b = binary.BigEndian.AppendUint64(b, o.price)
					b = binary.BigEndian.AppendUint64(b, o.qty)
				}
			}
		}
	}
	return b
}

// sortedKeys are m's keys in order (a snapshot writes maps in key order).
func sortedKeys[V any](m map[uint16]V) []uint16 {
	ks := make([]uint16, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// snapReader reads a snapshot, remembering the first error.
type snapReader struct {
	b   []byte
	err error
}

func (r *snapReader) next(n int) []byte {
	if r.err != nil || len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated", ErrSnapshot)
		return make([]byte, n)
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}
func (r *snapReader) u16() uint16 { return binary.BigEndian.Uint16(r.next(2)) }
func (r *snapReader) u32() uint32 { return binary.BigEndian.Uint32(r.next(4)) }
func (r *snapReader) u64() uint64 { return binary.BigEndian.Uint64(r.next(8)) }

// Restore rebuilds an engine from AppendSnapshot's bytes.
func Restore(b []byte) (*Engine, error) {
	if len(b) < len(snapshotMagic) || string(b[:len(snapshotMagic)]) != snapshotMagic {
		return nil, ErrSnapshot
	}
	r := &snapReader{b: b[len(snapshotMagic):]}
	e := New()
	e.seq, e.lastID = r.u64(), r.u64()
	nm := r.u32()
	var ids []uint16
	for range nm {
		if r.err != nil {
			return nil, r.err
		}
		m := Market{ID: r.u16(), Base: r.u16(), Quote: r.u16(), LotSize: r.u64(), TickSize: r.u64(), MaxPrice: r.u64(), MaxQty: r.u64()}
		taker, maker, fee := r.u16(), r.u16(), r.u32()
		if r.err != nil {
			return nil, r.err
		}
		if len(ids) > 0 && m.ID <= ids[len(ids)-1] {
			return nil, fmt.Errorf("%w: markets out of order", ErrSnapshot)
		}
		if err := e.AddMarket(m); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrSnapshot, err)
		}
		if err := e.Fees(m.ID, taker, maker, fee); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrSnapshot, err)
		}
		ids = append(ids, m.ID)
	}
	// one entry per token, in token order (every market's among them), and
	// per token the accounts holding any, in account order
	nt := r.u32()
	lastTok := -1
	for range nt {
		if r.err != nil {
			return nil, r.err
		}
		t := r.u16()
		if int(t) <= lastTok {
			return nil, fmt.Errorf("%w: tokens out of order", ErrSnapshot)
		}
		lastTok = int(t)
		tok := e.tokenIndex(t)
		n := r.u32()
		if uint64(n)*20 > uint64(len(r.b)) {
			return nil, fmt.Errorf("%w: %d accounts do not fit", ErrSnapshot, n)
		}
		lastAcct := int64(-1)
		for range n {
			a := r.u32()
			f := funds{avail: r.u64(), frozen: r.u64()}
			if a > MaxAccount || int64(a) <= lastAcct || f == (funds{}) {
				return nil, fmt.Errorf("%w: account %d", ErrSnapshot, a)
			}
			lastAcct = int64(a)
			*e.fundsOf(a, tok) = f
		}
	}
	if len(e.tokens) != int(nt) {
		return nil, fmt.Errorf("%w: a market's token has no entry", ErrSnapshot)
	}
	// the orders, in book order: per side best price first and, at one
	// price, in time order (increasing ids). The lowest id goes in first,
	// so the id index starts at its page; it is the first of its level.
	var all []resting
	minAt := -1
	for _, id := range ids {
		for _, side := range []Side{Buy, Sell} {
			n := r.u32()
			if uint64(n)*28 > uint64(len(r.b)) {
				return nil, fmt.Errorf("%w: %d orders do not fit", ErrSnapshot, n)
			}
			var prev resting
			for k := range n {
				o := resting{id: r.u64(), account: r.u32(), market: id, side: side, price: r.u64(), qty: r.u64()}
				if r.err != nil {
					return nil, r.err
				}
				inOrder := k == 0 || (o.price == prev.price && o.id > prev.id) ||
					(side == Buy && o.price < prev.price) || (side == Sell && o.price > prev.price)
				if o.id == 0 || o.id > e.lastID || o.qty == 0 || o.price == 0 || o.account > MaxAccount || !inOrder {
					return nil, fmt.Errorf("%w: order %d", ErrSnapshot, o.id)
				}
				if minAt < 0 || o.id < all[minAt].id {
					minAt = len(all)
				}
				all = append(all, o)
				prev = o
			}
		}
	}
	if minAt >= 0 {
		e.rest(e.books[all[minAt].market], e.newResting(all[minAt]))
	}
	for k, o := range all {
		if k == minAt {
			continue
		}
		if !e.fits(o.id) || e.slot(o.id) >= 0 {
			return nil, fmt.Errorf("%w: order %d repeated or too far from the others", ErrSnapshot, o.id)
		}
		e.rest(e.books[o.market], e.newResting(o))
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes left over", ErrSnapshot, len(r.b))
	}
	return e, nil
}
