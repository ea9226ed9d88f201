package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// PostgresURLEnv names the PostgreSQL server the tests use (CI sets it).
const PostgresURLEnv = "ZKROLLUP_TEST_POSTGRES_URL"

// eachBackend runs f against a fresh SQLite file and a fresh PostgreSQL
// schema; reopen opens the same database again (a restart).
func eachBackend(t *testing.T, f func(t *testing.T, d *DB, reopen func() *DB)) {
	t.Run("sqlite", func(t *testing.T) {
		cfg := Config{SQLitePath: filepath.Join(t.TempDir(), "zkrollup.db")}
		f(t, openT(t, cfg), func() *DB { return openT(t, cfg) })
	})
	t.Run("postgres", func(t *testing.T) {
		cfg := postgresSchema(t)
		f(t, openT(t, cfg), func() *DB { return openT(t, cfg) })
	})
}

func openT(t *testing.T, cfg Config) *DB {
	t.Helper()
	d, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// postgresSchema creates a schema of its own for the test and returns a
// config whose connections use it.
func postgresSchema(t *testing.T) Config {
	t.Helper()
	base := os.Getenv(PostgresURLEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests need %s (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable); CI sets it", PostgresURLEnv)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("t_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema on %s: %v", base, err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", base)
		if err == nil {
			_, _ = a.Exec("DROP SCHEMA " + schema + " CASCADE")
			a.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return Config{PostgresURL: u.String()}
}

func TestMigrationsAreNumberedInOrder(t *testing.T) {
	if len(migrations) == 0 {
		t.Fatal("no migrations embedded")
	}
	entries, _ := migrationFiles.ReadDir("migrations")
	if len(entries) != len(migrations) {
		t.Fatalf("%d files in migrations/, %d parsed: every file must be NNNN_name.sql", len(entries), len(migrations))
	}
	for i, m := range migrations {
		if m.version != i+1 {
			t.Fatalf("migration %s has version %d, want %d (no gaps)", m.name, m.version, i+1)
		}
	}
}

func TestOpenMigratesOnceAndRefusesNewerSchema(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		v, err := d.SchemaVersion(ctx)
		if err != nil || v != len(migrations) {
			t.Fatalf("schema version %d (%v), want %d", v, err, len(migrations))
		}
		d2 := reopen() // migrations already applied: nothing to do
		if v, _ := d2.SchemaVersion(ctx); v != len(migrations) {
			t.Fatalf("after reopen: version %d", v)
		}
		if _, err := d.db.Exec(d.q(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 0)`), len(migrations)+1); err != nil {
			t.Fatal(err)
		}
		if err := d.migrate(ctx, len(migrations)); err == nil {
			t.Fatal("a database from a newer binary was accepted")
		} else {
			t.Logf("refused: %v", err)
		}
	})
}

func TestMempoolSurvivesRestartAndRefusesDuplicates(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		a := MempoolTx{Hash: [32]byte{1}, Account: 7, Nonce: 0, Tx: []byte{0xaa, 0}, ReceivedAt: 100}
		b := MempoolTx{Hash: [32]byte{2}, Account: 7, Nonce: 1, Tx: []byte{0xbb}, ReceivedAt: 101}
		c := MempoolTx{Hash: [32]byte{3}, Account: 9, Nonce: 0, Tx: []byte{0xcc}, ReceivedAt: 100}
		for _, m := range []MempoolTx{a, b, c} {
			if err := d.AddMempoolTx(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		dupHash := a
		dupHash.Nonce = 5
		sameNonce := a
		sameNonce.Hash = [32]byte{4}
		for _, m := range []MempoolTx{dupHash, sameNonce} {
			if err := d.AddMempoolTx(ctx, m); !errors.Is(err, ErrConflict) {
				t.Fatalf("duplicate accepted: %v", err)
			}
		}
		got, err := reopen().MempoolTxs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := []MempoolTx{a, c, b}; !reflect.DeepEqual(got, want) {
			t.Fatalf("after restart got %+v, want %+v", got, want)
		}
		if err := d.RemoveMempoolTxs(ctx, [][32]byte{a.Hash}); err != nil {
			t.Fatal(err)
		}
		if got, _ := d.MempoolTxs(ctx); len(got) != 2 {
			t.Fatalf("%d left after removing one of 3", len(got))
		}
	})
}

func prio(id uint64, b byte) PriorityOp {
	return PriorityOp{ID: id, OpType: 1, Pubdata: []byte{1, b}, Expiry: 100 + id, L1Block: 10, L1BlockHash: [32]byte{b}, L1TxHash: [32]byte{b, 1}}
}

func TestPriorityOpsInOrderIdempotentAndReorgable(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(0, 1), prio(1, 2)}); err != nil {
			t.Fatal(err)
		}
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(1, 2)}); err != nil {
			t.Fatalf("re-reading the same request: %v", err)
		}
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(1, 9)}); !errors.Is(err, ErrConflict) {
			t.Fatalf("a different request under a stored id: %v", err)
		}
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(2, 3), prio(4, 4)}); !errors.Is(err, ErrConflict) {
			t.Fatalf("a gap in ids: %v", err)
		}
		got, err := d.PriorityOps(ctx, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		if want := []PriorityOp{prio(0, 1), prio(1, 2)}; !reflect.DeepEqual(got, want) {
			t.Fatalf("got %+v, want %+v (the failed batch must leave nothing)", got, want)
		}
		if err := d.RemovePriorityOpsFrom(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if got, _ := d.PriorityOps(ctx, 0, 10); len(got) != 1 {
			t.Fatalf("%d ops after removing from 1", len(got))
		}
	})
}

func TestSealBlockIsAtomic(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		tx1 := MempoolTx{Hash: [32]byte{1}, Account: 1, Nonce: 0, Tx: []byte{2, 1}, ReceivedAt: 1}
		tx2 := MempoolTx{Hash: [32]byte{2}, Account: 1, Nonce: 1, Tx: []byte{2, 2}, ReceivedAt: 2}
		bad := MempoolTx{Hash: [32]byte{3}, Account: 2, Nonce: 0, Tx: []byte{2, 3}, ReceivedAt: 3}
		for _, m := range []MempoolTx{tx1, tx2, bad} {
			if err := d.AddMempoolTx(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(0, 1)}); err != nil {
			t.Fatal(err)
		}
		if err := d.SavePending(ctx, 1, []byte("mini-block")); err != nil {
			t.Fatal(err)
		}
		zero := uint64(0)
		b1 := Block{Number: 1, Timestamp: 5, FeeAccount: 0, OldRoot: [32]byte{1}, NewRoot: [32]byte{2}, Commitment: [32]byte{3}, Pubdata: []byte{1, 2, 3},
			Ops: []BlockOp{
				{Slot: 0, TxHash: [32]byte{9}, OpType: 1, Account: 1, Tx: []byte{1}, PriorityID: &zero},
				{Slot: 1, TxHash: tx1.Hash, OpType: 2, Account: 1, Tx: tx1.Tx},
			}}
		if err := d.SealBlock(ctx, b1, []Rejection{{Hash: bad.Hash, Reason: "insufficient funds"}}); err != nil {
			t.Fatal(err)
		}
		// A second block reusing the processed priority op fails whole.
		b2 := Block{Number: 2, Timestamp: 6, Ops: []BlockOp{
			{Slot: 0, TxHash: tx2.Hash, OpType: 2, Account: 1, Tx: tx2.Tx},
			{Slot: 1, TxHash: [32]byte{8}, OpType: 1, Account: 1, Tx: []byte{1}, PriorityID: &zero},
		}}
		if err := d.SealBlock(ctx, b2, nil); !errors.Is(err, ErrConflict) {
			t.Fatalf("a block reusing a processed priority op: %v", err)
		}
		b3 := b2
		b3.Number = 3
		if err := d.SealBlock(ctx, b3, nil); !errors.Is(err, ErrConflict) {
			t.Fatalf("a block out of sequence: %v", err)
		}

		r := reopen()
		if n, _ := r.LatestBlock(ctx); n != 1 {
			t.Fatalf("latest block %d, want 1", n)
		}
		got, err := r.Block(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, b1) {
			t.Fatalf("block read back as %+v, want %+v", *got, b1)
		}
		if _, err := r.Block(ctx, 2); !errors.Is(err, ErrNotFound) {
			t.Fatalf("block 2: %v", err)
		}
		mp, _ := r.MempoolTxs(ctx)
		if !reflect.DeepEqual(mp, []MempoolTx{tx2}) {
			t.Fatalf("mempool after sealing: %+v, want only tx2", mp)
		}
		for _, c := range []struct {
			hash [32]byte
			want TxStatus
		}{
			{tx1.Hash, TxStatus{State: "included", Block: 1, Slot: 1}},
			{tx2.Hash, TxStatus{State: "pending"}},
			{bad.Hash, TxStatus{State: "rejected", Reason: "insufficient funds"}},
			{[32]byte{0x55}, TxStatus{State: "unknown"}},
		} {
			if s, err := r.TxStatus(ctx, c.hash); err != nil || s != c.want {
				t.Errorf("status of %x: %+v (%v), want %+v", c.hash[:1], s, err, c.want)
			}
		}
		if _, _, err := r.Pending(ctx); !errors.Is(err, ErrNotFound) {
			t.Fatalf("pending block survived sealing: %v", err)
		}
		ops, _ := r.PriorityOps(ctx, 0, 1)
		if ops[0].BlockNumber == nil || *ops[0].BlockNumber != 1 {
			t.Fatalf("priority op 0 not marked processed by block 1")
		}
		if err := r.RemovePriorityOpsFrom(ctx, 0); !errors.Is(err, ErrConflict) {
			t.Fatalf("removing a processed priority op: %v", err)
		}
	})
}

func TestPendingBlockReplaced(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		for i, data := range []string{"a", "bb"} {
			if err := d.SavePending(ctx, 4, []byte(data)); err != nil {
				t.Fatalf("save %d: %v", i, err)
			}
		}
		n, data, err := reopen().Pending(ctx)
		if err != nil || n != 4 || string(data) != "bb" {
			t.Fatalf("pending %d %q %v, want 4 \"bb\"", n, data, err)
		}
	})
}

func TestConfigNeedsADatabase(t *testing.T) {
	if _, err := Open(context.Background(), Config{}); !errors.Is(err, ErrBadConfig) {
		t.Fatalf("empty config: %v", err)
	}
}

// TestMigration0002KeepsPriorityOps: data written under schema 1 is intact
// after migration 2 adds the watcher's cursor and the token table.
func TestMigration0002KeepsPriorityOps(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, _ func() *DB) {
		ctx := context.Background()
		// Start over at schema 1 in a fresh namespace: drop what Open made.
		for _, tbl := range []string{"l1_cursor", "tokens"} {
			if _, err := d.db.Exec("DROP TABLE " + tbl); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := d.db.Exec(d.q(`DELETE FROM schema_migrations WHERE version >= ?`), 2); err != nil {
			t.Fatal(err)
		}
		if err := d.AddPriorityOps(ctx, []PriorityOp{prio(0, 1)}); err != nil {
			t.Fatal(err)
		}
		if err := d.migrate(ctx, 2); err != nil {
			t.Fatal(err)
		}
		got, err := d.PriorityOps(ctx, 0, 5)
		if err != nil || !reflect.DeepEqual(got, []PriorityOp{prio(0, 1)}) {
			t.Fatalf("after migration 2: %+v %v", got, err)
		}
		if _, found, err := d.L1Cursor(ctx); err != nil || found {
			t.Fatalf("cursor after migration: found %v, %v", found, err)
		}
	})
}
