package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/zkrollup/zkrollup/aggregator"
	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1watcher"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/proverserver"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
	"github.com/zkrollup/zkrollup/witness"
)

// L1Client is what the node's L1 components need of an L1 node;
// go-ethereum's ethclient and the simulated backend's client are both.
type L1Client interface {
	l1watcher.Client
	txsender.Client
}

// Env is what a caller may hand the node instead of it dialing out.
type Env struct {
	L1   L1Client     // the L1 (the dev network's in-process client); nil: dial cfg.L1URL
	Keys *keys.Ladder // the block circuit's keys, one set per shape, already loaded; nil: load them from cfg.KeysDir
}

// Run starts the configured components and blocks until ctx ends or a
// component fails; then it stops them in reverse order. out receives the
// human-readable "how to reach it" lines.
func Run(ctx context.Context, cfg Config, log *slog.Logger, out io.Writer) error {
	return RunWith(ctx, cfg, Env{}, log, out)
}

// RunWith is Run with an environment.
func RunWith(ctx context.Context, cfg Config, env Env, log *slog.Logger, out io.Writer) (err error) {
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
	if err := fundDevAccounts(ctx, db, cfg.DevAccounts, cfg.marketTokens()); err != nil {
		return err
	}
	// Everything the components use is opened before them and closed
	// after they have all stopped (defers run in reverse).
	var kvs kv.Store
	if cfg.Has("sequencer") {
		if kvs, err = kv.OpenPebble(filepath.Join(cfg.DataDir, "state")); err != nil {
			return fmt.Errorf("open the state store: %w", err)
		}
		defer kvs.Close()
	}
	var l1 L1Client = env.L1
	l1ChainID := cfg.L1ChainID
	if cfg.Has("watcher") || cfg.Has("aggregator") {
		if l1 == nil {
			c, err := ethclient.DialContext(ctx, cfg.L1URL)
			if err != nil {
				return fmt.Errorf("L1 at %s: %w", cfg.L1URL, err)
			}
			defer c.Close()
			l1 = c
		}
		id, err := l1.ChainID(ctx)
		if err != nil {
			return fmt.Errorf("L1 at %s does not answer: %w", cfg.L1URL, err)
		}
		if cfg.L1ChainID != 0 && id.Uint64() != cfg.L1ChainID {
			return fmt.Errorf("the L1 at %s is chain %d, the deployment's is %d: wrong l1_url or deployment", cfg.L1URL, id.Uint64(), cfg.L1ChainID)
		}
		l1ChainID = id.Uint64()
	}
	// ChangePubKey authorisations name the deployment (rollup.EthMessage):
	// the rules check them against this one.
	p.L1 = rollup.L1Domain{ChainID: l1ChainID, Contract: common.HexToAddress(cfg.Contract)}
	if cfg.Has("sequencer") && p.L1.Contract != (common.Address{}) && l1ChainID == 0 {
		return errors.New("the contract's L1 chain id is unknown: set l1_chain_id, or a deployment file, or run the watcher or the aggregator in this process")
	}
	// Components join the group as they are built; the group starts them
	// in that order and stops them in reverse (the API first, so no
	// request reaches a stopped component).
	g := lifecycle.NewGroup(log)
	var started []func() // what to print once the group runs
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	operator := common.HexToAddress(cfg.Operator)
	var seq *sequencer.Sequencer
	var quoter *fees.Quoter
	var exchange *orderflow.Exchange
	if cfg.Has("sequencer") {
		// The fee quote admission charges (and zkr_getTxFee gives): it
		// reads the L1 gas price before the sequencer starts.
		fc, err := cfg.FeeConfig()
		if err != nil {
			return err
		}
		if quoter, err = fees.New(fc, p, l1, log); err != nil {
			return err
		}
		g.Add("fee quoter", quoter)
		poolCfg := mempool.DefaultConfig
		poolCfg.MaxTxs = cfg.MempoolMax
		poolCfg.Fees = quoter
		seqCfg := sequencer.Config{Tick: cfg.Tick.Duration, BlockTimeout: cfg.BlockTimeout.Duration}
		if seq, err = sequencer.Open(ctx, seqCfg, p, db, kvs, operator, poolCfg, log); err != nil {
			return err
		}
		g.Add("sequencer", seq)
		if cfg.Exchange {
			x, err := orderflow.Open(ctx, orderflow.Config{NATS: orderflow.NATSConfig{URL: cfg.NATSURL, Listen: cfg.NATSListen, Prefix: cfg.NATSPrefix},
				Markets: cfg.Markets, Dir: filepath.Join(cfg.DataDir, "exchange")}, p, db, seq, log)
			if err != nil {
				return err
			}
			exchange = x
			g.Add("exchange", x)
		}
		g.Add("verified view", lifecycle.NewLoop(func(ctx context.Context) error { return followL1(ctx, db, seq, cfg.L1Poll.Duration) }))
	}

	contract := common.HexToAddress(cfg.Contract)
	if cfg.Has("watcher") {
		w, err := l1watcher.New(l1watcher.Config{Contract: contract, Confirmations: cfg.L1Confirmations,
			PollInterval: cfg.L1Poll.Duration, FromBlock: cfg.DeployBlock, MaxBlocks: cfg.L1MaxBlocks}, l1, db, log)
		if err != nil {
			return err
		}
		g.Add("watcher", w)
	}
	set := env.Keys
	if set == nil && (cfg.Has("prover") || cfg.Has("proverserver")) {
		if set, err = keys.BlockLadder(ctx, p, cfg.KeysDir, out); err != nil {
			return err
		}
	}
	if cfg.Has("aggregator") {
		if err := reg.Register(aggregator.Metrics(db)); err != nil {
			return err
		}
		if err := addAggregator(ctx, g, cfg, p, set, l1, db, contract, reg, log); err != nil {
			return err
		}
	}
	var workers api.Workers // the prover server's, when it runs here
	if cfg.Has("proverserver") {
		sum, err := keys.LadderSum(p, cfg.KeysDir)
		if err != nil {
			return fmt.Errorf("the prover server serves the keys in %s: %w", cfg.KeysDir, err)
		}
		ps := proverserver.New(proverserver.Config{Addr: cfg.ProverAddr, Lease: cfg.ProofLease.Duration, Heartbeat: cfg.ProofHeartbeat.Duration,
			Retry: cfg.proofRetry(), Poll: cfg.ProverPoll.Duration, KeysDir: cfg.KeysDir, Profile: cfg.Profile, Params: p},
			db, set, sum, log)
		if err := ps.Register(reg); err != nil {
			return err
		}
		g.Add("prover server", ps)
		workers = ps
		started = append(started, func() {
			fmt.Fprintf(out, "prover server: %s  (workers: zkrollup prover --server %s --profile %s)\n", ps.Addr(), ps.Addr(), cfg.Profile)
		})
	}

	if cfg.MetricsAddr != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		ms := &httpService{name: "metrics", addr: cfg.MetricsAddr, h: mux}
		g.Add("metrics", ms)
		started = append(started, func() { fmt.Fprintf(out, "metrics: http://%s/metrics\n", ms.ln.Addr()) })
	}
	if cfg.Has("api") {
		acfg := api.Config{Addr: cfg.APIAddr, MaxBodyBytes: cfg.MaxBodyBytes, Contract: contract, L1ChainID: l1ChainID, Exchange: exchange, Workers: workers}
		if cfg.Has("prover") && cfg.Has("aggregator") {
			acfg.LocalProver = "in-process prover (the aggregator's)"
		}
		srv, err := api.New(acfg, p, seq, db, log)
		if err != nil {
			return err
		}
		g.Add("api", srv)
		started = append(started, func() {
			fmt.Fprintf(out, "zkrollup node: profile %s, components %s, data in %s, database %s\n",
				cfg.Profile, strings.Join(cfg.Components, ","), cfg.DataDir, db.Backend())
			fmt.Fprintf(out, "L2 JSON-RPC: http://%s  (WebSocket: ws://%s)\n", srv.Addr(), srv.Addr())
			fmt.Fprintf(out, "explorer: http://%s/\n", srv.Addr())
			fmt.Fprintln(out, describeFees(quoter))
			if exchange != nil {
				for _, m := range exchange.Engine.Markets() {
					fmt.Fprintf(out, "market %d: %s  (zkrollup wallet book %s; tokens %d/%d, a lot %d units, a tick %d units a lot)\n",
						m.ID, m.Symbol, m.Symbol, m.Base, m.Quote, m.LotSize, m.TickSize)
				}
			}
			for i := 0; i < min(cfg.DevAccounts, 3); i++ {
				d, _ := Dev(i)
				fmt.Fprintf(out, "dev account %d: %s  (zkr_getAccount [\"%s\"])\n", i, d.Address, d.Address)
			}
		})
	}
	stopCtx := func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.WithoutCancel(ctx), stopTimeout)
	}
	sctx, cancel := stopCtx()
	err = g.Start(ctx, sctx)
	cancel()
	if err != nil {
		return err
	}
	for _, f := range started {
		f()
	}
	failed := g.Wait(ctx)
	sctx, cancel = stopCtx()
	defer cancel()
	return errors.Join(failed, g.Stop(sctx))
}

