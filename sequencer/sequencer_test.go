package sequencer

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// rig is a sequencer on SQLite and Pebble in a temp dir, and a scenario
// runner mirroring it as the users' wallet.
type rig struct {
	t      *testing.T
	dir    string
	db     *store.DB
	kv     kv.Store
	s      *Sequencer
	mirror *scenario.Runner
	nextID uint64
	clock  time.Time
	p      rollup.Params
}

var testCfg = Config{Tick: time.Millisecond, BlockTimeout: time.Hour}

func newRig(t *testing.T) *rig { return newRigWith(t, rollup.TestParams) }

func newRigWith(t *testing.T, p rollup.Params) *rig {
	mirror, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, dir: t.TempDir(), mirror: mirror, clock: time.Unix(1_800_000_000, 0), p: p}
	r.open()
	return r
}

func (r *rig) open() {
	r.t.Helper()
	ctx := context.Background()
	var err error
	if r.db, err = store.Open(ctx, store.Config{SQLitePath: filepath.Join(r.dir, "db.sqlite")}); err != nil {
		r.t.Fatal(err)
	}
	if r.kv, err = kv.OpenPebble(filepath.Join(r.dir, "state")); err != nil {
		r.t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if r.s, err = Open(ctx, testCfg, r.p, r.db, r.kv, r.mirror.Address("op"), mempool.DefaultConfig, log); err != nil {
		r.t.Fatal(err)
	}
	r.s.now = func() time.Time { return r.clock }
}

// restart closes everything and opens again from disk.
func (r *rig) restart() {
	r.db.Close()
	r.kv.Close()
	r.open()
}

// deposit feeds an L1 deposit, as the watcher will, and mirrors it.
func (r *rig) deposit(name string, amount uint64) {
	r.t.Helper()
	dep := rollup.Deposit{To: r.mirror.Address(name), Amount: num.FromUint64(amount)}
	if err := r.db.AddPriorityOps(context.Background(), []store.PriorityOp{{ID: r.nextID, OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata()}}); err != nil {
		r.t.Fatal(err)
	}
	r.nextID++
	if _, err := r.mirror.Apply(&rollup.Deposit{To: r.mirror.Address(name), Amount: num.FromUint64(amount)}); err != nil {
		r.t.Fatal(err)
	}
}

// submit signs a scenario command with the mirror, submits it, mirrors it.
func (r *rig) submit(line string) [32]byte {
	r.t.Helper()
	tx, err := r.mirror.Build(line)
	if err != nil {
		r.t.Fatal(err)
	}
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		r.t.Fatal(err)
	}
	h, err := r.s.Pool().Submit(context.Background(), raw)
	if err != nil {
		r.t.Fatalf("submit %q: %v", line, err)
	}
	if _, err := r.mirror.Apply(tx); err != nil {
		r.t.Fatal(err)
	}
	return h
}

// tick runs one mini-block; when it seals, the mirror seals too.
func (r *rig) tick() {
	r.t.Helper()
	before := r.s.Latest()
	if err := r.s.MiniBlock(context.Background()); err != nil {
		r.t.Fatal(err)
	}
	if r.s.Latest() != before {
		if _, err := r.mirror.Seal(); err != nil {
			r.t.Fatal(err)
		}
	}
}

func (r *rig) checkRoot() {
	r.t.Helper()
	got, err := r.s.PendingRoot()
	if err != nil {
		r.t.Fatal(err)
	}
	want, _ := r.mirror.State.Root()
	if got != want {
		r.t.Fatalf("sequencer root %x, mirror %x", got.Bytes(), want.Bytes())
	}
}

