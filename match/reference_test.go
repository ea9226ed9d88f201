package match

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// refBook is the simplest book that could work: every resting order in
// one slice, the best found by scanning (price first, then id). It knows
// nothing of funds: the property test gives every account far more than
// it can spend.
type refBook struct{ orders []resting }

func (r *refBook) best(side Side) int {
	bi := -1
	for i, o := range r.orders {
		if o.side != side {
			continue
		}
		if bi < 0 {
			bi = i
			continue
		}
		b := r.orders[bi]
		better := (side == Sell && o.price < b.price) || (side == Buy && o.price > b.price)
		if better || (o.price == b.price && o.id < b.id) {
			bi = i
		}
	}
	return bi
}

func opposite(s Side) Side { return 3 - s }

// submit returns the events (Seq and fees zero) the engine must produce.
func (r *refBook) submit(o Order, used map[uint64]bool) []Event {
	rej := func(err error) []Event {
		return []Event{{Kind: Rejected, Reason: reasonOf(err), Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Price: o.Price, Qty: o.Qty}}
	}
	if used[o.ID] || o.ID == 0 {
		return rej(ErrDuplicateID)
	}
	if o.Kind == MarketOrder {
		if o.PostOnly || o.TIF != GTC {
			return rej(ErrBadOrder)
		}
		o.Price = 0
	} else if o.Price == 0 || (o.PostOnly && o.TIF != GTC) {
		return rej(ErrBadOrder)
	}
	cross := func(p uint64) bool { return o.Kind == MarketOrder || crosses(o.Side, o.Price, p) }
	if o.PostOnly {
		if i := r.best(opposite(o.Side)); i >= 0 && cross(r.orders[i].price) {
			return rej(ErrWouldCross)
		}
	}
	if o.TIF == FOK { // walk a copy
		c := refBook{orders: slices.Clone(r.orders)}
		need, ok := o.Qty, true
		for need > 0 {
			i := c.best(opposite(o.Side))
			if i < 0 || !cross(c.orders[i].price) {
				break
			}
			m := c.orders[i]
			if m.account == o.Account && o.STP != ExpireMaker {
				ok = false
				break
			}
			if m.account != o.Account {
				need -= min(need, m.qty)
			}
			c.orders = slices.Delete(c.orders, i, i+1)
		}
		if !ok || need > 0 {
			return rej(ErrCannotFill)
		}
	}
	used[o.ID] = true
	out := []Event{{Kind: Accepted, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Price: o.Price, Qty: o.Qty}}
	left, stopped := o.Qty, uint8(0)
	for left > 0 && stopped == 0 {
		i := r.best(opposite(o.Side))
		if i < 0 || !cross(r.orders[i].price) {
			break
		}
		m := &r.orders[i]
		if m.account == o.Account {
			if o.STP != ExpireTaker {
				out = append(out, Event{Kind: Cancelled, Reason: SelfTrade, Side: m.side, Market: m.market, Order: m.id, Account: m.account, Price: m.price, Qty: m.qty})
				r.orders = slices.Delete(r.orders, i, i+1)
			}
			if o.STP != ExpireMaker {
				stopped = SelfTrade
			}
			continue
		}
		q := min(left, m.qty)
		m.qty -= q
		left -= q
		out = append(out, Event{Kind: Filled, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Maker: m.id,
			MakerAccount: m.account, Price: m.price, Qty: q, TakerLeft: left, MakerLeft: m.qty})
		if m.qty == 0 {
			r.orders = slices.Delete(r.orders, i, i+1)
		}
	}
	switch {
	case left == 0:
	case o.Kind == LimitOrder && o.TIF == GTC && stopped == 0:
		r.orders = append(r.orders, resting{id: o.ID, account: o.Account, market: o.Market, side: o.Side, price: o.Price, qty: left})
		out = append(out, Event{Kind: Rested, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Price: o.Price, Qty: left})
	default:
		reason := Remainder
		if stopped != 0 {
			reason = stopped
		}
		out = append(out, Event{Kind: Cancelled, Reason: reason, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Price: o.Price, Qty: left})
	}
	return out
}

func (r *refBook) cancel(id uint64) []Event {
	for i, m := range r.orders {
		if m.id == id {
			r.orders = slices.Delete(r.orders, i, i+1)
			return []Event{{Kind: Cancelled, Reason: ByUser, Side: m.side, Market: m.market, Order: m.id, Account: m.account, Price: m.price, Qty: m.qty}}
		}
	}
	return []Event{{Kind: Rejected, Reason: reasonOf(ErrUnknownOrder), Order: id}}
}

// TestMatchesTheReferenceBook: on random sequences of every order type,
// cancels and self-trades, the engine's events are the reference book's,
// event for event.
func TestMatchesTheReferenceBook(t *testing.T) {
	for seed := range uint64(20) {
		e := New()
		if err := e.AddMarket(testMarket); err != nil {
			t.Fatal(err)
		}
		for _, a := range []uint32{alice, bob, carol} {
			_ = e.Deposit(a, 0, 1<<40)
			_ = e.Deposit(a, 1, 1<<50)
		}
		ref := &refBook{}
		used := map[uint64]bool{}
		rng := rand.New(rand.NewPCG(seed, 77))
		for step := range 3_000 {
			id := uint64(step + 1)
			var got, want []Event
			acct := []uint32{alice, bob, carol}[rng.IntN(3)]
			switch r := rng.IntN(10); {
			case r < 2:
				victim := 1 + rng.Uint64N(id)
				got, want = e.Cancel(victim, nil), ref.cancel(victim)
			default:
				o := Order{ID: id, Account: acct, Market: 1, Side: Side(1 + rng.IntN(2)), Kind: LimitOrder, Price: 95 + rng.Uint64N(10),
					Qty: 1 + rng.Uint64N(9), TIF: TIF(rng.IntN(3)), STP: STP(rng.IntN(3))}
				if r == 2 {
					o.Kind, o.TIF, o.Price = MarketOrder, GTC, 0
				}
				o.PostOnly = o.Kind == LimitOrder && o.TIF == GTC && rng.IntN(5) == 0
				got, want = e.Submit(o, nil), ref.submit(o, used)
			}
			for i := range got {
				got[i].Seq = 0
			}
			if !slices.Equal(got, want) {
				t.Fatalf("seed %d step %d: engine %+v\nreference %+v", seed, step, got, want)
			}
		}
	}
}
