package store

import (
	"context"
	"math/big"
	"testing"

	"github.com/zkrollup/zkrollup/internal/status"
)

// TestExplorerQueries: what the explorer reads, on both backends: block
// listings, the L1 transactions of blocks with their receipts, histories
// under every account an op names, paged, proof times.
func TestExplorerQueries(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		// block 1: a deposit to 1; block 2: 1 pays 2, 2 pays 3 (slot 1).
		blocks := []Block{
			{Number: 1, Pubdata: make([]byte, 40), Ops: []BlockOp{{Slot: 0, TxHash: [32]byte{1}, OpType: 1, Account: 1, Tx: []byte{1}, Accounts: []uint32{1}}}},
			{Number: 2, Pubdata: make([]byte, 70), Ops: []BlockOp{
				{Slot: 0, TxHash: [32]byte{2}, OpType: 2, Account: 1, Tx: []byte{2}, Accounts: []uint32{1, 2}},
				{Slot: 1, TxHash: [32]byte{3}, OpType: 2, Account: 2, Tx: []byte{3}, Accounts: []uint32{2, 3}}}},
		}
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(0, 1)}); err != nil {
			t.Fatal(err)
		}
		id := uint64(0)
		blocks[0].Ops[0].PriorityID = &id
		for _, b := range blocks {
			if err := d.SealBlock(ctx, b, nil); err != nil {
				t.Fatal(err)
			}
		}
		sums, err := d.BlockSummaries(ctx, 0, 10)
		if err != nil || len(sums) != 2 || sums[0].Number != 2 || sums[0].Ops != 2 || sums[0].PubdataBytes != 70 || sums[1].Ops != 1 || sums[0].SealedAt == 0 {
			t.Fatalf("summaries %+v %v", sums, err)
		}
		if sums, _ := d.BlockSummaries(ctx, 2, 10); len(sums) != 1 || sums[0].Number != 1 {
			t.Fatalf("summaries before 2: %+v", sums)
		}

		// Histories: account 2 acted in slot 1 and received in slot 0.
		ops, err := d.AccountOps(ctx, 2, 0, 0, 10)
		if err != nil || len(ops) != 2 || ops[0].Slot != 1 || ops[1].Slot != 0 || ops[0].Block != 2 || ops[0].TxHash != [32]byte{3} {
			t.Fatalf("account 2's history %+v %v", ops, err)
		}
		if ops, _ := d.AccountOps(ctx, 2, 2, 1, 10); len(ops) != 1 || ops[0].Slot != 0 {
			t.Fatalf("account 2's history before (2, 1): %+v", ops)
		}
		if ops, _ := d.AccountOps(ctx, 1, 0, 0, 1); len(ops) != 1 || ops[0].Block != 2 {
			t.Fatalf("account 1's newest: %+v", ops)
		}
		if ops, _ := d.AccountOps(ctx, 1, 2, 0, 10); len(ops) != 1 || ops[0].Block != 1 || ops[0].PriorityID == nil {
			t.Fatalf("account 1's deposit: %+v", ops)
		}
		if raw, typ, err := d.TxBytes(ctx, [32]byte{3}); err != nil || typ != 2 || raw[0] != 3 {
			t.Fatalf("TxBytes %x %d %v", raw, typ, err)
		}
		if _, _, err := d.TxBytes(ctx, [32]byte{9}); err == nil {
			t.Fatal("TxBytes of an unknown hash")
		}

		// An L1 commit of both blocks: sent, then settled with its receipt;
		// the marker the live views poll moves at each step.
		marker := func() string {
			t.Helper()
			m, err := d.L1TxsMarker(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return m
		}
		m0 := marker()
		tx, err := d.EnqueueL1Tx(ctx, L1Tx{Owner: "a", OpKey: "commit-1-2", Data: []byte{1}, Value: new(big.Int), GasLimit: 1e6})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.AddL1Batch(ctx, L1Batch{Stage: status.StageCommit, First: 1, Last: 2, OpKey: "commit-1-2"}); err != nil {
			t.Fatal(err)
		}
		m1 := marker()
		if m1 == m0 {
			t.Fatalf("the marker %s did not move when a transaction was queued", m0)
		}
		refs, err := d.L1TxsOfBlocks(ctx, 2, 2)
		if err != nil || len(refs) != 1 || refs[0].Hash != ([32]byte{}) || refs[0].Status != status.L1TxQueued {
			t.Fatalf("a queued transaction %+v %v", refs, err)
		}
		if err := d.SaveAttempt(ctx, tx.ID, 0, big.NewInt(1), big.NewInt(2), [32]byte{0xa1}, 5); err != nil {
			t.Fatal(err)
		}
		if m := marker(); m == m1 {
			t.Fatalf("the marker %s did not move when the transaction was sent", m1)
		} else {
			m1 = m
		}
		if refs, _ := d.L1TxsOfBlocks(ctx, 1, 1); len(refs) != 1 || refs[0].Hash != [32]byte{0xa1} || refs[0].GasUsed != nil {
			t.Fatalf("a sent transaction %+v", refs)
		}
		if c, _ := d.ConfirmedL1Txs(ctx, 10); len(c) != 0 {
			t.Fatalf("confirmed before the receipt: %+v", c)
		}
		if err := d.SettleL1Tx(ctx, tx.ID, status.L1TxConfirmed, L1Receipt{Block: 9, Hash: [32]byte{0xa2}, GasUsed: 123456, BlobGasUsed: 131072, At: 77}, ""); err != nil {
			t.Fatal(err)
		}
		if m2 := marker(); m2 == m1 {
			t.Fatalf("the marker %s did not move when the transaction settled", m1)
		}
		refs, err = d.L1TxsOfBlocks(ctx, 1, 2)
		if err != nil || len(refs) != 1 || refs[0].Hash != [32]byte{0xa2} || *refs[0].GasUsed != 123456 || *refs[0].BlobGasUsed != 131072 ||
			*refs[0].MinedBlock != 9 || *refs[0].MinedAt != 77 || refs[0].Status != status.L1TxConfirmed {
			t.Fatalf("a settled transaction %+v %v", refs, err)
		}
		if p, _ := d.L1Progress(ctx); p.Committed != 2 {
			t.Fatalf("L1 progress after a settled commit: %+v", p)
		}
		if c, _ := d.ConfirmedL1Txs(ctx, 10); len(c) != 1 || c[0].Last != 2 {
			t.Fatalf("confirmed: %+v", c)
		}
		counts, err := d.OpTypeCounts(ctx, 1, 2)
		if err != nil || counts[2][2] != 2 || counts[1][1] != 1 {
			t.Fatalf("op counts %+v %v", counts, err)
		}

		// Proof times: from PROVING (the witness saved) to the proof.
		if err := d.RequestProofs(ctx, 2, 0); err != nil {
			t.Fatal(err)
		}
		if _, ok, err := d.ClaimProofRequest(ctx, "p", 100, 1000, 3); err != nil || !ok {
			t.Fatal(ok, err)
		}
		if err := d.SaveWitness(ctx, 1, "p", []byte("w"), 200, 1000); err != nil {
			t.Fatal(err)
		}
		if err := d.CompleteProof(ctx, 1, "p", []byte("proof"), 1450); err != nil {
			t.Fatal(err)
		}
		times, err := d.RecentProofTimes(ctx, 10)
		if err != nil || len(times) != 1 || times[0].Block != 1 || times[0].Ms != 1250 || times[0].Prover != "p" || times[0].CompletedAt != 1450 {
			t.Fatalf("proof times %+v %v", times, err)
		}
		if r, _ := d.ProofRequestOf(ctx, 1); r.ProofMs != 1250 {
			t.Fatalf("ProofRequestOf: %+v", r)
		}
	})
}

