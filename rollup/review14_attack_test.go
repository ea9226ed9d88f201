package rollup_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// Independent attack tests of issue 14's native rules (review).

// TestSecondAccountCannotBorrowTheFirstsAuthorisation: an address may own
// several accounts (the operator's AccountPolicy chooses ids). The operator
// gives A a second account with a deposit, then tries to take it over with
// A's L1 authorisation of A's first account: registering its own key, or
// A's key, on the second account is refused (the authorisation names the
// account); nobody can spend from the second account before A registers a
// key on it. The contract refuses the same authorisation
// (l1.TestAuthorisationLayoutMatchesTheContract, "another account").
func TestSecondAccountCannotBorrowTheFirstsAuthorisation(t *testing.T) {
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\n> block"); err != nil {
		t.Fatal(err)
	}
	a1, _ := r.AccountID("A")
	tx, err := r.Build("changepubkey A")
	if err != nil {
		t.Fatal(err)
	}
	auth := tx.(*rollup.ChangePubKey)
	if _, err := r.Apply(auth); err != nil {
		t.Fatal(err)
	}
	a2 := r.State.NextAccountID() + 3
	r.Machine.SetAccountPolicy(func(*state.State, common.Address) (uint32, error) { return a2, nil })
	rc, err := r.Apply(&rollup.Deposit{To: r.Address("A"), Amount: num.FromUint64(50)})
	r.Machine.SetAccountPolicy(nil)
	if err != nil || rc.Op.Account != a2 || !rc.Created {
		t.Fatalf("second account for A: %+v %v", rc, err)
	}
	for _, key := range []string{"op", "A"} {
		c := &rollup.ChangePubKey{AccountID: a2, Nonce: 0, EthSignature: auth.EthSignature}
		if err := rollup.SignChangePubKey(r.Key(key), r.P.ChainID, c); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Apply(c); !errors.Is(err, rollup.ErrBadEthSignature) {
			t.Fatalf("%s's key on A's second account with the first account's authorisation: got %v, want %v", key, err, rollup.ErrBadEthSignature)
		}
	}
	// the first account's key does not sign for the second
	w := &rollup.Withdraw{From: a2, To: r.Address("op"), Amount: num.FromUint64(50), Nonce: 0}
	if err := rollup.SignWithdraw(r.Key("A"), r.P.ChainID, w); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Apply(w); !errors.Is(err, rollup.ErrNoPubKey) {
		t.Fatalf("withdrawal from the second account before it has a key: got %v, want %v", err, rollup.ErrNoPubKey)
	}
	if bal, _ := r.State.Balance(a1, 0); bal.Big().Int64() != 100 {
		t.Fatalf("A's first account holds %s", bal.Big())
	}
}

// TestRefundIsOnlyForADepositNoAccountTakes: the refund is the outcome of
// a policy that names no account (or an id beyond the tree); a policy that
// names another address's account is an error, not a refund, and a refund
// is never taken from a deposit the rules refuse for another reason.
func TestRefundIsOnlyForADepositNoAccountTakes(t *testing.T) {
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\n> block"); err != nil {
		t.Fatal(err)
	}
	a, _ := r.AccountID("A")
	for _, c := range []struct {
		name   string
		policy rollup.AccountPolicy
		dep    rollup.Deposit
		want   error // nil: refunded
	}{
		{"policy names none", func(*state.State, common.Address) (uint32, error) { return 0, rollup.ErrNoAccount }, rollup.Deposit{To: r.Address("B"), Amount: num.FromUint64(5)}, nil},
		{"policy names an id beyond the tree", func(*state.State, common.Address) (uint32, error) { return 1 << rollup.TestParams.AccountDepth, nil }, rollup.Deposit{To: r.Address("B"), Amount: num.FromUint64(5)}, nil},
		{"policy names A's account for B", func(*state.State, common.Address) (uint32, error) { return a, nil }, rollup.Deposit{To: r.Address("B"), Amount: num.FromUint64(5)}, rollup.ErrAddressMismatch},
		{"policy names the operator's account for B", func(*state.State, common.Address) (uint32, error) { return rollup.FeeAccountID, nil }, rollup.Deposit{To: r.Address("B"), Amount: num.FromUint64(5)}, rollup.ErrAddressMismatch},
		{"zero amount", func(*state.State, common.Address) (uint32, error) { return 0, rollup.ErrNoAccount }, rollup.Deposit{To: r.Address("B")}, rollup.ErrZeroAmount},
		{"zero address", func(*state.State, common.Address) (uint32, error) { return 0, rollup.ErrNoAccount }, rollup.Deposit{Amount: num.FromUint64(5)}, rollup.ErrZeroAddress},
		{"token beyond the tree", func(*state.State, common.Address) (uint32, error) { return 0, rollup.ErrNoAccount }, rollup.Deposit{To: r.Address("B"), Token: 1 << rollup.TestParams.BalanceDepth, Amount: num.FromUint64(5)}, rollup.ErrTokenOutOfRange},
	} {
		before, _ := r.State.Root()
		r.Machine.SetAccountPolicy(c.policy)
		dep := c.dep
		rc, err := r.Apply(&dep)
		r.Machine.SetAccountPolicy(nil)
		after, _ := r.State.Root()
		if after != before {
			t.Fatalf("%s: the state changed", c.name)
		}
		if c.want == nil {
			if err != nil || rc.Op.Type != rollup.OpDepositRefund || rc.Op.Account != 0 || rc.Op.Address != dep.To || rc.Op.Amount != dep.Amount || rc.Created {
				t.Fatalf("%s: %+v %v, want a refund of account 0 to %s", c.name, rc, err, dep.To)
			}
			continue
		}
		if !errors.Is(err, c.want) {
			t.Fatalf("%s: got %+v %v, want %v", c.name, rc, err, c.want)
		}
	}
}
