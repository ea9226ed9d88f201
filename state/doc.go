// Package state owns the rollup's account state: the account tree (a sparse
// Merkle tree over account ids), each account's record (L1 address, L2 public
// key hash, nonce), its balance tree (a sparse Merkle tree over token ids)
// and its order tree (a sparse Merkle tree over order slots, each leaf a
// limit order's generation and filled amount), persisted in a kv.Store.
//
// It stores and hashes; it does not judge. The rules that decide which
// changes are allowed live in package rollup. This package must never import
// SQL, networking or L1 clients, and it never panics on caller input.
package state
