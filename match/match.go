// Package match is the exchange's matching engine (issue 18): one order
// book per market, price-time priority, integer ticks and lots, LIMIT
// (good till cancelled), MARKET, IOC, FOK, post-only, cancel, cancel-all,
// self-trade prevention, fills at the maker's price, and a ledger that
// freezes what open orders can take, so funds for a new order are net of
// the account's open orders. It does no I/O and reads no clock: the same
// input sequence gives the same events, byte for byte (Event.Append).
//
// Units: a market trades Base for Quote. Quantities are lots of
// Market.LotSize base units; prices are ticks of Market.TickSize quote
// units per lot. The ledger holds each token in its own units (uint64).
package match

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// Side of an order.
type Side uint8

// Sides.
const (
	Buy  Side = 1
	Sell Side = 2
)

// Kind of an order.
type Kind uint8

// Order kinds.
const (
	LimitOrder  Kind = 1 // rests at its price; with TIF IOC or FOK it never rests
	MarketOrder Kind = 2 // takes what the book has now, never rests
)

// TIF is a limit order's time in force.
type TIF uint8

// Times in force.
const (
	GTC TIF = 0 // good till cancelled
	IOC TIF = 1 // immediate or cancel: what does not fill now is cancelled
	FOK TIF = 2 // fill or kill: fills completely now or not at all
)

// STP is what happens when a taker would trade with an order of its own
// account (the taker's choice).
type STP uint8

// Self-trade prevention modes.
const (
	ExpireTaker STP = 0 // the taker's remainder is cancelled
	ExpireMaker STP = 1 // the resting order is cancelled and matching goes on
	ExpireBoth  STP = 2 // both
)

// Order is a request to the engine. IDs increase (the order's sequence
// number in the ordered stream that feeds the engine).
type Order struct {
	ID       uint64
	Account  uint32
	Market   uint16
	Side     Side
	Kind     Kind
	TIF      TIF
	PostOnly bool
	STP      STP
	Price    uint64 // ticks; a market order's is ignored
	Qty      uint64 // lots
}

// Market is a token pair.
type Market struct {
	ID               uint16
	Base, Quote      uint16 // token ids
	LotSize          uint64 // base units per lot
	TickSize         uint64 // quote units per lot per tick
	MaxPrice, MaxQty uint64 // bounds of a price and a quantity (0: no bound)
}

// Errors (Event.Reason of a rejection).
var (
	ErrUnknownMarket   = errors.New("unknown market")
	ErrDuplicateID     = errors.New("order id not above the last order's (ids are the stream's increasing sequence numbers)")
	ErrBadOrder        = errors.New("malformed order: side, kind, time in force, price or quantity")
	ErrFunds           = errors.New("balance, net of open orders, does not cover the order")
	ErrWouldCross      = errors.New("post-only order would take liquidity")
	ErrCannotFill      = errors.New("fill-or-kill order cannot fill completely")
	ErrUnknownOrder    = errors.New("no open order with that id")
	ErrOverflow        = errors.New("amount overflows 64 bits")
	ErrDuplicateMarket = errors.New("market already listed")
)

// resting is an order in a book.
type resting struct {
	id         uint64
	account    uint32
	market     uint16
	side       Side
	price, qty uint64
	prev, next int32 // in its level's queue; -1 at the ends
	lvl        int32 // its level in the engine's level slab
}

// level is the queue of orders at one price.
type level struct {
	price      uint64
	head, tail int32
	qty        uint64 // total resting lots
}

// priceLevel is an active price of a book side and its level.
type priceLevel struct {
	price uint64
	lvl   int32
}

// bookSide is one side of a book: its active prices, sorted so that the
// best is last (asks descending, bids ascending).
type bookSide struct {
	prices []priceLevel
	bids   bool
}

// better reports whether a is a better price than b for a taker.
func (s *bookSide) better(a, b uint64) bool {
	if s.bids {
		return a > b
	}
	return a < b
}

// find is where price is, or would be inserted, in s.prices.
func (s *bookSide) find(price uint64) (int, bool) {
	return slices.BinarySearchFunc(s.prices, price, func(pl priceLevel, p uint64) int {
		switch {
		case pl.price == p:
			return 0
		case s.better(pl.price, p): // better sorts later
			return 1
		}
		return -1
	})
}

