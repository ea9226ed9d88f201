package circuit

import (
	"math/big"
	"testing"

	tedwards "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestChangePubKeyToTheIdentityIsRefused (issue 14, item 10): the identity
// point passes the subgroup check ([8]Q = P with Q the identity), and with
// it anyone can sign for the account (R = [S]G satisfies the verification
// equation for any message). The native decoder refuses it as a key; so
// must the circuit.
func TestChangePubKeyToTheIdentityIsRefused(t *testing.T) {
	var id tedwards.PointAffine
	id.X.SetZero()
	id.Y.SetOne()
	idBytes := id.Bytes()
	if _, err := crypto.PublicKeyFromBytes(idBytes[:]); err == nil {
		t.Fatal("the native decoder accepts the identity as a key")
	}

	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Seal(); err != nil {
		t.Fatal(err)
	}
	tx, err := r.Build("changepubkey A") // a valid request gives the slot its shape
	if err != nil {
		t.Fatal(err)
	}
	op, ok := forgeOp(r, tx)
	if !ok {
		t.Fatal("not forgeable")
	}
	h := crypto.HashTagged(crypto.DomainPubKey, id.X, id.Y) // the identity's key hash
	hb := h.Bytes()
	copy(op.PubKeyHash[:], hb[32-crypto.PubKeyHashLen:])
	root, _ := r.State.Root()
	b := &rollup.Block{Header: rollup.BlockHeader{Number: 99, Timestamp: 1}, Slots: testShape.Slots, OldRoot: root, Ops: []rollup.ExecutedOp{op}}
	a, err := assign(r.State, testShape, b, true)
	if err != nil {
		t.Fatalf("forging: %v", err)
	}
	// The slot is signed by the identity: R = [S]G for any S.
	s := big.NewInt(123456789)
	base := tedwards.GetEdwardsCurve().Base
	var rr tedwards.PointAffine
	rr.ScalarMultiplication(&base, s)
	sl := &a.Slots[0]
	sl.Sig = Signature{
		R:      twistededwards.Point{X: el(rr.X), Y: el(rr.Y)},
		S:      s,
		PubKey: twistededwards.Point{X: 0, Y: 1},
	}
	sl.SubgroupQ = twistededwards.Point{X: 0, Y: 1}
	err = solves(NewBlockCircuit(testShape), a)
	if err == nil {
		t.Fatal("the circuit accepts a ChangePubKey to the identity point")
	}
	t.Logf("refused: %v", err)
}

// TestFeeAccountCreatedInItsBlock (issue 14, item 12): native rules and the
// circuit agree that the fee account must exist when the fees are credited,
// after the last operation: a block that creates it is accepted by both, a
// block whose fee account never exists is refused by both.
func TestFeeAccountCreatedInItsBlock(t *testing.T) {
	for _, tc := range []struct {
		name   string
		create bool // a deposit in the block creates the fee account
	}{{"created in the block", true}, {"never exists", false}} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := scenario.New(rollup.TestParams)
			if err != nil {
				t.Fatal(err)
			}
			pre, _ := r.State.Root()
			fee := r.State.NextAccountID()
			if !tc.create {
				fee++
			}
			h := rollup.BlockHeader{Number: 1, Timestamp: 1, FeeAccount: fee}
			if err := r.Machine.BeginBlock(h); err != nil {
				t.Fatal(err)
			}
			dep := &rollup.Deposit{To: r.Address("F"), Amount: num.FromUint64(7)}
			rc, err := r.Machine.Apply(dep)
			if err != nil {
				t.Fatal(err)
			}
			_, sealErr := r.Machine.SealBlock()
			if tc.create != (sealErr == nil) {
				t.Fatalf("native seal: %v", sealErr)
			}
			fresh, err := scenario.New(rollup.TestParams)
			if err != nil {
				t.Fatal(err)
			}
			b := &rollup.Block{Header: h, Slots: testShape.Slots, OldRoot: pre, Ops: []rollup.ExecutedOp{rc.Op}}
			a, err := assign(fresh.State, testShape, b, true)
			if err != nil {
				t.Fatalf("assign: %v", err)
			}
			err = solves(NewBlockCircuit(testShape), a)
			if tc.create && err != nil {
				t.Fatalf("native accepts, circuit refuses: %v", err)
			}
			if !tc.create && err == nil {
				t.Fatal("native refuses, circuit accepts")
			}
		})
	}
}
