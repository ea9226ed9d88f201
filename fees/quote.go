package fees

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/rollup"
)

// ErrNoPrice: the operator has no price for a token, so it cannot pay a
// fee. A transfer or withdrawal pays its fee in the token it moves, so such
// a token cannot move on L2; its holders leave through a full exit on L1.
var ErrNoPrice = errors.New("the operator has no price for this token, so it cannot pay fees " +
	"(a transfer or withdrawal pays its fee in the token it moves): move ETH or a token zkr_getTxFee quotes, or leave with a full exit on L1")

// L1 is what the quoter reads the gas price from (the node's L1 client).
type L1 interface {
	HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Quote is a fee and the costs it is made of.
type Quote struct {
	Type  rollup.OpType // the operation priced (a Transfer to a new address is a TransferToNew)
	Token uint16        // the token that pays
	Slots int           // slots per block
	// SlotsCharged is the block slots the operation pays for: one, or
	// under typed slots for an operation that needs a general slot one
	// more for each transfer slot it may skip (rollup.Params.MaxSkip)
	SlotsCharged int
	PubdataBytes int      // the operation's pubdata
	PubdataGas   uint64   // PubdataBytes × the gas of a byte
	BlockGas     uint64   // SlotsCharged slots' share of the block's commit, prove and execute gas, rounded up
	Gas          uint64   // PubdataGas + BlockGas
	GasPrice     *big.Int // wei per L1 gas
	ProvingWei   *big.Int // the prover's cost of SlotsCharged slots
	TotalWei     *big.Int // Gas × GasPrice + ProvingWei, at least the floor
	TokenPrice   *big.Rat // wei per smallest unit of Token (1 for ETH)
	Total        *big.Int // TotalWei in Token's smallest units, rounded up
	Fee          *big.Int // Total rounded up to a packable fee: what a wallet signs
	Least        *big.Int // the least fee admitted now: Total less the tolerance, rounded up
}

// Quoter quotes fees. Quote never waits on the L1: the gas price it uses
// is read before (Start) and refreshed in the background.
type Quoter struct {
	cfg  Config
	p    rollup.Params
	l1   L1
	log  *slog.Logger
	loop *lifecycle.Loop

	mu    sync.Mutex
	price *big.Int // the L1 gas price last read; nil before Start
}

// New returns a quoter for the deployment p. l1 is read for the gas price
// when cfg.GasPrice is nil (and cfg.Zero false); log may be nil.
func New(cfg Config, p rollup.Params, l1 L1, log *slog.Logger) (*Quoter, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if p.BlockSlots <= 0 {
		return nil, fmt.Errorf("a block of %d slots", p.BlockSlots)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	q := &Quoter{cfg: cfg, p: p, l1: l1, log: log}
	if q.readsL1() {
		if l1 == nil {
			return nil, errors.New("the fee quote needs the L1 gas price: configure a gas price, or an L1")
		}
		q.loop = lifecycle.NewLoop(q.follow)
	}
	return q, nil
}

// Zero is a quoter whose every quote is zero (a dev network's).
func Zero(p rollup.Params) *Quoter {
	q, _ := New(Config{Zero: true}, p, nil, nil) // a zero config always passes Check
	return q
}

// IsZero reports whether every quote is zero.
func (q *Quoter) IsZero() bool { return q.cfg.Zero }

func (q *Quoter) readsL1() bool { return !q.cfg.Zero && q.cfg.GasPrice == nil }

// Start reads the L1 gas price once (failing if it cannot), then keeps
// reading it every Refresh until Stop. A quoter that does not read the L1
// has nothing to start.
func (q *Quoter) Start(ctx context.Context) error {
	if q.loop == nil {
		return nil
	}
	if err := q.refresh(ctx); err != nil {
		return fmt.Errorf("fee quoter: %w", err)
	}
	return q.loop.Start(ctx)
}

// Stop stops reading the L1 gas price.
func (q *Quoter) Stop(ctx context.Context) error {
	if q.loop == nil {
		return nil
	}
	return q.loop.Stop(ctx)
}

// follow refreshes the gas price until ctx ends; a failed read keeps the
// last price (and is logged), so an L1 hiccup never stops admission.
func (q *Quoter) follow(ctx context.Context) error {
	return lifecycle.Every(ctx, q.cfg.Refresh, func(ctx context.Context) error {
		if err := q.refresh(ctx); err != nil && ctx.Err() == nil {
			q.log.Warn("fee quoter: reading the L1 gas price failed; quoting with the last one", "err", err)
		}
		return nil
	})
}

// refresh reads the L1 gas price: the latest block's base fee plus the
// suggested tip, what the operator's transactions pay per gas.
func (q *Quoter) refresh(ctx context.Context) error {
	h, err := q.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("the L1's latest header: %w", err)
	}
	tip, err := q.l1.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("the L1's suggested tip: %w", err)
	}
	price := new(big.Int).Set(tip)
	if h.BaseFee != nil {
		price.Add(price, h.BaseFee)
	}
	q.mu.Lock()
	q.price = price
	q.mu.Unlock()
	return nil
}

