package circuit

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	tedwards "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
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
	a, err := assign(r.State, testShape, b, true, fr.Element{})
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
			a, err := assign(fresh.State, testShape, b, true, fr.Element{})
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

// TestAccountIdsAreTheOperatorsChoice (issue 14, item 11): the rule, native
// and in the circuit, is that a credit to an address goes to an account
// that is empty (created for the address) or owned by it; which id is the
// operator's policy (rollup.AccountPolicy), and the ids in the pubdata are
// what a consumer of L1 data follows. A deposit that creates an account at
// an id other than the next free one, and a TransferToNew that gives an
// address a second account, are applied natively under a policy that
// follows those ids and accepted by the circuit, landing on the same root
// (Assign checks it). Credits into another address's account are refused
// by both (TestCircuitRejectsForgeriesBeyondTheTable, and natively here).
func TestAccountIdsAreTheOperatorsChoice(t *testing.T) {
	for _, tc := range []struct {
		name, setup, line string
		pick              func(r *scenario.Runner) uint32
		wantType          rollup.OpType
	}{
		{"deposit creates an account past the next free id", "", "deposit F 9 ETH",
			func(r *scenario.Runner) uint32 { return r.State.NextAccountID() + 5 }, rollup.OpDeposit},
		{"transfer gives an address a second account", "deposit A 100 ETH\ndeposit B 1 ETH\nchangepubkey A", "transfer A B 5 ETH",
			func(r *scenario.Runner) uint32 { return r.State.NextAccountID() }, rollup.OpTransferToNew},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := scenario.New(rollup.TestParams)
			if err != nil {
				t.Fatal(err)
			}
			if tc.setup != "" {
				if err := r.Exec(tc.setup); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := r.Seal(); err != nil {
				t.Fatal(err)
			}
			id := tc.pick(r)
			r.Machine.SetAccountPolicy(func(*state.State, common.Address) (uint32, error) { return id, nil })
			rc, err := r.Try(tc.line)
			if err != nil {
				t.Fatalf("native refuses: %v", err)
			}
			created := rc.Op.Account
			if rc.Op.Type == rollup.OpTransferToNew {
				created = rc.Op.To
			}
			if rc.Op.Type != tc.wantType || created != id {
				t.Fatalf("native applied %s creating %d, want %s creating %d", rc.Op.Type, created, tc.wantType, id)
			}
			r.Machine.SetAccountPolicy(nil)
			for i, a := range replay(t, r) {
				if err := solves(NewBlockCircuit(testShape), a); err != nil {
					t.Fatalf("block %d: native accepts, circuit refuses: %v", i+1, err)
				}
			}
		})
	}
	// The rule itself: a policy naming another address's account is refused.
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := r.AccountID("A")
	r.Machine.SetAccountPolicy(func(*state.State, common.Address) (uint32, error) { return a, nil })
	if _, err := r.Try("deposit B 5 ETH"); !errors.Is(err, rollup.ErrAddressMismatch) {
		t.Fatalf("deposit into A's account for B: got %v, want %v", err, rollup.ErrAddressMismatch)
	}
}
