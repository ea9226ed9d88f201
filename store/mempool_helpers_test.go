package store

import "context"

// AddMempoolTx persists one transaction (AddMempoolTxs of one).
func (d *DB) AddMempoolTx(ctx context.Context, m MempoolTx) error {
	return d.AddMempoolTxs(ctx, []MempoolTx{m})
}

// RemoveMempoolTxs drops transactions from the mempool.
func (d *DB) RemoveMempoolTxs(ctx context.Context, hashes [][32]byte) error {
	return d.inTx(ctx, func(t *tx) error { return removeMempool(ctx, t, hashes) })
}
