package match

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// ETH/DUSD: 1 lot = 1 base unit, 1 tick = 1 quote unit a lot.
var testMarket = Market{ID: 1, Base: 0, Quote: 1, LotSize: 1, TickSize: 1}

const (
	alice, bob, carol uint32 = 1, 2, 3
	feeAcc            uint32 = 99
)

func newTestEngine(t testing.TB) *Engine { return newEngineWith(t, testMarket) }

func newEngineWith(t testing.TB, m Market) *Engine {
	t.Helper()
	e := New()
	if err := e.AddMarket(m); err != nil {
		t.Fatal(err)
	}
	for _, a := range []uint32{alice, bob, carol} {
		if err := e.Deposit(a, 0, 1_000_000*m.LotSize); err != nil {
			t.Fatal(err)
		}
		if err := e.Deposit(a, 1, 1_000_000_000*m.TickSize); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

func kinds(evs []Event) []EventKind {
	out := make([]EventKind, len(evs))
	for i, ev := range evs {
		out[i] = ev.Kind
	}
	return out
}

func fills(evs []Event) (n int, qty uint64) {
	for _, ev := range evs {
		if ev.Kind == Filled {
			n++
			qty += ev.Qty
		}
	}
	return n, qty
}

func limit(id uint64, acct uint32, side Side, price, qty uint64) Order {
	return Order{ID: id, Account: acct, Market: 1, Side: side, Kind: LimitOrder, Price: price, Qty: qty}
}

// TestOrderTypes: every order type and edge, by the events it produces.
func TestOrderTypes(t *testing.T) {
	t.Run("limit rests, a crossing limit fills at the maker's price, partial fill leaves the rest", func(t *testing.T) {
		e := newTestEngine(t)
		evs := e.Submit(limit(1, alice, Sell, 100, 10), nil)
		if k := kinds(evs); len(k) != 2 || k[0] != Accepted || k[1] != Rested {
			t.Fatalf("events %v", k)
		}
		evs = e.Submit(limit(2, bob, Buy, 105, 4), nil)
		if n, q := fills(evs); n != 1 || q != 4 || evs[1].Price != 100 || evs[1].MakerLeft != 6 {
			t.Fatalf("fill %+v", evs)
		}
		if left, ok := e.Open(1); !ok || left != 6 {
			t.Fatalf("maker left %d %v", left, ok)
		}
		// bob paid 400 at the maker's price, not 420 at his limit
		if avail, frozen := e.Balance(bob, 1); avail != 1_000_000_000-400 || frozen != 0 {
			t.Fatalf("bob's quote %d frozen %d", avail, frozen)
		}
	})
	t.Run("price-time priority", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 101, 5), nil)
		e.Submit(limit(2, carol, Sell, 100, 5), nil)
		e.Submit(limit(3, alice, Sell, 100, 5), nil)
		evs := e.Submit(limit(4, bob, Buy, 101, 12), nil)
		var makers []uint64
		for _, ev := range evs {
			if ev.Kind == Filled {
				makers = append(makers, ev.Maker)
			}
		}
		if len(makers) != 3 || makers[0] != 2 || makers[1] != 3 || makers[2] != 1 {
			t.Fatalf("makers in order %v, want 2, 3 (price 100 by time), then 1", makers)
		}
	})
	t.Run("IOC remainder never rests", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 100, 3), nil)
		o := limit(2, bob, Buy, 100, 10)
		o.TIF = IOC
		evs := e.Submit(o, nil)
		if n, q := fills(evs); n != 1 || q != 3 || evs[len(evs)-1].Kind != Cancelled || evs[len(evs)-1].Qty != 7 {
			t.Fatalf("events %+v", evs)
		}
		if _, ok := e.Open(2); ok {
			t.Fatal("the IOC rests")
		}
		if _, frozen := e.Balance(bob, 1); frozen != 0 {
			t.Fatalf("bob still has %d frozen", frozen)
		}
	})
	t.Run("FOK all or nothing", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 100, 3), nil)
		e.Submit(limit(2, carol, Sell, 101, 3), nil)
		o := limit(3, bob, Buy, 101, 7)
		o.TIF = FOK
		if evs := e.Submit(o, nil); len(evs) != 1 || evs[0].Kind != Rejected || Errors[evs[0].Reason] != ErrCannotFill {
			t.Fatalf("a FOK that cannot fill: %+v", evs)
		}
		if l, _ := e.Open(1); l != 3 {
			t.Fatal("a refused FOK changed the book")
		}
		o.ID, o.Qty = 4, 6
		if n, q := fills(e.Submit(o, nil)); n != 2 || q != 6 {
			t.Fatalf("a FOK that fills: %d fills, %d lots", n, q)
		}
	})
	t.Run("post-only that would cross is rejected, one that would not rests", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 100, 3), nil)
		o := limit(2, bob, Buy, 100, 1)
		o.PostOnly = true
		if evs := e.Submit(o, nil); evs[0].Kind != Rejected || Errors[evs[0].Reason] != ErrWouldCross {
			t.Fatalf("events %+v", evs)
		}
		o.ID, o.Price = 3, 99
		if evs := e.Submit(o, nil); evs[len(evs)-1].Kind != Rested {
			t.Fatalf("events %+v", evs)
		}
	})
	t.Run("market orders take what there is; a market buy pays from available funds", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 100, 3), nil)
		e.Submit(limit(2, alice, Sell, 200, 3), nil)
		evs := e.Submit(Order{ID: 3, Account: bob, Market: 1, Side: Buy, Kind: MarketOrder, Qty: 10}, nil)
		if n, q := fills(evs); n != 2 || q != 6 || evs[len(evs)-1].Kind != Cancelled || evs[len(evs)-1].Qty != 4 {
			t.Fatalf("events %+v", evs)
		}
		// a buyer with 550 quote takes 3 at 100 and 1 at 200, then runs out
		e2 := newTestEngine(t)
		e2.Submit(limit(1, alice, Sell, 100, 3), nil)
		e2.Submit(limit(2, alice, Sell, 200, 3), nil)
		_ = e2.Deposit(9, 1, 550)
		evs = e2.Submit(Order{ID: 3, Account: 9, Market: 1, Side: Buy, Kind: MarketOrder, Qty: 10}, nil)
		if n, q := fills(evs); n != 2 || q != 4 || evs[len(evs)-1].Reason != NoFunds {
			t.Fatalf("events %+v", evs)
		}
		if avail, _ := e2.Balance(9, 1); avail != 50 {
			t.Fatalf("buyer keeps %d, want 50", avail)
		}
	})
	t.Run("self-trade prevention modes", func(t *testing.T) {
		for _, c := range []struct {
			mode        STP
			makerAlive  bool
			takerFills  uint64
			takerRested bool
		}{
			{ExpireTaker, true, 0, false},
			{ExpireMaker, false, 2, true},
			{ExpireBoth, false, 0, false},
		} {
			e := newTestEngine(t)
			e.Submit(limit(1, alice, Sell, 100, 3), nil)
			e.Submit(limit(2, carol, Sell, 101, 2), nil)
			o := limit(3, alice, Buy, 101, 5)
			o.STP = c.mode
			evs := e.Submit(o, nil)
			_, q := fills(evs)
			_, alive := e.Open(1)
			_, rested := e.Open(3)
			if alive != c.makerAlive || q != c.takerFills || rested != c.takerRested {
				t.Errorf("mode %d: maker alive %v, taker filled %d, rested %v; want %v %d %v (%+v)", c.mode, alive, q, rested,
					c.makerAlive, c.takerFills, c.takerRested, evs)
			}
		}
	})
	t.Run("cancel, cancel of a filled order, cancel-all, emptied levels", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 100, 3), nil)
		e.Submit(limit(2, alice, Sell, 101, 3), nil)
		e.Submit(limit(3, alice, Buy, 90, 3), nil)
		e.Submit(limit(4, bob, Buy, 100, 3), nil) // fills order 1 completely
		if evs := e.Cancel(1, nil); evs[0].Kind != Rejected || Errors[evs[0].Reason] != ErrUnknownOrder {
			t.Fatalf("cancel of a filled order: %+v", evs)
		}
		bids, asks := e.Depth(1, 10)
		if len(asks) != 1 || asks[0].Price != 101 || len(bids) != 1 {
			t.Fatalf("depth %v %v: the emptied level 100 is gone", bids, asks)
		}
		if evs := e.CancelAll(alice, 1, nil); len(evs) != 2 || evs[0].Order != 2 || evs[1].Order != 3 {
			t.Fatalf("cancel-all %+v", evs)
		}
		if bids, asks := e.Depth(1, 10); len(bids)+len(asks) != 0 {
			t.Fatalf("depth after cancel-all %v %v", bids, asks)
		}
		if _, frozen := e.Balance(alice, 0); frozen != 0 {
			t.Fatal("frozen funds left after cancel-all")
		}
	})
	t.Run("funds are net of open orders", func(t *testing.T) {
		e := newTestEngine(t)
		_ = e.Deposit(9, 0, 10)
		if evs := e.Submit(limit(1, 9, Sell, 100, 6), nil); evs[len(evs)-1].Kind != Rested {
			t.Fatal("first order refused")
		}
		if evs := e.Submit(limit(2, 9, Sell, 100, 5), nil); evs[0].Kind != Rejected || Errors[evs[0].Reason] != ErrFunds {
			t.Fatalf("an order over what is left: %+v", evs)
		}
		if evs := e.Submit(limit(3, 9, Sell, 100, 4), nil); evs[len(evs)-1].Kind != Rested {
			t.Fatal("an order within what is left refused")
		}
	})
	t.Run("refusals change nothing", func(t *testing.T) {
		e := newTestEngine(t)
		e.Submit(limit(1, alice, Sell, 100, 3), nil)
		for _, o := range []Order{
			limit(1, bob, Buy, 100, 1), // duplicate id
			{ID: 5, Account: bob, Market: 7, Side: Buy, Kind: LimitOrder, Price: 1, Qty: 1},
			{ID: 6, Account: bob, Market: 1, Side: 3, Kind: LimitOrder, Price: 1, Qty: 1},
			{ID: 7, Account: bob, Market: 1, Side: Buy, Kind: LimitOrder, Price: 0, Qty: 1},
			{ID: 8, Account: bob, Market: 1, Side: Buy, Kind: LimitOrder, Price: 1, Qty: 0},
			{ID: 9, Account: bob, Market: 1, Side: Buy, Kind: MarketOrder, TIF: IOC, Qty: 1},
			{ID: 10, Account: bob, Market: 1, Side: Buy, Kind: LimitOrder, Price: 1 << 62, Qty: 1 << 10}, // overflows
		} {
			if evs := e.Submit(o, nil); len(evs) != 1 || evs[0].Kind != Rejected {
				t.Errorf("order %+v: %+v", o, evs)
			}
		}
		if l, _ := e.Open(1); l != 3 {
			t.Fatal("the book changed")
		}
	})
}

