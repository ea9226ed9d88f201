package l1_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestFullFlow: deposits on L1 reach L2; three blocks of real L2 work are
// committed, proven with real Groth16 proofs and executed, several per L1
// transaction; withdrawals and full exits are paid out to the wei, and
// so are the priority fees (to the operator, and back to A for her exit).
func TestFullFlow(t *testing.T) {
	e := newEnv(t)
	A, B, C := e.l2.Address("A"), e.l2.Address("B"), e.l2.Address("C")
	eth := common.Address{}

	// Deposits. The depositor pays exactly the amount, the priority fee
	// and gas.
	before := e.c.Balance(t, A)
	r := e.depositETH("A", wei("1000000000000000000"))
	want := new(big.Int).Add(wei("1000000000000000000"), e.fee)
	if spent := new(big.Int).Sub(before, e.c.Balance(t, A)); spent.Cmp(new(big.Int).Add(want, evmtest.Cost(r))) != 0 {
		t.Fatalf("a 1 ETH deposit cost the depositor %s wei (fee %s, gas %s)", spent, e.fee, evmtest.Cost(r))
	}
	t.Logf("depositETH: %d gas", r.GasUsed)
	r = e.depositToken("B", e.dai, wei("500000000000000000000"))
	t.Logf("depositERC20: %d gas", r.GasUsed)
	want.Add(want, e.fee)
	if got := e.c.Balance(t, e.addr); got.Cmp(want) != 0 {
		t.Fatalf("contract holds %s wei after a 1 ETH deposit and two fees, want %s", got, want)
	}
	e.readRequests()
	dep, err := l1.DecodePriorityRequest(e.requests[0][0], e.requests[0])
	if err != nil {
		t.Fatal(err)
	}
	if d := dep.(*rollup.Deposit); d.To != A || d.Token != 0 || d.Amount.Big().Cmp(wei("1000000000000000000")) != 0 {
		t.Fatalf("deposit request decoded as %+v", d)
	}

	// Block 1: both deposits and both keys. Block 2: transfers in ETH and
	// DAI with fees, two withdrawals. Block 3: A exits her DAI in full
	// from L1; C asks to exit A's ETH, which is not C's, and gets nothing.
	e.block(`changepubkey A
		changepubkey B`)
	e.block(`transfer A B 300000000000000000 ETH fee 1000000000000000
		transfer B A 100000000000000000000 DAI fee 1000000000000000000
		withdraw B 200000000000000000 ETH fee 1000000000000000
		withdraw A 40000000000000000000 DAI`)
	idA, _ := e.l2.AccountID("A")
	e.requestFullExit("A", idA, e.dai)
	e.requestFullExit("C", idA, eth)
	e.block("")
	if got := e.l2Balance("A", 1); got.Sign() != 0 {
		t.Fatalf("A still holds %s DAI on L2 after her full exit", got)
	}

	rc := e.commit(3)
	rp := e.proveBlocks(3)
	re := e.execute(3)
	t.Logf("3 blocks in one transaction each: commit %d gas, prove %d, execute %d", rc.GasUsed, rp.GasUsed, re.GasUsed)

	for _, c := range []struct {
		owner common.Address
		token uint16
		want  string
	}{
		{B, 0, "200000000000000000"},    // B's withdrawal
		{A, 1, "100000000000000000000"}, // A's withdrawal (40) and full exit (60)
		{C, 0, "0"},                     // a full exit of someone else's account
		{A, 0, e.fee.String()},          // A's exit exited something: her fee back
		// two deposits' fees and C's, whose exit exited nothing
		{e.l2.Address("op"), 0, new(big.Int).Mul(e.fee, big.NewInt(3)).String()},
	} {
		if got := e.pending(c.owner, c.token); got.Cmp(wei(c.want)) != 0 {
			t.Errorf("pending balance of %s in token %d: %s, want %s", c.owner, c.token, got, c.want)
		}
	}
	e.withdraw(B, eth, 0)
	e.withdraw(A, e.dai, 1)
	e.withdraw(A, eth, 0)
	e.withdraw(e.l2.Address("op"), eth, 0)
	e.reverts(e.keeper, abiR.PackWithdrawPendingBalance(A, e.dai, big.NewInt(1)), "InsufficientPendingBalance")
	e.reverts(e.keeper, abiR.PackWithdrawPendingBalance(C, eth, big.NewInt(1)), "InsufficientPendingBalance")

	// What the contract holds is exactly what L2 accounts hold, and what
	// the deposit cap counts as outstanding.
	e.checkOutstanding()
	for token, addr := range []common.Address{eth, e.dai} {
		l2 := new(big.Int)
		for _, name := range []string{"op", "A", "B"} {
			l2.Add(l2, e.l2Balance(name, uint16(token)))
		}
		if held := e.l1Balance(e.addr, addr); held.Cmp(l2) != 0 {
			t.Errorf("token %d: the contract holds %s, L2 accounts %s", token, held, l2)
		}
	}
	if n, _ := abiR.UnpackBlocksExecuted(e.view(abiR.PackBlocksExecuted())); n != 3 {
		t.Errorf("blocksExecuted = %d", n)
	}
	first, _ := abiR.UnpackFirstPriorityOp(e.view(abiR.PackFirstPriorityOp()))
	total, _ := abiR.UnpackTotalPriorityOps(e.view(abiR.PackTotalPriorityOps()))
	if first != 4 || total != 4 {
		t.Errorf("priority queue: first %d total %d, want 4 and 4", first, total)
	}
}
