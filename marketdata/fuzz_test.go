package marketdata

import (
	"math"
	"testing"

	"github.com/zkrollup/zkrollup/match"
)

// evSize is how many bytes decodeEvents reads per event.
const evSize = 10

// decodeEvents reads inputs of events from arbitrary bytes, evSize bytes
// an event: kind (its top bit starts a new input), side and market,
// order, maker, price, quantity, maker's rest, a signed seq step (seqs
// go back too) and a signed time step of the input it starts.
func decodeEvents(data []byte) (inputs []batch) {
	var seq uint64
	ts := int64(1_000_000)
	for ; len(data) >= evSize; data = data[evSize:] {
		b := data[:evSize]
		ev := match.Event{Kind: match.EventKind(b[0] & 7), Side: match.Side(b[1] % 4), Market: uint16(b[1]>>2) % 3,
			Order: uint64(b[2] % 16), Maker: uint64(b[3] % 16), Price: uint64(b[4] % 9), Qty: uint64(b[5] % 8), MakerLeft: uint64(b[6] % 4)}
		if b[4] == 0xff {
			ev.Price = math.MaxUint64
		}
		if b[5] == 0xff {
			ev.Qty = math.MaxUint64
		}
		if step := int64(int8(b[7])); step >= 0 || uint64(-step) <= seq {
			seq = uint64(int64(seq) + step)
		} else {
			seq = 0
		}
		ev.Seq = seq
		if b[0]&0x80 != 0 || len(inputs) == 0 {
			ts += int64(int16(uint16(b[8])<<8|uint16(b[9]))) * 997
			inputs = append(inputs, batch{ts: ts})
		}
		in := &inputs[len(inputs)-1]
		in.evs = append(in.evs, ev)
	}
	return inputs
}

// FuzzApply: arbitrary event streams never make the feed panic, and what
// it reports stays consistent: updates with consecutive ids that rebuild
// its depth, levels best first and above 0, trades newest first and
// capped, candles in order, on their intervals' boundaries and capped.
func FuzzApply(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0x84, 1, 1, 0, 5, 3, 0, 1, 0, 1, 3, 2, 2, 1, 5, 2, 1, 1, 0, 0, 0x85, 1, 1, 0, 5, 0, 0, 1, 0, 3})
	f.Add([]byte{0x84, 1, 1, 0, 0xff, 0xff, 0, 1, 0x80, 0, 0x83, 2, 2, 1, 0xff, 0xff, 0, 1, 0x7f, 0xff, 3, 6, 3, 1, 0xff, 0xff, 0, 0xfe, 0, 0})
	intervals := []int64{1, 60}
	const keepTrades, keepCandles = 4, 3
	f.Fuzz(func(t *testing.T, data []byte) {
		fd := New(Config{Trades: keepTrades, Intervals: intervals, Candles: keepCandles})
		clients := map[uint16]*client{}
		var maxSeq uint64
		for _, in := range decodeEvents(data) {
			ups := fd.Apply(in.ts, in.evs)
			for _, ev := range in.evs {
				maxSeq = max(maxSeq, ev.Seq)
			}
			if fd.LastSeq() != maxSeq {
				t.Fatalf("last seq %d, the highest seen %d", fd.LastSeq(), maxSeq)
			}
			for k, u := range ups {
				if k > 0 && u.Market <= ups[k-1].Market {
					t.Fatalf("updates not one per market in order: %+v", ups)
				}
				if u.LastSeq != fd.LastSeq() || len(u.Bids)+len(u.Asks) == 0 {
					t.Fatalf("update %+v, last seq %d", u, fd.LastSeq())
				}
				checkBestFirst(t, u.Bids, true, true)
				checkBestFirst(t, u.Asks, false, true)
				c := clients[u.Market]
				if c == nil {
					c = newClient(Depth{Market: u.Market})
					clients[u.Market] = c
				}
				if err := c.apply(u); err != nil || c.id != u.UpdateID {
					t.Fatalf("update %d: %v", u.UpdateID, err)
				}
			}
			for mk := range uint16(3) {
				d := fd.Depth(mk, allLvls)
				checkBestFirst(t, d.Bids, true, false)
				checkBestFirst(t, d.Asks, false, false)
				if c := clients[mk]; c != nil {
					if err := c.sameBook(d); err != nil {
						t.Fatal(err)
					}
				} else if d.UpdateID != 0 || len(d.Bids)+len(d.Asks) != 0 {
					t.Fatalf("market %d: depth %+v with no update", mk, d)
				}
				tr := fd.Trades(mk, 100)
				if len(tr) > keepTrades {
					t.Fatalf("%d trades kept", len(tr))
				}
				for k := 1; k < len(tr); k++ {
					if tr[k].Seq >= tr[k-1].Seq {
						t.Fatalf("trades not newest first: %+v", tr)
					}
				}
				for _, iv := range intervals {
					cs, err := fd.Candles(mk, iv, 100)
					if err != nil || len(cs) > keepCandles {
						t.Fatalf("%d candles, %v", len(cs), err)
					}
					for k, c := range cs {
						if (k > 0 && c.Start <= cs[k-1].Start) || c.Start%iv != 0 || c.Trades == 0 ||
							c.Low > min(c.Open, c.Close) || c.High < max(c.Open, c.Close) {
							t.Fatalf("%d s candles %+v", iv, cs)
						}
					}
				}
			}
		}
	})
}

// checkBestFirst: prices strictly best first; quantities above 0 unless
// it is a diff (where 0 says the level is gone).
func checkBestFirst(t *testing.T, lv []match.Level, bids, diff bool) {
	t.Helper()
	for k, l := range lv {
		if l.Qty == 0 && !diff {
			t.Fatalf("a level of 0 lots: %+v", lv)
		}
		if k > 0 && (bids && l.Price >= lv[k-1].Price || !bids && l.Price <= lv[k-1].Price) {
			t.Fatalf("levels not best first (bids %v): %+v", bids, lv)
		}
	}
}
