package circuit

import (
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// TestBlockCircuitRefusesTreesATradeCannotAddress: a trade's pubdata
// carries account ids in 24 bits, tokens in 12 and order slots in 14; a
// shape with a deeper tree does not compile (rollup.Params.Check refuses
// it first; this is the circuit's own guard).
func TestBlockCircuitRefusesTreesATradeCannotAddress(t *testing.T) {
	for _, s := range []Shape{
		{AccountDepth: 25, BalanceDepth: 4, OrderDepth: 2, Slots: 1, FeeSlots: 1, ChainID: 1},
		{AccountDepth: 6, BalanceDepth: 13, OrderDepth: 2, Slots: 1, FeeSlots: 1, ChainID: 1},
		{AccountDepth: 6, BalanceDepth: 4, OrderDepth: 15, Slots: 1, FeeSlots: 1, ChainID: 1},
	} {
		if _, err := frontend.Compile(field, r1cs.NewBuilder, NewBlockCircuit(s)); err == nil {
			t.Errorf("shape %+v compiles", s)
		}
	}
}

// TestOpeningWithoutItsDepthIsAnError: an account opening allocated
// without NewAccountOpening (no order tree depth) makes Define fail with
// an error, not a panic.
func TestOpeningWithoutItsDepthIsAnError(t *testing.T) {
	c := &ExitCircuit{BalancePath: make([]frontend.Variable, 4), AccountPath: make([]frontend.Variable, 6)}
	if _, err := frontend.Compile(field, r1cs.NewBuilder, c); err == nil {
		t.Fatal("an exit circuit without its order depth compiles")
	}
	if _, err := frontend.Compile(field, r1cs.NewBuilder, NewExitCircuit(6, 4, 2)); err != nil {
		t.Fatalf("control: %v", err)
	}
}
