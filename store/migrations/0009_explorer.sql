-- The explorer (issue 20): what each L1 transaction cost, how long each
-- proof took, and every account's operations.

-- the attempt that was mined, and what its receipt says (set when the
-- sender settles it; NULL before, and for rows settled before this)
ALTER TABLE l1_txs ADD COLUMN mined_hash BYTEA;
ALTER TABLE l1_txs ADD COLUMN gas_used BIGINT;
ALTER TABLE l1_txs ADD COLUMN blob_gas_used BIGINT;
ALTER TABLE l1_txs ADD COLUMN mined_at BIGINT;      -- unix ms the sender read the receipt

-- unix ms the request went PROVING, and how long the proof then took
ALTER TABLE proof_requests ADD COLUMN proving_at BIGINT;
ALTER TABLE proof_requests ADD COLUMN proof_ms BIGINT;

-- Every operation an account signed or received, for its history: the
-- acting account of each op and, for a transfer or trade, the other one.
CREATE TABLE account_ops (
    account      BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    slot         INTEGER NOT NULL,
    PRIMARY KEY (account, block_number, slot)
);
-- blocks sealed before this migration: their acting accounts (the
-- receivers of their transfers are not recorded); Noop (0) and
-- DepositRefund (7) take no account
INSERT INTO account_ops (account, block_number, slot) SELECT account, block_number, slot FROM block_ops WHERE op_type NOT IN (0, 7);
