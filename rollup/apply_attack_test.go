package rollup_test

// Attack tests of the registry dispatch (a5c549a, 9aecd8b): Apply,
// ApplyBatch, CheckSig/ApplySigChecked and the codecs dispatch on
// Tx.TxType() through the registry. A request that lies about its type, a
// type that is not a request of its own (Noop, TransferToNew), an unknown
// type or a nil must be refused by every entry point, leave the state and
// the open block as they were, and never skip the signature check.

import (
	"errors"
	"testing"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// liar is a real request of one type claiming to be of another: embedding
// promotes the request's unexported codec methods, so it implements Tx
// (and L2Tx when the embedded request does) from outside the package.
type liar struct {
	rollup.Tx
	claims rollup.OpType
}

func (l liar) TxType() rollup.OpType { return l.claims }

// l2liar is the same for a signed request, keeping its L2Tx methods.
type l2liar struct {
	rollup.L2Tx
	claims rollup.OpType
}

func (l l2liar) TxType() rollup.OpType { return l.claims }

// honestWrapper claims its own type, but is not the registry's request type.
type honestWrapper struct{ *rollup.Transfer }

func attackRunner(t *testing.T) *scenario.Runner {
	t.Helper()
	p := rollup.TestParams
	r, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\ndeposit B 10 ETH\nchangepubkey A\n> block"); err != nil {
		t.Fatal(err)
	}
	if err := r.Machine.BeginBlock(rollup.BlockHeader{Number: 2, FeeAccount: rollup.FeeAccountID}); err != nil {
		t.Fatal(err)
	}
	return r
}

// refusedEverywhere applies tx through Apply, ApplyBatch and (when CheckSig
// passes it) ApplySigChecked, and fails unless each refuses it, changing
// neither the state root nor the open block.
func refusedEverywhere(t *testing.T, r *scenario.Runner, name string, tx rollup.Tx, wantErr error) {
	t.Helper()
	root, _ := r.State.Root()
	n := r.Machine.OpenBlockLen()
	check := func(via string, err error) {
		t.Helper()
		if err == nil {
			t.Errorf("%s: %s applied it", name, via)
		} else if wantErr != nil && !errors.Is(err, wantErr) {
			t.Errorf("%s: %s: got %v, want %v", name, via, err, wantErr)
		}
		if got, _ := r.State.Root(); got != root || r.Machine.OpenBlockLen() != n {
			t.Fatalf("%s: %s changed the state or the open block", name, via)
		}
	}
	_, err := r.Machine.Apply(tx)
	check("Apply", err)
	check("ApplyBatch", r.Machine.ApplyBatch([]rollup.Tx{tx})[0].Err)
	if v, err := rollup.CheckSig(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx); err == nil {
		check("ApplySigChecked", r.Machine.ApplySigChecked([]rollup.SigChecked{v})[0].Err)
	}
}

func TestRegistryDispatchRefusesLyingRequests(t *testing.T) {
	r := attackRunner(t)
	transfer, err := r.Build("transfer A B 5 ETH fee 1")
	if err != nil {
		t.Fatal(err)
	}
	withdraw, err := r.Build("withdraw A 5 ETH")
	if err != nil {
		t.Fatal(err)
	}
	deposit, err := r.Build("deposit A 5 ETH")
	if err != nil {
		t.Fatal(err)
	}
	fullExit, err := r.Build("fullexit A ETH")
	if err != nil {
		t.Fatal(err)
	}
	types := []rollup.OpType{rollup.OpNoop, rollup.OpDeposit, rollup.OpTransfer, rollup.OpTransferToNew,
		rollup.OpWithdraw, rollup.OpFullExit, rollup.OpChangePubKey, 7, 200, 255}
	for _, claims := range types {
		for _, real := range []rollup.Tx{transfer, withdraw, deposit, fullExit} {
			refusedEverywhere(t, r, real.TxType().String()+" claiming "+claims.String(), liar{real, claims}, nil)
		}
		for _, real := range []rollup.L2Tx{transfer.(rollup.L2Tx), withdraw.(rollup.L2Tx)} {
			refusedEverywhere(t, r, "signed "+real.TxType().String()+" claiming "+claims.String(), l2liar{real, claims}, nil)
		}
	}
	refusedEverywhere(t, r, "wrapped transfer", honestWrapper{transfer.(*rollup.Transfer)}, nil)
	refusedEverywhere(t, r, "pointer to wrapped transfer", &honestWrapper{transfer.(*rollup.Transfer)}, nil)

	// The same requests, honest, still apply: the refusals above were
	// the lies', and nothing was left half-applied. (The withdraw shares
	// the transfer's nonce, so it is left out.)
	for _, tx := range []rollup.Tx{transfer, deposit, fullExit} {
		if _, err := r.Machine.Apply(tx); err != nil {
			t.Errorf("honest %s refused after the attacks: %v", tx.TxType(), err)
		}
	}
}

