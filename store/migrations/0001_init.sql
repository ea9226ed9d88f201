-- Portable SQL: SQLite and PostgreSQL both run this file as is.
-- BYTEA is a blob in SQLite (no affinity conversion for blobs).

CREATE TABLE mempool_txs (
    hash        BYTEA PRIMARY KEY,
    account     BIGINT NOT NULL,   -- the signing account
    nonce       BIGINT NOT NULL,
    tx          BYTEA NOT NULL,    -- rollup.EncodeTx
    received_at BIGINT NOT NULL    -- unix milliseconds
);
CREATE UNIQUE INDEX mempool_txs_account_nonce ON mempool_txs (account, nonce);

CREATE TABLE priority_ops (
    id            BIGINT PRIMARY KEY,  -- the contract's priority request id
    op_type       INTEGER NOT NULL,
    pubdata       BYTEA NOT NULL,      -- as the PriorityRequest event published it
    expiry        BIGINT NOT NULL,     -- L1 block from which it has expired
    l1_block      BIGINT NOT NULL,
    l1_block_hash BYTEA NOT NULL,
    l1_tx_hash    BYTEA NOT NULL,
    block_number  BIGINT               -- the L2 block that processed it
);

CREATE TABLE blocks (
    number      BIGINT PRIMARY KEY,
    timestamp   BIGINT NOT NULL,
    fee_account BIGINT NOT NULL,
    old_root    BYTEA NOT NULL,
    new_root    BYTEA NOT NULL,
    commitment  BYTEA NOT NULL,
    pubdata     BYTEA NOT NULL,        -- compact, as committed on L1
    sealed_at   BIGINT NOT NULL
);

-- Every operation of a sealed block, in slot order: enough to replay it.
CREATE TABLE block_ops (
    block_number BIGINT NOT NULL,
    slot         INTEGER NOT NULL,
    tx_hash      BYTEA NOT NULL,
    op_type      INTEGER NOT NULL,
    account      BIGINT NOT NULL,
    tx           BYTEA NOT NULL,       -- rollup.EncodeTx of the request
    priority_id  BIGINT,               -- for deposits and full exits
    PRIMARY KEY (block_number, slot)
);
CREATE UNIQUE INDEX block_ops_tx_hash ON block_ops (tx_hash);

-- Transactions the sequencer took from the mempool and refused (the
-- state had moved on since admission): their final status.
CREATE TABLE rejected_txs (
    hash        BYTEA PRIMARY KEY,
    reason      TEXT NOT NULL,
    rejected_at BIGINT NOT NULL
);

-- The block being built, saved every mini-block (one row).
CREATE TABLE pending_block (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    number   BIGINT NOT NULL,
    data     BYTEA NOT NULL,
    saved_at BIGINT NOT NULL
);
