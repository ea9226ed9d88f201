package orderflow

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/orders"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/store"
)

// A fill's position orders every trade the exchange settles: the FILLS
// sequence, the fill's number in that message, the chunk of the fill.
const (
	posChunkBits = 12 // maxChunks
	posFillBits  = 20 // fills of one input (a market's MaxQty bounds them)
)

// Pos is a trade's position: the output's ORDERS sequence, the fill's
// number in it (< 2^20: Market.Check bounds MaxQty), the chunk (< 2^12).
func Pos(seq uint64, fill, chunk int) store.FillPos {
	return store.FillPos{Seq: seq, Sub: uint32(fill)<<posChunkBits | uint32(chunk)}
}

// Settler reads FILLS and hands the sequencer the SpotTrades settling
// each fill (a sequencer.TradeSource).
type Settler struct {
	c       *Conn
	db      *store.DB
	p       rollup.Params
	log     *slog.Logger
	keys    *crypto.KeyCache
	markets map[uint16]*Market
	pending orders.Pending // to tell which order of a refused trade is at fault (nil: both are dropped)

	mu     sync.Mutex
	space  *sync.Cond // signalled when the sequencer takes trades
	queue  []sequencer.Trade
	max    int
	reader uint64 // the last FILLS sequence read
}

// NewSettler returns a settler for the markets.
func NewSettler(c *Conn, db *store.DB, p rollup.Params, pending orders.Pending, markets []Market, log *slog.Logger) (*Settler, error) {
	ms, err := listing(markets)
	if err != nil {
		return nil, err
	}
	s := &Settler{c: c, db: db, p: p, log: log, pending: pending, keys: crypto.NewKeyCache(1 << 14), markets: ms, max: 1 << 16}
	s.space = sync.NewCond(&s.mu)
	return s, nil
}

// Run reads FILLS after position after (the sequencer's TradePos) until
// ctx ends.
func (s *Settler) Run(ctx context.Context, after store.FillPos) error {
	err := s.run(ctx, after)
	if ctx.Err() != nil {
		return nil // stopped
	}
	return err
}

func (s *Settler) run(ctx context.Context, after store.FillPos) error {
	start, err := s.startAt(ctx, after.Seq)
	if err != nil {
		return err
	}
	wake := func() {
		s.mu.Lock()
		s.space.Broadcast()
		s.mu.Unlock()
	}
	return consume(ctx, s.c.fills, "FILLS", start, 1024, wake, func(msg jetstream.Msg) error {
		out, err := DecodeOutput(msg.Data())
		if err != nil {
			return fmt.Errorf("orderflow: FILLS: %w", err)
		}
		trades, err := s.trades(ctx, &out, after)
		if err != nil {
			return err
		}
		s.mu.Lock()
		for len(s.queue) >= s.max && ctx.Err() == nil {
			s.space.Wait()
		}
		s.queue = append(s.queue, trades...)
		s.reader = out.Seq
		s.mu.Unlock()
		return nil
	})
}

// trades builds the SpotTrades of an output's fills after position after.
func (s *Settler) trades(ctx context.Context, out *Output, after store.FillPos) ([]sequencer.Trade, error) {
	var ts []sequencer.Trade
	k := -1
	for i := range out.Events {
		ev := &out.Events[i]
		if ev.Kind != match.Filled {
			continue
		}
		k++
		if !after.Less(Pos(out.Seq, k, maxChunks-1)) {
			continue
		}
		m := s.markets[ev.Market]
		if m == nil {
			return nil, fmt.Errorf("orderflow: FILLS %d: a fill in unlisted market %d", out.Seq, ev.Market)
		}
		taker, err := s.order(ctx, out.Hashes[i][0])
		if err != nil {
			return nil, fmt.Errorf("orderflow: FILLS %d: taker: %w", out.Seq, err)
		}
		maker, err := s.order(ctx, out.Hashes[i][1])
		if err != nil {
			return nil, fmt.Errorf("orderflow: FILLS %d: maker: %w", out.Seq, err)
		}
		spots, err := m.Trades(taker, maker, ev.Side, ev.Price, ev.Qty)
		if err != nil {
			return nil, fmt.Errorf("orderflow: FILLS %d: %w", out.Seq, err)
		}
		for j, t := range spots {
			pos := Pos(out.Seq, k, j)
			if !after.Less(pos) {
				continue
			}
			raw, err := rollup.EncodeTx(t)
			if err != nil {
				return nil, err
			}
			checked, err := rollup.CheckSig(s.keys, s.p.ChainID, t)
			if err != nil { // a stored order's signature was checked at intake: only a changed key refuses it now
				checked = rollup.SigChecked{}
			}
			ts = append(ts, sequencer.Trade{Pos: pos, Checked: checked, Raw: raw, Tx: t})
		}
	}
	return ts, nil
}

