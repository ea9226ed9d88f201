package rollup_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

func runner(t *testing.T, p rollup.Params, text string) *scenario.Runner {
	t.Helper()
	r, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec(text); err != nil {
		t.Fatal(err)
	}
	return r
}

func begin(t *testing.T, r *scenario.Runner, n uint64) {
	t.Helper()
	if err := r.Machine.BeginBlock(rollup.BlockHeader{Number: n, FeeAccount: rollup.FeeAccountID}); err != nil {
		t.Fatal(err)
	}
}

func TestNonceOverflowRejected(t *testing.T) {
	r := runner(t, rollup.TestParams, "deposit A 100 ETH\nchangepubkey A")
	id, _ := r.AccountID("A")
	acc, _ := r.State.Account(id)
	acc.Nonce = ^uint32(0)
	if err := r.State.SetAccount(id, acc); err != nil {
		t.Fatal(err)
	}
	begin(t, r, 9)
	tr := &rollup.Transfer{From: id, To: r.Address("B"), Amount: rollup.PackedAmount{0, 0, 0, 0, 1 << 5}, Nonce: acc.Nonce}
	if err := rollup.SignTransfer(r.Key("A"), rollup.TestParams.ChainID, tr); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Machine.Apply(tr); !errors.Is(err, rollup.ErrNonceOverflow) {
		t.Fatalf("got %v, want ErrNonceOverflow", err)
	}
}

// TestAccountTreeFullRefundsTheDeposit (issue 14, item 1): a deposit no
// account can take is refunded on L1 instead of being refused (a refused
// priority operation would stall the queue until the contract's exodus);
// a transfer to a new address is still refused.
func TestAccountTreeFullRefundsTheDeposit(t *testing.T) {
	p := rollup.TestParams
	p.AccountDepth = 1 // room for the operator and one account
	r := runner(t, p, "deposit A 1 ETH\nchangepubkey A")
	begin(t, r, 9)
	before, _ := r.State.Root()
	rc, err := r.Machine.Apply(&rollup.Deposit{To: r.Address("B"), Token: 1, Amount: num.FromUint64(7)})
	if err != nil {
		t.Fatalf("deposit into a full tree: %v", err)
	}
	want := rollup.ExecutedOp{Type: rollup.OpDepositRefund, Address: r.Address("B"), Token: 1, Amount: num.FromUint64(7)}
	rc.Op.Tx = nil
	if rc.Op != want || rc.Created {
		t.Fatalf("got %+v (created %v), want %+v", rc.Op, rc.Created, want)
	}
	if after, _ := r.State.Root(); after != before {
		t.Fatal("a refund changed the L2 state")
	}
	tx, err := r.Build("transfer A B 1 ETH")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Machine.Apply(tx); !errors.Is(err, rollup.ErrAccountOutOfRange) {
		t.Fatalf("transfer to a new address in a full tree: got %v, want ErrAccountOutOfRange", err)
	}
}

func TestZeroAddressRejected(t *testing.T) {
	r := runner(t, rollup.TestParams, "deposit A 100 ETH\nchangepubkey A")
	begin(t, r, 9)
	if _, err := r.Machine.Apply(&rollup.Deposit{Amount: num.FromUint64(1)}); !errors.Is(err, rollup.ErrZeroAddress) {
		t.Errorf("deposit to zero address: got %v", err)
	}
	id, _ := r.AccountID("A")
	for _, tx := range []rollup.Tx{
		&rollup.Transfer{From: id, Nonce: 1},
		&rollup.Withdraw{From: id, Nonce: 1},
	} {
		switch x := tx.(type) {
		case *rollup.Transfer:
			_ = rollup.SignTransfer(r.Key("A"), rollup.TestParams.ChainID, x)
		case *rollup.Withdraw:
			_ = rollup.SignWithdraw(r.Key("A"), rollup.TestParams.ChainID, x)
		}
		if _, err := r.Machine.Apply(tx); !errors.Is(err, rollup.ErrZeroAddress) {
			t.Errorf("%s to zero address: got %v", tx.TxType(), err)
		}
	}
	if err := rollup.InitGenesis(r.State, common.Address{}); !errors.Is(err, rollup.ErrZeroAddress) {
		t.Errorf("genesis with zero operator: got %v", err)
	}
}

func TestApplyNeedsOpenBlock(t *testing.T) {
	r := runner(t, rollup.TestParams, "")
	if _, err := r.Machine.Apply(&rollup.Deposit{To: r.Address("A"), Amount: num.FromUint64(1)}); !errors.Is(err, rollup.ErrNoBlock) {
		t.Fatalf("got %v, want ErrNoBlock", err)
	}
	if _, err := r.Machine.SealBlock(); !errors.Is(err, rollup.ErrNoBlock) {
		t.Fatalf("seal: got %v, want ErrNoBlock", err)
	}
	begin(t, r, 1)
	if err := r.Machine.BeginBlock(rollup.BlockHeader{Number: 2}); !errors.Is(err, rollup.ErrBlockOpen) {
		t.Fatalf("second BeginBlock: got %v, want ErrBlockOpen", err)
	}
	if _, err := r.Machine.Apply(nil); !errors.Is(err, rollup.ErrMalformed) {
		t.Fatalf("nil tx: got %v, want ErrMalformed", err)
	}
}

