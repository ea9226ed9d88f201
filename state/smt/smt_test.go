package smt

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/state/kv"
)

func el(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func newTree(t testing.TB, s kv.Store, prefix string, depth int) *Tree {
	t.Helper()
	tr, err := New(s, []byte(prefix), depth)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func mustRoot(t testing.TB, tr *Tree) fr.Element {
	t.Helper()
	r, err := tr.Root()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func commit(t testing.TB, s kv.Store, tr *Tree) {
	t.Helper()
	b := s.NewBatch()
	if err := tr.Commit(b); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestEmptyTreeRootIsZeroHash(t *testing.T) {
	for _, d := range []int{1, 4, 24, 32} {
		tr := newTree(t, kv.NewMemory(), "t", d)
		z := ZeroHashes(d)
		if got := mustRoot(t, tr); got != z[d] || got != EmptyRoot(d) {
			t.Errorf("depth %d: empty root differs from Z[%d]", d, d)
		}
		want := crypto.Compress(&z[d-1], &z[d-1])
		if z[d] != want {
			t.Errorf("depth %d: Z[d] != Compress(Z[d-1], Z[d-1])", d)
		}
	}
}

func TestBadDepthAndIndexRejected(t *testing.T) {
	for _, d := range []int{0, -1, 33} {
		if _, err := New(kv.NewMemory(), nil, d); !errors.Is(err, ErrBadDepth) {
			t.Errorf("depth %d: got %v, want ErrBadDepth", d, err)
		}
	}
	tr := newTree(t, kv.NewMemory(), "t", 4)
	if err := tr.Set(16, el(1)); !errors.Is(err, ErrIndexOutOfRange) {
		t.Errorf("Set(16) at depth 4: %v", err)
	}
	if _, err := tr.Get(1 << 40); !errors.Is(err, ErrIndexOutOfRange) {
		t.Errorf("Get out of range: %v", err)
	}
	if _, err := tr.Proof(99); !errors.Is(err, ErrIndexOutOfRange) {
		t.Errorf("Proof out of range: %v", err)
	}
	if _, err := RootFromLeaves(4, map[uint64]fr.Element{16: el(1)}); !errors.Is(err, ErrIndexOutOfRange) {
		t.Errorf("RootFromLeaves out of range: %v", err)
	}
}

func TestSetGetAndClear(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 8)
	empty := mustRoot(t, tr)
	if err := tr.Set(5, el(42)); err != nil {
		t.Fatal(err)
	}
	if v, _ := tr.Get(5); v != el(42) {
		t.Fatal("Get does not see a buffered Set")
	}
	if mustRoot(t, tr) == empty {
		t.Fatal("root did not change")
	}
	commit(t, s, tr)
	if err := tr.Set(5, fr.Element{}); err != nil {
		t.Fatal(err)
	}
	if mustRoot(t, tr) != empty {
		t.Fatal("clearing the only leaf does not give the empty root")
	}
	commit(t, s, tr)
	n := 0
	_ = s.Iterate([]byte("t"), func(k, v []byte) bool { n++; return true })
	if n != 0 {
		t.Fatalf("store holds %d nodes of an empty tree, want 0", n)
	}
}

// TestRandomBatchesMatchModel: after every batch of random sets, the
// incremental root equals the from-scratch root and every proof verifies.
func TestRandomBatchesMatchModel(t *testing.T) {
	for _, depth := range []int{1, 3, 8, 16, 24} {
		for _, store := range []string{"memory", "pebble"} {
			t.Run(fmt.Sprintf("depth%d-%s", depth, store), func(t *testing.T) {
				s := kv.NewMemory()
				if store == "pebble" {
					var err error
					if s, err = kv.OpenPebble(t.TempDir()); err != nil {
						t.Fatal(err)
					}
					defer s.Close()
				}
				rng := rand.New(rand.NewPCG(uint64(depth), 7))
				tr := newTree(t, s, "p", depth)
				model := map[uint64]fr.Element{}
				maxIdx := uint64(1) << depth
				for batch := range 8 {
					for range 1 + rng.IntN(600) {
						i := rng.Uint64N(min(maxIdx, 1<<12))
						if depth > 12 {
							i = rng.Uint64N(maxIdx)
						}
						v := el(rng.Uint64N(5)) // zeros included: they clear leaves
						if v.IsZero() {
							delete(model, i)
						} else {
							model[i] = v
						}
						if err := tr.Set(i, v); err != nil {
							t.Fatal(err)
						}
					}
					want, err := RootFromLeaves(depth, model)
					if err != nil {
						t.Fatal(err)
					}
					got := mustRoot(t, tr)
					if got != want {
						t.Fatalf("batch %d: incremental root differs from RootFromLeaves", batch)
					}
					for i, v := range model {
						p, err := tr.Proof(i)
						if err != nil {
							t.Fatal(err)
						}
						if !VerifyProof(got, depth, i, v, p) {
							t.Fatalf("proof of %d does not verify", i)
						}
						if VerifyProof(got, depth, i, el(99), p) {
							t.Fatal("proof verifies a wrong leaf")
						}
						if depth > 1 && VerifyProof(got, depth, i^1, v, p) && model[i^1] != v {
							t.Fatal("proof verifies at a wrong index")
						}
						p.Siblings[depth-1] = el(12345)
						if VerifyProof(got, depth, i, v, p) {
							t.Fatal("proof with a wrong sibling verifies")
						}
						break // one full check per batch keeps the test fast
					}
					if batch%3 == 2 {
						commit(t, s, tr)
						reopened := newTree(t, s, "p", depth)
						if mustRoot(t, reopened) != want {
							t.Fatal("reopened tree has another root")
						}
						tr = reopened
					}
				}
			})
		}
	}
}

func TestDiscardRestoresStoredState(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 10)
	_ = tr.Set(3, el(3))
	commit(t, s, tr)
	want := mustRoot(t, tr)
	_ = tr.Set(3, el(4))
	_ = tr.Set(9, el(9))
	_ = mustRoot(t, tr)
	tr.Discard()
	if mustRoot(t, tr) != want {
		t.Fatal("Discard did not restore the committed root")
	}
	if v, _ := tr.Get(3); v != el(3) {
		t.Fatal("Discard did not restore the leaf")
	}
}

func TestTreesWithDifferentPrefixesAreIndependent(t *testing.T) {
	s := kv.NewMemory()
	a, b := newTree(t, s, "a", 6), newTree(t, s, "b", 6)
	_ = a.Set(1, el(1))
	commit(t, s, a)
	if mustRoot(t, newTree(t, s, "b", 6)) != EmptyRoot(6) || mustRoot(t, b) != EmptyRoot(6) {
		t.Fatal("tree b sees tree a's leaves")
	}
}

func TestCorruptNodeIsAnErrorNotAPanic(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 4)
	b := s.NewBatch()
	bad := make([]byte, 32)
	for i := range bad {
		bad[i] = 0xff // above the modulus
	}
	b.Set(tr.key(nil, 0, 2), bad)
	_ = b.Commit()
	if _, err := tr.Get(2); !errors.Is(err, ErrCorruptNode) {
		t.Fatalf("Get of corrupt leaf: %v", err)
	}
	_ = tr.Set(3, el(1))
	if _, err := tr.Root(); !errors.Is(err, ErrCorruptNode) {
		t.Fatalf("Root over a corrupt sibling: %v", err)
	}
}

// TestEachTouchedNodeHashedOnce: a batch costs exactly one hash per distinct
// ancestor of the changed leaves.
func TestEachTouchedNodeHashedOnce(t *testing.T) {
	var calls atomic.Int64
	compress = func(l, r *fr.Element) fr.Element { calls.Add(1); return crypto.Compress(l, r) }
	defer func() { compress = crypto.Compress }()
	const depth = 16
	tr := newTree(t, kv.NewMemory(), "t", depth)
	rng := rand.New(rand.NewPCG(3, 3))
	ancestors := map[[2]uint64]bool{}
	for range 2000 {
		i := rng.Uint64N(1 << depth)
		_ = tr.Set(i, el(1))
		_ = tr.Set(i, el(2)) // setting twice must not hash twice
		for h := 1; h <= depth; h++ {
			ancestors[[2]uint64{uint64(h), i >> h}] = true
		}
	}
	calls.Store(0)
	_ = mustRoot(t, tr)
	if got := calls.Load(); got != int64(len(ancestors)) {
		t.Fatalf("Root hashed %d nodes, there are %d distinct ancestors", got, len(ancestors))
	}
	calls.Store(0)
	_ = mustRoot(t, tr)
	if calls.Load() != 0 {
		t.Fatal("a second Root without changes hashed again")
	}
}

func FuzzTreeMatchesModel(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 0xff, 5, 0, 7})
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{7, 1, 7, 0, 0xff, 7, 3})
	f.Fuzz(func(t *testing.T, ops []byte) {
		const depth = 3
		tr := newTree(t, kv.NewMemory(), "f", depth)
		model := map[uint64]fr.Element{}
		for i := 0; i+1 < len(ops); i += 2 {
			if ops[i] == 0xff { // checkpoint
				want, _ := RootFromLeaves(depth, model)
				if mustRoot(t, tr) != want {
					t.Fatal("root differs from model")
				}
				continue
			}
			idx, v := uint64(ops[i]%8), el(uint64(ops[i+1]%4))
			if v.IsZero() {
				delete(model, idx)
			} else {
				model[idx] = v
			}
			_ = tr.Set(idx, v)
		}
		want, _ := RootFromLeaves(depth, model)
		if mustRoot(t, tr) != want {
			t.Fatal("root differs from model")
		}
	})
}
