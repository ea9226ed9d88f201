package blobcircuit

import (
	"fmt"
	"math/big"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Evaluate returns P(z) for the blob whose first len(elements) elements are
// given and whose others are zero, by the barycentric formula
//
//	P(z) = (z^N - 1)/N * Σ_i e_i ω_i / (z - ω_i),
//
// the value go-ethereum's kzg4844.ComputeProof claims. It returns
// ErrPointInDomain for z^N = 1, which the circuit refuses too.
func Evaluate(elements []blsfr.Element, z blsfr.Element) (blsfr.Element, error) {
	if len(elements) > FieldElementsPerBlob {
		return blsfr.Element{}, ErrCapacity
	}
	zN, err := zPowNMinusOne(z)
	if err != nil {
		return blsfr.Element{}, err
	}
	w := roots()
	den := make([]blsfr.Element, len(elements))
	for i := range den {
		den[i].Sub(&z, &w[i])
	}
	inv := blsfr.BatchInvert(den)
	var sum, t blsfr.Element
	for i := range elements {
		t.Mul(&elements[i], &w[i]).Mul(&t, &inv[i])
		sum.Add(&sum, &t)
	}
	var invN blsfr.Element
	invN.SetUint64(FieldElementsPerBlob).Inverse(&invN)
	sum.Mul(&sum, &zN).Mul(&sum, &invN)
	return sum, nil
}

// zPowNMinusOne returns z^N - 1, or ErrPointInDomain when it is zero.
func zPowNMinusOne(z blsfr.Element) (blsfr.Element, error) {
	var zN blsfr.Element
	zN.Exp(z, big.NewInt(FieldElementsPerBlob))
	var one blsfr.Element
	one.SetOne()
	zN.Sub(&zN, &one)
	if zN.IsZero() {
		return blsfr.Element{}, ErrPointInDomain
	}
	return zN, nil
}

// ToNative returns blob element e as the BN254 scalar the circuit sees, or
// ErrElementTooLarge when e is not below 2^248.
func ToNative(e blsfr.Element) (fr.Element, error) {
	var b big.Int
	e.BigInt(&b)
	if b.BitLen() > ElementBits {
		return fr.Element{}, ErrElementTooLarge
	}
	var out fr.Element
	out.SetBigInt(&b)
	return out, nil
}

// nativeElements converts elements to BN254 scalars padded with zeros to n.
func nativeElements(elements []blsfr.Element, n int) ([]fr.Element, error) {
	out := make([]fr.Element, n)
	for i := range elements {
		v, err := ToNative(elements[i])
		if err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
		out[i] = v
	}
	return out, nil
}
