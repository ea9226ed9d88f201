package api_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// TestExchangeOverJSONRPC: the markets are listed; a signed order placed
// through zkr_placeOrder rests and shows in zkr_getBook and in a
// bookDiffs subscription (update ids consecutive); a crossing order
// trades at the maker's price and the trade shows in zkr_getTrades and
// in the subscription; an L2 CancelOrder takes the rest out of the book;
// the exchange's refusals have kinds.
func TestExchangeOverJSONRPC(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mirror, _ := scenario.New(rollup.TestParams)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	seq, err := sequencer.Open(ctx, sequencer.Config{Tick: 2 * time.Millisecond, BlockTimeout: 20 * time.Millisecond},
		rollup.TestParams, db, kv.NewMemory(), mirror.Address("op"), mempool.DefaultConfig, log)
	if err != nil {
		t.Fatal(err)
	}
	market := orderflow.Market{ID: 7, Symbol: "ETH/DAI", Base: 0, Quote: 1, LotSize: 10, TickSize: 1, MaxPrice: 1000, MaxQty: 1000}
	x, err := orderflow.Open(ctx, orderflow.Config{Markets: []orderflow.Market{market}, Dir: filepath.Join(dir, "exchange")}, rollup.TestParams, db, seq, log)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []interface {
		Start(context.Context) error
		Stop(context.Context) error
	}{seq, x} {
		if err := s.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = s.Stop(context.Background()) }()
	}
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0", MaxBodyBytes: 1 << 16, Exchange: x}, rollup.TestParams, seq, db, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Stop(context.Background()) }()
	f := &fixture{url: "ws://" + srv.Addr(), seq: seq, db: db, mirror: mirror}
	var prio []store.PriorityOp
	for i, d := range []rollup.Deposit{{To: mirror.Address("A"), Token: 0, Amount: num.FromUint64(10_000)}, {To: mirror.Address("B"), Token: 1, Amount: num.FromUint64(10_000)}} {
		prio = append(prio, store.PriorityOp{ID: uint64(i), OpType: byte(rollup.OpDeposit), Pubdata: d.RequestPubdata()})
		if _, err := mirror.Apply(&d); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.AddPriorityOps(ctx, prio); err != nil {
		t.Fatal(err)
	}
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	f.waitFor(t, func() bool { _, ok, _ := seq.PendingAccountByAddress(mirror.Address("B")); return ok })
	for _, u := range []string{"A", "B"} {
		tx, err := mirror.Build("changepubkey " + u)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Submit(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if _, err := mirror.Apply(tx); err != nil {
			t.Fatal(err)
		}
	}
	f.waitFor(t, func() bool { a, _ := c.Account(ctx, mirror.Address("B"), "pending"); return a != nil && a.Nonce == 1 })

	if ms, err := c.Markets(ctx); err != nil || len(ms) != 1 || ms[0] != market {
		t.Fatalf("markets %+v, %v", ms, err)
	}
	diffs := make(chan api.BookDiff, 16)
	sub, err := c.RPC().Subscribe(ctx, "zkr", diffs, "bookDiffs", market.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	order := func(line string) *rollup.Order {
		t.Helper()
		if err := mirror.Exec(line); err != nil {
			t.Fatal(err)
		}
		o, _ := mirror.Order(line[6:7])
		return o
	}
	// A asks 50 lots at 20
	ask, err := c.PlaceOrder(ctx, order("order P A sell 500 ETH for 1000 DAI slot 0"), api.PlaceArgs{Market: market.ID})
	if err != nil {
		t.Fatal(err)
	}
	next := func() api.BookDiff {
		t.Helper()
		select {
		case d := <-diffs:
			return d
		case err := <-sub.Err():
			t.Fatal(err)
		case <-time.After(30 * time.Second):
			t.Fatal("no book update in 30 s")
		}
		return api.BookDiff{}
	}
	if d := next(); d.UpdateID != 1 || len(d.Asks) != 1 || d.Asks[0] != [2]uint64{20, 50} {
		t.Fatalf("first diff %+v", d)
	}
	if b, err := c.Book(ctx, market.ID, 10); err != nil || b.UpdateID != 1 || len(b.Asks) != 1 || b.Asks[0] != [2]uint64{20, 50} {
		t.Fatalf("book %+v, %v", b, err)
	}
	// B buys 10 lots at up to 30: 10 lots at 20
	if _, err := c.PlaceOrder(ctx, order("order Q B sell 300 DAI for 100 ETH buy slot 0"), api.PlaceArgs{Market: market.ID, TIF: "IOC"}); err != nil {
		t.Fatal(err)
	}
	d := next()
	if d.UpdateID != 2 || len(d.Asks) != 1 || d.Asks[0] != [2]uint64{20, 40} || len(d.Trades) != 1 || d.Trades[0].Price != 20 || d.Trades[0].Qty != 10 || d.Trades[0].TakerSide != "buy" {
		t.Fatalf("the trade's diff %+v", d)
	}
	if tr, err := c.Trades(ctx, market.ID, 10); err != nil || len(tr) != 1 || tr[0].Qty != 10 {
		t.Fatalf("trades %+v, %v", tr, err)
	}
	f.waitFor(t, func() bool {
		a, _ := c.Account(ctx, mirror.Address("B"), "pending")
		return a != nil && a.Balances["0"] == "100"
	})
	// A cancels on L2: the rest leaves the book
	cancelTx, err := mirror.Build("cancel A 0 1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Submit(ctx, cancelTx); err != nil {
		t.Fatal(err)
	}
	if d := next(); d.UpdateID != 3 || len(d.Asks) != 1 || d.Asks[0] != [2]uint64{20, 0} {
		t.Fatalf("the cancel's diff %+v", d)
	}
	f.waitFor(t, func() bool { o, err := c.Order(ctx, ask.Hash); return err == nil && o.State == "cancelled" })
	// refusals with kinds
	for _, tc := range []struct {
		line string
		args api.PlaceArgs
		kind string
	}{
		{"order R A sell 15 ETH for 30 DAI slot 1", api.PlaceArgs{Market: market.ID}, "not_lots"},
		{"order S A sell 10 ETH for 20 DAI slot 1", api.PlaceArgs{Market: 9}, "unknown_market"},
		{"order U A sell 10 ETH for 20 DAI slot 1", api.PlaceArgs{Market: market.ID, TIF: "IOC", PostOnly: true}, "bad_order"},
	} {
		_, err := c.PlaceOrder(ctx, order(tc.line), tc.args)
		var de rpc.DataError
		if !asDataError(err, &de) || de.ErrorData().(map[string]any)["kind"] != tc.kind {
			t.Errorf("%s: %v, want kind %s", tc.line, err, tc.kind)
		}
	}
}

func asDataError(err error, de *rpc.DataError) bool {
	if err == nil {
		return false
	}
	v, ok := err.(rpc.DataError)
	if ok {
		*de = v
	}
	return ok
}
