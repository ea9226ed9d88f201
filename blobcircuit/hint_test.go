package blobcircuit

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"
	"github.com/consensys/gnark/test"
)

func init() {
	solver.RegisterHint(skewedPairHint)
}

// skewedEvalCircuit is EvalBlob with the pair hint replaced by
// skewedPairHint when skew is set. (A func field would break test.IsSolved:
// it clones the circuit and compares the clone with reflect.DeepEqual.)
type skewedEvalCircuit struct {
	skew bool
	E    []frontend.Variable
	Z, Y emulated.Element[emparams.BLS12381Fr]
}

func (c *skewedEvalCircuit) Define(api frontend.API) error {
	zBits, err := canonicalBits(api, &c.Z)
	if err != nil {
		return err
	}
	yBits, err := canonicalBits(api, &c.Y)
	if err != nil {
		return err
	}
	f := newFq(api)
	if c.skew {
		f.hintPair = skewedPairHint
	}
	return evalBits(f, elementBits(api, c.E), zBits, yBits)
}

// skewedPairHint is pairHint with u_0 + C_1 and u_1 - C_0: the barycentric
// sum C_0 u_0 + C_1 u_1, hence y, is unchanged, so only the per-pair
// relations can refuse it.
func skewedPairHint(mod *big.Int, in, out []*big.Int) error {
	if err := pairHint(mod, in, out); err != nil {
		return err
	}
	var u, c blsfr.Element
	u.SetBigInt(bitsValue(out))
	switch in[0].Int64() {
	case 0:
		c.SetBigInt(rootsOverN()[2])
		u.Add(&u, &c)
	case 1:
		c.SetBigInt(rootsOverN()[0])
		u.Sub(&u, &c)
	}
	return putBits(u.BigInt(new(big.Int)), out)
}

// bitsValue is the number whose bits, least significant first, are bits.
func bitsValue(bits []*big.Int) *big.Int {
	v := new(big.Int)
	for i := len(bits) - 1; i >= 0; i-- {
		v.Lsh(v, 1).Add(v, bits[i])
	}
	return v
}

func TestEvalBlobBindsEveryPairTerm(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	const n = 4
	elements := randomElements(rng, n)
	z := randomPoint(rng)
	y := kzgClaim(t, elements, z)
	for _, tc := range []struct {
		name string
		skew bool
		ok   bool
	}{
		{"honest pairs", false, true},
		{"pairs skewed, same sum", true, false},
	} {
		assignment := &skewedEvalCircuit{E: make([]frontend.Variable, n), Z: blsValue(z), Y: blsValue(y)}
		for i := range elements {
			assignment.E[i] = bigOf(elements[i])
		}
		err := test.IsSolved(&skewedEvalCircuit{skew: tc.skew, E: make([]frontend.Variable, n)}, assignment, ecc.BN254.ScalarField())
		if got := err == nil; got != tc.ok {
			t.Errorf("%s: solved = %v, want %v (err: %v)", tc.name, got, tc.ok, err)
		}
		if err != nil {
			t.Logf("%s: refused: %v", tc.name, err)
		}
	}
}
