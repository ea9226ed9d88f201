package marketdata

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/zkrollup/zkrollup/match"
)

const (
	feeAcc  uint32 = 99
	allLvls        = 1 << 20 // a depth that lists every level
)

var (
	markets  = []match.Market{{ID: 1, Base: 0, Quote: 1, LotSize: 1, TickSize: 1}, {ID: 2, Base: 2, Quote: 1, LotSize: 10, TickSize: 5}}
	accounts = []uint32{1, 2, 3, 4}
)

// newEngine lists both markets (fees on the second) and funds every
// account plentifully.
func newEngine(t testing.TB) *match.Engine {
	t.Helper()
	e := match.New()
	for _, m := range markets {
		if err := e.AddMarket(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Fees(2, 30, 10, feeAcc); err != nil {
		t.Fatal(err)
	}
	for _, a := range accounts {
		for tok, amount := range map[uint16]uint64{0: 1e12, 1: 1e15, 2: 1e12} {
			if err := e.Deposit(a, tok, amount); err != nil {
				t.Fatal(err)
			}
		}
	}
	return e
}

// randomInput gives the engine one random input: a limit order (GTC,
// IOC, FOK, post-only), a market order, a cancel or a cancel-all, on
// either market, for any account, with any self-trade prevention mode.
func randomInput(e *match.Engine, rng *rand.Rand, id uint64) []match.Event {
	acct := accounts[rng.IntN(len(accounts))]
	mk := markets[rng.IntN(len(markets))].ID
	sd := match.Side(1 + rng.IntN(2))
	stp := match.STP(rng.IntN(3))
	switch r := rng.IntN(20); {
	case r < 4:
		return e.Cancel(1+rng.Uint64N(id), nil)
	case r == 4:
		return e.CancelAll(acct, mk, nil)
	case r < 7:
		return e.Submit(match.Order{ID: id, Account: acct, Market: mk, Side: sd, Kind: match.MarketOrder, Qty: 1 + rng.Uint64N(30), STP: stp}, nil)
	default:
		o := match.Order{ID: id, Account: acct, Market: mk, Side: sd, Kind: match.LimitOrder, Price: 90 + rng.Uint64N(21),
			Qty: 1 + rng.Uint64N(20), TIF: match.TIF(rng.IntN(3)), STP: stp}
		if o.TIF != match.GTC && rng.IntN(2) == 0 {
			o.TIF = match.GTC // mostly resting orders, so that the book fills up
		}
		o.PostOnly = o.TIF == match.GTC && rng.IntN(5) == 0
		return e.Submit(o, nil)
	}
}

// batch is one engine input's events and its time.
type batch struct {
	ts  int64
	evs []match.Event
}

// randomRun gives n random inputs to a fresh engine, a few seconds apart.
func randomRun(t testing.TB, seed uint64, n int) (*match.Engine, []batch) {
	e := newEngine(t)
	rng := rand.New(rand.NewPCG(seed, 7))
	ts := int64(1_700_000_000_000)
	var out []batch
	for i := range n {
		ts += rng.Int64N(20_000)
		out = append(out, batch{ts, randomInput(e, rng, uint64(i+1))})
	}
	return e, out
}

func sameDepth(t *testing.T, step int, f *Feed, e *match.Engine, mk uint16) {
	t.Helper()
	d := f.Depth(mk, allLvls)
	bids, asks := e.Depth(mk, allLvls)
	if !slices.Equal(d.Bids, bids) || !slices.Equal(d.Asks, asks) {
		t.Fatalf("step %d market %d: feed's depth bids %v asks %v, engine's bids %v asks %v", step, mk, d.Bids, d.Asks, bids, asks)
	}
}

// TestDepthFollowsTheEngine: over a random run of every order type on two
// markets, the feed's depth is the engine's after every input, the
// updates' ids are consecutive per market, and a client that took a
// snapshot midway and folded in the updates after it holds the same book.
func TestDepthFollowsTheEngine(t *testing.T) {
	e := newEngine(t)
	f := New(Config{Trades: 50, Intervals: []int64{60, 3600}, Candles: 1 << 20})
	rng := rand.New(rand.NewPCG(1, 2))
	const steps, snapAt = 4000, 1500
	ts := int64(1_700_000_000_000)
	lastID := map[uint16]uint64{}
	buffered := map[uint16][]DepthUpdate{} // what a client receives before its snapshot
	clients := map[uint16]*client{}
	var fills []match.Event
	var seen struct{ rested, userCancel, stp, remainder, removed int }
	for i := range steps {
		if i == snapAt {
			for _, m := range markets {
				c := newClient(f.Depth(m.ID, allLvls))
				for _, u := range buffered[m.ID] {
					if err := c.apply(u); err != nil {
						t.Fatalf("market %d, buffered update %d after snapshot %d: %v", m.ID, u.UpdateID, c.id, err)
					}
				}
				clients[m.ID] = c
			}
		}
		ts += rng.Int64N(20_000)
		evs := randomInput(e, rng, uint64(i+1))
		before := f.LastSeq()
		ups := f.Apply(ts, evs)
		if len(evs) == 0 && (ups != nil || f.LastSeq() != before) { // a cancel-all of nothing
			t.Fatalf("step %d: no events gave updates %+v, last seq %d", i, ups, f.LastSeq())
		}
		if len(evs) > 0 && f.LastSeq() != evs[len(evs)-1].Seq {
			t.Fatalf("step %d: last seq %d, the input's last event is %d", i, f.LastSeq(), evs[len(evs)-1].Seq)
		}
		for k, u := range ups {
			if k > 0 && u.Market <= ups[k-1].Market {
				t.Fatalf("step %d: updates not one per market in market order: %+v", i, ups)
			}
			if u.UpdateID != lastID[u.Market]+1 || u.LastSeq != f.LastSeq() || len(u.Bids)+len(u.Asks) == 0 {
				t.Fatalf("step %d: update %+v after id %d, last seq %d", i, u, lastID[u.Market], f.LastSeq())
			}
			lastID[u.Market] = u.UpdateID
			for _, l := range slices.Concat(u.Bids, u.Asks) {
				if l.Qty == 0 {
					seen.removed++
				}
			}
			if c := clients[u.Market]; c != nil {
				if err := c.apply(u); err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
			} else {
				buffered[u.Market] = append(buffered[u.Market], u)
			}
		}
		for _, ev := range evs {
			switch {
			case ev.Kind == match.Filled:
				fills = append(fills, ev)
			case ev.Kind == match.Rested:
				seen.rested++
			case ev.Kind == match.Cancelled && ev.Reason == match.ByUser:
				seen.userCancel++
			case ev.Kind == match.Cancelled && ev.Reason == match.SelfTrade:
				seen.stp++
			case ev.Kind == match.Cancelled:
				seen.remainder++
			}
		}
		for _, m := range markets {
			sameDepth(t, i, f, e, m.ID)
			if d := f.Depth(m.ID, allLvls); d.UpdateID != lastID[m.ID] {
				t.Fatalf("step %d: depth's update id %d, last update %d", i, d.UpdateID, lastID[m.ID])
			}
		}
	}
	for _, m := range markets {
		if err := clients[m.ID].sameBook(f.Depth(m.ID, allLvls)); err != nil {
			t.Fatalf("market %d: %v", m.ID, err)
		}
		// a shallow depth is the top of the deep one
		deep, top := f.Depth(m.ID, allLvls), f.Depth(m.ID, 3)
		if !slices.Equal(top.Bids, deep.Bids[:min(3, len(deep.Bids))]) || !slices.Equal(top.Asks, deep.Asks[:min(3, len(deep.Asks))]) {
			t.Fatalf("market %d: top 3 %+v of %+v", m.ID, top, deep)
		}
	}
	// the trades and candles account for every fill
	for _, m := range markets {
		var mine []match.Event
		var vol, quote uint64
		for _, ev := range fills {
			if ev.Market == m.ID {
				mine = append(mine, ev)
				vol += ev.Qty
				quote += ev.Price * ev.Qty
			}
		}
		tr := f.Trades(m.ID, 1000)
		if len(tr) != min(50, len(mine)) {
			t.Fatalf("market %d: %d trades kept, want %d", m.ID, len(tr), min(50, len(mine)))
		}
		for k, x := range tr {
			ev := mine[len(mine)-1-k]
			if x.Seq != ev.Seq || x.Price != ev.Price || x.Qty != ev.Qty || x.TakerOrder != ev.Order || x.MakerOrder != ev.Maker ||
				x.TakerSide != ev.Side || x.Market != m.ID {
				t.Fatalf("market %d: trade %d is %+v, fill %+v", m.ID, k, x, ev)
			}
		}
		for _, iv := range []int64{60, 3600} {
			cs, err := f.Candles(m.ID, iv, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			var cv, cq, n uint64
			for _, c := range cs {
				cv, cq, n = cv+c.Volume, cq+c.QuoteVolume, n+c.Trades
			}
			if cv != vol || cq != quote || n != uint64(len(mine)) {
				t.Fatalf("market %d, %d s candles: volume %d, quote %d, %d trades; fills %d, %d, %d", m.ID, iv, cv, cq, n, vol, quote, len(mine))
			}
		}
	}
	t.Logf("%d fills, %+v", len(fills), seen)
	// the run exercised what it is meant to
	if len(fills) < 500 || seen.rested < 500 || seen.userCancel < 50 || seen.stp < 20 || seen.remainder < 50 || seen.removed < 200 {
		t.Fatalf("the run exercised too little: %d fills, %+v", len(fills), seen)
	}
}

// TestDepthUpdateSemantics: what one input's update holds, case by case.
func TestDepthUpdateSemantics(t *testing.T) {
	limit := func(id uint64, acct uint32, sd match.Side, price, qty uint64) match.Order {
		return match.Order{ID: id, Account: acct, Market: 1, Side: sd, Kind: match.LimitOrder, Price: price, Qty: qty}
	}
	e := newEngine(t)
	f := New(Config{})
	ts := int64(0)
	apply := func(evs []match.Event) []DepthUpdate {
		ts += 1000
		return f.Apply(ts, evs)
	}
	// two makers rest at 100 and one at 101: each rest is an update
	for _, o := range []match.Order{limit(1, 1, match.Sell, 100, 3), limit(2, 2, match.Sell, 100, 2), limit(3, 3, match.Sell, 101, 4)} {
		if ups := apply(e.Submit(o, nil)); len(ups) != 1 {
			t.Fatalf("order %d rests: updates %+v", o.ID, ups)
		}
	}
	// an IOC that empties the level 100 (two fills of it) and is cancelled
	// for the rest: the level appears once, with 0; the cancel of an order
	// that never rested changes nothing
	ioc := limit(4, 4, match.Buy, 100, 10)
	ioc.TIF = match.IOC
	evs := e.Submit(ioc, nil)
	if k := evs[len(evs)-1]; k.Kind != match.Cancelled || k.Reason != match.Remainder || k.Qty != 5 {
		t.Fatalf("the IOC's events %+v", evs)
	}
	ups := apply(evs)
	want := []DepthUpdate{{Market: 1, UpdateID: 4, LastSeq: evs[len(evs)-1].Seq, Asks: []match.Level{{Price: 100, Qty: 0}}}}
	if !reflect.DeepEqual(ups, want) {
		t.Fatalf("updates %+v, want %+v", ups, want)
	}
	// a self-trade-prevention expiry of the taker changes no level
	stp := limit(5, 3, match.Buy, 101, 2)
	stp.STP = match.ExpireTaker
	evs = e.Submit(stp, nil)
	if ups := apply(evs); len(evs) != 2 || evs[1].Kind != match.Cancelled || ups != nil {
		t.Fatalf("an expired taker: events %+v, updates %+v", evs, ups)
	}
	// a partial fill, then the taker rests: both sides in one update
	evs = e.Submit(limit(6, 1, match.Buy, 101, 6), nil)
	ups = apply(evs)
	want = []DepthUpdate{{Market: 1, UpdateID: 5, LastSeq: evs[len(evs)-1].Seq, Bids: []match.Level{{Price: 101, Qty: 2}},
		Asks: []match.Level{{Price: 101, Qty: 0}}}}
	if !reflect.DeepEqual(ups, want) {
		t.Fatalf("updates %+v, want %+v", ups, want)
	}
	// a user's cancel of a resting order; a cancel of an unknown one
	if ups := apply(e.Cancel(6, nil)); len(ups) != 1 || !slices.Equal(ups[0].Bids, []match.Level{{Price: 101, Qty: 0}}) {
		t.Fatalf("cancel: updates %+v", ups)
	}
	if ups := apply(e.Cancel(6, nil)); ups != nil {
		t.Fatalf("a refused cancel: updates %+v", ups)
	}
	d := f.Depth(1, 10)
	if d.UpdateID != 6 || len(d.Bids)+len(d.Asks) != 0 || d.LastSeq != f.LastSeq() {
		t.Fatalf("depth %+v", d)
	}
	if d := f.Depth(7, 10); d.UpdateID != 0 || d.Bids != nil || d.Asks != nil || d.Market != 7 {
		t.Fatalf("depth of a market never seen %+v", d)
	}
	// changes that end where they began are no update; several levels of
	// one side come best first
	seq := f.LastSeq()
	ups = f.Apply(ts, []match.Event{
		{Seq: seq + 1, Kind: match.Rested, Side: match.Buy, Market: 1, Order: 100, Price: 50, Qty: 5},
		{Seq: seq + 2, Kind: match.Rested, Side: match.Buy, Market: 1, Order: 101, Price: 60, Qty: 5},
		{Seq: seq + 3, Kind: match.Rested, Side: match.Sell, Market: 1, Order: 102, Price: 70, Qty: 5},
		{Seq: seq + 4, Kind: match.Rested, Side: match.Sell, Market: 1, Order: 103, Price: 65, Qty: 5},
		{Seq: seq + 5, Kind: match.Cancelled, Side: match.Sell, Market: 1, Order: 103, Price: 65, Qty: 5},
	})
	want = []DepthUpdate{{Market: 1, UpdateID: 7, LastSeq: seq + 5, Bids: []match.Level{lv(60, 5), lv(50, 5)}, Asks: []match.Level{lv(70, 5)}}}
	if !reflect.DeepEqual(ups, want) {
		t.Fatalf("updates %+v, want %+v", ups, want)
	}
}

// TestStreamsTheEngineCannotWriteClampAndCarryOn: a fill of an unknown
// maker, of more than its level holds, a cancel of more than rests.
func TestStreamsTheEngineCannotWriteClampAndCarryOn(t *testing.T) {
	f := New(Config{Trades: 10})
	ups := f.Apply(0, []match.Event{
		{Seq: 1, Kind: match.Rested, Side: match.Sell, Market: 3, Order: 1, Price: 10, Qty: 4},
		{Seq: 2, Kind: match.Rested, Side: match.Sell, Market: 3, Order: 2, Price: 11, Qty: 4},
	})
	if len(ups) != 1 || len(ups[0].Asks) != 2 {
		t.Fatalf("updates %+v", ups)
	}
	ups = f.Apply(0, []match.Event{
		{Seq: 3, Kind: match.Filled, Side: match.Buy, Market: 3, Order: 9, Maker: 77, Price: 10, Qty: 9, MakerLeft: 0}, // unknown maker, too much
		{Seq: 4, Kind: match.Filled, Side: match.Buy, Market: 3, Order: 9, Maker: 78, Price: 12, Qty: 1},               // no such level
		{Seq: 5, Kind: match.Cancelled, Side: match.Sell, Market: 3, Order: 2, Price: 11, Qty: 100},                    // more than rests
		{Seq: 6, Kind: match.Cancelled, Side: match.Sell, Market: 3, Order: 2, Price: 11, Qty: 1},                      // no longer resting
		{Seq: 7, Kind: match.Filled, Side: 9, Market: 3, Order: 9, Maker: 1, Price: 10, Qty: 1},                        // no such side
	})
	want := []DepthUpdate{{Market: 3, UpdateID: 2, LastSeq: 7, Asks: []match.Level{lv(10, 0), lv(11, 0)}}}
	if !reflect.DeepEqual(ups, want) {
		t.Fatalf("updates %+v, want %+v", ups, want)
	}
	if tr := f.Trades(3, 10); len(tr) != 2 || tr[0].Seq != 4 || tr[1].Seq != 3 {
		t.Fatalf("trades %+v: the two fills with a side", tr)
	}
}

// TestClientSeesAGap: a client that misses an update sees an id that is
// not the next one, and a fresh snapshot puts it right.
func TestClientSeesAGap(t *testing.T) {
	e, run := randomRun(t, 3, 600)
	_ = e
	f := New(Config{})
	c := newClient(f.Depth(1, allLvls))
	dropped, gaps := false, 0
	for _, b := range run {
		for _, u := range f.Apply(b.ts, b.evs) {
			if u.Market != 1 {
				continue
			}
			if !dropped && u.UpdateID == 20 {
				dropped = true // lost on the wire
				continue
			}
			err := c.apply(u)
			if errors.Is(err, errGap) {
				gaps++
				if u.UpdateID != 21 || c.id != 19 {
					t.Fatalf("gap at update %d, client at %d; want 21 and 19", u.UpdateID, c.id)
				}
				c = newClient(f.Depth(1, allLvls)) // rebuild
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if !dropped || gaps != 1 {
		t.Fatalf("dropped %v, %d gaps seen; want one", dropped, gaps)
	}
	if err := c.sameBook(f.Depth(1, allLvls)); err != nil {
		t.Fatalf("after the rebuild: %v", err)
	}
	sameDepth(t, len(run), f, e, 1)
}

// TestReplayIsIdempotent: applying each input twice, and then the whole
// stream again, gives the feed that saw it once, and no update.
func TestReplayIsIdempotent(t *testing.T) {
	_, run := randomRun(t, 4, 2000)
	cfg := Config{Trades: 20, Intervals: []int64{60, 300}, Candles: 30}
	once, twice := New(cfg), New(cfg)
	for _, b := range run {
		a := once.Apply(b.ts, b.evs)
		if got := twice.Apply(b.ts, b.evs); !reflect.DeepEqual(got, a) {
			t.Fatalf("updates %+v, want %+v", got, a)
		}
		if got := twice.Apply(b.ts+5, b.evs); got != nil {
			t.Fatalf("a repeated input gave updates %+v", got)
		}
	}
	// a restart that replays from the start, and a batch half old, half new
	for _, b := range run {
		if got := twice.Apply(b.ts, b.evs); got != nil {
			t.Fatalf("the replayed stream gave updates %+v", got)
		}
	}
	if once.LastSeq() != twice.LastSeq() || once.LastSeq() == 0 {
		t.Fatalf("last seq %d and %d", once.LastSeq(), twice.LastSeq())
	}
	for _, m := range markets {
		if a, b := once.Depth(m.ID, allLvls), twice.Depth(m.ID, allLvls); !reflect.DeepEqual(a, b) {
			t.Fatalf("market %d: depth %+v, once %+v", m.ID, b, a)
		}
		if a, b := once.Trades(m.ID, 100), twice.Trades(m.ID, 100); !reflect.DeepEqual(a, b) || len(a) != 20 {
			t.Fatalf("market %d: trades %+v, once %+v", m.ID, b, a)
		}
		for _, iv := range cfg.Intervals {
			a, _ := once.Candles(m.ID, iv, 100)
			b, _ := twice.Candles(m.ID, iv, 100)
			if !reflect.DeepEqual(a, b) || len(a) == 0 {
				t.Fatalf("market %d, %d s: candles %+v, once %+v", m.ID, iv, b, a)
			}
		}
	}
	// an input whose first events were applied already: only the rest count
	f := New(cfg)
	last := run[len(run)-1]
	for _, b := range run[:len(run)-1] {
		f.Apply(b.ts, b.evs)
	}
	f.Apply(last.ts, last.evs[:len(last.evs)/2])
	f.Apply(last.ts, last.evs)
	for _, m := range markets {
		if a, b := once.Depth(m.ID, allLvls), f.Depth(m.ID, allLvls); !slices.Equal(a.Bids, b.Bids) || !slices.Equal(a.Asks, b.Asks) {
			t.Fatalf("market %d: depth %+v, once %+v", m.ID, b, a)
		}
	}
}

func lv(price, qty uint64) match.Level { return match.Level{Price: price, Qty: qty} }

// fillEv is a fill of lots at price (makers the test never rested).
func fillEv(seq uint64, mk uint16, price, qty uint64) match.Event {
	return match.Event{Seq: seq, Kind: match.Filled, Side: match.Buy, Market: mk, Order: 1000 + seq, Maker: seq, Price: price, Qty: qty}
}

// TestCandles: OHLCV by hand over fills across intervals, with an empty
// interval that has no candle.
func TestCandles(t *testing.T) {
	f := New(Config{Intervals: []int64{60, 300}, Candles: 10})
	for _, x := range []struct {
		ms         int64
		price, qty uint64
	}{
		{ms: 120_000, price: 100, qty: 2},
		{ms: 150_500, price: 105, qty: 1},
		{ms: 179_999, price: 98, qty: 3},
		// nothing from 180 s to 300 s: the 60 s candles at 180 and 240 do not exist
		{ms: 300_000, price: 110, qty: 1},
		{ms: 301_000, price: 107, qty: 4},
	} {
		seq := f.LastSeq() + 1
		f.Apply(x.ms, []match.Event{fillEv(seq, 1, x.price, x.qty), fillEv(seq+1, 2, 1, 1)}) // market 2 keeps its own
	}
	want60 := []Candle{
		{Start: 120, Open: 100, High: 105, Low: 98, Close: 98, Volume: 6, QuoteVolume: 200 + 105 + 294, Trades: 3},
		{Start: 300, Open: 110, High: 110, Low: 107, Close: 107, Volume: 5, QuoteVolume: 110 + 428, Trades: 2},
	}
	want300 := []Candle{
		{Start: 0, Open: 100, High: 105, Low: 98, Close: 98, Volume: 6, QuoteVolume: 599, Trades: 3},
		{Start: 300, Open: 110, High: 110, Low: 107, Close: 107, Volume: 5, QuoteVolume: 538, Trades: 2},
	}
	for _, c := range []struct {
		iv   int64
		n    int
		want []Candle
	}{{60, 10, want60}, {60, 1, want60[1:]}, {300, 10, want300}, {300, 2, want300}, {60, 0, nil}} {
		got, err := f.Candles(1, c.iv, c.n)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%d s, last %d: got %+v, %v; want %+v", c.iv, c.n, got, err, c.want)
		}
	}
	if got, _ := f.Candles(2, 300, 10); len(got) != 2 || got[0].Volume != 3 || got[0].High != 1 {
		t.Errorf("market 2's candles %+v", got)
	}
	if got, err := f.Candles(9, 60, 10); err != nil || got != nil {
		t.Errorf("candles of a market never seen: %+v, %v", got, err)
	}
	if _, err := f.Candles(1, 120, 10); !errors.Is(err, ErrUnknownInterval) {
		t.Errorf("an interval not configured: %v", err)
	}

	t.Run("only the last Config.Candles are kept", func(t *testing.T) {
		f := New(Config{Intervals: []int64{60}, Candles: 2})
		for i, ms := range []int64{0, 60_000, 125_000, 130_000} {
			f.Apply(ms, []match.Event{fillEv(uint64(i+1), 1, uint64(10+i), 1)})
		}
		want := []Candle{{60, 11, 11, 11, 11, 1, 11, 1}, {120, 12, 13, 12, 13, 2, 25, 2}}
		if got, _ := f.Candles(1, 60, 10); !reflect.DeepEqual(got, want) {
			t.Fatalf("got %+v, want %+v", got, want)
		}
		// a fill whose time went back goes into its own candle while it is
		// kept, and nowhere once it is not
		f.Apply(61_000, []match.Event{fillEv(5, 1, 5, 1)})
		f.Apply(1_000, []match.Event{fillEv(6, 1, 7, 1)})
		want[0] = Candle{60, 11, 11, 5, 5, 2, 16, 2}
		if got, _ := f.Candles(1, 60, 10); !reflect.DeepEqual(got, want) {
			t.Fatalf("got %+v, want %+v", got, want)
		}
	})
	t.Run("negative times round down; quote volume saturates", func(t *testing.T) {
		f := New(Config{Intervals: []int64{60}, Candles: 5})
		f.Apply(-1, []match.Event{fillEv(1, 1, math.MaxUint64/2, 3), fillEv(2, 1, 1, 1)})
		want := []Candle{{-60, math.MaxUint64 / 2, math.MaxUint64 / 2, 1, 1, 4, math.MaxUint64, 2}}
		if got, _ := f.Candles(1, 60, 5); !reflect.DeepEqual(got, want) {
			t.Fatalf("got %+v, want %+v", got, want)
		}
	})
}

// TestTradesNewestFirstAndCapped: per market, the last Config.Trades.
func TestTradesNewestFirstAndCapped(t *testing.T) {
	f := New(Config{Trades: 3})
	for seq := uint64(1); seq <= 5; seq++ {
		f.Apply(int64(seq)*1000, []match.Event{fillEv(seq, 1, 100+seq, seq)})
	}
	f.Apply(9000, []match.Event{fillEv(6, 2, 7, 7)})
	seqs := func(tr []Trade) []uint64 {
		var s []uint64
		for _, x := range tr {
			s = append(s, x.Seq)
		}
		return s
	}
	for _, c := range []struct {
		mk   uint16
		n    int
		want []uint64
	}{{1, 10, []uint64{5, 4, 3}}, {1, 2, []uint64{5, 4}}, {1, 0, nil}, {2, 10, []uint64{6}}, {3, 10, nil}} {
		if got := seqs(f.Trades(c.mk, c.n)); !slices.Equal(got, c.want) {
			t.Errorf("market %d, %d trades: seqs %v, want %v", c.mk, c.n, got, c.want)
		}
	}
	want := Trade{Seq: 5, Time: 5000, Market: 1, Price: 105, Qty: 5, TakerSide: match.Buy, TakerOrder: 1005, MakerOrder: 5}
	if got := f.Trades(1, 1)[0]; got != want {
		t.Errorf("trade %+v, want %+v", got, want)
	}
	if tr := New(Config{}).Trades(1, 5); tr != nil {
		t.Errorf("a feed that keeps no trades: %+v", tr)
	}
}

func TestConfigCheck(t *testing.T) {
	for _, c := range []struct {
		cfg Config
		ok  bool
	}{
		{Config{Trades: 100, Intervals: []int64{60, 300, 3600}, Candles: 500}, true},
		{Config{}, true},
		{Config{Trades: -1}, false},
		{Config{Candles: -1}, false},
		{Config{Intervals: []int64{60, 0}}, false},
		{Config{Intervals: []int64{60, 60}}, false},
	} {
		if err := c.cfg.Check(); (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrConfig)) {
			t.Errorf("%+v: %v", c.cfg, err)
		}
	}
	f := New(Config{Intervals: []int64{60, -5, 60, 300}})
	for _, iv := range []int64{-5, 0} {
		if _, err := f.Candles(1, iv, 1); !errors.Is(err, ErrUnknownInterval) {
			t.Errorf("interval %d dropped by New: %v", iv, err)
		}
	}
}

// TestReadsWhileApplying: API handlers read while the sequencer applies
// (run with -race).
func TestReadsWhileApplying(t *testing.T) {
	_, run := randomRun(t, 5, 300)
	f := New(Config{Trades: 10, Intervals: []int64{60}, Candles: 10})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, b := range run {
			f.Apply(b.ts, b.evs)
		}
	}()
	for reads := 0; ; reads++ {
		select {
		case <-done:
			if d := f.Depth(1, allLvls); d.LastSeq != f.LastSeq() || d.UpdateID == 0 {
				t.Fatalf("depth %+v after %d reads", d, reads)
			}
			return
		default:
		}
		f.Depth(1, 5)
		f.Trades(2, 5)
		if _, err := f.Candles(1, 60, 5); err != nil {
			t.Fatal(err)
		}
	}
}