// book is one market's.
type book struct {
	m                    Market
	base, quote          int // the tokens' ledger indices
	bids, asks           bookSide
	takerBips, makerBips uint16 // fee rates, in basis points of what each side receives
	feeAccount           uint32
}

// funds is one account's funds in one token.
type funds struct{ avail, frozen uint64 }

// idPage is how many order ids one page of the id index covers.
const idPage = 1 << 12

// Engine holds the books and the ledger. Its indices are slices, not
// maps: order ids (increasing, as the stream's sequence numbers are) index
// pages of slab positions, accounts index each token's funds.
type Engine struct {
	books  map[uint16]*book // per market: looked up once per message
	orders []resting        // slab; freed entries are reused
	free   []int32
	levels []level // slab of price levels
	freeLv []int32
	pages  [][]int32 // open orders: pages[id/idPage-pageBase][id%idPage] = slab index + 1
	base   uint64    // the page of pages[0]
	open   int       // open orders
	lastID uint64    // ids must increase
	tokens map[uint16]int
	funds  [][]*[fundsPage]funds // [token index][account / fundsPage][account % fundsPage]
	seq    uint64                // events emitted
}

// fundsPage is how many accounts one page of a token's funds holds.
const fundsPage = 1 << 12

// MaxAccount bounds account ids (the rollup's account tree is at most 24
// deep).
const MaxAccount = 1<<24 - 1

// New returns an engine with no markets and no funds.
func New() *Engine {
	return &Engine{books: map[uint16]*book{}, tokens: map[uint16]int{}}
}

// AddMarket lists a market.
func (e *Engine) AddMarket(m Market) error {
	if _, ok := e.books[m.ID]; ok {
		return fmt.Errorf("%w: %d", ErrDuplicateMarket, m.ID)
	}
	if m.Base == m.Quote || m.LotSize == 0 || m.TickSize == 0 {
		return fmt.Errorf("market %d: base %d, quote %d, lot %d, tick %d: %w", m.ID, m.Base, m.Quote, m.LotSize, m.TickSize, ErrBadOrder)
	}
	e.books[m.ID] = &book{m: m, base: e.tokenIndex(m.Base), quote: e.tokenIndex(m.Quote), bids: bookSide{bids: true}}
	return nil
}

func (e *Engine) tokenIndex(token uint16) int {
	i, ok := e.tokens[token]
	if !ok {
		i = len(e.funds)
		e.tokens[token] = i
		e.funds = append(e.funds, nil)
	}
	return i
}

// fundsOf is an account's funds in the token of ledger index tok (the
// caller has checked account <= MaxAccount).
func (e *Engine) fundsOf(account uint32, tok int) *funds {
	p := int(account / fundsPage)
	f := e.funds[tok]
	for p >= len(f) {
		f = append(f, nil)
	}
	e.funds[tok] = f
	if f[p] == nil {
		f[p] = new([fundsPage]funds)
	}
	return &f[p][account%fundsPage]
}

// Deposit credits an account's available funds (what L2 says it holds
// for trading).
func (e *Engine) Deposit(account uint32, token uint16, amount uint64) error {
	if account > MaxAccount {
		return ErrBadOrder
	}
	f := e.fundsOf(account, e.tokenIndex(token))
	v, c := bits.Add64(f.avail, amount, 0)
	if c != 0 {
		return ErrOverflow
	}
	f.avail = v
	return nil
}

// Withdraw debits available funds (not frozen ones).
func (e *Engine) Withdraw(account uint32, token uint16, amount uint64) error {
	if account > MaxAccount {
		return ErrBadOrder
	}
	f := e.fundsOf(account, e.tokenIndex(token))
	if f.avail < amount {
		return ErrFunds
	}
	f.avail -= amount
	return nil
}

// Balance is an account's available and frozen funds in a token.
func (e *Engine) Balance(account uint32, token uint16) (avail, frozen uint64) {
	i, ok := e.tokens[token]
	if !ok || int(account/fundsPage) >= len(e.funds[i]) || e.funds[i][account/fundsPage] == nil {
		return 0, 0
	}
	f := e.funds[i][account/fundsPage][account%fundsPage]
	return f.avail, f.frozen
}

