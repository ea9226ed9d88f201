package kv

import (
	"bytes"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/cockroachdb/pebble"
)

type pebbleStore struct {
	db     *pebble.DB
	closed atomic.Bool
}

// OpenPebble opens (creating if needed) a Pebble store in dir.
func OpenPebble(dir string) (Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{pebble.DefaultLogger}})
	if err != nil {
		return nil, fmt.Errorf("open pebble at %s: %w", dir, err)
	}
	return &pebbleStore{db: db}, nil
}

func (s *pebbleStore) Get(key []byte) ([]byte, bool, error) {
	if s.closed.Load() {
		return nil, false, ErrClosed
	}
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("pebble get: %w", err)
	}
	out := bytes.Clone(v)
	return out, true, closer.Close()
}

func (s *pebbleStore) View(key []byte, fn func([]byte) error) (bool, error) {
	if s.closed.Load() {
		return false, ErrClosed
	}
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("pebble get: %w", err)
	}
	ferr := fn(v)
	if err := closer.Close(); err != nil {
		return true, err
	}
	return true, ferr
}

func (s *pebbleStore) Iterate(prefix []byte, fn func(key, value []byte) bool) error {
	if s.closed.Load() {
		return ErrClosed
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return fmt.Errorf("pebble iterate: %w", err)
	}
	for it.First(); it.Valid(); it.Next() {
		if !fn(it.Key(), it.Value()) {
			break
		}
	}
	return it.Close()
}

func (s *pebbleStore) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.db.Close()
}

type pebbleBatch struct {
	s *pebbleStore
	b *pebble.Batch
}

func (s *pebbleStore) NewBatch() Batch { return &pebbleBatch{s: s, b: s.db.NewBatch()} }

// Pebble's batch copies key and value into its own buffer.
func (b *pebbleBatch) Set(key, value []byte) { _ = b.b.Set(key, value, nil) }
func (b *pebbleBatch) Delete(key []byte)     { _ = b.b.Delete(key, nil) }
func (b *pebbleBatch) Len() int              { return int(b.b.Count()) }

func (b *pebbleBatch) Commit() error {
	if b.s.closed.Load() {
		return ErrClosed
	}
	if err := b.b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("pebble commit: %w", err)
	}
	b.b = b.s.db.NewBatch()
	return nil
}

// quietLogger drops Pebble's informational chatter; errors reach callers.
// Fatalf stays Pebble's own.
type quietLogger struct{ pebble.Logger }

func (quietLogger) Infof(string, ...interface{}) {}
