package l1_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
)

// TestDepositNoAccountTakesIsRefundedOnL1 (issue 14, item 1): a deposit
// that no account takes (here the operator's account policy names none,
// as when the account tree is full) is committed as a DepositRefund,
// answers its priority request, is proven with a real proof, and on
// execution credits the depositor's pending balance, paid out to the wei.
// The other deposit of the block goes to its account as usual.
func TestDepositNoAccountTakesIsRefundedOnL1(t *testing.T) {
	e := newEnv(t)
	A, B := e.l2.Address("A"), e.l2.Address("B")
	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("B", e.dai, wei("250000000000000000000"))
	e.l2.Machine.SetAccountPolicy(func(st *state.State, addr common.Address) (uint32, error) {
		if addr == B {
			return 0, rollup.ErrNoAccount
		}
		return rollup.NextFreeAccount(st, addr)
	})
	b := e.block("")
	e.l2.Machine.SetAccountPolicy(nil)
	if len(b.Ops) != 2 || b.Ops[0].Type != rollup.OpDeposit || b.Ops[1].Type != rollup.OpDepositRefund {
		t.Fatalf("block ops %v, want a deposit and a refund", b.Ops)
	}
	if _, ok := e.l2.AccountID("B"); ok {
		t.Fatal("the refunded depositor got an account")
	}
	e.commit(1)
	e.proveBlocks(1)
	e.execute(1)
	if got := e.pending(B, 1); got.Cmp(wei("250000000000000000000")) != 0 {
		t.Fatalf("B's pending DAI after the refund: %s", got)
	}
	if got := e.pending(A, 0); got.Sign() != 0 {
		t.Fatalf("A's deposit was credited on L1 too: %s", got)
	}
	// The refunded deposit's slot was proven like any other: its priority
	// fee is the operator's, with the credited deposit's.
	if got := e.pending(e.l2.Address("op"), 0); got.Cmp(new(big.Int).Mul(e.fee, big.NewInt(2))) != 0 {
		t.Fatalf("the operator earned %s, want two deposit fees", got)
	}
	e.withdraw(B, e.dai, 1)
	if got := e.l2Balance("A", 0); got.Cmp(wei("1000000000000000000")) != 0 {
		t.Fatalf("A holds %s on L2", got)
	}
	e.checkOutstanding()
}
