package aggregator

import (
	"context"
	"math/big"
	"testing"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
)

// TestReview16cOneTxKeysParseAndRecover: "all:F-L" keys round-trip and
// nothing else of that stage parses; after a crash between the sender's
// Enqueue and AddL1Batch of a one-tx batch, recoverBatches records it,
// and it counts as sent for all three stages (so no stage, staged or not,
// builds another batch over its blocks), while another owner's key is not
// taken for the aggregator's.
func TestReview16cOneTxKeysParseAndRecover(t *testing.T) {
	b, ok := parseBatchKey(batchKey(status.StageAll, 4, 6))
	if !ok || b.Stage != status.StageAll || b.First != 4 || b.Last != 6 || b.OpKey != "all:4-6" {
		t.Fatalf("all:4-6 parsed as %+v %v", b, ok)
	}
	for _, bad := range []string{"all:0-3", "all:5-4", "ALL:1-2", "all :1-2", "al:1-2", "all:1", "all:-1-2"} {
		if b, ok := parseBatchKey(bad); ok {
			t.Fatalf("%q parsed as %+v", bad, b)
		}
	}

	ctx := context.Background()
	a := testAggregator(t)
	tx := func(owner, key string, st status.L1Tx) {
		t.Helper()
		row, err := a.db.EnqueueL1Tx(ctx, store.L1Tx{Owner: owner, OpKey: key, Data: []byte{1}, Value: big.NewInt(0),
			TipCap: big.NewInt(0), FeeCap: big.NewInt(0)})
		if err != nil {
			t.Fatal(err)
		}
		if st != status.L1TxQueued {
			if err := a.db.FinishL1Tx(ctx, row.ID, st, 1, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, k := range []string{"commit:1-2", "prove:1-2", "execute:1-2"} {
		tx(owner, k, status.L1TxConfirmed)
		if err := a.db.AddL1Batch(ctx, store.L1Batch{Stage: status.Stage(k[:len(k)-4]), First: 1, Last: 2, OpKey: k}); err != nil {
			t.Fatal(err)
		}
	}
	tx(owner, "all:3-5", status.L1TxQueued) // its batch row lost
	tx("someone-else", "all:6-9", status.L1TxQueued)
	for _, st := range status.Stages {
		if sp, err := a.db.StageProgress(ctx, st); err != nil || sp.Sent != 2 {
			t.Fatalf("%s before recovery: %+v %v", st, sp, err)
		}
	}
	if err := a.recoverBatches(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.recoverBatches(ctx); err != nil { // twice: idempotent
		t.Fatal(err)
	}
	for _, st := range status.Stages {
		sp, err := a.db.StageProgress(ctx, st)
		if err != nil || sp.Sent != 5 || sp.Confirmed != 2 || sp.Failed != nil {
			t.Fatalf("%s after recovery: %+v %v; want sent 5, confirmed 2", st, sp, err)
		}
	}
}
