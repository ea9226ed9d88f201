package restore_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Review of issue 15 (independent attack tests): a restore must commit
// exactly what L1 executed, whatever the L1 node's logs and transactions
// say, and find every block again when it resumes, with log queries as
// small as one L1 block, across commits that were reverted and made again.

var r15ABI = rollupcontract.NewRollup()

// r15ExecuteUpTo proves and executes the committed blocks up to n (the
// rig's Execute takes them all; this one leaves later commits pending).
func r15ExecuteUpTo(g *l1rig.Rig, n int) {
	g.T.Helper()
	var bs []l1.StoredBlock
	var proofs [][]byte
	var ops [][][]byte
	for k := g.Executed + 1; k <= n; k++ {
		bs = append(bs, g.Stored[k])
		proofs = append(proofs, []byte{})
		ops = append(ops, l1.PendingOps(g.Blocks[k-1]))
	}
	g.Send("op", nil, r15ABI.PackProveBlocks(bs, proofs))
	g.Send("op", nil, r15ABI.PackExecuteBlocks(bs, ops))
	g.Executed = n
}

// r15Bogus is b with a later timestamp: the same operations, another
// commitment (a version the operator commits and reverts).
func r15Bogus(b *rollup.Block) *rollup.Block {
	c := *b
	c.Header.Timestamp++
	return &c
}

// r15History interleaves commits, executions and reverts so that, at the
// moment each block is executed, a later block has a commit pending that
// is later reverted or sits in the same transaction as an executed one:
//
//	commit 1 | commit 2' | execute 1 | revert 2' | commit 2 | commit 3+4 |
//	execute 2 | commit 5' | execute 3 | revert 5' | execute 4 | commit 5 |
//	commit 6' + 7' | revert 7', 6' | commit 6 | execute 5 | commit 7 |
//	execute 6, 7 | commit 8 (never executed)
//
// It returns the executed roots by block number ([0] unused).
func r15History(t *testing.T, g *l1rig.Rig) [][32]byte {
	t.Helper()
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	b1 := g.Block("changepubkey A")
	g.Commit(b1)
	b2 := g.Block("changepubkey B\ntransfer A C 1000 fee 3")
	g.Commit(r15Bogus(b2))
	r15ExecuteUpTo(g, 1)
	g.RevertLast()
	g.Commit(b2)
	b3 := g.Block("transfer B A 700 fee 1")
	b4 := g.Block("withdraw A 5000 fee 2")
	g.Commit(b3, b4)
	r15ExecuteUpTo(g, 2)
	g.Deposit("D", 42)
	b5 := g.Block("transfer A B 10")
	g.Commit(r15Bogus(b5))
	r15ExecuteUpTo(g, 3)
	g.RevertLast()
	r15ExecuteUpTo(g, 4)
	g.Commit(b5)
	b6 := g.Block("transfer B C 3")
	g.FullExit("C")
	b7 := g.Block("transfer A D 1")
	g.Commit(r15Bogus(b6), r15Bogus(b7))
	g.RevertLast()
	g.RevertLast()
	g.Commit(b6)
	r15ExecuteUpTo(g, 5)
	g.Commit(b7)
	r15ExecuteUpTo(g, 7)
	g.Commit(g.Block("transfer A C 1"))
	roots := make([][32]byte, 8)
	for n := 1; n <= 7; n++ {
		roots[n] = g.Blocks[n-1].NewRoot.Bytes()
	}
	return roots
}

func r15Source(t *testing.T, c restore.Chain, g *l1rig.Rig, logBlocks uint64) *restore.CalldataSource {
	t.Helper()
	s, err := restore.NewCalldataSource(c, g.Addr)
	if err != nil {
		t.Fatal(err)
	}
	s.LogBlocks = logBlocks
	return s
}

