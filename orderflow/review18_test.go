package orderflow_test

// Review 18 (attacker's view of the order flow). Each test asserts the
// behaviour the design promises; each FINDING below failed when it was
// written and passes since its fix (positions as (seq, sub) pairs in two
// SQL columns; the cursor written after the pending block; Market.Check
// bounding MaxQty and counting chunks without overflow; the engine
// expiring orders by the stream's time; a refused trade drops only the
// order its rule names; a placed order is not placed again).

import (
	"context"
	"database/sql"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

func review18Node(t *testing.T) *node {
	return newNode(t, orderflow.NATSConfig{Dir: filepath.Join(t.TempDir(), "nats")})
}

// placeSeq places on ethDai and returns the order's hash and ORDERS sequence.
func (n *node) placeSeq(line string, opt orderflow.PlaceOptions) ([32]byte, uint64, error) {
	n.t.Helper()
	opt.Market = ethDai.ID
	return n.intake.Place(context.Background(), n.order(line), opt)
}

// quiet waits until the engine has applied everything ORDERS holds and
// nothing more is appended for a while (drops come in the background).
func (n *node) quietFlow() {
	n.t.Helper()
	var last uint64
	stable := 0
	n.waitFor("the order flow settles down", func() bool {
		o, _, err := n.conn.Seqs(context.Background())
		if err != nil || n.engine.Applied() != o {
			stable = 0
			return false
		}
		if o == last {
			stable++
		} else {
			last, stable = o, 0
		}
		time.Sleep(20 * time.Millisecond)
		return stable >= 15
	})
}

// FINDING (high): a trade the rules refuse because of ONE side still
// consumes the other side's quantity in the engine. An order whose
// ValidUntil has passed keeps resting (nothing in the engine or the
// settler expires orders); a taker that hits it is "filled" by the
// engine, the SpotTrade is refused (ErrOrderExpired), only the maker is
// dropped, and the innocent taker's order is gone from the book (closed)
// although nothing traded on L2. Same with a maker whose account moved
// its funds away with an L2 transfer after intake, an L2 CancelOrder that
// lands before the fills settle, or a key change. Cost to the attacker:
// nothing (no trade, no fee).
func TestReview18ExpiredMakerConsumesTakerOrder(t *testing.T) {
	n := review18Node(t)
	// fixed: the engine takes an order out of the book 30 s before its
	// end of validity (a fill must still be valid in its block), by the
	// stream's time: an ask valid 33 s rests, and is gone 4 s later
	until := time.Now().Unix() + 33
	ask, err := n.place(sprintf("order P A sell 1000 ETH for 2000 DAI slot 0 until %d maxfee 10", until), orderflow.PlaceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n.waitFor("the ask rests", func() bool { _, _, ok := n.engine.Resting(ask); return ok })
	for time.Now().Unix() <= until-30+1 {
		time.Sleep(50 * time.Millisecond)
	}
	// B buys 100 lots at 20: the only ask is A's expired one
	bid, seq, err := n.placeSeq("order Q B sell 2000 DAI for 1000 ETH buy slot 0 maxfee 10", orderflow.PlaceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n.waitFor("the engine applies the bid", func() bool { return n.engine.Applied() >= seq })
	n.waitUntil(5*time.Second, func() bool { return n.seq.TradePos() != (store.FillPos{}) })
	n.quietFlow()
	if got := n.balance("B", 0); got != 0 {
		t.Fatalf("B received %d wei from an expired order", got)
	}
	// nothing traded on L2: B's order, valid and funded, must still offer
	// its 100 lots
	if !n.waitUntil(3*time.Second, func() bool { _, lots, ok := n.engine.Resting(bid); return ok && lots == 100 }) {
		_, lots, ok := n.engine.Resting(bid)
		t.Fatalf("B's bid (100 lots, nothing of it settled on L2) left the book: resting %v (%d lots), order state %q, L2 position %x",
			ok, lots, n.orderState(bid), n.seq.TradePos())
	}
}

// FINDING (medium): Settler.Refused drops BOTH orders when neither shows
// a fault, and its fault test (OrderLeft + balance) does not look at
// ValidFrom, which neither the intake (rollup.CheckOrder) nor the engine
// checks. An order valid only from the far future is accepted and rests;
// every trade with it is refused (ErrOrderNotYetValid) and the innocent
// counterparty's whole remaining order is dropped from the book.
func TestReview18NotYetValidMakerDropsTaker(t *testing.T) {
	n := review18Node(t)
	// A sells 10 lots at 20, valid only from 2096
	ask, err := n.place("order P A sell 100 ETH for 200 DAI slot 0 from 4000000000 maxfee 10", orderflow.PlaceOptions{})
	if err != nil {
		t.Logf("the intake refuses an order not valid yet (fixed): %v", err)
		return
	}
	n.waitFor("the ask rests", func() bool { _, _, ok := n.engine.Resting(ask); return ok })
	// B bids for 50 lots at 20: 10 match A's, 40 rest
	bid, seq, err := n.placeSeq("order Q B sell 1000 DAI for 500 ETH buy slot 0 maxfee 10", orderflow.PlaceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n.waitFor("the engine applies the bid", func() bool { return n.engine.Applied() >= seq })
	n.waitUntil(5*time.Second, func() bool { return n.seq.TradePos() != (store.FillPos{}) })
	n.quietFlow()
	if _, lots, ok := n.engine.Resting(bid); !ok || lots < 40 {
		t.Fatalf("B's bid (valid, funded, at fault for nothing) was dropped: resting %v (%d lots), state %q", ok, lots, n.orderState(bid))
	}
}

// FINDING (medium): addTrades records a refused trade's position in the
// fills cursor (its own SQL transaction, store.SetFillsCursor) BEFORE the
// open block holding the trades applied just before it is saved
// (SavePending, later in the same tick). A crash between the two leaves
// the cursor past a fill that no stored block holds: after the restart
// SettledFills starts after it and the fill is never settled.
// The crash is injected with a SQLite trigger that fails the next
// SavePending (the process then "restarts": the node is reopened);
// REVIEW18_NOCRASH=1 runs the same without the crash (it passes).
func TestReview18CursorBeforePendingLosesFill(t *testing.T) {
	n := review18Node(t)
	good, err := n.place("order P A sell 100 ETH for 200 DAI slot 0 maxfee 10", orderflow.PlaceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	stale, err := n.place("order R A sell 100 ETH for 200 DAI slot 1 maxfee 10", orderflow.PlaceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n.waitFor("both asks rest", func() bool {
		_, _, a := n.engine.Resting(good)
		_, _, b := n.engine.Resting(stale)
		return a && b
	})
	// A moves all but 100 wei away (an L2 transfer does not look at open
	// orders): the second ask's fill is refused
	n.submit("transfer A C 999900")
	n.waitFor("the transfer", func() bool { return n.balance("A", 0) == 100 })
	raw, err := sql.Open("sqlite", "file:"+filepath.ToSlash(filepath.Join(n.dir, "db"))+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if os.Getenv("REVIEW18_NOCRASH") == "" {
		if _, err := raw.Exec(`CREATE TRIGGER review18_crash BEFORE INSERT ON pending_block BEGIN SELECT RAISE(ABORT, 'review18: crash before SavePending'); END`); err != nil {
			t.Fatal(err)
		}
	}
	// B takes 20 lots: 10 from the good ask (settles), then 10 from the
	// unfunded one (refused), in one FILLS message and one tick
	_, seq, err := n.placeSeq("order Q B sell 400 DAI for 200 ETH buy slot 0 maxfee 10", orderflow.PlaceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	refused := orderflow.Pos(seq, 1, 0)
	if !n.waitUntil(10*time.Second, func() bool { return !n.seq.TradePos().Less(refused) }) {
		t.Logf("the sequencer never passed the refused trade (position %x)", n.seq.TradePos())
	}
	time.Sleep(100 * time.Millisecond)
	n.stop()
	if _, err := raw.Exec(`DROP TRIGGER IF EXISTS review18_crash`); err != nil {
		t.Fatal(err)
	}
	cursor, _ := n.db.SettledFills(context.Background())
	n.start()
	// the good fill (10 lots: 100 wei to B) must settle exactly once
	if !n.waitUntil(10*time.Second, func() bool { return n.balance("B", 0) == 100 }) {
		t.Fatalf("after the crash the good fill (position %x) is lost: B holds %d wei, want 100; stored fills position %x, sequencer position %x",
			orderflow.Pos(seq, 0, 0), n.balance("B", 0), cursor, n.seq.TradePos())
	}
}

// FINDING (low): the ORDERS de-duplication (Nats-Msg-Id = the order's
// hash, 2 minutes) turns the re-placement of an order the engine is
// done with (an IOC that found nothing, an order dropped for its
// counterparty's fault) into a silent no-op within 2 minutes: Place
// returns success and the old sequence, nothing reaches the engine.
// After 2 minutes the same bytes are appended again and rest again with
// their full size (and the follower's close-by-hash then marks the copy
// closed when the original is replaced).
func TestReview18ReplaceClosedOrderIsSilentNoop(t *testing.T) {
	n := review18Node(t)
	line := "order P A sell 1000 ETH for 2000 DAI slot 0 maxfee 10"
	h, seq1, err := n.placeSeq(line, orderflow.PlaceOptions{TIF: match.IOC})
	if err != nil {
		t.Fatal(err)
	}
	n.waitFor("the IOC is closed", func() bool {
		so, err := n.db.OrderByHash(context.Background(), h)
		return err == nil && so.Closed && n.settler.Settled(n.seq.TradePos()) >= so.ClosedSeq
	})
	// B now bids; A places the same signed order again (a retry)
	if _, err := n.place("order Q B sell 2000 DAI for 1000 ETH buy slot 0 maxfee 10", orderflow.PlaceOptions{}); err != nil {
		t.Fatal(err)
	}
	n.quietFlow()
	_, seq2, err := n.placeSeq(line, orderflow.PlaceOptions{TIF: match.IOC})
	if err != nil {
		t.Logf("the intake refuses a closed order again (fixed): %v", err)
		return
	}
	if seq2 == seq1 {
		t.Fatalf("Place accepted the order again and returned sequence %d, the first placement's: nothing was appended, nothing will trade", seq1)
	}
}

// FINDING (high, time bomb): positions are seq<<32 | fill<<12 | chunk in
// a uint64 and stored as SQL int64 (block_ops.fill_pos, cursors.pos).
// From ORDERS sequence 2^31 on, a position is negative in SQL: MAX and
// the cursor's "never back" compare go wrong, so SettledFills returns an
// old position and a restart settles again every fill since (L2 accepts
// a repeated fill while the orders have room). ORDERS also counts
// cancels, drops and rejected/IOC orders, which cost nothing to spam.
func TestReview18FillsCursorAfter2p31Orders(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before, after := orderflow.Pos(1<<31-1, 0, 0), orderflow.Pos(1<<62, 0, 0)
	for _, p := range []store.FillPos{before, after, before} { // and never back
		if err := db.SetFillsCursor(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.SettledFills(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != after {
		t.Fatalf("SettledFills is %v after the cursor moved to %v (FILLS %d): a restart would settle again from FILLS %d",
			got, after, after.Seq, got.Seq)
	}
}

// FINDING (high, time bomb): from ORDERS sequence 2^32 on, Pos wraps:
// every position is below the ones before, so Ready/after filters drop
// every new fill (or, after a restart, take old ones again).
func TestReview18PosWrapsAfter2p32Orders(t *testing.T) {
	a, b := orderflow.Pos(1<<32-1, 5, 7), orderflow.Pos(1<<32, 0, 0)
	if !a.Less(b) || b.Seq != 1<<32 {
		t.Fatalf("Pos(2^32, 0, 0) = %v is not after Pos(2^32-1, 5, 7) = %v", b, a)
	}
}

// FINDING (medium): a position has 20 bits for the fill's number in its
// FILLS message ("a market's MaxQty bounds them"), but Market.Check does
// not bound MaxQty by 2^20. A taker of MaxQty lots against one-lot makers
// makes up to MaxQty fills; fill 2^20 of message s gets the position of
// fill 0 of message s+1, so that message's first fills are skipped as
// settled (or, after a restart, the rest of message s is).
func TestReview18FillIndexOverflowsIntoSeq(t *testing.T) {
	m := orderflow.Market{ID: 9, Symbol: "ETH/DAI", Base: 0, Quote: 1, LotSize: 1_000_000_000_000, TickSize: 1,
		MaxPrice: 10_000, MaxQty: 10_000_000} // a lot of 10^-6 ETH, up to 10 ETH an order
	if err := m.Check(); err != nil {
		t.Logf("Check refuses the market (fixed): %v", err)
		return
	}
	last := orderflow.Pos(7, int(m.MaxQty-1), 0)
	if next := orderflow.Pos(8, 0, 0); !last.Less(next) {
		t.Fatalf("Check accepts MaxQty %d, but fill %d of FILLS 7 has position %v >= FILLS 8's first fill %v",
			m.MaxQty, m.MaxQty-1, last, next)
	}
}

// FINDING (low, listing): Check's chunk count (MaxQty+chunk-1)/chunk
// wraps for MaxQty near 2^64, so it accepts a market whose fills need
// more than 4096 trades: chunk 4096 of fill k gets fill k+1's position.
func TestReview18CheckChunkCountWraps(t *testing.T) {
	m := orderflow.Market{ID: 9, Symbol: "X/Y", Base: 0, Quote: 1, LotSize: 1, TickSize: 1, MaxPrice: 1, MaxQty: math.MaxUint64}
	if err := m.Check(); err != nil {
		t.Logf("Check refuses the market (fixed): %v", err)
		return
	}
	var taker, maker rollup.Order
	const lots = 600_000_000_000 // 6·10^11: a packable order size
	trades, err := m.Trades(&taker, &maker, match.Buy, 1, lots)
	if err != nil {
		t.Fatal(err)
	}
	if len(trades) > 1<<12 {
		t.Fatalf("Check accepts MaxQty 2^64-1, but a fill of %d lots settles as %d trades: chunks past 4095 overflow into the fill number (Pos(s, 0, 4096) == Pos(s, 1, 0): %v)",
			uint64(lots), len(trades), orderflow.Pos(1, 0, 4096) == orderflow.Pos(1, 1, 0))
	}
}
