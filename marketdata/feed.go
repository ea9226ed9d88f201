package marketdata

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/zkrollup/zkrollup/match"
)

// Errors.
var (
	// ErrUnknownInterval: Candles was asked for an interval the Config
	// does not list.
	ErrUnknownInterval = errors.New("candle interval not configured")
	// ErrConfig: Config.Check refuses the configuration.
	ErrConfig = errors.New("bad market data configuration")
)

// Config says how much history the feed keeps.
type Config struct {
	Trades    int     // recent trades kept per market
	Intervals []int64 // candle intervals, in seconds (60, 300, 3600, ...)
	Candles   int     // candles kept per interval per market
}

// Check reports what New would not keep as given: a negative count, an
// interval that is not positive, an interval listed twice.
func (c Config) Check() error {
	if c.Trades < 0 || c.Candles < 0 {
		return fmt.Errorf("%w: trades %d, candles %d: counts must not be negative", ErrConfig, c.Trades, c.Candles)
	}
	for i, iv := range c.Intervals {
		if iv <= 0 {
			return fmt.Errorf("%w: interval %d: intervals are positive numbers of seconds", ErrConfig, iv)
		}
		if slices.Contains(c.Intervals[:i], iv) {
			return fmt.Errorf("%w: interval %d listed twice", ErrConfig, iv)
		}
	}
	return nil
}

// Feed follows the engine's events for every market.
type Feed struct {
	mu        sync.RWMutex
	trades    int // kept per market
	intervals []int64
	candles   int // kept per interval per market
	lastSeq   uint64
	markets   map[uint16]*market
	orders    map[uint64]restingOrder // the resting orders it saw rest
	touched   map[levelKey]uint64     // in Apply: each changed level's quantity before it
}

// market is what the feed keeps for one market.
type market struct {
	bids, asks side
	updateID   uint64
	trades     tradeRing
	candles    [][]Candle // per interval (Feed.intervals' order), by ascending Start
}

// restingOrder is an order in a book, as its events told.
type restingOrder struct {
	market uint16
	side   match.Side
	price  uint64
	qty    uint64
}

// levelKey names one level of one book.
type levelKey struct {
	market uint16
	side   match.Side
	price  uint64
}

// New returns a feed that has seen no event. It keeps what Config.Check
// accepts: a negative count counts as 0; intervals that are not positive
// and repeats are dropped (Candles refuses them).
func New(cfg Config) *Feed {
	f := &Feed{trades: max(cfg.Trades, 0), candles: max(cfg.Candles, 0), markets: map[uint16]*market{},
		orders: map[uint64]restingOrder{}, touched: map[levelKey]uint64{}}
	for _, iv := range cfg.Intervals {
		if iv > 0 && !slices.Contains(f.intervals, iv) {
			f.intervals = append(f.intervals, iv)
		}
	}
	return f
}

// DepthUpdate is what one engine input changed in one market's book.
type DepthUpdate struct {
	Market   uint16
	UpdateID uint64 // per market: the previous update of this market had UpdateID-1 (the first is 1)
	LastSeq  uint64 // the engine event seq of the last event applied
	// Changed levels, best first, with their new total quantity; Qty 0:
	// the level is gone.
	Bids, Asks []match.Level
}

// Depth is a snapshot of one market's book.
type Depth struct {
	Market   uint16
	UpdateID uint64 // the last update folded in (0: none)
	LastSeq  uint64 // the book reflects every event up to this seq
	Bids     []match.Level
	Asks     []match.Level // best first, up to n levels each
}

// LastSeq is the seq of the last event applied (0: none).
func (f *Feed) LastSeq() uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.lastSeq
}

