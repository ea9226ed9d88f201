-- Signed limit orders the API accepted (issue 17): what the matching
-- engine (issue 18) takes in. An order's state (filled, cancelled,
-- replaced) is the rollup state's order slot, not a column here.

CREATE TABLE orders (
    hash        BYTEA PRIMARY KEY,      -- rollup.OrderHash
    account     BIGINT NOT NULL,
    slot        INTEGER NOT NULL,
    generation  BIGINT NOT NULL,
    token_sell  INTEGER NOT NULL,
    raw         BYTEA NOT NULL,         -- rollup.EncodeOrder
    created_at  BIGINT NOT NULL         -- unix ms
);
CREATE INDEX orders_account ON orders (account, token_sell);