// TestReview15RestoreResumesBlockByBlockWithTinyLogQueries: with log
// queries of 1, 2 and 3 L1 blocks, a restore stopped after every block
// and reopened from its store (a new source each time, as a new process
// has) reaches each executed block's root, and a single run from scratch
// reaches the last one; the cursor's scan position never moves back.
func TestReview15RestoreResumesBlockByBlockWithTinyLogQueries(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	roots := r15History(t, g)
	ctx := context.Background()
	for _, lb := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprintf("LogBlocks=%d", lb), func(t *testing.T) {
			db := kv.NewMemory()
			var scan uint64
			for n := uint64(1); n <= 7; n++ {
				r, err := restore.Open(ctx, config(g), g.C.C, r15Source(t, g.C.C, g, lb), db)
				if err != nil {
					t.Fatal(err)
				}
				res, err := r.Run(ctx, n, nil)
				if err != nil {
					t.Fatalf("run to block %d: %v", n, err)
				}
				if res.To != n || res.Root != roots[n] {
					t.Fatalf("run to block %d restored %d, root %x, want %x", n, res.To, res.Root, roots[n])
				}
				if c := r.Cursor(); c.Scan < scan {
					t.Fatalf("block %d: the scan position went back from %d to %d", n, scan, c.Scan)
				} else {
					scan = c.Scan
				}
			}
			r, err := restore.Open(ctx, config(g), g.C.C, r15Source(t, g.C.C, g, lb), kv.NewMemory())
			if err != nil {
				t.Fatal(err)
			}
			res, err := r.Run(ctx, 0, nil)
			if err != nil || res.To != 7 || res.Target != 7 || res.Root != roots[7] {
				t.Fatalf("one run: %+v, %v", res, err)
			}
		})
	}
}

// r15Chain is an L1 node that changes what it answers.
type r15Chain struct {
	restore.Chain
	logs func(q ethereum.FilterQuery, in []types.Log) ([]types.Log, error)
	tx   func(blockHash common.Hash, index uint) (common.Hash, uint, bool) // read another transaction instead
}

func (c r15Chain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Chain.FilterLogs(ctx, q)
	if err != nil || c.logs == nil {
		return logs, err
	}
	return c.logs(q, slices.Clone(logs))
}

func (c r15Chain) TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error) {
	if c.tx != nil {
		if h, i, ok := c.tx(blockHash, index); ok {
			blockHash, index = h, i
		}
	}
	return c.Chain.TransactionInBlock(ctx, blockHash, index)
}

