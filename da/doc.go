// Package da owns the rollup's data availability in EIP-4844 blobs: how the
// compact pubdata of a commit transaction's blocks is laid out as a byte
// stream across blobs (31 data bytes per 32-byte field element), the KZG
// commitments, versioned hashes and point-evaluation proofs that tie the
// blobs to what L1 checks, and the version-1 (EIP-7594 cell proof) sidecars
// and unsigned type-3 transactions an Osaka-era L1 accepts.
//
// It is pure computation. It must never do L1 I/O (no clients, no sending,
// no waiting for receipts: the tx sender does that), never touch a database,
// and never decide what goes into a block: callers hand it the segments.
package da