// maxSpan bounds how far apart the ids of open orders may be, in pages
// (2^36 ids: the id index stays a few hundred MB at worst).
const maxSpan = 1 << 24

// slot is the slab index of open order id, or -1.
func (e *Engine) slot(id uint64) int32 {
	p := id / idPage
	if p < e.base || p-e.base >= uint64(len(e.pages)) || e.pages[p-e.base] == nil {
		return -1
	}
	return e.pages[p-e.base][id%idPage] - 1
}

// fits reports whether id can be indexed beside the open orders.
func (e *Engine) fits(id uint64) bool {
	return e.open == 0 || (id/idPage >= e.base && id/idPage-e.base < maxSpan)
}

// setSlot indexes open order id at slab index i (-1: no longer open);
// the caller has checked fits(id) for a new one.
func (e *Engine) setSlot(id uint64, i int32) {
	p := id / idPage
	if i < 0 {
		e.pages[p-e.base][id%idPage] = 0
		e.open--
		return
	}
	if e.open == 0 {
		e.pages, e.base = e.pages[:0], p
	}
	for p-e.base >= uint64(len(e.pages)) {
		e.pages = append(e.pages, nil)
	}
	if e.pages[p-e.base] == nil {
		e.pages[p-e.base] = make([]int32, idPage)
	}
	e.pages[p-e.base][id%idPage] = i + 1
	e.open++
}

// mul is a·b, or ErrOverflow.
func mul(a, b uint64) (uint64, error) {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return 0, ErrOverflow
	}
	return lo, nil
}

// cost is what qty lots take from the account (the token's ledger index
// and the amount): quote at price for a buy, base for a sell.
func (b *book) cost(side Side, price, qty uint64) (int, uint64, error) {
	if side == Sell {
		v, err := mul(qty, b.m.LotSize)
		return b.base, v, err
	}
	pq, err := mul(price, qty)
	if err != nil {
		return b.quote, 0, err
	}
	v, err := mul(pq, b.m.TickSize)
	return b.quote, v, err
}

func (b *book) sideOf(s Side) *bookSide {
	if s == Buy {
		return &b.bids
	}
	return &b.asks
}

func (b *book) opposite(s Side) *bookSide {
	if s == Buy {
		return &b.asks
	}
	return &b.bids
}

// crosses reports whether a taker at price would trade at level price p.
func crosses(side Side, price, p uint64) bool {
	if side == Buy {
		return p <= price
	}
	return p >= price
}

func (e *Engine) newResting(r resting) int32 {
	if n := len(e.free); n > 0 {
		i := e.free[n-1]
		e.free = e.free[:n-1]
		e.orders[i] = r
		return i
	}
	e.orders = append(e.orders, r)
	return int32(len(e.orders) - 1)
}

// best is the side's best level, or nil.
func (e *Engine) best(s *bookSide) *level {
	if len(s.prices) == 0 {
		return nil
	}
	return &e.levels[s.prices[len(s.prices)-1].lvl]
}

// rest puts order i at the tail of its level.
func (e *Engine) rest(b *book, i int32) {
	o := &e.orders[i]
	s := b.sideOf(o.side)
	at, found := s.find(o.price)
	var li int32
	if found {
		li = s.prices[at].lvl
	} else {
		lv := level{price: o.price, head: -1, tail: -1}
		if n := len(e.freeLv); n > 0 {
			li = e.freeLv[n-1]
			e.freeLv = e.freeLv[:n-1]
			e.levels[li] = lv
		} else {
			e.levels = append(e.levels, lv)
			li = int32(len(e.levels) - 1)
		}
		s.prices = slices.Insert(s.prices, at, priceLevel{price: o.price, lvl: li})
	}
	lv := &e.levels[li]
	o.lvl, o.prev, o.next = li, lv.tail, -1
	if lv.tail >= 0 {
		e.orders[lv.tail].next = i
	} else {
		lv.head = i
	}
	lv.tail = i
	lv.qty += o.qty
	e.setSlot(o.id, i)
}

