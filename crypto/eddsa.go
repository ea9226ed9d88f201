package crypto

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// Sizes of the serialized forms.
const (
	PublicKeySize = 32 // compressed twisted Edwards point
	SignatureSize = 64 // compressed R (32) || S (32)
	SeedSize      = 32
	PubKeyHashLen = 20 // bytes of the public key hash stored in accounts and pubdata
)

// Errors callers can test for.
var (
	ErrBadPublicKey = errors.New("public key is not a valid point of the BN254 twisted Edwards subgroup")
	ErrBadSignature = errors.New("signature is malformed")
)

// PrivateKey is an L2 signing key.
type PrivateKey struct {
	k *eddsa.PrivateKey
}

// PublicKey is an L2 verification key: a point of the prime-order subgroup.
type PublicKey struct {
	k eddsa.PublicKey
}

// Signature is a serialized EdDSA signature.
type Signature [SignatureSize]byte

// PubKeyHash is the 160-bit public key hash an account stores.
type PubKeyHash [PubKeyHashLen]byte

// ErrNoKey is returned when a zero-value PrivateKey is used.
var ErrNoKey = errors.New("private key is not initialised: derive one with KeyFromSeed")

// KeyFromSeed derives a key deterministically from a seed of any length: the
// seed is hashed with SHA-256, then gnark-crypto expands it with BLAKE2b-512
// and Ed25519-style clamping. Derived keys therefore depend on gnark-crypto's
// key generation, which a golden test pins.
func KeyFromSeed(seed []byte) (*PrivateKey, error) {
	if len(seed) == 0 {
		return nil, errors.New("key seed is empty: give at least 32 random bytes")
	}
	s := sha256.Sum256(seed)
	k, err := eddsa.GenerateKey(bytes.NewReader(s[:]))
	if err != nil {
		return nil, fmt.Errorf("derive key: %w", err)
	}
	return &PrivateKey{k: k}, nil
}

// Public returns the key's public half (the zero PublicKey for a zero-value key).
func (p *PrivateKey) Public() PublicKey {
	if p == nil || p.k == nil {
		return PublicKey{}
	}
	return PublicKey{k: p.k.PublicKey}
}

// Sign signs one field element (a transaction message hash).
func (p *PrivateKey) Sign(msg fr.Element) (Signature, error) {
	var sig Signature
	if p == nil || p.k == nil {
		return sig, ErrNoKey
	}
	m := msg.Bytes()
	b, err := p.k.Sign(m[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil {
		return sig, fmt.Errorf("sign: %w", err)
	}
	copy(sig[:], b)
	return sig, nil
}

// Verify reports whether sig is a valid signature of msg by pk.
func (pk PublicKey) Verify(msg fr.Element, sig Signature) bool {
	m := msg.Bytes()
	ok, err := pk.k.Verify(sig[:], m[:], poseidon2.NewMerkleDamgardHasher())
	return err == nil && ok
}

// Bytes returns the 32-byte compressed encoding.
func (pk PublicKey) Bytes() [PublicKeySize]byte {
	var out [PublicKeySize]byte
	copy(out[:], pk.k.Bytes())
	return out
}

// PublicKeyFromBytes decodes and validates a compressed public key.
func PublicKeyFromBytes(b []byte) (PublicKey, error) {
	var pk PublicKey
	if len(b) != PublicKeySize {
		return pk, fmt.Errorf("%w: got %d bytes, want %d", ErrBadPublicKey, len(b), PublicKeySize)
	}
	if _, err := pk.k.SetBytes(b); err != nil {
		return pk, fmt.Errorf("%w: %v", ErrBadPublicKey, err)
	}
	if pk.k.A.IsZero() || !pk.k.A.IsInSubGroup() {
		return pk, ErrBadPublicKey
	}
	// The decoder reduces y modulo the field, so y and y+r would both decode
	// to one key: accept only the canonical encoding.
	if c := pk.Bytes(); !bytes.Equal(c[:], b) {
		return pk, fmt.Errorf("%w: non-canonical encoding", ErrBadPublicKey)
	}
	return pk, nil
}

// Point returns the affine coordinates (X, Y) of the key.
func (pk PublicKey) Point() (x, y fr.Element) {
	return pk.k.A.X, pk.k.A.Y
}

// Hash returns the public key hash an account stores: the low 160 bits of
// HashTagged(DomainPubKey, X, Y), as 20 big-endian bytes.
func (pk PublicKey) Hash() PubKeyHash {
	x, y := pk.Point()
	h := HashTagged(DomainPubKey, x, y)
	b := h.Bytes()
	var out PubKeyHash
	copy(out[:], b[32-PubKeyHashLen:])
	return out
}

// Element returns the hash as a field element (it is < 2^160).
func (h PubKeyHash) Element() fr.Element {
	var e fr.Element
	e.SetBytes(h[:])
	return e
}

// IsZero reports whether no key is set.
func (h PubKeyHash) IsZero() bool { return h == PubKeyHash{} }

// String is the 0x-prefixed hex form.
func (h PubKeyHash) String() string { return fmt.Sprintf("0x%x", h[:]) }

// SignatureParts decodes a signature into R's affine coordinates and S, for
// the circuit's witness. It refuses what Verify would refuse to decode.
func SignatureParts(sig Signature) (r [2]fr.Element, s *big.Int, err error) {
	var d eddsa.Signature
	if _, err := d.SetBytes(sig[:]); err != nil {
		return r, nil, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return [2]fr.Element{d.R.X, d.R.Y}, new(big.Int).SetBytes(d.S[:]), nil
}
