package da

import (
	"encoding/binary"
	"fmt"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	zkcrypto "github.com/zkrollup/zkrollup/crypto"
)

// BlockData is what a blob commit's challenge takes of each block: what
// the block's proof binds of its data (rollup.BlobBinding) and the L1
// pubdata the contract reads.
type BlockData struct {
	Length    uint32
	DataHash  fr.Element
	L1Pubdata []byte
}

// Challenge is the Fiat–Shamir challenge of a blob commit, as the contract
// draws it (Rollup._blobChallenge): a keccak chain over, for each blob, its
// versioned hash and the hash of its elements (ElementsHash), then for each
// block its data length (4 bytes), data hash and the keccak of its L1
// pubdata. Everything the proofs and the KZG openings are checked against
// is fixed before it.
func Challenge(versionedHashes []common.Hash, elementHashes []fr.Element, blocks []BlockData) [32]byte {
	var c [32]byte
	for i := range versionedHashes {
		h := elementHashes[i].Bytes()
		c = crypto.Keccak256Hash(c[:], versionedHashes[i][:], h[:])
	}
	for _, b := range blocks {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], b.Length)
		d := b.DataHash.Bytes()
		c = crypto.Keccak256Hash(c[:], n[:], d[:], crypto.Keccak256(b.L1Pubdata))
	}
	return c
}

// DataPoint is r, the challenge reduced into BN254's scalar field: where
// every block's data and every blob's payload bytes are evaluated.
func DataPoint(c [32]byte) fr.Element {
	var r fr.Element
	r.SetBytes(c[:]) // big-endian, reduced
	return r
}

// EvalPoint is z_i = keccak(challenge | i as 32 bytes) reduced into
// BLS12-381's scalar field, canonical big-endian: where blob i is opened.
func EvalPoint(c [32]byte, i int) [32]byte {
	var idx [32]byte
	binary.BigEndian.PutUint64(idx[24:], uint64(i))
	var z blsfr.Element
	z.SetBytes(crypto.Keccak256(c[:], idx[:]))
	return z.Bytes()
}

// Elements are a blob's first n field elements as BN254 scalars (each is
// below 2^248 in a canonical blob, so the same integer). It refuses a
// blob whose elements are not 31-byte packed.
func Elements(blob *kzg4844.Blob, n int) ([]fr.Element, error) {
	if n < 1 || n > FieldElementsPerBlob {
		return nil, fmt.Errorf("da: %d elements of a blob of %d", n, FieldElementsPerBlob)
	}
	out := make([]fr.Element, n)
	for i := range out {
		e := blob[i*BytesPerFieldElement : (i+1)*BytesPerFieldElement]
		if e[0] != 0 {
			return nil, fmt.Errorf("%w: element %d starts with byte %#x", ErrNonCanonical, i, e[0])
		}
		out[i].SetBytes(e)
	}
	for i := n * BytesPerFieldElement; i < len(blob); i++ {
		if blob[i] != 0 {
			return nil, fmt.Errorf("%w: byte %d is past the first %d elements, which a blob circuit of that capacity reads", ErrTrailingData, i, n)
		}
	}
	return out, nil
}

// ElementsHash is the blob circuit's hash of a blob's first n elements:
// HashTagged(DomainBlobData, elements...).
func ElementsHash(elements []fr.Element) fr.Element {
	return zkcrypto.HashTagged(zkcrypto.DomainBlobData, elements...)
}
