package orderflow_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/marketdata"
	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/orders"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// ethDai: a lot is 10 wei of ETH (token 0), a tick 1 unit of DAI (token
// 1) per lot; the taker pays 10 bips, the maker 5.
var ethDai = orderflow.Market{ID: 1, Symbol: "ETH/DAI", Base: 0, Quote: 1, LotSize: 10, TickSize: 1,
	TakerFeeBips: 10, MakerFeeBips: 5, MaxPrice: 10_000, MaxQty: 100_000}

// node is the order flow around a real sequencer: the intake, the
// engine, the settler and the follower, on one NATS connection.
type node struct {
	t       *testing.T
	dir     string
	nats    orderflow.NATSConfig
	db      *store.DB
	kv      kv.Store
	mirror  *scenario.Runner
	seq     *sequencer.Sequencer
	conn    *orderflow.Conn
	engine  *orderflow.Engine
	settler *orderflow.Settler
	follow  *orderflow.Follower
	intake  *orderflow.Intake
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	errs    chan error
}

var quiet = slog.New(slog.NewTextHandler(logOut(), nil))

func natsConfigs(t *testing.T) map[string]func(dir string) orderflow.NATSConfig {
	out := map[string]func(string) orderflow.NATSConfig{
		"embedded": func(dir string) orderflow.NATSConfig { return orderflow.NATSConfig{Dir: filepath.Join(dir, "nats")} },
	}
	if url := os.Getenv("ZKROLLUP_TEST_NATS_URL"); url != "" {
		prefix := fmt.Sprintf("T%d", time.Now().UnixNano())
		out["external"] = func(string) orderflow.NATSConfig { return orderflow.NATSConfig{URL: url, Prefix: prefix} }
	} else {
		t.Log("ZKROLLUP_TEST_NATS_URL is not set: the external NATS server is not tested (CI sets it)")
	}
	return out
}

func newNode(t *testing.T, cfg orderflow.NATSConfig) *node {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	mirror, _ := scenario.New(rollup.TestParams)
	n := &node{t: t, dir: dir, nats: cfg, db: db, kv: kv.NewMemory(), mirror: mirror}
	n.start()
	t.Cleanup(n.stop)
	// A sells ETH, B buys it with DAI
	var prio []store.PriorityOp
	for i, d := range []rollup.Deposit{
		{To: mirror.Address("A"), Token: 0, Amount: num.FromUint64(1_000_000)},
		{To: mirror.Address("B"), Token: 1, Amount: num.FromUint64(1_000_000)},
	} {
		prio = append(prio, store.PriorityOp{ID: uint64(i), OpType: byte(rollup.OpDeposit), Pubdata: d.RequestPubdata()})
		if _, err := mirror.Apply(&d); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.AddPriorityOps(ctx, prio); err != nil {
		t.Fatal(err)
	}
	n.waitFor("the deposits", func() bool {
		_, ok, _ := n.seq.PendingAccountByAddress(mirror.Address("B"))
		return ok
	})
	for _, u := range []string{"A", "B"} {
		n.submit("changepubkey " + u)
	}
	n.waitFor("the accounts' keys", func() bool {
		a, ok, _ := n.seq.PendingAccountByAddress(mirror.Address("B"))
		return ok && a.Account.Nonce == 1
	})
	return n
}

func (n *node) submit(line string) {
	n.t.Helper()
	tx, err := n.mirror.Build(line)
	if err != nil {
		n.t.Fatal(err)
	}
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		n.t.Fatal(err)
	}
	if _, err := n.seq.Pool().Submit(context.Background(), raw); err != nil {
		n.t.Fatalf("%s: %v", line, err)
	}
	if _, err := n.mirror.Apply(tx); err != nil {
		n.t.Fatal(err)
	}
}

