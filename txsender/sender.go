package txsender

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/store"
)

// Config tunes the sender.
type Config struct {
	Confirmations uint64
	StuckAfter    time.Duration // re-send with higher fees after this long unmined
	MaxFeeCap     *big.Int      // never pay more than this per gas
	InitialTip    *big.Int      // tip of a first attempt; nil: the node's suggestion
	GasMargin     uint64        // percent added to the estimate
	// MaxGas is the most gas one transaction may use (0: MaxTxGas, the
	// EIP-7825 cap); the margin stops at it, and an estimate above it is
	// ErrTooMuchGas.
	MaxGas uint64
	Poll   time.Duration // a step every Poll between Start and Stop
	// MaxBlobFeeCap is the most a blob transaction pays per blob gas;
	// EnqueueBlob needs it (nil: no blob transactions).
	MaxBlobFeeCap *big.Int
}

// MaxTxGas is the per-transaction gas cap of EIP-7825 (2^24).
const MaxTxGas = 1 << 24

// Client is what the sender needs of an L1 node.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
}

// Sender sends L1 transactions for one key.
type Sender struct {
	*lifecycle.Loop // Start / Stop run Run every Config.Poll

	cfg   Config
	c     Client
	db    *store.DB
	key   *ecdsa.PrivateKey
	from  common.Address
	chain *big.Int
	log   *slog.Logger
	now   func() time.Time
	m     Metrics

	blobFees BlobFeeReader // c, if it can tell the blob base fee; else nil

	mu    sync.Mutex // nonce assignment and the send loop
	enqMu sync.Mutex // "no row with this key" until the row is written

	scMu     sync.Mutex
	sidecars map[uint64]*types.BlobTxSidecar // by row id: cell proofs are slow, computed once per process
}

// ErrReverted marks an operation whose transaction reverted on L1.
var ErrReverted = errors.New("L1 transaction reverted")

// ErrTooMuchGas marks an operation that needs more gas than one L1
// transaction may use (Config.MaxGas): it can never be mined as it is.
var ErrTooMuchGas = errors.New("needs more gas than one L1 transaction may use")

// New returns a sender for key.
func New(ctx context.Context, cfg Config, c Client, db *store.DB, key *ecdsa.PrivateKey, log *slog.Logger) (*Sender, error) {
	if cfg.MaxFeeCap == nil || cfg.MaxFeeCap.Sign() <= 0 {
		return nil, errors.New("txsender: MaxFeeCap must be set")
	}
	blobFees, _ := c.(BlobFeeReader)
	if cfg.MaxBlobFeeCap != nil {
		if cfg.MaxBlobFeeCap.Sign() <= 0 {
			return nil, fmt.Errorf("txsender: MaxBlobFeeCap is %v; set a positive wei amount, or leave it unset for no blob transactions", cfg.MaxBlobFeeCap)
		}
		if blobFees == nil {
			return nil, fmt.Errorf("txsender: MaxBlobFeeCap is set, but the L1 client (%T) cannot tell the blob base fee (no BlobBaseFee method)", c)
		}
	}
	chain, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	s := &Sender{cfg: cfg, c: c, db: db, key: key, from: ethcrypto.PubkeyToAddress(key.PublicKey), chain: chain, log: log, now: time.Now,
		m: noopMetrics{}, blobFees: blobFees, sidecars: map[uint64]*types.BlobTxSidecar{}}
	s.Loop = lifecycle.NewLoop(func(ctx context.Context) error {
		if cfg.Poll <= 0 {
			return fmt.Errorf("txsender: Poll is %v, must be positive", cfg.Poll)
		}
		return s.Run(ctx, cfg.Poll)
	})
	return s, nil
}

// Enqueue records an operation (idempotent by key). The gas limit is
// estimated now, so a call that would revert is refused at once, with
// the contract's reason.
func (s *Sender) Enqueue(ctx context.Context, owner, key string, to common.Address, data []byte, value *big.Int) (store.L1Tx, error) {
	if existing, err := s.db.L1TxByKey(ctx, key); err == nil {
		return existing, nil
	}
	gas, err := s.gasLimit(ctx, key, ethereum.CallMsg{From: s.from, To: &to, Data: data, Value: value})
	if err != nil {
		return store.L1Tx{}, err
	}
	s.enqMu.Lock()
	defer s.enqMu.Unlock()
	return s.db.EnqueueL1Tx(ctx, store.L1Tx{Owner: owner, OpKey: key, To: to, Data: data, Value: value, GasLimit: gas})
}

