package blobcircuit

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
)

// TestBlobCircuitGroth16 times a real Groth16 setup, prove and verify of
// the circuit of n elements (ZKROLLUP_MEASURE_BLOB=1; n = 64, or
// ZKROLLUP_MEASURE_BLOB_N: 4096 is a whole blob, production's).
func TestBlobCircuitGroth16(t *testing.T) {
	if os.Getenv(measureEnv) != "1" {
		t.Skipf("set %s=1 to run Groth16", measureEnv)
	}
	n := 64
	if v := os.Getenv("ZKROLLUP_MEASURE_BLOB_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatalf("ZKROLLUP_MEASURE_BLOB_N=%q: %v", v, err)
		}
	}
	rng := rand.New(rand.NewPCG(13, 14))
	placeholder, err := NewCircuit(n)
	if err != nil {
		t.Fatal(err)
	}
	cs := compileR1CS(t, placeholder)
	start := time.Now()
	pk, vk, err := groth16.Setup(cs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("n=%d: %d constraints, setup %v", n, cs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))

	assignment, err := NewAssignment(n, randomElements(rng, n), randomPoint(rng), randomScalar(rng))
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	proof, err := groth16.Prove(cs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("n=%d: prove %v", n, time.Since(start).Round(time.Millisecond))
	public, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, public); err != nil {
		t.Fatalf("verify: %v", err)
	}
}
