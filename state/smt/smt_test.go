package smt

import (
	"errors"
	"fmt"
	"strings"
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

func mustSet(t testing.TB, tr *Tree, index uint64, v fr.Element) {
	t.Helper()
	if err := tr.Set(index, v); err != nil {
		t.Fatal(err)
	}
}

func mustGet(t testing.TB, tr *Tree, index uint64) fr.Element {
	t.Helper()
	v, err := tr.Get(index)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// commit writes tr's changes to s in one batch.
func commit(t testing.TB, s kv.Store, trees ...*Tree) {
	t.Helper()
	b := s.NewBatch()
	for _, tr := range trees {
		if err := tr.Commit(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

func modelRoot(t testing.TB, depth int, model map[uint64]fr.Element) fr.Element {
	t.Helper()
	r, err := RootFromLeaves(depth, model)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEmptyTreeRootIsZeroHash(t *testing.T) {
	for _, d := range []int{1, 4, 16, 24, 32} {
		z := ZeroHashes(d)
		if len(z) != d+1 || !z[0].IsZero() {
			t.Fatalf("depth %d: ZeroHashes has %d entries, Z[0]=%v", d, len(z), z[0])
		}
		for h := 1; h <= d; h++ {
			if want := crypto.Compress(&z[h-1], &z[h-1]); z[h] != want {
				t.Fatalf("depth %d: Z[%d] != Compress(Z[%d], Z[%d])", d, h, h-1, h-1)
			}
		}
		tr := newTree(t, kv.NewMemory(), "t", d)
		if got := mustRoot(t, tr); got != z[d] || EmptyRoot(d) != z[d] {
			t.Errorf("depth %d: empty root is not Z[%d]", d, d)
		}
		if want, _ := RootFromLeaves(d, nil); want != z[d] {
			t.Errorf("depth %d: RootFromLeaves(nil) is not Z[%d]", d, d)
		}
	}
}

func TestZeroHashesReturnsCallersCopy(t *testing.T) {
	z := ZeroHashes(8)
	z[8] = el(1)
	if ZeroHashes(8)[8] == el(1) || EmptyRoot(8) == el(1) {
		t.Fatal("writing ZeroHashes' result changed the cache")
	}
	if ZeroHashes(-1) != nil || ZeroHashes(MaxDepth+1) != nil {
		t.Fatal("ZeroHashes of a bad depth is not nil")
	}
}

func TestNewRejectsBadDepth(t *testing.T) {
	for _, d := range []int{-1, 0, 33, 64} {
		if _, err := New(kv.NewMemory(), nil, d); !errors.Is(err, ErrBadDepth) {
			t.Errorf("New depth %d: got %v, want ErrBadDepth", d, err)
		}
		if _, err := RootFromLeaves(d, nil); !errors.Is(err, ErrBadDepth) {
			t.Errorf("RootFromLeaves depth %d: got %v, want ErrBadDepth", d, err)
		}
		if _, err := ComputeRoot(d, 0, el(1), Proof{}); !errors.Is(err, ErrBadDepth) {
			t.Errorf("ComputeRoot depth %d: got %v, want ErrBadDepth", d, err)
		}
	}
}

func TestOutOfRangeIndexIsRejected(t *testing.T) {
	for _, tc := range []struct {
		depth int
		index uint64
	}{{1, 2}, {4, 16}, {24, 1 << 24}, {32, 1 << 32}, {32, 1<<64 - 1}} {
		tr := newTree(t, kv.NewMemory(), "t", tc.depth)
		_, getErr := tr.Get(tc.index)
		_, proofErr := tr.Proof(tc.index)
		_, modelErr := RootFromLeaves(tc.depth, map[uint64]fr.Element{tc.index: el(1)})
		_, computeErr := ComputeRoot(tc.depth, tc.index, el(1), Proof{Siblings: make([]fr.Element, tc.depth)})
		for name, err := range map[string]error{
			"Set": tr.Set(tc.index, el(1)), "Get": getErr, "Proof": proofErr,
			"RootFromLeaves": modelErr, "ComputeRoot": computeErr,
		} {
			if !errors.Is(err, ErrIndexOutOfRange) {
				t.Errorf("%s(%d) at depth %d: got %v, want ErrIndexOutOfRange", name, tc.index, tc.depth, err)
			} else if want := fmt.Sprintf("index %d, depth %d", tc.index, tc.depth); !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not say %q", name, err, want)
			}
		}
		if tr.DirtyLen() != 0 {
			t.Errorf("a rejected Set was buffered")
		}
		if err := tr.Set(1<<tc.depth-1, el(1)); err != nil {
			t.Errorf("in-range index rejected: %v", err)
		}
	}
}

func TestSetIsSeenByGetBeforeAndAfterCommit(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 8)
	if v := mustGet(t, tr, 5); !v.IsZero() {
		t.Fatalf("unset leaf: got %v, want 0", v)
	}
	mustSet(t, tr, 5, el(41))
	mustSet(t, tr, 5, el(42))
	if v := mustGet(t, tr, 5); v != el(42) {
		t.Fatalf("buffered: got %v, want 42", v)
	}
	if tr.DirtyLen() != 1 {
		t.Fatalf("DirtyLen %d, want 1", tr.DirtyLen())
	}
	commit(t, s, tr)
	if tr.DirtyLen() != 0 {
		t.Fatalf("DirtyLen after Commit %d, want 0", tr.DirtyLen())
	}
	if v := mustGet(t, tr, 5); v != el(42) {
		t.Fatalf("committed: got %v, want 42", v)
	}
}

func TestSettingLeafToZeroEmptiesTheStore(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "t", 8)
	mustSet(t, tr, 5, el(42))
	mustSet(t, tr, 200, el(7))
	commit(t, s, tr)
	mustSet(t, tr, 5, fr.Element{})
	mustSet(t, tr, 200, fr.Element{})
	if mustRoot(t, tr) != EmptyRoot(8) {
		t.Fatal("clearing every leaf does not give the empty root")
	}
	commit(t, s, tr)
	n := 0
	_ = s.Iterate([]byte("t"), func(k, v []byte) bool { n++; return true })
	if n != 0 {
		t.Fatalf("store holds %d nodes of an empty tree, want 0", n)
	}
}

// TestStorageLayoutIsPrefixHeightIndex pins the on-disk format: prefix |
// height | big-endian index -> 32-byte big-endian canonical element, leaves
// included.
func TestStorageLayoutIsPrefixHeightIndex(t *testing.T) {
	s := kv.NewMemory()
	tr := newTree(t, s, "p/", 2)
	mustSet(t, tr, 2, el(9))
	root := mustRoot(t, tr)
	commit(t, s, tr)
	z, leaf := ZeroHashes(1), el(9)
	parent := crypto.Compress(&leaf, &z[0])
	want := map[string]fr.Element{
		"p/\x00\x00\x00\x00\x00\x00\x00\x00\x02": el(9),
		"p/\x01\x00\x00\x00\x00\x00\x00\x00\x01": parent,
		"p/\x02\x00\x00\x00\x00\x00\x00\x00\x00": root,
	}
	got := map[string]fr.Element{}
	_ = s.Iterate(nil, func(k, v []byte) bool {
		var e fr.Element
		if err := e.SetBytesCanonical(v); err != nil {
			t.Fatalf("key %q: %v", k, err)
		}
		got[string(k)] = e
		return true
	})
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("store holds %v, want %v", got, want)
	}
	if root != crypto.Compress(&z[1], &parent) {
		t.Fatal("root is not Compress(Z[1], parent)")
	}
}

func TestProofOpensSetAndEmptyLeaves(t *testing.T) {
	tr := newTree(t, kv.NewMemory(), "t", 6)
	mustSet(t, tr, 9, el(3))
	root := mustRoot(t, tr)
	for _, tc := range []struct {
		index uint64
		leaf  fr.Element
	}{{9, el(3)}, {8, fr.Element{}}, {63, fr.Element{}}} {
		p, err := tr.Proof(tc.index)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Siblings) != 6 || !VerifyProof(root, 6, tc.index, tc.leaf, p) {
			t.Errorf("proof of leaf %d does not verify", tc.index)
		}
	}
	p, _ := tr.Proof(9)
	if _, err := ComputeRoot(6, 9, el(3), Proof{Siblings: p.Siblings[:5]}); err == nil {
		t.Error("ComputeRoot accepted a short proof")
	}
	if VerifyProof(root, 6, 9, el(3), Proof{}) {
		t.Error("an empty proof verifies")
	}
}
