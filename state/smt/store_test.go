package smt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/state/kv"
)

// spyStore counts reads and fails them while fail is set.
type spyStore struct {
	kv.Store
	reads atomic.Int64
	fail  atomic.Bool
}

var errDisk = errors.New("disk on fire")

func (s *spyStore) View(key []byte, fn func([]byte) error) (bool, error) {
	s.reads.Add(1)
	if s.fail.Load() {
		return false, errDisk
	}
	return s.Store.View(key, fn)
}

func (s *spyStore) Get(key []byte) ([]byte, bool, error) {
	s.reads.Add(1)
	if s.fail.Load() {
		return nil, false, errDisk
	}
	return s.Store.Get(key)
}

func stores(t *testing.T) map[string]kv.Store {
	p, err := kv.OpenPebble(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return map[string]kv.Store{"memory": kv.NewMemory(), "pebble": p}
}

func TestCommitThenReopenGivesSameRootAndLeaves(t *testing.T) {
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			tr := newTree(t, s, "t", 12)
			for i := range uint64(100) {
				mustSet(t, tr, i*37%4096, el(i+1))
			}
			root := mustRoot(t, tr)
			commit(t, s, tr)
			if mustRoot(t, tr) != root {
				t.Fatal("Commit changed the root")
			}
			again := newTree(t, s, "t", 12)
			if mustRoot(t, again) != root {
				t.Fatal("reopened tree has another root")
			}
			for i := range uint64(100) {
				if mustGet(t, again, i*37%4096) != el(i+1) {
					t.Fatalf("reopened Get(%d) differs", i*37%4096)
				}
			}
		})
	}
}

func TestDiscardRestoresStoredState(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 10)
	mustSet(t, tr, 3, el(3))
	commit(t, s, tr)
	want := mustRoot(t, tr)
	mustSet(t, tr, 3, el(4))
	mustSet(t, tr, 9, el(9))
	mustRoot(t, tr)
	mustSet(t, tr, 10, el(10)) // after Root, before Discard
	tr.Discard()
	if mustRoot(t, tr) != want || tr.DirtyLen() != 0 {
		t.Fatal("Discard did not restore the committed root")
	}
	if mustGet(t, tr, 3) != el(3) || mustGet(t, tr, 9) != (fr.Element{}) {
		t.Fatal("Discard did not restore the leaves")
	}
	// A batch the caller abandons: Discard brings back the stored state.
	mustSet(t, tr, 3, el(5))
	if err := tr.Commit(s.NewBatch()); err != nil {
		t.Fatal(err)
	}
	tr.Discard()
	if mustRoot(t, tr) != want {
		t.Fatal("Discard after an abandoned Commit did not restore the stored root")
	}
}

// TestManyTreesShareOneStore: trees under prefixes b|id, committed in one
// batch, each keep their own leaves.
func TestManyTreesShareOneStore(t *testing.T) {
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			const n, depth = 40, 6
			prefix := func(id int) string { return string(binary.BigEndian.AppendUint32([]byte("b"), uint32(id))) }
			trees := make([]*Tree, n)
			for id := range n {
				trees[id] = newTree(t, s, prefix(id), depth)
				for j := range id % 5 {
					mustSet(t, trees[id], uint64(id+j)%64, el(uint64(id*10+j+1)))
				}
			}
			commit(t, s, trees...)
			for id := range n {
				model := map[uint64]fr.Element{}
				for j := range id % 5 {
					model[uint64(id+j)%64] = el(uint64(id*10 + j + 1))
				}
				if mustRoot(t, newTree(t, s, prefix(id), depth)) != modelRoot(t, depth, model) {
					t.Fatalf("tree %d sees another tree's leaves", id)
				}
			}
		})
	}
}

func TestNewDoesNoIOAndAlmostNoAllocation(t *testing.T) {
	s := &spyStore{Store: kv.NewMemory()}
	prefix := []byte("b\x00\x00\x00\x01")
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := New(s, prefix, 16); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 2 || s.reads.Load() != 0 {
		t.Fatalf("New: %v allocations, %d reads; want <= 2 and 0", allocs, s.reads.Load())
	}
}

func TestGetOfStoredLeafDoesNotAllocate(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 16)
	mustSet(t, tr, 7, el(7))
	commit(t, s, tr)
	mustGet(t, tr, 7) // makes the tree's reader
	if allocs := testing.AllocsPerRun(100, func() { mustGet(t, tr, 7) }); allocs != 0 {
		t.Fatalf("Get of a stored leaf: %v allocations, want 0", allocs)
	}
}

