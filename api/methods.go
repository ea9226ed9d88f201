package api

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/orders"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/store"
)

// service is the "zkr" namespace.
type service struct {
	seq       *sequencer.Sequencer
	db        *store.DB
	p         rollup.Params
	cfg       Config
	orders    *orders.Book
	ex        *orderflow.Exchange // nil: no exchange
	changes   changes             // wakes the live views (live.go)
	chainView chainView           // the chainStatus view, shared
}

// SubmitTx admits a signed, encoded L2 transaction (rollup.EncodeTx) to
// the mempool and returns its hash once it is durable.
func (s *service) SubmitTx(ctx context.Context, tx hexutil.Bytes) (common.Hash, error) {
	if len(tx) == 0 {
		return common.Hash{}, invalidParams("empty transaction: pass the hex of rollup.EncodeTx")
	}
	if err := s.cancelInBook(ctx, tx); err != nil {
		return common.Hash{}, toRPC(err)
	}
	h, err := s.seq.Pool().Submit(ctx, tx)
	if err != nil {
		return common.Hash{}, toRPC(err)
	}
	return h, nil
}

// TxStatus is a transaction's state and receipt.
type TxStatus struct {
	Hash   common.Hash `json:"hash"`
	Status string      `json:"status"`       // a status.TxStatus: queued, pending (in the open block: soft-confirmed), committed (in a sealed block), executed (its block executed on L1: final), rejected, unknown
	L1     string      `json:"l1,omitempty"` // a status.OnL1: its block committed, proven or executed on L1; empty before the commit
	Block  uint64      `json:"block,omitempty"`
	Slot   *int        `json:"slot,omitempty"`
	Reason string      `json:"reason,omitempty"`
}

// TxStatus reports where a transaction is.
func (s *service) TxStatus(ctx context.Context, hash common.Hash) (*TxStatus, error) {
	out := &TxStatus{Hash: hash}
	if b, slot, ok := s.seq.PendingTx(hash); ok {
		out.Status, out.Block, out.Slot = string(status.TxInOpenBlock), b, &slot
		return out, nil
	}
	st, err := s.db.TxStatus(ctx, hash)
	if err != nil {
		return nil, toRPC(err)
	}
	switch st.State {
	case status.RecordInBlock:
		out.Status, out.Block, out.Slot = string(status.TxSealed), st.Block, &st.Slot
		l1, err := s.l1Stage(ctx, st.Block)
		if err != nil {
			return nil, toRPC(err)
		}
		if out.L1 = string(l1); l1 == status.L1Executed {
			out.Status = string(status.TxExecuted)
		}
	case status.RecordInMempool:
		out.Status = string(status.TxQueued)
	case status.RecordRejected:
		out.Status, out.Reason = string(status.TxRejected), st.Reason
	default:
		out.Status, out.Reason = string(status.TxUnknown), st.Reason
	}
	return out, nil
}

// l1Stage says how far block n is on L1.
func (s *service) l1Stage(ctx context.Context, n uint64) (status.OnL1, error) {
	p, err := s.db.L1Progress(ctx)
	if err != nil {
		return status.NotOnL1, err
	}
	return stageOf(p, n), nil
}

// Status is the chain's progress.
type Status struct {
	LatestBlock   uint64 `json:"latestBlock"`   // newest sealed L2 block
	VerifiedBlock uint64 `json:"verifiedBlock"` // the block the verified view shows
	L1Committed   uint64 `json:"l1Committed"`   // blocks committed on L1 (confirmed)
	L1Proven      uint64 `json:"l1Proven"`
	L1Executed    uint64 `json:"l1Executed"`
}

// Status reports how far blocks are on L2 and on L1.
func (s *service) Status(ctx context.Context) (*Status, error) {
	p, err := s.db.L1Progress(ctx)
	if err != nil {
		return nil, toRPC(err)
	}
	return &Status{LatestBlock: s.seq.Latest(), VerifiedBlock: s.seq.VerifiedBlock(),
		L1Committed: p.Committed, L1Proven: p.Proven, L1Executed: p.Executed}, nil
}

// Account is an account in one view.
type Account struct {
	ID         uint32            `json:"id"`
	Address    common.Address    `json:"address"`
	Nonce      uint32            `json:"nonce"`
	NextNonce  uint32            `json:"nextNonce"` // pending view: the nonce after the account's queued transactions
	PubKeyHash hexutil.Bytes     `json:"pubKeyHash"`
	Balances   map[string]string `json:"balances"` // token id -> decimal amount
	View       string            `json:"view"`
}

