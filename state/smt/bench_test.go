package smt

import (
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"

	"github.com/zkrollup/zkrollup/state/kv"
)

const benchDepth = 24

// prefill sets n random leaves of a depth-24 tree in store and commits them
// in batches of 100,000.
func prefill(b *testing.B, store kv.Store, n int) {
	tr := newTree(b, store, "bench", benchDepth)
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range n {
		mustSet(b, tr, rng.Uint64N(1<<benchDepth), el(uint64(i)+1))
		if (i+1)%100_000 == 0 || i == n-1 {
			commit(b, store, tr)
		}
	}
}

// benchUpdates times batches of random updates + Root + Commit (batch
// included) and reports updates per second.
func benchUpdates(b *testing.B, store kv.Store, batch int) {
	tr := newTree(b, store, "bench", benchDepth)
	rng := rand.New(rand.NewPCG(2, uint64(batch)))
	updates := 0
	for b.Loop() {
		for range batch {
			mustSet(b, tr, rng.Uint64N(1<<benchDepth), el(rng.Uint64()))
		}
		mustRoot(b, tr)
		commit(b, store, tr)
		updates += batch
	}
	b.ReportMetric(float64(updates)/b.Elapsed().Seconds(), "updates/s")
}

var (
	millionOnce  sync.Once
	millionStore kv.Store
)

// BenchmarkTreeUpdateDepth24With1MLeaves: batches of 1,000 random updates
// into a depth-24 in-memory tree already holding 1,000,000 random leaves
// (built once per process, outside the timer).
func BenchmarkTreeUpdateDepth24With1MLeaves(b *testing.B) {
	millionOnce.Do(func() {
		millionStore = kv.NewMemory()
		prefill(b, millionStore, 1_000_000)
	})
	benchUpdates(b, millionStore, 1000)
}

// BenchmarkTreeUpdateDepth24PebbleWith100kLeaves: the same on Pebble, with
// an fsync per batch, over 100,000 leaves.
func BenchmarkTreeUpdateDepth24PebbleWith100kLeaves(b *testing.B) {
	s, err := kv.OpenPebble(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	prefill(b, s, 100_000)
	benchUpdates(b, s, 1000)
}

// BenchmarkRootBatch: Root over k dirty random leaves of an empty depth-24
// tree (Sets outside the timer).
func BenchmarkRootBatch(b *testing.B) {
	for _, k := range []int{1, 100, 10_000} {
		b.Run(strconv.Itoa(k), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(3, 3))
			for b.Loop() {
				b.StopTimer()
				tr := newTree(b, kv.NewMemory(), "r", benchDepth)
				for range k {
					mustSet(b, tr, rng.Uint64N(1<<benchDepth), el(1))
				}
				b.StartTimer()
				mustRoot(b, tr)
			}
			b.ReportMetric(float64(k*b.N)/b.Elapsed().Seconds(), "leaves/s")
		})
	}
}

// BenchmarkRootAfterEachTransfer: 4 random leaf updates then Root, as a
// witness generator asking for every transaction's root would; Commit every
// 100 transfers.
func BenchmarkRootAfterEachTransfer(b *testing.B) {
	s := kv.NewMemory()
	tr := newTree(b, s, "t", benchDepth)
	rng := rand.New(rand.NewPCG(4, 4))
	n := 0
	for b.Loop() {
		for range 4 {
			mustSet(b, tr, rng.Uint64N(1<<benchDepth), el(rng.Uint64()))
		}
		mustRoot(b, tr)
		if n++; n%100 == 0 {
			commit(b, s, tr)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "transfers/s")
}

// BenchmarkNew: opening one of the many per-account trees.
func BenchmarkNew(b *testing.B) {
	s := kv.NewMemory()
	prefix := []byte("b\x00\x00\x00\x01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(s, prefix, 16); err != nil {
			b.Fatal(err)
		}
	}
}
