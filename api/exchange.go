package api

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/marketdata"
	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
)

// The exchange's refusals, by kind.
var exchangeKinds = map[error]string{
	orderflow.ErrUnknownMarket: "unknown_market", orderflow.ErrNotThisMarket: "not_this_market",
	orderflow.ErrNotLots: "not_lots", orderflow.ErrNotTicks: "not_ticks", orderflow.ErrOutOfBounds: "out_of_bounds",
	orderflow.ErrFeeCapTooLow: "fee_cap_too_low", orderflow.ErrSlotInUse: "slot_in_use", orderflow.ErrNotFresh: "not_fresh",
	match.ErrBadOrder: "bad_order", orderflow.ErrAlreadyPlaced: "already_placed",
}

func exchangeErr(err error) error {
	for e, kind := range exchangeKinds {
		if errors.Is(err, e) {
			return &Error{Code: CodeInvalidTx, Msg: err.Error(), Kind: kind}
		}
	}
	return toRPC(err)
}

var errNoExchange = &Error{Code: CodeNotFound, Msg: "this node runs no exchange (exchange = true in its config)", Kind: "no_exchange"}

// Markets lists the exchange's markets (empty when the node runs none).
func (s *service) Markets() []orderflow.Market {
	if s.ex == nil {
		return []orderflow.Market{}
	}
	return s.ex.Engine.Markets()
}

// PlaceArgs are how the engine treats a signed order.
type PlaceArgs struct {
	Market   uint16 `json:"market"`
	TIF      string `json:"tif"` // GTC (default), IOC, FOK; a market order is an IOC at its worst price
	PostOnly bool   `json:"postOnly"`
	STP      string `json:"stp"` // self-trade prevention: taker (default), maker, both
}

// Placed is a placed order: its hash and its sequence in the order
// stream (its engine id).
type Placed struct {
	Hash common.Hash `json:"hash"`
	Seq  uint64      `json:"seq"`
}

// PlaceOrder checks a signed order (rollup.EncodeOrder), stores it and
// appends it to the order stream; it returns once the stream holds it.
func (s *service) PlaceOrder(ctx context.Context, raw hexutil.Bytes, args PlaceArgs) (*Placed, error) {
	if s.ex == nil {
		return nil, errNoExchange
	}
	if len(raw) == 0 {
		return nil, invalidParams("empty order: pass the hex of rollup.EncodeOrder")
	}
	opt := orderflow.PlaceOptions{Market: args.Market, PostOnly: args.PostOnly}
	switch strings.ToUpper(args.TIF) {
	case "", "GTC":
	case "IOC", "MARKET":
		opt.TIF = match.IOC
	case "FOK":
		opt.TIF = match.FOK
	default:
		return nil, invalidParams(fmt.Sprintf("tif %q: GTC, IOC or FOK", args.TIF))
	}
	switch strings.ToLower(args.STP) {
	case "", "taker":
	case "maker":
		opt.STP = match.ExpireMaker
	case "both":
		opt.STP = match.ExpireBoth
	default:
		return nil, invalidParams(fmt.Sprintf("stp %q: taker, maker or both", args.STP))
	}
	h, seq, err := s.ex.Intake.Place(ctx, raw, opt)
	if err != nil {
		return nil, exchangeErr(err)
	}
	return &Placed{Hash: h, Seq: seq}, nil
}

// cancelInBook takes a CancelOrder's order out of the book before the
// mempool takes the cancel (orderflow.Exchange.CancelFirst): fills the
// engine made before the cancel settle ahead of it.
func (s *service) cancelInBook(ctx context.Context, raw []byte) error {
	if s.ex == nil {
		return nil
	}
	tx, err := rollup.DecodeTx(raw)
	if err != nil {
		return nil // the mempool says why
	}
	c, ok := tx.(*rollup.CancelOrder)
	if !ok {
		return nil
	}
	return s.ex.CancelFirst(ctx, c, s.seq, s.p.ChainID, 2*time.Second)
}

// Book is a market's depth: levels as [price ticks, lots], best first,
// with the update id of the last diff folded in.
type Book struct {
	Market   uint16      `json:"market"`
	UpdateID uint64      `json:"updateId"`
	Bids     [][2]uint64 `json:"bids"`
	Asks     [][2]uint64 `json:"asks"`
}

func levels(ls []match.Level) [][2]uint64 {
	out := make([][2]uint64, len(ls))
	for i, l := range ls {
		out[i] = [2]uint64{l.Price, l.Qty}
	}
	return out
}

