package restore_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime/pprof"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

// benchShape is the history the restore benchmarks replay: production
// params (account tree 24, balance tree 10, 64 slots a block), `accounts`
// users who each deposit and register a key (full blocks of deposits,
// then of ChangePubKeys), then `transferBlocks` blocks full of transfers
// between random users. ZKROLLUP_RESTORE_BENCH_{SLOTS,ACCOUNTS,BLOCKS}
// change it.
type benchShape struct {
	p                        rollup.Params
	accounts, transferBlocks int
}

func shapeFromEnv() benchShape {
	s := benchShape{p: rollup.ProdParams, accounts: 2048, transferBlocks: 200}
	env := func(name string, v *int) {
		if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
			*v = n
		}
	}
	slots := int(s.p.BlockSlots)
	env("ZKROLLUP_RESTORE_BENCH_SLOTS", &slots)
	env("ZKROLLUP_RESTORE_BENCH_ACCOUNTS", &s.accounts)
	env("ZKROLLUP_RESTORE_BENCH_BLOCKS", &s.transferBlocks)
	s.p.BlockSlots = slots
	return s
}

func (s benchShape) String() string {
	return fmt.Sprintf("slots=%d accounts=%d transfer-blocks=%d", s.p.BlockSlots, s.accounts, s.transferBlocks)
}

// makeHistory plays the operator on runner r: deposit (may be nil) is
// called before each deposit is applied (its L1 side), sealed after each
// block. It returns how many of the blocks set the users up (the rest are
// transfers).
func makeHistory(tb testing.TB, r *scenario.Runner, s benchShape, deposit func(name string, amount uint64), sealed func(*rollup.Block)) int {
	tb.Helper()
	name := func(i int) string { return "u" + strconv.Itoa(i) }
	slots := int(s.p.BlockSlots)
	blocks := 0
	apply := func(tx rollup.Tx) {
		if _, err := r.Apply(tx); err != nil {
			tb.Fatal(err)
		}
		if r.Machine.OpenBlockLen() == slots {
			b, err := r.Seal()
			if err != nil {
				tb.Fatal(err)
			}
			blocks++
			sealed(b)
		}
	}
	seal := func() {
		if r.Machine.OpenBlockLen() > 0 {
			b, err := r.Seal()
			if err != nil {
				tb.Fatal(err)
			}
			blocks++
			sealed(b)
		}
	}
	const funds = 1 << 40
	for i := range s.accounts {
		if deposit != nil {
			deposit(name(i), funds)
		}
		apply(&rollup.Deposit{To: r.Address(name(i)), Amount: num.FromUint64(funds)})
	}
	seal()
	ids := make([]uint32, s.accounts)
	for i := range s.accounts {
		tx, err := r.Build("changepubkey " + name(i))
		if err != nil {
			tb.Fatal(err)
		}
		apply(tx)
		ids[i], _ = r.AccountID(name(i))
	}
	seal()
	setup := blocks
	rng := rand.New(rand.NewPCG(15, 5000))
	amount, _ := rollup.PackAmount(num.FromUint64(1000))
	fee, _ := rollup.PackFee(num.FromUint64(1))
	for range s.transferBlocks * slots {
		from, to := rng.IntN(s.accounts), rng.IntN(s.accounts-1)
		if to >= from {
			to++
		}
		acc, err := r.State.Account(ids[from])
		if err != nil {
			tb.Fatal(err)
		}
		t := &rollup.Transfer{From: ids[from], To: r.Address(name(to)), Amount: amount, Fee: fee, Nonce: acc.Nonce}
		if err := rollup.SignTransfer(r.Key(name(from)), s.p.ChainID, t); err != nil {
			tb.Fatal(err)
		}
		apply(t)
	}
	return setup
}

// replayHistory is a history as L1 holds it, built once per process.
type replayHistory struct {
	s        benchShape
	operator common.Address
	blocks   []l1.CommitBlock // block i+1
	ops      []int
	setup    int // blocks[:setup] create the users
}

var (
	historyOnce sync.Once
	history     *replayHistory
)

