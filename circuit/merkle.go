package circuit

import (
	"github.com/consensys/gnark/frontend"
)

// MerkleRoot folds a leaf up a path of len(siblings) levels (bottom-up, as
// smt.Proof) at the position given by pathBits (least significant first, as
// smt indexes: bit h set means the node at height h is a right child). It is
// smt.ComputeRoot. The caller binds pathBits to an index (IndexBits).
func (h *Hasher) MerkleRoot(leaf frontend.Variable, pathBits, siblings []frontend.Variable) frontend.Variable {
	cur := leaf
	for i, sib := range siblings {
		left := h.api.Select(pathBits[i], sib, cur)
		right := h.api.Sub(h.api.Add(cur, sib), left) // the other one, without a second Select
		cur = h.Compress(left, right)
	}
	return cur
}

// IndexBits decomposes index into depth bits, least significant first, and
// so also asserts index < 2^depth (the native "does not fit the tree" rule).
func IndexBits(api frontend.API, index frontend.Variable, depth int) []frontend.Variable {
	return api.ToBinary(index, depth)
}
