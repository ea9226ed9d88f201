package blobcircuit

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"
	"github.com/consensys/gnark/test"
)

// evalCircuit is EvalBlob alone: y = P_E(z).
type evalCircuit struct {
	E    []frontend.Variable
	Z, Y emulated.Element[emparams.BLS12381Fr]
}

func (c *evalCircuit) Define(api frontend.API) error {
	return EvalBlob(api, c.E, &c.Z, &c.Y)
}

func evalAssignment(elements []blsfr.Element, z, y emulated.Element[emparams.BLS12381Fr]) *evalCircuit {
	c := &evalCircuit{E: make([]frontend.Variable, len(elements)), Z: z, Y: y}
	for i := range elements {
		c.E[i] = bigOf(elements[i])
	}
	return c
}

// TestEvalBlobAcceptsKZGClaimOnly checks EvalBlob against go-ethereum's y
// for odd and even capacities (an odd one pairs its last element with 0).
func TestEvalBlobAcceptsKZGClaimOnly(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{1, 2, 5} {
		elements := randomElements(rng, n)
		z := randomPoint(rng)
		y := kzgClaim(t, elements, z)
		var y1 blsfr.Element
		y1.Add(&y, &one)
		placeholder := &evalCircuit{E: make([]frontend.Variable, n)}
		for _, tc := range []struct {
			name string
			y    emulated.Element[emparams.BLS12381Fr]
			ok   bool
		}{
			{"kzg4844's y", blsValue(y), true},
			{"y+1", blsValue(y1), false},
			{"y+q, not canonical", rawLimbs(new(big.Int).Add(bigOf(y), blsfr.Modulus())), false},
		} {
			err := test.IsSolved(placeholder, evalAssignment(elements, blsValue(z), tc.y), ecc.BN254.ScalarField())
			if got := err == nil; got != tc.ok {
				t.Errorf("n=%d %s: solved = %v, want %v (err: %v)", n, tc.name, got, tc.ok, err)
			}
		}
	}
}
