package circuit

import (
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

var testShape = ShapeOf(rollup.TestParams)

// replay assigns every block of a finished scenario on a fresh genesis state.
func replay(t *testing.T, r *scenario.Runner) []*BlockCircuit {
	t.Helper()
	fresh, err := scenario.New(r.P)
	if err != nil {
		t.Fatal(err)
	}
	var out []*BlockCircuit
	for _, b := range r.Blocks {
		a, err := Assign(fresh.State, ShapeOf(r.P), b)
		if err != nil {
			t.Fatalf("assign: %v", err)
		}
		if err := fresh.State.Commit(nil); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// TestCircuitAcceptsEveryNativeBlock: every block the native rules build in
// the rule table is accepted by the circuit.
func TestCircuitAcceptsEveryNativeBlock(t *testing.T) {
	for _, tc := range append(append([]scenario.RuleCase(nil), scenario.RuleCases...), scenario.TradeCases...) {
		t.Run(tc.Name, func(t *testing.T) {
			r, err := scenario.Run(rollup.TestParams, tc.Text, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i, a := range replay(t, r) {
				if err := solves(NewBlockCircuit(testShape), a); err != nil {
					t.Fatalf("block %d: native accepts, circuit does not: %v", i+1, err)
				}
			}
		})
	}
}
