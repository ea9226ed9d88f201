// Package proofqueue is what every prover's side of the proof request
// queue shares, written once: a proof is stored only after it verifies
// against its block's stored commitment (and converts to the form the
// contract takes); a failed attempt is retried after a backoff that
// doubles per attempt; a prover that leaves hands its job back at once.
// The aggregator's in-process prover and the prover server both use it.
//
// It never proves, claims or leases: the queue itself is the store's
// (store.ClaimProofRequest and friends), the proving is the callers'.
package proofqueue
