package smt

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/state/kv"
)

// checkProofs verifies the proofs of a few set and empty leaves against
// root, and that each fails for a wrong leaf, index or sibling.
func checkProofs(t *testing.T, tr *Tree, root fr.Element, model map[uint64]fr.Element, rng *rand.Rand) {
	t.Helper()
	depth, one := tr.Depth(), el(1)
	var sample []uint64
	for i := range model {
		if sample = append(sample, i); len(sample) == 4 {
			break
		}
	}
	sample = append(sample, rng.Uint64N(1<<depth))
	for _, i := range sample {
		leaf := model[i]
		p, err := tr.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if !VerifyProof(root, depth, i, leaf, p) {
			t.Fatalf("proof of leaf %d does not verify", i)
		}
		wrong := leaf
		wrong.Add(&wrong, &one)
		if VerifyProof(root, depth, i, wrong, p) {
			t.Fatalf("proof of leaf %d verifies a wrong leaf", i)
		}
		if j := i ^ 1; model[j] != leaf && VerifyProof(root, depth, j, leaf, p) {
			t.Fatalf("proof of leaf %d verifies at index %d", i, j)
		}
		h := rng.IntN(depth)
		p.Siblings[h].Add(&p.Siblings[h], &one)
		if VerifyProof(root, depth, i, leaf, p) {
			t.Fatalf("proof of leaf %d verifies with sibling %d changed", i, h)
		}
	}
}

// TestRandomBatchesMatchModel: after every batch of random Sets (zeros
// included), Root equals RootFromLeaves of a map model and proofs open it;
// commits, reopenings and discards along the way change nothing.
func TestRandomBatchesMatchModel(t *testing.T) {
	for _, depth := range []int{1, 2, 3, 5, 8, 12, 16, 20, 24} {
		for _, store := range []string{"memory", "pebble"} {
			t.Run(fmt.Sprintf("depth%d/%s", depth, store), func(t *testing.T) {
				s := kv.NewMemory()
				if store == "pebble" {
					var err error
					if s, err = kv.OpenPebble(t.TempDir()); err != nil {
						t.Fatal(err)
					}
				}
				defer s.Close()
				rng := rand.New(rand.NewPCG(uint64(depth), 7))
				tr := newTree(t, s, "p", depth)
				model, committed := map[uint64]fr.Element{}, map[uint64]fr.Element{}
				space := min(uint64(1)<<depth, 1<<uint(rng.IntN(depth)+1)) // dense or sparse
				for batch := range 10 {
					for range 1 + rng.IntN([]int{3, 40, 700}[batch%3]) {
						i, v := rng.Uint64N(space)*((1<<depth)/space), el(rng.Uint64N(4))
						if rng.IntN(3) == 0 {
							i = rng.Uint64N(1 << depth)
						}
						mustSet(t, tr, i, v)
						if v.IsZero() {
							delete(model, i)
						} else {
							model[i] = v
						}
					}
					got := mustRoot(t, tr)
					if want := modelRoot(t, depth, model); got != want {
						t.Fatalf("batch %d: Root differs from RootFromLeaves", batch)
					}
					checkProofs(t, tr, got, model, rng)
					switch rng.IntN(4) {
					case 0: // commit and reopen
						commit(t, s, tr)
						committed = clone(model)
						tr = newTree(t, s, "p", depth)
						if mustRoot(t, tr) != got {
							t.Fatal("reopened tree has another root")
						}
					case 1: // discard
						tr.Discard()
						model = clone(committed)
						if mustRoot(t, tr) != modelRoot(t, depth, model) {
							t.Fatal("Discard did not restore the committed root")
						}
					}
					for i, v := range model {
						if mustGet(t, tr, i) != v {
							t.Fatalf("Get(%d) differs from the model", i)
						}
					}
				}
			})
		}
	}
}

