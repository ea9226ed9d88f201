package kv

import (
	"bytes"
	"slices"
	"sync"
)

type memStore struct {
	mu     sync.RWMutex
	m      map[string][]byte
	closed bool
}

// NewMemory returns an in-memory store, safe for concurrent readers and one writer.
func NewMemory() Store { return &memStore{m: make(map[string][]byte)} }

func (s *memStore) Get(key []byte) ([]byte, bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, false, ErrClosed
	}
	v, ok := s.m[string(key)]
	if !ok {
		return nil, false, nil
	}
	return bytes.Clone(v), true, nil
}

func (s *memStore) View(key []byte, fn func([]byte) error) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return false, ErrClosed
	}
	v, ok := s.m[string(key)]
	if !ok {
		return false, nil
	}
	return true, fn(v)
}

func (s *memStore) Iterate(prefix []byte, fn func(key, value []byte) bool) error {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return ErrClosed
	}
	var keys []string
	for k := range s.m {
		if len(k) >= len(prefix) && k[:len(prefix)] == string(prefix) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	vals := make([][]byte, len(keys))
	for i, k := range keys {
		vals[i] = bytes.Clone(s.m[k])
	}
	s.mu.RUnlock()
	for i, k := range keys {
		if !fn([]byte(k), vals[i]) {
			break
		}
	}
	return nil
}

func (s *memStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.m = nil
	return nil
}

type memOp struct {
	key, value []byte
	del        bool
}

type memBatch struct {
	s   *memStore
	ops []memOp
}

func (s *memStore) NewBatch() Batch { return &memBatch{s: s} }

func (b *memBatch) Set(key, value []byte) {
	b.ops = append(b.ops, memOp{key: bytes.Clone(key), value: bytes.Clone(value)})
}

func (b *memBatch) Delete(key []byte) { b.ops = append(b.ops, memOp{key: bytes.Clone(key), del: true}) }

func (b *memBatch) Len() int { return len(b.ops) }

func (b *memBatch) Commit() error {
	b.s.mu.Lock()
	defer b.s.mu.Unlock()
	if b.s.closed {
		return ErrClosed
	}
	for _, op := range b.ops {
		if op.del {
			delete(b.s.m, string(op.key))
		} else {
			b.s.m[string(op.key)] = op.value
		}
	}
	b.ops = nil
	return nil
}
