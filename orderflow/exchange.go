package orderflow

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/state"

	"github.com/zkrollup/zkrollup/marketdata"
	"github.com/zkrollup/zkrollup/orders"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/store"
)

// Config is the exchange's setting in a node.
type Config struct {
	NATS      NATSConfig
	Markets   []Market
	Dir       string // engine snapshots (and the embedded NATS server's storage when NATS.Dir is empty)
	SnapEvery uint64
	Data      marketdata.Config // zero: 1,000 trades, candles of 1 m, 5 m and 1 h, 1,000 each
}

// Exchange is the order flow in one process with the sequencer: the
// intake, the engine, the settler and the follower.
type Exchange struct {
	Conn     *Conn
	Engine   *Engine
	Settler  *Settler
	Follower *Follower
	Intake   *Intake
	Book     *orders.Book // the node's one order intake (zkr_submitOrder uses it too: one lock per account)

	log    *slog.Logger
	cancel context.CancelFunc
	wg     sync.WaitGroup
	done   chan struct{}
	once   sync.Once
	err    error

	startPos store.FillPos // the sequencer's fill position at Open
	keys     *crypto.KeyCache
}

// Open connects to NATS and builds the parts; the sequencer takes its
// trades from the settler.
func Open(ctx context.Context, cfg Config, p rollup.Params, db *store.DB, seq *sequencer.Sequencer, log *slog.Logger) (*Exchange, error) {
	if len(cfg.Markets) == 0 {
		return nil, fmt.Errorf("%w: the exchange lists no market", ErrBadMarket)
	}
	if cfg.NATS.URL == "" && cfg.NATS.Dir == "" {
		cfg.NATS.Dir = filepath.Join(cfg.Dir, "nats")
	}
	if cfg.Data.Trades == 0 && len(cfg.Data.Intervals) == 0 {
		cfg.Data = marketdata.Config{Trades: 1000, Intervals: []int64{60, 300, 3600}, Candles: 1000}
	}
	c, err := Connect(ctx, cfg.NATS, log)
	if err != nil {
		return nil, err
	}
	x := &Exchange{Conn: c, log: log, done: make(chan struct{}), keys: crypto.NewKeyCache(1 << 10)}
	fail := func(err error) (*Exchange, error) { c.Close(); return nil, err }
	if x.Engine, err = NewEngine(c, EngineConfig{Markets: cfg.Markets, Dir: filepath.Join(cfg.Dir, "engine"), SnapEvery: cfg.SnapEvery}, log); err != nil {
		return fail(err)
	}
	if x.Settler, err = NewSettler(c, db, p, seq, cfg.Markets, log); err != nil {
		return fail(err)
	}
	if x.Follower, err = NewFollower(c, db, cfg.Data, log); err != nil {
		return fail(err)
	}
	x.Book = orders.New(p, db, seq)
	if x.Intake, err = NewIntake(c, x.Book, cfg.Markets, func() uint64 { return x.Settler.Settled(seq.TradePos()) }); err != nil {
		return fail(err)
	}
	if err := seq.SetTrades(ctx, x.Settler); err != nil {
		return fail(err)
	}
	x.startPos = seq.TradePos()
	return x, nil
}

// Start runs the engine, the settler and the follower.
func (x *Exchange) Start(ctx context.Context) error {
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	x.cancel = cancel
	pos := x.startPos
	for name, run := range map[string]func(context.Context) error{
		"engine": x.Engine.Run, "follower": x.Follower.Run,
		"settler": func(ctx context.Context) error { return x.Settler.Run(ctx, pos) },
	} {
		x.wg.Add(1)
		go func() {
			defer x.wg.Done()
			if err := run(rctx); err != nil {
				x.log.Error("exchange stopped", "part", name, "err", err)
				x.once.Do(func() { x.err = fmt.Errorf("exchange %s: %w", name, err); close(x.done) })
				cancel()
			}
		}()
	}
	return nil
}

// Done is closed when a part failed (Err says why).
func (x *Exchange) Done() <-chan struct{} { return x.done }

// Err is why the exchange stopped by itself.
func (x *Exchange) Err() error { return x.err }

// Stop stops the parts and closes the connection (and the embedded
// server).
func (x *Exchange) Stop(ctx context.Context) error {
	if x.cancel != nil {
		x.cancel()
	}
	x.wg.Wait()
	x.Conn.Close()
	return nil
}

// CancelFirst takes a CancelOrder's order out of the book before the
// cancel reaches the mempool: the cancel's signature must be its
// account's current key; then the engine cancels, and once the settler
// has read every fill the engine made before (bounded by wait), the
// caller admits the L2 cancel. The sequencer settles queued trades
// before mempool transactions, so those fills settle ahead of the
// cancel instead of being refused after it.
func (x *Exchange) CancelFirst(ctx context.Context, c *rollup.CancelOrder, pending orders.Pending, chainID uint64, wait time.Duration) error {
	pkh, err := rollup.CheckSignature(x.keys, chainID, c)
	if err != nil {
		return err
	}
	err = pending.ReadPending(func(st *state.State) error {
		acc, err := st.Account(c.Account)
		switch {
		case err != nil:
			return err
		case !acc.Exists():
			return fmt.Errorf("%w: account %d", rollup.ErrAccountNotFound, c.Account)
		case acc.PubKeyHash != pkh:
			return fmt.Errorf("%w: account %d", rollup.ErrPubKeyMismatch, c.Account)
		}
		return nil
	})
	if err != nil {
		return err
	}
	seq, err := x.Intake.Cancel(ctx, c.Account, c.Slot, c.Generation)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(wait)
	for x.Settler.Read() < seq && time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	return nil
}