// GetBook returns up to depth levels of each side of a market's book.
func (s *service) GetBook(market uint16, depth int) (*Book, error) {
	if s.ex == nil {
		return nil, errNoExchange
	}
	if _, ok := s.ex.Intake.Market(market); !ok {
		return nil, exchangeErr(fmt.Errorf("%w: %d", orderflow.ErrUnknownMarket, market))
	}
	if depth <= 0 || depth > 1000 {
		depth = 100
	}
	d := s.ex.Follower.Feed.Depth(market, depth)
	return &Book{Market: market, UpdateID: d.UpdateID, Bids: levels(d.Bids), Asks: levels(d.Asks)}, nil
}

// Trade is one fill.
type Trade struct {
	Seq       uint64 `json:"seq"`
	Time      int64  `json:"time"` // unix ms
	Price     uint64 `json:"price"`
	Qty       uint64 `json:"qty"`
	TakerSide string `json:"takerSide"` // buy or sell
}

func sideName(s match.Side) string {
	if s == match.Buy {
		return "buy"
	}
	return "sell"
}

func trades(ts []marketdata.Trade) []Trade {
	out := make([]Trade, len(ts))
	for i, t := range ts {
		out[i] = Trade{Seq: t.Seq, Time: t.Time, Price: t.Price, Qty: t.Qty, TakerSide: sideName(t.TakerSide)}
	}
	return out
}

// GetTrades returns a market's recent trades, newest first.
func (s *service) GetTrades(market uint16, n int) ([]Trade, error) {
	if s.ex == nil {
		return nil, errNoExchange
	}
	if n <= 0 || n > 1000 {
		n = 100
	}
	return trades(s.ex.Follower.Feed.Trades(market, n)), nil
}

// GetCandles returns a market's last n candles of an interval (seconds:
// 60, 300 or 3600), oldest first.
func (s *service) GetCandles(market uint16, interval int64, n int) ([]marketdata.Candle, error) {
	if s.ex == nil {
		return nil, errNoExchange
	}
	if n <= 0 || n > 1000 {
		n = 100
	}
	c, err := s.ex.Follower.Feed.Candles(market, interval, n)
	if err != nil {
		return nil, invalidParams(err.Error())
	}
	return c, nil
}

// BookDiff is one update of a market's book: the levels that changed
// (quantity 0: gone). Its UpdateID follows the previous one by 1: a gap
// means updates were missed, and the client takes a new zkr_getBook.
type BookDiff struct {
	Market   uint16      `json:"market"`
	UpdateID uint64      `json:"updateId"`
	Bids     [][2]uint64 `json:"bids"`
	Asks     [][2]uint64 `json:"asks"`
	Trades   []Trade     `json:"trades,omitempty"`
}

// BookDiffs subscribes to a market's book updates and trades
// (zkr_subscribe ["bookDiffs", market]).
func (s *service) BookDiffs(ctx context.Context, market uint16) (*rpc.Subscription, error) {
	if s.ex == nil {
		return nil, errNoExchange
	}
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	sub := n.CreateSubscription()
	ch, cancel := s.ex.Follower.Subscribe()
	go func() {
		defer cancel()
		for {
			select {
			case u := <-ch:
				var ts []marketdata.Trade
				for _, t := range u.Trades {
					if t.Market == market {
						ts = append(ts, t)
					}
				}
				for _, d := range u.Depth {
					if d.Market == market {
						_ = n.Notify(sub.ID, BookDiff{Market: market, UpdateID: d.UpdateID, Bids: levels(d.Bids), Asks: levels(d.Asks), Trades: trades(ts)})
						ts = nil
					}
				}
				if len(ts) > 0 { // trades that left the book as it was (cannot happen: a fill changes a level)
					_ = n.Notify(sub.ID, BookDiff{Market: market, Trades: trades(ts)})
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// ExchangeStatus is where the order flow stands.
type ExchangeStatus struct {
	Orders  uint64 `json:"orders"`  // ORDERS' last sequence: inputs appended
	Applied uint64 `json:"applied"` // the last the engine applied
	Outputs uint64 `json:"outputs"` // FILLS' last sequence: outputs published
	Fills   uint64 `json:"fills"`   // fills in FILLS (the follower's count)
	Settled string `json:"settled"` // the sequencer's position: FILLS sequence.fill·chunk of the last trade settled or refused
	Queued  int    `json:"queued"`  // trades waiting for the sequencer
}

// ExchangeStatus reports the order flow's progress.
func (s *service) ExchangeStatus(ctx context.Context) (*ExchangeStatus, error) {
	if s.ex == nil {
		return nil, errNoExchange
	}
	o, f, err := s.ex.Conn.Seqs(ctx)
	if err != nil {
		return nil, toRPC(err)
	}
	pos := s.seq.TradePos()
	return &ExchangeStatus{Orders: o, Applied: s.ex.Engine.Applied(), Outputs: f, Fills: s.ex.Follower.Fills(),
		Settled: fmt.Sprintf("%d.%d", pos.Seq, pos.Sub), Queued: s.ex.Settler.Queued()}, nil
}