// TestRootAfterCommitReadsNothing: the root stays cached through Commit, and
// a fresh tree reads one node for it.
func TestRootAfterCommitReadsNothing(t *testing.T) {
	s := &spyStore{Store: kv.NewMemory()}
	tr := newTree(t, s, "t", 16)
	for i := range uint64(500) {
		mustSet(t, tr, i*131, el(i+1))
	}
	root := mustRoot(t, tr)
	commit(t, s, tr)
	s.reads.Store(0)
	if mustRoot(t, tr) != root || s.reads.Load() != 0 {
		t.Fatalf("Root after Commit read %d nodes, want 0", s.reads.Load())
	}
	if mustRoot(t, newTree(t, s, "t", 16)) != root || s.reads.Load() != 1 {
		t.Fatalf("Root of a fresh tree read %d nodes, want 1", s.reads.Load())
	}
}

func TestStoreErrorsAreReturnedAndRootCanBeRetried(t *testing.T) {
	s := &spyStore{Store: kv.NewMemory()}
	tr := newTree(t, s, "t", 12)
	for i := range uint64(600) { // enough to split Root across workers
		mustSet(t, tr, i*5, el(i+1))
	}
	s.fail.Store(true)
	_, rootErr := tr.Root()
	_, getErr := newTree(t, s, "t", 12).Get(1)
	_, proofErr := tr.Proof(1)
	for name, err := range map[string]error{"Root": rootErr, "Get": getErr, "Proof": proofErr} {
		if !errors.Is(err, errDisk) {
			t.Errorf("%s: got %v, want the store's error", name, err)
		}
	}
	s.fail.Store(false)
	model := map[uint64]fr.Element{}
	for i := range uint64(600) {
		model[i*5] = el(i + 1)
	}
	if mustRoot(t, tr) != modelRoot(t, 12, model) {
		t.Fatal("Root after a failed Root is wrong")
	}
}

// corrupt stores raw as node (h, i) of tr.
func corrupt(t *testing.T, s kv.Store, tr *Tree, h int, i uint64, raw []byte) {
	t.Helper()
	b := s.NewBatch()
	b.Set(tr.appendKey(nil, h, i), raw)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestCorruptStoredNodeIsAnErrorNotAPanic(t *testing.T) {
	for name, raw := range map[string][]byte{
		"aboveModulus": bytes.Repeat([]byte{0xff}, 32),
		"short":        make([]byte, 31),
		"long":         make([]byte, 33),
		"empty":        {},
	} {
		t.Run(name, func(t *testing.T) {
			s := kv.NewMemory()
			tr := newTree(t, s, "t", 4)
			corrupt(t, s, tr, 0, 2, raw) // a leaf
			corrupt(t, s, tr, 2, 1, raw) // an inner node
			if _, err := tr.Get(2); !errors.Is(err, ErrCorruptNode) {
				t.Errorf("Get of a corrupt leaf: got %v, want ErrCorruptNode", err)
			}
			mustSet(t, tr, 3, el(1)) // sibling of the corrupt leaf
			if _, err := tr.Root(); !errors.Is(err, ErrCorruptNode) {
				t.Errorf("Root over a corrupt sibling: got %v, want ErrCorruptNode", err)
			}
			tr.Discard()
			mustSet(t, tr, 0, el(1)) // below the corrupt inner node's sibling
			if _, err := tr.Proof(0); !errors.Is(err, ErrCorruptNode) {
				t.Errorf("Proof through a corrupt node: got %v, want ErrCorruptNode", err)
			}
		})
	}
}

// FuzzStoredNodeDecoding: whatever bytes a stored leaf holds, Get returns
// its value when it is canonical and ErrCorruptNode otherwise, never panics.
func FuzzStoredNodeDecoding(f *testing.F) {
	f.Add(make([]byte, 32))
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, raw []byte) {
		s := kv.NewMemory()
		tr := newTree(t, s, "f", 3)
		corrupt(t, s, tr, 0, 5, raw)
		var want fr.Element
		wantErr := want.SetBytesCanonical(raw)
		got, err := tr.Get(5)
		switch {
		case wantErr != nil && !errors.Is(err, ErrCorruptNode):
			t.Fatalf("non-canonical %x: got %v, want ErrCorruptNode", raw, err)
		case wantErr == nil && (err != nil || got != want):
			t.Fatalf("canonical %x: got %v, %v; want %v", raw, got, err, want)
		}
		_, _ = tr.Proof(4)
		_ = fmt.Sprint(tr.Root())
	})
}
