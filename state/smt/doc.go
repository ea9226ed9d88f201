// Package smt owns the sparse Merkle tree the rollup's state is made of: a
// fixed-depth binary tree over uint64 indices whose leaves are BN254 field
// elements, inner nodes crypto.Compress(left, right), and empty subtrees the
// precomputed zero hashes. Nodes live in a kv.Store under a prefix, so many
// trees share one store.
//
// The definition is protocol: the block circuit recomputes it. Writes are
// buffered; Root hashes each touched node once per call. The package never
// judges what is written, never imports SQL or networks, and never panics
// on caller input.
package smt
