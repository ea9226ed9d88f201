package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

func TestExitCircuitMatchesNativeWitness(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\ndeposit A 7 DAI\ndeposit B 5 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := rollup.TestParams
	shapeOf := func() *ExitCircuit { return NewExitCircuit(p.AccountDepth, p.BalanceDepth) }
	a, _ := r.AccountID("A")
	for _, tok := range []uint16{0, 1, 2} { // 100, 7, and a token A never held (0)
		w, err := r.State.Witness(a, tok)
		if err != nil {
			t.Fatal(err)
		}
		if !w.Verify(r.State.Config()) {
			t.Fatal("native witness does not verify")
		}
		good := AssignExit(w)
		mustSolve(t, "exit", shapeOf(), good)
		for name, mutate := range map[string]func(*ExitCircuit){
			"amount":  func(c *ExitCircuit) { c.Amount = new(big.Int).Add(c.Amount.(*big.Int), big.NewInt(1)) },
			"owner":   func(c *ExitCircuit) { c.Owner = big.NewInt(12345) },
			"account": func(c *ExitCircuit) { c.AccountID = a + 1 },
			"token":   func(c *ExitCircuit) { c.Token = tok + 3 },
			"root":    func(c *ExitCircuit) { c.Root = big.NewInt(1) },
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
// in every test run.
func TestExitProofIsReal(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := r.AccountID("A")
	w, _ := r.State.Witness(a, 0)
	p := rollup.TestParams
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, NewExitCircuit(p.AccountDepth, p.BalanceDepth))
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
	t.Logf("exit circuit at depths %d/%d: %d R1CS constraints", p.AccountDepth, p.BalanceDepth, ccs.GetNbConstraints())
}
