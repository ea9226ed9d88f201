// Package sequencer is the block proposer and state keeper: every tick it
// takes L1 priority operations (from the store, where the L1 watcher — or
// a test feeder — puts them) and mempool transactions, applies them to the
// account state as a mini-block, persists the pending block, and seals the
// block when it is full or has waited long enough. Sealing stores the
// block, its operations and receipts in one SQL transaction, then commits
// the account tree. A restart replays what the tree lacks from the stored
// blocks and restores the pending block, so it resumes exactly where it
// stopped. It owns the state: everyone else reads it through its views.
package sequencer
