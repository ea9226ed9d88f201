package circuit

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/crypto"
)

// PubKeyHash is crypto.PublicKey.Hash: the low 160 bits of
// HashTagged(DomainPubKey, X, Y). The full decomposition is canonical
// (gnark checks it is below the modulus), so each key has one hash.
func (h *Hasher) PubKeyHash(x, y frontend.Variable) frontend.Variable {
	full := h.HashTagged(crypto.DomainPubKey, x, y)
	bits := h.api.ToBinary(full, 254)
	return h.api.FromBinary(bits[:crypto.PubKeyHashLen*8]...)
}

// AssertInSubgroup asserts that p is in the prime-order subgroup, as the
// native key decoder requires: the curve's group has order 8·l, so p is in
// the order-l subgroup exactly when p = [8]q for some point q, given as a
// witness (q = [8⁻¹ mod l]p; see SubgroupWitness).
func AssertInSubgroup(curve twistededwards.Curve, p, q twistededwards.Point) {
	curve.AssertIsOnCurve(q)
	e := curve.Double(curve.Double(curve.Double(q)))
	curve.API().AssertIsEqual(e.X, p.X)
	curve.API().AssertIsEqual(e.Y, p.Y)
}
