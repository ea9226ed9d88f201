package orderflow_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
)

// TestStormWithRestarts: A sells and B buys at random prices, sizes and
// times in force, while the whole order flow and the sequencer stop and
// start again at random points (sometimes losing the engine's newest
// snapshots, so it replays more of ORDERS than FILLS lacks). At the end
// every accepted order is in ORDERS and was applied, FILLS holds exactly
// one output per input, and the L2 balances are exactly what the trades
// the engine made give, fees included: no fill lost, none settled twice.
func TestStormWithRestarts(t *testing.T) {
	for name, cfg := range natsConfigs(t) {
		t.Run(name, func(t *testing.T) {
			n := newNode(t, cfg(t.TempDir()))
			rng := rand.New(rand.NewPCG(7, 11))
			accepted := map[[32]byte]bool{} // an order placed twice (the same line drawn again) is one input
			var lastSeq uint64
			for i := range 120 {
				if i%17 == 16 {
					n.stop()
					if rng.IntN(2) == 0 { // lose the snapshots: the engine replays ORDERS from the start
						snaps, _ := filepath.Glob(filepath.Join(n.dir, "engine", "*.snap"))
						for _, s := range snaps {
							_ = os.Remove(s)
						}
					}
					n.start()
				}
				seller := rng.IntN(2) == 0
				user, tok := "A", "ETH"
				if !seller {
					user, tok = "B", "DAI"
				}
				slot, gen, ok := n.freeSlot(user)
				if !ok {
					time.Sleep(2 * time.Millisecond)
					continue
				}
				lots := uint64(1 + rng.IntN(50))
				price := uint64(18 + rng.IntN(5))
				var line string
				if seller {
					line = sprintf("order P A sell %d ETH for %d DAI slot %d gen %d maxfee 10", lots*10, lots*price, slot, gen)
				} else {
					line = sprintf("order P B sell %d DAI for %d ETH buy slot %d gen %d maxfee 10", lots*price, lots*10, slot, gen)
				}
				_ = tok
				opt := orderflow.PlaceOptions{TIF: match.TIF(rng.IntN(3))}
				opt.Market = ethDai.ID
				h, seq, err := n.intake.Place(context.Background(), n.order(line), opt)
				switch {
				case err == nil:
					accepted[h] = true
					lastSeq = seq
				case errors.Is(err, orderflow.ErrSlotInUse) || errors.Is(err, rollup.ErrInsufficientFunds) || errors.Is(err, orderflow.ErrNotFresh) ||
					errors.Is(err, orderflow.ErrAlreadyPlaced): // the same order drawn again once closed
				default:
					t.Fatalf("order %d (%s): %v", i, line, err)
				}
			}
			if len(accepted) < 40 {
				t.Fatalf("only %d orders accepted", len(accepted))
			}
			n.waitFor("the engine applies every order", func() bool { return n.engine.Applied() >= lastSeq })
			o, f, err := n.conn.Seqs(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			n.waitFor("FILLS holds one output per input", func() bool { o, f, _ = n.conn.Seqs(context.Background()); return f == o })
			if o != uint64(len(accepted)) {
				t.Fatalf("ORDERS holds %d inputs for %d accepted orders", o, len(accepted))
			}
			n.waitFor("the follower reads FILLS", func() bool { return n.follow.Seq() == f })
			// what the trades give: A only sells ETH, B only buys it
			trades := n.follow.Feed.Trades(ethDai.ID, 1<<20)
			if len(trades) < 10 {
				t.Fatalf("only %d trades", len(trades))
			}
			var aEth, bEth, aDai, bDai uint64 = 1_000_000, 0, 0, 1_000_000
			for _, tr := range trades {
				base, quote := tr.Qty*10, tr.Qty*tr.Price
				bBips, aBips := uint64(ethDai.MakerFeeBips), uint64(ethDai.TakerFeeBips) // B made, A took
				if tr.TakerSide == match.Buy {
					bBips, aBips = aBips, bBips
				}
				aEth -= base
				bEth += base - base*bBips/10_000
				bDai -= quote
				aDai += quote - quote*aBips/10_000
			}
			want := map[string][2]uint64{"A": {aEth, aDai}, "B": {bEth, bDai}}
			deadline := time.Now().Add(30 * time.Second)
			for n.settler.Queued() != 0 || n.balance("B", 0) != bEth {
				if time.Now().After(deadline) {
					t.Fatalf("the trades do not settle: B holds %d wei, want %d; %d trades queued, position %x", n.balance("B", 0), bEth, n.settler.Queued(), n.seq.TradePos())
				}
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(50 * time.Millisecond) // a double settlement would show now
			for u, w := range want {
				if got := [2]uint64{n.balance(u, 0), n.balance(u, 1)}; got != w {
					t.Errorf("%s holds %v (wei, DAI), the %d trades give %v", u, got, len(trades), w)
				}
			}
			t.Logf("%d orders accepted, %d inputs, %d trades, 7 restarts", len(accepted), o, len(trades))
		})
	}
}

// freeSlot finds a slot of user's order tree that no open order holds,
// and the generation a new order in it takes.
func (n *node) freeSlot(user string) (uint16, uint32, bool) {
	id, _ := n.mirror.AccountID(user)
	stored, err := n.db.OrdersOf(context.Background(), id)
	if err != nil {
		n.t.Fatal(err)
	}
	for slot := range uint16(1) << rollup.TestParams.OrderDepth {
		var gen uint32
		_ = n.seq.ReadPending(func(st *state.State) error {
			leaf, err := st.Order(id, uint32(slot))
			gen = leaf.Generation + 1
			return err
		})
		busy := false
		settled := n.settler.Settled(n.seq.TradePos())
		for _, so := range stored {
			busy = busy || (so.Slot == slot && so.Generation >= gen && (!so.Closed || so.ClosedSeq > settled))
		}
		if !busy {
			return slot, gen, true
		}
	}
	return 0, 0, false
}
