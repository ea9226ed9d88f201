package circuit

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/selector"

	"github.com/zkrollup/zkrollup/rollup"
)

// Unpack is rollup's packed-amount decoding: packed is the big-endian
// integer of the packed bytes (mantissa << 5 | exponent) of totalBits bits
// (40 for amounts, 16 for fees). It returns mantissa * 10^exponent and
// asserts that it is below 2^128, as PackedAmount.Value does. It also
// returns the bits of packed, most significant first, for the pubdata.
func Unpack(api frontend.API, packed frontend.Variable, totalBits int) (value frontend.Variable, bitsBE []frontend.Variable) {
	bits := api.ToBinary(packed, totalBits) // LSB first; asserts packed < 2^totalBits
	exp := api.FromBinary(bits[:5]...)
	mant := api.FromBinary(bits[5:]...)
	pows := make([]frontend.Variable, 32)
	for e := range 32 {
		pows[e] = rollup.Pow10(e).Big()
	}
	value = api.Mul(mant, selector.Mux(api, exp, pows...))
	api.ToBinary(value, 128) // < 2^128: (2^35-1)*10^31 would not be
	bitsBE = make([]frontend.Variable, totalBits)
	for i := range bits {
		bitsBE[totalBits-1-i] = bits[i]
	}
	return value, bitsBE
}