// describeFees is the start-up line about fees.
func describeFees(q *fees.Quoter) string {
	if q.IsZero() {
		return "fees: zero (every transaction is free: a dev network's setting; fees = \"quote\" to charge)"
	}
	t, err := q.Quote(rollup.OpTransfer, 0)
	if err != nil {
		return "fees: quoted (zkr_getTxFee): " + err.Error()
	}
	return fmt.Sprintf("fees: quoted from costs (zkr_getTxFee); a transfer now %s wei (%d gas at %s wei per gas, %d slots a block)",
		t.Fee, t.Gas, t.GasPrice, t.Slots)
}

// httpService serves h on addr between Start and Stop.
type httpService struct {
	name, addr string
	h          http.Handler
	ln         net.Listener
	hs         *http.Server
}

func (s *httpService) Start(context.Context) error {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("%s: %w", s.name, err)
	}
	s.ln, s.hs = ln, &http.Server{Handler: s.h, ReadHeaderTimeout: 5 * time.Second}
	go s.hs.Serve(ln)
	return nil
}

func (s *httpService) Stop(ctx context.Context) error { return s.hs.Shutdown(ctx) }

// stopTimeout bounds how long the node waits for its components to stop.
const stopTimeout = 30 * time.Second

// addAggregator loads the keys and adds the L1 sender and the aggregator
// (with the witness generator and the in-process prover) to the group.
// With the prover component it proves in process; otherwise the proof
// requests wait for the prover server's workers.
// p is the deployment's (with its L1 domain: the witness generator
// replays ChangePubKey authorisations with it).
func addAggregator(ctx context.Context, g *lifecycle.Group, cfg Config, p rollup.Params, set *keys.Ladder, l1 L1Client, db *store.DB,
	contract common.Address, reg prometheus.Registerer, log *slog.Logger) error {
	key, err := ethcrypto.HexToECDSA(strings.TrimPrefix(cfg.OperatorKey, "0x"))
	if err != nil {
		return fmt.Errorf("operator key: %w", err)
	}
	if set == nil {
		if set, err = keys.BlockLadder(ctx, p, cfg.KeysDir, nil); err != nil {
			return err
		}
	}
	sender, err := newSender(ctx, cfg, p, l1, db, key, log)
	if err != nil {
		return err
	}
	m, err := txsender.NewMetrics(reg)
	if err != nil {
		return err
	}
	sender.SetMetrics(m)
	operator := ethcrypto.PubkeyToAddress(key.PublicKey)
	gen, err := witness.New(db, p, operator)
	if err != nil {
		return err
	}
	genesis, err := deploy.GenesisRoot(p, operator)
	if err != nil {
		return err
	}
	var local aggregator.Prover
	if cfg.Has("prover") {
		local = aggregator.LocalProver{Keys: set}
	}
	acfg := aggregator.Config{Contract: contract, MaxInFlight: cfg.MaxProofs, Lease: cfg.ProofLease.Duration,
		Retry: cfg.proofRetry(), BlocksPerTx: cfg.BlocksPerTx, BatchWait: cfg.BatchWait.Duration, OneTx: cfg.OneTx, Poll: cfg.L1Poll.Duration}
	if p.BlobCapacity > 0 {
		blobKeys, err := keys.Blob(ctx, p, deploy.BlobKeysDir(cfg.KeysDir), nil)
		if err != nil {
			return err
		}
		// the blobs of every commit, for restores and exits after L1
		// nodes drop them (restore.DirArchive)
		acfg.Blobs = &aggregator.Blobs{Capacity: p.BlobCapacity, Keys: blobKeys, Archive: filepath.Join(cfg.DataDir, "blobs")}
	}
	agg := aggregator.New(acfg, db, gen, local, p, set, sender, genesis, log)
	g.Add("L1 sender", sender)
	g.Add("aggregator", agg)
	return nil
}

