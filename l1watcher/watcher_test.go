package l1watcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/contracts/gen/testtoken"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

var abiR = rollupcontract.NewRollup()

type rig struct {
	t        *testing.T
	c        *evmtest.Chain
	db       *store.DB
	w        *Watcher
	rollup   common.Address
	gov      *ecdsa.PrivateKey
	users    []*ecdsa.PrivateKey
	deployed uint64
}

// newRig deploys the real rollup contract on the simulated L1 (deposits
// never call the verifiers, so any address stands in for them) and a
// watcher with the given confirmations.
func newRig(t *testing.T, confirmations uint64) *rig {
	r := &rig{t: t, gov: evmtest.NewKey(t)}
	funded := []common.Address{evmtest.Addr(r.gov)}
	for range 3 {
		k := evmtest.NewKey(t)
		r.users = append(r.users, k)
		funded = append(funded, evmtest.Addr(k))
	}
	r.c = evmtest.NewChain(t, funded...)
	var genesis fr.Element
	genesis.SetUint64(1)
	cfg := rollupcontract.RollupConfig{BlockShapes: []uint16{4}, BlockVerifiers: []common.Address{evmtest.Addr(r.gov)}, ExitVerifier: evmtest.Addr(r.gov),
		AccountDepth: big.NewInt(6), BalanceDepth: big.NewInt(4), RollupChainId: 1337,
		PriorityExpiryBlocks: 100, GenesisRoot: genesis.Bytes(), Governance: evmtest.Addr(r.gov), Operator: evmtest.Addr(r.gov)}
	var rc = r.c
	addr, rec := rc.Deploy(t, r.gov, common.FromHex(rollupcontract.RollupMetaData.Bin), abiR.PackConstructor(cfg))
	r.rollup, r.deployed = addr, rec.BlockNumber.Uint64()
	var err error
	if r.db, err = store.Open(context.Background(), store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.db.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	r.w, err = New(Config{Contract: r.rollup, Confirmations: confirmations, PollInterval: time.Millisecond,
		FromBlock: r.deployed, MaxBlocks: 3}, r.c.C, r.db, log)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *rig) deposit(user int, wei int64) uint64 {
	r.t.Helper()
	to := evmtest.Addr(r.users[user])
	rec := r.c.MustSend(r.t, r.users[user], &r.rollup, big.NewInt(wei), abiR.PackDepositETH(to, big.NewInt(wei)))
	return rec.BlockNumber.Uint64()
}

func (r *rig) poll() int {
	r.t.Helper()
	n, err := r.w.Poll(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

func (r *rig) ops() []store.PriorityOp {
	r.t.Helper()
	ops, err := r.db.PriorityOps(context.Background(), 0, 100)
	if err != nil {
		r.t.Fatal(err)
	}
	return ops
}

func amountOf(t *testing.T, op store.PriorityOp) int64 {
	tx, err := l1.DecodePriorityRequest(op.OpType, op.Pubdata)
	if err != nil {
		t.Fatal(err)
	}
	return tx.(*rollup.Deposit).Amount.Big().Int64()
}

func TestWatcherStoresConfirmedEventsWithTheirL1Block(t *testing.T) {
	r := newRig(t, 2)
	b1 := r.deposit(0, 100)
	r.deposit(1, 200)
	tok, _ := r.c.Deploy(t, r.gov, common.FromHex(testtoken.TestTokenMetaData.Bin), testtoken.NewTestToken().PackConstructor("T", "T"))
	r.c.MustSend(t, r.gov, &r.rollup, nil, abiR.PackAddToken(tok))
	r.c.Mine(1)
	// Head is two blocks past the token listing: with 2 confirmations the
	// deposits are read, the listing (one block back from head-2) is too.
	if n := r.poll(); n != 2 {
		t.Fatalf("stored %d priority ops, want 2", n)
	}
	ops := r.ops()
	h, _ := r.c.C.HeaderByNumber(context.Background(), new(big.Int).SetUint64(b1))
	if ops[0].ID != 0 || ops[0].L1Block != b1 || ops[0].L1BlockHash != h.Hash() || amountOf(t, ops[0]) != 100 || amountOf(t, ops[1]) != 200 {
		t.Fatalf("ops %+v", ops)
	}
	if n := r.poll(); n != 0 {
		t.Fatalf("a second poll stored %d again", n)
	}
	r.c.Mine(2)
	r.poll()
	toks, err := r.db.Tokens(context.Background())
	if err != nil || len(toks) != 1 || toks[0].ID != 1 || common.Address(toks[0].Address) != tok {
		t.Fatalf("tokens %+v %v", toks, err)
	}
	// Unconfirmed: a deposit in the newest block is not read yet.
	r.deposit(2, 300)
	if n := r.poll(); n != 0 {
		t.Fatalf("read an unconfirmed deposit")
	}
	r.c.Mine(2)
	if n := r.poll(); n != 1 {
		t.Fatalf("confirmed deposit not read")
	}
}

func TestWatcherSurvivesReorg(t *testing.T) {
	r := newRig(t, 0)
	r.deposit(0, 100)
	bB := r.deposit(1, 200)
	r.c.Mine(1)
	if n := r.poll(); n != 2 {
		t.Fatalf("stored %d", n)
	}
	// L1 reorgs away B's block: a competing chain from its parent holds C.
	parent, err := r.c.C.HeaderByNumber(context.Background(), new(big.Int).SetUint64(bB-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.c.B.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	r.c.B.Rollback() // B's transaction does not come back on the fork
	r.deposit(2, 300)
	r.c.Mine(3) // the fork is now the longer chain
	r.poll()
	ops := r.ops()
	if len(ops) != 2 || amountOf(t, ops[0]) != 100 || amountOf(t, ops[1]) != 300 || ops[1].ID != 1 {
		t.Fatalf("after the reorg: %+v", ops)
	}
	h, _ := r.c.C.HeaderByNumber(context.Background(), new(big.Int).SetUint64(ops[1].L1Block))
	if h.Hash() != ops[1].L1BlockHash {
		t.Fatal("stored block hash is not the canonical one")
	}
}

func TestWatcherRefusesReorgOfProcessedOperations(t *testing.T) {
	r := newRig(t, 0)
	r.deposit(0, 100)
	bB := r.deposit(1, 200)
	r.poll()
	// The sequencer processes both in L2 block 1.
	one, two := uint64(0), uint64(1)
	err := r.db.SealBlock(context.Background(), store.Block{Number: 1, Ops: []store.BlockOp{
		{Slot: 0, TxHash: common.Hash{1}, OpType: 1, Tx: []byte{1}, PriorityID: &one},
		{Slot: 1, TxHash: common.Hash{2}, OpType: 1, Tx: []byte{1}, PriorityID: &two},
	}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	parent, _ := r.c.C.HeaderByNumber(context.Background(), new(big.Int).SetUint64(bB-1))
	if err := r.c.B.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	r.c.Mine(3)
	if _, err := r.w.Poll(context.Background()); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("a reorg of processed priority ops: %v", err)
	}
}

// TestWatcherRereadsReincludedTransactions: when the reorg puts B's
// transaction into the competing block, the watcher stores it again with
// that block's hash.
func TestWatcherRereadsReincludedTransactions(t *testing.T) {
	r := newRig(t, 0)
	r.deposit(0, 100)
	bB := r.deposit(1, 200)
	r.c.Mine(1)
	r.poll()
	parent, _ := r.c.C.HeaderByNumber(context.Background(), new(big.Int).SetUint64(bB-1))
	if err := r.c.B.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	r.deposit(2, 300) // mined with B's reinjected transaction
	r.c.Mine(3)
	r.poll()
	ops := r.ops()
	if len(ops) != 3 || amountOf(t, ops[1]) != 200 || amountOf(t, ops[2]) != 300 {
		t.Fatalf("after the reorg: %d ops", len(ops))
	}
	for _, op := range ops {
		h, _ := r.c.C.HeaderByNumber(context.Background(), new(big.Int).SetUint64(op.L1Block))
		if h.Hash() != op.L1BlockHash {
			t.Fatalf("op %d: stored block hash is not the canonical one", op.ID)
		}
	}
}