func TestSequencerBuildsBlocksAndResumesAfterRestart(t *testing.T) {
	r := newRig(t)
	r.deposit("A", 1000)
	r.deposit("B", 500)
	r.tick()
	h1 := r.submit("changepubkey A")
	h2 := r.submit("transfer A B 10 ETH fee 1")
	r.tick() // 4 ops: the block is full and sealed
	if n := r.s.Latest(); n != 1 {
		t.Fatalf("latest block %d, want 1", n)
	}
	for _, h := range [][32]byte{h1, h2} {
		if st, _ := r.db.TxStatus(context.Background(), h); st.State != "included" || st.Block != 1 {
			t.Fatalf("tx %x: %+v", h[:4], st)
		}
	}
	r.checkRoot()

	// A pending block survives a restart: it is restored, not re-queued.
	h3 := r.submit("transfer A B 20 ETH fee 1")
	r.tick()
	if _, _, ok := r.s.PendingTx(h3); !ok {
		t.Fatal("transfer not in the pending block")
	}
	r.restart()
	if _, _, ok := r.s.PendingTx(h3); !ok {
		t.Fatal("pending block not restored after restart")
	}
	if n := r.s.Pool().Len(); n != 0 {
		t.Fatalf("%d transactions back in the mempool: the pending block's were re-queued", n)
	}
	r.checkRoot()
	r.submit("changepubkey B")
	h4 := r.submit("transfer B A 5 ETH") // queued, not yet applied
	r.restart()
	if n := r.s.Pool().Len(); n != 2 {
		t.Fatalf("mempool holds %d after restart, want 2", n)
	}
	r.clock = r.clock.Add(2 * time.Hour) // the block times out
	r.tick()
	if n := r.s.Latest(); n != 2 {
		t.Fatalf("latest %d, want 2", n)
	}
	if st, _ := r.db.TxStatus(context.Background(), h4); st.State != "included" {
		t.Fatalf("h4 %+v", st)
	}
	r.checkRoot()
}