// gasLimit estimates msg's gas and adds the margin, up to Config.MaxGas.
func (s *Sender) gasLimit(ctx context.Context, key string, msg ethereum.CallMsg) (uint64, error) {
	gas, err := s.c.EstimateGas(ctx, msg)
	if err != nil && reverted(err) {
		return 0, fmt.Errorf("%s: %w: %w", key, ErrReverted, described{err})
	}
	if err != nil { // the L1 node did not answer, or refused for another reason: try again later
		return 0, fmt.Errorf("%s: estimate gas: %w", key, err)
	}
	maxGas := s.cfg.MaxGas
	if maxGas == 0 {
		maxGas = MaxTxGas
	}
	if gas > maxGas {
		return 0, fmt.Errorf("%s: %w: estimated %d gas, the limit is %d", key, ErrTooMuchGas, gas, maxGas)
	}
	return min(gas+gas*s.cfg.GasMargin/100, maxGas), nil
}

// reverted reports whether an L1 node's error says the call reverted
// (its revert data, JSON-RPC error 3, or geth's message), as opposed to a
// transport error or another refusal.
func reverted(err error) bool {
	if l1.DecodeRevert(err) != nil {
		return true
	}
	var coded interface{ ErrorCode() int }
	if errors.As(err, &coded) && coded.ErrorCode() == 3 {
		return true
	}
	return strings.Contains(err.Error(), "execution reverted")
}

// described is an L1 node's error shown with its decoded revert, still
// unwrapping to it (so l1.DecodeRevert finds the revert data).
type described struct{ err error }

func (d described) Error() string { return describe(d.err) }
func (d described) Unwrap() error { return d.err }

func describe(err error) string {
	if re := l1.DecodeRevert(err); re != nil {
		return re.Error()
	}
	return err.Error()
}

// Step sends what is queued, re-sends what is stuck and settles what is
// mined: one pass of the loop, for tests and for Run.
func (s *Sender) Step(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	open, err := s.db.OpenL1Txs(ctx)
	if err != nil {
		return err
	}
	head, err := s.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	held := false             // a queued row waiting for the other pool holds the rows after it
	signed := map[bool]bool{} // kinds (blob or not) signed in this step, so unmined
	for _, t := range open {
		blob := t.BlobCount > 0
		switch {
		case t.Status == status.L1TxQueued:
			held = held || signed[!blob]
			if !held {
				if held, err = s.otherPoolBusy(ctx, t, open); err != nil {
					return err
				}
			}
			if held {
				continue
			}
			if err := s.first(ctx, t, head); err != nil {
				return err
			}
			signed[blob] = true
		default:
			if err := s.check(ctx, t, head); err != nil {
				return err
			}
		}
	}
	return nil
}

// Run steps every interval until ctx ends.
func (s *Sender) Run(ctx context.Context, every time.Duration) error {
	return lifecycle.Every(ctx, every, func(ctx context.Context) error {
		if err := s.Step(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("L1 sender step failed; retrying", "err", err)
		}
		return nil
	})
}

// nextNonce is the account's next nonce: after everything this sender has
// signed, and never behind the chain.
func (s *Sender) nextNonce(ctx context.Context) (uint64, error) {
	chain, err := s.c.NonceAt(ctx, s.from, nil)
	if err != nil {
		return 0, err
	}
	used, found, err := s.db.MaxL1Nonce(ctx)
	if err != nil {
		return 0, err
	}
	if found && used+1 > chain {
		return used + 1, nil
	}
	return chain, nil
}

