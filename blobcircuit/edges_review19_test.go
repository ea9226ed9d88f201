package blobcircuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/test"
)

// TestReview19ExtremeOperands: every element at its largest (2^248-1, so
// the complement trick in pair is all zeros), an odd capacity (the last
// pair has no partner), and z at the edges of the canonical range (0, q-2,
// and -ω_g ± 1 next to the domain). The honest y is accepted; y±1, and y
// of the blob with one element lowered by one, are refused — the relation
// bounds must hold at the operands' extremes, not only at random ones.
func TestReview19ExtremeOperands(t *testing.T) {
	q := blsfr.Modulus()
	top := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), ElementBits), big.NewInt(1))
	var near1, near2 blsfr.Element
	near1.Neg(&roots()[0]).Add(&near1, &one)
	near2.Sub(&roots()[5], &one)
	points := map[string]blsfr.Element{
		"z=0":     {},
		"z=q-2":   func() blsfr.Element { var z blsfr.Element; z.SetBigInt(new(big.Int).Sub(q, big.NewInt(2))); return z }(),
		"z=-ω0+1": near1,
		"z=ω5-1":  near2,
	}
	for _, n := range []int{3, 4} {
		elements := make([]blsfr.Element, n)
		for i := range elements {
			elements[i].SetBigInt(top)
		}
		placeholder, err := NewCircuit(n)
		if err != nil {
			t.Fatal(err)
		}
		for name, z := range points {
			r := fr.NewElement(0xdeadbeef)
			for _, tc := range []struct {
				name   string
				mutate func(t *testing.T, s *stmt)
				ok     bool
			}{
				{"honest", func(*testing.T, *stmt) {}, true},
				{"y+1", func(t *testing.T, s *stmt) {
					s.y = new(big.Int).Mod(new(big.Int).Add(s.y, big.NewInt(1)), q)
					s.withInput()
				}, false},
				{"y-1", func(t *testing.T, s *stmt) {
					s.y = new(big.Int).Mod(new(big.Int).Sub(s.y, big.NewInt(1)), q)
					s.withInput()
				}, false},
				{"y of another blob, elements and hash kept", func(t *testing.T, s *stmt) {
					other := honestStmt(t, n, elements, z, r)
					other.elements[n-1] = new(big.Int).Sub(top, big.NewInt(1))
					other.withY(t)
					s.y = other.y
					s.withInput()
				}, false},
			} {
				s := honestStmt(t, n, elements, z, r)
				tc.mutate(t, s)
				err := test.IsSolved(placeholder, s.assignment(), ecc.BN254.ScalarField())
				if got := err == nil; got != tc.ok {
					t.Errorf("n=%d %s %s: solved = %v, want %v (err: %v)", n, name, tc.name, got, tc.ok, err)
				}
			}
		}
	}
}
