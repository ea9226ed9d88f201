package blobcircuit

import (
	"fmt"
	"math/big"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"
)

// EvalBlob asserts that y = P(z), P the blob polynomial whose first
// len(elements) elements are elements and whose others are zero (the
// in-circuit twin of Evaluate), that every element is below 2^248, that z
// and y are canonical (below q) and that z^N != 1 (see ErrPointInDomain).
// It uses no lookup table and no commitment.
func EvalBlob(api frontend.API, elements []frontend.Variable, z, y *emulated.Element[emparams.BLS12381Fr]) error {
	if len(elements) < 1 || len(elements) > FieldElementsPerBlob {
		return fmt.Errorf("eval blob of %d elements: %w", len(elements), ErrCapacity)
	}
	zBits, err := canonicalBits(api, z)
	if err != nil {
		return fmt.Errorf("eval blob: z: %w", err)
	}
	yBits, err := canonicalBits(api, y)
	if err != nil {
		return fmt.Errorf("eval blob: y: %w", err)
	}
	return evalBits(newFq(api), elementBits(api, elements), zBits, yBits)
}

// elementBits decomposes each element into its 248 bits, least significant
// first, which asserts it is below 2^248: the one decomposition the
// evaluation and the payload bytes share.
func elementBits(api frontend.API, elements []frontend.Variable) [][]frontend.Variable {
	out := make([][]frontend.Variable, len(elements))
	for i, e := range elements {
		out[i] = api.ToBinary(e, ElementBits)
	}
	return out
}

// evalBits asserts y = P(z) for the elements given by their bits and z, y
// by their canonical bits. Elements pair up as ω and -ω (indices 2g and
// 2g+1 in bit-reversed order), so with e_a, e_b at ±ω_g and C_g = ω_g/N,
//
//	P(z) = (z^N - 1) Σ_g C_g u_g,  u_g = ((e_a - e_b) z + (e_a + e_b) ω_g) / (z² - ω_g²),
//
// each u_g hinted and bound by one relation mod q: half as many relations
// as one term an element, and z² shared by all.
func evalBits(f *fq, e [][]frontend.Variable, zBits, yBits []frontend.Variable) error {
	q := blsfr.Modulus()
	z, y := f.fromBits(zBits[:valueBits]), f.fromBits(yBits[:valueBits])
	zn, z2 := z, num{}
	for j := range logN {
		var err error
		if zn, err = f.mul(zn, zn); err != nil {
			return fmt.Errorf("z^%d: %w", 2<<j, err)
		}
		if j == 0 {
			z2 = zn
		}
	}
	// z^N - 1 = zn + (q - 1) is invertible: z is no 4096th root of unity
	qm1 := constNum(new(big.Int).Sub(q, big.NewInt(1)))
	inv, err := f.quotient([]term{{a: oneNum, b: oneNum}}, []term{{a: zn, b: oneNum}, {a: qm1, b: oneNum}})
	if err != nil {
		return fmt.Errorf("inverse of z^N - 1: %w", err)
	}
	if err := f.assertZeroMod([]term{{a: zn, b: inv}, {a: qm1, b: inv}, {a: oneNum, b: oneNum, neg: true}}); err != nil {
		return fmt.Errorf("inverse of z^N - 1: %w", err)
	}

	c := rootsOverN()
	bary := make([]term, 0, (len(e)+1)/2)
	for g := 0; 2*g < len(e); g++ {
		var eb []frontend.Variable // zero beyond the elements
		if 2*g+1 < len(e) {
			eb = e[2*g+1]
		}
		u, err := f.pair(g, e[2*g], eb, z, z2)
		if err != nil {
			return fmt.Errorf("pair %d: %w", g, err)
		}
		bary = append(bary, term{a: u, b: constNum(c[2*g])})
	}
	s, err := f.reduce(bary)
	if err != nil {
		return fmt.Errorf("barycentric sum: %w", err)
	}
	// y ≡ (z^N - 1)·s
	if err := f.assertZeroMod([]term{{a: zn, b: s}, {a: qm1, b: s}, {a: y, b: oneNum, neg: true}}); err != nil {
		return fmt.Errorf("y: %w", err)
	}
	return nil
}

// pair returns u_g for the elements e_a, e_b (bits; nil for zero) at ω_g
// and -ω_g: hinted (hintPair), 255 bits, and bound by the relation, with
// d = e_a - e_b, s = e_a + e_b,
//
//	u·(z² - ω²) - d·z - s·ω ≡ 0 (mod q),
//
// written with non-negative operands as u·z² + u·(q - ω²) +
// (e_b + (2^248-1-e_a))·z - (2^248-1)·z - s·ω, the complement 2^248-1-e_a
// being e_a's bits flipped (free).
func (f *fq) pair(g int, ea, eb []frontend.Variable, z, z2 num) (num, error) {
	q := blsfr.Modulus()
	w := roots()[2*g].BigInt(new(big.Int))
	m := new(big.Int).Mul(w, w)
	m.Sub(q, m.Mod(m, q)) // q - ω²
	omega, mq := constNum(w), constNum(m)

	a, b := f.elementNum(ea), f.elementNum(eb)
	s := add(f.api, a, b)
	u, err := f.hinted(f.hintPair, valueBits, append([]frontend.Variable{g, f.eval(a), f.eval(b)}, z.limbs...))
	if err != nil {
		return num{}, err
	}
	flipped := make([]frontend.Variable, len(ea))
	for i, bit := range ea {
		flipped[i] = f.api.Sub(1, bit)
	}
	allOnes := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(len(ea))), big.NewInt(1))
	return u, f.assertZeroMod([]term{
		{a: u, b: z2},
		{a: u, b: mq},
		{a: add(f.api, b, f.fromBits(flipped)), b: z},
		{a: constNum(allOnes), b: z, neg: true},
		{a: s, b: omega, neg: true},
	})
}

// elementNum is the element with these bits, or the constant 0 for nil.
func (f *fq) elementNum(bits []frontend.Variable) num {
	if bits == nil {
		return constNum(new(big.Int))
	}
	return f.fromBits(bits)
}
