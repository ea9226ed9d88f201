// Package mempool owns the transactions users submitted and no block has
// taken yet: per-account queues ordered by nonce, admission checks
// (account and token ids within the deployment's trees, no amount sent to
// the zero address, signature, nonce, balance including what the
// account's queued transactions already spend, fee, size) with the rules'
// typed errors, so that a client hears every refusal as the rule it breaks, and
// persistence: a transaction is in the store before Submit acknowledges it,
// and Restore reloads the pool after a restart.
//
// Admission is also the operator's policy, which the rules do not have:
// a fee at least the quote (FeeQuoter, package fees) less its tolerance,
// in a token the operator prices; no transfer or withdrawal of 0 and no
// transfer to the sender's own account (each would take a block slot for
// nothing).
//
// It reads the pending state only through StateView and never applies a
// transaction: the sequencer does.
package mempool
