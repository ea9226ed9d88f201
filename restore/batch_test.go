package restore_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Blocks committed, proven and executed in one transaction
// (commitProveExecute): the contract stores the hash of a batch's last
// block only. The restore checks the blocks inside a batch against their
// BlockCommitted events, and commits its cursor only at blocks whose hash
// L1 stores.

// batchHistory builds, on L1:
//
//	blocks 1, 2: commitBlocks, proveBlocks, executeBlocks (three calls)
//	block 3:     commitProveExecute, a batch of one (a transfer, a withdrawal)
//	blocks 4..6: commitProveExecute, one batch (a deposit, transfers, a full exit, a withdrawal)
//	block 7:     three calls
//	blocks 8, 9: commitProveExecute, one batch (a transfer, a withdrawal)
//	block 10:    committed, never executed
//
// It returns the executed roots by block number ([0] unused).
func batchHistory(t *testing.T, g *l1rig.Rig) [][32]byte {
	t.Helper()
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	b1 := g.Block("changepubkey A")
	b2 := g.Block("changepubkey B\ntransfer A C 1000 fee 3")
	g.Commit(b1, b2)
	g.Execute()
	g.CommitProveExecute(g.Block("transfer B A 700 fee 1\nwithdraw A 5000 fee 2"))
	g.Deposit("D", 42)
	b4 := g.Block("transfer A D 7")
	b5 := g.Block("transfer A B 10")
	g.FullExit("C")
	b6 := g.Block("withdraw B 300 fee 1")
	g.CommitProveExecute(b4, b5, b6)
	g.Commit(g.Block("transfer B C 3"))
	g.Execute()
	b8 := g.Block("transfer A B 1")
	b9 := g.Block("withdraw A 100")
	g.CommitProveExecute(b8, b9)
	g.Commit(g.Block("transfer A C 1")) // committed, never executed
	roots := make([][32]byte, 10)
	for n := 1; n <= 9; n++ {
		roots[n] = g.Blocks[n-1].NewRoot.Bytes()
	}
	return roots
}

// batchEnd is the block of batchHistory whose hash L1 stores at or after n.
func batchEnd(n uint64) uint64 {
	switch n {
	case 4, 5:
		return 6
	case 8:
		return 9
	}
	return n
}