// unlink takes order i out of its level (removing an emptied level) and
// frees it.
func (e *Engine) unlink(b *book, i int32) {
	o := &e.orders[i]
	lv := &e.levels[o.lvl]
	if o.prev >= 0 {
		e.orders[o.prev].next = o.next
	} else {
		lv.head = o.next
	}
	if o.next >= 0 {
		e.orders[o.next].prev = o.prev
	} else {
		lv.tail = o.prev
	}
	lv.qty -= o.qty
	if lv.head < 0 {
		s := b.sideOf(o.side)
		if n := len(s.prices); n > 0 && s.prices[n-1].price == o.price {
			s.prices = s.prices[:n-1]
		} else if at, found := s.find(o.price); found {
			s.prices = slices.Delete(s.prices, at, at+1)
		}
		e.freeLv = append(e.freeLv, o.lvl)
	}
	e.setSlot(o.id, -1)
	e.free = append(e.free, i)
}

// EventKind says what happened.
type EventKind uint8

// Event kinds.
const (
	Accepted  EventKind = 1 // the order passed every check (its funds frozen)
	Rejected  EventKind = 2 // refused: nothing changed (Reason)
	Filled    EventKind = 3 // a trade: Order the taker, Maker the resting order, at Price (the maker's) for Qty
	Rested    EventKind = 4 // the order's remainder rests in the book at Price
	Cancelled EventKind = 5 // Qty lots of Order left the book or were never matched (Reason)
)

// Cancel reasons.
const (
	ByUser    uint8 = 1 // Cancel or CancelAll
	Remainder uint8 = 2 // an IOC or market order's unfilled rest
	SelfTrade uint8 = 3 // self-trade prevention
	NoFunds   uint8 = 4 // a market buy ran out of funds
)

// Event is one outcome. Seq numbers every event the engine emitted.
type Event struct {
	Seq          uint64
	Kind         EventKind
	Reason       uint8 // a cancel reason; for a rejection, the index of its error in Errors
	Side         Side  // the order's (a fill: the taker's)
	Market       uint16
	Order        uint64
	Account      uint32
	Maker        uint64
	MakerAccount uint32
	Price, Qty   uint64
	TakerLeft    uint64 // a fill: what the taker has left to match
	MakerLeft    uint64 // a fill: what the maker has left in the book
	TakerFee     uint64 // a fill: in what the taker receives
	MakerFee     uint64
}

// Errors lists the rejection errors; Event.Reason of a rejection is an
// index into it.
var Errors = []error{nil, ErrUnknownMarket, ErrDuplicateID, ErrBadOrder, ErrFunds, ErrWouldCross, ErrCannotFill, ErrUnknownOrder, ErrOverflow}

// EventSize is the length of Event.Append's encoding.
const EventSize = 8 + 1 + 1 + 1 + 2 + 8 + 4 + 8 + 4 + 8*7

// Append appends the event's fixed-size big-endian encoding.
func (ev *Event) Append(b []byte) []byte {
	b = be64(b, ev.Seq)
	b = append(b, byte(ev.Kind), ev.Reason, byte(ev.Side), byte(ev.Market>>8), byte(ev.Market))
	b = be64(b, ev.Order)
	b = be32(b, ev.Account)
	b = be64(b, ev.Maker)
	b = be32(b, ev.MakerAccount)
	for _, v := range []uint64{ev.Price, ev.Qty, ev.TakerLeft, ev.MakerLeft, ev.TakerFee, ev.MakerFee} {
		b = be64(b, v)
	}
	return be64(b, 0) // reserved
}

// ErrBadEvent is an encoding DecodeEvent refuses.
var ErrBadEvent = errors.New("malformed engine event")

// DecodeEvent reads Append's encoding (exactly EventSize bytes, the
// reserved word zero, a known kind and side).
func DecodeEvent(b []byte) (Event, error) {
	if len(b) != EventSize {
		return Event{}, fmt.Errorf("%w: %d bytes", ErrBadEvent, len(b))
	}
	u64 := func(i int) uint64 { return binary.BigEndian.Uint64(b[i:]) }
	ev := Event{Seq: u64(0), Kind: EventKind(b[8]), Reason: b[9], Side: Side(b[10]), Market: binary.BigEndian.Uint16(b[11:]),
		Order: u64(13), Account: binary.BigEndian.Uint32(b[21:]), Maker: u64(25), MakerAccount: binary.BigEndian.Uint32(b[33:]),
		Price: u64(37), Qty: u64(45), TakerLeft: u64(53), MakerLeft: u64(61), TakerFee: u64(69), MakerFee: u64(77)}
	if ev.Kind < Accepted || ev.Kind > Cancelled || ev.Side > Sell || u64(85) != 0 {
		return Event{}, fmt.Errorf("%w: kind %d, side %d", ErrBadEvent, ev.Kind, ev.Side)
	}
	return ev, nil
}

