package kv

import "errors"

// ErrClosed is returned by every call on a closed store.
var ErrClosed = errors.New("kv store is closed")

// Reader reads single keys.
type Reader interface {
	// Get returns a copy of the value of key, and whether the key exists.
	Get(key []byte) (value []byte, found bool, err error)
}

// Store is a key-value store with atomic batches. Implementations are safe
// for concurrent readers alongside one writer.
type Store interface {
	Reader
	// View calls fn with the value of key without copying it, and reports
	// whether the key exists; fn's error is returned as is. fn must not keep
	// v nor call the store. It is the allocation-free read of hot paths.
	View(key []byte, fn func(v []byte) error) (found bool, err error)
	// NewBatch starts an empty batch of writes.
	NewBatch() Batch
	// Iterate calls fn for every key with prefix, in ascending key order,
	// until fn returns false. key and value are copies fn may keep, and fn
	// may call the store. Writes committed while Iterate runs may or may
	// not be seen.
	Iterate(prefix []byte, fn func(key, value []byte) bool) error
	// Close releases the store; later calls return ErrClosed. Closing twice
	// is not an error.
	Close() error
}

// Batch collects writes that Commit applies atomically, in the order they
// were made. A Batch is used by one goroutine; it is empty again after a
// successful Commit and may be reused.
type Batch interface {
	Set(key, value []byte) // copies key and value
	Delete(key []byte)     // copies key; deleting a missing key is not an error
	Len() int              // number of queued writes
	Commit() error
}

// prefixEnd returns the smallest key greater than every key with prefix, or
// nil if there is none (prefix is empty or all 0xff).
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
