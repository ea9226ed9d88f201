// Package kv owns the small key-value interface the rollup state is kept in,
// and its two implementations: an in-memory map (tests, benchmarks) and
// Pebble (cockroachdb/pebble, the store on disk).
//
// Guarantees: a Batch is applied atomically, and a Pebble batch is durable
// (fsync) when Commit returns; values handed to callers are their own copies;
// reads, iterations and batch commits on a closed store return ErrClosed.
//
// It stores bytes and knows nothing of trees, accounts or blocks. It must
// never speak SQL or open network connections, and never panic on what a
// caller passes or what it reads back from disk.
package kv
