package blobcircuit

import (
	"crypto/sha256"
	"fmt"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
)

// ElementsHash is the circuit's DataHash of a capacity-n blob:
// crypto.HashTagged(DomainBlobData, ...) over all n elements, zero padding
// included (so the hash binds the capacity as well as the data).
func ElementsHash(elements []fr.Element) fr.Element {
	return crypto.HashTagged(crypto.DomainBlobData, elements...)
}

// PayloadEval is Σ_k p_k·r^k in BN254's scalar field over the payload
// bytes p of the elements: each element's 31 data bytes (its 32-byte
// big-endian encoding without the leading zero byte), element 0's first.
// It equals rollup.EvalBytes over those bytes; zero elements after the
// last add nothing. It returns ErrElementTooLarge for an element of 2^248
// or more.
func PayloadEval(elements []blsfr.Element, r fr.Element) (fr.Element, error) {
	var acc, b fr.Element
	for t := len(elements) - 1; t >= 0; t-- {
		be := elements[t].Bytes()
		if be[0] != 0 {
			return fr.Element{}, fmt.Errorf("element %d: %w", t, ErrElementTooLarge)
		}
		for k := len(be) - 1; k >= 1; k-- {
			acc.Mul(&acc, &r)
			b.SetUint64(uint64(be[k]))
			acc.Add(&acc, &b)
		}
	}
	return acc, nil
}

// PublicInput is the blob circuit's one public input, as the L1 contract
// computes it (Rollup._checkBlobs):
//
//	uint256(sha256(abi.encodePacked(dataHash, z, y, r, eval))) & ((1<<253)-1)
//
// each value 32 canonical big-endian bytes.
func PublicInput(dataHash fr.Element, z, y blsfr.Element, r, eval fr.Element) fr.Element {
	h := sha256.New()
	for _, b := range [][32]byte{dataHash.Bytes(), z.Bytes(), y.Bytes(), r.Bytes(), eval.Bytes()} {
		h.Write(b[:])
	}
	var d [32]byte
	h.Sum(d[:0])
	d[0] &= 0x1f
	var out fr.Element
	out.SetBytes(d[:]) // below 2^253 < p: no reduction
	return out
}
