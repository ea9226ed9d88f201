package smt

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/state/kv"
)

// keySuffixLen is the height byte and the big-endian index after the prefix.
const keySuffixLen = 1 + 8

// appendKey appends the store key of node (h, i): prefix | h | i.
func (t *Tree) appendKey(dst []byte, h int, i uint64) []byte {
	dst = append(dst, t.prefix...)
	dst = append(dst, byte(h))
	return binary.BigEndian.AppendUint64(dst, i)
}

// reader reads nodes from the store without allocating: its key buffer and
// its decode callback are made once. One goroutine uses a reader at a time.
type reader struct {
	store  kv.Store
	key    []byte
	plen   int
	val    fr.Element
	decode func([]byte) error // r.setVal, bound once
}

func newReader(t *Tree) *reader {
	r := &reader{store: t.store, key: t.appendKey(nil, 0, 0), plen: len(t.prefix)}
	r.decode = r.setVal
	return r
}

func (r *reader) setVal(v []byte) error {
	if err := r.val.SetBytesCanonical(v); err != nil {
		return fmt.Errorf("%w (%d bytes): %v", ErrCorruptNode, len(v), err)
	}
	return nil
}

// read returns stored node (h, i), or zero if the store does not hold it.
func (r *reader) read(h int, i uint64, zero *fr.Element) (fr.Element, error) {
	r.key[r.plen] = byte(h)
	binary.BigEndian.PutUint64(r.key[r.plen+1:], i)
	found, err := r.store.View(r.key, r.decode)
	if err != nil {
		return fr.Element{}, fmt.Errorf("read tree node (height %d, index %d): %w", h, i, err)
	}
	if !found {
		return *zero, nil
	}
	return r.val, nil
}

// reader returns the tree's reader for use outside Root's workers.
func (t *Tree) reader() *reader {
	if t.rd == nil {
		t.rd = newReader(t)
	}
	return t.rd
}

// nodeKey identifies inner node (h, i) in Tree.inner; i < 2^(32-h).
func nodeKey(h int, i uint64) uint64 { return uint64(h)<<32 | i }

// node returns node (h, i): changed since the last Commit (for inner nodes:
// as of the last Root), else stored, else the empty subtree's hash.
func (t *Tree) node(r *reader, h int, i uint64) (fr.Element, error) {
	m, id := t.inner, nodeKey(h, i)
	if h == 0 {
		m, id = t.leaves, i
	}
	if v, ok := m[id]; ok {
		return v, nil
	}
	return r.read(h, i, &t.zero[h])
}