// GasPrice is the L1 gas price quotes use now, in wei.
func (q *Quoter) GasPrice() (*big.Int, error) {
	switch {
	case q.cfg.Zero:
		return new(big.Int), nil
	case q.cfg.GasPrice != nil:
		return new(big.Int).Set(q.cfg.GasPrice), nil
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.price == nil {
		return nil, errors.New("fee quoter: no L1 gas price read yet (not started)")
	}
	return new(big.Int).Set(q.price), nil
}

// Quote prices an operation of type t whose fee is paid in token. A
// transfer to an address with no account is a TransferToNew: quote that
// type for it.
func (q *Quoter) Quote(t rollup.OpType, token uint16) (Quote, error) {
	if _, err := rollup.Spec(t); err != nil {
		return Quote{}, err
	}
	if d := q.p.BalanceDepth; d < 16 && uint64(token) >= 1<<d {
		return Quote{}, fmt.Errorf("%w: token %d, the tree holds tokens below %d", rollup.ErrTokenOutOfRange, token, uint64(1)<<d)
	}
	out := Quote{Type: t, Token: token, Slots: q.p.BlockSlots, SlotsCharged: 1 + q.p.MaxSkip(t), PubdataBytes: rollup.PubdataSize(t)}
	if q.cfg.Zero {
		out.GasPrice, out.ProvingWei, out.TotalWei = new(big.Int), new(big.Int), new(big.Int)
		out.TokenPrice, out.Total, out.Fee, out.Least = big.NewRat(1, 1), new(big.Int), new(big.Int), new(big.Int)
		return out, nil
	}
	price := big.NewRat(1, 1)
	if token != 0 {
		p, ok := q.cfg.TokenPrices[token]
		if !ok {
			return Quote{}, fmt.Errorf("%w: token %d", ErrNoPrice, token)
		}
		price = new(big.Rat).Set(p)
	}
	gasPrice, err := q.GasPrice()
	if err != nil {
		return Quote{}, err
	}
	out.PubdataGas = uint64(out.PubdataBytes) * q.cfg.PubdataGasPerByte
	block := q.cfg.ProveGas + q.cfg.ExecuteGas + q.cfg.CommitGas
	slots := uint64(q.p.BlockSlots)
	out.BlockGas = uint64(out.SlotsCharged) * ((block + slots - 1) / slots)
	out.Gas = out.PubdataGas + out.BlockGas
	out.GasPrice = gasPrice
	out.ProvingWei = new(big.Int)
	if q.cfg.ProvingWeiPerSlot != nil {
		out.ProvingWei.Mul(q.cfg.ProvingWeiPerSlot, big.NewInt(int64(out.SlotsCharged)))
	}
	out.TotalWei = new(big.Int).Mul(new(big.Int).SetUint64(out.Gas), gasPrice)
	out.TotalWei.Add(out.TotalWei, out.ProvingWei)
	if f := q.cfg.FloorWei; f != nil && out.TotalWei.Cmp(f) < 0 {
		out.TotalWei.Set(f)
	}
	out.TokenPrice = price
	// Total = ceil(TotalWei / price) = ceil(TotalWei × den / num).
	out.Total = ceilDiv(new(big.Int).Mul(out.TotalWei, price.Denom()), price.Num())
	if out.Fee, err = PackUp(out.Total); err != nil {
		return Quote{}, fmt.Errorf("token %d: %w", token, err)
	}
	out.Least = ceilDiv(new(big.Int).Mul(out.Total, big.NewInt(int64(100-q.cfg.Tolerance))), big.NewInt(100))
	return out, nil
}

// ceilDiv is ⌈a / b⌉ for a ≥ 0, b > 0.
func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
