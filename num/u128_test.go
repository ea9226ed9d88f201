package num

import (
	"errors"
	"math/big"
	"testing"
)

func TestArithmeticReportsOverflow(t *testing.T) {
	one := FromUint64(1)
	if _, of := Max.Add(one); !of {
		t.Error("Max+1 did not overflow")
	}
	if v, of := Max.Add(U128{}); of || v != Max {
		t.Error("Max+0 changed")
	}
	if _, uf := (U128{}).Sub(one); !uf {
		t.Error("0-1 did not underflow")
	}
	if v, of := FromUint64(1 << 63).MulUint64(4); of || v.Big().Cmp(new(big.Int).Lsh(big.NewInt(1), 65)) != 0 {
		t.Errorf("2^63*4 = %s, overflow %v", v, of)
	}
	if _, of := Max.MulUint64(2); !of {
		t.Error("Max*2 did not overflow")
	}
	q, r := Max.DivModUint64(10)
	if q.String() != "34028236692093846346337460743176821145" || r != 5 {
		t.Errorf("Max/10 = %s rem %d", q, r)
	}
	if FromUint64(3).Cmp(FromUint64(4)) != -1 || Max.Cmp(FromUint64(4)) != 1 || Max.Cmp(Max) != 0 {
		t.Error("Cmp is wrong")
	}
}

func TestConversionsRejectOutOfRange(t *testing.T) {
	for _, s := range []string{"-1", "340282366920938463463374607431768211456", "12a", ""} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) accepted", s)
		}
	}
	if _, err := FromBig(big.NewInt(-5)); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("FromBig(-5): %v", err)
	}
	v, err := Parse("340282366920938463463374607431768211455")
	if err != nil || v != Max {
		t.Fatalf("Parse(2^128-1) = %s, %v", v, err)
	}
	e := v.Element()
	if back, err := FromElement(&e); err != nil || back != Max {
		t.Fatalf("FromElement round trip: %s %v", back, err)
	}
	var big129 = Max.Element()
	big129.Double(&big129)
	if _, err := FromElement(&big129); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("FromElement(2^129-2): %v", err)
	}
	if FromBytes(v.Bytes()) != v {
		t.Error("Bytes round trip")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "1", "340282366920938463463374607431768211455", "340282366920938463463374607431768211456", "-0", "007"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		b, ok := new(big.Int).SetString(s, 10)
		if !ok || b.Cmp(v.Big()) != 0 {
			t.Fatalf("Parse(%q) = %s", s, v)
		}
		if w, err := Parse(v.String()); err != nil || w != v {
			t.Fatalf("String/Parse round trip of %s: %s %v", v, w, err)
		}
	})
}
