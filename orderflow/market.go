package orderflow

import (
	"errors"
	"fmt"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Market is a listed token pair. The engine trades integer lots at
// integer tick prices; on L2 a lot is LotSize base units and one tick
// of price is TickSize quote units per lot.
type Market struct {
	ID           uint16 `json:"id"`
	Symbol       string `json:"symbol"` // "ETH/DUSD"
	Base         uint16 `json:"base"`
	Quote        uint16 `json:"quote"`
	LotSize      uint64 `json:"lotSize"`  // base units per lot
	TickSize     uint64 `json:"tickSize"` // quote units per lot per tick
	TakerFeeBips uint8  `json:"takerFeeBips"`
	MakerFeeBips uint8  `json:"makerFeeBips"`
	MaxPrice     uint64 `json:"maxPrice"` // ticks
	MaxQty       uint64 `json:"maxQty"`   // lots
}

// Errors of a market or of an order that does not fit one.
var (
	ErrBadMarket       = errors.New("bad market listing")
	ErrUnknownMarket   = errors.New("no such market")
	ErrNotThisMarket   = errors.New("the order does not trade this market's pair: a sell order sells the base token for the quote token, a buy order (with the buy flag) buys the base token with the quote token")
	ErrNotLots         = errors.New("the order's base amount is not a whole number of lots")
	ErrNotTicks        = errors.New("the order's price is not a whole number of ticks")
	ErrOutOfBounds     = errors.New("the order's price or quantity is outside the market's bounds")
	ErrFeeCapTooLow    = errors.New("the order's maximum fee is below the market's fee")
	ErrSlotInUse       = errors.New("the order slot holds an order the exchange took: place the order in a free slot")
	ErrNotFresh        = errors.New("an exchange order starts a new generation of its slot")
	ErrExchangeStopped = errors.New("the exchange is not running")
	ErrAlreadyPlaced   = errors.New("the order was placed already (the exchange is done with it, or it was placed over 90 s ago): sign a new order")
)

// fillMant bounds a fill's mantissa (rollup.PackFill: 27 bits).
const fillMant = 1<<27 - 1

// mantissa strips v's factors of ten.
func mantissa(v uint64) uint64 {
	for v != 0 && v%10 == 0 {
		v /= 10
	}
	return v
}

// Check reports a listing that cannot settle: every fill must split into
// trades whose packed fills are exact (PackFill's 27-bit mantissa), in
// at most maxChunks pieces, and fees fit an order's cap.
func (m *Market) Check() error {
	switch {
	case m.Base == m.Quote:
		return fmt.Errorf("%w: market %d trades token %d against itself", ErrBadMarket, m.ID, m.Base)
	case m.LotSize == 0 || m.TickSize == 0 || m.MaxPrice == 0 || m.MaxQty == 0:
		return fmt.Errorf("%w: market %d: lot size, tick size and the bounds must be positive", ErrBadMarket, m.ID)
	case mantissa(m.LotSize) > fillMant || mantissa(m.TickSize) > fillMant/m.MaxPrice:
		return fmt.Errorf("%w: market %d: a lot (%d) or a lot at the highest price (%d ticks of %d) does not pack into a fill",
			ErrBadMarket, m.ID, m.LotSize, m.MaxPrice, m.TickSize)
	case m.MaxQty > 1<<posFillBits:
		return fmt.Errorf("%w: market %d: at most %d lots an order (a fill's number within an input has 20 bits)", ErrBadMarket, m.ID, 1<<posFillBits)
	case m.MaxQty/m.chunk(m.MaxPrice)+min(1, m.MaxQty%m.chunk(m.MaxPrice)) > maxChunks:
		return fmt.Errorf("%w: market %d: a fill of %d lots at %d ticks needs more than %d trades; lower the bounds",
			ErrBadMarket, m.ID, m.MaxQty, m.MaxPrice, maxChunks)
	}
	// the largest amounts of an order must stay below 2^120 (rollup)
	if _, _, err := m.amounts(m.MaxPrice, m.MaxQty); err != nil {
		return fmt.Errorf("%w: market %d: %v", ErrBadMarket, m.ID, err)
	}
	return nil
}

// maxChunks bounds the trades one fill settles as (a position's chunk
// field, 16 bits).
const maxChunks = 1 << 12

// chunk is the most lots one trade settles at price: both packed fills
// (lots·LotSize and lots·price·TickSize) exact.
func (m *Market) chunk(price uint64) uint64 {
	a := fillMant / mantissa(m.LotSize)
	b := fillMant / (price * mantissa(m.TickSize))
	return max(1, min(a, b))
}

// amounts is what qty lots at price are on L2: base and quote units.
func (m *Market) amounts(price, qty uint64) (base, quote num.U128, err error) {
	base, of1 := num.FromUint64(qty).MulUint64(m.LotSize)
	q, of2 := num.FromUint64(qty).MulUint64(price)
	quote, of3 := q.MulUint64(m.TickSize)
	limit := num.FromUint64(1)
	for range 120 {
		limit, _ = limit.MulUint64(2)
	}
	if of1 || of2 || of3 || base.Cmp(limit) >= 0 || quote.Cmp(limit) >= 0 {
		return base, quote, fmt.Errorf("%w: %d lots at %d ticks", ErrOutOfBounds, qty, price)
	}
	return base, quote, nil
}

// engineMarket is the engine's view: amounts in lots and tick-lots, no
// fees (fees are taken on L2, by each SpotTrade).
func (m *Market) engineMarket() match.Market {
	return match.Market{ID: m.ID, Base: m.Base, Quote: m.Quote, LotSize: 1, TickSize: 1, MaxPrice: m.MaxPrice, MaxQty: m.MaxQty}
}

// EngineSide reads a signed order as the engine's side, price (ticks)
// and quantity (lots) in this market.
func (m *Market) EngineSide(o *rollup.Order) (side match.Side, price, qty uint64, err error) {
	sell, err := o.AmountSell.Value()
	if err != nil {
		return 0, 0, 0, err
	}
	buy, err := o.AmountBuy.Value()
	if err != nil {
		return 0, 0, 0, err
	}
	var base, quote num.U128
	switch {
	case o.TokenSell == m.Base && o.TokenBuy == m.Quote && !o.Buy:
		side, base, quote = match.Sell, sell, buy
	case o.TokenSell == m.Quote && o.TokenBuy == m.Base && o.Buy:
		side, base, quote = match.Buy, buy, sell
	default:
		return 0, 0, 0, fmt.Errorf("%w %s (tokens %d/%d)", ErrNotThisMarket, m.Symbol, m.Base, m.Quote)
	}
	lots, rem := base.DivModUint64(m.LotSize)
	q, ok := lots.Uint64()
	switch {
	case rem != 0:
		return 0, 0, 0, fmt.Errorf("%w: %s base units, a lot is %d", ErrNotLots, base, m.LotSize)
	case !ok || q == 0 || q > m.MaxQty:
		return 0, 0, 0, fmt.Errorf("%w: %s lots (at most %d)", ErrOutOfBounds, lots, m.MaxQty)
	}
	ticks, rem := quote.DivModUint64(m.TickSize)
	perLot, rem2 := ticks.DivModUint64(q)
	p, ok := perLot.Uint64()
	switch {
	case rem != 0 || rem2 != 0:
		return 0, 0, 0, fmt.Errorf("%w: %s quote units for %d lots, a tick is %d a lot", ErrNotTicks, quote, q, m.TickSize)
	case !ok || p == 0 || p > m.MaxPrice:
		return 0, 0, 0, fmt.Errorf("%w: price %s ticks (at most %d)", ErrOutOfBounds, perLot, m.MaxPrice)
	}
	if o.MaxFeeBips < max(m.TakerFeeBips, m.MakerFeeBips) {
		return 0, 0, 0, fmt.Errorf("%w: it pays at most %d bips, %s takes %d (taker) and %d (maker)",
			ErrFeeCapTooLow, o.MaxFeeBips, m.Symbol, m.TakerFeeBips, m.MakerFeeBips)
	}
	return side, p, q, nil
}

// Trades are the SpotTrades settling a fill of qty lots at price between
// taker and maker: one per chunk of lots whose packed fills are exact.
func (m *Market) Trades(taker, maker *rollup.Order, takerSide match.Side, price, qty uint64) ([]*rollup.SpotTrade, error) {
	var out []*rollup.SpotTrade
	step := m.chunk(price)
	for left := qty; left > 0; {
		c := min(step, left)
		left -= c
		base, quote, err := m.amounts(price, c)
		if err != nil {
			return nil, err
		}
		b, err := rollup.PackFill(base)
		if err != nil {
			return nil, err
		}
		q, err := rollup.PackFill(quote)
		if err != nil {
			return nil, err
		}
		t := &rollup.SpotTrade{Taker: *taker, Maker: *maker, TakerFill: b, MakerFill: q,
			TakerFeeBips: m.TakerFeeBips, MakerFeeBips: m.MakerFeeBips}
		if takerSide == match.Buy { // the taker sells quote
			t.TakerFill, t.MakerFill = q, b
		}
		out = append(out, t)
	}
	return out, nil
}

// listing checks markets and indexes them by id (a copy each).
func listing(markets []Market) (map[uint16]*Market, error) {
	out := make(map[uint16]*Market, len(markets))
	for i := range markets {
		m := markets[i]
		if err := m.Check(); err != nil {
			return nil, err
		}
		if _, dup := out[m.ID]; dup {
			return nil, fmt.Errorf("%w: market %d listed twice", ErrBadMarket, m.ID)
		}
		out[m.ID] = &m
	}
	return out, nil
}
