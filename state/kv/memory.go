package kv

import (
	"bytes"
	"slices"
	"strings"
	"sync"
)

// memStore is a memMap guarded by a RWMutex: readers share it, Commit and
// Close take it alone.
type memStore struct {
	mu     sync.RWMutex
	m      memMap
	closed bool
}

// NewMemory returns an empty in-memory store, safe for concurrent readers
// and one writer. It copies values in and out.
func NewMemory() Store { return &memStore{m: newMemMap()} }

// viewBufs holds the buffers View copies inline values into for fn.
var viewBufs = sync.Pool{New: func() any { return new([inlineVal]byte) }}

func (s *memStore) Get(key []byte) ([]byte, bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, false, ErrClosed
	}
	var buf [inlineVal]byte
	v, ok := s.m.get(key, &buf)
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
	buf := viewBufs.Get().(*[inlineVal]byte)
	defer viewBufs.Put(buf)
	v, ok := s.m.get(key, buf)
	if !ok {
		return false, nil
	}
	return true, fn(v)
}

// Iterate copies the matching entries under the read lock, then calls fn
// without it, so fn may use the store.
func (s *memStore) Iterate(prefix []byte, fn func(key, value []byte) bool) error {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return ErrClosed
	}
	es := s.m.collect(prefix)
	s.mu.RUnlock()
	slices.SortFunc(es, func(a, b memEntry) int { return strings.Compare(a.key, b.key) })
	for _, e := range es {
		if !fn([]byte(e.key), bytes.Clone(e.value)) {
			break
		}
	}
	return nil
}

func (s *memStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.m = memMap{}
	return nil
}

// memOp is one queued write: key and value are arena[off:off+klen] and
// the vlen bytes after it.
type memOp struct {
	off, klen, vlen int
	del             bool
}

// memBatch queues writes in one arena, so that Set costs no allocation.
type memBatch struct {
	s     *memStore
	arena []byte
	ops   []memOp
}

func (s *memStore) NewBatch() Batch { return &memBatch{s: s} }

func (b *memBatch) Set(key, value []byte) {
	b.ops = append(b.ops, memOp{off: len(b.arena), klen: len(key), vlen: len(value)})
	b.arena = append(append(b.arena, key...), value...)
}

func (b *memBatch) Delete(key []byte) {
	b.ops = append(b.ops, memOp{off: len(b.arena), klen: len(key), del: true})
	b.arena = append(b.arena, key...)
}

func (b *memBatch) Len() int { return len(b.ops) }

func (b *memBatch) Commit() error {
	b.s.mu.Lock()
	defer b.s.mu.Unlock()
	if b.s.closed {
		return ErrClosed
	}
	for _, op := range b.ops {
		key := b.arena[op.off : op.off+op.klen]
		if op.del {
			b.s.m.del(key)
		} else {
			b.s.m.set(key, b.arena[op.off+op.klen:op.off+op.klen+op.vlen])
		}
	}
	b.arena, b.ops = b.arena[:0], b.ops[:0]
	return nil
}
