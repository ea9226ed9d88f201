package circuit

import (
	"github.com/consensys/gnark/frontend"
)

// BitWriter lays out fields as a big-endian bit string, the way the native
// encodings lay out bytes (rollup.SignedBytes, pubdata). Each field is
// range-checked to its width when it is written, which makes the layout
// injective: two different field tuples never give the same bits.
type BitWriter struct {
	api  frontend.API
	bits []frontend.Variable // most significant first
}

// NewBitWriter starts an empty bit string.
func NewBitWriter(api frontend.API) *BitWriter { return &BitWriter{api: api} }

// Field appends v as nbits big-endian bits and asserts v < 2^nbits.
func (w *BitWriter) Field(v frontend.Variable, nbits int) *BitWriter {
	le := w.api.ToBinary(v, nbits)
	for i := nbits - 1; i >= 0; i-- {
		w.bits = append(w.bits, le[i])
	}
	return w
}

// BitsBE appends bits that are already constrained boolean, most significant first.
func (w *BitWriter) BitsBE(bits []frontend.Variable) *BitWriter {
	w.bits = append(w.bits, bits...)
	return w
}

// Len is the number of bits written.
func (w *BitWriter) Len() int { return len(w.bits) }

// Bits returns the bit string, most significant first.
func (w *BitWriter) Bits() []frontend.Variable { return w.bits }

// Chunks cuts the bit string into big-endian integers of chunkBytes bytes
// (the last may be shorter), as rollup.MessageHash cuts signed bytes. The
// length must be a whole number of bytes.
func (w *BitWriter) Chunks(chunkBytes int) []frontend.Variable {
	var out []frontend.Variable
	for i := 0; i < len(w.bits); i += chunkBytes * 8 {
		out = append(out, fromBitsBE(w.api, w.bits[i:min(i+chunkBytes*8, len(w.bits))]))
	}
	return out
}

// Bytes returns the bit string as byte values (each the integer of 8 bits).
func (w *BitWriter) Bytes() []frontend.Variable {
	out := make([]frontend.Variable, 0, len(w.bits)/8)
	for i := 0; i+8 <= len(w.bits); i += 8 {
		out = append(out, fromBitsBE(w.api, w.bits[i:i+8]))
	}
	return out
}

func fromBitsBE(api frontend.API, bits []frontend.Variable) frontend.Variable {
	le := make([]frontend.Variable, len(bits))
	for i := range bits {
		le[len(bits)-1-i] = bits[i]
	}
	return api.FromBinary(le...)
}