// GetAccount reads an account by L1 address (0x...) or account id, in the
// "pending" (default), "committed" or "verified" view. null if none.
func (s *service) GetAccount(who string, view *string) (*Account, error) {
	v := status.ViewPending
	if view != nil && *view != "" {
		v = status.View(*view)
		if !slices.Contains(status.Views, v) {
			return nil, invalidParams(fmt.Sprintf("unknown view %q: use pending, committed or verified", *view))
		}
	}
	var addr *common.Address
	var id uint32
	switch {
	case strings.HasPrefix(who, "0x"):
		if !common.IsHexAddress(who) {
			return nil, invalidParams(fmt.Sprintf("%q is not a 20-byte hex address", who))
		}
		a := common.HexToAddress(who)
		addr = &a
	default:
		n, err := strconv.ParseUint(who, 10, 32)
		if err != nil {
			return nil, invalidParams(fmt.Sprintf("%q is neither an address (0x...) nor an account id", who))
		}
		id = uint32(n)
	}
	a, ok, err := s.seq.AccountAt(v, addr, id)
	if err != nil {
		return nil, toRPC(err)
	}
	if !ok {
		return nil, nil
	}
	out := &Account{ID: a.ID, Address: a.Account.Address, Nonce: a.Account.Nonce,
		PubKeyHash: a.Account.PubKeyHash[:], Balances: map[string]string{}, View: string(v), NextNonce: a.Account.Nonce}
	if v == status.ViewPending {
		if out.NextNonce, err = s.seq.NextNonce(a.ID); err != nil {
			return nil, toRPC(err)
		}
	}
	for t, b := range a.Balances {
		out.Balances[strconv.Itoa(int(t))] = b.String()
	}
	return out, nil
}

// BlockNumber is the newest sealed block.
func (s *service) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(s.seq.Latest()) }

// Block is a sealed block.
type Block struct {
	Number     uint64        `json:"number"`
	Timestamp  uint64        `json:"timestamp"`
	FeeAccount uint32        `json:"feeAccount"`
	OldRoot    common.Hash   `json:"oldRoot"`
	NewRoot    common.Hash   `json:"newRoot"`
	Commitment common.Hash   `json:"commitment"`
	Pubdata    hexutil.Bytes `json:"pubdata"`
	Ops        []BlockOp     `json:"ops"`
	L1         string        `json:"l1"` // a status.OnL1: committed, proven or executed on L1; empty before the commit
	// What the explorer shows beyond the block's contents.
	SealedAt     int64       `json:"sealedAt"` // unix ms
	PubdataBytes int         `json:"pubdataBytes"`
	L1Txs        []L1TxRef   `json:"l1Txs"`      // the L1 transactions that carried it, per stage
	Proof        *BlockProof `json:"proof"`      // null before its proof is requested
	L1GasShare   *uint64     `json:"l1GasShare"` // its share of its L1 transactions' gas (each split evenly among the blocks it carries); null before any is mined
}

// BlockOp is one operation of a block.
type BlockOp struct {
	Slot       int           `json:"slot"`
	Hash       common.Hash   `json:"hash"`
	Type       string        `json:"type"`
	Account    uint32        `json:"account"`
	Tx         hexutil.Bytes `json:"tx"`
	PriorityID *uint64       `json:"priorityId,omitempty"`
	Summary    TxSummary     `json:"summary"`
}

// GetBlock returns a sealed block; null if there is none with that number.
func (s *service) GetBlock(ctx context.Context, number BlockNumber) (*Block, error) {
	b, err := s.db.Block(ctx, uint64(number))
	if err != nil {
		if rpcErr, ok := toRPC(err).(*Error); ok && rpcErr.Code == CodeNotFound {
			return nil, nil
		}
		return nil, toRPC(err)
	}
	out := &Block{Number: b.Number, Timestamp: b.Timestamp, FeeAccount: b.FeeAccount, OldRoot: b.OldRoot,
		NewRoot: b.NewRoot, Commitment: b.Commitment, Pubdata: b.Pubdata, Ops: []BlockOp{}}
	for _, op := range b.Ops {
		out.Ops = append(out.Ops, BlockOp{Slot: op.Slot, Hash: op.TxHash, Type: rollup.OpType(op.OpType).String(),
			Account: op.Account, Tx: op.Tx, PriorityID: op.PriorityID, Summary: summarize(rollup.OpType(op.OpType), op.Tx)})
	}
	if err := s.explain(ctx, out); err != nil {
		return nil, toRPC(err)
	}
	l1, err := s.l1Stage(ctx, b.Number)
	if err != nil {
		return nil, toRPC(err)
	}
	out.L1 = string(l1)
	return out, nil
}