// TestMigration0009BackfillsHistories: blocks sealed before the explorer's
// migration are in their acting accounts' histories after it.
func TestMigration0009BackfillsHistories(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		if _, err := d.db.Exec("DROP TABLE account_ops"); err != nil {
			t.Fatal(err)
		}
		for _, stmt := range []string{
			"ALTER TABLE l1_txs DROP COLUMN mined_hash", "ALTER TABLE l1_txs DROP COLUMN gas_used",
			"ALTER TABLE l1_txs DROP COLUMN blob_gas_used", "ALTER TABLE l1_txs DROP COLUMN mined_at",
			"ALTER TABLE proof_requests DROP COLUMN proving_at", "ALTER TABLE proof_requests DROP COLUMN proof_ms",
		} {
			if _, err := d.db.Exec(stmt); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := d.db.Exec(d.q(`DELETE FROM schema_migrations WHERE version >= ?`), 9); err != nil {
			t.Fatal(err)
		}
		// a block of schema 8: a noop and a transfer by account 4
		if _, err := d.db.Exec(d.q(`INSERT INTO blocks (number, timestamp, fee_account, old_root, new_root, commitment, pubdata, sealed_at)
			VALUES (1, 0, 0, ?, ?, ?, ?, 0)`), []byte{0}, []byte{0}, []byte{0}, []byte{0}); err != nil {
			t.Fatal(err)
		}
		for slot, typ := range []int{2, 0} {
			if _, err := d.db.Exec(d.q(`INSERT INTO block_ops (block_number, slot, tx_hash, op_type, account, tx) VALUES (1, ?, ?, ?, 4, ?)`),
				slot, []byte{byte(slot + 1)}, typ, []byte{1}); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.migrate(ctx, 9); err != nil {
			t.Fatal(err)
		}
		ops, err := d.AccountOps(ctx, 4, 0, 0, 10)
		if err != nil || len(ops) != 1 || ops[0].Slot != 0 {
			t.Fatalf("account 4's history after the migration: %+v %v", ops, err)
		}
	})
}
