package blobcircuit

import (
	"fmt"
	"math/big"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"
)

// emulatedLimbs is the number of 64-bit limbs of an
// emulated.Element[emparams.BLS12381Fr], least significant first.
const emulatedLimbs = 4

// canonicalBits returns the 256 bits of e, least significant first, from
// its four 64-bit limbs, and asserts e < q: the one encoding of a
// BLS12-381 scalar, as the point-evaluation precompile takes it. Bit 255 is
// then 0.
func canonicalBits(api frontend.API, e *emulated.Element[emparams.BLS12381Fr]) ([]frontend.Variable, error) {
	if e == nil || len(e.Limbs) != emulatedLimbs {
		return nil, fmt.Errorf("blobcircuit: a BLS12-381 scalar needs %d limbs", emulatedLimbs)
	}
	bits := make([]frontend.Variable, 0, 64*emulatedLimbs)
	for _, l := range e.Limbs {
		bits = append(bits, api.ToBinary(l, 64)...)
	}
	assertAtMost(api, bits, new(big.Int).Sub(blsfr.Modulus(), big.NewInt(1)))
	return bits, nil
}

// assertAtMost asserts that the number whose bits (constrained boolean,
// least significant first) are bits is at most c >= 0. From the top, eq is 1
// while the bits so far equal c's; where c has a 0, a 1 bit is refused
// while eq is 1; where c has a 1, eq carries on only if the bit is 1. One
// constraint a bit.
func assertAtMost(api frontend.API, bits []frontend.Variable, c *big.Int) {
	if c.BitLen() > len(bits) {
		return
	}
	var eq frontend.Variable = 1
	for i := len(bits) - 1; i >= 0; i-- {
		if c.Bit(i) == 1 {
			eq = api.Mul(eq, bits[i])
		} else {
			api.AssertIsEqual(api.Mul(eq, bits[i]), 0)
		}
	}
}

// bitsBE is bits (least significant first) reversed.
func bitsBE(bits []frontend.Variable) []frontend.Variable {
	out := make([]frontend.Variable, len(bits))
	for i, b := range bits {
		out[len(bits)-1-i] = b
	}
	return out
}