func be64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be32(b []byte, v uint32) []byte { return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v)) }

func (e *Engine) emit(out []Event, ev Event) []Event {
	e.seq++
	ev.Seq = e.seq
	return append(out, ev)
}

func reasonOf(err error) uint8 {
	for i, x := range Errors {
		if x != nil && errors.Is(err, x) {
			return uint8(i)
		}
	}
	return 0
}

func (e *Engine) reject(out []Event, o *Order, err error) []Event {
	return e.emit(out, Event{Kind: Rejected, Reason: reasonOf(err), Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account,
		Price: o.Price, Qty: o.Qty})
}

// Fees sets the market's fee rates (basis points of what each side
// receives) and the account they are credited to.
func (e *Engine) Fees(market uint16, takerBips, makerBips uint16, feeAccount uint32) error {
	b, ok := e.books[market]
	if !ok {
		return ErrUnknownMarket
	}
	if takerBips > 10_000 || makerBips > 10_000 || feeAccount > MaxAccount {
		return ErrBadOrder
	}
	b.takerBips, b.makerBips, b.feeAccount = takerBips, makerBips, feeAccount
	return nil
}

// Submit takes an order and appends what happened to out.
func (e *Engine) Submit(o Order, out []Event) []Event {
	b, ok := e.books[o.Market]
	switch {
	case !ok:
		return e.reject(out, &o, ErrUnknownMarket)
	case o.ID <= e.lastID: // ids increase, as the stream's sequence numbers do
		return e.reject(out, &o, ErrDuplicateID)
	case (o.Side != Buy && o.Side != Sell) || o.Qty == 0 || (b.m.MaxQty > 0 && o.Qty > b.m.MaxQty) || o.STP > ExpireBoth ||
		o.Account > MaxAccount || !e.fits(o.ID):
		return e.reject(out, &o, ErrBadOrder)
	}
	switch o.Kind {
	case LimitOrder:
		if o.Price == 0 || (b.m.MaxPrice > 0 && o.Price > b.m.MaxPrice) || o.TIF > FOK || (o.PostOnly && o.TIF != GTC) {
			return e.reject(out, &o, ErrBadOrder)
		}
	case MarketOrder:
		if o.PostOnly || o.TIF != GTC {
			return e.reject(out, &o, ErrBadOrder)
		}
		o.Price = 0 // takes any price; a market buy pays from available funds as it fills
	default:
		return e.reject(out, &o, ErrBadOrder)
	}
	// funds: a limit order freezes what its whole quantity can take; a
	// market sell its base; a market buy pays from what is available as
	// it fills
	var frozenTok int
	var frozen uint64
	if o.Kind == LimitOrder || o.Side == Sell {
		tok, need, err := b.cost(o.Side, o.Price, o.Qty)
		if err != nil {
			return e.reject(out, &o, err)
		}
		if f := e.fundsOf(o.Account, tok); f.avail < need {
			return e.reject(out, &o, ErrFunds)
		}
		frozenTok, frozen = tok, need
	}
	opp := b.opposite(o.Side)
	if o.PostOnly {
		if lv := e.best(opp); lv != nil && crosses(o.Side, o.Price, lv.price) {
			return e.reject(out, &o, ErrWouldCross)
		}
	}
	if o.TIF == FOK && !e.canFill(b, &o) {
		return e.reject(out, &o, ErrCannotFill)
	}
	e.lastID = o.ID
	if frozen > 0 {
		f := e.fundsOf(o.Account, frozenTok)
		f.avail -= frozen
		f.frozen += frozen
	}
	out = e.emit(out, Event{Kind: Accepted, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Price: o.Price, Qty: o.Qty})
	left, out, stopped := e.matchOrder(b, &o, out)
	switch {
	case left == 0:
	case o.Kind == LimitOrder && o.TIF == GTC && stopped == 0:
		i := e.newResting(resting{id: o.ID, account: o.Account, market: o.Market, side: o.Side, price: o.Price, qty: left})
		e.rest(b, i)
		out = e.emit(out, Event{Kind: Rested, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Price: o.Price, Qty: left})
	default:
		if o.Kind == LimitOrder || o.Side == Sell {
			e.unfreeze(b, o.Account, o.Side, o.Price, left)
		}
		reason := Remainder
		if stopped != 0 {
			reason = stopped
		}
		out = e.emit(out, Event{Kind: Cancelled, Reason: reason, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account,
			Price: o.Price, Qty: left})
	}
	return out
}

