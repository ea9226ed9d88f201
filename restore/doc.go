// Package restore rebuilds the rollup's state from L1 data alone, with no
// node and no database of the operator's: it reads the blocks the Rollup
// contract executed (by default from the calldata of the operator's
// commitBlocks and commitProveExecute transactions: CalldataSource),
// re-executes each through the native rules (rollup.Machine.ReplayPubdata),
// and checks every block against what the contract stores for it
// (storedBlockHashes: its state root, commitment over header and pubdata,
// priority operations and withdrawals) before committing it. It refuses to
// go on at the first block that differs. Progress is a cursor committed
// atomically with the state, so a run can stop anywhere (kill -9 included)
// and resume.
//
// commitProveExecute commits, proves and executes a batch of blocks in one
// transaction and stores the hash of its last block only: the blocks
// inside the batch have no stored hash (zero for good). Each of those is
// checked against its BlockCommitted event instead: the commitment (a
// SHA-256 over its header, pubdata and old and new state roots) and the
// state root the contract computed for it must be the re-executed block's.
// The batch's last block is checked by its stored hash as any other, which
// pins its old root (the root of the block before it), and the state root
// is compared with the one L1 stores before every commit. The cursor is
// only ever committed at a block whose hash L1 stores (a later run checks
// it there): a checkpoint that falls inside a batch commits at its end,
// and Run's target is rounded up to the end of its batch.
//
// The data source is a seam (Source). Both sources share the log scan and
// the transaction (or call trace) reading (Scanner). In blob mode
// (Params.BlobCapacity > 0) BlobSource reads commitBlobBlocks calls: the
// blocks' data is in the transaction's blobs, which L1 nodes drop after
// about 18 days, so they come from an archive (BlobArchive; DirArchive is
// a directory of <versioned hash>.blob files, written by
// WriteBlobArchive). The archive is untrusted: each blob is checked
// against its versioned hash. Each block comes with its commit's
// challenge r, computed as the contract did, and the restorer checks it
// against l1.StoredBlob at r, its L1-read operations byte for byte
// against the calldata the contract read; the other checks are the same.
package restore
