package match

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// msg is one input of the benchmark stream.
type msg struct {
	cancel bool
	id     uint64
	o      Order
}

// workload is the worst case the issue names: mostly orders that cross
// the book and cancels, around a moving mid price, between 1,000 accounts.
func workload(n int, seed uint64) []msg {
	rng := rand.New(rand.NewPCG(seed, 18))
	out := make([]msg, 0, n)
	var open []uint64
	mid := uint64(10_000)
	for i := 0; len(out) < n; i++ {
		id := uint64(i + 1)
		switch r := rng.IntN(100); {
		case r < 35 && len(open) > 0: // cancel a random open order
			k := rng.IntN(len(open))
			out = append(out, msg{cancel: true, id: open[k]})
			open[k] = open[len(open)-1]
			open = open[:len(open)-1]
		default:
			side := Side(1 + rng.IntN(2))
			price := mid - 20 + rng.Uint64N(41)
			if r < 70 { // crosses: buys above mid, sells below
				if side == Buy {
					price = mid + rng.Uint64N(10)
				} else {
					price = mid - rng.Uint64N(10)
				}
			}
			out = append(out, msg{id: id, o: Order{ID: id, Account: uint32(1 + rng.IntN(1000)), Market: 1, Side: side, Kind: LimitOrder,
				Price: price, Qty: 1 + rng.Uint64N(10), STP: ExpireMaker}})
			open = append(open, id)
			if rng.IntN(50) == 0 {
				mid = mid - 5 + rng.Uint64N(11)
			}
		}
	}
	return out
}

func benchEngine(b testing.TB) *Engine {
	e := New()
	if err := e.AddMarket(testMarket); err != nil {
		b.Fatal(err)
	}
	for a := uint32(1); a <= 1000; a++ {
		_ = e.Deposit(a, 0, 1<<40)
		_ = e.Deposit(a, 1, 1<<58)
	}
	return e
}

// BenchmarkMessages: matching throughput of the engine alone on one
// core, worst-case workload (issue 18's goal: 3M messages/s).
func BenchmarkMessages(b *testing.B) {
	const n = 1 << 20
	msgs := workload(n, 1)
	e := benchEngine(b)
	evs := make([]Event, 0, 64)
	done := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%n == 0 && i > 0 {
			b.StopTimer()
			e, msgs = benchEngine(b), workload(n, uint64(i))
			b.StartTimer()
		}
		m := &msgs[i%n]
		if m.cancel {
			evs = e.Cancel(m.id, evs[:0])
		} else {
			evs = e.Submit(m.o, evs[:0])
		}
		done++
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkLatency measures each add and each cancel (time.Now around
// the call, which adds its own ≈ 20–40 ns) on the same workload and
// reports the add p50 and the cancel p99 (issue 18: ≤ 150 ns, ≤ 50 ns).
func BenchmarkLatency(b *testing.B) {
	const n = 1 << 20
	msgs := workload(n, 2)
	e := benchEngine(b)
	evs := make([]Event, 0, 64)
	adds := make([]int64, 0, n)
	cancels := make([]int64, 0, n)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%n == 0 && i > 0 {
			b.StopTimer()
			e, msgs = benchEngine(b), workload(n, uint64(i))
			b.StartTimer()
		}
		m := &msgs[i%n]
		t0 := time.Now()
		if m.cancel {
			evs = e.Cancel(m.id, evs[:0])
			cancels = append(cancels, int64(time.Since(t0)))
		} else {
			evs = e.Submit(m.o, evs[:0])
			adds = append(adds, int64(time.Since(t0)))
		}
	}
	pct := func(xs []int64, p float64) float64 {
		if len(xs) == 0 {
			return 0
		}
		slices.Sort(xs)
		return float64(xs[int(p*float64(len(xs)-1))])
	}
	b.ReportMetric(pct(adds, 0.50), "add-p50-ns")
	b.ReportMetric(pct(adds, 0.99), "add-p99-ns")
	b.ReportMetric(pct(cancels, 0.50), "cancel-p50-ns")
	b.ReportMetric(pct(cancels, 0.99), "cancel-p99-ns")
}