// Token is a token the rollup knows.
type Token struct {
	ID      uint16         `json:"id"`
	Address common.Address `json:"address"` // zero for ETH
	Symbol  string         `json:"symbol,omitempty"`
}

// Tokens lists the tokens: ETH (id 0) and every ERC-20 listed on L1
// whose listing the watcher has read.
func (s *service) Tokens(ctx context.Context) ([]Token, error) {
	listed, err := s.db.Tokens(ctx)
	if err != nil {
		return nil, toRPC(err)
	}
	out := []Token{{ID: 0, Symbol: "ETH"}}
	for _, t := range listed {
		if t.ID != 0 {
			out = append(out, Token{ID: t.ID, Address: t.Address})
		}
	}
	return out, nil
}

// Params are the rollup's protocol parameters and where it lives on L1.
type Params struct {
	ChainID      uint64          `json:"chainId"`     // signed into every L2 transaction
	BlockSlots   int             `json:"blockSlots"`  // the most operations a block holds
	BlockShapes  []int           `json:"blockShapes"` // the ladder: a block takes the smallest shape that holds it
	AccountDepth int             `json:"accountDepth"`
	BalanceDepth int             `json:"balanceDepth"`
	OrderDepth   int             `json:"orderDepth"`          // an account's order slots are below 2^orderDepth
	Contract     *common.Address `json:"contract,omitempty"`  // the rollup contract; absent when the node runs without L1
	L1ChainID    uint64          `json:"l1ChainId,omitempty"` // the L1 network's chain id
}

// Params reports the parameters.
// Auth is the domain a ChangePubKey's L1 authorisation binds on this
// deployment (rollup.EthMessage).
func (p Params) Auth() rollup.AuthDomain {
	d := rollup.AuthDomain{ChainID: p.ChainID, L1: rollup.L1Domain{ChainID: p.L1ChainID}}
	if p.Contract != nil {
		d.L1.Contract = *p.Contract
	}
	return d
}

func (s *service) Params() Params {
	out := Params{ChainID: s.p.ChainID, BlockSlots: s.p.BlockSlots, BlockShapes: s.p.Ladder(), AccountDepth: s.p.AccountDepth,
		BalanceDepth: s.p.BalanceDepth, OrderDepth: s.p.OrderDepth, L1ChainID: s.cfg.L1ChainID}
	if s.cfg.Contract != (common.Address{}) {
		c := s.cfg.Contract
		out.Contract = &c
	}
	return out
}

// NewBlocks notifies {number, ops, root} for every sealed block.
func (s *service) NewBlocks(ctx context.Context) (*rpc.Subscription, error) {
	return s.subscribe(ctx, func(e sequencer.Event) (any, bool) {
		if e.Kind != sequencer.EventBlock {
			return nil, false
		}
		return map[string]any{"number": e.Block, "ops": e.Ops, "root": common.Hash(e.Root)}, true
	})
}

// PendingTxs notifies the hash of every transaction as it enters the
// pending block (its soft confirmation).
func (s *service) PendingTxs(ctx context.Context) (*rpc.Subscription, error) {
	return s.subscribe(ctx, func(e sequencer.Event) (any, bool) {
		if e.Kind != sequencer.EventTx {
			return nil, false
		}
		return common.Hash(e.Hash), true
	})
}

// Account notifies the changes of one account: each of its operations
// entering the pending block (as sender or receiver) with the account's
// new pending state.
func (s *service) Account(ctx context.Context, address common.Address) (*rpc.Subscription, error) {
	return s.subscribe(ctx, func(e sequencer.Event) (any, bool) {
		if e.Kind != sequencer.EventTx {
			return nil, false
		}
		op := e.Receipt.Op
		a, ok, err := s.seq.AccountAt(status.ViewPending, &address, 0)
		if err != nil || !ok || (op.Account != a.ID && op.To != a.ID) {
			return nil, false
		}
		bal := map[string]string{}
		for t, b := range a.Balances {
			bal[strconv.Itoa(int(t))] = b.String()
		}
		return map[string]any{"tx": common.Hash(e.Hash), "block": e.Block, "slot": e.Slot, "type": op.Type.String(),
			"nonce": a.Account.Nonce, "balances": bal}, true
	})
}

