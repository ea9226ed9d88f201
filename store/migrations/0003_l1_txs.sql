-- Every L1 transaction the sender makes: written before it is sent.

CREATE TABLE l1_txs (
    id          BIGINT PRIMARY KEY,
    owner       TEXT NOT NULL,          -- the component that asked for it
    op_key      TEXT NOT NULL UNIQUE,   -- the operation: never sent twice
    to_addr     BYTEA NOT NULL,
    data        BYTEA NOT NULL,
    value       TEXT NOT NULL,          -- wei, decimal
    gas_limit   BIGINT NOT NULL,
    nonce       BIGINT,                 -- set when first signed
    tip_cap     TEXT NOT NULL,          -- wei, decimal, of the latest attempt
    fee_cap     TEXT NOT NULL,
    hashes      BYTEA NOT NULL,         -- every attempt's hash, 32 bytes each
    status      TEXT NOT NULL,          -- queued, sent, confirmed, failed
    sent_at     BIGINT NOT NULL,        -- unix ms of the latest attempt
    mined_block BIGINT,
    error       TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX l1_txs_status ON l1_txs (status, id);
