package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

const commitSlots = 2

type commitmentCircuit struct {
	Header     BlockHeader
	Pubdata    [commitSlots * rollup.SlotBytes]frontend.Variable // bytes
	Commitment frontend.Variable                                 `gnark:",public"`
}

func (c *commitmentCircuit) Define(api frontend.API) error {
	return assertCommitment(api, c.Header, c.Pubdata[:], c.Commitment)
}

// assertCommitment asserts that Commitment over a header and pubdata bytes
// is want.
func assertCommitment(api frontend.API, h BlockHeader, pubdata []frontend.Variable, want frontend.Variable) error {
	w := NewBitWriter(api)
	for _, b := range pubdata {
		w.Field(b, 8)
	}
	got, err := Commitment(api, h, w.Bits())
	if err != nil {
		return err
	}
	api.AssertIsEqual(got, want)
	return nil
}

func TestCommitmentMatchesNative(t *testing.T) {
	amt, _ := rollup.PackAmount(num.FromUint64(5000))
	fee, _ := rollup.PackFee(num.FromUint64(3))
	var oldRoot, newRoot fr.Element
	oldRoot.SetString("12345678901234567890123456789")
	newRoot.SetOne()
	newRoot.Neg(&newRoot) // r-1: the largest canonical root
	b := &rollup.Block{
		Header: rollup.BlockHeader{Number: 1<<40 + 7, Timestamp: 1_700_000_123, FeeAccount: 0xdeadbeef},
		Slots:  commitSlots, OldRoot: oldRoot, NewRoot: newRoot,
		Ops: []rollup.ExecutedOp{{Type: rollup.OpTransfer, Account: 1, To: 2, Token: 1, PackedAmount: amt, Amount: num.FromUint64(5000), Fee: fee}},
	}
	padded := b.PaddedPubdata()
	w := &commitmentCircuit{
		Header:     BlockHeader{OldRoot: big2(oldRoot), NewRoot: big2(newRoot), Number: b.Header.Number, Timestamp: b.Header.Timestamp, FeeAccount: b.Header.FeeAccount},
		Commitment: big2(b.CommitmentElement()),
	}
	for i := range padded {
		w.Pubdata[i] = padded[i]
	}
	mustSolve(t, "block commitment", &commitmentCircuit{}, w)

	bad := *w
	bad.Pubdata[5] = int(padded[5]) ^ 1
	mustFail(t, "changed pubdata byte", &commitmentCircuit{}, &bad)
	bad = *w
	bad.Header.Timestamp = b.Header.Timestamp + 1
	mustFail(t, "changed timestamp", &commitmentCircuit{}, &bad)
	bad = *w
	bad.Header.NewRoot = new(big.Int).Sub(big2(newRoot), big.NewInt(1))
	mustFail(t, "changed new root", &commitmentCircuit{}, &bad)
}
