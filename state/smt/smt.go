package smt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Errors callers can test for.
var (
	ErrIndexOutOfRange = errors.New("leaf index does not fit the tree")
	ErrBadDepth        = errors.New("tree depth must be in [1, 32]")
	ErrCorruptNode     = errors.New("stored tree node is not a canonical field element")
)

// MaxDepth is the deepest tree supported.
const MaxDepth = 32

// compress is the node hash; tests wrap it to count calls.
var compress = crypto.Compress

// Proof is a Merkle path: the siblings from the leaf's up to the root's child.
type Proof struct {
	Siblings []fr.Element
}

var zeroCache = sync.OnceValue(func() []fr.Element {
	z := make([]fr.Element, MaxDepth+1)
	for h := 1; h <= MaxDepth; h++ {
		z[h] = crypto.Compress(&z[h-1], &z[h-1])
	}
	return z
})

// ZeroHashes returns Z[0..depth]: Z[0] = 0, Z[h+1] = Compress(Z[h], Z[h]).
// The slice is shared: do not modify it.
func ZeroHashes(depth int) []fr.Element {
	if depth < 0 || depth > MaxDepth {
		return nil
	}
	return zeroCache()[:depth+1]
}

// EmptyRoot is the root of a tree with no leaves set.
func EmptyRoot(depth int) fr.Element {
	if depth < 0 || depth > MaxDepth {
		return fr.Element{}
	}
	return zeroCache()[depth]
}

// Tree is a sparse Merkle tree of fixed depth over a kv.Store. It is not safe
// for concurrent use.
type Tree struct {
	store  kv.Store
	prefix []byte
	depth  int
	zero   []fr.Element
	// mem[h] holds the nodes at height h changed since the last Commit
	// (mem[0] the leaves). Inner nodes are valid once Root has run.
	mem     []map[uint64]fr.Element
	pending map[uint64]struct{} // leaves set since the last Root
	root    fr.Element
	rootOK  bool
}

// New returns the tree stored under prefix in store. It does no I/O.
func New(store kv.Store, prefix []byte, depth int) (*Tree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("%w: got %d", ErrBadDepth, depth)
	}
	t := &Tree{store: store, prefix: append([]byte{}, prefix...), depth: depth, zero: ZeroHashes(depth)}
	t.reset()
	return t, nil
}

// reset drops the in-memory changes. Maps are allocated on first write, so
// a tree that is only read (most balance trees) costs no allocation.
func (t *Tree) reset() {
	t.mem = make([]map[uint64]fr.Element, t.depth+1)
	t.pending = nil
	t.rootOK = false
}

func (t *Tree) memPut(h int, i uint64, v fr.Element) {
	if t.mem[h] == nil {
		t.mem[h] = make(map[uint64]fr.Element)
	}
	t.mem[h][i] = v
}

// Depth returns the tree's depth.
func (t *Tree) Depth() int { return t.depth }

// DirtyLen is the number of leaves changed since the last Commit.
func (t *Tree) DirtyLen() int { return len(t.mem[0]) }

func (t *Tree) checkIndex(index uint64) error {
	if t.depth < 64 && index >= 1<<t.depth {
		return fmt.Errorf("%w: index %d, depth %d", ErrIndexOutOfRange, index, t.depth)
	}
	return nil
}

// key builds prefix | height | index into buf.
func (t *Tree) key(buf []byte, h int, index uint64) []byte {
	buf = append(buf[:0], t.prefix...)
	buf = append(buf, byte(h))
	return binary.BigEndian.AppendUint64(buf, index)
}

// node returns the node at height h, index i: from memory, the store, or the
// zero hash of an empty subtree. buf is scratch space for the key.
func (t *Tree) node(buf []byte, h int, i uint64) (fr.Element, error) {
	if v, ok := t.mem[h][i]; ok {
		return v, nil
	}
	var e fr.Element
	found, err := t.store.View(t.key(buf, h, i), func(v []byte) error {
		if err := e.SetBytesCanonical(v); err != nil {
			return fmt.Errorf("%w: node (%d, %d): %v", ErrCorruptNode, h, i, err)
		}
		return nil
	})
	if err != nil {
		return fr.Element{}, fmt.Errorf("read tree node (%d, %d): %w", h, i, err)
	}
	if !found {
		return t.zero[h], nil
	}
	return e, nil
}

