package prover_test

// Review 19 (r_0 = 1 in the batch verifier): attack tests of verifyBatch,
// which now takes the first proof's A and C (and D, P with a Pedersen
// commitment) as they are, unmultiplied (r_0 = 1; r_i = keccak(seed, i)
// mod R for i > 0, seed = keccak(abi.encode(proofs, inputs))). They run on
// the simulated EVM against both shapes of the template (no commitment,
// one commitment) with the tiny one-input circuit of review 16
// (r16Setup), so proofs are instant.
//
// What is pinned:
//   - a Go model of the check with the contract's weights (r_0 = 1)
//     accepts valid batches, and the forgeries built for those weights
//     pass it under the honest batch's seed (so only the seed's binding
//     refuses them);
//   - proof 0 is still refused when false, at infinity, off the curve,
//     non-canonical or of the wrong length, alone (K = 1) or first of
//     three; a malleated (-A, -B) proof 0 is still valid;
//   - the forgeries that r_0 = 1 invites (proof 0 false with a second
//     proof compensating, naively or with the honest seed's r_1) are
//     refused;
//   - a false proof 0 is refused at every gas limit.

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/internal/batchmodel"
	"github.com/zkrollup/zkrollup/internal/evmtest"
)

// r19Batch is a batch and the seed and flag its weights are drawn with.
type r19Batch struct {
	f     *r16Fixture
	ps    [][]byte
	xs    []*big.Int
	seed  [32]byte
	first bool
}

// r19Reason names the custom error of a revert: "ProofInvalid",
// "BadBatch(i)", "" for no revert data, else the raw data.
func r19Reason(err error) string {
	de, ok := err.(interface{ ErrorData() interface{} })
	if !ok {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data := common.FromHex(s)
	switch {
	case len(data) == 4 && bytes.Equal(data, crypto.Keccak256([]byte("ProofInvalid()"))[:4]):
		return "ProofInvalid"
	case len(data) == 36 && bytes.Equal(data[:4], crypto.Keccak256([]byte("BadBatch(uint256)"))[:4]):
		return fmt.Sprintf("BadBatch(%d)", new(big.Int).SetBytes(data[4:]))
	}
	return fmt.Sprintf("revert data %x", data)
}

// r19Want fails t unless err is the revert want.
func r19Want(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("ACCEPTED, want the revert %s", want)
	}
	if got := r19Reason(err); got != want {
		t.Fatalf("reverted with %q (%v), want %s", got, err, want)
	}
}

// ---- the contract's weights and pairs, modelled in Go ----

// r19VerifySeed is verifyBatch's seed: keccak256(abi.encode(proofs, inputs)).
func r19VerifySeed(t *testing.T, ps [][]byte, xs []*big.Int) [32]byte {
	t.Helper()
	seed, err := batchmodel.Seed(ps, xs)
	if err != nil {
		t.Fatal(err)
	}
	return seed
}

// r19Pairs is the batch equation's pairs under weights rs and tt
// (batchmodel.Pairs).
func (f *r16Fixture) r19Pairs(ps [][]byte, xs []*big.Int, rs []*big.Int, tt *big.Int) ([]bn254.G1Affine, []bn254.G2Affine) {
	return batchmodel.Pairs(f.vk, ps, xs, rs, tt)
}

