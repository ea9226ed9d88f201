package kv

import "errors"

// ErrClosed is returned by every call on a closed store.
var ErrClosed = errors.New("kv store is closed")

// Reader reads single keys.
type Reader interface {
	// Get returns a copy of the value of key, and whether it exists.
	Get(key []byte) (value []byte, found bool, err error)
}

// Store is a key-value store with atomic batches.
type Store interface {
	Reader
	// View calls fn with the value of key without copying it, and reports
	// whether the key exists. fn must not keep v. It is the allocation-free
	// read the Merkle trees use on their hot path.
	View(key []byte, fn func(v []byte) error) (found bool, err error)
	// NewBatch starts an empty batch of writes.
	NewBatch() Batch
	// Iterate calls fn for every key with prefix in ascending key order,
	// stopping early when fn returns false. fn must not keep key or value.
	Iterate(prefix []byte, fn func(key, value []byte) bool) error
	Close() error
}

// Batch collects writes that Commit applies atomically.
type Batch interface {
	Set(key, value []byte) // copies key and value
	Delete(key []byte)
	Len() int
	Commit() error
}

// prefixEnd returns the smallest key greater than every key with prefix, or
// nil if there is none (prefix is all 0xff).
func prefixEnd(prefix []byte) []byte {
	end := append([]byte{}, prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}
