package blobcircuit

import (
	"errors"
	"math/big"
	"sync"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
	"github.com/consensys/gnark-crypto/utils"
)

const (
	// FieldElementsPerBlob is N, the size of the evaluation domain of every
	// blob (EIP-4844). A circuit's capacity n is at most N.
	FieldElementsPerBlob = 1 << logN
	logN                 = 12

	// ElementBits bounds every blob element: with 31-byte packing each
	// element is below 2^248, so it is also a BN254 scalar.
	ElementBits = 248
	// BytesPerElement is the payload bytes an element carries (package da).
	BytesPerElement = ElementBits / 8
)

var (
	// ErrCapacity is returned for a capacity outside 1..FieldElementsPerBlob
	// or for more elements than the capacity holds.
	ErrCapacity = errors.New("blobcircuit: capacity must be 1..4096 and hold every element")
	// ErrElementTooLarge is returned for an element of 2^248 or more: it
	// does not come from 31-byte packing and the circuit refuses it.
	ErrElementTooLarge = errors.New("blobcircuit: blob element is not below 2^248")
	// ErrPointInDomain is returned when z is a 4096th root of unity: the
	// barycentric formula divides by zero there and the circuit is
	// unsatisfiable. A hash-derived z hits it with probability 2^-243.
	ErrPointInDomain = errors.New("blobcircuit: evaluation point is a 4096th root of unity")
)

// roots returns ω_0..ω_{N-1}: the powers of the primitive 4096th root of
// unity of BLS12-381's scalar field in bit-reversed order, the domain over
// which an EIP-4844 blob is the evaluation form of its polynomial.
var roots = sync.OnceValue(func() []blsfr.Element {
	g := fft.NewDomain(FieldElementsPerBlob, fft.WithoutPrecompute()).Generator
	w := make([]blsfr.Element, FieldElementsPerBlob)
	w[0].SetOne()
	for i := 1; i < len(w); i++ {
		w[i].Mul(&w[i-1], &g)
	}
	utils.BitReverse(w)
	return w
})

// rootsOverN returns ω_i / N: the constants of the in-circuit terms.
var rootsOverN = sync.OnceValue(func() []*big.Int {
	var invN blsfr.Element
	invN.SetUint64(FieldElementsPerBlob).Inverse(&invN)
	out := make([]*big.Int, FieldElementsPerBlob)
	for i, w := range roots() {
		var c blsfr.Element
		c.Mul(&w, &invN)
		out[i] = c.BigInt(new(big.Int))
	}
	return out
})
