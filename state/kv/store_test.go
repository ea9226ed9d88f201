package kv

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestBatchIsAtomicForConcurrentReaders: a writer commits batches that set
// every key of a group to the same counter; readers scanning the group never
// see two counters.
func TestBatchIsAtomicForConcurrentReaders(t *testing.T) {
	forEachStore(t, func(t *testing.T, s Store) {
		const keys, rounds = 8, 50
		commitRound := func(n uint64) {
			b := s.NewBatch()
			for k := range keys {
				b.Set([]byte{'g', byte(k)}, binary.BigEndian.AppendUint64(nil, n))
			}
			if err := b.Commit(); err != nil {
				t.Error(err)
			}
		}
		commitRound(0)
		done := make(chan struct{})
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-done:
						return
					default:
					}
					seen := map[uint64]bool{}
					err := s.Iterate([]byte("g"), func(k, v []byte) bool { seen[binary.BigEndian.Uint64(v)] = true; return true })
					if err != nil || len(seen) != 1 {
						t.Errorf("reader saw counters %v (err %v), want one", seen, err)
						return
					}
				}
			}()
		}
		for n := uint64(1); n <= rounds; n++ {
			commitRound(n)
		}
		close(done)
		wg.Wait()
	})
}

func TestPebbleReopenFindsCommittedData(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenPebble(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s, "key", "value", "gone", "x")
	write(t, s, "gone", "<del>")
	lost := s.NewBatch()
	lost.Set([]byte("uncommitted"), []byte("1"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := lost.Commit(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Commit after Close: got %v, want ErrClosed", err)
	}
	s, err = OpenPebble(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := scan(t, s, ""); got != "key=value" {
		t.Fatalf("after reopen: got %q, want key=value", got)
	}
}

func TestOpenPebbleErrorNamesTheDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := OpenPebble(file)
	if err == nil || !strings.Contains(err.Error(), "open pebble at "+file) {
		t.Fatalf("got %v, want an error naming %s", err, file)
	}
	if errors.Unwrap(err) == nil {
		t.Fatal("error does not wrap Pebble's")
	}
}

func TestPebbleSecondOpenOfSameDirFails(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenPebble(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s2, err := OpenPebble(dir); err == nil {
		s2.Close()
		t.Fatal("second OpenPebble of a locked directory succeeded")
	}
}
