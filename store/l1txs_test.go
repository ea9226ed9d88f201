package store

import (
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
