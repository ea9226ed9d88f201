package smt

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// ComputeRoot folds a leaf and its bottom-up path into the root they imply:
// at height h the running node is the left child when bit h of index is 0.
func ComputeRoot(depth int, index uint64, leaf fr.Element, p Proof) (fr.Element, error) {
	if depth < 1 || depth > MaxDepth {
		return fr.Element{}, fmt.Errorf("%w: got %d", ErrBadDepth, depth)
	}
	if len(p.Siblings) != depth {
		return fr.Element{}, fmt.Errorf("proof has %d siblings, tree depth is %d", len(p.Siblings), depth)
	}
	if index>>depth != 0 {
		return fr.Element{}, fmt.Errorf("%w: index %d, depth %d", ErrIndexOutOfRange, index, depth)
	}
	cur := leaf
	for h := range depth {
		if index>>h&1 == 0 {
			cur = compress(&cur, &p.Siblings[h])
		} else {
			cur = compress(&p.Siblings[h], &cur)
		}
	}
	return cur, nil
}

// VerifyProof reports whether p opens leaf at index under root (an empty
// leaf is 0).
func VerifyProof(root fr.Element, depth int, index uint64, leaf fr.Element, p Proof) bool {
	r, err := ComputeRoot(depth, index, leaf, p)
	return err == nil && r == root
}

// RootFromLeaves computes the root of the tree holding leaves (absent = 0)
// from scratch, level by level, without a store: the plain reference the
// incremental Tree is tested against.
func RootFromLeaves(depth int, leaves map[uint64]fr.Element) (fr.Element, error) {
	if depth < 1 || depth > MaxDepth {
		return fr.Element{}, fmt.Errorf("%w: got %d", ErrBadDepth, depth)
	}
	level := make(map[uint64]fr.Element, len(leaves))
	for i, v := range leaves {
		if i>>depth != 0 {
			return fr.Element{}, fmt.Errorf("%w: index %d, depth %d", ErrIndexOutOfRange, i, depth)
		}
		level[i] = v
	}
	zero := ZeroHashes(depth)
	for h := range depth {
		next := make(map[uint64]fr.Element, len(level)/2+1)
		for i := range level {
			p := i >> 1
			if _, done := next[p]; done {
				continue
			}
			l, ok := level[p<<1]
			if !ok {
				l = zero[h]
			}
			r, ok := level[p<<1|1]
			if !ok {
				r = zero[h]
			}
			next[p] = compress(&l, &r)
		}
		level = next
	}
	if r, ok := level[0]; ok {
		return r, nil
	}
	return zero[depth], nil
}
