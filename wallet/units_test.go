package wallet

import (
	"math/big"
	"testing"
)

func TestUnits(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		out  string
	}{
		{"1.5", "1500000000000000000", "1.5"},
		{"0", "0", "0"},
		{".25", "250000000000000000", "0.25"},
		{"1000", "1000000000000000000000", "1000"},
		{"0.000000000000000001", "1", "0.000000000000000001"},
	} {
		v, err := ParseUnits(c.in, 18)
		if err != nil || v.String() != c.want {
			t.Fatalf("ParseUnits(%q) = %v, %v; want %s", c.in, v, err, c.want)
		}
		if got := FormatUnits(v, 18); got != c.out {
			t.Fatalf("FormatUnits(%s) = %q, want %q", v, got, c.out)
		}
	}
	for _, bad := range []string{"", "-1", "1.2.3", "abc", "0.0000000000000000001", "1e18", "+1"} {
		if v, err := ParseUnits(bad, 18); err == nil {
			t.Fatalf("ParseUnits(%q) = %v, want an error", bad, v)
		}
	}
	if got := FormatUnits(big.NewInt(-5), 1); got != "-0.5" {
		t.Fatalf("negative: %q", got)
	}
}

func FuzzParseUnits(f *testing.F) {
	for _, s := range []string{"1.5", "0", ".1", "99999999999999999999.123456789012345678", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseUnits(s, 18)
		if err != nil {
			return
		}
		back, err := ParseUnits(FormatUnits(v, 18), 18)
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("%q -> %s -> %v (%v)", s, v, back, err)
		}
	})
}
