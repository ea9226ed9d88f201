package marketdata

import (
	"math"
	"math/bits"

	"github.com/zkrollup/zkrollup/match"
)

// Trade is one fill.
type Trade struct {
	Seq        uint64 // the fill event's seq
	Time       int64  // unix ms
	Market     uint16
	Price, Qty uint64 // ticks, lots
	TakerSide  match.Side
	TakerOrder uint64
	MakerOrder uint64
}

// tradeRing keeps the last cap trades: buf fills up to cap, then pos is
// where the next one goes (the oldest).
type tradeRing struct {
	buf []Trade
	pos int
}

func (r *tradeRing) push(t Trade, capacity int) {
	if capacity <= 0 {
		return
	}
	if len(r.buf) < capacity {
		r.buf = append(r.buf, t)
		return
	}
	r.buf[r.pos] = t
	r.pos = (r.pos + 1) % len(r.buf)
}

// newest is up to n trades, newest first.
func (r *tradeRing) newest(n int) []Trade {
	n = min(n, len(r.buf))
	if n <= 0 {
		return nil
	}
	out := make([]Trade, n)
	last := r.pos - 1 + len(r.buf) // the newest, modulo len
	for k := range out {
		out[k] = r.buf[(last-k)%len(r.buf)]
	}
	return out
}

// trade records fill ev at tsMillis: in the market's trades and in
// each interval's candle.
func (f *Feed) trade(tsMillis int64, ev *match.Event) {
	m := f.market(ev.Market)
	m.trades.push(Trade{Seq: ev.Seq, Time: tsMillis, Market: ev.Market, Price: ev.Price, Qty: ev.Qty, TakerSide: ev.Side,
		TakerOrder: ev.Order, MakerOrder: ev.Maker}, f.trades)
	sec := floorDiv(tsMillis, 1000)
	for i, iv := range f.intervals {
		m.candles[i] = addFill(m.candles[i], floorDiv(sec, iv)*iv, ev.Price, ev.Qty, f.candles)
	}
}

// Trades is up to n of a market's recent trades, newest first (at most
// Config.Trades are kept).
func (f *Feed) Trades(mk uint16, n int) []Trade {
	f.mu.RLock()
	defer f.mu.RUnlock()
	m := f.markets[mk]
	if m == nil {
		return nil
	}
	return m.trades.newest(n)
}

// floorDiv is a/b rounded down (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

func addSat(a, b uint64) uint64 {
	s, c := bits.Add64(a, b, 0)
	if c != 0 {
		return math.MaxUint64
	}
	return s
}

func mulSat(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return math.MaxUint64
	}
	return lo
}
