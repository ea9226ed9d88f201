package api

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
)

// Client calls the node's JSON-RPC (http:// or ws:// URL).
type Client struct{ c *rpc.Client }

// Dial connects to a node.
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	return &Client{c: c}, nil
}

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// Submit sends a signed transaction and returns its hash once the node
// has persisted it.
func (c *Client) Submit(ctx context.Context, tx rollup.Tx) (common.Hash, error) {
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		return common.Hash{}, err
	}
	var h common.Hash
	err = c.c.CallContext(ctx, &h, "zkr_submitTx", hexutil.Bytes(raw))
	return h, err
}

// SubmitOrder sends a signed limit order and returns its hash once the
// node has persisted it.
func (c *Client) SubmitOrder(ctx context.Context, o *rollup.Order) (common.Hash, error) {
	var h common.Hash
	err := c.c.CallContext(ctx, &h, "zkr_submitOrder", hexutil.Bytes(rollup.EncodeOrder(o)))
	return h, err
}

// Order reads an accepted order and its state.
func (c *Client) Order(ctx context.Context, h common.Hash) (*Order, error) {
	var o Order
	err := c.c.CallContext(ctx, &o, "zkr_getOrder", h)
	return &o, err
}

// OpenOrders lists an account's open orders.
func (c *Client) OpenOrders(ctx context.Context, account uint32) ([]*Order, error) {
	var out []*Order
	err := c.c.CallContext(ctx, &out, "zkr_openOrders", account)
	return out, err
}

// OrderSlot reads a slot of an account's order tree.
func (c *Client) OrderSlot(ctx context.Context, account uint32, slot uint16) (*OrderSlot, error) {
	var out OrderSlot
	err := c.c.CallContext(ctx, &out, "zkr_getOrderSlot", account, slot)
	return &out, err
}

// TxStatus reads a transaction's status.
func (c *Client) TxStatus(ctx context.Context, h common.Hash) (*TxStatus, error) {
	var s TxStatus
	err := c.c.CallContext(ctx, &s, "zkr_txStatus", h)
	return &s, err
}

// Account reads an account by address in a view ("pending", "committed",
// "verified"); nil if it does not exist.
func (c *Client) Account(ctx context.Context, a common.Address, view string) (*Account, error) {
	var out *Account
	err := c.c.CallContext(ctx, &out, "zkr_getAccount", a.Hex(), view)
	return out, err
}

// BlockNumber is the newest sealed block.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	err := c.c.CallContext(ctx, &n, "zkr_blockNumber")
	return uint64(n), err
}

// Block reads a sealed block; nil if there is none.
func (c *Client) Block(ctx context.Context, n uint64) (*Block, error) {
	var b *Block
	err := c.c.CallContext(ctx, &b, "zkr_getBlock", n)
	return b, err
}

// RPC is the underlying client (subscriptions: c.RPC().Subscribe(ctx, "zkr", ch, "newBlocks")).
func (c *Client) RPC() *rpc.Client { return c.c }

// Params reads the rollup's parameters and L1 address.
func (c *Client) Params(ctx context.Context) (*Params, error) {
	var p Params
	err := c.c.CallContext(ctx, &p, "zkr_params")
	return &p, err
}

// Status reads how far the chain is on L2 and L1.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var s Status
	err := c.c.CallContext(ctx, &s, "zkr_status")
	return &s, err
}

// Tokens lists the rollup's tokens.
func (c *Client) Tokens(ctx context.Context) ([]Token, error) {
	var out []Token
	err := c.c.CallContext(ctx, &out, "zkr_tokens")
	return out, err
}

// TxFee asks the node's fee quote for a transaction type ("transfer",
// "withdraw", "changepubkey") paid in token; for a transfer, to (if not
// nil) is its recipient.
func (c *Client) TxFee(ctx context.Context, typ string, token uint16, to *common.Address) (*TxFee, error) {
	var out TxFee
	err := c.c.CallContext(ctx, &out, "zkr_getTxFee", typ, token, to)
	return &out, err
}

// Markets lists the exchange's markets.
func (c *Client) Markets(ctx context.Context) ([]orderflow.Market, error) {
	var out []orderflow.Market
	err := c.c.CallContext(ctx, &out, "zkr_markets")
	return out, err
}

// PlaceOrder sends a signed order to the exchange.
func (c *Client) PlaceOrder(ctx context.Context, o *rollup.Order, args PlaceArgs) (*Placed, error) {
	var p Placed
	err := c.c.CallContext(ctx, &p, "zkr_placeOrder", hexutil.Bytes(rollup.EncodeOrder(o)), args)
	return &p, err
}

// Book reads a market's depth.
func (c *Client) Book(ctx context.Context, market uint16, depth int) (*Book, error) {
	var b Book
	err := c.c.CallContext(ctx, &b, "zkr_getBook", market, depth)
	return &b, err
}

// Trades reads a market's recent trades, newest first.
func (c *Client) Trades(ctx context.Context, market uint16, n int) ([]Trade, error) {
	var out []Trade
	err := c.c.CallContext(ctx, &out, "zkr_getTrades", market, n)
	return out, err
}

// ExchangeStatus reads the order flow's progress.
func (c *Client) ExchangeStatus(ctx context.Context) (*ExchangeStatus, error) {
	var st ExchangeStatus
	err := c.c.CallContext(ctx, &st, "zkr_exchangeStatus")
	return &st, err
}