func (s *Sender) first(ctx context.Context, t store.L1Tx, head *types.Header) error {
	nonce, err := s.nextNonce(ctx)
	if err != nil {
		return err
	}
	tip := s.cfg.InitialTip
	if tip == nil {
		if tip, err = s.c.SuggestGasTipCap(ctx); err != nil {
			return err
		}
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if t.BlobCount > 0 {
		return s.firstBlob(ctx, t, nonce, tip, capAt(feeCap, s.cfg.MaxFeeCap))
	}
	return s.attempt(ctx, t, nonce, tip, capAt(feeCap, s.cfg.MaxFeeCap))
}

// attempt signs, records, then broadcasts.
func (s *Sender) attempt(ctx context.Context, t store.L1Tx, nonce uint64, tip, feeCap *big.Int) error {
	if tip.Cmp(feeCap) > 0 {
		tip = feeCap
	}
	to := common.Address(t.To)
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chain), &types.DynamicFeeTx{
		ChainID: s.chain, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: t.GasLimit, To: &to, Value: t.Value, Data: t.Data,
	})
	if err != nil {
		return err
	}
	if err := s.db.SaveAttempt(ctx, t.ID, nonce, tip, feeCap, tx.Hash(), s.now().UnixMilli()); err != nil {
		return err
	}
	if err := s.c.SendTransaction(ctx, tx); err != nil {
		// Recorded already: the next step finds it unmined and re-sends.
		s.log.Warn("L1 broadcast failed", "op", t.OpKey, "nonce", nonce, "err", err)
		return nil
	}
	s.log.Info("L1 tx sent", "op", t.OpKey, "nonce", nonce, "tx", tx.Hash(), "tip", tip, "fee_cap", feeCap)
	return nil
}

// check settles a sent transaction: confirmed or failed once any attempt
// is mined deep enough; re-sent with higher fees when stuck; queued again
// for a new nonce when another transaction took its nonce.
func (s *Sender) check(ctx context.Context, t store.L1Tx, head *types.Header) error {
	r, err := s.receipt(ctx, t)
	if errors.Is(err, errNotKnownYet) {
		return nil // the next step looks again
	}
	if err != nil {
		return err
	}
	if r != nil {
		mined := r.BlockNumber.Uint64()
		if head.Number.Uint64() < mined+s.cfg.Confirmations {
			return nil // wait for confirmations
		}
		if r.Status == types.ReceiptStatusSuccessful {
			s.log.Info("L1 tx confirmed", "op", t.OpKey, "block", mined, "gas", r.GasUsed)
			if err := s.db.SettleL1Tx(ctx, t.ID, status.L1TxConfirmed, s.receiptOf(r), ""); err != nil {
				return err
			}
			s.settledBlob(t, r)
			return nil
		}
		reason := s.revertReason(ctx, t, r.BlockNumber)
		s.log.Error("L1 tx reverted", "op", t.OpKey, "block", mined, "reason", reason)
		if err := s.db.SettleL1Tx(ctx, t.ID, status.L1TxFailed, s.receiptOf(r), reason); err != nil {
			return err
		}
		s.settledBlob(t, r)
		return nil
	}
	if t.Nonce == nil || s.now().Sub(time.UnixMilli(t.SentAt)) < s.cfg.StuckAfter {
		return nil
	}
	// None of our attempts is mined. If the account's nonce is past ours, a
	// transaction with our nonce is: one of our attempts (mined since the
	// look above), or another transaction that took the nonce, and then none
	// of ours ever can be. Once that is Confirmations deep, look again: no
	// receipt of ours means the nonce is lost, and the operation needs a new
	// one.
	chainNonce, err := s.c.NonceAt(ctx, s.from, nil)
	if err != nil {
		return err
	}
	if chainNonce > *t.Nonce {
		return s.lostNonce(ctx, t, head)
	}
	if t.BlobCount > 0 {
		return s.replaceBlob(ctx, t, head)
	}
	tip, err := s.c.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	bumpedTip := maxBig(bump(t.TipCap), tip)
	feeCap := maxBig(bump(t.FeeCap), new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), bumpedTip))
	if t.FeeCap.Cmp(s.cfg.MaxFeeCap) >= 0 {
		s.log.Warn("L1 tx stuck at the fee cap", "op", t.OpKey, "fee_cap", t.FeeCap)
		return nil
	}
	feeCap = capAt(feeCap, s.cfg.MaxFeeCap)
	s.log.Warn("L1 tx stuck: re-sending with higher fees", "op", t.OpKey, "nonce", *t.Nonce, "tip", bumpedTip, "fee_cap", feeCap)
	return s.attempt(ctx, t, *t.Nonce, bumpedTip, feeCap)
}

