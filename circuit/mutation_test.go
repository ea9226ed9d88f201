package circuit

import (
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestEverySingleWitnessChangeIsRejected: in valid blocks that use every
// operation type, changing any one witness value (an amount, a nonce, a
// signature component, a Merkle sibling, a pubdata field, the commitment)
// makes the constraint system unsatisfied. A value some change leaves
// satisfied would be a value no constraint binds.
func TestEverySingleWitnessChangeIsRejected(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the block circuit once per witness value")
	}
	r, err := scenario.Run(rollup.TestParams, `
		deposit A 100 ETH
		deposit B 7 DAI
		changepubkey A fee 1 ETH
		transfer A B 5 ETH fee 1
		> block
		transfer A C 3 ETH
		withdraw A 20 ETH fee 2
		fullexit B DAI
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, NewBlockCircuit(testShape))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("block circuit, %+v: %d R1CS constraints", testShape, ccs.GetNbConstraints())
	start := time.Now()
	mutations := 0
	for bi, a := range replay(t, r) {
		w, err := frontend.NewWitness(a, field)
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("block %d: valid witness does not solve: %v", bi+1, err)
		}
		vec := w.Vector().(fr.Vector)
		one := fr.One()
		for i := range vec {
			vec[i].Add(&vec[i], &one)
			if ccs.IsSolved(w) == nil {
				t.Errorf("block %d: witness value %d changed by +1 still solves", bi+1, i)
			}
			vec[i].Sub(&vec[i], &one)
			mutations++
		}
	}
	t.Logf("%d single-value mutations tried in %s", mutations, time.Since(start).Round(time.Second))
}
