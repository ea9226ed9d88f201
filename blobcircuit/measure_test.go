package blobcircuit

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/crypto"
)

// measureEnv turns on the slow measurements (n = 1024, 4096, Groth16).
const measureEnv = "ZKROLLUP_MEASURE_BLOB"

// partCircuit is one part of Circuit, compiled alone to count its cost.
type partCircuit struct {
	part     string // "bits", "eval" and "payload" (bits included), "hash"
	Elements []frontend.Variable
	Z, Y     emulated.Element[emparams.BLS12381Fr]
	R, Out   frontend.Variable
}

func (c *partCircuit) Define(api frontend.API) error {
	switch c.part {
	case "bits":
		elementBits(api, c.Elements)
		return nil
	case "eval":
		return EvalBlob(api, c.Elements, &c.Z, &c.Y)
	case "payload":
		api.AssertIsEqual(payloadEval(api, elementBits(api, c.Elements), c.R), c.Out)
		return nil
	case "hash":
		h, err := circuit.NewHasher(api)
		if err != nil {
			return err
		}
		api.AssertIsEqual(h.HashTagged(crypto.DomainBlobData, c.Elements...), c.Out)
		return h.Err()
	}
	return fmt.Errorf("unknown part %q", c.part)
}

func compileR1CS(t *testing.T, c frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return cs
}

// TestBlobCircuitConstraints logs the R1CS size of the blob circuit and of
// its parts. n = 64 always; n = 1024 and 4096 with ZKROLLUP_MEASURE_BLOB=1.
// The parts share the elements' bit decompositions ("range checks"), counted
// once; the input hash is the rest (SHA-256 and the decompositions of
// DataHash, r and Eval).
func TestBlobCircuitConstraints(t *testing.T) {
	sizes := []int{64}
	if os.Getenv(measureEnv) == "1" {
		sizes = append(sizes, 1024, FieldElementsPerBlob)
	}
	for _, n := range sizes {
		count := func(part string) int {
			start := time.Now()
			cs := compileR1CS(t, &partCircuit{part: part, Elements: make([]frontend.Variable, n)})
			t.Logf("n=%d %s: %d constraints (compiled in %v)", n, part, cs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))
			return cs.GetNbConstraints()
		}
		bits, eval, payload, hash := count("bits"), count("eval"), count("payload"), count("hash")
		placeholder, err := NewCircuit(n)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		full := compileR1CS(t, placeholder).GetNbConstraints()
		t.Logf("n=%d: total %d (%.0f/element): evaluation %d, hashing %d, bytes %d, range checks %d, input hash + rest %d; compiled in %v",
			n, full, float64(full)/float64(n), eval-bits, hash, payload-bits, bits,
			full-eval-hash-(payload-bits), time.Since(start).Round(time.Millisecond))
	}
}
