-- One proof request per sealed block: the aggregator's work queue.

CREATE TABLE proof_requests (
    block_number BIGINT PRIMARY KEY,
    status       TEXT NOT NULL,     -- UNREQ, WITNESSGEN, PROVING, COMPLETE, FAILED
    attempts     INTEGER NOT NULL,
    lease_until  BIGINT NOT NULL,   -- unix ms: a WITNESSGEN/PROVING request past it is taken again
    next_try_at  BIGINT NOT NULL,   -- unix ms: backoff after a failure
    witness      BYTEA,
    proof        BYTEA,
    error        TEXT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX proof_requests_status ON proof_requests (status, block_number);

-- Blocks the aggregator has handed to the L1 sender, per stage
-- (commit, prove, execute), one row per L1 transaction.
CREATE TABLE l1_batches (
    stage       TEXT NOT NULL,
    first_block BIGINT NOT NULL,
    last_block  BIGINT NOT NULL,
    op_key      TEXT NOT NULL UNIQUE,
    PRIMARY KEY (stage, first_block)
);
