package rollup_test

import (
	"errors"
	"testing"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestRequestOfAnotherDynamicTypeIsRefused: the registry dispatches on
// TxType(), the behaviour comes from the dynamic type. A value whose
// dynamic type is not the registry's request type for its TxType (a
// wrapper embedding a request, nil or not, or one claiming another type)
// must be refused by every entry point with ErrUnknownOpType, as 9e68335's
// type switches refused it, and never panic.
func TestRequestOfAnotherDynamicTypeIsRefused(t *testing.T) {
	r := attackRunner(t)
	transfer, err := r.Build("transfer A B 5 ETH fee 1")
	if err != nil {
		t.Fatal(err)
	}
	deposit, err := r.Build("deposit A 5 ETH")
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range []rollup.Tx{
		honestWrapper{nil}, &honestWrapper{nil},
		honestWrapper{transfer.(*rollup.Transfer)},
		liar{deposit, rollup.OpTransfer}, liar{transfer, rollup.OpDeposit},
		l2liar{transfer.(rollup.L2Tx), rollup.OpTransfer},
		liar{nil, rollup.OpTransfer},
	} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%#v: panic: %v", tx, p)
				}
			}()
			if _, err := rollup.CheckSignature(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx); !errors.Is(err, rollup.ErrUnknownOpType) {
				t.Errorf("%#v: CheckSignature: %v, want ErrUnknownOpType", tx, err)
			}
			if b, err := rollup.EncodeTx(tx); !errors.Is(err, rollup.ErrUnknownOpType) {
				t.Errorf("%#v: EncodeTx: %x, %v, want ErrUnknownOpType", tx, b, err)
			}
			if _, err := r.Machine.Apply(tx); !errors.Is(err, rollup.ErrUnknownOpType) {
				t.Errorf("%#v: Apply: %v, want ErrUnknownOpType", tx, err)
			}
		}()
	}
}
