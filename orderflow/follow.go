package orderflow

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkrollup/zkrollup/marketdata"
	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/store"
)

// Update is what one engine input changed, for subscribers: the books'
// depth changes and the trades.
type Update struct {
	Seq    uint64 // the FILLS sequence
	Depth  []marketdata.DepthUpdate
	Trades []marketdata.Trade
	Events []match.Event
}

// Follower reads FILLS from the start: it keeps the market data (depth
// with update ids, trades, candles), marks the orders the engine is done
// with (store.CloseOrders: they reserve no more funds at the API), and
// tells subscribers each update.
type Follower struct {
	c    *Conn
	db   *store.DB
	log  *slog.Logger
	Feed *marketdata.Feed

	mu     sync.Mutex
	subs   map[int]chan<- Update
	nextID int
	seq    uint64
	fills  uint64 // fills read from FILLS since the start
	ready  chan struct{}
}

// NewFollower returns a follower keeping trades and candles as cfg says.
func NewFollower(c *Conn, db *store.DB, cfg marketdata.Config, log *slog.Logger) (*Follower, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Follower{c: c, db: db, log: log, Feed: marketdata.New(cfg), subs: map[int]chan<- Update{}, ready: make(chan struct{})}, nil
}

// Subscribe returns a channel of updates and its cancel. A subscriber
// that does not keep up misses updates (and sees a gap in the depth's
// update ids: it takes a new snapshot).
func (f *Follower) Subscribe() (<-chan Update, func()) {
	ch := make(chan Update, 256)
	f.mu.Lock()
	id := f.nextID
	f.nextID++
	f.subs[id] = ch
	f.mu.Unlock()
	return ch, func() {
		f.mu.Lock()
		delete(f.subs, id)
		f.mu.Unlock()
	}
}

// Fills is how many fills FILLS holds up to Seq.
func (f *Follower) Fills() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.fills
}

// Seq is the last FILLS sequence applied.
func (f *Follower) Seq() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.seq
}

// Run follows FILLS until ctx ends.
func (f *Follower) Run(ctx context.Context) error {
	err := f.run(ctx)
	if ctx.Err() != nil {
		return nil // stopped
	}
	return err
}

func (f *Follower) run(ctx context.Context) error {
	var closed []store.Closing
	return consume(ctx, f.c.fills, "FILLS", 1, 4096, nil, func(msg jetstream.Msg) error {
		out, err := DecodeOutput(msg.Data())
		if err != nil {
			return fmt.Errorf("orderflow: FILLS: %w", err)
		}
		u := Update{Seq: out.Seq, Events: out.Events, Depth: f.Feed.Apply(out.Time, out.Events)}
		for i, ev := range out.Events {
			switch {
			case ev.Kind == match.Filled:
				u.Trades = append(u.Trades, marketdata.Trade{Seq: ev.Seq, Time: out.Time, Market: ev.Market, Price: ev.Price, Qty: ev.Qty,
					TakerSide: ev.Side, TakerOrder: ev.Order, MakerOrder: ev.Maker})
				if ev.MakerLeft == 0 {
					closed = append(closed, store.Closing{Hash: out.Hashes[i][1], Seq: out.Seq})
				}
				if ev.TakerLeft == 0 {
					closed = append(closed, store.Closing{Hash: out.Hashes[i][0], Seq: out.Seq})
				}
			case ev.Kind == match.Cancelled || ev.Kind == match.Rejected:
				if out.Hashes[i][0] != ([32]byte{}) {
					closed = append(closed, store.Closing{Hash: out.Hashes[i][0], Seq: out.Seq})
				}
			}
		}
		meta, _ := msg.Metadata()
		if len(closed) > 0 && (len(closed) >= 512 || meta == nil || meta.NumPending == 0) {
			if err := f.db.CloseOrders(ctx, closed, time.Now().UnixMilli()); err != nil {
				if ctx.Err() != nil {
					return nil // stopped: the next start reads FILLS again from the start
				}
				return fmt.Errorf("orderflow: close orders: %w", err)
			}
			closed = closed[:0]
		}
		f.mu.Lock()
		f.seq = out.Seq
		f.fills += uint64(len(u.Trades))
		for _, ch := range f.subs {
			select {
			case ch <- u:
			default:
			}
		}
		if meta != nil && meta.NumPending == 0 {
			select {
			case <-f.ready:
			default:
				close(f.ready)
			}
		}
		f.mu.Unlock()
		return nil
	})
}
