// Package replica rebuilds the rollup state from what the store keeps: a
// fresh in-memory state at genesis, and sealed blocks re-applied to a state
// machine with their stored roots checked. The sequencer (its restart
// replay and its verified view), the witness generator and deploy (the
// genesis root a contract is deployed with) use it, so
// "genesis, then replay" is written once.
//
// It holds no state of its own and never writes the store; committing a
// replayed state is the caller's.
package replica
