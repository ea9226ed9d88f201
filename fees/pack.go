package fees

import (
	"fmt"
	"math/big"

	"github.com/zkrollup/zkrollup/rollup"
)

// maxFeeMantissa is the largest mantissa of a packed fee (11 bits; a fee
// is mantissa × 10^exponent with a 5-bit exponent, rollup.PackFee).
const maxFeeMantissa = 1<<11 - 1

// PackUp rounds v up to the smallest fee rollup.PackFee packs exactly:
// the smallest exponent e whose ⌈v / 10^e⌉ fits the mantissa, times 10^e.
// It fails only above the largest packable fee (2047 × 10^31).
func PackUp(v *big.Int) (*big.Int, error) {
	if v.Sign() < 0 {
		return nil, fmt.Errorf("fee %s is negative", v)
	}
	p := big.NewInt(1)
	for e := 0; e < 32; e++ {
		m := ceilDiv(v, p)
		if m.Cmp(big.NewInt(maxFeeMantissa)) <= 0 {
			return m.Mul(m, p), nil
		}
		p.Mul(p, big.NewInt(10))
	}
	return nil, fmt.Errorf("%w: fee %s is above the largest packable fee 2047e31", rollup.ErrNotPackable, v)
}