// TestFeeAccountMustExistWhenFeesAreCredited: the fee account must exist
// when the block's fees are credited, after its last operation, as the
// circuit checks (issue 14, item 12): a block may create it.
func TestFeeAccountMustExistWhenFeesAreCredited(t *testing.T) {
	r := runner(t, rollup.TestParams, "")
	next := r.State.NextAccountID()
	if err := r.Machine.BeginBlock(rollup.BlockHeader{Number: 1, FeeAccount: next + 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Machine.SealBlock(); !errors.Is(err, rollup.ErrFeeAccountNotFound) {
		t.Fatalf("seal with a fee account that never exists: got %v, want ErrFeeAccountNotFound", err)
	}
	if err := r.Machine.AbortBlock(); err != nil {
		t.Fatal(err)
	}
	if err := r.Machine.BeginBlock(rollup.BlockHeader{Number: 1, FeeAccount: next}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Machine.Apply(&rollup.Deposit{To: r.Address("F"), Amount: num.FromUint64(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Machine.SealBlock(); err != nil {
		t.Fatalf("a block that creates its fee account: %v", err)
	}
}

func TestNewMachineRejectsMismatchedState(t *testing.T) {
	r := runner(t, rollup.TestParams, "")
	p := rollup.TestParams
	p.AccountDepth++
	if _, err := rollup.NewMachine(p, r.State); err == nil {
		t.Fatal("machine accepted a state of another shape")
	}
	p = rollup.TestParams
	p.BlockSlots = 0
	if _, err := rollup.NewMachine(p, r.State); err == nil {
		t.Fatal("machine accepted zero block slots")
	}
}

func TestSignatureFromAnotherChainRejected(t *testing.T) {
	r := runner(t, rollup.TestParams, "deposit A 100 ETH\nchangepubkey A")
	id, _ := r.AccountID("A")
	begin(t, r, 9)
	tr := &rollup.Transfer{From: id, To: r.Address("B"), Nonce: 1}
	if err := rollup.SignTransfer(r.Key("A"), rollup.TestParams.ChainID+1, tr); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Machine.Apply(tr); !errors.Is(err, rollup.ErrBadSignature) {
		t.Fatalf("got %v, want ErrBadSignature", err)
	}
}

// TestFailedOpLeavesStateUnchanged checks every rejection in one place: the
// root and the touched balances are exactly as before.
func TestFailedOpLeavesStateUnchanged(t *testing.T) {
	r := runner(t, rollup.TestParams, "deposit A 100 ETH\ndeposit B 5 ETH\nchangepubkey A")
	before, err := r.State.Root()
	if err != nil {
		t.Fatal(err)
	}
	bad := []string{
		"transfer A B 1000 ETH !insufficient",
		"transfer A B 1 ETH nonce 9 !nonce",
		"transfer A B 1 ETH badsig !sig",
		"transfer B A 1 ETH !nopubkey",
		"withdraw A 101 ETH !insufficient",
		"changepubkey B ethsigner A !ethsig",
		"deposit C 0 ETH !zero",
	}
	for _, line := range bad {
		if err := r.Exec(line); err != nil {
			t.Fatal(err)
		}
		after, err := r.State.Root()
		if err != nil {
			t.Fatal(err)
		}
		if after != before {
			t.Fatalf("%q changed the state root", line)
		}
	}
	if err := r.Exec("expect A ETH 100\nexpect B ETH 5\nexpect-nonce A 1"); err != nil {
		t.Fatal(err)
	}
}

func TestApplyBatchMatchesApply(t *testing.T) {
	setup := "deposit A 1000 ETH\ndeposit B 1000 ETH\nchangepubkey A\nchangepubkey B\n> block"
	one := runner(t, rollup.TestParams, setup)
	batch := runner(t, rollup.TestParams, setup)
	a, _ := one.AccountID("A")
	b, _ := one.AccountID("B")
	chain := rollup.TestParams.ChainID
	mk := func(from uint32, signer, to string, amount uint64, nonce uint32) rollup.Tx {
		p, err := rollup.PackAmount(num.FromUint64(amount))
		if err != nil {
			t.Fatal(err)
		}
		tr := &rollup.Transfer{From: from, To: one.Address(to), Amount: p, Nonce: nonce}
		if err := rollup.SignTransfer(one.Key(signer), chain, tr); err != nil {
			t.Fatal(err)
		}
		return tr
	}
	txs := []rollup.Tx{
		mk(a, "A", "B", 10, 1),
		mk(b, "B", "A", 3, 1),
		mk(a, "B", "B", 1, 2),    // wrong key
		mk(a, "A", "C", 5, 2),    // creates C
		mk(a, "A", "B", 1, 2),    // nonce already used
		mk(b, "B", "C", 5000, 2), // insufficient
	}
	begin(t, one, 2)
	begin(t, batch, 2)
	results := batch.Machine.ApplyBatch(txs)
	for i, tx := range txs {
		_, err := one.Machine.Apply(tx)
		if (err == nil) != (results[i].Err == nil) || (err != nil && err.Error() != results[i].Err.Error()) {
			t.Errorf("tx %d: Apply gave %v, ApplyBatch gave %v", i, err, results[i].Err)
		}
	}
	b1, err := one.Machine.SealBlock()
	if err != nil {
		t.Fatal(err)
	}
	b2, err := batch.Machine.SealBlock()
	if err != nil {
		t.Fatal(err)
	}
	if b1.NewRoot != b2.NewRoot || b1.Commitment() != b2.Commitment() {
		t.Fatal("ApplyBatch and Apply produced different blocks")
	}
	if len(b1.Ops) != 3 {
		t.Fatalf("block has %d ops, want 3", len(b1.Ops))
	}
}