// lostNonce queues t again for a new nonce if a transaction that is not
// one of its attempts is mined, Confirmations deep, with its nonce.
func (s *Sender) lostNonce(ctx context.Context, t store.L1Tx, head *types.Header) error {
	if conf := s.cfg.Confirmations; conf > 0 {
		if head.Number.Uint64() < conf {
			return nil
		}
		deep, err := s.c.NonceAt(ctx, s.from, new(big.Int).SetUint64(head.Number.Uint64()-conf))
		if err != nil {
			return err
		}
		if deep <= *t.Nonce {
			return nil // not deep enough yet
		}
	}
	r, err := s.receipt(ctx, t)
	switch {
	case errors.Is(err, errNotKnownYet):
		return nil // cannot tell yet: the next step looks again
	case err != nil || r != nil:
		return err // or one of ours is mined after all: the next step settles it
	}
	cause := fmt.Sprintf("nonce %d was taken by another transaction of %s: none of this operation's %d attempts can be mined; queued for a new nonce",
		*t.Nonce, s.from, len(t.Hashes))
	s.log.Error("L1 tx lost its nonce to another transaction: queued again", "op", t.OpKey, "nonce", *t.Nonce, "attempts", len(t.Hashes))
	return s.db.RequeueL1Tx(ctx, t.ID, cause)
}

// errNotKnownYet means the L1 node cannot tell yet whether a transaction
// is mined (geth while it indexes transactions after a start).
var errNotKnownYet = errors.New("the L1 node cannot tell yet whether the transaction is mined")

// receipt is the receipt of whichever of t's attempts is mined; nil if
// none is. An L1 node that cannot say is an error, not "not mined":
// errNotKnownYet while it indexes, the node's error otherwise.
func (s *Sender) receipt(ctx context.Context, t store.L1Tx) (*types.Receipt, error) {
	for _, h := range t.Hashes {
		r, err := s.c.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil && strings.Contains(err.Error(), "transaction indexing is in progress") {
			return nil, fmt.Errorf("%s: attempt %x: %w: %v", t.OpKey, h, errNotKnownYet, err)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: receipt of attempt %x: %w", t.OpKey, h, err)
		}
		return r, nil
	}
	return nil, nil
}

// receiptOf is what the explorer shows of a settled transaction.
func (s *Sender) receiptOf(r *types.Receipt) store.L1Receipt {
	return store.L1Receipt{Block: r.BlockNumber.Uint64(), Hash: r.TxHash, GasUsed: r.GasUsed, BlobGasUsed: r.BlobGasUsed, At: s.now().UnixMilli()}
}

// revertReason replays the call to name the revert: on the state after
// its block (an earlier transaction of the same block may be the cause),
// then on the state before it.
func (s *Sender) revertReason(ctx context.Context, t store.L1Tx, block *big.Int) string {
	to := common.Address(t.To)
	msg := ethereum.CallMsg{From: s.from, To: &to, Data: t.Data, Value: t.Value, Gas: t.GasLimit}
	if t.BlobCount > 0 { // the contract may read blobhash(i)
		sc, err := s.sidecar(ctx, t)
		if err != nil {
			return "reverted; the replay needs the blobs, and they failed: " + err.Error()
		}
		msg.BlobHashes = sc.BlobHashes()
	}
	for _, at := range []*big.Int{block, new(big.Int).Sub(block, big.NewInt(1))} {
		if _, err := s.c.CallContract(ctx, msg, at); err != nil {
			return describe(err)
		}
	}
	return "reverted, but the call succeeds when replayed around its block (out of gas?)"
}

// Status reports an operation's transaction.
func (s *Sender) Status(ctx context.Context, key string) (store.L1Tx, error) {
	return s.db.L1TxByKey(ctx, key)
}

// bump raises a price by 12.5% (rounded up), above geth's 10% replacement rule.
func bump(v *big.Int) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(9))
	out.Add(out, big.NewInt(7))
	return out.Div(out, big.NewInt(8))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func capAt(v, c *big.Int) *big.Int {
	if v.Cmp(c) > 0 {
		return new(big.Int).Set(c)
	}
	return v
}