func TestRegistryDispatchRefusesNils(t *testing.T) {
	r := attackRunner(t)
	nils := []rollup.Tx{nil, (*rollup.Transfer)(nil), (*rollup.Withdraw)(nil), (*rollup.ChangePubKey)(nil),
		(*rollup.Deposit)(nil), (*rollup.FullExit)(nil)}
	// wrappers around nothing: refused by the machine (EncodeTx, which does
	// not check the dynamic type, is not called on them)
	// (honestWrapper{nil}, whose promoted L2Tx methods dereference nil,
	// panics in checkSignature: see the review report.)
	for _, tx := range []rollup.Tx{(*honestWrapper)(nil), liar{nil, rollup.OpTransfer},
		liar{nil, rollup.OpDeposit}, liar{(*rollup.Transfer)(nil), rollup.OpTransfer}} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%#v: panic: %v", tx, p)
				}
			}()
			refusedEverywhere(t, r, "wrapped nil", tx, nil)
		}()
	}
	for _, tx := range nils {
		name := "nil"
		if tx != nil {
			name = "typed nil"
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s %T: panic: %v", name, tx, p)
				}
			}()
			refusedEverywhere(t, r, name, tx, nil)
			if _, err := rollup.EncodeTx(tx); err == nil {
				t.Errorf("%s %T: EncodeTx encoded it", name, tx)
			}
			if _, err := rollup.TxHash(tx); err == nil {
				t.Errorf("%s %T: TxHash hashed it", name, tx)
			}
			if _, err := rollup.CheckSignature(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx); err == nil {
				t.Errorf("%s %T: CheckSignature passed it", name, tx)
			}
		}()
	}
	if res := r.Machine.ApplySigChecked([]rollup.SigChecked{{}}); res[0].Err == nil {
		t.Error("zero SigChecked applied")
	}
}

// TestSignatureCheckNotSkipped: a badly signed or foreign-key request is
// refused through every entry point, and CheckSig makes no SigChecked for
// a type that carries no L2 signature (which ApplySigChecked would trust).
func TestSignatureCheckNotSkipped(t *testing.T) {
	r := attackRunner(t)
	for _, line := range []string{"transfer A B 1 ETH badsig", "withdraw A 1 ETH badsig", "changepubkey B badsig",
		"transfer A C 1 ETH badsig"} { // C has no account: executes as TransferToNew
		tx, err := r.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		refusedEverywhere(t, r, line, tx, rollup.ErrBadSignature)
	}
	for _, line := range []string{"transfer A B 1 ETH signer B", "withdraw A 1 ETH signer B", "transfer A C 1 ETH signer B"} {
		tx, err := r.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		refusedEverywhere(t, r, line, tx, nil)
	}
	for _, line := range []string{"deposit A 1 ETH", "fullexit A ETH"} {
		tx, err := r.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rollup.CheckSig(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx); !errors.Is(err, rollup.ErrUnknownOpType) {
			t.Errorf("%q: CheckSig made a SigChecked for an unsigned type: %v", line, err)
		}
	}
}

// TestNonRequestOpsHaveNoRequest: Noop and TransferToNew pubdata (and
// unknown types) rebuild no L1 request, and only priority ops do.
func TestNonRequestOpsHaveNoRequest(t *testing.T) {
	for _, ty := range []rollup.OpType{rollup.OpNoop, rollup.OpTransfer, rollup.OpTransferToNew, rollup.OpWithdraw, rollup.OpChangePubKey, 7, 255} {
		op := rollup.ExecutedOp{Type: ty, Amount: num.FromUint64(1)}
		if tx, err := op.PriorityRequest(); err == nil {
			t.Errorf("%s pubdata rebuilt as request %#v", ty, tx)
		}
	}
	for _, ty := range []rollup.OpType{rollup.OpNoop, rollup.OpTransferToNew, 7, 255} {
		if _, err := rollup.DecodeTx([]byte{byte(ty)}); !errors.Is(err, rollup.ErrUnknownOpType) {
			t.Errorf("DecodeTx of type %d: %v, want ErrUnknownOpType", ty, err)
		}
	}
}
