package blobcircuit

import (
	"crypto/sha256"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

// stmt is what a Circuit assignment states, as raw integers so that a test
// can state what no honest prover would (a non-canonical z, an element of
// 2^248) and recompute the rest natively.
type stmt struct {
	elements                 []*big.Int
	z, y                     *big.Int
	r, eval, dataHash, input fr.Element
}

// honestStmt is the statement NewAssignment makes, recomputed here.
func honestStmt(t *testing.T, n int, elements []blsfr.Element, z blsfr.Element, r fr.Element) *stmt {
	t.Helper()
	s := &stmt{elements: make([]*big.Int, n), z: bigOf(z), r: r}
	for i := range s.elements {
		s.elements[i] = new(big.Int)
		if i < len(elements) {
			s.elements[i] = bigOf(elements[i])
		}
	}
	s.withY(t).withHash().withEval(t).withInput()
	return s
}

func (s *stmt) blsElements() []blsfr.Element {
	out := make([]blsfr.Element, len(s.elements))
	for i, e := range s.elements {
		out[i].SetBigInt(e)
	}
	return out
}

// withY sets y to kzg4844's claim for the elements at z.
func (s *stmt) withY(t *testing.T) *stmt {
	var z blsfr.Element
	z.SetBigInt(s.z)
	s.y = bigOf(kzgClaim(t, s.blsElements(), z))
	return s
}

func (s *stmt) withHash() *stmt {
	xs := make([]fr.Element, len(s.elements))
	for i, e := range s.elements {
		xs[i].SetBigInt(e)
	}
	s.dataHash = ElementsHash(xs)
	return s
}

func (s *stmt) withEval(t *testing.T) *stmt {
	eval, err := PayloadEval(s.blsElements(), s.r)
	if err != nil {
		t.Fatalf("PayloadEval: %v", err)
	}
	s.eval = eval
	return s
}

// withInput hashes the values as assigned, z and y as 32 raw big-endian
// bytes (canonical or not).
func (s *stmt) withInput() *stmt {
	h := sha256.New()
	d, r, e := s.dataHash.Bytes(), s.r.Bytes(), s.eval.Bytes()
	var z, y [32]byte
	s.z.FillBytes(z[:])
	s.y.FillBytes(y[:])
	for _, b := range [][32]byte{d, z, y, r, e} {
		h.Write(b[:])
	}
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 253), big.NewInt(1))
	s.input.SetBigInt(new(big.Int).And(new(big.Int).SetBytes(h.Sum(nil)), mask))
	return s
}

func (s *stmt) assignment() *Circuit {
	c := &Circuit{Elements: make([]frontend.Variable, len(s.elements))}
	for i, e := range s.elements {
		c.Elements[i] = e
	}
	c.Z, c.Y = rawLimbs(s.z), rawLimbs(s.y)
	c.R, c.Eval, c.DataHash, c.Input = s.r, s.eval, s.dataHash, s.input
	return c
}

