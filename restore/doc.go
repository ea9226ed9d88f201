// Package restore rebuilds the rollup's state from L1 data alone, with no
// node and no database of the operator's: it reads the blocks the Rollup
// contract executed (by default from the calldata of the operator's
// commitBlocks transactions: CalldataSource), re-executes each through the
// native rules (rollup.Machine.ReplayPubdata), and checks every block
// against what the contract stores for it (storedBlockHashes: its state
// root, commitment over header and pubdata, priority operations and
// withdrawals) before committing it. It refuses to go on at the first
// block that differs. Progress is a cursor committed atomically with the
// state, so a run can stop anywhere (kill -9 included) and resume.
//
// The data source is a seam (Source): blocks whose data lives in blobs
// get a source of their own; the checks stay the same.
package restore
