package txsender

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/contracts/gen/testtoken"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
)

type rig struct {
	t     *testing.T
	c     *evmtest.Chain
	db    *store.DB
	s     *Sender
	clock time.Time
	cfg   Config
}

func newRig(t *testing.T, cfg Config) *rig {
	key := evmtest.NewKey(t)
	r := &rig{t: t, c: evmtest.NewChain(t, evmtest.Addr(key)), clock: time.Unix(1_900_000_000, 0), cfg: cfg}
	var err error
	if r.db, err = store.Open(context.Background(), store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.db.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if r.s, err = New(context.Background(), cfg, r.c.C, r.db, key, log); err != nil {
		t.Fatal(err)
	}
	r.s.now = func() time.Time { return r.clock }
	return r
}

// restart builds a new sender on the same database and key.
func (r *rig) restart() *Sender {
	s, err := New(context.Background(), r.cfg, r.c.C, r.db, r.s.key, r.s.log)
	if err != nil {
		r.t.Fatal(err)
	}
	s.now = func() time.Time { return r.clock }
	return s
}

func (r *rig) step() {
	r.t.Helper()
	if err := r.s.Step(context.Background()); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) status(key string) store.L1Tx {
	r.t.Helper()
	t, err := r.s.Status(context.Background(), key)
	if err != nil {
		r.t.Fatal(err)
	}
	return t
}

var defaultCfg = Config{Confirmations: 2, StuckAfter: time.Minute, MaxFeeCap: big.NewInt(1e12), GasMargin: 20}

func TestSenderConfirmsAfterConfirmationsAndNeverSendsAnOperationTwice(t *testing.T) {
	r := newRig(t, defaultCfg)
	ctx := context.Background()
	to := common.Address{0x42}
	a, err := r.s.Enqueue(ctx, "test", "pay:1", to, nil, big.NewInt(12345))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := r.s.Enqueue(ctx, "test", "pay:1", to, nil, big.NewInt(12345))
	if again.ID != a.ID {
		t.Fatalf("the same operation got two rows: %d and %d", a.ID, again.ID)
	}
	r.step()
	r.c.B.Commit()
	r.step()
	if st := r.status("pay:1"); st.Status != status.L1TxSent {
		t.Fatalf("confirmed before %d confirmations: %s", r.cfg.Confirmations, st.Status)
	}
	r.c.Mine(2)
	r.step()
	if st := r.status("pay:1"); st.Status != status.L1TxConfirmed || len(st.Hashes) != 1 {
		t.Fatalf("status %s with %d attempts", st.Status, len(st.Hashes))
	}
	if b := r.c.Balance(t, to); b.Int64() != 12345 {
		t.Fatalf("paid %s", b)
	}
	if _, err := r.s.Enqueue(ctx, "test", "pay:1", to, nil, big.NewInt(12345)); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	if b := r.c.Balance(t, to); b.Int64() != 12345 {
		t.Fatalf("the operation was sent twice: paid %s", b)
	}
}

// stepUntil steps until done holds, at most a second: a step may find the
// simulated node still indexing its transactions ("transaction indexing
// is in progress"), and then looks again at the next one.
func (r *rig) stepUntil(done func() bool) {
	r.t.Helper()
	for i := 0; i < 100 && !done(); i++ {
		r.step()
		if !done() {
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func TestSenderBumpsFeeWhenTxIsStuck(t *testing.T) {
	cfg := defaultCfg
	cfg.InitialTip = big.NewInt(1) // below the miner's minimum tip: never mined
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	ctx := context.Background()
	to := common.Address{0x43}
	if _, err := r.s.Enqueue(ctx, "test", "pay:stuck", to, nil, big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	r.step()
	first := r.status("pay:stuck")
	if first.Status != status.L1TxSent || len(first.Hashes) != 1 {
		t.Fatalf("a 1-wei tip was mined or not sent: %+v", first)
	}
	r.clock = r.clock.Add(2 * time.Minute)
	// stuck: re-sent with the same nonce and higher fees (a step may first
	// find the simulated node still indexing its transactions: it looks
	// again at the next one)
	r.stepUntil(func() bool { return len(r.status("pay:stuck").Hashes) == 2 })
	second := r.status("pay:stuck")
	if len(second.Hashes) != 2 || *second.Nonce != *first.Nonce {
		t.Fatalf("re-send: %d attempts, nonce %v (was %v)", len(second.Hashes), second.Nonce, first.Nonce)
	}
	if min := new(big.Int).Div(new(big.Int).Mul(first.TipCap, big.NewInt(110)), big.NewInt(100)); second.TipCap.Cmp(min) < 0 {
		t.Fatalf("tip bumped from %s to %s: less than 10%%", first.TipCap, second.TipCap)
	}
	if second.FeeCap.Cmp(new(big.Int).Div(new(big.Int).Mul(first.FeeCap, big.NewInt(110)), big.NewInt(100))) < 0 {
		t.Fatalf("fee cap bumped from %s to %s: less than 10%%", first.FeeCap, second.FeeCap)
	}
	r.c.B.Commit()
	r.stepUntil(func() bool { return r.status("pay:stuck").Status == status.L1TxConfirmed })
	if st := r.status("pay:stuck"); st.Status != status.L1TxConfirmed {
		t.Fatalf("bumped tx: %s", st.Status)
	}
	if b := r.c.Balance(t, to); b.Int64() != 7 {
		t.Fatalf("paid %s", b)
	}
}

func TestSenderResumesAfterRestartWithoutANewNonce(t *testing.T) {
	cfg := defaultCfg
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	ctx := context.Background()
	to := common.Address{0x44}
	if _, err := r.s.Enqueue(ctx, "test", "pay:a", to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	r.step() // signed, recorded, broadcast; then the process dies
	r.s = r.restart()
	if _, err := r.s.Enqueue(ctx, "test", "pay:b", to, nil, big.NewInt(2)); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	r.step()
	a, b := r.status("pay:a"), r.status("pay:b")
	if a.Status != status.L1TxConfirmed || b.Status != status.L1TxConfirmed || *a.Nonce != 0 || *b.Nonce != 1 {
		t.Fatalf("after restart: a %s nonce %v, b %s nonce %v", a.Status, *a.Nonce, b.Status, *b.Nonce)
	}
	if got := r.c.Balance(t, to); got.Int64() != 3 {
		t.Fatalf("paid %s, want 3", got)
	}
}

func TestSenderSurfacesReverts(t *testing.T) {
	cfg := defaultCfg
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	ctx := context.Background()
	var genesis fr.Element
	genesis.SetUint64(1)
	me := r.s.from
	rc := rollupcontract.NewRollup()
	addr, _ := r.c.Deploy(t, r.s.key, common.FromHex(rollupcontract.RollupMetaData.Bin), rc.PackConstructor(rollupcontract.RollupConfig{
		BlockShapes: []uint16{4}, BlockVerifiers: []common.Address{me}, ExitVerifier: me, AccountDepth: big.NewInt(6), BalanceDepth: big.NewInt(4),
		RollupChainId: 1, PriorityExpiryBlocks: 10, GenesisRoot: genesis.Bytes(), Governance: me, Operator: me}))
	tok, _ := r.c.Deploy(t, r.s.key, common.FromHex(testtoken.TestTokenMetaData.Bin), testtoken.NewTestToken().PackConstructor("T", "T"))
	// Refused at once: the estimate reverts, with the contract's reason.
	_, err := r.s.Enqueue(ctx, "test", "deposit:0", addr, rc.PackDepositETH(common.Address{}, big.NewInt(1)), big.NewInt(1))
	if !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "ZeroAddress") {
		t.Fatalf("estimate revert: %v", err)
	}
	// Reverted when mined: two listings of the same token, both fine when estimated.
	for _, k := range []string{"list:a", "list:b"} {
		if _, err := r.s.Enqueue(ctx, "test", k, addr, rc.PackAddToken(tok), nil); err != nil {
			t.Fatal(err)
		}
	}
	r.step()
	r.c.B.Commit()
	r.step()
	a, b := r.status("list:a"), r.status("list:b")
	if a.Status != status.L1TxConfirmed || b.Status != status.L1TxFailed || !strings.Contains(b.Error, "TokenAlreadyListed") {
		t.Fatalf("a %s; b %s %q", a.Status, b.Status, b.Error)
	}
}

// flakyL1 is an L1 node whose gas estimates or receipt look-ups fail
// with the given errors.
type flakyL1 struct {
	Client
	estimate, receipt error
}

func (f flakyL1) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if f.estimate != nil {
		return 0, f.estimate
	}
	return f.Client.EstimateGas(ctx, msg)
}

func (f flakyL1) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.receipt != nil {
		return nil, f.receipt
	}
	return f.Client.TransactionReceipt(ctx, h)
}

// rpcError is a JSON-RPC error as go-ethereum's client returns it.
type rpcError struct {
	code int
	msg  string
}

func (e rpcError) Error() string  { return e.msg }
func (e rpcError) ErrorCode() int { return e.code }

// An L1 node that cannot be reached is not a revert: the operation is
// not refused, and the caller sees the transport error.
func TestSenderTellsAnUnreachableL1FromARevert(t *testing.T) {
	r := newRig(t, defaultCfg)
	ctx := context.Background()
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	for _, c := range []struct {
		name     string
		err      error
		reverted bool
	}{
		{"connection refused", refused, false},
		{"node refuses for another reason", rpcError{-32000, "insufficient funds for gas * price + value"}, false},
		{"revert without data", rpcError{3, "execution reverted"}, true},
	} {
		s, err := New(ctx, r.cfg, flakyL1{Client: r.c.C, estimate: c.err}, r.db, r.s.key, r.s.log)
		if err != nil {
			t.Fatal(err)
		}
		key := "pay:" + c.name
		_, err = s.Enqueue(ctx, "test", key, common.Address{0x45}, nil, big.NewInt(1))
		if err == nil || errors.Is(err, ErrReverted) != c.reverted || !errors.Is(err, c.err) && !c.reverted {
			t.Errorf("%s: got %v, want reverted=%v wrapping the node's error", c.name, err, c.reverted)
		}
		if _, err := r.db.L1TxByKey(ctx, key); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: a row was recorded for an operation whose estimate failed: %v", c.name, err)
		}
	}
}

// A receipt look-up that fails is an error of the step, not "not mined":
// the row stays sent, and the next step with a working node settles it.
func TestSenderDoesNotReadAReceiptErrorAsNotMined(t *testing.T) {
	cfg := defaultCfg
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	ctx := context.Background()
	if _, err := r.s.Enqueue(ctx, "test", "pay:r", common.Address{0x46}, nil, big.NewInt(3)); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	down := errors.New("i/o timeout")
	s, err := New(ctx, cfg, flakyL1{Client: r.c.C, receipt: down}, r.db, r.s.key, r.s.log)
	if err != nil {
		t.Fatal(err)
	}
	s.now = r.s.now
	if err := s.Step(ctx); !errors.Is(err, down) {
		t.Fatalf("step with failing receipts: %v, want the node's error", err)
	}
	if st := r.status("pay:r"); st.Status != status.L1TxSent {
		t.Fatalf("after a failed receipt look-up: %s, want sent", st.Status)
	}
	r.step()
	if st := r.status("pay:r"); st.Status != status.L1TxConfirmed {
		t.Fatalf("with the node back: %s, want confirmed", st.Status)
	}
}

// Another transaction of the operator's account takes the nonce of a
// stuck one: none of its attempts can ever be mined. The sender says so
// and queues the operation for a new nonce, and it is paid once.
func TestSenderQueuesAgainWhenAnotherTransactionTakesItsNonce(t *testing.T) {
	cfg := defaultCfg
	cfg.InitialTip = big.NewInt(1) // below the miner's minimum tip: never mined
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	var logs bytes.Buffer
	r.s.log = slog.New(slog.NewTextHandler(&logs, nil))
	ctx := context.Background()
	to := common.Address{0x47}
	if _, err := r.s.Enqueue(ctx, "test", "pay:taken", to, nil, big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	first := r.status("pay:taken")
	if first.Status != status.L1TxSent || *first.Nonce != 0 {
		t.Fatalf("first attempt: %+v", first)
	}
	// The same account, elsewhere, sends another transaction with nonce 0.
	head, err := r.c.C.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	other := common.Address{0x48}
	tx, err := types.SignNewTx(r.s.key, types.LatestSignerForChainID(r.s.chain), &types.DynamicFeeTx{ChainID: r.s.chain, Nonce: 0,
		GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(1e9)), Gas: 21000, To: &other, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.c.C.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r.c.B.Commit()
	if b := r.c.Balance(t, other); b.Int64() != 1 {
		t.Fatalf("the other transaction was not mined: paid %s", b)
	}

	r.clock = r.clock.Add(2 * time.Minute) // stuck
	r.step()
	lost := r.status("pay:taken")
	if lost.Status != status.L1TxQueued || !strings.Contains(lost.Error, "nonce 0 was taken") {
		t.Fatalf("after its nonce was taken: %s %q; want queued with the cause", lost.Status, lost.Error)
	}
	if !strings.Contains(logs.String(), "lost its nonce") {
		t.Fatalf("nothing logged: %s", logs.String())
	}
	r.step() // a new nonce, the miner's tip still too low
	r.clock = r.clock.Add(2 * time.Minute)
	r.step() // stuck: bumped
	r.c.B.Commit()
	r.step()
	done := r.status("pay:taken")
	if done.Status != status.L1TxConfirmed || *done.Nonce != 1 {
		t.Fatalf("re-sent: %s at nonce %v, want confirmed at nonce 1", done.Status, *done.Nonce)
	}
	if b := r.c.Balance(t, to); b.Int64() != 7 {
		t.Fatalf("paid %s, want 7 once", b)
	}
}

// bigEstimate is an L1 node whose gas estimates are gas.
type bigEstimate struct {
	Client
	gas uint64
}

func (b bigEstimate) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return b.gas, nil
}

// An operation that needs more gas than one transaction may use (EIP-7825)
// is refused with ErrTooMuchGas and recorded nowhere; one near the cap is
// recorded with its margin stopped at the cap.
func TestSenderRefusesAnOperationOverTheGasCap(t *testing.T) {
	r := newRig(t, defaultCfg)
	ctx := context.Background()
	for _, c := range []struct {
		gas, limit uint64
		tooMuch    bool
	}{
		{MaxTxGas + 1, 0, true},
		{MaxTxGas, MaxTxGas, false},
		{MaxTxGas - 1000, MaxTxGas, false}, // the margin would pass the cap
		{100_000, 100_000 + 100_000*defaultCfg.GasMargin/100, false},
	} {
		s, err := New(ctx, r.cfg, bigEstimate{Client: r.c.C, gas: c.gas}, r.db, r.s.key, r.s.log)
		if err != nil {
			t.Fatal(err)
		}
		key := fmt.Sprintf("pay:%d", c.gas)
		row, err := s.Enqueue(ctx, "test", key, common.Address{0x45}, nil, big.NewInt(1))
		if errors.Is(err, ErrTooMuchGas) != c.tooMuch || (err != nil && !c.tooMuch) {
			t.Fatalf("estimate %d: %v, want too much gas %v", c.gas, err, c.tooMuch)
		}
		if c.tooMuch {
			if _, err := r.db.L1TxByKey(ctx, key); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("estimate %d: a row was recorded: %v", c.gas, err)
			}
			continue
		}
		if row.GasLimit != c.limit {
			t.Fatalf("estimate %d: limit %d, want %d", c.gas, row.GasLimit, c.limit)
		}
	}
}
