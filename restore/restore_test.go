package restore_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
)

// story builds a rollup history on L1: deposits, key registrations,
// transfers (to new and existing accounts), a withdrawal, a full exit,
// two blocks committed in one transaction, a block committed, reverted
// and committed again with other contents, and a committed block that is
// never executed. It returns the runner's root after the last executed
// block.
func story(t *testing.T, g *l1rig.Rig) [32]byte {
	t.Helper()
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	b1 := g.Block("changepubkey A")
	b2 := g.Block("changepubkey B\ntransfer A C 1000 fee 3")
	b3 := g.Block("transfer B A 700 fee 1\nwithdraw A 5000 fee 2")
	g.Commit(b1)
	g.Commit(b2, b3)
	g.Execute()
	// Another block 4 (same operations, a later timestamp: another
	// commitment) is committed and reverted; then the real one.
	g.Deposit("D", 42)
	b4 := g.Block("transfer A B 10")
	bogus := *b4
	bogus.Header.Timestamp++
	g.Commit(&bogus)
	g.RevertLast()
	g.Commit(b4)
	g.FullExit("C")
	b5 := g.Block("transfer B C 3")
	g.Commit(b5)
	g.Execute()
	root := b5.NewRoot.Bytes()
	g.Commit(g.Block("transfer A C 1")) // committed, never executed
	return root
}

func TestRestoreRebuildsTheExecutedState(t *testing.T) {
	restoreStory(t, rollup.TestParams)
}

// TestRestoreWithALadderOfShapes: with block shapes of 2 and 4 slots the
// blocks rebuilt from L1 take the shapes the contract gave them (each
// checked against storedBlockHashes, which holds the shape).
func TestRestoreWithALadderOfShapes(t *testing.T) {
	restoreStory(t, rollup.LadderTestParams)
}

func restoreStory(t *testing.T, p rollup.Params) {
	g := newRig(t, p, "A", "B", "C", "D")
	want := story(t, g)
	shapes := map[uint16]bool{}
	for n := uint64(1); n <= 5; n++ {
		shapes[g.Stored[n].Slots] = true
	}
	if len(shapes) != len(p.Ladder()) {
		t.Fatalf("the story's blocks take the shapes %v of the ladder %v: not every shape is restored", shapes, p.Ladder())
	}
	r := open(t, g, kv.NewMemory(), nil)
	var seen []uint64
	res, err := r.Run(context.Background(), 0, func(p restore.Progress) { seen = append(seen, p.Block) })
	if err != nil {
		t.Fatal(err)
	}
	if res.To != 5 || res.Target != 5 || len(seen) != 5 {
		t.Fatalf("restored %d..%d of %d (progress %v), want blocks 1..5", res.From, res.To, res.Target, seen)
	}
	if res.Root != want {
		t.Fatalf("restored root %x, the operator's %x", res.Root, want)
	}
	if got := r.Cursor().Stored; l1.HashStored(got) != l1.HashStored(g.Stored[5]) {
		t.Fatalf("the cursor's stored block %+v is not what L1 stores for block 5", got)
	}
	if res.Ops != uint64(r.Cursor().Ops) || res.Ops == 0 {
		t.Fatalf("ops %d, cursor %d", res.Ops, r.Cursor().Ops)
	}
	// A second run finds nothing new.
	res, err = r.Run(context.Background(), 0, nil)
	if err != nil || res.From != 5 || res.To != 5 {
		t.Fatalf("second run: %+v, %v", res, err)
	}
}

// TestRestoreResumesAfterAStop: a restore stopped after block 2 and
// reopened from its store (the process died) continues to the same state.
func TestRestoreResumesAfterAStop(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	want := story(t, g)
	db, err := kv.OpenPebble(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := open(t, g, db, nil)
	if res, err := r.Run(context.Background(), 2, nil); err != nil || res.To != 2 {
		t.Fatalf("first run: %+v, %v", res, err)
	}
	r = open(t, g, db, nil) // as a new process would
	if c := r.Cursor(); c.Block != 2 {
		t.Fatalf("reopened at block %d, want 2", c.Block)
	}
	res, err := r.Run(context.Background(), 0, nil)
	if err != nil || res.From != 2 || res.To != 5 || res.Root != want {
		t.Fatalf("resumed run: %+v, %v (want root %x)", res, err, want)
	}
	// Another deployment's restore cannot reuse the directory.
	p := rollup.TestParams
	p.ChainID++ // (the same deployer and nonce on a fresh chain: the same address)
	other := newRig(t, p, "A")
	if _, err := restore.Open(context.Background(), config(other), other.C.C, nil, db); !errors.Is(err, restore.ErrOtherDeployment) {
		t.Fatalf("another deployment on the same directory: %v", err)
	}
}

// tamper is a source that changes what an honest one delivers.
type tamper struct {
	inner restore.Source
	f     func(cb *restore.Committed) (skip bool)
}

func (s tamper) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(restore.Committed) error) error {
	return s.inner.Blocks(ctx, after, resume, upTo, head, func(cb restore.Committed) error {
		if s.f(&cb) {
			return nil
		}
		return fn(cb)
	})
}

// reorder delivers block a after block a+1.
type reorder struct {
	inner restore.Source
	a     uint64
}

func (s reorder) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(restore.Committed) error) error {
	var held *restore.Committed
	return s.inner.Blocks(ctx, after, resume, upTo, head, func(cb restore.Committed) error {
		if cb.Number == s.a {
			held = &cb
			return nil
		}
		if err := fn(cb); err != nil {
			return err
		}
		if held != nil {
			c := *held
			held = nil
			return fn(c)
		}
		return nil
	})
}

