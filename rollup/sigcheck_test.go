package rollup_test

import (
	"errors"
	"testing"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestApplySigCheckedMatchesApply: transactions verified once at admission
// apply exactly as Apply applies them (same receipts, same errors, same
// root), and a SigChecked made for another chain is checked again.
func TestApplySigCheckedMatchesApply(t *testing.T) {
	lines := []string{"changepubkey A", "transfer A B 10 ETH fee 1", "transfer A B 10000 ETH", "withdraw A 5 ETH fee 1",
		"transfer A B 1 ETH nonce 9", "transfer A B 1 ETH signer B", "transfer A B 1 ETH badsig"}
	run := func(verified bool) (*scenario.Runner, []rollup.Result) {
		p := rollup.DevParams
		p.BlockSlots, p.Shapes = 8, nil // every line fits in one block
		r, err := scenario.New(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Exec("deposit A 100 ETH\n> block"); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Try("deposit B 1 ETH"); err != nil { // opens block 2
			t.Fatal(err)
		}
		keys := crypto.NewKeyCache(16)
		var out []rollup.Result
		for _, l := range lines {
			tx, err := r.Build(l)
			if err != nil {
				t.Fatal(err)
			}
			if !verified {
				rc, err := r.Machine.Apply(tx)
				out = append(out, rollup.Result{Receipt: rc, Err: err})
				continue
			}
			v, err := rollup.CheckSig(keys, rollup.TestParams.ChainID, tx)
			if err != nil {
				out = append(out, rollup.Result{Err: err})
				continue
			}
			out = append(out, r.Machine.ApplySigChecked([]rollup.SigChecked{v})...)
		}
		return r, out
	}
	ra, a := run(false)
	rb, b := run(true)
	for i := range lines {
		same := (a[i].Err == nil) == (b[i].Err == nil)
		for _, e := range []error{rollup.ErrBadSignature, rollup.ErrInsufficientFunds, rollup.ErrNonceMismatch, rollup.ErrPubKeyMismatch} {
			same = same && errors.Is(a[i].Err, e) == errors.Is(b[i].Err, e)
		}
		if !same {
			t.Errorf("%q: Apply %v, ApplySigChecked %v", lines[i], a[i].Err, b[i].Err)
		}
		if a[i].Receipt.Slot != b[i].Receipt.Slot || a[i].Receipt.Op.Amount != b[i].Receipt.Op.Amount {
			t.Errorf("%q: receipts differ", lines[i])
		}
	}
	x, _ := ra.State.Root()
	y, _ := rb.State.Root()
	if x != y {
		t.Fatal("roots differ")
	}
	// SigChecked for another chain: ApplySigChecked checks it again and refuses.
	tx, _ := rb.Build("transfer A B 1 ETH")
	other := rollup.TestParams.ChainID + 1
	if _, err := rollup.CheckSig(crypto.NewKeyCache(4), other, tx); err == nil {
		t.Fatal("a signature verified for another chain id")
	}
	if res := rb.Machine.ApplySigChecked([]rollup.SigChecked{{}}); res[0].Err == nil {
		t.Fatal("a zero SigChecked was applied")
	}
}

// TestSigCheckedRequestChangedAfterItsCheckIsCheckedAgain: a SigChecked
// holds the request, not a copy; one changed after its check (a larger
// amount, say) is not applied on the strength of the old check.
func TestSigCheckedRequestChangedAfterItsCheckIsCheckedAgain(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\nchangepubkey A\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Try("deposit B 1 ETH"); err != nil { // opens block 2
		t.Fatal(err)
	}
	tx, err := r.Build("transfer A B 1 ETH")
	if err != nil {
		t.Fatal(err)
	}
	v, err := rollup.CheckSig(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx)
	if err != nil {
		t.Fatal(err)
	}
	tx.(*rollup.Transfer).Amount, _ = rollup.PackAmount(num.FromUint64(90))
	before, _ := r.State.Root()
	if res := r.Machine.ApplySigChecked([]rollup.SigChecked{v}); !errors.Is(res[0].Err, rollup.ErrBadSignature) {
		t.Fatalf("got %v, want %v", res[0].Err, rollup.ErrBadSignature)
	}
	if after, _ := r.State.Root(); after != before {
		t.Fatal("a refused transaction changed the state")
	}
}
