package api

import (
	"context"
	"reflect"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/sequencer"
)

// Live views for the explorer: subscriptions that push a view whenever it
// changes. A block sealed, a transaction taken or refused are the
// sequencer's events; how far blocks are on L1 is read from the database
// (the L1 sender may run in another process) every progressPoll while
// anyone listens.

const progressPoll = 200 * time.Millisecond

// changes wakes its listeners whenever something the live views show may
// have changed. It runs only while someone listens.
type changes struct {
	s       *service
	mu      sync.Mutex
	subs    map[int]chan struct{}
	next    int
	running bool
}

// listen returns a channel that receives (coalesced) wake-ups, and the
// function that stops them.
func (c *changes) listen() (<-chan struct{}, func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.subs == nil {
		c.subs = map[int]chan struct{}{}
	}
	id := c.next
	c.next++
	ch := make(chan struct{}, 1)
	c.subs[id] = ch
	if !c.running {
		c.running = true
		go c.run()
	}
	return ch, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		delete(c.subs, id)
	}
}

func (c *changes) wake() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.subs) == 0 {
		c.running = false
		return false
	}
	for _, ch := range c.subs {
		select {
		case ch <- struct{}{}:
		default: // a wake-up is pending already
		}
	}
	return true
}

func (c *changes) run() {
	events := make(chan sequencer.Event, 1024)
	cancel := c.s.seq.Subscribe(events)
	defer cancel()
	tick := time.NewTicker(progressPoll)
	defer tick.Stop()
	var last any
	for {
		select {
		case <-events:
		case <-tick.C:
			p, err := c.s.db.L1Progress(context.Background())
			if err != nil || reflect.DeepEqual(p, last) {
				if !c.idle() {
					return
				}
				continue
			}
			last = p
		}
		if !c.wake() {
			return
		}
	}
}

// idle reports whether anyone still listens (and stops the loop if not).
func (c *changes) idle() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.subs) == 0 {
		c.running = false
		return false
	}
	return true
}

// live notifies view() at once and again whenever its value changes.
func (s *service) live(ctx context.Context, view func(context.Context) (any, error)) (*rpc.Subscription, error) {
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, invalidParams("subscriptions need a WebSocket connection")
	}
	first, err := view(ctx)
	if err != nil {
		return nil, err
	}
	sub := n.CreateSubscription()
	wake, stop := s.changes.listen()
	go func() {
		defer stop()
		last := first
		if err := n.Notify(sub.ID, first); err != nil {
			return
		}
		for {
			select {
			case <-wake:
				v, err := view(context.Background())
				if err != nil || reflect.DeepEqual(v, last) {
					continue
				}
				if err := n.Notify(sub.ID, v); err != nil {
					return
				}
				last = v
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// subscriptions holds the live views' subscription methods (registered in
// the zkr namespace beside service, whose methods of the same names are
// the one-off calls).
type subscriptions struct{ s *service }

// ChainStatus notifies the chain's progress (as zkr_status) at once and
// whenever it changes (zkr_subscribe ["chainStatus"]).
func (x *subscriptions) ChainStatus(ctx context.Context) (*rpc.Subscription, error) {
	return x.s.live(ctx, func(ctx context.Context) (any, error) {
		st, err := x.s.Status(ctx)
		if err != nil {
			return nil, err
		}
		return *st, nil
	})
}

// TxStatus notifies a transaction's story (as zkr_getTx) at once and
// whenever it changes: taken into the open block, sealed, committed,
// proven, executed on L1, or refused (zkr_subscribe ["txStatus", hash]).
func (x *subscriptions) TxStatus(ctx context.Context, hash common.Hash) (*rpc.Subscription, error) {
	return x.s.live(ctx, func(ctx context.Context) (any, error) {
		v, err := x.s.GetTx(ctx, hash)
		if err != nil {
			return nil, err
		}
		return *v, nil
	})
}