// unfreeze returns what qty lots of an order at price had frozen.
func (e *Engine) unfreeze(b *book, account uint32, side Side, price, qty uint64) {
	tok, v, _ := b.cost(side, price, qty) // froze without overflow, so it cannot overflow now
	f := e.fundsOf(account, tok)
	f.frozen -= v
	f.avail += v
}

// canFill says whether a fill-or-kill order fills completely against the
// book as matchOrder would walk it (orders of its own account stop it,
// or are skipped under ExpireMaker).
func (e *Engine) canFill(b *book, o *Order) bool {
	opp := b.opposite(o.Side)
	need := o.Qty
	for k := len(opp.prices) - 1; k >= 0 && need > 0; k-- {
		lv := &e.levels[opp.prices[k].lvl]
		if !crosses(o.Side, o.Price, lv.price) {
			break
		}
		for i := lv.head; i >= 0; i = e.orders[i].next {
			m := &e.orders[i]
			if m.account == o.Account {
				if o.STP == ExpireMaker {
					continue
				}
				return false
			}
			if m.qty >= need {
				return true
			}
			need -= m.qty
		}
	}
	return need == 0
}

// matchOrder matches o against the book at the makers' prices and
// returns what is left of it and, when matching stopped early, why.
func (e *Engine) matchOrder(b *book, o *Order, out []Event) (left uint64, _ []Event, stopped uint8) {
	left = o.Qty
	opp := b.opposite(o.Side)
	for left > 0 {
		lv := e.best(opp)
		if lv == nil || (o.Kind == LimitOrder && !crosses(o.Side, o.Price, lv.price)) {
			break
		}
		i := lv.head
		m := &e.orders[i]
		if m.account == o.Account { // self-trade prevention, the taker's mode
			if o.STP == ExpireMaker || o.STP == ExpireBoth {
				out = e.cancelResting(b, i, SelfTrade, out)
			}
			if o.STP == ExpireTaker || o.STP == ExpireBoth {
				return left, out, SelfTrade
			}
			continue
		}
		q := min(left, m.qty)
		if o.Kind == MarketOrder && o.Side == Buy { // pays from what is available
			f := e.fundsOf(o.Account, b.quote)
			per, err := mul(m.price, b.m.TickSize)
			if err != nil || per == 0 {
				return left, out, NoFunds
			}
			if afford := f.avail / per; afford < q {
				q = afford
			}
			if q == 0 {
				return left, out, NoFunds
			}
		}
		out = e.fill(b, o, i, q, out)
		left -= q
		out[len(out)-1].TakerLeft = left
	}
	return left, out, 0
}

