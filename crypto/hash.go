package crypto

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Domain is a tag that starts every tagged hash chain, so that a hash made for
// one purpose (an account leaf, a public key, a signed transaction) can never
// be presented as a hash made for another with the same inputs.
//
// Inner Merkle nodes are hashed with plain Compress(left, right); they are kept
// apart from leaves by the trees' fixed depth: every Merkle path, native and in
// the circuit, has exactly `depth` steps, so an inner node can never be opened
// as a leaf.
type Domain uint64

// The domain tags. Values are part of the protocol: never renumber.
const (
	DomainAccountLeaf Domain = 1 // account leaf: address, pubkey hash, nonce, balance root, order root
	DomainPubKey      Domain = 2 // L2 public key hash: (Ax, Ay)
	DomainTx          Domain = 3 // signed L2 transaction message, chained with the chain id
	DomainExitLeaf    Domain = 4 // reserved for the exodus exit statement
	DomainOrderLeaf   Domain = 5 // order tree leaf: generation, filled amount
	DomainBlockData   Domain = 6 // a block's padded pubdata, two elements a slot (blob mode, rollup.DataHash)
	DomainBlobData    Domain = 7 // a blob's field elements (the blob circuit's data hash)
)

// perm is gnark-crypto's default BN254 Poseidon2 permutation (t=2, rF=6,
// rP=50). It is stateless and safe for concurrent use. The circuit uses the
// same default parameters through gnark's std/permutation/poseidon2.
var perm = poseidon2.NewDefaultPermutation()

// Compress is Poseidon2's 2-to-1 compression in feed-forward mode:
// Compress(l, r) = P(l, r)[1] + r. It is gnark's Permutation.Compress without
// the byte round trip.
func Compress(l, r *fr.Element) fr.Element {
	x := [2]fr.Element{*l, *r}
	// Permutation only fails for a buffer of the wrong width, which [2] rules out.
	_ = perm.Permutation(x[:])
	x[1].Add(&x[1], r)
	return x[1]
}

// Tag returns the field element of a domain tag.
func (d Domain) Tag() fr.Element {
	var e fr.Element
	e.SetUint64(uint64(d))
	return e
}

// HashChain folds xs into a state that starts at iv:
// h = Compress(...Compress(Compress(iv, x0), x1)..., xn).
func HashChain(iv fr.Element, xs ...fr.Element) fr.Element {
	h := iv
	for i := range xs {
		h = Compress(&h, &xs[i])
	}
	return h
}

// HashTagged hashes xs in domain d: HashChain(d.Tag(), xs...).
func HashTagged(d Domain, xs ...fr.Element) fr.Element {
	return HashChain(d.Tag(), xs...)
}
