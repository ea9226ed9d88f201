// Package store owns the rollup's SQL database: SQLite (modernc.org/sqlite,
// one file in the data dir, the default) or PostgreSQL (pgx) behind the
// same small API, with numbered migrations embedded in the binary.
//
// It keeps what the node acknowledges: mempool transactions, L1 priority
// operations, sealed blocks with their operations and receipts, and the
// pending (unsealed) block. Each method that changes something does it in
// one SQL transaction. It knows nothing of the rules: blocks and
// transactions arrive encoded, and the state tree lives elsewhere.
// It must never be imported by the prover worker, the circuits or the rules.
package store
