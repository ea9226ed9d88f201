// Package kv owns the small key-value store interface the state is kept in,
// with two implementations: an in-memory map (tests, benchmarks) and Pebble
// (cockroachdb/pebble, the default on disk). Batches are atomic; Pebble
// batches are durable (fsync) when Commit returns.
//
// It stores bytes and knows nothing of trees, accounts, SQL or networks.
package kv
