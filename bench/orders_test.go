package bench_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/bench"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/orderflow"
)

// TestRunOrders: the exchange load against a node without an L1 (test
// profile, one dev account funded with both tokens): every order is
// acknowledged, the IOCs cross the book and trade, and every fill is
// settled on L2 as a SpotTrade.
func TestRunOrders(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	nc := node.Default()
	nc.Profile, nc.DataDir, nc.APIAddr, nc.DevAccounts = "test", t.TempDir(), addr, 1
	nc.Components = []string{"api", "sequencer"}
	nc.Tick.Duration, nc.BlockTimeout.Duration = 5*time.Millisecond, 50*time.Millisecond
	nc.Exchange = true
	nc.Markets = []orderflow.Market{{ID: 1, Symbol: "ETH/T1", Base: 0, Quote: 1, LotSize: 1000, TickSize: 10, TakerFeeBips: 10, MakerFeeBips: 5, MaxPrice: 10_000, MaxQty: 10_000}}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		errc <- node.RunWith(ctx, nc, node.Env{}, slog.New(slog.NewTextHandler(io.Discard, nil)), io.Discard)
	}()
	defer func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("node: %v", err)
		}
	}()
	d, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	var res *bench.OrdersResult
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err = bench.RunOrders(ctx, bench.OrdersConfig{URL: "http://" + addr, Accounts: 10, Orders: 40, Concurrency: 4, Mid: 100,
			Funder: bench.Key{L1: d.L1, L2: d.L2}, Seed: "t", Settle: 30 * time.Second}, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "connection refused") || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond) // the node is starting
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res)
	if res.Acked != 40 || len(res.Errors) != 0 {
		t.Fatalf("%d of 40 orders acknowledged, refusals %v", res.Acked, res.Errors)
	}
	if res.Trades == 0 || res.Settled != res.Trades {
		t.Fatalf("%d fills, %d settled on L2", res.Trades, res.Settled)
	}
}
