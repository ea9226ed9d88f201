package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // SQLite driver "sqlite"
)

// Errors callers test for.
var (
	ErrNotFound  = errors.New("not found")
	ErrConflict  = errors.New("conflicts with a stored row")
	ErrBadConfig = errors.New("bad store configuration")
)

// Config selects the database: PostgreSQL when PostgresURL is set,
// otherwise SQLite in the file SQLitePath.
type Config struct {
	PostgresURL string
	SQLitePath  string
}

// Check reports a configuration that cannot open.
func (c Config) Check() error {
	if c.PostgresURL == "" && c.SQLitePath == "" {
		return fmt.Errorf("%w: set a PostgreSQL URL or an SQLite file path", ErrBadConfig)
	}
	return nil
}

// DB is the rollup's database.
type DB struct {
	db       *sql.DB
	postgres bool
	l1Writes atomic.Uint64 // writes to l1_txs through this DB (L1TxWrites)
}

// Open connects, and migrates the schema to the newest version.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	d := &DB{postgres: cfg.PostgresURL != ""}
	var err error
	if d.postgres {
		d.db, err = sql.Open("pgx", cfg.PostgresURL)
	} else {
		// WAL: readers never block the writer. synchronous(FULL): a
		// committed transaction survives power loss, not only a crash.
		// _txlock=immediate: a write transaction takes the write lock at
		// BEGIN, so two writers queue instead of failing at COMMIT.
		dsn := "file:" + filepath.ToSlash(cfg.SQLitePath) +
			"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_txlock=immediate"
		d.db, err = sql.Open("sqlite", dsn)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", d.Backend(), err)
	}
	if err := d.db.PingContext(ctx); err != nil {
		d.db.Close()
		return nil, fmt.Errorf("connect to %s: %w", d.Backend(), err)
	}
	if err := d.migrate(ctx, len(migrations)); err != nil {
		d.db.Close()
		return nil, err
	}
	return d, nil
}

// Backend names the database in use: "sqlite" or "postgres".
func (d *DB) Backend() string {
	if d.postgres {
		return "postgres"
	}
	return "sqlite"
}

// Close closes the connection pool.
func (d *DB) Close() error { return d.db.Close() }

// q rewrites a query written with ? placeholders for the backend
// (PostgreSQL numbers them: $1, $2, ...).
func (d *DB) q(query string) string {
	if !d.postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tx is one SQL transaction with the backend's placeholders.
type tx struct {
	d  *DB
	tx *sql.Tx
}

func (t *tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.d.q(query), args...)
}

func (t *tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.d.q(query), args...)
}

func (t *tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.d.q(query), args...)
}

// inTx runs f in one transaction: committed if f returns nil, rolled back
// otherwise.
func (d *DB) inTx(ctx context.Context, f func(*tx) error) error {
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(&tx{d: d, tx: t}); err != nil {
		_ = t.Rollback()
		return err
	}
	if err := t.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func (d *DB) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return d.db.QueryContext(ctx, d.q(query), args...)
}

func (d *DB) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return d.db.QueryRowContext(ctx, d.q(query), args...)
}

// isUniqueViolation reports a primary-key or unique-index conflict in
// either backend.
func isUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, "UNIQUE constraint failed") || // SQLite
		strings.Contains(s, "SQLSTATE 23505") // PostgreSQL unique_violation
}
