package marketdata

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/zkrollup/zkrollup/match"
)

// errGap: an update's id is not the one after the client's.
var errGap = errors.New("depth update gap: rebuild from a snapshot")

// client is an API client's copy of one market's book, built only from a
// Depth snapshot and the DepthUpdates after it (maps, not the feed's
// code).
type client struct {
	market     uint16
	id         uint64
	bids, asks map[uint64]uint64
}

func newClient(d Depth) *client {
	c := &client{market: d.Market, id: d.UpdateID, bids: map[uint64]uint64{}, asks: map[uint64]uint64{}}
	for _, l := range d.Bids {
		c.bids[l.Price] = l.Qty
	}
	for _, l := range d.Asks {
		c.asks[l.Price] = l.Qty
	}
	return c
}

// apply folds an update in: one the snapshot already holds is skipped,
// one that is not the next is a gap.
func (c *client) apply(u DepthUpdate) error {
	switch {
	case u.Market != c.market:
		return fmt.Errorf("update of market %d given to the client of %d", u.Market, c.market)
	case u.UpdateID <= c.id:
		return nil
	case u.UpdateID != c.id+1:
		return fmt.Errorf("%w: have %d, got %d", errGap, c.id, u.UpdateID)
	}
	c.id = u.UpdateID
	for _, x := range []struct {
		lv []match.Level
		m  map[uint64]uint64
	}{{u.Bids, c.bids}, {u.Asks, c.asks}} {
		for _, l := range x.lv {
			if l.Qty == 0 {
				delete(x.m, l.Price)
			} else {
				x.m[l.Price] = l.Qty
			}
		}
	}
	return nil
}

// levels is the client's book, best first.
func (c *client) levels() (bids, asks []match.Level) {
	for p, q := range c.bids {
		bids = append(bids, match.Level{Price: p, Qty: q})
	}
	for p, q := range c.asks {
		asks = append(asks, match.Level{Price: p, Qty: q})
	}
	slices.SortFunc(bids, func(a, b match.Level) int { return cmp.Compare(b.Price, a.Price) })
	slices.SortFunc(asks, func(a, b match.Level) int { return cmp.Compare(a.Price, b.Price) })
	return bids, asks
}

// sameBook reports whether the client's book is d's levels.
func (c *client) sameBook(d Depth) error {
	bids, asks := c.levels()
	if !slices.Equal(bids, d.Bids) || !slices.Equal(asks, d.Asks) {
		return fmt.Errorf("client's book (update %d) bids %v asks %v, feed's (update %d) bids %v asks %v", c.id, bids, asks,
			d.UpdateID, d.Bids, d.Asks)
	}
	return nil
}
