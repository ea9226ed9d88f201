package aggregator_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/aggregator"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/l1watcher"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
	"github.com/zkrollup/zkrollup/witness"
)

// Review 16c: the aggregator's one-transaction path against restarts that
// switch it on and off with batches in flight, and against a batch row
// lost between the sender's Enqueue and AddL1Batch.

// lossy is the L1 sender with a fault: the first batch whose key starts
// with lose is enqueued and then reported as an error, as when the
// process fails between Enqueue and AddL1Batch. It records every key the
// sender took.
type lossy struct {
	*txsender.Sender
	lose  string
	lost  []string
	taken []string
}

func (l *lossy) Enqueue(ctx context.Context, owner, key string, to common.Address, data []byte, value *big.Int) (store.L1Tx, error) {
	tx, err := l.Sender.Enqueue(ctx, owner, key, to, data, value)
	if err != nil {
		return tx, err
	}
	if len(l.taken) == 0 || l.taken[len(l.taken)-1] != key {
		l.taken = append(l.taken, key)
	}
	if l.lose != "" && strings.HasPrefix(key, l.lose) {
		l.lose = ""
		l.lost = append(l.lost, key)
		return tx, errors.New("injected: the batch row was not written after Enqueue")
	}
	return tx, nil
}

// rig16c is one node (sequencer, watcher, sender, aggregator) on a
// simulated L1 with the real contract and real verifiers of both shapes.
type rig16c struct {
	t        *testing.T
	ctx      context.Context
	p        rollup.Params
	chain    *evmtest.Chain
	contract common.Address
	operator common.Address
	user     node.DevAccount
	db       *store.DB
	seq      *sequencer.Sequencer
	watcher  *l1watcher.Watcher
	sender   *lossy
	ladder   *keys.Ladder
	genesis  fr.Element
	agg      *aggregator.Aggregator
	clock    time.Time
	log      *slog.Logger
	abi      *rollupcontract.Rollup
}

func newRig16c(t *testing.T) *rig16c {
	if testing.Short() {
		t.Skip("runs a Groth16 setup and proves blocks")
	}
	evmtest.RequireSolc(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	r := &rig16c{t: t, ctx: ctx, p: rollup.LadderTestParams, log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		abi: rollupcontract.NewRollup(), clock: time.Now()}
	r.ladder = testkeys.Ladder(t, r.p)
	opKey := evmtest.NewKey(t)
	user, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	r.user = user
	r.chain = evmtest.NewChain(t, evmtest.Addr(opKey), user.Address)
	var vs []common.Address
	for _, set := range r.ladder.Sets {
		_, code := testkeys.BlockVerifier(t, set.VK)
		v, _ := r.chain.Deploy(t, opKey, code, nil)
		vs = append(vs, v)
	}
	shapes, verifiers := l1.Shapes(r.p, vs...)
	r.operator = evmtest.Addr(opKey)
	gst, _ := state.Open(kv.NewMemory(), r.p.StateConfig())
	if err := rollup.InitGenesis(gst, r.operator); err != nil {
		t.Fatal(err)
	}
	r.genesis, _ = gst.Root()
	contract, receipt := r.chain.Deploy(t, opKey, common.FromHex(rollupcontract.RollupMetaData.Bin), r.abi.PackConstructor(rollupcontract.RollupConfig{
		BlockShapes: shapes, BlockVerifiers: verifiers, ExitVerifier: r.operator,
		AccountDepth: big.NewInt(int64(r.p.AccountDepth)), BalanceDepth: big.NewInt(int64(r.p.BalanceDepth)), RollupChainId: r.p.ChainID,
		PriorityExpiryBlocks: 1000, GenesisRoot: r.genesis.Bytes(), Governance: r.operator, Operator: r.operator}))
	r.contract = contract
	r.db, err = store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.db.Close() })
	r.p.L1 = rollup.L1Domain{ChainID: r.chain.ChainID.Uint64(), Contract: contract}
	r.seq, err = sequencer.Open(ctx, sequencer.Config{Tick: time.Millisecond, BlockTimeout: time.Millisecond,
		Clock: func() time.Time { return r.clock }}, r.p, r.db, kv.NewMemory(), r.operator, mempool.DefaultConfig, r.log)
	if err != nil {
		t.Fatal(err)
	}
	r.watcher, err = l1watcher.New(l1watcher.Config{Contract: contract, PollInterval: time.Millisecond,
		FromBlock: receipt.BlockNumber.Uint64(), MaxBlocks: 100}, r.chain.C, r.db, r.log)
	if err != nil {
		t.Fatal(err)
	}
	s, err := txsender.New(ctx, txsender.Config{StuckAfter: time.Minute, MaxFeeCap: big.NewInt(1e12), GasMargin: 20}, r.chain.C, r.db, opKey, r.log)
	if err != nil {
		t.Fatal(err)
	}
	r.sender = &lossy{Sender: s}
	return r
}