// TestCircuitAcceptsExactlyTheStatement runs the capacity-n circuit on the
// honest statement and on each way to break it, every other value
// recomputed natively so that only the broken constraint can refuse.
func TestCircuitAcceptsExactlyTheStatement(t *testing.T) {
	inc := func(x fr.Element) fr.Element {
		o := fr.One()
		x.Add(&x, &o)
		return x
	}
	for _, n := range []int{4, 16} {
		rng := rand.New(rand.NewPCG(7, uint64(n)))
		elements := randomElements(rng, n-1) // the last slot stays zero
		z, r := randomPoint(rng), randomScalar(rng)
		cases := []struct {
			name   string
			mutate func(t *testing.T, s *stmt)
			ok     bool
		}{
			{"honest", func(*testing.T, *stmt) {}, true},
			{"another blob, all recomputed", func(t *testing.T, s *stmt) {
				s.elements[1].Add(s.elements[1], big.NewInt(1))
				s.withY(t).withHash().withEval(t).withInput()
			}, true},
			{"y+1", func(t *testing.T, s *stmt) {
				s.y.Add(s.y, big.NewInt(1))
				s.withInput()
			}, false},
			{"y+q, not canonical", func(t *testing.T, s *stmt) {
				s.y.Add(s.y, blsfr.Modulus())
				s.withInput()
			}, false},
			{"z+q, not canonical", func(t *testing.T, s *stmt) {
				s.z.Add(s.z, blsfr.Modulus())
				s.withInput()
			}, false},
			{"element changed, y kept", func(t *testing.T, s *stmt) {
				s.elements[1].Add(s.elements[1], big.NewInt(1))
				s.withHash().withEval(t).withInput()
			}, false},
			{"element changed, DataHash kept", func(t *testing.T, s *stmt) {
				s.elements[1].Add(s.elements[1], big.NewInt(1))
				s.withY(t).withEval(t).withInput()
			}, false},
			{"element changed, Eval kept", func(t *testing.T, s *stmt) {
				s.elements[1].Add(s.elements[1], big.NewInt(1))
				s.withY(t).withHash().withInput()
			}, false},
			{"element 2^248", func(t *testing.T, s *stmt) {
				s.elements[n-1].Lsh(big.NewInt(1), ElementBits)
				s.withY(t).withHash().withInput()
			}, false},
			{"eval+1", func(t *testing.T, s *stmt) {
				s.eval = inc(s.eval)
				s.withInput()
			}, false},
			{"another r, Eval at the first", func(t *testing.T, s *stmt) {
				s.r = inc(s.r)
				s.withInput()
			}, false},
			{"wrong DataHash", func(t *testing.T, s *stmt) {
				s.dataHash = inc(s.dataHash)
				s.withInput()
			}, false},
			{"wrong Input", func(t *testing.T, s *stmt) {
				s.input = inc(s.input)
			}, false},
			{"Input with its top bits", func(t *testing.T, s *stmt) {
				s.input.SetBigInt(new(big.Int).Add(s.input.BigInt(new(big.Int)), new(big.Int).Lsh(big.NewInt(1), 253)))
			}, false},
			{"z = ω_2, y = e_2", func(t *testing.T, s *stmt) {
				s.z = bigOf(roots()[2])
				s.y = new(big.Int).Set(s.elements[2])
				s.withInput()
			}, false},
		}
		placeholder, err := NewCircuit(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				s := honestStmt(t, n, elements, z, r)
				tc.mutate(t, s)
				err := test.IsSolved(placeholder, s.assignment(), ecc.BN254.ScalarField())
				if got := err == nil; got != tc.ok {
					t.Errorf("n=%d: solved = %v, want %v (err: %v)", n, got, tc.ok, err)
				}
				if err != nil {
					t.Logf("n=%d: refused: %v", n, err)
				}
			})
		}
	}
}

// TestNewAssignmentIsTheHonestStatement checks NewAssignment (and so
// PublicInput, PayloadEval, ElementsHash) against the statement built here.
func TestNewAssignmentIsTheHonestStatement(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	const n = 5
	elements := randomElements(rng, n-2)
	z, r := randomPoint(rng), randomScalar(rng)
	got, err := NewAssignment(n, elements, z, r)
	if err != nil {
		t.Fatal(err)
	}
	want := honestStmt(t, n, elements, z, r).assignment()
	gw, err := frontend.NewWitness(got, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	ww, err := frontend.NewWitness(want, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	gv, wv := gw.Vector().(fr.Vector), ww.Vector().(fr.Vector)
	if len(gv) != len(wv) {
		t.Fatalf("witness of %d values, want %d", len(gv), len(wv))
	}
	for i := range gv {
		if gv[i] != wv[i] {
			t.Errorf("witness value %d: got %s, want %s", i, gv[i].String(), wv[i].String())
		}
	}
}

func TestNewAssignmentRefusesWhatTheCircuitRefuses(t *testing.T) {
	var tooBig blsfr.Element
	tooBig.SetBigInt(new(big.Int).Lsh(big.NewInt(1), ElementBits))
	z := blsfr.NewElement(9)
	for _, tc := range []struct {
		name     string
		n        int
		elements []blsfr.Element
		z        blsfr.Element
		want     error
	}{
		{"capacity 0", 0, nil, z, ErrCapacity},
		{"capacity 4097", FieldElementsPerBlob + 1, nil, z, ErrCapacity},
		{"more elements than capacity", 2, make([]blsfr.Element, 3), z, ErrCapacity},
		{"element 2^248", 4, []blsfr.Element{tooBig}, z, ErrElementTooLarge},
		{"z a root of unity", 4, nil, roots()[7], ErrPointInDomain},
	} {
		if _, err := NewAssignment(tc.n, tc.elements, tc.z, fr.NewElement(3)); !errorsIs(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
}