func clone(m map[uint64]fr.Element) map[uint64]fr.Element {
	c := make(map[uint64]fr.Element, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// TestRootIsTheSameOnAnyNumberOfCores: the split across workers, with
// clustered leaves (few subtrees) and spread ones, does not change roots.
func TestRootIsTheSameOnAnyNumberOfCores(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	const depth = 20
	rng := rand.New(rand.NewPCG(5, 5))
	layouts := map[string]func(j int) uint64{
		"clustered": func(j int) uint64 { return uint64(j) },
		"spread":    func(int) uint64 { return rng.Uint64N(1 << depth) },
		"twoSides":  func(j int) uint64 { return uint64(j%2)<<(depth-1) | uint64(j) },
	}
	for name, index := range layouts {
		for _, n := range []int{1, 33, 300, 3000} {
			model := map[uint64]fr.Element{}
			for j := range n {
				model[index(j)] = el(uint64(j) + 1)
			}
			want := modelRoot(t, depth, model)
			for _, procs := range []int{1, 2, 3, 8} {
				runtime.GOMAXPROCS(procs)
				tr := newTree(t, kv.NewMemory(), "t", depth)
				for i, v := range model {
					mustSet(t, tr, i, v)
				}
				if mustRoot(t, tr) != want {
					t.Errorf("%s, %d leaves, GOMAXPROCS %d: wrong root", name, n, procs)
				}
			}
		}
	}
}

// countHashes makes compress count its calls until the test ends.
func countHashes(t *testing.T) *atomic.Int64 {
	var calls atomic.Int64
	compress = func(l, r *fr.Element) fr.Element { calls.Add(1); return crypto.Compress(l, r) }
	t.Cleanup(func() { compress = crypto.Compress })
	return &calls
}

// TestEachTouchedNodeIsHashedOnce: a Root costs exactly one hash per
// distinct ancestor of the leaves set since the previous Root, serial or
// split across workers.
func TestEachTouchedNodeIsHashedOnce(t *testing.T) {
	const depth = 16
	calls := countHashes(t)
	s := kv.NewMemory()
	tr := newTree(t, s, "t", depth)
	rng := rand.New(rand.NewPCG(3, 3))
	for _, k := range []int{1, 5, 2000, 40, 2000} {
		ancestors := map[[2]uint64]bool{}
		for range k {
			i := rng.Uint64N(1 << depth)
			mustSet(t, tr, i, el(1))
			mustSet(t, tr, i, el(2)) // setting twice must not hash twice
			for h := 1; h <= depth; h++ {
				ancestors[[2]uint64{uint64(h), i >> h}] = true
			}
		}
		calls.Store(0)
		mustRoot(t, tr)
		if got := calls.Load(); got != int64(len(ancestors)) {
			t.Fatalf("%d leaves: Root hashed %d nodes, there are %d distinct ancestors", k, got, len(ancestors))
		}
		calls.Store(0)
		mustRoot(t, tr)
		if _, err := tr.Proof(7); err != nil {
			t.Fatal(err)
		}
		commit(t, s, tr)
		if calls.Load() != 0 {
			t.Fatalf("Root, Proof and Commit without new Sets hashed %d nodes", calls.Load())
		}
	}
}

// FuzzTreeMatchesModel drives Set, Root and Commit on a depth-4 tree from
// bytes: op byte 0xff checks the root, 0xfe commits, anything else sets leaf
// op%16 to the next byte %5.
func FuzzTreeMatchesModel(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 0xff, 5, 0, 7})
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{7, 1, 0xfe, 7, 0, 0xff, 15, 3, 14, 2, 0xfe, 0xff})
	f.Add([]byte{3, 1, 3, 0, 3, 4, 0xff, 0xfe, 3, 0, 0xff})
	f.Fuzz(func(t *testing.T, ops []byte) {
		const depth = 4
		s := kv.NewMemory()
		tr := newTree(t, s, "f", depth)
		model := map[uint64]fr.Element{}
		check := func() {
			if mustRoot(t, tr) != modelRoot(t, depth, model) {
				t.Fatal("root differs from the model")
			}
		}
		for i := 0; i < len(ops); i++ {
			switch op := ops[i]; {
			case op == 0xff:
				check()
			case op == 0xfe:
				commit(t, s, tr)
			case i+1 < len(ops):
				idx, v := uint64(op%16), el(uint64(ops[i+1]%5))
				i++
				if v.IsZero() {
					delete(model, idx)
				} else {
					model[idx] = v
				}
				mustSet(t, tr, idx, v)
			}
		}
		check()
	})
}
