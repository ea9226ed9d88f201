package orderflow

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// BenchmarkStreamMatchFills: orders appended to ORDERS (JetStream, file
// storage, fsync before each acknowledgement unless ZKR_BENCH_NOSYNC),
// consumed by the engine, outcomes published to FILLS; the clock stops
// when FILLS holds the output of the last order. It reports orders/s and
// the latency from append to the output in FILLS (p50, p99). The API's
// checks (signature, SQL) are not in it: they are per order and
// parallel, measured by the node's bench.
func BenchmarkStreamMatchFills(b *testing.B) {
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	c, err := Connect(ctx, NATSConfig{Dir: b.TempDir(), NoSync: os.Getenv("ZKR_BENCH_NOSYNC") != ""}, log)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	m := Market{ID: 1, Symbol: "ETH/DAI", Base: 0, Quote: 1, LotSize: 10, TickSize: 1, MaxPrice: 10_000, MaxQty: 100_000}
	e, err := NewEngine(c, EngineConfig{Markets: []Market{m}, Dir: b.TempDir(), SnapEvery: 1 << 40}, log)
	if err != nil {
		b.Fatal(err)
	}
	n := max(b.N, 1000)
	rng := rand.New(rand.NewPCG(1, 2))
	msgs := make([][]byte, n)
	for i := range msgs { // a mix: most cross the book (prices around 100), a third IOC
		o := &rollup.Order{Account: uint32(rng.IntN(1000)), Slot: uint16(i), Generation: 1, ValidUntil: ^uint32(0), MaxFeeBips: 10}
		lots, price := uint64(1+rng.IntN(20)), uint64(95+rng.IntN(11))
		if rng.IntN(2) == 0 {
			o.TokenSell, o.TokenBuy = 0, 1
			o.AmountSell, _ = rollup.PackAmount(u128(lots * 10))
			o.AmountBuy, _ = rollup.PackAmount(u128(lots * price))
		} else {
			o.TokenSell, o.TokenBuy, o.Buy = 1, 0, true
			o.AmountSell, _ = rollup.PackAmount(u128(lots * price))
			o.AmountBuy, _ = rollup.PackAmount(u128(lots * 10))
		}
		in := Input{Kind: kindPlace, Market: 1, TIF: match.TIF(rng.IntN(3) / 2), Order: rollup.EncodeOrder(o)}
		msgs[i] = in.Encode()
	}
	sent := make([]time.Time, n+1)
	lat := make([]time.Duration, 0, n)
	var mu sync.Mutex
	done := make(chan struct{})
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() { _ = e.Run(rctx) }()
	cons, err := c.fills.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{})
	if err != nil {
		b.Fatal(err)
	}
	cc, err := cons.Consume(func(msg jetstream.Msg) {
		meta, _ := msg.Metadata()
		now := time.Now()
		mu.Lock()
		seq := meta.Sequence.Stream
		if seq <= uint64(n) && !sent[seq].IsZero() {
			lat = append(lat, now.Sub(sent[seq]))
		}
		mu.Unlock()
		if seq == uint64(n) {
			close(done)
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	defer cc.Stop()
	// ZKR_BENCH_RATE paces the appends (orders/s): latency at a load the
	// flow sustains, not at saturation (where it is the queue's length)
	var every time.Duration
	if r, _ := strconv.Atoi(os.Getenv("ZKR_BENCH_RATE")); r > 0 {
		every = time.Second / time.Duration(r)
	}
	b.ResetTimer()
	start := time.Now()
	var acks []jetstream.PubAckFuture
	for i, msg := range msgs {
		if every > 0 {
			if d := time.Until(start.Add(time.Duration(i) * every)); d > 0 {
				time.Sleep(d)
			}
		}
		mu.Lock()
		sent[i+1] = time.Now()
		mu.Unlock()
		f, err := c.js.PublishAsync(c.subject("ORDERS"), msg)
		if err != nil {
			b.Fatal(err)
		}
		acks = append(acks, f)
		if len(acks) >= 256 || (every > 0 && len(acks) >= 16) {
			for _, f := range acks {
				select {
				case <-f.Ok():
				case err := <-f.Err():
					b.Fatal(err)
				}
			}
			acks = acks[:0]
		}
	}
	select {
	case <-done:
	case <-time.After(5 * time.Minute):
		b.Fatal("FILLS did not catch up in 5 minutes")
	}
	el := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(n)/el.Seconds(), "orders/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

func u128(v uint64) num.U128 { return num.FromUint64(v) }
