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
// settled on L2 as a SpotTrade or refused (its maker cancelled on L2).
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
	// a fill of an order cancelled on L2 right after it was placed may
	// reach the sequencer after the cancel: the rules refuse it
	if res.Settled == 0 || res.Settled+res.Refused != res.Trades || res.Refused > res.Cancels {
		t.Fatalf("%d fills: %d settled on L2, %d refused (%d cancels)", res.Trades, res.Settled, res.Refused, res.Cancels)
	}
}

// TestRunTransfers: the transfer load against a node without an L1:
// every transfer acknowledged and soft-confirmed.
func TestRunTransfers(t *testing.T) {
	addr, d := testNode(t, false)
	var res *bench.Result
	err := retryStarting(func() (err error) {
		res, err = bench.Run(context.Background(), bench.Config{URL: "http://" + addr, Accounts: 4, Txs: 40, Concurrency: 2, Rate: 400,
			Funder: bench.Key{L1: d.L1, L2: d.L2}, Seed: "t"}, io.Discard)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Acked != 40 || res.Confirmed != 40 || len(res.Errors) != 0 {
		t.Fatalf("%d acknowledged, %d confirmed of 40, refusals %v", res.Acked, res.Confirmed, res.Errors)
	}
}

// testNode runs a node without an L1 (test profile, one dev account),
// with the exchange (one market, ETH/T1) or without, until the test ends.
func testNode(t *testing.T, exchange bool) (string, node.DevAccount) {
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
	if exchange {
		nc.Exchange = true
		nc.Markets = []orderflow.Market{{ID: 1, Symbol: "ETH/T1", Base: 0, Quote: 1, LotSize: 1000, TickSize: 10, TakerFeeBips: 10, MakerFeeBips: 5, MaxPrice: 10_000, MaxQty: 10_000}}
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		errc <- node.RunWith(ctx, nc, node.Env{}, slog.New(slog.NewTextHandler(io.Discard, nil)), io.Discard)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("node: %v", err)
		}
	})
	d, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	return addr, d
}

// retryStarting runs f again while the node is still starting (30 s).
func retryStarting(f func() error) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := f()
		if err == nil || !strings.Contains(err.Error(), "connection refused") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}
