package wallet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
)

// ErrNoFreeSlot: every order slot of the account holds an open order.
var ErrNoFreeSlot = errors.New("every order slot holds an open order: cancel one first")

// OrderSpec is what a user asks of a limit order: sell SellAmount of Sell
// for at least BuyAmount of Buy (the limit price is their ratio). With
// BuyOrder its size is BuyAmount (it stops once that much is bought).
type OrderSpec struct {
	Sell, Buy             api.Token
	SellAmount, BuyAmount *big.Int
	BuyOrder              bool
	MaxFeeBips            uint8
	ValidFor              time.Duration // 0: until cancelled
	TIF                   string        // the exchange: GTC (default), IOC, FOK
	PostOnly              bool          // the exchange: refused if it would take
}

// SignOrder picks a free order slot (the lowest no open order holds), the
// next generation there, and signs the order.
func (w *Wallet) SignOrder(ctx context.Context, s OrderSpec) (*rollup.Order, error) {
	a, err := w.account(ctx)
	if err != nil {
		return nil, err
	}
	sell, err := u128(s.SellAmount, "amount sold")
	if err != nil {
		return nil, err
	}
	buy, err := u128(s.BuyAmount, "amount bought")
	if err != nil {
		return nil, err
	}
	o := &rollup.Order{Account: a.ID, TokenSell: s.Sell.ID, TokenBuy: s.Buy.ID, Buy: s.BuyOrder, MaxFeeBips: s.MaxFeeBips,
		ValidUntil: ^uint32(0)}
	if o.AmountSell, err = rollup.PackAmount(sell); err != nil {
		return nil, fmt.Errorf("amount sold: %w", err)
	}
	if o.AmountBuy, err = rollup.PackAmount(buy); err != nil {
		return nil, fmt.Errorf("amount bought: %w", err)
	}
	if s.ValidFor > 0 {
		o.ValidUntil = uint32(time.Now().Add(s.ValidFor).Unix())
	}
	open, err := w.L2.OpenOrders(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	used := map[uint16]bool{}
	for _, x := range open {
		used[x.Slot] = true
	}
	slots := uint32(1) << w.Params.OrderDepth
	found := false
	for slot := uint32(0); slot < slots && !found; slot++ {
		if used[uint16(slot)] {
			continue
		}
		leaf, err := w.L2.OrderSlot(ctx, a.ID, uint16(slot))
		if err != nil {
			return nil, err
		}
		o.Slot, o.Generation, found = uint16(slot), leaf.Generation+1, true
	}
	if !found {
		return nil, ErrNoFreeSlot
	}
	if err := rollup.SignOrder(w.Keys.L2, w.Params.ChainID, o); err != nil {
		return nil, err
	}
	return o, nil
}

// PlaceOrder signs an order and hands it to the node, which checks it
// (balance net of open orders included): to its exchange when one of its
// markets trades the pair (the order goes into the book), else it keeps
// it for matching.
func (w *Wallet) PlaceOrder(ctx context.Context, s OrderSpec) (common.Hash, *rollup.Order, error) {
	o, err := w.SignOrder(ctx, s)
	if err != nil {
		return common.Hash{}, nil, err
	}
	markets, err := w.L2.Markets(ctx)
	if err != nil {
		return common.Hash{}, nil, err
	}
	for _, m := range markets {
		if (o.TokenSell == m.Base && o.TokenBuy == m.Quote) || (o.TokenSell == m.Quote && o.TokenBuy == m.Base) {
			p, err := w.L2.PlaceOrder(ctx, o, api.PlaceArgs{Market: m.ID, TIF: s.TIF, PostOnly: s.PostOnly})
			if err != nil {
				return common.Hash{}, nil, err
			}
			return p.Hash, o, nil
		}
	}
	if s.TIF != "" || s.PostOnly {
		return common.Hash{}, nil, fmt.Errorf("--tif and --post-only are the exchange's: the node lists no market for tokens %d and %d", o.TokenSell, o.TokenBuy)
	}
	h, err := w.L2.SubmitOrder(ctx, o)
	return h, o, err
}

// Market finds a listed market by symbol ("ETH/DUSD") or id.
func (w *Wallet) Market(ctx context.Context, name string) (orderflow.Market, error) {
	markets, err := w.L2.Markets(ctx)
	if err != nil {
		return orderflow.Market{}, err
	}
	var names []string
	for _, m := range markets {
		if strings.EqualFold(m.Symbol, name) || fmt.Sprint(m.ID) == name {
			return m, nil
		}
		names = append(names, m.Symbol)
	}
	return orderflow.Market{}, fmt.Errorf("no market %q (the node lists: %s)", name, strings.Join(names, ", "))
}

// OpenOrders lists the account's open orders.
func (w *Wallet) OpenOrders(ctx context.Context) ([]*api.Order, error) {
	a, err := w.account(ctx)
	if err != nil {
		return nil, err
	}
	return w.L2.OpenOrders(ctx, a.ID)
}

// CancelOrder cancels the account's order in slot of generation gen (an
// L2 transaction), paying fee wei of ETH (nil: the node's quote).
func (w *Wallet) CancelOrder(ctx context.Context, slot uint16, gen uint32, fee *big.Int) (common.Hash, error) {
	a, err := w.account(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	pf, err := w.packFee(ctx, "cancelorder", api.Token{ID: 0, Symbol: "ETH"}, nil, fee)
	if err != nil {
		return common.Hash{}, err
	}
	c := &rollup.CancelOrder{Account: a.ID, Slot: slot, Generation: gen, FeeToken: 0, Fee: pf, Nonce: a.NextNonce}
	if err := rollup.SignCancelOrder(w.Keys.L2, w.Params.ChainID, c); err != nil {
		return common.Hash{}, err
	}
	return w.L2.Submit(ctx, c)
}