// TestSequencerSealsIntoTheSmallestShape: with a ladder of 2 and 4 slots, a
// block that times out with one or two operations is a 2-slot block, one
// with three a 4-slot block, and a block is sealed as soon as the largest
// shape is full, and a block that outgrew the small shape waits in
// proportion to the larger one; the stored commitment is the one of that shape (what the
// contract recomputes and the circuit of that shape proves).
func TestSequencerSealsIntoTheSmallestShape(t *testing.T) {
	r := newRigWith(t, rollup.LadderTestParams)
	ctx := context.Background()
	check := func(n uint64, ops, slots int) {
		t.Helper()
		b, err := r.db.Block(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if m := r.mirror.Blocks[len(r.mirror.Blocks)-1]; len(b.Ops) != ops || m.Slots != slots {
			t.Fatalf("block %d: %d ops, the rules' block %d slots; want %d ops in %d slots", n, len(b.Ops), m.Slots, ops, slots)
		}
		padded, err := rollup.PadPubdata(b.Pubdata, slots)
		if err != nil {
			t.Fatal(err)
		}
		var oldRoot, newRoot fr.Element
		oldRoot.SetBytes(b.OldRoot[:])
		newRoot.SetBytes(b.NewRoot[:])
		h := rollup.BlockHeader{Number: b.Number, Timestamp: b.Timestamp, FeeAccount: b.FeeAccount}
		if want := rollup.Commitment(oldRoot, newRoot, h, padded); b.Commitment != want {
			t.Fatalf("block %d: stored commitment %x, want %x: the one of %d slots", n, b.Commitment[:4], want[:4], slots)
		}
	}
	timeout := func() {
		t.Helper()
		r.clock = r.clock.Add(2 * time.Hour)
		r.tick()
	}
	r.deposit("A", 1000)
	r.tick()
	timeout()
	check(1, 1, 2)
	r.deposit("B", 500)
	r.tick()
	r.submit("changepubkey A")
	r.tick()
	timeout()
	check(2, 2, 2)
	r.deposit("C", 5)
	r.submit("changepubkey B")
	r.submit("transfer A B 10 ETH fee 1")
	r.tick()
	// three operations outgrow the 2-slot shape: the block waits twice the
	// timeout to fill the 4-slot one
	r.clock = r.clock.Add(3 * testCfg.BlockTimeout / 2)
	r.tick()
	if r.s.Latest() != 2 {
		t.Fatalf("a 3-operation block sealed after 1.5 timeouts; it waits 2 (4 slots / 2)")
	}
	r.clock = r.clock.Add(testCfg.BlockTimeout / 2)
	r.tick()
	check(3, 3, 4)
	r.submit("transfer A B 1 ETH fee 1")
	r.submit("transfer B A 1 ETH fee 1")
	r.submit("transfer A C 1 ETH fee 1")
	r.submit("transfer B C 1 ETH fee 1")
	r.tick() // the largest shape is full: sealed without waiting
	if r.s.Latest() != 4 {
		t.Fatalf("latest block %d: a full 4-slot block was not sealed at once", r.s.Latest())
	}
	check(4, 4, 4)
	r.checkRoot()
}

// TestSequencerReplaysBlocksTheTreeLacks: a crash after the block is
// stored but before the tree is committed leaves the tree behind; the
// restart replays the stored block and lands on the same root.
func TestSequencerReplaysBlocksTheTreeLacks(t *testing.T) {
	r := newRig(t)
	r.deposit("A", 1000)
	r.tick()
	r.clock = r.clock.Add(2 * time.Hour)
	r.tick() // block 1
	r.deposit("B", 7)
	r.deposit("A", 3)
	r.tick()
	r.clock = r.clock.Add(2 * time.Hour)
	r.tick() // block 2
	// Roll the tree back to genesis: a fresh store, as if nothing was committed.
	r.db.Close()
	r.kv.Close()
	if err := os.RemoveAll(filepath.Join(r.dir, "state")); err != nil {
		t.Fatal(err)
	}
	r.open()
	if r.s.Latest() != 2 {
		t.Fatalf("latest %d", r.s.Latest())
	}
	r.checkRoot()
	var marker [8]byte
	binary.BigEndian.PutUint64(marker[:], 2)
	if v, _, _ := r.kv.Get(keyBlock); string(v) != string(marker[:]) {
		t.Fatalf("tree marker %x after replay", v)
	}
}

func TestMempoolAdmission(t *testing.T) {
	r := newRig(t)
	r.deposit("A", 100)
	r.tick()
	r.submit("changepubkey A")
	for _, c := range []struct {
		line string
		want error
	}{
		{"transfer A B 200 ETH", rollup.ErrInsufficientFunds},
		{"transfer A B 10 ETH nonce 0", rollup.ErrNonceMismatch},
		{"transfer A B 10 ETH nonce 5", mempool.ErrNonceAhead},
		{"transfer B A 1 ETH", rollup.ErrAccountNotFound},
	} {
		tx, err := r.mirror.Build(c.line)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := rollup.EncodeTx(tx)
		if _, err := r.s.Pool().Submit(context.Background(), raw); !errors.Is(err, c.want) {
			t.Errorf("%q: got %v, want %v", c.line, err, c.want)
		}
	}
	if _, err := r.s.Pool().Submit(context.Background(), []byte{2, 1, 2}); !errors.Is(err, rollup.ErrMalformed) {
		t.Errorf("garbage: got %v, want %v", err, rollup.ErrMalformed)
	}
}

// TestSequencerRestartsBeforeTheFirstBlock: a node stopped right after it
// wrote the genesis state starts again.
func TestSequencerRestartsBeforeTheFirstBlock(t *testing.T) {
	r := newRig(t)
	r.restart()
	r.restart()
	r.deposit("A", 5)
	r.tick()
	r.clock = r.clock.Add(2 * time.Hour)
	r.tick()
	if r.s.Latest() != 1 {
		t.Fatalf("latest %d", r.s.Latest())
	}
	r.checkRoot()
}

// The verified view follows the blocks executed on L1: it stays at
// genesis until AdvanceVerified, then shows exactly the state after that
// block, also after a restart (it is rebuilt from the stored blocks).
func TestVerifiedViewFollowsExecutedBlocks(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	r.deposit("A", 1000)
	r.deposit("B", 500)
	r.tick()
	r.submit("changepubkey A")
	r.submit("transfer A B 10 ETH fee 1")
	r.tick() // block 1 sealed
	r.submit("transfer A B 20 ETH fee 1")
	r.tick()
	r.clock = r.clock.Add(2 * time.Hour)
	r.tick() // block 2 times out and is sealed
	if r.s.Latest() != 2 {
		t.Fatalf("latest %d", r.s.Latest())
	}
	balance := func(v status.View, name string) string {
		t.Helper()
		a := r.mirror.Address(name)
		acc, ok, err := r.s.AccountAt(v, &a, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return "none"
		}
		return acc.Balances[0].String()
	}
	if got := balance(status.ViewVerified, "A"); got != "none" {
		t.Fatalf("verified view before any execution: A has %s", got)
	}
	if err := r.s.AdvanceVerified(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if got := balance(status.ViewVerified, "A"); got != "989" {
		t.Fatalf("verified A after block 1: %s, want 989", got)
	}
	if got := balance(status.ViewSealed, "A"); got != "968" {
		t.Fatalf("committed A: %s, want 968", got)
	}
	if err := r.s.AdvanceVerified(ctx, 0); err != nil || r.s.VerifiedBlock() != 1 {
		t.Fatalf("a lower block moved the view: %v at %d", err, r.s.VerifiedBlock())
	}
	r.restart()
	if err := r.s.AdvanceVerified(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if got, want := balance(status.ViewVerified, "B"), balance(status.ViewSealed, "B"); got != want || got != "530" {
		t.Fatalf("verified B after block 2: %s, committed %s, want 530", got, want)
	}
	if err := r.s.AdvanceVerified(ctx, 3); err == nil {
		t.Fatal("advanced past the newest stored block")
	}
}