// fill trades q lots between taker o and resting order i at i's price.
func (e *Engine) fill(b *book, o *Order, i int32, q uint64, out []Event) []Event {
	m := &e.orders[i]
	price := m.price
	base := q * b.m.LotSize           // within what was frozen: no overflow
	quote := price * q * b.m.TickSize // at most the buyer's frozen or available quote
	buyer, seller := o.Account, m.account
	if o.Side == Sell {
		buyer, seller = m.account, o.Account
	}
	// the buyer pays quote: a resting buyer and a limit taker from what
	// they froze (a limit taker froze at its own price: the difference
	// comes back), a market taker from what is available
	bq := e.fundsOf(buyer, b.quote)
	switch {
	case o.Side == Sell: // the maker buys at its own price
		bq.frozen -= quote
	case o.Kind == LimitOrder:
		frozeAt := o.Price * q * b.m.TickSize
		bq.frozen -= frozeAt
		bq.avail += frozeAt - quote
	default:
		bq.avail -= quote
	}
	// the seller pays base from what it froze
	sb := e.fundsOf(seller, b.base)
	sb.frozen -= base
	// each receives, less its fee, which the fee account collects
	takerBips, makerBips := b.takerBips, b.makerBips
	buyerBips, sellerBips := takerBips, makerBips
	if o.Side == Sell {
		buyerBips, sellerBips = makerBips, takerBips
	}
	buyerFee := feeOf(base, buyerBips)
	sellerFee := feeOf(quote, sellerBips)
	e.fundsOf(buyer, b.base).avail += base - buyerFee
	e.fundsOf(seller, b.quote).avail += quote - sellerFee
	if buyerFee > 0 {
		e.fundsOf(b.feeAccount, b.base).avail += buyerFee
	}
	if sellerFee > 0 {
		e.fundsOf(b.feeAccount, b.quote).avail += sellerFee
	}
	takerFee, makerFee := buyerFee, sellerFee
	if o.Side == Sell {
		takerFee, makerFee = sellerFee, buyerFee
	}
	m.qty -= q
	e.levels[m.lvl].qty -= q
	ev := Event{Kind: Filled, Side: o.Side, Market: o.Market, Order: o.ID, Account: o.Account, Maker: m.id, MakerAccount: m.account,
		Price: price, Qty: q, MakerLeft: m.qty, TakerFee: takerFee, MakerFee: makerFee}
	if m.qty == 0 {
		e.unlink(b, i)
	}
	return e.emit(out, ev)
}

func feeOf(v uint64, bips uint16) uint64 {
	hi, lo := bits.Mul64(v, uint64(bips))
	q, _ := bits.Div64(hi, lo, 10_000)
	return q
}

// cancelResting takes order i out of the book, returns its frozen funds
// and emits its cancellation.
func (e *Engine) cancelResting(b *book, i int32, reason uint8, out []Event) []Event {
	m := e.orders[i]
	e.unfreeze(b, m.account, m.side, m.price, m.qty)
	e.unlink(b, i)
	return e.emit(out, Event{Kind: Cancelled, Reason: reason, Side: m.side, Market: m.market, Order: m.id, Account: m.account,
		Price: m.price, Qty: m.qty})
}

// Cancel takes an open order out of its book.
func (e *Engine) Cancel(id uint64, out []Event) []Event {
	i := e.slot(id)
	if i < 0 {
		return e.emit(out, Event{Kind: Rejected, Reason: reasonOf(ErrUnknownOrder), Order: id})
	}
	return e.cancelResting(e.books[e.orders[i].market], i, ByUser, out)
}

// CancelAll cancels every open order of an account in a market, oldest
// id first.
func (e *Engine) CancelAll(account uint32, market uint16, out []Event) []Event {
	b, ok := e.books[market]
	if !ok {
		return e.emit(out, Event{Kind: Rejected, Reason: reasonOf(ErrUnknownMarket), Account: account, Market: market})
	}
	var ids []uint64
	for _, s := range []*bookSide{&b.bids, &b.asks} {
		for _, pl := range s.prices {
			for i := e.levels[pl.lvl].head; i >= 0; i = e.orders[i].next {
				if e.orders[i].account == account {
					ids = append(ids, e.orders[i].id)
				}
			}
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		out = e.cancelResting(b, e.slot(id), ByUser, out)
	}
	return out
}

// Level is one price of a book's depth.
type Level struct {
	Price, Qty uint64
}

// Depth returns up to n levels of each side, best first.
func (e *Engine) Depth(market uint16, n int) (bids, asks []Level) {
	b, ok := e.books[market]
	if !ok {
		return nil, nil
	}
	for _, x := range []struct {
		s   *bookSide
		out *[]Level
	}{{&b.bids, &bids}, {&b.asks, &asks}} {
		for k := len(x.s.prices) - 1; k >= 0 && len(*x.out) < n; k-- {
			lv := &e.levels[x.s.prices[k].lvl]
			*x.out = append(*x.out, Level{Price: lv.price, Qty: lv.qty})
		}
	}
	return bids, asks
}

// Open reports an open order's remaining quantity.
func (e *Engine) Open(id uint64) (qty uint64, ok bool) {
	i := e.slot(id)
	if i < 0 {
		return 0, false
	}
	return e.orders[i].qty, true
}
