package blobcircuit

import (
	"errors"
	"fmt"
	"math/big"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
)

// Arithmetic modulo q, BLS12-381's scalar field modulus, in a BN254
// circuit, built from bit decompositions only: no lookup table, no
// commitment. (gnark's emulated.Field checks its products with a random
// challenge from api.Commit, which our batch verifier does not support.)
//
// A value is a num: limbs of limbW bits, each a linear combination of bits
// a hint produced and the circuit constrained boolean. A relation
// Σ ±a·b ≡ 0 (mod q) is checked as the integer identity Σ ±a·b − k·q = 0,
// k a hinted and range checked quotient; the identity holds modulo the
// native modulus p (one product a term) and modulo 2^(limbW·J) (a carry
// chain over the low J limb columns), J chosen so that p·2^(limbW·J)
// exceeds every value it can take (see assertZero).

const (
	// limbW is the width of the limbs relations are checked in: a 255-bit
	// value is five limbs, and three columns of a product share a carry.
	limbW = 52
	// valueBits is the width of every hinted value mod q: the hints give
	// canonical values, below q < 2^255, and the circuit checks the width.
	valueBits = 255
)

// num is the non-negative integer Σ limbs[j]·2^(limbW·j); limbs[j] is a
// constant or a linear combination of constrained bits, at most max[j].
type num struct {
	limbs []frontend.Variable
	max   []*big.Int
}

// maxValue is the largest value x can take.
func (x num) maxValue() *big.Int { return weighted(x.max) }

// term is a·b, or -a·b when neg is set.
type term struct {
	a, b num
	neg  bool
}

// fq builds relations mod q in one circuit. Its hints are fields so that a
// test can replace them with lying ones and see the constraints refuse.
type fq struct {
	api                                          frontend.API
	p                                            *big.Int // the native modulus
	hintValue, hintQuotient, hintCarry, hintPair solver.Hint
}

func newFq(api frontend.API) *fq {
	return &fq{api: api, p: api.Compiler().Field(),
		hintValue: divModHint, hintQuotient: quotientHint, hintCarry: carryHint, hintPair: pairHint}
}

var errHint = errors.New("blobcircuit: malformed hint input")

// constNum is the constant c >= 0.
func constNum(c *big.Int) num {
	var x num
	v := new(big.Int).Set(c)
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), limbW), big.NewInt(1))
	for {
		l := new(big.Int).And(v, mask)
		x.limbs, x.max = append(x.limbs, l), append(x.max, l)
		if v.Rsh(v, limbW).Sign() == 0 {
			return x
		}
	}
}

var oneNum = constNum(big.NewInt(1))

// fromBits is the number whose bits, least significant first, are bits;
// they must already be constrained boolean (or constant).
func (f *fq) fromBits(bits []frontend.Variable) num {
	var x num
	for lo := 0; lo < len(bits); lo += limbW {
		hi := min(lo+limbW, len(bits))
		x.limbs = append(x.limbs, weigh(f.api, bits[lo:hi], 0))
		x.max = append(x.max, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(hi-lo)), big.NewInt(1)))
	}
	return x
}

// eval is x mod p: a linear combination, no constraint.
func (f *fq) eval(x num) frontend.Variable {
	terms := make([]frontend.Variable, len(x.limbs))
	for j, l := range x.limbs {
		terms[j] = f.api.Mul(l, new(big.Int).Lsh(big.NewInt(1), uint(limbW*j)))
	}
	return sum(f.api, terms)
}

// add is a + b, limb by limb (not normalised: the maxima add up).
func add(api frontend.API, a, b num) num {
	var x num
	for j := range max(len(a.limbs), len(b.limbs)) {
		l, m := frontend.Variable(0), new(big.Int)
		if j < len(a.limbs) {
			l, m = a.limbs[j], m.Add(m, a.max[j])
		}
		if j < len(b.limbs) {
			l, m = api.Add(l, b.limbs[j]), m.Add(m, b.max[j])
		}
		x.limbs, x.max = append(x.limbs, l), append(x.max, m)
	}
	return x
}