// r15Commits returns the BlockCommitted logs of block n, oldest first.
func r15Commits(t *testing.T, g *l1rig.Rig, n uint64) []types.Log {
	t.Helper()
	logs, err := g.C.C.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(g.Deployed), Addresses: []common.Address{g.Addr},
		Topics: [][]common.Hash{{r15ABI.GetABI().Events["BlockCommitted"].ID}, {common.BigToHash(new(big.Int).SetUint64(n))}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func r15Same(a, b types.Log) bool { return a.TxHash == b.TxHash && a.Index == b.Index }

// TestReview15RestoreCommitsOnlyWhatL1Executed: an L1 node that hides,
// reorders, marks removed, invents or misattributes logs, or answers with
// another transaction, makes the restore stop with an error at the first
// block it affects — never commit a state the contract does not store —
// or, where the tampering changes nothing L1 executed, restore it all. The
// honest node then finishes from where it stopped.
func TestReview15RestoreCommitsOnlyWhatL1Executed(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	roots := r15History(t, g)
	commits2 := r15Commits(t, g, 2) // [the reverted 2', the executed 2]
	if len(commits2) != 2 {
		t.Fatalf("%d commits of block 2, want 2", len(commits2))
	}
	reverted, final := commits2[0], commits2[1]
	committedID := r15ABI.GetABI().Events["BlockCommitted"].ID
	executedID := r15ABI.GetABI().Events["BlockExecuted"].ID
	commit3 := r15Commits(t, g, 3)[0]
	without := func(drop func(types.Log) bool) func(ethereum.FilterQuery, []types.Log) ([]types.Log, error) {
		return func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
			return slices.DeleteFunc(in, drop), nil
		}
	}
	cases := []struct {
		name  string
		chain r15Chain
		src   uint64 // LogBlocks (0: the default)
		stop  uint64 // the last block restored
		want  error  // nil: the whole restore succeeds
	}{
		{"the executed commit of a block dropped (the reverted one remains)",
			r15Chain{logs: without(func(l types.Log) bool { return r15Same(l, final) })}, 0, 1, restore.ErrNotOnL1},
		{"the executed commit of a block marked removed",
			r15Chain{logs: func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				for i := range in {
					in[i].Removed = in[i].Removed || r15Same(in[i], final)
				}
				return in, nil
			}}, 0, 1, restore.ErrNotOnL1},
		{"the reverted commit served after the executed one",
			r15Chain{logs: func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				out := slices.DeleteFunc(in, func(l types.Log) bool { return r15Same(l, reverted) })
				for i := range out {
					if r15Same(out[i], final) {
						return slices.Insert(out, i+1, reverted), nil
					}
				}
				return out, nil
			}}, 0, 1, restore.ErrNotOnL1},
		// (a log of another contract is ignored: the restore completes)
		{"another contract's commit of the block (the reverted transaction) served last",
			r15Chain{logs: func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				for i := range in {
					if r15Same(in[i], final) {
						fake := reverted
						fake.Address = common.HexToAddress("0x000000000000000000000000000000000000dead")
						return slices.Insert(in, i+1, fake), nil
					}
				}
				return in, nil
			}}, 0, 7, nil},
		{"a removed log of the reverted commit after the executed one",
			r15Chain{logs: func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				for i := range in {
					if r15Same(in[i], final) {
						gone := reverted
						gone.Removed = true
						return slices.Insert(in, i+1, gone), nil
					}
				}
				return in, nil
			}}, 0, 7, nil},
		{"every log served twice",
			r15Chain{logs: func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				var out []types.Log
				for _, l := range in {
					out = append(out, l, l)
				}
				return out, nil
			}}, 1, 7, nil},
		{"the executions hidden",
			r15Chain{logs: without(func(l types.Log) bool { return l.Topics[0] == executedID })}, 0, 0, restore.ErrIncomplete},
		{"a commit lost",
			r15Chain{logs: without(func(l types.Log) bool { return r15Same(l, commit3) })}, 0, 2, restore.ErrMissingCommit},
		{"executions before their commits",
			r15Chain{logs: func(_ ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				slices.SortStableFunc(in, func(a, b types.Log) int {
					return boolInt(a.Topics[0] == committedID) - boolInt(b.Topics[0] == committedID)
				})
				return in, nil
			}}, 0, 0, restore.ErrMissingCommit},
		{"the executed commit's transaction answered with the reverted one",
			r15Chain{tx: func(h common.Hash, i uint) (common.Hash, uint, bool) {
				return reverted.BlockHash, reverted.TxIndex, h == final.BlockHash && i == final.TxIndex
			}}, 0, 1, restore.ErrNotOnL1},
		{"a node that refuses queries over 2 L1 blocks",
			r15Chain{logs: func(q ethereum.FilterQuery, in []types.Log) ([]types.Log, error) {
				if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > 2 {
					return nil, errors.New("query returned more than 10000 results")
				}
				return in, nil
			}}, 0, 7, nil},
		{"a node whose log queries always fail",
			r15Chain{logs: func(ethereum.FilterQuery, []types.Log) ([]types.Log, error) {
				return nil, errors.New("internal error")
			}}, 0, 0, errors.New("any")},
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.chain.Chain = g.C.C
			db := kv.NewMemory()
			r, err := restore.Open(ctx, config(g), c.chain, r15Source(t, c.chain, g, c.src), db)
			if err != nil {
				t.Fatal(err)
			}
			res, err := r.Run(ctx, 0, nil)
			switch {
			case c.want == nil && err != nil:
				t.Fatalf("got %v, want the whole restore", err)
			case c.want != nil && err == nil:
				t.Fatalf("restored %+v, want an error", res)
			case c.want != nil && c.want.Error() != "any" && !errors.Is(err, c.want):
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if got := r.Cursor().Block; got != c.stop {
				t.Fatalf("stopped at block %d, want %d", got, c.stop)
			}
			root, _ := r.State().Root()
			if root.Bytes() != r.Cursor().Stored.StateRoot || (c.stop > 0 && root.Bytes() != roots[c.stop]) {
				t.Fatal("the state is not the executed block's the cursor names")
			}
			res, err = open(t, g, db, nil).Run(ctx, 0, nil)
			if err != nil || res.Root != roots[7] {
				t.Fatalf("the honest node after a lying one: %+v, %v", res, err)
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
