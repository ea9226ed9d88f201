package blobcircuit

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

// TestFullBlobCircuitSolves compiles the production circuit (n = 4096) to
// R1CS and solves it for a full random blob and for y+1 (skipped with
// -short).
func TestFullBlobCircuitSolves(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the 4096-element circuit")
	}
	rng := rand.New(rand.NewPCG(11, 12))
	elements := randomElements(rng, FieldElementsPerBlob)
	z, r := randomPoint(rng), randomScalar(rng)
	placeholder, err := NewCircuit(FieldElementsPerBlob)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cs := compileR1CS(t, placeholder)
	t.Logf("compiled %d constraints in %v", cs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))

	assignment, err := NewAssignment(FieldElementsPerBlob, elements, z, r)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cs.Solve(w); err != nil {
		t.Fatalf("valid blob refused: %v", err)
	}
	t.Logf("solved in %v", time.Since(start).Round(time.Millisecond))

	y := kzgClaim(t, elements, z)
	y.Add(&y, &one)
	bad := *assignment
	bad.Y = blsValue(y)
	var eval, dataHash fr.Element = assignment.Eval.(fr.Element), assignment.DataHash.(fr.Element)
	bad.Input = PublicInput(dataHash, z, y, r, eval)
	w, err = frontend.NewWitness(&bad, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cs.Solve(w); err == nil {
		t.Error("y+1 accepted")
	}
}
