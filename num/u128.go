package num

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// U128 is an unsigned 128-bit integer. The zero value is 0.
type U128 struct{ hi, lo uint64 }

// Max is 2^128 - 1, the largest balance an account can hold.
var Max = U128{hi: ^uint64(0), lo: ^uint64(0)}

// ErrOutOfRange is returned when a value does not fit in 128 bits or is negative.
var ErrOutOfRange = errors.New("value is outside [0, 2^128-1]")

// FromUint64 returns v as a U128.
func FromUint64(v uint64) U128 { return U128{lo: v} }

// FromBig converts b, rejecting negative values and values ≥ 2^128.
func FromBig(b *big.Int) (U128, error) {
	if b.Sign() < 0 || b.BitLen() > 128 {
		return U128{}, fmt.Errorf("%w: %s", ErrOutOfRange, b)
	}
	var buf [16]byte
	b.FillBytes(buf[:])
	return FromBytes(buf), nil
}

// Parse reads a base-10 integer.
func Parse(s string) (U128, error) {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return U128{}, fmt.Errorf("%q is not a base-10 integer", s)
	}
	return FromBig(b)
}

// FromBytes reads 16 big-endian bytes.
func FromBytes(b [16]byte) U128 {
	return U128{hi: binary.BigEndian.Uint64(b[:8]), lo: binary.BigEndian.Uint64(b[8:])}
}

// Bytes returns 16 big-endian bytes.
func (a U128) Bytes() [16]byte {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], a.hi)
	binary.BigEndian.PutUint64(b[8:], a.lo)
	return b
}

// Add returns a+b and whether it overflowed 128 bits.
func (a U128) Add(b U128) (U128, bool) {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, c := bits.Add64(a.hi, b.hi, c)
	return U128{hi: hi, lo: lo}, c != 0
}

// Sub returns a-b and whether it underflowed.
func (a U128) Sub(b U128) (U128, bool) {
	lo, br := bits.Sub64(a.lo, b.lo, 0)
	hi, br := bits.Sub64(a.hi, b.hi, br)
	return U128{hi: hi, lo: lo}, br != 0
}

// MulUint64 returns a*m and whether it overflowed 128 bits.
func (a U128) MulUint64(m uint64) (U128, bool) {
	h1, l1 := bits.Mul64(a.lo, m)
	h2, l2 := bits.Mul64(a.hi, m)
	hi, c := bits.Add64(h1, l2, 0)
	return U128{hi: hi, lo: l1}, h2 != 0 || c != 0
}

// DivModUint64 returns a/d and a%d; d must be non-zero.
func (a U128) DivModUint64(d uint64) (U128, uint64) {
	qhi := a.hi / d
	r := a.hi % d
	qlo, r := bits.Div64(r, a.lo, d)
	return U128{hi: qhi, lo: qlo}, r
}

// Cmp returns -1, 0 or 1.
func (a U128) Cmp(b U128) int {
	switch {
	case a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo):
		return -1
	case a == b:
		return 0
	}
	return 1
}

// IsZero reports a == 0.
func (a U128) IsZero() bool { return a.hi == 0 && a.lo == 0 }

// Uint64 returns the value and whether it fits in 64 bits.
func (a U128) Uint64() (uint64, bool) { return a.lo, a.hi == 0 }

// Big returns the value as a new big.Int.
func (a U128) Big() *big.Int {
	b := a.Bytes()
	return new(big.Int).SetBytes(b[:])
}

// Element returns the value as a field element (always < the modulus).
func (a U128) Element() fr.Element {
	var e fr.Element
	b := a.Bytes()
	e.SetBytes(b[:])
	return e
}

// FromElement converts a field element that must be < 2^128.
func FromElement(e *fr.Element) (U128, error) {
	b := e.Bytes()
	for _, x := range b[:16] {
		if x != 0 {
			return U128{}, fmt.Errorf("%w: field element %s", ErrOutOfRange, e.String())
		}
	}
	var lo [16]byte
	copy(lo[:], b[16:])
	return FromBytes(lo), nil
}

// String is base 10.
func (a U128) String() string { return a.Big().String() }