// r19Holds evaluates the check of bs (several: one pairing check for all)
// in Go with the weights the contract draws from each seed and flag.
func r19Holds(t *testing.T, bs ...r19Batch) bool {
	t.Helper()
	var g1s []bn254.G1Affine
	var g2s []bn254.G2Affine
	for _, b := range bs {
		rs, tt := batchmodel.Weights(b.seed, len(b.ps), b.first)
		a, c := b.f.r19Pairs(b.ps, b.xs, rs, tt)
		g1s, g2s = append(g1s, a...), append(g2s, c...)
	}
	ok, err := bn254.PairingCheck(g1s, g2s)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func r19Fixtures(t *testing.T, k int) []*r16Fixture {
	t.Helper()
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	var fs []*r16Fixture
	for _, commit := range []bool{false, true} {
		fs = append(fs, r16SetupWith(t, chain, key, commit, k))
	}
	return fs
}

func r19Clone(ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
	qs, ys := make([][]byte, len(ps)), make([]*big.Int, len(xs))
	for i := range ps {
		qs[i] = bytes.Clone(ps[i])
	}
	for i := range xs {
		ys[i] = new(big.Int).Set(xs[i])
	}
	return qs, ys
}

// TestReview19VerifyBatchModel: the Go model of verifyBatch's check,
// with r_0 = 1 and r_i (i > 0) and t drawn from keccak(abi.encode(proofs,
// inputs)), accepts valid batches of both shapes (K = 1 to 3), which
// the contract accepts. Malformed batches are refused with
// BadBatch(index).
func TestReview19VerifyBatchModel(t *testing.T) {
	for _, f := range r19Fixtures(t, 3) {
		t.Run(f.name, func(t *testing.T) {
			ps, xs := f.clone()
			for k := 1; k <= 3; k++ {
				if err := f.call(ps[:k], xs[:k], 0); err != nil {
					t.Fatalf("K=%d: verifyBatch refuses valid proofs: %v", k, err)
				}
				if !r19Holds(t, r19Batch{f: f, ps: ps[:k], xs: xs[:k], seed: r19VerifySeed(t, ps[:k], xs[:k]), first: true}) {
					t.Fatalf("K=%d: the model refuses the valid batch under the contract's weights", k)
				}
			}
			for _, c := range []struct {
				name string
				ps   [][]byte
				xs   []*big.Int
				want string
			}{
				{"no proofs", [][]byte{}, []*big.Int{}, "BadBatch(0)"},
				{"two proofs, one input", ps[:2], xs[:1], "BadBatch(2)"},
				{"proof 0 one byte short", [][]byte{ps[0][:len(ps[0])-1]}, xs[:1], "BadBatch(0)"},
				{"input 0 = R", ps[:1], []*big.Int{fr.Modulus()}, "BadBatch(0)"},
			} {
				r19Want(t, f.call(c.ps, c.xs, 0), c.want)
			}
		})
	}
}

// r19Forgery changes valid proofs (and maybe inputs) of f into false ones.
type r19Forgery struct {
	name string
	k    int // proofs in the batch
	// commit: only for the commitment shape
	commit bool
	// naive: passes the unweighted check (all r_i = t = 1)
	naive bool
	// chosen: built for the weights of the honest batch's verifyBatch seed
	// (r_0 = 1): must pass under those weights in the model
	chosen bool
	want   string
	forge  func(t *testing.T, f *r16Fixture, ps [][]byte, xs []*big.Int)
}

func r19Forgeries() []r19Forgery {
	X := big.NewInt(0x1919)
	q := fp.Modulus()
	word := func(off int, v *big.Int) func(*testing.T, *r16Fixture, [][]byte, []*big.Int) {
		return func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) { r16AddWord(ps[0], off, v) }
	}
	zero := func(offs ...int) func(*testing.T, *r16Fixture, [][]byte, []*big.Int) {
		return func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
			for _, off := range offs {
				clear(ps[0][off : off+64])
			}
		}
	}
	var out []r19Forgery
	for _, k := range []int{1, 3} {
		out = append(out,
			r19Forgery{name: "C0 += X", k: k, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				r16Shift(ps[0], r16C, X)
			}},
			r19Forgery{name: "A0 += X", k: k, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				r16Shift(ps[0], r16A, X)
			}},
			r19Forgery{name: "input 0 + 1", k: k, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, _ [][]byte, xs []*big.Int) {
				xs[0].Add(xs[0], big.NewInt(1))
			}},
			r19Forgery{name: "A0 at infinity", k: k, want: "ProofInvalid", forge: zero(r16A)},
			r19Forgery{name: "C0 at infinity", k: k, want: "ProofInvalid", forge: zero(r16C)},
			r19Forgery{name: "A0 and C0 at infinity", k: k, want: "ProofInvalid", forge: zero(r16A, r16C)},
			r19Forgery{name: "proof 0 all zeros", k: k, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				clear(ps[0])
			}},
			r19Forgery{name: "A0 = -A0, B0 = -B0 (malleated, still valid)", k: k, want: "", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				a, b := r16G1(ps[0], r16A), r16G2(ps[0], r16B)
				a.Neg(&a)
				b.Neg(&b)
				r16PutG1(ps[0], r16A, a)
				r16PutG2(ps[0], r16B, b)
			}},
			r19Forgery{name: "A0 off the curve (y+1)", k: k, want: "ProofInvalid", forge: word(r16A+32, big.NewInt(1))},
			r19Forgery{name: "C0 off the curve (y+1)", k: k, want: "ProofInvalid", forge: word(r16C+32, big.NewInt(1))},
			r19Forgery{name: "A0.x + q", k: k, want: "ProofInvalid", forge: word(r16A, q)},
			r19Forgery{name: "A0.y + q", k: k, want: "ProofInvalid", forge: word(r16A+32, q)},
			r19Forgery{name: "C0.x + q", k: k, want: "ProofInvalid", forge: word(r16C, q)},
			r19Forgery{name: "C0.y + q", k: k, want: "ProofInvalid", forge: word(r16C+32, q)},
			r19Forgery{name: "B0 on the twist outside the subgroup", k: k, want: "ProofInvalid", forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				r16PutG2(ps[0], r16B, r16OffSubgroupG2(t))
			}},
			r19Forgery{name: "D0 += X", k: k, commit: true, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				r16Shift(ps[0], r16D, X)
			}},
			r19Forgery{name: "P0 += X", k: k, commit: true, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
				r16Shift(ps[0], r16P, X)
			}},
			r19Forgery{name: "D0 and P0 at infinity", k: k, commit: true, want: "ProofInvalid", forge: zero(r16D, r16P)},
			r19Forgery{name: "D0 at infinity", k: k, commit: true, want: "ProofInvalid", forge: zero(r16D)},
			r19Forgery{name: "P0 at infinity", k: k, commit: true, want: "ProofInvalid", forge: zero(r16P)},
			r19Forgery{name: "D0.x + q", k: k, commit: true, want: "ProofInvalid", forge: word(r16D, q)},
			r19Forgery{name: "D0.y + q", k: k, commit: true, want: "ProofInvalid", forge: word(r16D+32, q)},
			r19Forgery{name: "P0.y + q", k: k, commit: true, want: "ProofInvalid", forge: word(r16P+32, q)},
			r19Forgery{name: "D0 off the curve", k: k, commit: true, want: "ProofInvalid", forge: word(r16D+32, big.NewInt(1))},
		)
	}
	out = append(out,
		r19Forgery{name: "C0 += X, C1 -= X (cancels when r_1 = r_0 = 1)", k: 3, naive: true, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
			r16Shift(ps[0], r16C, X)
			r16Shift(ps[1], r16C, new(big.Int).Neg(X))
		}},
		r19Forgery{name: "A0 += X, A1 -= X, proof 0 twice (cancels when r_1 = 1)", k: 3, naive: true, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) {
			ps[1], xs[1] = bytes.Clone(ps[0]), new(big.Int).Set(xs[0])
			r16Shift(ps[0], r16A, X)
			r16Shift(ps[1], r16A, new(big.Int).Neg(X))
		}},
		r19Forgery{name: "inputs 0 and 1 shifted by ±1", k: 3, naive: true, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, _ [][]byte, xs []*big.Int) {
			xs[0].Add(xs[0], big.NewInt(1))
			xs[1].Sub(xs[1], big.NewInt(1))
		}},
		r19Forgery{name: "C0 += r_1·X, C1 -= X with the honest seed's r_1 (r_0 = 1)", k: 3, chosen: true, want: "ProofInvalid", forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) {
			rs, _ := batchmodel.Weights(r19VerifySeed(t, ps, xs), len(ps), true)
			r16Shift(ps[0], r16C, new(big.Int).Mul(rs[1], X))
			r16Shift(ps[1], r16C, new(big.Int).Neg(X))
		}},
		r19Forgery{name: "C2 += r_1·X, C1 -= r_2·X with the honest seed's weights (proof 0 honest)", k: 3, chosen: true, want: "ProofInvalid", forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) {
			rs, _ := batchmodel.Weights(r19VerifySeed(t, ps, xs), len(ps), true)
			r16Shift(ps[2], r16C, new(big.Int).Mul(rs[1], X))
			r16Shift(ps[1], r16C, new(big.Int).Neg(new(big.Int).Mul(rs[2], X)))
		}},
		r19Forgery{name: "P0 += r_1·X, P1 -= X with the honest seed's r_1", k: 3, commit: true, chosen: true, want: "ProofInvalid", forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) {
			rs, _ := batchmodel.Weights(r19VerifySeed(t, ps, xs), len(ps), true)
			r16Shift(ps[0], r16P, new(big.Int).Mul(rs[1], X))
			r16Shift(ps[1], r16P, new(big.Int).Neg(X))
		}},
		r19Forgery{name: "P0 += X, P1 -= X", k: 3, commit: true, naive: true, want: "ProofInvalid", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
			r16Shift(ps[0], r16P, X)
			r16Shift(ps[1], r16P, new(big.Int).Neg(X))
		}},
		r19Forgery{name: "proof 0 one byte long", k: 3, want: "BadBatch(0)", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) {
			ps[0] = append(ps[0], 0)
		}},
		r19Forgery{name: "proof 0 of the other shape's length", k: 3, want: "BadBatch(0)", forge: func(_ *testing.T, f *r16Fixture, ps [][]byte, _ []*big.Int) {
			if f.commit {
				ps[0] = ps[0][:256]
			} else {
				ps[0] = append(ps[0], make([]byte, 128)...)
			}
		}},
	)
	return out
}

