package smt

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Errors callers can test for with errors.Is.
var (
	ErrIndexOutOfRange = errors.New("leaf index does not fit the tree")
	ErrBadDepth        = errors.New("tree depth must be in [1, 32]")
	ErrCorruptNode     = errors.New("stored tree node is not a canonical field element")
)

// MaxDepth is the deepest tree supported.
const MaxDepth = 32

// compress is the node hash. Tests replace it to count calls.
var compress = crypto.Compress

// Proof is a Merkle path, bottom-up: Siblings[0] is the leaf's sibling and
// Siblings[depth-1] the sibling of the root's child.
type Proof struct {
	Siblings []fr.Element
}

// zeroes is Z[0..MaxDepth], computed once.
var zeroes = sync.OnceValue(func() []fr.Element {
	z := make([]fr.Element, MaxDepth+1)
	for h := 1; h <= MaxDepth; h++ {
		z[h] = crypto.Compress(&z[h-1], &z[h-1])
	}
	return z
})

// ZeroHashes returns Z[0..depth], the roots of empty subtrees by height:
// Z[0] = 0, Z[h+1] = Compress(Z[h], Z[h]). The hashes are computed once per
// process; the returned slice is the caller's. It is nil for a depth outside
// [0, MaxDepth].
func ZeroHashes(depth int) []fr.Element {
	if depth < 0 || depth > MaxDepth {
		return nil
	}
	return slices.Clone(zeroes()[:depth+1])
}

// EmptyRoot is the root of a tree of the given depth with no leaf set, Z[depth]
// (0 for a depth outside [0, MaxDepth]).
func EmptyRoot(depth int) fr.Element {
	if depth < 0 || depth > MaxDepth {
		return fr.Element{}
	}
	return zeroes()[depth]
}

// Tree is a sparse Merkle tree of fixed depth whose nodes live in a kv.Store
// under a prefix. Set buffers leaves in memory; Root hashes them; Commit
// moves every changed node into a batch. A Tree is not safe for concurrent
// use, not even by readers (it reuses a read buffer); distinct trees are
// independent. Root itself uses several goroutines.
type Tree struct {
	store  kv.Store
	prefix []byte
	depth  int
	zero   []fr.Element // Z[0..depth], shared: never written

	// The nodes changed since the last Commit: the leaves set, and the inner
	// nodes Root hashed, by nodeKey. Made on first use, so that a tree that
	// is only read allocates nothing.
	leaves  map[uint64]fr.Element
	inner   map[uint64]fr.Element
	pending []uint64 // leaves set since the last Root; unsorted, may repeat
	rd      *reader  // store reads outside Root's workers, made on first use
	root    fr.Element
	rootOK  bool // root is current
}

// New returns the tree of the given depth stored under prefix in store. It
// does no I/O and no hashing. Trees sharing a store need prefixes of which
// none is a prefix of another.
func New(store kv.Store, prefix []byte, depth int) (*Tree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("%w: got %d", ErrBadDepth, depth)
	}
	return &Tree{store: store, prefix: slices.Clone(prefix), depth: depth, zero: zeroes()[:depth+1]}, nil
}

// Depth returns the tree's depth.
func (t *Tree) Depth() int { return t.depth }

// DirtyLen is the number of distinct leaves set since the last Commit.
func (t *Tree) DirtyLen() int { return len(t.leaves) }

func (t *Tree) checkIndex(index uint64) error {
	if index>>t.depth != 0 {
		return fmt.Errorf("%w: index %d, depth %d", ErrIndexOutOfRange, index, t.depth)
	}
	return nil
}

// Get returns leaf index: the value last Set, else the stored one, else 0.
func (t *Tree) Get(index uint64) (fr.Element, error) {
	if err := t.checkIndex(index); err != nil {
		return fr.Element{}, err
	}
	return t.node(t.reader(), 0, index)
}

// Set writes leaf index (0 empties it). Nothing is hashed until Root.
func (t *Tree) Set(index uint64, v fr.Element) error {
	if err := t.checkIndex(index); err != nil {
		return err
	}
	if t.leaves == nil {
		t.leaves = make(map[uint64]fr.Element)
	}
	t.leaves[index] = v
	t.pending = append(t.pending, index)
	if len(t.pending) > 2*len(t.leaves)+64 { // the same leaves, set again and again
		slices.Sort(t.pending)
		t.pending = slices.Compact(t.pending)
	}
	t.rootOK = false
	return nil
}

// Proof returns the Merkle path of leaf index against the current Root.
func (t *Tree) Proof(index uint64) (Proof, error) {
	if err := t.checkIndex(index); err != nil {
		return Proof{}, err
	}
	if _, err := t.Root(); err != nil {
		return Proof{}, err
	}
	p := Proof{Siblings: make([]fr.Element, t.depth)}
	r := t.reader()
	for h := range t.depth {
		s, err := t.node(r, h, (index>>h)^1)
		if err != nil {
			return Proof{}, err
		}
		p.Siblings[h] = s
	}
	return p, nil
}

// Commit adds every node changed since the last Commit to b, deleting those
// whose subtree is now empty, so the store holds only non-empty subtrees.
// The tree then drops its buffered state and reads the store again: the
// caller must commit b before the tree is read, or call Discard if b is
// abandoned.
func (t *Tree) Commit(b kv.Batch) error {
	if _, err := t.Root(); err != nil {
		return err
	}
	key := make([]byte, 0, len(t.prefix)+keySuffixLen)
	var val [fr.Bytes]byte
	put := func(h int, i uint64, v *fr.Element) {
		key = t.appendKey(key[:0], h, i)
		if *v == t.zero[h] {
			b.Delete(key)
			return
		}
		fr.BigEndian.PutElement(&val, *v)
		b.Set(key, val[:])
	}
	// In key order (height, then index), which stores insert fastest.
	ids := make([]uint64, 0, max(len(t.leaves), len(t.inner)))
	for i := range t.leaves {
		ids = append(ids, i)
	}
	slices.Sort(ids)
	for _, i := range ids {
		v := t.leaves[i]
		put(0, i, &v)
	}
	ids = ids[:0]
	for id := range t.inner {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		v := t.inner[id]
		put(int(id>>32), id&(1<<32-1), &v)
	}
	t.leaves, t.inner, t.pending = nil, nil, nil // root stays cached: it is what b stores
	return nil
}

// Discard drops every Set since the last Commit: the tree is back to the
// stored state.
func (t *Tree) Discard() {
	t.leaves, t.inner, t.pending = nil, nil, nil
	t.root, t.rootOK = fr.Element{}, false
}