func (s *Settler) order(ctx context.Context, h [32]byte) (*rollup.Order, error) {
	so, err := s.db.OrderByHash(ctx, h)
	if err != nil {
		return nil, fmt.Errorf("order %x: %w", h[:8], err)
	}
	return rollup.DecodeOrder(so.Raw)
}

// Ready returns the trades after position after, taking at most slots
// block slots.
func (s *Settler) Ready(after store.FillPos, slots int) []sequencer.Trade {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := 0
	for i < len(s.queue) && !after.Less(s.queue[i].Pos) {
		i++
	}
	if i > 0 {
		s.queue = append(s.queue[:0], s.queue[i:]...)
		s.space.Broadcast()
	}
	n := min(len(s.queue), slots/rollup.OpSpotTrade.Width())
	return append([]sequencer.Trade(nil), s.queue[:n]...)
}

// Refused takes the order at fault of a refused trade out of the book
// (the rules refused it: the account no longer holds the funds, its key
// changed, the order expired or was cancelled on L2): each order that
// would not trade alone now, or both when neither shows why. It works in
// the background: the sequencer holds its lock.
func (s *Settler) Refused(ctx context.Context, t sequencer.Trade, reason error) {
	st, ok := t.Tx.(*rollup.SpotTrade)
	if !ok {
		return
	}
	go func() {
		ctx := context.WithoutCancel(ctx)
		// the rule's error names the side ("SpotTrade: maker: ..."); else
		// the side that would not trade alone now; never the other side
		msg := reason.Error()
		fault := [2]bool{strings.Contains(msg, "taker:"), strings.Contains(msg, "maker:")}
		if !fault[0] && !fault[1] && s.pending != nil {
			now := uint64(time.Now().Unix())
			_ = s.pending.ReadPending(func(ps *state.State) error {
				for i, side := range []struct {
					o    *rollup.Order
					fill rollup.PackedFill
				}{{&st.Taker, st.TakerFill}, {&st.Maker, st.MakerFill}} {
					_, err := rollup.OrderLeft(s.p, s.keys, ps, side.o, now)
					bal, berr := ps.Balance(side.o.Account, side.o.TokenSell)
					v, verr := side.fill.Value()
					fault[i] = err != nil || berr != nil || verr != nil || bal.Cmp(v) < 0 || now < uint64(side.o.ValidFrom)
				}
				return nil
			})
		}
		if !fault[0] && !fault[1] {
			s.log.Warn("a refused trade names neither order: both stay in the book", "pos", t.Pos, "reason", reason)
		}
		for i, o := range []*rollup.Order{&st.Taker, &st.Maker} {
			if !fault[i] {
				continue
			}
			in := Input{Kind: kindDrop, Time: time.Now().UnixMilli(), Hash: rollup.OrderHash(o)}
			id := "d" + strconv.FormatUint(t.Pos.Seq, 10) + "." + strconv.FormatUint(uint64(t.Pos.Sub), 10) + "-" + strconv.Itoa(i)
			if _, err := s.c.js.Publish(ctx, s.c.subject("ORDERS"), in.Encode(), jetstream.WithMsgID(id)); err != nil {
				s.log.Warn("could not take a refused trade's order out of the book", "order", fmt.Sprintf("%x", in.Hash[:8]), "err", err)
				continue
			}
			s.log.Info("order taken out of the book: its trade was refused", "order", fmt.Sprintf("%x", in.Hash[:8]), "reason", reason)
		}
	}()
}

// Queued is how many trades wait for the sequencer.
func (s *Settler) Queued() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// Settled is the FILLS sequence through which every trade is settled,
// given the sequencer's position (TradePos).
func (s *Settler) Settled(tradePos store.FillPos) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.queue {
		if tradePos.Less(t.Pos) {
			return t.Pos.Seq - 1
		}
	}
	return s.reader
}

// startAt is the FILLS stream sequence to read from to see every output
// after ORDERS sequence seq: FILLS holds one output per input in order,
// so its message seq carries output seq or one before it; if it does not
// (the streams were rebuilt apart), from the start.
func (s *Settler) startAt(ctx context.Context, seq uint64) (uint64, error) {
	if seq <= 1 {
		return 1, nil
	}
	m, err := s.c.fills.GetMsg(ctx, seq)
	if err != nil {
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return 1, nil
		}
		return 0, fmt.Errorf("orderflow: read FILLS %d: %w", seq, err)
	}
	out, err := DecodeOutput(m.Data)
	if err != nil || out.Seq > seq {
		return 1, nil
	}
	return seq, nil
}

// Read is the last FILLS output the settler has read (its trades are
// queued for the sequencer or settled).
func (s *Settler) Read() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reader
}