func getHistory(b *testing.B) *replayHistory {
	historyOnce.Do(func() {
		s := shapeFromEnv()
		s.p.L1 = rollup.L1Domain{ChainID: 1, Contract: common.HexToAddress("0x15")} // ChangePubKey authorisations bind it
		r, err := scenario.New(s.p)
		if err != nil {
			b.Fatal(err)
		}
		h := &replayHistory{s: s, operator: r.Address("op")}
		start := time.Now()
		h.setup = makeHistory(b, r, s, nil, func(blk *rollup.Block) {
			c, err := l1.Commit(blk)
			if err != nil {
				b.Fatal(err)
			}
			h.blocks, h.ops = append(h.blocks, c), append(h.ops, len(blk.Ops))
		})
		b.Logf("history (%s): %d blocks built in %s", s, len(h.blocks), time.Since(start).Round(time.Millisecond))
		history = h
	})
	if history == nil {
		b.Fatal("no history (its build failed)")
	}
	return history
}

// replayer is a fresh state at genesis on a store.
type replayer struct {
	db kv.Store
	st *state.State
	m  *rollup.Machine
}

func newReplayer(b *testing.B, h *replayHistory, db kv.Store) *replayer {
	st, err := state.Open(db, h.s.p.StateConfig())
	if err != nil {
		b.Fatal(err)
	}
	if err := rollup.InitGenesis(st, h.operator); err != nil {
		b.Fatal(err)
	}
	if err := st.Commit(nil); err != nil {
		b.Fatal(err)
	}
	m, err := rollup.NewMachine(h.s.p, st)
	if err != nil {
		b.Fatal(err)
	}
	return &replayer{db: db, st: st, m: m}
}

// replay re-executes blocks from..to-1 of h, committing the state after
// every `every` blocks and after the last.
func (r *replayer) replay(b *testing.B, h *replayHistory, from, to, every int) (ops int) {
	for i := from; i < to; i++ {
		c := h.blocks[i]
		hdr := rollup.BlockHeader{Number: uint64(i + 1), Timestamp: c.Timestamp, FeeAccount: c.FeeAccount}
		if _, err := r.m.ReplayPubdata(hdr, c.Pubdata, c.EthSignatures, c.NewStateRoot); err != nil {
			b.Fatal(err)
		}
		if (i+1-from)%every == 0 || i == to-1 {
			if err := r.st.Commit(nil); err != nil {
				b.Fatal(err)
			}
		}
		ops += h.ops[i]
	}
	return ops
}

// BenchmarkReplayPubdata re-executes production-shaped blocks full of
// transfers from their pubdata (rollup.Machine.ReplayPubdata), committing
// the state after each block (as restore does), on an in-memory store and
// on Pebble (fsync per commit): the restore's work per block without L1.
// "setup" replays the blocks of deposits and ChangePubKeys that create the
// users; the others replay only the transfer blocks (the users' creation
// is replayed outside the timer). "commit-16" commits after every 16
// blocks instead: what batching the restore's commits would give.
func BenchmarkReplayPubdata(b *testing.B) {
	for _, c := range []struct {
		name      string
		pebble    bool
		transfers bool
		every     int
	}{
		{"setup/memory", false, false, 1},
		{"transfers/memory", false, true, 1},
		{"transfers/pebble", true, true, 1},
		{"transfers/pebble/commit-16", true, true, 16},
	} {
		b.Run(c.name, func(b *testing.B) {
			h := getHistory(b)
			ops, blocks := 0, 0
			for b.Loop() {
				b.StopTimer()
				db := kv.NewMemory()
				if c.pebble {
					var err error
					if db, err = kv.OpenPebble(b.TempDir()); err != nil {
						b.Fatal(err)
					}
				}
				r := newReplayer(b, h, db)
				from, to := 0, h.setup
				if c.transfers {
					r.replay(b, h, 0, h.setup, 1)
					from, to = h.setup, len(h.blocks)
				}
				b.StartTimer()
				timed(func() { ops += r.replay(b, h, from, to, c.every) })
				blocks += to - from
				b.StopTimer()
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(ops)/b.Elapsed().Seconds(), "ops/s")
			b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
		})
	}
}

