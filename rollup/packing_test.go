package rollup

import (
	"errors"
	"testing"

	"github.com/zkrollup/zkrollup/num"
)

func u(s string) num.U128 {
	v, err := num.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestPackAmount(t *testing.T) {
	tests := []struct {
		in      string
		want    PackedAmount
		wantErr error
	}{
		{"0", PackedAmount{}, nil},
		{"1", PackedAmount{0, 0, 0, 0, 1 << 5}, nil},
		{"10", PackedAmount{0, 0, 0, 0, 1<<5 | 1}, nil},
		{"34359738367", PackedAmount{0xff, 0xff, 0xff, 0xff, 0xe0}, nil},            // 2^35-1, exponent 0
		{"34359738368", PackedAmount{}, ErrNotPackable},                             // 2^35 has no trailing zero
		{"340282366920938463463374607431768211455", PackedAmount{}, ErrNotPackable}, // 2^128-1
		{"1000000000000000000", PackedAmount{0, 0, 0, 0, 1<<5 | 18}, nil},
		{"123456789000000000000", PackedAmount{0x00, 0xeb, 0x79, 0xa2, 0xac}, nil}, // 123456789 << 5 | 12
	}
	for _, tc := range tests {
		got, err := PackAmount(u(tc.in))
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("PackAmount(%s) error %v, want %v", tc.in, err, tc.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if got != tc.want {
			t.Errorf("PackAmount(%s) = %x, want %x", tc.in, got, tc.want)
		}
		back, err := got.Value()
		if err != nil || back != u(tc.in) {
			t.Errorf("Value(PackAmount(%s)) = %s, %v", tc.in, back, err)
		}
	}
}

func TestPackFee(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{{"0", true}, {"2047", true}, {"2048", false}, {"20470", true}, {"2047" + "0000000000000000000000000000000", true}, {"2049", false}} {
		p, err := PackFee(u(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("PackFee(%s) error %v, want ok=%v", tc.in, err, tc.ok)
			continue
		}
		if err == nil && p.Value() != u(tc.in) {
			t.Errorf("PackFee(%s) round trip = %s", tc.in, p.Value())
		}
	}
}

func TestPackedAmountAbove2To128Rejected(t *testing.T) {
	p := PackedAmount{0xff, 0xff, 0xff, 0xff, 0xe0 | 31} // (2^35-1) * 10^31 > 2^128
	if _, err := p.Value(); !errors.Is(err, ErrPackedOutOfRange) {
		t.Fatalf("got %v, want ErrPackedOutOfRange", err)
	}
}

// FuzzPackedAmount: every 5-byte encoding either unpacks to a value whose
// canonical packing unpacks to the same value, or is out of range.
func FuzzPackedAmount(f *testing.F) {
	for _, s := range [][]byte{{0, 0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff, 0xff}, {0, 0, 0, 0, 0x21}, {1, 2, 3, 4, 5}} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) != PackedAmountSize {
			return
		}
		var p PackedAmount
		copy(p[:], b)
		v, err := p.Value()
		if err != nil {
			if !errors.Is(err, ErrPackedOutOfRange) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		c, err := PackAmount(v)
		if err != nil {
			t.Fatalf("value %s from %x does not repack: %v", v, b, err)
		}
		if back, _ := c.Value(); back != v {
			t.Fatalf("repack of %s gives %s", v, back)
		}
	})
}

// FuzzPackAmount: a value either packs exactly or is reported unpackable.
func FuzzPackAmount(f *testing.F) {
	f.Add(uint64(0), uint64(1))
	f.Add(uint64(0), uint64(1_000_000_000_000_000_000))
	f.Add(uint64(1), uint64(0))
	f.Fuzz(func(t *testing.T, hi, lo uint64) {
		var b [16]byte
		for i := range 8 {
			b[i] = byte(hi >> (56 - 8*i))
			b[8+i] = byte(lo >> (56 - 8*i))
		}
		v := num.FromBytes(b)
		p, err := PackAmount(v)
		if err != nil {
			if !errors.Is(err, ErrNotPackable) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if got, err := p.Value(); err != nil || got != v {
			t.Fatalf("PackAmount(%s) unpacks to %s, %v", v, got, err)
		}
		f, err := PackFee(v)
		if err == nil && f.Value() != v {
			t.Fatalf("PackFee(%s) unpacks to %s", v, f.Value())
		}
	})
}
