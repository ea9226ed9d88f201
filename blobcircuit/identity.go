package blobcircuit

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// errTooWide is a misuse: a relation whose columns do not fit the native
// field even one at a time.
var errTooWide = errors.New("blobcircuit: relation columns too wide for the native field")

// assertZero asserts Σ terms = 0 over the integers. Seen as polynomials in
// X = 2^limbW, the terms sum to I(X) = Σ_j col_j X^j, each col_j a sum of
// limb products bounded by the limbs' maxima. Then
//
//   - I ≡ 0 (mod p): Σ ±eval(a)·eval(b) = 0 in the native field, one
//     product a term;
//   - I ≡ 0 (mod 2^(limbW·J)): the low J columns, with carries, vanish:
//     groups of consecutive columns plus the incoming carry equal the
//     outgoing carry times 2^(limbW·len), each group small enough that the
//     native equation holds over the integers, each carry range checked;
//
// with J the fewest columns such that p·2^(limbW·J) exceeds the bound on
// |I|, so I, a multiple of p·2^(limbW·J), is 0. (If no J < ncols is enough,
// J = ncols: I is then the last carry times 2^(limbW·J), and that carry,
// of absolute value below p and 0 mod p, is 0.) Every bound used is one
// the constraints imply, not one an honest prover meets.
func (f *fq) assertZero(terms []term) error {
	api := f.api
	ncols := 0
	for _, t := range terms {
		ncols = max(ncols, len(t.a.limbs)+len(t.b.limbs)-1)
	}
	lo, hi := make([]*big.Int, ncols), make([]*big.Int, ncols)
	for j := range lo {
		lo[j], hi[j] = new(big.Int), new(big.Int)
	}
	for _, t := range terms {
		for i := range t.a.limbs {
			for l := range t.b.limbs {
				m := new(big.Int).Mul(t.a.max[i], t.b.max[l])
				if t.neg {
					lo[i+l].Sub(lo[i+l], m)
				} else {
					hi[i+l].Add(hi[i+l], m)
				}
			}
		}
	}
	bound := new(big.Int).Abs(weighted(lo))
	if h := weighted(hi); h.Cmp(bound) > 0 {
		bound = h
	}
	J := 1
	for J < ncols && new(big.Int).Lsh(f.p, uint(limbW*J)).Cmp(bound) <= 0 {
		J++
	}

	native := make([]frontend.Variable, 0, len(terms))
	cols := make([][]frontend.Variable, J)
	for _, t := range terms {
		v := api.Mul(f.eval(t.a), f.eval(t.b))
		if t.neg {
			v = api.Neg(v)
		}
		native = append(native, v)
		for i := range t.a.limbs {
			for l := 0; l < len(t.b.limbs) && i+l < J; l++ {
				v := api.Mul(t.a.limbs[i], t.b.limbs[l])
				if t.neg {
					v = api.Neg(v)
				}
				cols[i+l] = append(cols[i+l], v)
			}
		}
	}
	api.AssertIsEqual(sum(api, native), 0)

	col := make([]frontend.Variable, J)
	for j := range col {
		col[j] = sum(api, cols[j])
	}
	return f.carryChain(col, lo[:J], hi[:J])
}

// carryChain asserts Σ_j col[j]·2^(limbW·j) ≡ 0 (mod 2^(limbW·len(col))),
// col[j] ∈ [lo[j], hi[j]]: greedily, as many columns as fit go into one
// group with the incoming carry c, and V = c + Σ col[j]·2^(limbW·(j-j0))
// must equal c'·2^(limbW·len), c' the next carry.
func (f *fq) carryChain(col []frontend.Variable, lo, hi []*big.Int) error {
	api := f.api
	var c frontend.Variable = 0
	clo, chi := new(big.Int), new(big.Int)
	for j0 := 0; j0 < len(col); {
		var g *carryGroup
		for n := 1; j0+n <= len(col); n++ {
			cand := newCarryGroup(f.p, clo, chi, lo[j0:j0+n], hi[j0:j0+n])
			if cand == nil {
				break
			}
			g = cand
		}
		if g == nil {
			return fmt.Errorf("column %d: %w", j0, errTooWide)
		}
		n := g.cols
		v := api.Add(c, weighCols(api, col[j0:j0+n]))
		bits, err := f.hinted(f.hintCarry, g.nb, []frontend.Variable{g.nb, v, g.clo, g.shift})
		if err != nil {
			return fmt.Errorf("carry: %w", err)
		}
		next := api.Add(f.eval(bits), g.clo)
		api.AssertIsEqual(v, api.Mul(next, new(big.Int).Lsh(big.NewInt(1), uint(g.shift))))
		c, clo, chi = next, g.clo, g.chi
		j0 += n
	}
	return nil
}

// carryGroup is one step of a carry chain: cols columns shifted out
// (shift = limbW·cols bits), the outgoing carry in [clo, chi], range
// checked as carry - clo < 2^nb.
type carryGroup struct {
	cols, shift, nb int
	clo, chi        *big.Int
}

// newCarryGroup returns the group of the columns bounded by lo, hi after a
// carry in [cinLo, cinHi], or nil when the group's native equation could
// wrap around p (or its value could not be read back by the carry hint).
func newCarryGroup(p, cinLo, cinHi *big.Int, lo, hi []*big.Int) *carryGroup {
	n := len(lo)
	shift := limbW * n
	vlo := new(big.Int).Add(cinLo, weighted(lo))
	vhi := new(big.Int).Add(cinHi, weighted(hi))
	half := new(big.Int).Rsh(p, 1)
	if new(big.Int).Abs(vlo).Cmp(half) >= 0 || new(big.Int).Abs(vhi).Cmp(half) >= 0 {
		return nil
	}
	// honest V is a multiple of 2^shift in [vlo, vhi]
	clo := new(big.Int).Neg(new(big.Int).Rsh(new(big.Int).Neg(vlo), uint(shift))) // ceil
	chi := new(big.Int).Rsh(vhi, uint(shift))                                     // floor
	if chi.Cmp(clo) < 0 {
		chi.Set(clo)
	}
	nb := new(big.Int).Sub(chi, clo).BitLen()
	chi = new(big.Int).Add(clo, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(nb)), big.NewInt(1)))
	// V - carry·2^shift over the integers must lie in (-p, p)
	dlo := new(big.Int).Sub(vlo, new(big.Int).Lsh(chi, uint(shift)))
	dhi := new(big.Int).Sub(vhi, new(big.Int).Lsh(clo, uint(shift)))
	if new(big.Int).Neg(dlo).Cmp(p) >= 0 || dhi.Cmp(p) >= 0 {
		return nil
	}
	return &carryGroup{cols: n, shift: shift, nb: nb, clo: clo, chi: chi}
}

// weighted is Σ v[j]·2^(limbW·j).
func weighted(v []*big.Int) *big.Int {
	s := new(big.Int)
	for j := len(v) - 1; j >= 0; j-- {
		s.Lsh(s, limbW).Add(s, v[j])
	}
	return s
}

// weighCols is Σ col[j]·2^(limbW·j): a linear combination.
func weighCols(api frontend.API, col []frontend.Variable) frontend.Variable {
	terms := make([]frontend.Variable, len(col))
	for j, c := range col {
		terms[j] = api.Mul(c, new(big.Int).Lsh(big.NewInt(1), uint(limbW*j)))
	}
	return sum(api, terms)
}
