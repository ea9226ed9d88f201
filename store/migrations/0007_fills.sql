-- The exchange's order flow (issue 18). A SpotTrade in a block records
-- the position of the engine fill it settles (stream sequence, event,
-- chunk), so a restart settles no fill twice and skips none; cursors
-- keep positions that no block holds (fills the rules refused).

ALTER TABLE block_ops ADD COLUMN fill_seq BIGINT;
ALTER TABLE block_ops ADD COLUMN fill_sub BIGINT;
CREATE INDEX block_ops_fill ON block_ops (fill_seq, fill_sub);

CREATE TABLE cursors (
    name TEXT PRIMARY KEY,
    seq  BIGINT NOT NULL,
    sub  BIGINT NOT NULL
);

-- An order the matching engine is done with (filled, cancelled, an IOC
-- remainder, refused): it reserves no more of its account's balance at
-- the API, whatever its order slot still allows on L2.
ALTER TABLE orders ADD COLUMN closed_at BIGINT;
-- the FILLS sequence that closed it: every fill of the order is at or before it
ALTER TABLE orders ADD COLUMN closed_seq BIGINT;
