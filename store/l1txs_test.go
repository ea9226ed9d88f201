package store

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/zkrollup/zkrollup/internal/status"
)

// A sent transaction whose nonce another transaction took goes back to
// the queue without its nonce, keeping its attempts and the cause; only a
// sent one can.
func TestRequeueL1TxKeepsTheAttemptsAndDropsTheNonce(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		row, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "test", OpKey: "pay:1", Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.SaveAttempt(ctx, row.ID, 4, big.NewInt(1), big.NewInt(2), [32]byte{9}, 1); err != nil {
			t.Fatal(err)
		}
		if err := d.RequeueL1Tx(ctx, row.ID, "nonce 4 was taken"); err != nil {
			t.Fatal(err)
		}
		got, err := d.L1TxByKey(ctx, "pay:1")
		if err != nil || got.Status != status.L1TxQueued || got.Nonce != nil || len(got.Hashes) != 1 || got.Hashes[0] != [32]byte{9} || got.Error != "nonce 4 was taken" {
			t.Fatalf("requeued: %+v %v", got, err)
		}
		if err := d.RequeueL1Tx(ctx, row.ID, "again"); !errors.Is(err, ErrConflict) {
			t.Fatalf("requeue of a queued row: %v, want ErrConflict", err)
		}
		open, err := d.OpenL1Txs(ctx)
		if err != nil || len(open) != 1 || open[0].OpKey != "pay:1" {
			t.Fatalf("open rows %+v %v", open, err)
		}
	})
}

// A blob transaction's row keeps its blobs and, per attempt, its blob fee
// cap, across a restart; listings carry the blob count, not the blobs; a
// calldata row has neither.
func TestBlobL1TxRoundTrips(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		blobs := make([]byte, 2*BlobSize)
		blobs[1], blobs[BlobSize+2] = 7, 9
		row, err := d.EnqueueBlobL1Tx(ctx, L1Tx{Owner: "test", OpKey: "commit:1", To: [20]byte{1}, Data: []byte{2}, GasLimit: 100}, blobs)
		if err != nil {
			t.Fatal(err)
		}
		if row.BlobCount != 2 || row.BlobFeeCap != nil {
			t.Fatalf("enqueued: %d blobs, blob fee cap %v; want 2, nil", row.BlobCount, row.BlobFeeCap)
		}
		plain, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "test", OpKey: "pay:1", Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.SaveBlobAttempt(ctx, row.ID, 3, big.NewInt(1), big.NewInt(2), big.NewInt(5), [32]byte{1}, 10); err != nil {
			t.Fatal(err)
		}
		if err := d.SaveBlobAttempt(ctx, row.ID, 3, big.NewInt(2), big.NewInt(4), big.NewInt(10), [32]byte{2}, 20); err != nil {
			t.Fatal(err)
		}
		if err := d.SaveAttempt(ctx, plain.ID, 4, big.NewInt(1), big.NewInt(2), [32]byte{3}, 30); err != nil {
			t.Fatal(err)
		}
		r := reopen()
		got, err := r.L1TxByKey(ctx, "commit:1")
		if err != nil {
			t.Fatal(err)
		}
		if got.BlobCount != 2 || got.BlobFeeCap == nil || got.BlobFeeCap.Int64() != 10 || got.FeeCap.Int64() != 4 || len(got.Hashes) != 2 ||
			got.Status != status.L1TxSent || *got.Nonce != 3 || got.GasLimit != 100 || got.To != [20]byte{1} {
			t.Fatalf("blob row read back as %+v", got)
		}
		back, err := r.L1TxBlobs(ctx, row.ID)
		if err != nil || !bytes.Equal(back, blobs) {
			t.Fatalf("blobs read back: %d bytes, equal %v (%v)", len(back), bytes.Equal(back, blobs), err)
		}
		open, err := r.OpenL1Txs(ctx)
		if err != nil || len(open) != 2 || open[0].BlobCount != 2 || open[1].BlobCount != 0 || open[1].BlobFeeCap != nil {
			t.Fatalf("open rows %+v %v", open, err)
		}
		if b, err := r.L1TxBlobs(ctx, plain.ID); err != nil || b != nil {
			t.Fatalf("a calldata row's blobs: %d bytes (%v), want none", len(b), err)
		}
		if _, err := r.L1TxBlobs(ctx, 99); !errors.Is(err, ErrNotFound) {
			t.Fatalf("blobs of a missing row: %v, want ErrNotFound", err)
		}
		for _, bad := range [][]byte{nil, make([]byte, BlobSize-1), make([]byte, BlobSize+1)} {
			if _, err := r.EnqueueBlobL1Tx(ctx, L1Tx{Owner: "test", OpKey: "bad"}, bad); !errors.Is(err, ErrBadBlobs) {
				t.Fatalf("%d bytes of blobs: %v, want ErrBadBlobs", len(bad), err)
			}
		}
		if _, err := r.L1TxByKey(ctx, "bad"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("refused blobs left a row: %v", err)
		}
	})
}

