package blobcircuit

import (
	"errors"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestRootsAreBitReversedPowersOfSeven pins the domain to EIP-4844's
// definition: ω = 7^((r-1)/4096), ω_i = ω^bitrev12(i).
func TestRootsAreBitReversedPowersOfSeven(t *testing.T) {
	exp := new(big.Int).Sub(blsfr.Modulus(), big.NewInt(1))
	exp.Div(exp, big.NewInt(FieldElementsPerBlob))
	var seven, w blsfr.Element
	seven.SetUint64(7)
	w.Exp(seven, exp)
	got := roots()
	if len(got) != FieldElementsPerBlob {
		t.Fatalf("got %d roots, want %d", len(got), FieldElementsPerBlob)
	}
	for i := range got {
		var want blsfr.Element
		want.Exp(w, big.NewInt(int64(bits.Reverse16(uint16(i))>>4)))
		if !got[i].Equal(&want) {
			t.Fatalf("root %d: got %s, want %s", i, got[i].String(), want.String())
		}
	}
}

// TestEvaluateMatchesKZG4844 checks Evaluate against go-ethereum's claim y
// for blobs with only the first n elements non-zero and for a full blob.
func TestEvaluateMatchesKZG4844(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 4, 64, 1000, FieldElementsPerBlob} {
		elements := randomElements(rng, n)
		z := randomPoint(rng)
		got, err := Evaluate(elements, z)
		if err != nil {
			t.Fatalf("n=%d: Evaluate: %v", n, err)
		}
		if want := kzgClaim(t, elements, z); !got.Equal(&want) {
			t.Errorf("n=%d: got %s, want %s", n, got.String(), want.String())
		}
	}
}

func TestEvaluateRefusesPointInDomainAndOverfullBlob(t *testing.T) {
	elements := randomElements(rand.New(rand.NewPCG(3, 4)), 4)
	for _, i := range []int{0, 3, 4095} {
		if _, err := Evaluate(elements, roots()[i]); !errors.Is(err, ErrPointInDomain) {
			t.Errorf("z = ω_%d: got %v, want ErrPointInDomain", i, err)
		}
	}
	if _, err := Evaluate(make([]blsfr.Element, FieldElementsPerBlob+1), blsfr.NewElement(5)); !errors.Is(err, ErrCapacity) {
		t.Errorf("4097 elements: got %v, want ErrCapacity", err)
	}
}

func TestToNativeRefusesElementsFrom2To248(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), ElementBits), big.NewInt(1))
	for _, tc := range []struct {
		name string
		v    *big.Int
		want error
	}{
		{"zero", big.NewInt(0), nil},
		{"2^248-1", max, nil},
		{"2^248", new(big.Int).Add(max, big.NewInt(1)), ErrElementTooLarge},
		{"r-1", new(big.Int).Sub(blsfr.Modulus(), big.NewInt(1)), ErrElementTooLarge},
	} {
		var e blsfr.Element
		e.SetBigInt(tc.v)
		got, err := ToNative(e)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
			continue
		}
		if err == nil && got.BigInt(new(big.Int)).Cmp(tc.v) != 0 {
			t.Errorf("%s: got %s, want %s", tc.name, got.String(), tc.v)
		}
	}
}
