package blobcircuit

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

// lie names a hint a mini-circuit replaces with a lying one.
type lie int

const (
	honestHints lie = iota
	valuePlusOne
	quotientPlusOne
	quotientMinusOne
	carryPlusOne
	carryMinusOne
)

func init() {
	solver.RegisterHint(valuePlusOneHint, quotientPlusOneHint, quotientMinusOneHint, carryPlusOneHint, carryMinusOneHint)
}

// withLie returns a hint that runs h and adds delta to its output number
// (clamped to its width): what a cheating prover can put in those bits.
func withLie(h solver.Hint, delta int64) solver.Hint {
	return func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return err
		}
		v := new(big.Int)
		for i := len(out) - 1; i >= 0; i-- {
			v.Lsh(v, 1).Add(v, out[i])
		}
		return putBits(clamp(v.Add(v, big.NewInt(delta)), len(out)), out)
	}
}

// Named, so that they can be registered for the solver.
func valuePlusOneHint(m *big.Int, in, out []*big.Int) error {
	return withLie(divModHint, 1)(m, in, out)
}
func quotientPlusOneHint(m *big.Int, in, out []*big.Int) error {
	return withLie(quotientHint, 1)(m, in, out)
}
func quotientMinusOneHint(m *big.Int, in, out []*big.Int) error {
	return withLie(quotientHint, -1)(m, in, out)
}
func carryPlusOneHint(m *big.Int, in, out []*big.Int) error { return withLie(carryHint, 1)(m, in, out) }
func carryMinusOneHint(m *big.Int, in, out []*big.Int) error {
	return withLie(carryHint, -1)(m, in, out)
}

// mulCircuit is fq.mul alone: A·B ≡ C (mod q), A, B, C below 2^256 given
// as bits, the product r hinted and bound by one relation, then r ≡ C.
type mulCircuit struct {
	lie     lie
	A, B, C [256]frontend.Variable
}

func (c *mulCircuit) Define(api frontend.API) error {
	f := newFq(api)
	switch c.lie {
	case valuePlusOne:
		f.hintValue = valuePlusOneHint
	case quotientPlusOne:
		f.hintQuotient = quotientPlusOneHint
	case quotientMinusOne:
		f.hintQuotient = quotientMinusOneHint
	case carryPlusOne:
		f.hintCarry = carryPlusOneHint
	case carryMinusOne:
		f.hintCarry = carryMinusOneHint
	}
	operand := func(bits []frontend.Variable) num {
		for _, b := range bits {
			api.AssertIsBoolean(b)
		}
		return f.fromBits(bits)
	}
	r, err := f.mul(operand(c.A[:]), operand(c.B[:]))
	if err != nil {
		return err
	}
	return f.assertZeroMod([]term{{a: r, b: oneNum}, {a: operand(c.C[:]), b: oneNum, neg: true}})
}

func mulAssignment(a, b, c *big.Int) *mulCircuit {
	m := &mulCircuit{}
	for i := range 256 {
		m.A[i], m.B[i], m.C[i] = a.Bit(i), b.Bit(i), c.Bit(i)
	}
	return m
}

// TestMulModAcceptsTheProductOnly checks the relation gadget at the edges
// of its operands' ranges, and that every hint it trusts is bound: a
// lying value, quotient or carry is refused by the constraints (the hints
// never refuse).
func TestMulModAcceptsTheProductOnly(t *testing.T) {
	q := blsfr.Modulus()
	rng := rand.New(rand.NewPCG(21, 22))
	mod := func(x *big.Int) *big.Int { return new(big.Int).Mod(x, q) }
	prod := func(a, b *big.Int) *big.Int { return mod(new(big.Int).Mul(a, b)) }
	qm1 := new(big.Int).Sub(q, big.NewInt(1))
	top := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	ra, rb := bigOf(randomPoint(rng)), bigOf(randomPoint(rng))
	for _, tc := range []struct {
		name    string
		lie     lie
		a, b, c *big.Int
		ok      bool
	}{
		{"random", honestHints, ra, rb, prod(ra, rb), true},
		{"(q-1)²", honestHints, qm1, qm1, big.NewInt(1), true},
		{"(2^256-1)², operands not reduced", honestHints, top, top, prod(top, top), true},
		{"0·(2^256-1)", honestHints, big.NewInt(0), top, big.NewInt(0), true},
		{"c + q: congruent is enough", honestHints, ra, rb, new(big.Int).Add(prod(ra, rb), q), true},
		{"c + 1", honestHints, ra, rb, new(big.Int).Add(prod(ra, rb), big.NewInt(1)), false},
		{"c - 1 with (q-1)²", honestHints, qm1, qm1, big.NewInt(0), false},
		{"lying value", valuePlusOne, ra, rb, prod(ra, rb), false},
		{"lying quotient +1", quotientPlusOne, ra, rb, prod(ra, rb), false},
		{"lying quotient -1", quotientMinusOne, ra, rb, prod(ra, rb), false},
		{"lying carry +1", carryPlusOne, ra, rb, prod(ra, rb), false},
		{"lying carry -1", carryMinusOne, ra, rb, prod(ra, rb), false},
	} {
		err := test.IsSolved(&mulCircuit{lie: tc.lie}, mulAssignment(tc.a, tc.b, tc.c), ecc.BN254.ScalarField())
		if got := err == nil; got != tc.ok {
			t.Errorf("%s: solved = %v, want %v (err: %v)", tc.name, got, tc.ok, err)
		}
		if err != nil {
			t.Logf("%s: refused: %v", tc.name, err)
		}
	}
}

// intCircuit is fq.assertZero alone: A = C over the integers, A and C
// below 2^256 given as bits.
type intCircuit struct {
	A, C [256]frontend.Variable
}

func (c *intCircuit) Define(api frontend.API) error {
	f := newFq(api)
	for i := range c.A {
		api.AssertIsBoolean(c.A[i])
		api.AssertIsBoolean(c.C[i])
	}
	return f.assertZero([]term{{a: f.fromBits(c.A[:]), b: oneNum}, {a: f.fromBits(c.C[:]), b: oneNum, neg: true}})
}

// TestAssertZeroNeedsBothChecks refuses values that only one of its two
// checks (mod p, mod 2^(limbW·J)) would catch.
func TestAssertZeroNeedsBothChecks(t *testing.T) {
	p := ecc.BN254.ScalarField()
	a := bigOf(randomPoint(rand.New(rand.NewPCG(23, 24))))
	for _, tc := range []struct {
		name string
		c    *big.Int
		ok   bool
	}{
		{"equal", a, true},
		{"a + p: equal mod p", new(big.Int).Add(a, p), false},
		{"a + 2^52: equal in the low limb", new(big.Int).Add(a, new(big.Int).Lsh(big.NewInt(1), limbW)), false},
	} {
		w := &intCircuit{}
		for i := range 256 {
			w.A[i], w.C[i] = a.Bit(i), tc.c.Bit(i)
		}
		err := test.IsSolved(&intCircuit{}, w, ecc.BN254.ScalarField())
		if got := err == nil; got != tc.ok {
			t.Errorf("%s: solved = %v, want %v (err: %v)", tc.name, got, tc.ok, err)
		}
		if err != nil {
			t.Logf("%s: refused: %v", tc.name, err)
		}
	}
}