func (s *service) subscribe(ctx context.Context, pick func(sequencer.Event) (any, bool)) (*rpc.Subscription, error) {
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, invalidParams("subscriptions need a WebSocket connection")
	}
	sub := n.CreateSubscription()
	events := make(chan sequencer.Event, 16384)
	cancel := s.seq.Subscribe(events)
	go func() {
		defer cancel()
		for {
			select {
			case e := <-events:
				if v, ok := pick(e); ok {
					if err := n.Notify(sub.ID, v); err != nil {
						return
					}
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// BlockNumber is a block number given as a JSON number or a hex string.
type BlockNumber uint64

// UnmarshalJSON accepts 7 and "0x7".
func (n *BlockNumber) UnmarshalJSON(b []byte) error {
	var h hexutil.Uint64
	if err := h.UnmarshalJSON(b); err == nil {
		*n = BlockNumber(h)
		return nil
	}
	v, err := strconv.ParseUint(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("block number %s: want a number or a 0x-prefixed hex string", b)
	}
	*n = BlockNumber(v)
	return nil
}

// SubmitOrder accepts a signed limit order (rollup.EncodeOrder) once it
// holds on its own (rollup.CheckOrder) and the account's balance covers it
// net of its other open orders, and returns its hash once it is durable.
// Orders wait for the matching engine; trades settle them on L2.
func (s *service) SubmitOrder(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	if len(raw) == 0 {
		return common.Hash{}, invalidParams("empty order: pass the hex of rollup.EncodeOrder")
	}
	h, err := s.orders.Submit(ctx, raw)
	if err != nil {
		return common.Hash{}, toRPC(err)
	}
	return h, nil
}

// Order is an accepted order and its state.
type Order struct {
	Hash       common.Hash `json:"hash"`
	Account    uint32      `json:"account"`
	Slot       uint16      `json:"slot"`
	Generation uint32      `json:"generation"`
	TokenSell  uint16      `json:"tokenSell"`
	TokenBuy   uint16      `json:"tokenBuy"`
	AmountSell string      `json:"amountSell"` // decimal
	AmountBuy  string      `json:"amountBuy"`
	Buy        bool        `json:"buy"` // its size is AmountBuy
	MaxFeeBips uint8       `json:"maxFeeBips"`
	ValidFrom  uint32      `json:"validFrom"`
	ValidUntil uint32      `json:"validUntil"`
	State      string      `json:"state"`  // open, filled, cancelled, replaced, expired, invalid
	Filled     string      `json:"filled"` // decimal, in its size's token
	Reason     string      `json:"reason,omitempty"`
}

func orderOf(st orders.Status) *Order {
	o := st.Order
	sell, _ := o.AmountSell.Value()
	buy, _ := o.AmountBuy.Value()
	return &Order{Hash: st.Hash, Account: o.Account, Slot: o.Slot, Generation: o.Generation, TokenSell: o.TokenSell, TokenBuy: o.TokenBuy,
		AmountSell: sell.String(), AmountBuy: buy.String(), Buy: o.Buy, MaxFeeBips: o.MaxFeeBips, ValidFrom: o.ValidFrom,
		ValidUntil: o.ValidUntil, State: st.State, Filled: st.Filled.String(), Reason: st.Reason}
}

// GetOrder reports an accepted order's state.
func (s *service) GetOrder(ctx context.Context, h common.Hash) (*Order, error) {
	st, err := s.orders.Get(ctx, h)
	if err != nil {
		return nil, toRPC(err)
	}
	return orderOf(st), nil
}

// OpenOrders lists an account's open orders, oldest first.
func (s *service) OpenOrders(ctx context.Context, account uint32) ([]*Order, error) {
	sts, err := s.orders.OpenOf(ctx, account)
	if err != nil {
		return nil, toRPC(err)
	}
	out := make([]*Order, 0, len(sts))
	for _, st := range sts {
		out = append(out, orderOf(st))
	}
	return out, nil
}

// OrderSlot is one slot of an account's order tree in the pending state.
type OrderSlot struct {
	Generation uint32 `json:"generation"` // the slot's current order's; a new order takes the next
	Filled     string `json:"filled"`     // decimal; 2^128-1 when cancelled
}

// GetOrderSlot reads a slot of an account's order tree (a wallet picks
// a free slot and the generation of a new order with it).
func (s *service) GetOrderSlot(_ context.Context, account uint32, slot uint16) (*OrderSlot, error) {
	if uint64(slot) >= 1<<s.p.OrderDepth {
		return nil, invalidParams(fmt.Sprintf("slot %d: the order tree has %d slots", slot, 1<<s.p.OrderDepth))
	}
	var out OrderSlot
	err := s.seq.ReadPending(func(st *state.State) error {
		if s.p.AccountDepth < 32 && uint64(account) >= 1<<s.p.AccountDepth {
			return fmt.Errorf("%w: id %d", rollup.ErrAccountOutOfRange, account)
		}
		leaf, err := st.Order(account, uint32(slot))
		out = OrderSlot{Generation: leaf.Generation, Filled: leaf.Filled.String()}
		return err
	})
	if err != nil {
		return nil, toRPC(err)
	}
	return &out, nil
}
