package orderflow

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/orders"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/store"
)

// PlaceOptions are how the engine treats a signed order (its price and
// size are the order's own, signed).
type PlaceOptions struct {
	Market   uint16
	TIF      match.TIF // GTC, IOC or FOK; a market order is an IOC at the order's limit price (its worst price)
	PostOnly bool
	STP      match.STP
}

// Intake appends accepted orders and cancels to ORDERS.
type Intake struct {
	settled func() uint64 // the FILLS sequence through which every trade is settled
	c       *Conn
	book    *orders.Book
	markets map[uint16]*Market
	now     func() time.Time
}

// replaceWindow is how long placing the same order again is a retry
// (within the stream's duplicate window, 2 minutes).
const replaceWindow = 90 * time.Second

// NewIntake returns the intake over the order book's checks; settled
// says through which FILLS sequence every trade is settled (a closed
// order's slot generation is free once its fills are).
func NewIntake(c *Conn, book *orders.Book, markets []Market, settled func() uint64) (*Intake, error) {
	ms, err := listing(markets)
	if err != nil {
		return nil, err
	}
	return &Intake{settled: settled, c: c, book: book, markets: ms, now: time.Now}, nil
}

// Markets lists the markets.
func (in *Intake) Markets() []Market {
	out := make([]Market, 0, len(in.markets))
	for _, id := range sortedMarketIDs(in.markets) {
		out = append(out, *in.markets[id])
	}
	return out
}

// Market returns a listed market.
func (in *Intake) Market(id uint16) (Market, bool) {
	m, ok := in.markets[id]
	if !ok {
		return Market{}, false
	}
	return *m, true
}

// Place checks a signed order (the order book's rules: signature, funds
// net of open orders; and the exchange's: a listed market it fits in
// lots and ticks, a fee cap that covers the market's fees, a fresh
// generation of a slot no exchange order holds: a closed order's
// generation may be taken again once every fill of it is settled, since
// L2 then counts what it filled against the new order), stores it and
// appends it to ORDERS. It returns once the stream holds it: the order's
// hash and its stream sequence (its engine id).
func (in *Intake) Place(ctx context.Context, raw []byte, opt PlaceOptions) ([32]byte, uint64, error) {
	m, ok := in.markets[opt.Market]
	if !ok {
		return [32]byte{}, 0, fmt.Errorf("%w: %d", ErrUnknownMarket, opt.Market)
	}
	if opt.TIF > match.FOK || opt.STP > match.ExpireBoth || (opt.PostOnly && opt.TIF != match.GTC) {
		return [32]byte{}, 0, fmt.Errorf("%w: time in force %d, self-trade mode %d, post-only %v", match.ErrBadOrder, opt.TIF, opt.STP, opt.PostOnly)
	}
	settled := in.settled() // read before the pending state is locked (it takes the sequencer's lock); an older value only refuses more
	h, err := in.book.SubmitWith(ctx, raw, func(o *rollup.Order, st *state.State, stored []store.Order) error {
		if _, _, _, err := m.EngineSide(o); err != nil {
			return err
		}
		leaf, err := st.Order(o.Account, uint32(o.Slot))
		if err != nil {
			return err
		}
		if o.Generation != leaf.Generation+1 {
			return fmt.Errorf("%w: slot %d is at generation %d, the order has %d (it would continue the slot's order)",
				ErrNotFresh, o.Slot, leaf.Generation, o.Generation)
		}
		if now := uint64(in.now().Unix()); now < uint64(o.ValidFrom) {
			return fmt.Errorf("%w: valid from %d, now %d (the exchange takes orders valid now)", rollup.ErrOrderNotYetValid, o.ValidFrom, now)
		}
		h := rollup.OrderHash(o)
		for _, so := range stored {
			if so.Hash == h && (so.Closed || in.now().UnixMilli()-so.CreatedAt > replaceWindow.Milliseconds()) {
				// a retry after a lost reply is appended again (the stream drops
				// the copy); later, the stream would take it as a new order
				return fmt.Errorf("%w: order %x", ErrAlreadyPlaced, h[:8])
			}
		}
		for _, so := range stored {
			if so.Slot == o.Slot && so.Generation >= o.Generation && so.Hash != h && (!so.Closed || so.ClosedSeq > settled) {
				return fmt.Errorf("%w: slot %d holds order %x", ErrSlotInUse, o.Slot, so.Hash[:8])
			}
		}
		return nil
	})
	if err != nil {
		return h, 0, err
	}
	msg := Input{Kind: kindPlace, Time: in.now().UnixMilli(), Market: opt.Market, TIF: opt.TIF, PostOnly: opt.PostOnly, STP: opt.STP, Order: raw}
	ack, err := in.c.js.Publish(ctx, in.c.subject("ORDERS"), msg.Encode(), jetstream.WithMsgID(hex.EncodeToString(h[:])))
	if err != nil {
		return h, 0, fmt.Errorf("orderflow: append the order to ORDERS (stored; placing it again is safe): %w", err)
	}
	return h, ack.Sequence, nil
}

// Cancel takes an account's slot's order out of the book if its
// generation is at most generation (what an L2 CancelOrder of that
// generation makes unfillable) and returns the cancel's ORDERS sequence.
// Exchange.CancelFirst calls it for a signed CancelOrder before the
// mempool takes it; the cancel makes the order unfillable on L2 once it
// is in a block.
func (in *Intake) Cancel(ctx context.Context, account uint32, slot uint16, generation uint32) (uint64, error) {
	msg := Input{Kind: kindCancel, Time: in.now().UnixMilli(), Account: account, Slot: slot, Generation: generation}
	ack, err := in.c.js.Publish(ctx, in.c.subject("ORDERS"), msg.Encode())
	if err != nil {
		return 0, err
	}
	return ack.Sequence, nil
}
