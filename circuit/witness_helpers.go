package circuit

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	tedwards "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// SubgroupWitness returns q with [8]q = p for a point p of the prime-order
// subgroup: q = [8⁻¹ mod l]p.
func SubgroupWitness(px, py fr.Element) (qx, qy fr.Element) {
	params := tedwards.GetEdwardsCurve()
	inv := new(big.Int).ModInverse(big.NewInt(8), &params.Order)
	var p, q tedwards.PointAffine
	p.X, p.Y = px, py
	q.ScalarMultiplication(&p, inv)
	return q.X, q.Y
}