func newSender(ctx context.Context, cfg Config, p rollup.Params, l1 L1Client, db *store.DB, key *ecdsa.PrivateKey, log *slog.Logger) (*txsender.Sender, error) {
	feeCap := new(big.Int).Mul(new(big.Int).SetUint64(cfg.MaxFeeGwei), big.NewInt(params.GWei))
	sc := txsender.Config{Confirmations: cfg.L1Confirmations, StuckAfter: cfg.StuckAfter.Duration,
		MaxFeeCap: feeCap, GasMargin: cfg.GasMargin, Poll: cfg.L1Poll.Duration}
	if p.BlobCapacity > 0 { // blob mode: the sender pays blob gas too
		sc.MaxBlobFeeCap = new(big.Int).Mul(new(big.Int).SetUint64(cfg.MaxBlobFeeGwei), big.NewInt(params.GWei))
	}
	return txsender.New(ctx, sc, l1, db, key, log)
}

// followL1 moves the verified view to the last block executed on L1.
func followL1(ctx context.Context, db *store.DB, seq *sequencer.Sequencer, every time.Duration) error {
	return lifecycle.Every(ctx, every, func(ctx context.Context) error {
		p, err := db.L1Progress(ctx)
		if err != nil {
			return err
		}
		return seq.AdvanceVerified(ctx, p.Executed)
	})
}

// Logger is the node's structured logger on w.
func Logger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}
