package kv

import (
	"bytes"
	"errors"
	"fmt"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/bloom"
)

// Pebble tuning. The trees read many keys that do not exist (empty
// subtrees), which bloom filters answer without touching data blocks.
const (
	pebbleCacheSize    = 128 << 20
	pebbleMemTableSize = 64 << 20
	pebbleBloomBits    = 10
	iterateChunk       = 256 // entries copied per locked step of Iterate
)

// pebbleStore guards db with mu: every call holds it for reading, Close for
// writing, because Pebble panics when used after Close.
type pebbleStore struct {
	mu     sync.RWMutex
	db     *pebble.DB
	closed bool
}

// OpenPebble opens the Pebble store in dir, creating it if needed.
func OpenPebble(dir string) (Store, error) {
	cache := pebble.NewCache(pebbleCacheSize)
	defer cache.Unref() // the DB holds its own reference
	opts := &pebble.Options{
		Cache:        cache,
		MemTableSize: pebbleMemTableSize,
		Logger:       quietLogger{pebble.DefaultLogger},
		Levels:       make([]pebble.LevelOptions, 7),
	}
	for i := range opts.Levels {
		opts.Levels[i].FilterPolicy = bloom.FilterPolicy(pebbleBloomBits)
		opts.Levels[i].FilterType = pebble.TableFilter
	}
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("open pebble at %s: %w", dir, err)
	}
	return &pebbleStore{db: db}, nil
}

func (s *pebbleStore) Get(key []byte) ([]byte, bool, error) {
	var out []byte
	found, err := s.View(key, func(v []byte) error {
		out = bytes.Clone(v)
		return nil
	})
	if err != nil || !found {
		return nil, false, err
	}
	return out, true, nil
}

func (s *pebbleStore) View(key []byte, fn func([]byte) error) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
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
		return false, fmt.Errorf("pebble get: %w", err)
	}
	return true, ferr
}

// Iterate copies iterateChunk entries at a time under the read lock and
// calls fn outside it, so fn may use the store (even Close it).
func (s *pebbleStore) Iterate(prefix []byte, fn func(key, value []byte) bool) error {
	lower, upper := bytes.Clone(prefix), prefixEnd(prefix)
	for {
		keys, vals, more, err := s.chunk(lower, upper)
		if err != nil {
			return err
		}
		for i := range keys {
			if !fn(keys[i], vals[i]) {
				return nil
			}
		}
		if !more {
			return nil
		}
		lower = append(bytes.Clone(keys[len(keys)-1]), 0) // the next possible key
	}
}

// chunk copies up to iterateChunk entries in [lower, upper).
func (s *pebbleStore) chunk(lower, upper []byte) (keys, vals [][]byte, more bool, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, nil, false, ErrClosed
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return nil, nil, false, fmt.Errorf("pebble iterate: %w", err)
	}
	for ok := it.First(); ok; ok = it.Next() {
		if len(keys) == iterateChunk {
			more = true
			break
		}
		keys = append(keys, bytes.Clone(it.Key()))
		vals = append(vals, bytes.Clone(it.Value()))
	}
	if err := it.Close(); err != nil {
		return nil, nil, false, fmt.Errorf("pebble iterate: %w", err)
	}
	return keys, vals, more, nil
}

func (s *pebbleStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close pebble: %w", err)
	}
	return nil
}

// pebbleBatch wraps a Pebble batch, created on the first write.
type pebbleBatch struct {
	s *pebbleStore
	b *pebble.Batch
}

func (s *pebbleStore) NewBatch() Batch { return &pebbleBatch{s: s} }

func (b *pebbleBatch) batch() *pebble.Batch {
	if b.b == nil {
		b.b = b.s.db.NewBatch() // takes a pooled buffer; touches no DB state
	}
	return b.b
}

// Set and Delete copy key and value into the batch's buffer. They fail only
// on an indexed batch, which this is not.
func (b *pebbleBatch) Set(key, value []byte) { _ = b.batch().Set(key, value, nil) }
func (b *pebbleBatch) Delete(key []byte)     { _ = b.batch().Delete(key, nil) }

func (b *pebbleBatch) Len() int {
	if b.b == nil {
		return 0
	}
	return int(b.b.Count())
}

// Commit applies the batch and waits for the WAL fsync.
func (b *pebbleBatch) Commit() error {
	b.s.mu.RLock()
	defer b.s.mu.RUnlock()
	if b.s.closed {
		return ErrClosed
	}
	if b.b == nil {
		return nil
	}
	if err := b.b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("pebble commit: %w", err)
	}
	_ = b.b.Close() // returns the buffer to Pebble's pool; never fails
	b.b = nil
	return nil
}

// quietLogger drops Pebble's informational chatter; errors reach callers.
// Fatalf stays Pebble's own.
type quietLogger struct{ pebble.Logger }

func (quietLogger) Infof(string, ...interface{}) {}