// TestReview19FirstProofForgeries runs every forgery on proof 0 (the one
// r_0 = 1 takes as it is) through verifyBatch, for both shapes: each must
// be refused with the error named (the malleated proof, which is valid,
// accepted).
func TestReview19FirstProofForgeries(t *testing.T) {
	for _, f := range r19Fixtures(t, 3) {
		t.Run(f.name, func(t *testing.T) {
			for _, a := range r19Forgeries() {
				if a.commit && !f.commit {
					continue
				}
				t.Run(fmt.Sprintf("%s (K=%d)", a.name, a.k), func(t *testing.T) {
					ps, xs := f.clone()
					ps, xs = ps[:a.k], xs[:a.k]
					honestSeed := r19VerifySeed(t, ps, xs)
					a.forge(t, f, ps, xs)
					if a.naive {
						g1s, g2s := f.r19Pairs(ps, xs, r16Ones(len(ps)), big.NewInt(1))
						if ok, _ := bn254.PairingCheck(g1s, g2s); !ok {
							t.Fatal("the forgery does not pass the unweighted check: not a test of the weights")
						}
					}
					if a.chosen {
						if !r19Holds(t, r19Batch{f: f, ps: ps, xs: xs, seed: honestSeed, first: true}) {
							t.Fatal("the forgery does not pass under the honest batch's weights: not a test of the seed")
						}
						if r19Holds(t, r19Batch{f: f, ps: ps, xs: xs, seed: r19VerifySeed(t, ps, xs), first: true}) {
							t.Fatal("the forgery passes under its own weights in the model")
						}
					}
					check := func(where string, err error) {
						t.Helper()
						if a.want == "" {
							if err != nil {
								t.Fatalf("%s: the valid (malleated) batch is refused: %v", where, err)
							}
							return
						}
						if err == nil {
							t.Fatalf("ATTACK %s: the forgery is accepted", where)
						}
						if got := r19Reason(err); got != a.want {
							t.Fatalf("%s: refused with %q, want %s", where, got, a.want)
						}
					}
					check("verifyBatch", f.call(ps, xs, 0))
				})
			}
		})
	}
}

