// Package smt owns the sparse Merkle tree the rollup's state is made of: a
// tree of fixed depth D (1..32) over uint64 leaf indices below 2^D, whose
// leaves are BN254 field elements (0 = empty), whose inner nodes are
// crypto.Compress(left, right), and whose empty subtree at height h hashes
// to Z[h] (Z[0] = 0, Z[h+1] = Compress(Z[h], Z[h])). This definition is
// protocol: the block circuit recomputes it, so it must never change.
//
// Nodes live in a kv.Store under a per-tree prefix, as prefix | height (1
// byte) | index at that height (8 bytes, big-endian) -> the node's 32-byte
// canonical big-endian encoding, leaves included; only non-empty subtrees
// are stored. Many trees share one store, and opening one costs no I/O.
//
// Writes are buffered: Set only records the leaf; Root hashes every touched
// inner node exactly once, splitting large batches across cores by disjoint
// subtrees; Commit moves the changed nodes into the caller's batch.
//
// The package never judges what is written, never imports SQL or network
// code, and never panics on caller input or on what it reads from the
// store: a corrupt node is an error (ErrCorruptNode).
package smt