// Get returns leaf index (0 if never set).
func (t *Tree) Get(index uint64) (fr.Element, error) {
	if err := t.checkIndex(index); err != nil {
		return fr.Element{}, err
	}
	var buf [48]byte
	return t.node(buf[:0], 0, index)
}

// Set writes leaf index. Nothing is hashed until Root.
func (t *Tree) Set(index uint64, v fr.Element) error {
	if err := t.checkIndex(index); err != nil {
		return err
	}
	t.memPut(0, index, v)
	if t.pending == nil {
		t.pending = make(map[uint64]struct{})
	}
	t.pending[index] = struct{}{}
	t.rootOK = false
	return nil
}

// parallelMin is the number of nodes at one height worth splitting across cores.
const parallelMin = 256

// Root returns the root, hashing every node above the leaves set since the
// last call exactly once, height by height; wide heights are split across
// cores.
func (t *Tree) Root() (fr.Element, error) {
	if t.rootOK {
		return t.root, nil
	}
	if len(t.pending) == 0 {
		var buf [48]byte
		r, err := t.node(buf[:0], t.depth, 0)
		if err != nil {
			return r, err
		}
		t.root, t.rootOK = r, true
		return r, nil
	}
	idx := make([]uint64, 0, len(t.pending))
	for i := range t.pending {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	out := make([]fr.Element, len(idx))
	for h := 0; h < t.depth; h++ {
		// parents of this height's changed nodes, deduplicated (idx is sorted)
		n := 0
		for _, i := range idx {
			p := i >> 1
			if n == 0 || idx[n-1] != p {
				idx[n] = p
				n++
			}
		}
		idx = idx[:n]
		if err := t.hashLevel(h, idx, out[:n]); err != nil {
			return fr.Element{}, err
		}
		for k, p := range idx {
			t.memPut(h+1, p, out[k])
		}
	}
	t.pending = nil
	t.root, t.rootOK = t.mem[t.depth][0], true
	return t.root, nil
}

// hashLevel computes the parents at height h+1 of the given indices into out.
func (t *Tree) hashLevel(h int, parents []uint64, out []fr.Element) error {
	workers := 1
	if len(parents) >= parallelMin {
		workers = min(runtime.GOMAXPROCS(0), len(parents)/(parallelMin/2))
	}
	work := func(lo, hi int) error {
		var buf [48]byte
		for k := lo; k < hi; k++ {
			l, err := t.node(buf[:0], h, parents[k]<<1)
			if err != nil {
				return err
			}
			r, err := t.node(buf[:0], h, parents[k]<<1|1)
			if err != nil {
				return err
			}
			out[k] = compress(&l, &r)
		}
		return nil
	}
	if workers <= 1 {
		return work(0, len(parents))
	}
	errs := make([]error, workers)
	var wg sync.WaitGroup
	chunk := (len(parents) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(parents))
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = work(lo, hi)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
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
	var buf [48]byte
	for h := range t.depth {
		s, err := t.node(buf[:0], h, (index>>h)^1)
		if err != nil {
			return Proof{}, err
		}
		p.Siblings[h] = s
	}
	return p, nil
}

// Commit adds every node changed since the last Commit to b: empty subtrees
// as deletions. The caller commits b (with its other writes) before the
// tree is read again; after Commit the tree reads its state from the store.
func (t *Tree) Commit(b kv.Batch) error {
	if _, err := t.Root(); err != nil {
		return err
	}
	var buf [48]byte
	for h, nodes := range t.mem {
		for i, v := range nodes {
			k := t.key(buf[:0], h, i)
			if v == t.zero[h] {
				b.Delete(k)
				continue
			}
			bs := v.Bytes()
			b.Set(k, bs[:])
		}
	}
	root := t.root
	t.reset()
	t.root, t.rootOK = root, true
	return nil
}

// Discard drops every change since the last Commit.
func (t *Tree) Discard() { t.reset() }
