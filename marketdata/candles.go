package marketdata

import (
	"cmp"
	"fmt"
	"slices"
)

// Candle is one interval's trades. Only intervals with trades have one.
type Candle struct {
	Start                  int64  // unix seconds, a multiple of the interval
	Open, High, Low, Close uint64 // ticks
	Volume                 uint64 // lots, saturating at the largest uint64
	QuoteVolume            uint64 // price·qty summed (ticks·lots), saturating at the largest uint64
	Trades                 uint64
}

// addFill folds a fill into the candle that starts at start, making it
// if need be, and keeps the last keep candles. Fills come in time order
// in practice; one whose time went back goes into its own candle still,
// unless that candle is older than every one kept.
func addFill(cs []Candle, start int64, price, qty uint64, keep int) []Candle {
	if keep <= 0 {
		return cs
	}
	n := len(cs)
	i, found := n-1, n > 0 && cs[n-1].Start == start
	if !found && n > 0 && start < cs[n-1].Start {
		i, found = slices.BinarySearchFunc(cs, start, func(c Candle, s int64) int { return cmp.Compare(c.Start, s) })
	} else if !found {
		i = n
	}
	if !found {
		cs = slices.Insert(cs, i, Candle{Start: start, Open: price, High: price, Low: price})
		if len(cs) > keep { // drop the oldest: reslicing, append reallocates in time
			cs = cs[len(cs)-keep:]
			if i -= n + 1 - len(cs); i < 0 { // it was older than every one kept
				return cs
			}
		}
	}
	c := &cs[i]
	c.High, c.Low, c.Close = max(c.High, price), min(c.Low, price), price
	c.Volume = addSat(c.Volume, qty)
	c.QuoteVolume = addSat(c.QuoteVolume, mulSat(price, qty))
	c.Trades++
	return cs
}

// Candles is a market's last n candles of an interval, oldest first, the
// current one (the one that still takes fills) included; at most
// Config.Candles are kept.
func (f *Feed) Candles(mk uint16, interval int64, n int) ([]Candle, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	k := slices.Index(f.intervals, interval)
	if k < 0 {
		return nil, fmt.Errorf("%w: %d s (configured: %v)", ErrUnknownInterval, interval, f.intervals)
	}
	m := f.markets[mk]
	if m == nil || n <= 0 {
		return nil, nil
	}
	cs := m.candles[k]
	return slices.Clone(cs[len(cs)-min(n, len(cs)):]), nil
}