// hinted calls the hint h for nbits bits, asserts each boolean and returns
// the number they make, least significant first.
func (f *fq) hinted(h solver.Hint, nbits int, in []frontend.Variable) (num, error) {
	if nbits == 0 {
		return constNum(new(big.Int)), nil
	}
	bits, err := f.api.Compiler().NewHint(h, nbits, in...)
	if err != nil {
		return num{}, fmt.Errorf("hint: %w", err)
	}
	for _, b := range bits {
		f.api.AssertIsBoolean(b)
	}
	return f.fromBits(bits), nil
}

// quotient returns a hinted value below 2^255 that the hint computes as
// (Σ numer)/(Σ denom) mod q (0 when the denominator is 0 mod q). Only its
// width is constrained: the caller asserts the relation that defines it.
func (f *fq) quotient(numer, denom []term) (num, error) {
	in := append(encodeTerms(numer), encodeTerms(denom)...)
	return f.hinted(f.hintValue, valueBits, in)
}

// reduce returns r ≡ Σ terms (mod q), r < 2^255.
func (f *fq) reduce(terms []term) (num, error) {
	r, err := f.quotient(terms, []term{{a: oneNum, b: oneNum}})
	if err != nil {
		return num{}, err
	}
	return r, f.assertZeroMod(append(terms, term{a: r, b: oneNum, neg: true}))
}

// mul returns r ≡ a·b (mod q), r < 2^255.
func (f *fq) mul(a, b num) (num, error) { return f.reduce([]term{{a: a, b: b}}) }

// assertZeroMod asserts Σ terms ≡ 0 (mod q): with the quotient k hinted and
// range checked, Σ terms − k·q = 0 over the integers.
func (f *fq) assertZeroMod(terms []term) error {
	q := blsfr.Modulus()
	pos, neg := new(big.Int), new(big.Int)
	for _, t := range terms {
		m := new(big.Int).Mul(t.a.maxValue(), t.b.maxValue())
		if t.neg {
			neg.Add(neg, m)
		} else {
			pos.Add(pos, m)
		}
	}
	// k ∈ [kmin, kmax]; k - kmin is range checked to nb bits
	kmax := new(big.Int).Div(pos, q)
	kmin := new(big.Int).Div(new(big.Int).Neg(neg), q) // floor
	nb := new(big.Int).Sub(kmax, kmin).BitLen()
	negKmin := new(big.Int).Neg(kmin) // >= 0
	in := append([]frontend.Variable{nb, negKmin}, encodeTerms(terms)...)
	k, err := f.hinted(f.hintQuotient, nb, in)
	if err != nil {
		return fmt.Errorf("quotient: %w", err)
	}
	// -k·q = -(k - kmin)·q + (-kmin)·q
	terms = append(terms, term{a: k, b: constNum(q), neg: true})
	if negKmin.Sign() > 0 {
		terms = append(terms, term{a: constNum(new(big.Int).Mul(negKmin, q)), b: oneNum})
	}
	return f.assertZero(terms)
}

// encodeTerms lays terms out for a hint: their count, then for each its
// sign (1 negative), a's limb count and limbs, b's limb count and limbs.
func encodeTerms(terms []term) []frontend.Variable {
	out := []frontend.Variable{len(terms)}
	for _, t := range terms {
		s := 0
		if t.neg {
			s = 1
		}
		out = append(out, s, len(t.a.limbs))
		out = append(out, t.a.limbs...)
		out = append(out, len(t.b.limbs))
		out = append(out, t.b.limbs...)
	}
	return out
}

// sum adds vs (0 for none) as one linear combination.
func sum(api frontend.API, vs []frontend.Variable) frontend.Variable {
	switch len(vs) {
	case 0:
		return 0
	case 1:
		return vs[0]
	}
	return api.Add(vs[0], vs[1], vs[2:]...)
}

// weigh is Σ bits[i]·2^(shift+i): a linear combination, no constraint.
func weigh(api frontend.API, bits []frontend.Variable, shift int) frontend.Variable {
	terms := make([]frontend.Variable, len(bits))
	for i, b := range bits {
		terms[i] = api.Mul(b, new(big.Int).Lsh(big.NewInt(1), uint(shift+i)))
	}
	return sum(api, terms)
}