// timed runs fn with the pprof label bench=timed, so that a profile of
// the timed work leaves the setup out: go tool pprof -tagfocus bench=timed.
func timed(fn func()) {
	pprof.Do(context.Background(), pprof.Labels("bench", "timed"), func(context.Context) { fn() })
}

// timedChain counts the time a restore spends waiting for L1.
type timedChain struct {
	restore.Chain
	calls, logs, txs time.Duration
}

func (c *timedChain) CallContract(ctx context.Context, m ethereum.CallMsg, at *big.Int) ([]byte, error) {
	defer func(t time.Time) { c.calls += time.Since(t) }(time.Now())
	return c.Chain.CallContract(ctx, m, at)
}

func (c *timedChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	defer func(t time.Time) { c.logs += time.Since(t) }(time.Now())
	return c.Chain.FilterLogs(ctx, q)
}

func (c *timedChain) TransactionInBlock(ctx context.Context, h common.Hash, i uint) (*types.Transaction, error) {
	defer func(t time.Time) { c.txs += time.Since(t) }(time.Now())
	return c.Chain.TransactionInBlock(ctx, h, i)
}

// BenchmarkRestoreFromL1 times the whole restore from genesis: the real
// Rollup contract on a simulated L1 (a verifier that accepts anything),
// the history of benchShape committed four blocks per commitBlocks
// transaction and executed, then restore.Run on a fresh store: log scans,
// calldata decoding, re-execution, the storedBlockHashes eth_call per
// block and the commit of state and cursor. l1-% is the share of the time
// spent in L1 reads (eth_call, logs, transactions).
func BenchmarkRestoreFromL1(b *testing.B) {
	s := shapeFromEnv()
	g := l1rig.New(b, s.p, l1rig.Options{})
	start := time.Now()
	var pending []*rollup.Block
	flush := func() {
		if len(pending) > 0 {
			g.Commit(pending...)
			g.Execute()
			pending = pending[:0]
		}
	}
	makeHistory(b, g.R, s, func(name string, amount uint64) {
		g.Send("op", new(big.Int).SetUint64(amount), rollupcontract.NewRollup().PackDepositETH(g.R.Address(name), new(big.Int).SetUint64(amount)))
	}, func(blk *rollup.Block) {
		if pending = append(pending, blk); len(pending) == 4 {
			flush()
		}
	})
	flush()
	head, err := g.C.C.BlockNumber(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("L1 history (%s): %d blocks executed, L1 head %d, built in %s", s, g.Executed, head, time.Since(start).Round(time.Millisecond))
	for _, store := range []string{"pebble", "memory"} {
		b.Run(store, func(b *testing.B) {
			var ops, blocks uint64
			c := &timedChain{Chain: g.C.C}
			for b.Loop() {
				b.StopTimer()
				db := kv.NewMemory()
				if store == "pebble" {
					if db, err = kv.OpenPebble(b.TempDir()); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				var res restore.Result
				timed(func() {
					r, err := restore.Open(context.Background(), config(g), c, nil, db)
					if err == nil {
						res, err = r.Run(context.Background(), 0, nil)
					}
					if err != nil {
						b.Fatal(err)
					}
				})
				if res.To != uint64(g.Executed) || res.Root != g.Stored[g.Executed].StateRoot {
					b.Fatalf("restored to block %d root %x, want %d %x", res.To, res.Root, g.Executed, g.Stored[g.Executed].StateRoot)
				}
				ops, blocks = ops+res.Ops, blocks+res.To
				b.StopTimer()
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(ops)/sec, "ops/s")
			b.ReportMetric(float64(blocks)/sec, "blocks/s")
			b.ReportMetric(100*(c.calls+c.logs+c.txs).Seconds()/sec, "l1-%")
			b.ReportMetric(100*c.calls.Seconds()/sec, "eth_call-%")
		})
	}
}
