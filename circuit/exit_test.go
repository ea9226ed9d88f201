package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/smt"
)

func TestExitCircuitMatchesNativeWitness(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\ndeposit A 7 DAI\ndeposit B 5 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := rollup.TestParams
	shapeOf := func() *ExitCircuit { return NewExitCircuit(p.AccountDepth, p.BalanceDepth, p.OrderDepth) }
	a, _ := r.AccountID("A")
	b, _ := r.AccountID("B")
	// B has orders (placed natively: no operation places one yet); they do
	// not stop B's exit
	if err := r.State.SetOrder(b, 1, state.OrderLeaf{Generation: 1, Filled: num.FromUint64(3)}); err != nil {
		t.Fatal(err)
	}
	if err := r.State.SetOrder(b, 3, state.OrderLeaf{Generation: 2}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id  uint32
		tok uint16
	}{{a, 0}, {a, 1}, {a, 2}, {b, 0}, {b, 1}} { // A: 100, 7, a token never held (0); B with orders: 5, 0
		w, err := r.State.Witness(c.id, c.tok)
		if err != nil {
			t.Fatal(err)
		}
		if !w.Verify(r.State.Config()) {
			t.Fatal("native witness does not verify")
		}
		if hasOrders := w.OrderRoot != smt.EmptyRoot(p.OrderDepth); hasOrders != (c.id == b) {
			t.Fatalf("account %d: has orders %v", c.id, hasOrders)
		}
		good := AssignExit(w)
		mustSolve(t, "exit", shapeOf(), good)
		for name, mutate := range map[string]func(*ExitCircuit){
			"amount":     func(x *ExitCircuit) { x.Amount = new(big.Int).Add(x.Amount.(*big.Int), big.NewInt(1)) },
			"owner":      func(x *ExitCircuit) { x.Owner = big.NewInt(12345) },
			"account":    func(x *ExitCircuit) { x.AccountID = c.id + 1 },
			"token":      func(x *ExitCircuit) { x.Token = c.tok + 3 },
			"root":       func(x *ExitCircuit) { x.Root = big.NewInt(1) },
			"order root": func(x *ExitCircuit) { x.OrderRoot = new(big.Int).Add(x.OrderRoot.(*big.Int), big.NewInt(1)) },
		} {
			bad := *good
			mutate(&bad)
			mustFail(t, "exit with another "+name, shapeOf(), &bad)
		}
	}
	// an empty account cannot exit, even with its (zero) balance
	w, _ := r.State.Witness(20, 0)
	mustFail(t, "exit of an empty account", shapeOf(), AssignExit(w))
}

// TestExitProofIsReal: the exit circuit is small enough to set up and prove
// in every test run (here for an account with an order).
func TestExitProofIsReal(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := r.AccountID("A")
	if err := r.State.SetOrder(a, 2, state.OrderLeaf{Generation: 1, Filled: num.FromUint64(40)}); err != nil {
		t.Fatal(err)
	}
	w, _ := r.State.Witness(a, 0)
	p := rollup.TestParams
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, NewExitCircuit(p.AccountDepth, p.BalanceDepth, p.OrderDepth))
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	full, err := frontend.NewWitness(AssignExit(w), field)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, full)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := full.Public()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("exit proof does not verify: %v", err)
	}
	other := AssignExit(w)
	other.Amount = big.NewInt(101)
	otherPub, _ := frontend.NewWitness(other, field, frontend.PublicOnly())
	if groth16.Verify(proof, vk, otherPub) == nil {
		t.Fatal("exit proof verifies for a larger amount")
	}
	t.Logf("exit circuit at depths %d/%d/%d: %d R1CS constraints", p.AccountDepth, p.BalanceDepth, p.OrderDepth, ccs.GetNbConstraints())
}
