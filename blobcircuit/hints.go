package blobcircuit

import (
	"fmt"
	"math/big"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/constraint/solver"
)

// The hints compute; the constraints judge. Each hint outputs bits the
// circuit asserts boolean and uses in a checked relation, and none refuses
// a false statement: it returns its best (clamped) guess and leaves the
// refusal to the constraints, so the tests of refusals test constraints.
// An error means malformed input, a bug.

func init() {
	solver.RegisterHint(divModHint, quotientHint, carryHint, pairHint)
}

// divModHint outputs the bits of (Σ numer)·(Σ denom)^-1 mod q, 0 when the
// denominator is 0 mod q. Input: encodeTerms(numer), encodeTerms(denom).
func divModHint(_ *big.Int, in, out []*big.Int) error {
	numer, rest, err := decodeTerms(in)
	if err != nil {
		return err
	}
	denom, rest, err := decodeTerms(rest)
	if err != nil || len(rest) != 0 {
		return fmt.Errorf("%w: div mod", errHint)
	}
	q := blsfr.Modulus()
	denom.Mod(denom, q)
	if denom.ModInverse(denom, q) == nil {
		denom.SetInt64(0)
	}
	numer.Mod(numer, q).Mul(numer, denom).Mod(numer, q)
	return putBits(numer, out)
}

// pairHint outputs the bits of u_g = ((e_a - e_b) z + (e_a + e_b) ω_g) /
// (z² - ω_g²) mod q, ω_g = roots()[2g] (0 when z² = ω_g²). Input: g, e_a,
// e_b, z's limbs.
func pairHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 3 || !in[0].IsInt64() || in[0].Int64() < 0 || 2*in[0].Int64() >= FieldElementsPerBlob {
		return fmt.Errorf("%w: pair", errHint)
	}
	var ea, eb, z, w, d, s, den blsfr.Element
	ea.SetBigInt(in[1])
	eb.SetBigInt(in[2])
	z.SetBigInt(limbsValue(in[3:]))
	w = roots()[2*in[0].Int64()]
	d.Sub(&ea, &eb).Mul(&d, &z)
	s.Add(&ea, &eb).Mul(&s, &w)
	d.Add(&d, &s)
	den.Square(&z)
	w.Square(&w)
	den.Sub(&den, &w).Inverse(&den) // 0 stays 0
	d.Mul(&d, &den)
	return putBits(d.BigInt(new(big.Int)), out)
}

// quotientHint outputs the bits of floor(Σ terms / q) - kmin, clamped to
// its width. Input: width, -kmin, encodeTerms(terms).
func quotientHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 2 || !in[0].IsInt64() || int(in[0].Int64()) != len(out) {
		return fmt.Errorf("%w: quotient", errHint)
	}
	v, rest, err := decodeTerms(in[2:])
	if err != nil || len(rest) != 0 {
		return fmt.Errorf("%w: quotient", errHint)
	}
	v.Div(v, blsfr.Modulus()).Add(v, in[1])
	return putBits(clamp(v, len(out)), out)
}

// carryHint outputs the bits of floor(V / 2^shift) - clo, clamped to its
// width, V and clo read as signed (|V| < p/2). Input: width, V, clo, shift.
func carryHint(p *big.Int, in, out []*big.Int) error {
	if len(in) != 4 || !in[0].IsInt64() || int(in[0].Int64()) != len(out) || !in[3].IsInt64() || in[3].Sign() < 0 {
		return fmt.Errorf("%w: carry", errHint)
	}
	v, clo := signed(p, in[1]), signed(p, in[2])
	v.Rsh(v, uint(in[3].Int64())).Sub(v, clo)
	return putBits(clamp(v, len(out)), out)
}

// decodeTerms reads one encodeTerms list and returns Σ ±a·b over the
// integers and what follows the list.
func decodeTerms(in []*big.Int) (*big.Int, []*big.Int, error) {
	total := new(big.Int)
	next := func() (*big.Int, error) {
		if len(in) == 0 {
			return nil, fmt.Errorf("%w: short term list", errHint)
		}
		v := in[0]
		in = in[1:]
		return v, nil
	}
	operand := func() (*big.Int, error) {
		n, err := next()
		if err != nil || !n.IsInt64() || n.Int64() < 0 || n.Int64() > int64(len(in)) {
			return nil, fmt.Errorf("%w: operand length", errHint)
		}
		x := limbsValue(in[:n.Int64()])
		in = in[n.Int64():]
		return x, nil
	}
	count, err := next()
	if err != nil || !count.IsInt64() || count.Int64() < 0 {
		return nil, nil, fmt.Errorf("%w: term count", errHint)
	}
	for range count.Int64() {
		neg, err := next()
		if err != nil {
			return nil, nil, err
		}
		a, err := operand()
		if err != nil {
			return nil, nil, err
		}
		b, err := operand()
		if err != nil {
			return nil, nil, err
		}
		a.Mul(a, b)
		if neg.Sign() != 0 {
			a.Neg(a)
		}
		total.Add(total, a)
	}
	return total, in, nil
}

// limbsValue is Σ limbs[j]·2^(limbW·j).
func limbsValue(limbs []*big.Int) *big.Int {
	x := new(big.Int)
	for j := len(limbs) - 1; j >= 0; j-- {
		x.Lsh(x, limbW).Add(x, limbs[j])
	}
	return x
}

// signed reads x mod p as an integer in (-p/2, p/2].
func signed(p, x *big.Int) *big.Int {
	v := new(big.Int).Mod(x, p)
	if v.Cmp(new(big.Int).Rsh(p, 1)) > 0 {
		v.Sub(v, p)
	}
	return v
}

// clamp is v limited to [0, 2^nbits).
func clamp(v *big.Int, nbits int) *big.Int {
	if v.Sign() < 0 {
		return v.SetInt64(0)
	}
	if v.BitLen() > nbits {
		return v.Sub(v.Lsh(big.NewInt(1), uint(nbits)), big.NewInt(1))
	}
	return v
}

// putBits writes v's len(out) low bits, least significant first.
func putBits(v *big.Int, out []*big.Int) error {
	if v.Sign() < 0 || v.BitLen() > len(out) {
		return fmt.Errorf("%w: %d-bit value in %d bits", errHint, v.BitLen(), len(out))
	}
	for i := range out {
		out[i].SetUint64(uint64(v.Bit(i)))
	}
	return nil
}
