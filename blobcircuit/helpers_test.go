package blobcircuit

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// randomElements returns k random 31-byte-packed elements (< 2^248).
func randomElements(rng *rand.Rand, k int) []blsfr.Element {
	out := make([]blsfr.Element, k)
	for i := range out {
		var b [32]byte
		for j := 1; j < 32; j++ {
			b[j] = byte(rng.UintN(256))
		}
		out[i].SetBytes(b[:])
	}
	return out
}

// randomPoint returns a random canonical z.
func randomPoint(rng *rand.Rand) blsfr.Element {
	var b [32]byte
	for j := range b {
		b[j] = byte(rng.UintN(256))
	}
	var z blsfr.Element
	z.SetBytes(b[:]) // reduces mod r
	return z
}

// kzgClaim is go-ethereum's y for the blob whose first elements are
// elements (the rest zero), opened at z.
func kzgClaim(t *testing.T, elements []blsfr.Element, z blsfr.Element) blsfr.Element {
	t.Helper()
	var blob kzg4844.Blob
	for i := range elements {
		b := elements[i].Bytes()
		copy(blob[32*i:], b[:])
	}
	_, claim, err := kzg4844.ComputeProof(&blob, kzg4844.Point(z.Bytes()))
	if err != nil {
		t.Fatalf("kzg4844.ComputeProof: %v", err)
	}
	var y blsfr.Element
	if err := y.SetBytesCanonical(claim[:]); err != nil {
		t.Fatalf("claim: %v", err)
	}
	return y
}

func bigOf(e blsfr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func errorsIs(err, target error) bool { return errors.Is(err, target) }

var one = blsfr.One()

func blsValue(e blsfr.Element) emulated.Element[emparams.BLS12381Fr] {
	return emulated.ValueOf[emparams.BLS12381Fr](bigOf(e))
}

// rawLimbs assigns v's 64-bit limbs as they are, without reduction.
func rawLimbs(v *big.Int) emulated.Element[emparams.BLS12381Fr] {
	limbs := make([]frontend.Variable, 4)
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(1))
	for i := range limbs {
		limbs[i] = new(big.Int).And(new(big.Int).Rsh(v, uint(64*i)), mask)
	}
	return emulated.Element[emparams.BLS12381Fr]{Limbs: limbs}
}

// randomScalar returns a random BN254 scalar (the challenge r).
func randomScalar(rng *rand.Rand) fr.Element {
	var b [32]byte
	for j := range b {
		b[j] = byte(rng.UintN(256))
	}
	var r fr.Element
	r.SetBytes(b[:]) // reduces mod p
	return r
}
