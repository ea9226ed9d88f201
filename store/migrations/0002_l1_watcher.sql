-- The L1 watcher's position and the tokens the contract listed.

CREATE TABLE l1_cursor (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    block_number BIGINT NOT NULL,   -- the last L1 block read completely
    block_hash   BYTEA NOT NULL
);

CREATE TABLE tokens (
    id       INTEGER PRIMARY KEY,
    address  BYTEA NOT NULL,
    l1_block BIGINT NOT NULL
);
