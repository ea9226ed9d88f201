// Package aggregator moves sealed blocks through L1: it keeps one proof
// request per block in the store (UNREQ → WITNESSGEN → PROVING → COMPLETE
// or FAILED, with attempts, leases and backoff), generates witnesses in
// block order, runs at most MaxInFlight proofs at once through a Prover
// (each request's lease kept alive by heartbeats), verifies every proof
// before storing it (package proofqueue, shared with the prover server),
// and hands commitBlocks, proveBlocks and executeBlocks — several blocks
// per L1 transaction when several are ready — to the L1 sender, each stage
// after the previous one is confirmed.
package aggregator
