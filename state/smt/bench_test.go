package smt

import (
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"

	"github.com/zkrollup/zkrollup/state/kv"
)

// prefilled builds, once per process, a depth-24 tree with n random leaves
// committed to store.
func prefilled(b *testing.B, store kv.Store, n int) *Tree {
	tr := newTree(b, store, "bench", 24)
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range n {
		if err := tr.Set(rng.Uint64N(1<<24), el(uint64(i)+1)); err != nil {
			b.Fatal(err)
		}
		if (i+1)%200_000 == 0 || i == n-1 {
			commit(b, store, tr)
		}
	}
	return tr
}

var (
	memTreeOnce sync.Once
	memStore    kv.Store
)

// benchUpdates times batches of random updates + Root + Commit.
func benchUpdates(b *testing.B, store kv.Store, tr *Tree, batch int) {
	rng := rand.New(rand.NewPCG(2, uint64(batch)))
	updates := 0
	for b.Loop() {
		for range batch {
			if err := tr.Set(rng.Uint64N(1<<24), el(rng.Uint64())); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := tr.Root(); err != nil {
			b.Fatal(err)
		}
		commit(b, store, tr)
		updates += batch
	}
	b.ReportMetric(float64(updates)/b.Elapsed().Seconds(), "updates/s")
}

// BenchmarkTreeUpdateDepth24With1MLeaves: 1,000 random updates per batch
// into a depth-24 tree already holding 1,000,000 leaves (in-memory store).
func BenchmarkTreeUpdateDepth24With1MLeaves(b *testing.B) {
	memTreeOnce.Do(func() {
		memStore = kv.NewMemory()
		prefilled(b, memStore, 1_000_000)
	})
	benchUpdates(b, memStore, newTree(b, memStore, "bench", 24), 1000)
}

// BenchmarkTreeUpdateDepth24PebbleWith100kLeaves: the same on Pebble
// (fsync per batch) with 100,000 leaves present.
func BenchmarkTreeUpdateDepth24PebbleWith100kLeaves(b *testing.B) {
	s, err := kv.OpenPebble(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchUpdates(b, s, prefilled(b, s, 100_000), 1000)
}

// BenchmarkRootBatch: Root over k dirty leaves of an empty depth-24 tree.
func BenchmarkRootBatch(b *testing.B) {
	for _, k := range []int{1, 100, 10_000} {
		b.Run(strconv.Itoa(k), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(3, 3))
			for b.Loop() {
				b.StopTimer()
				tr := newTree(b, kv.NewMemory(), "r", 24)
				for range k {
					_ = tr.Set(rng.Uint64N(1<<24), el(1))
				}
				b.StartTimer()
				if _, err := tr.Root(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(k*b.N)/b.Elapsed().Seconds(), "leaves/s")
		})
	}
}
