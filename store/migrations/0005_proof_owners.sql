-- Proof requests become a job queue many provers share: who holds each
-- lease (a prover's boot id, or the in-process prover's name) and a
-- priority (lower first: aggregation jobs before block proofs).

ALTER TABLE proof_requests ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE proof_requests ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
CREATE INDEX proof_requests_queue ON proof_requests (priority, block_number);