// TestFeesAndConservation: over random sequences, per token the sum of
// every account's available and frozen funds (the fee account's
// included) is what was deposited.
func TestFeesAndConservation(t *testing.T) {
	e := newEngineWith(t, Market{ID: 1, Base: 0, Quote: 1, LotSize: 1000, TickSize: 100})
	if err := e.Fees(1, 30, 10, feeAcc); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(18, 1))
	total := func() [2]uint64 {
		var s [2]uint64
		for _, a := range []uint32{alice, bob, carol, feeAcc} {
			for tok := range s {
				av, fr := e.Balance(a, uint16(tok))
				s[tok] += av + fr
			}
		}
		return s
	}
	before := total()
	var evs []Event
	for i := range 20_000 {
		evs = randomStep(e, rng, uint64(i+1), evs[:0])
	}
	if got := total(); got != before {
		t.Fatalf("totals %v, were %v", got, before)
	}
	if av, _ := e.Balance(feeAcc, 0); av == 0 {
		t.Fatal("no fee was collected: the test exercises too little")
	}
}

// randomStep submits a random order or cancel.
func randomStep(e *Engine, rng *rand.Rand, id uint64, out []Event) []Event {
	acct := []uint32{alice, bob, carol}[rng.IntN(3)]
	switch r := rng.IntN(10); {
	case r < 2:
		return e.Cancel(1+rng.Uint64N(id), out)
	case r == 2:
		return e.Submit(Order{ID: id, Account: acct, Market: 1, Side: Side(1 + rng.IntN(2)), Kind: MarketOrder, Qty: 1 + rng.Uint64N(20),
			STP: STP(rng.IntN(3))}, out)
	default:
		o := Order{ID: id, Account: acct, Market: 1, Side: Side(1 + rng.IntN(2)), Kind: LimitOrder, Price: 90 + rng.Uint64N(20),
			Qty: 1 + rng.Uint64N(20), TIF: TIF(rng.IntN(3)), STP: STP(rng.IntN(3))}
		o.PostOnly = o.TIF == GTC && rng.IntN(5) == 0
		return e.Submit(o, out)
	}
}

// TestDeterminism: the same input sequence gives byte-identical events
// (a replay from the stream equals the live run).
func TestDeterminism(t *testing.T) {
	run := func() []byte {
		e := newTestEngine(t)
		_ = e.Fees(1, 30, 10, feeAcc)
		rng := rand.New(rand.NewPCG(5, 5))
		var out []byte
		var evs []Event
		for i := range 5_000 {
			evs = randomStep(e, rng, uint64(i+1), evs[:0])
			if i%97 == 0 {
				evs = e.CancelAll(alice, 1, evs)
			}
			for k := range evs {
				out = evs[k].Append(out)
			}
		}
		return out
	}
	a, b := run(), run()
	if !bytes.Equal(a, b) || len(a)%EventSize != 0 || len(a) == 0 {
		t.Fatalf("two runs of the same inputs: %d and %d bytes, equal %v", len(a), len(b), bytes.Equal(a, b))
	}
}
