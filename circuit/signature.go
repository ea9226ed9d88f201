package circuit

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/poseidon2"
	"github.com/consensys/gnark/std/signature/eddsa"

	"github.com/zkrollup/zkrollup/crypto"
)

// MessageHash is rollup.MessageHash over the chunks of a BitWriter: the
// chain starts from Compress(DomainTx, chainID), a constant of the circuit.
func (h *Hasher) MessageHash(chainID uint64, signed *BitWriter) frontend.Variable {
	iv := h.Compress(uint64(crypto.DomainTx), chainID)
	return h.HashChain(iv, signed.Chunks(31)...)
}

// Signature is an EdDSA signature and the key that made it.
type Signature struct {
	R      twistededwards.Point
	S      frontend.Variable
	PubKey twistededwards.Point
}

// IsValidSignature reports (as 0/1) whether sig verifies for msg, exactly as
// crypto.PublicKey.Verify does: gnark's EdDSA gadget with the Poseidon2
// Merkle–Damgård challenge hash that gnark-crypto's signer uses.
func IsValidSignature(api frontend.API, curve twistededwards.Curve, sig Signature, msg frontend.Variable) (frontend.Variable, error) {
	hasher, err := poseidon2.New(api)
	if err != nil {
		return nil, err
	}
	return eddsa.IsValid(curve, eddsa.Signature{R: sig.R, S: sig.S}, msg, eddsa.PublicKey{A: sig.PubKey}, hasher)
}