// Apply takes the events of one engine input (one Submit, Cancel or
// CancelAll call's output, in order), all stamped with the same time
// (unix milliseconds), and returns one DepthUpdate per market whose book
// changed, in market order, each with the levels that changed (a level
// changed several times appears once, with its final quantity; one that
// ends where it began does not appear).
//
// Events whose Seq is not above LastSeq are ignored, so a replay changes
// nothing. The stream is trusted to be the engine's, but no input makes
// Apply panic: a fill of an order it never saw rest still takes its lots
// from the maker's level; a level never goes below 0 (a fill or cancel
// of more than it holds empties it); a Cancelled of an order that is not
// resting (an IOC or market order's remainder, a self-trade-prevention
// expiry of the taker) changes no level; a Rested of an order already
// resting replaces it; events with a side other than Buy or Sell, and
// fills or rests of 0 lots, change nothing.
func (f *Feed) Apply(tsMillis int64, evs []match.Event) []DepthUpdate {
	f.mu.Lock()
	defer f.mu.Unlock()
	clear(f.touched)
	applied := false
	for i := range evs {
		ev := &evs[i]
		if ev.Seq <= f.lastSeq {
			continue
		}
		f.lastSeq, applied = ev.Seq, true
		f.apply(tsMillis, ev)
	}
	if !applied || len(f.touched) == 0 {
		return nil
	}
	// the diffs: per market, the levels whose quantity changed
	byMarket := map[uint16]*DepthUpdate{}
	for k, before := range f.touched {
		m := f.markets[k.market]
		s := m.sideOf(k.side)
		now := s.qty(k.price)
		if now == before {
			continue
		}
		u := byMarket[k.market]
		if u == nil {
			u = &DepthUpdate{Market: k.market, LastSeq: f.lastSeq}
			byMarket[k.market] = u
		}
		if k.side == match.Buy {
			u.Bids = append(u.Bids, match.Level{Price: k.price, Qty: now})
		} else {
			u.Asks = append(u.Asks, match.Level{Price: k.price, Qty: now})
		}
	}
	out := make([]DepthUpdate, 0, len(byMarket))
	for _, u := range byMarket {
		bestFirst(u.Bids, true)
		bestFirst(u.Asks, false)
		out = append(out, *u)
	}
	slices.SortFunc(out, func(a, b DepthUpdate) int { return cmp.Compare(a.Market, b.Market) })
	for i := range out {
		m := f.markets[out[i].Market]
		m.updateID++
		out[i].UpdateID = m.updateID
	}
	return out
}

// apply folds one new event in.
func (f *Feed) apply(tsMillis int64, ev *match.Event) {
	if ev.Side != match.Buy && ev.Side != match.Sell {
		return
	}
	switch ev.Kind {
	case match.Rested:
		if ev.Qty == 0 {
			return
		}
		if old, ok := f.orders[ev.Order]; ok { // the engine never rests an id twice
			f.change(old.market, old.side, old.price, func(s *side) { s.sub(old.price, old.qty) })
		}
		f.change(ev.Market, ev.Side, ev.Price, func(s *side) { s.add(ev.Price, ev.Qty) })
		f.orders[ev.Order] = restingOrder{market: ev.Market, side: ev.Side, price: ev.Price, qty: ev.Qty}
	case match.Filled:
		if ev.Qty == 0 {
			return
		}
		makerSide := match.Sell
		if ev.Side == match.Sell {
			makerSide = match.Buy
		}
		f.change(ev.Market, makerSide, ev.Price, func(s *side) { s.sub(ev.Price, ev.Qty) })
		if r, ok := f.orders[ev.Maker]; ok {
			if ev.MakerLeft == 0 {
				delete(f.orders, ev.Maker)
			} else {
				r.qty -= min(r.qty, ev.Qty)
				f.orders[ev.Maker] = r
			}
		}
		f.trade(tsMillis, ev)
	case match.Cancelled:
		r, ok := f.orders[ev.Order]
		if !ok { // it never rested: no level holds it
			return
		}
		delete(f.orders, ev.Order)
		f.change(r.market, r.side, r.price, func(s *side) { s.sub(r.price, ev.Qty) })
	}
}

// change applies fn to a level's side, remembering the level's quantity
// before the input's first change of it.
func (f *Feed) change(mk uint16, sd match.Side, price uint64, fn func(*side)) {
	m := f.market(mk)
	s := m.sideOf(sd)
	k := levelKey{market: mk, side: sd, price: price}
	if _, ok := f.touched[k]; !ok {
		f.touched[k] = s.qty(price)
	}
	fn(s)
}

// market is market mk's state, made on its first event.
func (f *Feed) market(mk uint16) *market {
	m := f.markets[mk]
	if m == nil {
		m = &market{bids: side{bids: true}, candles: make([][]Candle, len(f.intervals))}
		f.markets[mk] = m
	}
	return m
}

func (m *market) sideOf(s match.Side) *side {
	if s == match.Buy {
		return &m.bids
	}
	return &m.asks
}

// Depth is up to n levels of each side of a market's book, best first
// (a market it has seen no event of has none).
func (f *Feed) Depth(mk uint16, n int) Depth {
	f.mu.RLock()
	defer f.mu.RUnlock()
	d := Depth{Market: mk, LastSeq: f.lastSeq}
	if m := f.markets[mk]; m != nil {
		d.UpdateID = m.updateID
		d.Bids, d.Asks = m.bids.top(n), m.asks.top(n)
	}
	return d
}
