package rollup

import (
	"encoding/binary"
	"fmt"

	"github.com/zkrollup/zkrollup/num"
)

// Packed amounts follow zkSync Lite: value = mantissa * 10^exponent with a
// 5-bit exponent. Transfers carry amounts in 5 bytes (35-bit mantissa) and
// every fee in 2 bytes (11-bit mantissa). The packed bytes are what users
// sign and what pubdata carries, so a transaction's bytes are fixed by its
// signature; Pack* gives the canonical (smallest-mantissa) form.
const (
	PackedAmountSize = 5
	PackedFeeSize    = 2
	expBits          = 5
	amountMantBits   = PackedAmountSize*8 - expBits // 35
	feeMantBits      = PackedFeeSize*8 - expBits    // 11
)

// PackedAmount is a 5-byte packed transfer amount.
type PackedAmount [PackedAmountSize]byte

// PackedFee is a 2-byte packed fee.
type PackedFee [PackedFeeSize]byte

var pow10 = func() (t [32]num.U128) {
	t[0] = num.FromUint64(1)
	for i := 1; i < 32; i++ {
		t[i], _ = t[i-1].MulUint64(10) // 10^31 < 2^128: never overflows
	}
	return t
}()

// Pow10 returns 10^e for e < 32 (shared with the circuit's unpacking table).
func Pow10(e int) num.U128 { return pow10[e] }

// pack finds the smallest mantissa (largest exponent) representing v exactly.
func pack(v num.U128, mantBits uint) (mant uint64, exp int, err error) {
	maxMant := uint64(1)<<mantBits - 1
	for !v.IsZero() && exp < 31 {
		q, r := v.DivModUint64(10)
		if r != 0 {
			break
		}
		v, exp = q, exp+1
	}
	m, ok := v.Uint64()
	if !ok || m > maxMant {
		return 0, 0, fmt.Errorf("%w: %s needs more than %d bits of mantissa", ErrNotPackable, v.String(), mantBits)
	}
	if v.IsZero() {
		exp = 0
	}
	return m, exp, nil
}

func unpack(mant uint64, exp int) (num.U128, error) {
	v, of := pow10[exp].MulUint64(mant)
	if of {
		return num.U128{}, fmt.Errorf("%w: %d * 10^%d", ErrPackedOutOfRange, mant, exp)
	}
	return v, nil
}

// PackAmount packs v exactly, or fails with ErrNotPackable.
func PackAmount(v num.U128) (PackedAmount, error) {
	var p PackedAmount
	m, e, err := pack(v, amountMantBits)
	if err != nil {
		return p, err
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], m<<expBits|uint64(e))
	copy(p[:], b[3:])
	return p, nil
}

// Value unpacks the amount; it fails only for encodings of 2^128 or more.
func (p PackedAmount) Value() (num.U128, error) {
	var b [8]byte
	copy(b[3:], p[:])
	x := binary.BigEndian.Uint64(b[:])
	return unpack(x>>expBits, int(x&(1<<expBits-1)))
}

// PackFee packs v exactly, or fails with ErrNotPackable.
func PackFee(v num.U128) (PackedFee, error) {
	var p PackedFee
	m, e, err := pack(v, feeMantBits)
	if err != nil {
		return p, err
	}
	binary.BigEndian.PutUint16(p[:], uint16(m<<expBits|uint64(e)))
	return p, nil
}

// Value unpacks the fee (11-bit mantissa * 10^31 < 2^128: it never fails).
func (p PackedFee) Value() num.U128 {
	x := binary.BigEndian.Uint16(p[:])
	v, _ := unpack(uint64(x>>expBits), int(x&(1<<expBits-1)))
	return v
}

// PackedFillSize is the size of a trade's packed fill amount: a 27-bit
// mantissa and the 5-bit exponent, 4 bytes (a trade publishes two).
const (
	PackedFillSize = 4
	fillMantBits   = PackedFillSize*8 - expBits // 27
)

// PackedFill is a 4-byte packed fill amount of a SpotTrade.
type PackedFill [PackedFillSize]byte

// PackFill packs v exactly, or fails with ErrNotPackable.
func PackFill(v num.U128) (PackedFill, error) {
	var p PackedFill
	m, e, err := pack(v, fillMantBits)
	if err != nil {
		return p, err
	}
	binary.BigEndian.PutUint32(p[:], uint32(m<<expBits|uint64(e)))
	return p, nil
}

// Value unpacks the fill; it fails only for encodings of 2^128 or more.
func (p PackedFill) Value() (num.U128, error) {
	x := binary.BigEndian.Uint32(p[:])
	return unpack(uint64(x>>expBits), int(x&(1<<expBits-1)))
}
