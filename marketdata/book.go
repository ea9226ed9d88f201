package marketdata

import (
	"cmp"
	"math"
	"slices"

	"github.com/zkrollup/zkrollup/match"
)

// side is one side of a market's book: its levels by ascending price,
// every one with a quantity above 0.
type side struct {
	lv   []match.Level
	bids bool // best is the highest price (else the lowest)
}

func (s *side) find(price uint64) (int, bool) {
	return slices.BinarySearchFunc(s.lv, price, func(l match.Level, p uint64) int { return cmp.Compare(l.Price, p) })
}

// qty is the quantity at price (0: no level).
func (s *side) qty(price uint64) uint64 {
	if i, ok := s.find(price); ok {
		return s.lv[i].Qty
	}
	return 0
}

// add puts q more lots at price, saturating at the largest uint64 (the
// engine's levels cannot reach it).
func (s *side) add(price, q uint64) {
	if q == 0 {
		return
	}
	i, ok := s.find(price)
	if !ok {
		s.lv = slices.Insert(s.lv, i, match.Level{Price: price, Qty: q})
		return
	}
	if s.lv[i].Qty > math.MaxUint64-q {
		s.lv[i].Qty = math.MaxUint64
		return
	}
	s.lv[i].Qty += q
}

// sub takes q lots from price, at most what is there (a stream the
// engine did not write could ask for more: the level just goes), and
// removes an emptied level.
func (s *side) sub(price, q uint64) {
	i, ok := s.find(price)
	if !ok || q == 0 {
		return
	}
	if s.lv[i].Qty <= q {
		s.lv = slices.Delete(s.lv, i, i+1)
		return
	}
	s.lv[i].Qty -= q
}

// top is up to n levels, best first.
func (s *side) top(n int) []match.Level {
	n = min(n, len(s.lv))
	if n <= 0 {
		return nil
	}
	out := make([]match.Level, n)
	if s.bids {
		for k := range n {
			out[k] = s.lv[len(s.lv)-1-k]
		}
	} else {
		copy(out, s.lv[:n])
	}
	return out
}

// bestFirst sorts levels of one side best first.
func bestFirst(lv []match.Level, bids bool) {
	slices.SortFunc(lv, func(a, b match.Level) int {
		if bids {
			return cmp.Compare(b.Price, a.Price)
		}
		return cmp.Compare(a.Price, b.Price)
	})
}