// storedHashOf reads storedBlockHashes(n) from the contract.
func storedHashOf(t *testing.T, g *l1rig.Rig, n uint64) common.Hash {
	t.Helper()
	out, err := g.C.C.CallContract(context.Background(), ethereum.CallMsg{To: &g.Addr, Data: r15ABI.PackStoredBlockHashes(n)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := r15ABI.UnpackStoredBlockHashes(out)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// checkBatchHistory checks that L1 stores what batchHistory says: no hash
// inside a batch, the block's hash everywhere else.
func checkBatchHistory(t *testing.T, g *l1rig.Rig) {
	t.Helper()
	for n := uint64(1); n <= 9; n++ {
		got := storedHashOf(t, g, n)
		switch {
		case batchEnd(n) != n && got != (common.Hash{}):
			t.Fatalf("L1 stores a hash for block %d, inside a batch", n)
		case batchEnd(n) == n && got != l1.HashStored(g.Stored[n]):
			t.Fatalf("L1 stores %x for block %d, not its hash", got, n)
		}
	}
}

func withCheckpoints(g *l1rig.Rig, every int) restore.Config {
	cfg := config(g)
	cfg.CheckpointBlocks = every
	return cfg
}

// TestRestoreBlocksExecutedInOneTransaction: a history of blocks executed
// by the three calls and by commitProveExecute batches (of one block and
// of several, with deposits, a full exit and withdrawals inside, of one
// block shape and of a ladder of two) is restored to the operator's root,
// whatever the checkpoint interval; the state is committed only at blocks
// whose hash L1 stores, and a second run finds nothing new.
func TestRestoreBlocksExecutedInOneTransaction(t *testing.T) {
	for _, p := range []rollup.Params{rollup.TestParams, rollup.LadderTestParams} {
		g := newRig(t, p, "A", "B", "C", "D")
		roots := batchHistory(t, g)
		checkBatchHistory(t, g)
		for _, every := range []int{0, 1, 2, 4} {
			t.Run(fmt.Sprintf("ladder=%v/every=%d", p.Ladder(), every), func(t *testing.T) {
				ctx := context.Background()
				r, err := restore.Open(ctx, withCheckpoints(g, every), g.C.C, nil, kv.NewMemory())
				if err != nil {
					t.Fatal(err)
				}
				var seen, committed []uint64
				res, err := r.Run(ctx, 0, func(p restore.Progress) {
					seen = append(seen, p.Block)
					if p.Checkpoint {
						committed = append(committed, p.Block)
						if r.Cursor().Block != p.Block {
							t.Errorf("checkpoint at block %d, cursor at %d", p.Block, r.Cursor().Block)
						}
					}
				})
				if err != nil {
					t.Fatal(err)
				}
				if res.From != 0 || res.To != 9 || res.Target != 9 || len(seen) != 9 || res.Root != roots[9] {
					t.Fatalf("restored %+v (progress %v), want blocks 1..9 at root %x", res, seen, roots[9])
				}
				if l1.HashStored(r.Cursor().Stored) != l1.HashStored(g.Stored[9]) {
					t.Fatalf("the cursor's stored block %+v is not what L1 stores for block 9", r.Cursor().Stored)
				}
				for _, n := range committed {
					if batchEnd(n) != n {
						t.Fatalf("committed at block %d, inside a batch (checkpoints %v)", n, committed)
					}
				}
				if every == 1 && !slices.Equal(committed, []uint64{1, 2, 3, 6, 7, 9}) {
					t.Fatalf("one checkpoint a block committed at %v, want every block L1 stores a hash for", committed)
				}
				if res, err := r.Run(ctx, 0, nil); err != nil || res.From != 9 || res.To != 9 {
					t.Fatalf("second run: %+v, %v", res, err)
				}
			})
		}
	}
}

// TestRestoreToInsideABatchRoundsUp: Run(to) with to inside a batch
// restores up to the batch's end (L1 stores no hash inside it, so a cursor
// there could not be checked by the next run), never past what L1
// executed; a to L1 stores a hash for is kept.
func TestRestoreToInsideABatchRoundsUp(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	roots := batchHistory(t, g)
	ctx := context.Background()
	for _, c := range []struct{ to, want uint64 }{{4, 6}, {5, 6}, {6, 6}, {8, 9}, {3, 3}, {7, 7}} {
		r := open(t, g, kv.NewMemory(), nil)
		res, err := r.Run(ctx, c.to, nil)
		if err != nil || res.Target != c.want || res.To != c.want || res.Root != roots[c.want] {
			t.Fatalf("run to %d: %+v, %v; want blocks 1..%d at root %x", c.to, res, err, c.want, roots[c.want])
		}
	}
}

// TestRestoreStopsAndResumesAroundBatches: with a checkpoint at every block
// (CheckpointBlocks 1, which would fall inside every batch), a restore run
// to each block in turn and reopened each time (as a new process would)
// reaches each batch's end and resumes from there; a run stopped inside a
// batch (its source fails, or ends there) keeps the block before the batch
// and the next run finishes.
func TestRestoreStopsAndResumesAroundBatches(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	roots := batchHistory(t, g)
	ctx := context.Background()
	reopen := func(db kv.Store, src restore.Source) *restore.Restorer {
		t.Helper()
		r, err := restore.Open(ctx, withCheckpoints(g, 1), g.C.C, src, db)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	t.Run("block by block", func(t *testing.T) {
		db, err := kv.OpenPebble(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for n := uint64(1); n <= 9; n++ {
			r := reopen(db, nil)
			res, err := r.Run(ctx, n, nil)
			end := batchEnd(n)
			if err != nil || res.To != end || res.Root != roots[end] {
				t.Fatalf("run to block %d: %+v, %v; want block %d at root %x", n, res, err, end, roots[end])
			}
			if c := r.Cursor(); c.Block != end || storedHashOf(t, g, c.Block) != l1.HashStored(c.Stored) {
				t.Fatalf("run to block %d: the cursor %+v is not at a block L1 stores", n, c)
			}
		}
	})

	errStop := errors.New("the source stops")
	cases := []struct {
		name string
		src  func(honest restore.Source) restore.Source
		want error
	}{
		{"the source fails inside a batch", func(honest restore.Source) restore.Source {
			return failAfter{inner: honest, n: 5, err: errStop}
		}, errStop},
		{"the source ends inside a batch", func(honest restore.Source) restore.Source {
			return tamper{inner: honest, f: func(cb *restore.Committed) bool { return cb.Number > 5 }}
		}, restore.ErrIncomplete},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db, err := kv.OpenPebble(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			honest, err := restore.NewCalldataSource(g.C.C, g.Addr)
			if err != nil {
				t.Fatal(err)
			}
			r := reopen(db, c.src(honest))
			if _, err := r.Run(ctx, 0, nil); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if got := r.Cursor().Block; got != 3 {
				t.Fatalf("kept block %d, want 3 (the last before the batch 4..6)", got)
			}
			if root, _ := r.State().Root(); root.Bytes() != roots[3] {
				t.Fatal("the state is not block 3's")
			}
			r = reopen(db, nil)
			if c := r.Cursor(); c.Block != 3 {
				t.Fatalf("reopened at block %d, want 3", c.Block)
			}
			res, err := r.Run(ctx, 0, nil)
			if err != nil || res.From != 3 || res.To != 9 || res.Root != roots[9] {
				t.Fatalf("resumed run: %+v, %v", res, err)
			}
		})
	}
}

// failAfter delivers blocks up to n, then fails.
type failAfter struct {
	inner restore.Source
	n     uint64
	err   error
}

func (s failAfter) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(restore.Committed) error) error {
	return s.inner.Blocks(ctx, after, resume, upTo, head, func(cb restore.Committed) error {
		if cb.Number > s.n {
			return s.err
		}
		return fn(cb)
	})
}

// TestRestoreRefusesATamperedBlockInsideABatch: a source that changes the
// pubdata or the new root of a block inside a batch (no stored hash) is
// refused at that block with ErrNotOnL1, as is one that drops the event's
// word; one that also makes the event say what it changed is refused by
// the batch's last block (its stored hash pins its old root) or by the
// state root. The state stays at the block before the batch, and the honest
// source then finishes.
func TestRestoreRefusesATamperedBlockInsideABatch(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	roots := batchHistory(t, g)
	honest, err := restore.NewCalldataSource(g.C.C, g.Addr)
	if err != nil {
		t.Fatal(err)
	}
	at := func(n uint64, f func(cb *restore.Committed)) restore.Source {
		return tamper{inner: honest, f: func(cb *restore.Committed) bool {
			if cb.Number == n {
				cb.Block.Pubdata = bytes.Clone(cb.Block.Pubdata)
				f(cb)
			}
			return false
		}}
	}
	// Block 5 is "transfer A B 10": its packed amount is pubdata[11:16],
	// mantissa 1, exponent 1; this makes it 30.
	const amountByte, amountBit = 15, 0x40
	if b5 := g.Blocks[4]; len(b5.Ops) != 1 || b5.Ops[0].Type != rollup.OpTransfer || b5.Pubdata()[amountByte] != 1<<5|1 {
		t.Fatalf("block 5 is not the transfer of 10 the test changes: %x", b5.Pubdata())
	}
	// A version of block 5 with another root, and what its event would say.
	fake5 := *g.Blocks[4]
	fake5.NewRoot.SetUint64(12345)
	cases := []struct {
		name  string
		src   restore.Source
		stop  uint64 // the last block restored
		block string // the block the error names
		wants []error
	}{
		{"an amount changed inside a batch", at(5, func(cb *restore.Committed) { cb.Block.Pubdata[amountByte] ^= amountBit }),
			3, "block 5 ", []error{restore.ErrNotOnL1}},
		{"the root changed inside a batch", at(4, func(cb *restore.Committed) { cb.Block.NewStateRoot[31] ^= 1 }),
			3, "block 4 ", []error{restore.ErrNotOnL1}},
		{"the root changed inside the last batch", at(8, func(cb *restore.Committed) { cb.Block.NewStateRoot[31] ^= 1 }),
			7, "block 8 ", []error{restore.ErrNotOnL1}},
		{"the event's word dropped", at(5, func(cb *restore.Committed) { cb.Commitment, cb.StateRoot = [32]byte{}, [32]byte{} }),
			3, "block 5 ", []error{restore.ErrNotOnL1}},
		{"the root changed at a batch's end", at(6, func(cb *restore.Committed) { cb.Block.NewStateRoot[31] ^= 1 }),
			3, "block 6 ", []error{restore.ErrNotOnL1, restore.ErrBadBlock}},
		{"the root changed inside a batch, and the event with it", at(5, func(cb *restore.Committed) {
			cb.Block.NewStateRoot = fake5.NewRoot.Bytes()
			cb.Commitment, cb.StateRoot = fake5.Commitment(), fake5.NewRoot.Bytes()
		}), 3, "block", []error{restore.ErrNotOnL1, restore.ErrBadBlock}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := kv.NewMemory()
			for _, every := range []int{0, 1} {
				r, err := restore.Open(context.Background(), withCheckpoints(g, every), g.C.C, c.src, db)
				if err != nil {
					t.Fatal(err)
				}
				_, err = r.Run(context.Background(), 0, nil)
				ok := false
				for _, w := range c.wants {
					ok = ok || errors.Is(err, w)
				}
				if !ok || !strings.Contains(err.Error(), c.block) {
					t.Fatalf("checkpoint every %d: got %v, want one of %v naming %q", every, err, c.wants, c.block)
				}
				t.Logf("checkpoint every %d: %v", every, err)
				if got := r.Cursor().Block; got != c.stop {
					t.Fatalf("checkpoint every %d: stopped at block %d, want %d", every, got, c.stop)
				}
				if root, _ := r.State().Root(); root.Bytes() != roots[c.stop] {
					t.Fatalf("checkpoint every %d: the state is not block %d's", every, c.stop)
				}
			}
			res, err := open(t, g, db, nil).Run(context.Background(), 0, nil)
			if err != nil || res.Root != roots[9] {
				t.Fatalf("the honest source after a refused one: %+v, %v", res, err)
			}
		})
	}
}

// TestRestoreReadsCommitProveExecuteFromATrace: an operator that calls
// commitProveExecute through a contract leaves the batch in a call the
// trace shows; the source reads it there, as it reads commitBlocks.
func TestRestoreReadsCommitProveExecuteFromATrace(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B")
	path := filepath.Join(t.TempDir(), "Forward.sol")
	if err := os.WriteFile(path, []byte(r15Forwarder), 0o644); err != nil {
		t.Fatal(err)
	}
	fabi, code := evmtest.Compile(t, path, "Forward")
	fwd, _ := g.C.Deploy(t, g.R.L1Key("op"), code, common.LeftPadBytes(g.Addr.Bytes(), 32))
	g.Send("op", nil, r15ABI.PackSetOperator(fwd, true))
	g.Deposit("A", 5000)
	bs := []*rollup.Block{g.Block("changepubkey A"), g.Block("transfer A B 10"), g.Block("withdraw A 100")}
	args, proofs, ops := g.OneTxArgs(bs...)
	inner := r15ABI.PackCommitProveExecute(g.Stored[0], args, proofs, ops)
	data, err := fabi.Pack("run", inner)
	if err != nil {
		t.Fatal(err)
	}
	rc := g.C.MustSend(t, g.R.L1Key("op"), &fwd, nil, data)
	for _, b := range bs {
		g.Stored, g.Blocks = append(g.Stored, l1.Stored(b)), append(g.Blocks, b)
	}
	g.Executed = 3
	if h := storedHashOf(t, g, 2); h != (common.Hash{}) {
		t.Fatalf("L1 stores %x for block 2, inside the batch", h)
	}
	if _, err := open(t, g, kv.NewMemory(), nil).Run(context.Background(), 0, nil); !errors.Is(err, restore.ErrNotCommitCall) ||
		!strings.Contains(err.Error(), "commitProveExecute") {
		t.Fatalf("no traces: %v, want ErrNotCommitCall naming commitProveExecute", err)
	}
	trace := fmt.Sprintf(`{"type":"CALL","to":"%s","input":"%s","calls":[{"type":"CALL","to":"%s","input":"%s"}]}`,
		fwd, hexutil.Encode(data), g.Addr, hexutil.Encode(inner))
	src, err := restore.NewCalldataSource(g.C.C, g.Addr)
	if err != nil {
		t.Fatal(err)
	}
	src.Tracer = fixedTracer{rc.TxHash: trace}
	res, err := open(t, g, kv.NewMemory(), src).Run(context.Background(), 0, nil)
	if err != nil || res.To != 3 || res.Root != bs[2].NewRoot.Bytes() {
		t.Fatalf("restore through the trace: %+v, %v", res, err)
	}
}
