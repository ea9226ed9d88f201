package circuit

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/uints"
)

// BlockHeader is the part of the commitment that is not pubdata.
type BlockHeader struct {
	OldRoot, NewRoot  frontend.Variable
	Number, Timestamp frontend.Variable // 64-bit
	FeeAccount        frontend.Variable // 32-bit
}

// HeaderBits lays out the header as rollup.Commitment hashes it: roots as 32
// canonical big-endian bytes, number 8, timestamp 8, fee account 4.
func HeaderBits(api frontend.API, h BlockHeader) *BitWriter {
	w := NewBitWriter(api)
	for _, root := range []frontend.Variable{h.OldRoot, h.NewRoot} {
		w.BitsBE([]frontend.Variable{0, 0}).Field(root, 254) // full width: canonical
	}
	return w.Field(h.Number, 64).Field(h.Timestamp, 64).Field(h.FeeAccount, 32)
}

// Commitment is rollup.Commitment: sha256 over the header and the padded
// pubdata (given as bits, most significant first), as a field element with
// the top three bits cleared.
func Commitment(api frontend.API, h BlockHeader, pubdataBits []frontend.Variable) (frontend.Variable, error) {
	w := HeaderBits(api, h).BitsBE(pubdataBits)
	u, err := uints.New[uints.U32](api)
	if err != nil {
		return nil, err
	}
	bytes := w.Bytes()
	in := make([]uints.U8, len(bytes))
	for i, b := range bytes {
		in[i] = u.ByteValueOf(b)
	}
	sha, err := sha2.New(api)
	if err != nil {
		return nil, err
	}
	sha.Write(in)
	sum := sha.Sum()
	out := NewBitWriter(api)
	first := api.ToBinary(u.Value(sum[0]), 8)
	out.BitsBE([]frontend.Variable{first[4], first[3], first[2], first[1], first[0]}) // the low 5 bits of byte 0
	for _, b := range sum[1:] {
		out.Field(u.Value(b), 8)
	}
	return fromBitsBE(api, out.Bits()), nil
}