// TestRestoreRefusesACorruptOrReorderedSource: a source that changes a
// block's pubdata, header or authorisations, swaps two blocks, drops one,
// or serves another version of a block than L1 executed is refused at
// that block; the state stays at the block before, and the honest source
// then finishes the restore.
func TestRestoreRefusesACorruptOrReorderedSource(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	want := story(t, g)
	honest, err := restore.NewCalldataSource(g.C.C, g.Addr)
	if err != nil {
		t.Fatal(err)
	}
	at := func(n uint64, f func(cb *restore.Committed)) restore.Source {
		return tamper{inner: honest, f: func(cb *restore.Committed) bool {
			if cb.Number == n {
				cb.Block.Pubdata = bytes.Clone(cb.Block.Pubdata)
				cb.Block.EthSignatures = bytes.Clone(cb.Block.EthSignatures)
				f(cb)
			}
			return false
		}}
	}
	bogus4 := g.Blocks[3] // the executed block 4; the reverted one differed in its timestamp
	cases := []struct {
		name  string
		src   restore.Source
		stop  uint64 // the last block restored
		wants []error
	}{
		{"an amount changed", at(3, func(cb *restore.Committed) { cb.Block.Pubdata[20] ^= 1 }), 2, []error{restore.ErrBadBlock, restore.ErrNotOnL1}},
		{"an op type changed", at(2, func(cb *restore.Committed) { cb.Block.Pubdata[0] = byte(rollup.OpWithdraw) }), 1, []error{restore.ErrBadBlock}},
		{"pubdata cut short", at(2, func(cb *restore.Committed) { cb.Block.Pubdata = cb.Block.Pubdata[:len(cb.Block.Pubdata)-1] }), 1, []error{restore.ErrBadBlock}},
		{"an authorisation changed", at(2, func(cb *restore.Committed) { cb.Block.EthSignatures[3] ^= 1 }), 1, []error{restore.ErrBadBlock}},
		{"a timestamp changed", at(4, func(cb *restore.Committed) { cb.Block.Timestamp = bogus4.Header.Timestamp + 1 }), 3, []error{restore.ErrNotOnL1}},
		{"the fee account changed", at(3, func(cb *restore.Committed) { cb.Block.FeeAccount = 1 }), 2, []error{restore.ErrBadBlock, restore.ErrNotOnL1}},
		{"the root changed", at(1, func(cb *restore.Committed) { cb.Block.NewStateRoot[31] ^= 1 }), 0, []error{restore.ErrBadBlock, restore.ErrNotOnL1}},
		{"two blocks swapped", reorder{inner: honest, a: 2}, 1, []error{restore.ErrOutOfOrder}},
		{"a block dropped", tamper{inner: honest, f: func(cb *restore.Committed) bool { return cb.Number == 3 }}, 2, []error{restore.ErrOutOfOrder}},
		{"the source ends early", tamper{inner: honest, f: func(cb *restore.Committed) bool { return cb.Number >= 4 }}, 3, []error{restore.ErrIncomplete}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := kv.NewMemory()
			r := open(t, g, db, c.src)
			_, err := r.Run(context.Background(), 0, nil)
			ok := false
			for _, w := range c.wants {
				ok = ok || errors.Is(err, w)
			}
			if !ok {
				t.Fatalf("got %v, want one of %v", err, c.wants)
			}
			if got := r.Cursor().Block; got != c.stop {
				t.Fatalf("stopped at block %d, want %d", got, c.stop)
			}
			if root, _ := r.State().Root(); root.Bytes() != r.Cursor().Stored.StateRoot {
				t.Fatal("the state is not the cursor's block's")
			}
			res, err := open(t, g, db, nil).Run(context.Background(), 0, nil)
			if err != nil || res.Root != want {
				t.Fatalf("the honest source after a refused one: %+v, %v", res, err)
			}
		})
	}
}

func newRig(t *testing.T, p rollup.Params, users ...string) *l1rig.Rig {
	t.Helper()
	return l1rig.New(t, p, l1rig.Options{}, users...)
}

func config(g *l1rig.Rig) restore.Config {
	return restore.Config{Params: g.P, Operator: g.R.Address("op"), FromBlock: g.Deployed}
}

// open starts or resumes a restore in db with source src (nil: calldata).
func open(t *testing.T, g *l1rig.Rig, db kv.Store, src restore.Source) *restore.Restorer {
	t.Helper()
	r, err := restore.Open(context.Background(), config(g), g.C.C, src, db)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestRestoreStopsAtABlockWhoseRootTheRulesDoNotGive: with a verifier
// that accepts anything, L1 executes a block whose committed root is not
// what its operations give. The restore keeps the blocks before it (the
// checkpoint's root failed, so it goes over the run one root at a time)
// and names it.
func TestRestoreStopsAtABlockWhoseRootTheRulesDoNotGive(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B")
	g.Deposit("A", 1000)
	g.Commit(g.Block("changepubkey A"))
	g.Commit(g.Block("transfer A B 10"))
	b3 := g.Block("transfer A B 20")
	bogus := *b3
	bogus.NewRoot.SetUint64(12345)
	g.Commit(&bogus)
	g.Execute()
	for _, every := range []int{1, 2, 64} {
		cfg := config(g)
		cfg.CheckpointBlocks = every
		r, err := restore.Open(context.Background(), cfg, g.C.C, nil, kv.NewMemory())
		if err != nil {
			t.Fatal(err)
		}
		_, err = r.Run(context.Background(), 0, nil)
		if !errors.Is(err, restore.ErrBadBlock) || !strings.Contains(err.Error(), "block 3") {
			t.Fatalf("checkpoint every %d: %v, want ErrBadBlock naming block 3", every, err)
		}
		if got := r.Cursor().Block; got != 2 {
			t.Fatalf("checkpoint every %d: kept block %d, want 2", every, got)
		}
	}
}
