-- Blob transactions (issue 19): an L1 transaction may carry EIP-4844
-- blobs. The sender signs every attempt again from the row, so the row
-- keeps the blobs themselves; the sidecar (commitments, cell proofs) is
-- computed from them.

-- the blobs back to back, 131072 bytes each; NULL: a calldata transaction
ALTER TABLE l1_txs ADD COLUMN blobs BYTEA;
-- wei, decimal, max fee per blob gas of the latest attempt; NULL: not a
-- blob transaction, or not signed yet
ALTER TABLE l1_txs ADD COLUMN blob_fee_cap TEXT;