// restart starts a fresh aggregator (and witness generator: a restart
// replays from block 1) on the same database and sender.
func (r *rig16c) restart(oneTx bool) {
	r.t.Helper()
	gen, err := witness.New(r.db, r.p, r.operator)
	if err != nil {
		r.t.Fatal(err)
	}
	r.agg = aggregator.New(aggregator.Config{Contract: r.contract, MaxInFlight: 2, Lease: time.Minute,
		Retry: proofqueue.Retry{MaxAttempts: 3, Backoff: time.Second}, BlocksPerTx: 3, BatchWait: 0, OneTx: oneTx,
		Clock: func() time.Time { return r.clock }}, r.db, gen, aggregator.LocalProver{Keys: r.ladder}, r.p, r.ladder, r.sender, r.genesis, r.log)
}

// deposit sends an L1 deposit to the user (a priority request: L2 seals
// a block for it).
func (r *rig16c) deposit() {
	r.t.Helper()
	v := big.NewInt(1_000_000_000)
	r.chain.MustSend(r.t, r.user.L1, &r.contract, v, r.abi.PackDepositETH(r.user.Address, v))
}

// turn is one pass of everything; it returns the aggregator's error.
func (r *rig16c) turn() error {
	r.t.Helper()
	if _, err := r.watcher.Poll(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	for range 2 {
		if err := r.seq.MiniBlock(r.ctx); err != nil {
			r.t.Fatal(err)
		}
		r.clock = r.clock.Add(time.Millisecond)
	}
	aerr := r.agg.Step(r.ctx)
	r.agg.Wait()
	if err := r.sender.Step(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	r.chain.B.Commit()
	if err := r.sender.Step(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	return aerr
}

func (r *rig16c) mustTurn() {
	r.t.Helper()
	if err := r.turn(); err != nil {
		r.t.Fatal(err)
	}
}

// l1Counters reads blocksCommitted, blocksProven, blocksExecuted.
func (r *rig16c) l1Counters() [3]uint64 {
	r.t.Helper()
	var out [3]uint64
	for i, data := range [][]byte{r.abi.PackBlocksCommitted(), r.abi.PackBlocksProven(), r.abi.PackBlocksExecuted()} {
		b, err := r.chain.Call(r.operator, r.contract, data)
		if err != nil {
			r.t.Fatal(err)
		}
		out[i] = new(big.Int).SetBytes(b).Uint64()
	}
	return out
}

// checkBatches: for every stage, the recorded batches run contiguously
// from block 1 with no overlap, each on L1 (confirmed) up to `upTo`.
func (r *rig16c) checkBatches(upTo uint64) {
	r.t.Helper()
	for _, st := range status.Stages {
		bs, err := r.db.L1Batches(r.ctx, st)
		if err != nil {
			r.t.Fatal(err)
		}
		next := uint64(1)
		for _, b := range bs {
			if b.First != next || b.Last < b.First {
				r.t.Fatalf("%s batches not contiguous: %+v", st, bs)
			}
			next = b.Last + 1
		}
		sp, err := r.db.StageProgress(r.ctx, st)
		if err != nil || sp.Failed != nil || sp.Confirmed < upTo {
			r.t.Fatalf("%s: progress %+v (failed %+v), %v; want confirmed up to %d", st, sp, sp.Failed, err, upTo)
		}
	}
}

// TestReview16cRestartsSwitchingOneTx: a node runs the staged path, is
// restarted with one-tx on while staged batches are in flight, then off
// again while a one-tx batch is in flight. Every restart finishes what is
// in flight the way it was started (no commitProveExecute while a block is
// committed and not executed, no staged commit over a one-tx batch), no
// batch overlaps another or is refused, and L1 ends with every sealed
// block committed, proven and executed.
func TestReview16cRestartsSwitchingOneTx(t *testing.T) {
	r := newRig16c(t)
	r.restart(false)
	// staged until a commit is on L1 and its blocks are not all executed
	for i := 0; ; i++ {
		if i == 40 {
			t.Fatalf("no staged commit in flight after %d turns: L1 %v", i, r.l1Counters())
		}
		r.deposit()
		r.mustTurn()
		if c := r.l1Counters(); c[0] >= 2 && c[2] < c[0] {
			break
		}
	}
	atSwitch := r.l1Counters()
	stagedKeys := len(r.sender.taken)
	t.Logf("switching one-tx on with L1 at %v (keys %v)", atSwitch, r.sender.taken)
	r.restart(true)
	for i := 0; ; i++ {
		if i == 60 {
			t.Fatalf("one-tx made no progress in %d turns: L1 %v, keys %v", i, r.l1Counters(), r.sender.taken)
		}
		r.deposit()
		r.mustTurn()
		c := r.l1Counters()
		if c[0] < c[2] || c[1] < c[2] {
			t.Fatalf("L1 counters %v", c)
		}
		if c[2] >= atSwitch[0]+3 && c[0] > c[2] {
			t.Fatalf("a block committed and not executed under one-tx: %v", c)
		}
		var all int
		for _, k := range r.sender.taken[stagedKeys:] {
			if strings.HasPrefix(k, "commit:") {
				t.Fatalf("a staged commit under one-tx: %v", r.sender.taken[stagedKeys:])
			}
			if strings.HasPrefix(k, "all:") {
				all++
			}
		}
		if all >= 2 && c[2] > atSwitch[0] {
			break
		}
	}
	// switch off with a one-tx batch in flight: enqueue one and restart
	// before the sender has sent it
	var inFlight string
	for i := 0; inFlight == "" && i < 40; i++ {
		before := len(r.sender.taken)
		r.deposit()
		if _, err := r.watcher.Poll(r.ctx); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if err := r.seq.MiniBlock(r.ctx); err != nil {
				t.Fatal(err)
			}
			r.clock = r.clock.Add(time.Millisecond)
		}
		if err := r.agg.Step(r.ctx); err != nil {
			t.Fatal(err)
		}
		r.agg.Wait()
		if len(r.sender.taken) > before && strings.HasPrefix(r.sender.taken[len(r.sender.taken)-1], "all:") {
			inFlight = r.sender.taken[len(r.sender.taken)-1]
			break
		}
		r.chain.B.Commit()
		if err := r.sender.Step(r.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if inFlight == "" {
		t.Fatalf("no one-tx batch enqueued: %v", r.sender.taken)
	}
	offAt := len(r.sender.taken)
	t.Logf("switching one-tx off with %s queued, L1 at %v", inFlight, r.l1Counters())
	r.restart(false)
	for i := 0; i < 12; i++ {
		r.deposit()
		r.mustTurn()
	}
	for _, k := range r.sender.taken[offAt:] {
		if strings.HasPrefix(k, "all:") {
			t.Fatalf("a one-tx batch after switching it off: %v", r.sender.taken[offAt:])
		}
	}
	// settle: no more deposits
	for i := 0; ; i++ {
		c := r.l1Counters()
		if c[2] == r.seq.Latest() && c[0] == c[2] {
			break
		}
		if i == 40 {
			t.Fatalf("L1 at %v, L2 sealed %d", c, r.seq.Latest())
		}
		r.mustTurn()
	}
	r.checkBatches(r.seq.Latest())
	t.Logf("keys: %v", r.sender.taken)
}

// TestReview16cLostOneTxBatchRow: the sender holds a commitProveExecute
// whose batch row was never written (the process failed between Enqueue
// and AddL1Batch) and the transaction is mined. The aggregator must not
// send another transaction over the same blocks, nor stop for good: it
// should go on from the batch L1 executed. A restart recovers the row
// (recoverBatches); this test asks the same of the running aggregator.
func TestReview16cLostOneTxBatchRow(t *testing.T) {
	r := newRig16c(t)
	r.restart(true)
	for i := 0; r.l1Counters()[2] < 2; i++ {
		if i == 40 {
			t.Fatalf("nothing executed: %v", r.l1Counters())
		}
		r.deposit()
		r.mustTurn()
	}
	r.sender.lose = "all:"
	var errs []string
	for i := 0; i < 20; i++ {
		r.deposit()
		if err := r.turn(); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(r.sender.lost) != 1 {
		t.Fatalf("no batch lost: keys %v", r.sender.taken)
	}
	lost := r.sender.lost[0]
	var last uint64
	fmt.Sscanf(lost[strings.Index(lost, "-")+1:], "%d", &last)
	c := r.l1Counters()
	t.Logf("lost %s; L1 now %v, L2 sealed %d; aggregator errors %d, last: %.300s", lost, c, r.seq.Latest(), len(errs), lastOf(errs))
	if c[2] <= last {
		// the running aggregator is stuck; a restart heals it
		r.restart(true)
		for i := 0; i < 10; i++ {
			r.mustTurn()
		}
		healed := r.l1Counters()
		t.Errorf("after the batch row of %s was lost, the running aggregator stopped at L1 %v for %d turns "+
			"(%d step errors, e.g. %.200s); a restart (recoverBatches) moved it to %v",
			lost, c, 20, len(errs), lastOf(errs), healed)
	}
}

func lastOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}
