// Package l1watcher reads the rollup contract's events from L1 after a
// number of confirmations — PriorityRequest (deposits and full exits) and
// TokenAdded — and stores them, with the L1 block number and hash, in the
// store where the sequencer takes priority operations in order. It
// survives L1 reorgs: before reading on, it checks that the last block it
// read is still on the chain; if not, it walks back by block hash to a
// block it read that still is, discards what it stored after it (never
// what an L2 block already used) and reads again.
package l1watcher