// TestMigration0008KeepsL1Txs: a row written under schema 7 reads back
// after migration 8 as a calldata transaction.
func TestMigration0008KeepsL1Txs(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		for _, col := range []string{"blobs", "blob_fee_cap"} {
			if _, err := d.db.Exec("ALTER TABLE l1_txs DROP COLUMN " + col); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := d.db.Exec(d.q(`DELETE FROM schema_migrations WHERE version >= ?`), 8); err != nil {
			t.Fatal(err)
		}
		if _, err := d.db.Exec(d.q(`INSERT INTO l1_txs (id, owner, op_key, to_addr, data, value, gas_limit, nonce, tip_cap, fee_cap, hashes, status, sent_at, error, created_at)
			VALUES (1, 'test', 'pay:old', ?, ?, '5', 21000, 2, '1', '3', ?, ?, 7, '', 1)`), make([]byte, 20), []byte{1}, make([]byte, 32), status.L1TxSent); err != nil {
			t.Fatal(err)
		}
		if err := d.migrate(ctx, 8); err != nil {
			t.Fatal(err)
		}
		got, err := d.L1TxByKey(ctx, "pay:old")
		if err != nil || got.Value.Int64() != 5 || got.FeeCap.Int64() != 3 || *got.Nonce != 2 || len(got.Hashes) != 1 || got.BlobCount != 0 || got.BlobFeeCap != nil {
			t.Fatalf("after migration 8: %+v %v", got, err)
		}
	})
}

// TestBlobPlan: the one-transaction blob batch the aggregator fixed is
// read back after a reopen, a new plan replaces it, and a bad range is
// refused without changing it.
func TestBlobPlan(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		if _, _, ok, err := d.BlobPlan(ctx); err != nil || ok {
			t.Fatalf("a fresh database has a plan (%v, %v)", ok, err)
		}
		if err := d.SetBlobPlan(ctx, 3, 7); err != nil {
			t.Fatal(err)
		}
		if err := d.SetBlobPlan(ctx, 9, 8); err == nil {
			t.Fatal("a plan of blocks 9-8 accepted")
		}
		if err := d.SetBlobPlan(ctx, 0, 4); err == nil {
			t.Fatal("a plan from block 0 accepted")
		}
		d = reopen()
		if f, l, ok, err := d.BlobPlan(ctx); err != nil || !ok || f != 3 || l != 7 {
			t.Fatalf("after a reopen: plan %d-%d (%v, %v), want 3-7", f, l, ok, err)
		}
		if err := d.SetBlobPlan(ctx, 8, 8); err != nil {
			t.Fatal(err)
		}
		if f, l, ok, err := d.BlobPlan(ctx); err != nil || !ok || f != 8 || l != 8 {
			t.Fatalf("plan %d-%d (%v, %v), want 8-8", f, l, ok, err)
		}
	})
}
