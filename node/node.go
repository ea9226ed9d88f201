package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// Run starts the configured components and blocks until ctx ends or a
// component fails; then it stops them in reverse order. out receives the
// human-readable "how to reach it" lines.
func Run(ctx context.Context, cfg Config, log *slog.Logger, out io.Writer) (err error) {
	if err := cfg.Check(); err != nil {
		return err
	}
	p, _ := cfg.Params()
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	scfg := store.Config{PostgresURL: cfg.PostgresURL, SQLitePath: filepath.Join(cfg.DataDir, "zkrollup.db")}
	db, err := store.Open(ctx, scfg)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := fundDevAccounts(ctx, db, cfg.DevAccounts); err != nil {
		return err
	}
	kvs, err := kv.OpenPebble(filepath.Join(cfg.DataDir, "state"))
	if err != nil {
		return fmt.Errorf("open the state store: %w", err)
	}
	defer kvs.Close()

	if !cfg.Has("sequencer") {
		return errors.New("nothing to run: select at least the sequencer")
	}
	poolCfg := mempool.DefaultConfig
	poolCfg.MaxTxs = cfg.MempoolMax
	seqCfg := sequencer.Config{Tick: cfg.Tick.Duration, BlockTimeout: cfg.BlockTimeout.Duration}
	seq, err := sequencer.Open(ctx, seqCfg, p, db, kvs, common.HexToAddress(cfg.Operator), poolCfg, log)
	if err != nil {
		return err
	}
	var srv *api.Server
	if cfg.Has("api") {
		srv, err = api.New(api.Config{Addr: cfg.APIAddr, MaxBodyBytes: cfg.MaxBodyBytes}, p, seq, db, log)
		if err != nil {
			return err
		}
		if err := srv.Start(ctx); err != nil {
			return err
		}
		defer func() {
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if serr := srv.Stop(sctx); serr != nil && err == nil {
				err = serr
			}
		}()
		fmt.Fprintf(out, "zkrollup node: profile %s, data in %s, database %s\n", cfg.Profile, cfg.DataDir, db.Backend())
		fmt.Fprintf(out, "JSON-RPC: http://%s  (WebSocket: ws://%s)\n", srv.Addr(), srv.Addr())
		fmt.Fprintf(out, "try:  curl -s http://%s -H 'content-type: application/json' -d '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"zkr_blockNumber\",\"params\":[]}'\n", srv.Addr())
		for i := 0; i < min(cfg.DevAccounts, 3); i++ {
			d, _ := Dev(i)
			fmt.Fprintf(out, "dev account %d: %s  (zkr_getAccount [\"%s\"])\n", i, d.Address, d.Address)
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- seq.Run(ctx) }()
	select {
	case <-ctx.Done():
		<-errc
		return nil
	case err := <-errc:
		return fmt.Errorf("sequencer stopped: %w", err)
	}
}

// Logger is the node's structured logger on w.
func Logger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}
