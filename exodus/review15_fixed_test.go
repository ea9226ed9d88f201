package exodus_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/exodus"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/rollup"
)

// r15Limited is an L1 node that refuses log queries over 10 blocks, as
// public RPC endpoints do (with larger limits).
type r15Limited struct{ l1rig.AutoMining }

func (c r15Limited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.FromBlock != nil && q.ToBlock != nil && q.ToBlock.Uint64()-q.FromBlock.Uint64() >= 10 {
		return nil, errors.New("eth_getLogs is limited to a 10 block range")
	}
	return c.AutoMining.FilterLogs(ctx, q)
}

// BUG: restore halves its log queries until the node answers; Waiting
// (used by CancelFor, in Run before PayOut) asks for 5,000 blocks at once
// and gives up: Run exits the balance but never pays anything out, and
// every rerun fails the same way.
func TestReview15FixedExodusFailsOnANodeWithALogRangeLimit(t *testing.T) {
	g, path := deployment(t, "A")
	ctx := context.Background()
	g.Deposit("A", 1_000)
	g.Commit(g.Block("changepubkey A"))
	g.Execute()
	g.RequestFullExit("A")
	x, err := exodus.Open(ctx, r15Limited{g.AutoMining()}, path, exodus.Options{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	r15Activate(t, g, x, "A")
	rep, err := x.Run(ctx, g.R.L1Key("A"), nil)
	if err != nil {
		t.Fatalf("exodus on a node with a log range limit: %v (exited %d balance(s), paid %d)", err, len(rep.Exited), len(rep.Paid))
	}
}

// BUG: RequestExit asks for (and pays the priority fee of) a full exit of
// the address's first account whatever it holds; an account with nothing
// of the token exits nothing, so when the operator does process it the
// fee goes to the operator and nothing comes back.
func TestReview15FixedRequestExitChargesForAnEmptyBalance(t *testing.T) {
	g, path := deployment(t, "A", "B")
	ctx := context.Background()
	g.Deposit("A", 5)
	g.Commit(g.Block("changepubkey A\ntransfer A B 5"))
	g.Execute()
	g.Send("op", nil, r15ABI.PackSetPriorityFee(r15Fee))
	x := r15Open(t, g, path, t.TempDir())
	before := g.C.Balance(t, g.R.Address("A"))
	_, err := x.RequestExit(ctx, g.R.L1Key("A"), 0, nil)
	if err == nil {
		// the operator processes it: a full exit of nothing
		id, _ := g.R.AccountID("A")
		if _, err := g.R.Apply(&rollup.FullExit{AccountID: id, Owner: g.R.Address("A")}); err != nil {
			t.Fatal(err)
		}
		g.Commit(g.Block(""))
		g.Execute()
		lost := new(big.Int).Sub(before, g.C.Balance(t, g.R.Address("A")))
		t.Fatalf("A holds no ETH on L2, yet RequestExit sent a full exit: A paid %s wei (fee %d + gas), pending %s, got nothing back",
			lost, r15Fee, r15Pending(t, g, g.R.Address("A")))
	}
}