// start opens the sequencer (from the stored blocks) and the order flow.
func (n *node) start() {
	t := n.t
	ctx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.errs = make(chan error, 8)
	n.seq, n.conn = nil, nil
	var err error
	n.seq, err = sequencer.Open(ctx, sequencer.Config{Tick: 2 * time.Millisecond, BlockTimeout: 20 * time.Millisecond},
		rollup.TestParams, n.db, n.kv, n.mirror.Address("op"), mempool.DefaultConfig, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if n.conn, err = orderflow.Connect(ctx, n.nats, quiet); err != nil {
		t.Fatal(err)
	}
	markets := []orderflow.Market{ethDai}
	if n.engine, err = orderflow.NewEngine(n.conn, orderflow.EngineConfig{Markets: markets, Dir: filepath.Join(n.dir, "engine"), SnapEvery: 5}, quiet); err != nil {
		t.Fatal(err)
	}
	if n.settler, err = orderflow.NewSettler(n.conn, n.db, rollup.TestParams, n.seq, markets, quiet); err != nil {
		t.Fatal(err)
	}
	if n.follow, err = orderflow.NewFollower(n.conn, n.db, marketdata.Config{Trades: 100, Intervals: []int64{60}, Candles: 10}, quiet); err != nil {
		t.Fatal(err)
	}
	if n.intake, err = orderflow.NewIntake(n.conn, orders.New(rollup.TestParams, n.db, n.seq), markets,
		func() uint64 { return n.settler.Settled(n.seq.TradePos()) }); err != nil {
		t.Fatal(err)
	}
	if err := n.seq.SetTrades(ctx, n.settler); err != nil {
		t.Fatal(err)
	}
	pos := n.seq.TradePos()
	for _, run := range []func(context.Context) error{n.engine.Run, n.follow.Run, func(ctx context.Context) error { return n.settler.Run(ctx, pos) }} {
		n.wg.Add(1)
		go func() {
			defer n.wg.Done()
			if err := run(ctx); err != nil {
				n.errs <- err
			}
		}()
	}
	if err := n.seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
}

func (n *node) stop() {
	if n.cancel == nil {
		return
	}
	if n.seq != nil {
		_ = n.seq.Stop(context.Background())
	}
	n.cancel()
	n.wg.Wait()
	if n.conn != nil {
		n.conn.Close()
	}
	n.cancel = nil
	select {
	case err := <-n.errs:
		n.t.Errorf("order flow: %v", err)
	default:
	}
}

func (n *node) waitFor(what string, cond func() bool) {
	n.t.Helper()
	if !n.waitUntil(30*time.Second, cond) {
		n.t.Fatalf("%s: not within 30 s", what)
	}
}

// waitUntil polls cond for at most d (no failure: the caller decides).
func (n *node) waitUntil(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for !cond() {
		select {
		case err := <-n.errs:
			n.t.Fatalf("order flow stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

func (n *node) order(line string) []byte {
	n.t.Helper()
	if err := n.mirror.Exec(line); err != nil {
		n.t.Fatal(err)
	}
	o, ok := n.mirror.Order(line[len("order ") : len("order ")+1])
	if !ok {
		n.t.Fatal("no order")
	}
	return rollup.EncodeOrder(o)
}

func (n *node) place(line string, opt orderflow.PlaceOptions) ([32]byte, error) {
	n.t.Helper()
	opt.Market = ethDai.ID
	h, _, err := n.intake.Place(context.Background(), n.order(line), opt)
	return h, err
}

func (n *node) balance(user string, token uint16) uint64 {
	n.t.Helper()
	id, ok := n.mirror.AccountID(user)
	if !ok {
		n.t.Fatalf("no account %s", user)
	}
	var v uint64
	err := n.seq.ReadPending(func(st *state.State) error {
		b, err := st.Balance(id, token)
		v, _ = b.Uint64()
		return err
	})
	if err != nil {
		n.t.Fatal(err)
	}
	return v
}

func (n *node) orderState(h [32]byte) string {
	n.t.Helper()
	st, err := orders.New(rollup.TestParams, n.db, n.seq).Get(context.Background(), h)
	if err != nil {
		n.t.Fatal(err)
	}
	return st.State
}

// TestOrdersTradeAndSettle: a resting sell, a crossing buy: the fill is at
// the maker's price, settled as a SpotTrade on L2 with both fees; the
// book, the trades and the order states follow; an IOC's remainder never
// rests and its order is closed; a post-only that would cross and an
// order off the lot grid are refused and change nothing.
func TestOrdersTradeAndSettle(t *testing.T) {
	for name, cfg := range natsConfigs(t) {
		t.Run(name, func(t *testing.T) {
			n := newNode(t, cfg(t.TempDir()))
			// A sells 100 lots (1000 wei) at 20 ticks a lot: 2000 DAI
			ask, err := n.place("order P A sell 1000 ETH for 2000 DAI slot 0 maxfee 10", orderflow.PlaceOptions{})
			if err != nil {
				t.Fatal(err)
			}
			n.waitFor("the ask rests", func() bool { _, asks := n.engine.Depth(1, 5); return len(asks) == 1 })
			// B buys 40 lots at up to 25 a lot: pays the maker's 20
			bid, err := n.place("order Q B sell 1000 DAI for 400 ETH buy slot 0 maxfee 10", orderflow.PlaceOptions{})
			if err != nil {
				t.Fatal(err)
			}
			n.waitFor("the fill settles on L2", func() bool { return n.balance("B", 0) > 0 })
			// B receives 400 wei less 10 bips (0), pays 40 lots at 20 = 800 DAI;
			// A receives 800 DAI less 5 bips (0.4 -> 0)
			if got := n.balance("B", 0); got != 400 {
				t.Errorf("B holds %d wei, want 400", got)
			}
			if got := n.balance("B", 1); got != 1_000_000-800 {
				t.Errorf("B holds %d DAI, want %d", got, 1_000_000-800)
			}
			if got := n.balance("A", 1); got != 800 {
				t.Errorf("A holds %d DAI, want 800", got)
			}
			if got := n.balance("A", 0); got != 1_000_000-400 {
				t.Errorf("A holds %d wei, want %d", got, 1_000_000-400)
			}
			bids, asks := n.engine.Depth(1, 5)
			if len(bids) != 0 || len(asks) != 1 || asks[0] != (match.Level{Price: 20, Qty: 60}) {
				t.Fatalf("book %v / %v, want no bids and 60 lots at 20", bids, asks)
			}
			n.waitFor("the follower's book", func() bool {
				d := n.follow.Feed.Depth(1, 5)
				return len(d.Asks) == 1 && d.Asks[0].Qty == 60 && len(d.Bids) == 0
			})
			if tr := n.follow.Feed.Trades(1, 10); len(tr) != 1 || tr[0].Price != 20 || tr[0].Qty != 40 || tr[0].TakerSide != match.Buy {
				t.Fatalf("trades %+v", tr)
			}
			n.waitFor("the buy order is filled", func() bool { return n.orderState(bid) == orders.Filled })
			if s := n.orderState(ask); s != orders.Open {
				t.Fatalf("the ask is %s, want open", s)
			}
			// an IOC for 100 lots takes the 60 left; its rest does not rest
			ioc, err := n.place("order R B sell 3000 DAI for 1000 ETH buy slot 1 maxfee 10", orderflow.PlaceOptions{TIF: match.IOC})
			if err != nil {
				t.Fatal(err)
			}
			n.waitFor("the IOC settles", func() bool { return n.balance("B", 0) == 1000 })
			n.waitFor("the IOC is closed", func() bool { return n.orderState(ioc) == orders.Closed })
			if bids, asks := n.engine.Depth(1, 5); len(bids)+len(asks) != 0 {
				t.Fatalf("book %v / %v after the IOC, want empty", bids, asks)
			}
			n.waitFor("the ask is filled", func() bool { return n.orderState(ask) == orders.Filled })
			// refused at the intake: nothing stored, nothing appended
			for _, tc := range []struct {
				line string
				opt  orderflow.PlaceOptions
				want error
			}{
				{"order S A sell 15 ETH for 30 DAI slot 1 maxfee 10", orderflow.PlaceOptions{}, orderflow.ErrNotLots},
				{"order T A sell 100 ETH for 205 DAI slot 1 maxfee 10", orderflow.PlaceOptions{}, orderflow.ErrNotTicks},
				{"order U A sell 100 ETH for 200 DAI slot 1 maxfee 5", orderflow.PlaceOptions{}, orderflow.ErrFeeCapTooLow},
				{"order V B sell 5000 DAI for 2000 ETH buy slot 1 gen 1 maxfee 10", orderflow.PlaceOptions{}, orderflow.ErrNotFresh}, // would continue R
				{"order W A sell 100 DAI for 200 ETH slot 1 maxfee 10", orderflow.PlaceOptions{}, orderflow.ErrNotThisMarket},
				{"order X A sell 100 ETH for 200 DAI slot 1 maxfee 10", orderflow.PlaceOptions{TIF: match.IOC, PostOnly: true}, match.ErrBadOrder},
			} {
				before := n.stored()
				_, err := n.place(tc.line, tc.opt)
				if !errorsIs(err, tc.want) {
					t.Errorf("%s: %v, want %v", tc.line, err, tc.want)
				}
				if n.stored() != before {
					t.Errorf("%s: refused but stored", tc.line)
				}
			}
		})
	}
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// stored counts A's and B's stored orders.
func (n *node) stored() int {
	total := 0
	for _, u := range []string{"A", "B"} {
		id, _ := n.mirror.AccountID(u)
		all, err := n.db.OrdersOf(context.Background(), id)
		if err != nil {
			n.t.Fatal(err)
		}
		total += len(all)
	}
	return total
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

func logOut() io.Writer {
	if os.Getenv("ZKROLLUP_TEST_LOG") != "" {
		return os.Stderr
	}
	return io.Discard
}