// TestReview19FirstProofGasSweep: a single false proof (K = 1, first: no
// ecMul on any of its points) and a false proof 0 beside a valid one are
// refused at every gas limit from 25k to 700k: running out of gas in a
// precompile never turns into acceptance. The valid batch passes once the
// gas suffices.
func TestReview19FirstProofGasSweep(t *testing.T) {
	for _, f := range r19Fixtures(t, 2) {
		for _, k := range []int{1, 2} {
			ps, xs := f.clone()
			ps, xs = ps[:k], xs[:k]
			bad, bxs := r19Clone(ps, xs)
			r16Shift(bad[0], r16C, big.NewInt(3))
			firstOK := uint64(0)
			for gas := uint64(25_000); gas <= 700_000; gas += 5_000 {
				if err := f.call(bad, bxs, gas); err == nil {
					t.Fatalf("%s, K=%d: a false proof 0 passes with gas %d", f.name, k, gas)
				}
				if firstOK == 0 && f.call(ps, xs, gas) == nil {
					firstOK = gas
				}
			}
			if firstOK == 0 {
				t.Fatalf("%s, K=%d: the valid batch never passes below 700k gas", f.name, k)
			}
			t.Logf("%s, K=%d: valid from %d gas; the false one never", f.name, k, firstOK)
		}
	}
}
