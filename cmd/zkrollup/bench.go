package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/bench"
	"github.com/zkrollup/zkrollup/node"
)

func runBench(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	url := fs.String("rpc", "http://127.0.0.1:3030", "the node's JSON-RPC URL")
	accounts := fs.Int("accounts", 100, "accounts to create and send from")
	txs := fs.Int("txs", 10000, "transfers to send")
	conc := fs.Int("concurrency", 16, "concurrent JSON-RPC clients")
	rate := fs.Int("rate", 0, "target transfers per second (0: as fast as possible)")
	funder := fs.Int("funder", 0, "index of the dev account that funds the benchmark's accounts")
	seed := fs.String("seed", "1", "seed of the benchmark's account keys (use a new one per run on the same node)")
	l1URL := fs.String("l1-rpc", "", "the L1's JSON-RPC URL: wait until the run's blocks are executed on L1 and report the operator's L1 gas per operation from its receipts (zkrollup dev: http://127.0.0.1:8545)")
	l1Wait := fs.Duration("l1-wait", 15*time.Minute, "with --l1-rpc: the longest to wait for the run's last block to be executed on L1")
	orders := fs.Int("orders", 0, "exchange load instead of transfers: this many orders (limit orders that rest, IOCs that cross the book, cancels), then orders/s, fills/s, latency and trades settled on L2")
	market := fs.String("market", "", "with --orders: the market (symbol or id; default the node's first)")
	mid := fs.Uint64("mid", 300_000, "with --orders: the mid price in ticks (300,000: 3,000 DUSD an ETH on the dev market)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := node.Dev(*funder)
	if err != nil {
		return err
	}
	if *orders > 0 {
		res, err := bench.RunOrders(ctx, bench.OrdersConfig{URL: *url, Market: *market, Accounts: *accounts, Orders: *orders, Concurrency: *conc,
			Rate: *rate, Mid: *mid, Funder: bench.Key{L1: d.L1, L2: d.L2}, Seed: *seed}, out)
		if err != nil {
			return err
		}
		fmt.Fprint(out, res)
		return nil
	}
	cfg := bench.Config{URL: *url, Accounts: *accounts, Txs: *txs, Concurrency: *conc, Rate: *rate,
		Funder: bench.Key{L1: d.L1, L2: d.L2}, Seed: *seed, L1Wait: *l1Wait}
	if *l1URL != "" {
		l1c, err := ethclient.DialContext(ctx, *l1URL)
		if err != nil {
			return fmt.Errorf("--l1-rpc: %w", err)
		}
		defer l1c.Close()
		cfg.L1 = l1c
	}
	res, err := bench.Run(ctx, cfg, out)
	if err != nil {
		return err
	}
	fmt.Fprint(out, res)
	return nil
}
