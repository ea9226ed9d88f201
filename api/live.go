package api

import (
	"context"
	"fmt"
	"net"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/store"
)

// Live views for the explorer: subscriptions that push a view whenever it
// changes. A block sealed, a transaction taken or refused are the
// sequencer's events; how far blocks are on L1 is read from the database
// (the L1 sender may run in another process) every progressPoll while
// anyone listens, with a marker of the L1 transactions (added, settled,
// failed) and this process's own writes to them (a re-sent attempt too)
// noticed at the same poll. A view is recomputed only when a change can concern it, and sent
// only when it differs from the last one sent.

const (
	progressPoll = 200 * time.Millisecond
	// liveWorkers bounds the live views computing at once (each reads the
	// database): however many listen, they never take more of the
	// database's connections or the CPU than this.
	liveWorkers = 4
	// maxLiveViews bounds the live views of the node, and
	// maxLiveViewsPerPeer those of one remote address (an explorer page
	// holds one to three).
	maxLiveViews        = 10_000
	maxLiveViewsPerPeer = 64
)

// change is what happened: a sequencer event, or (event nil) the L1 side.
type change struct {
	event *sequencer.Event
}

// listener is one live view waiting for the changes it cares about.
type listener struct {
	wake chan struct{} // coalesced: one pending wake-up at most
	want func(change) bool
	peer string
}

// changes wakes listeners when something their views show may have
// changed. Its loop runs only while someone listens.
type changes struct {
	s       *service
	mu      sync.Mutex
	subs    map[int]*listener
	peers   map[string]int
	next    int
	running bool
	gen     atomic.Uint64 // counts the changes: views computed in one generation are shared (chainStatus)
	work    chan struct{} // liveWorkers tokens
	once    sync.Once
}

// compute runs a view's computation under the bound of liveWorkers.
func (c *changes) compute(ctx context.Context, view func(context.Context) (any, error)) (any, error) {
	c.once.Do(func() { c.work = make(chan struct{}, liveWorkers) })
	select {
	case c.work <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-c.work }()
	return view(ctx)
}

// peerOf is the address a live view counts against: the remote IP (all
// the connections of one address share its allowance).
func peerOf(ctx context.Context) string {
	addr := rpc.PeerInfoFromContext(ctx).RemoteAddr
	if host, _, err := net.SplitHostPort(addr); err == nil {
		return host
	}
	return addr
}

var errTooManyLiveViews = &Error{Code: CodeBusy, Kind: "busy",
	Msg: fmt.Sprintf("too many live views: at most %d from one address and %d on the node; unsubscribe some", maxLiveViewsPerPeer, maxLiveViews)}

// listen registers a listener for the changes want accepts; it returns
// the wake-ups and the function that stops them.
func (c *changes) listen(peer string, want func(change) bool) (<-chan struct{}, func(), error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.subs == nil {
		c.subs, c.peers = map[int]*listener{}, map[string]int{}
	}
	if len(c.subs) >= maxLiveViews || c.peers[peer] >= maxLiveViewsPerPeer {
		return nil, nil, errTooManyLiveViews
	}
	id := c.next
	c.next++
	l := &listener{wake: make(chan struct{}, 1), want: want, peer: peer}
	c.subs[id] = l
	c.peers[peer]++
	if !c.running {
		c.running = true
		go c.run()
	}
	return l.wake, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if _, ok := c.subs[id]; ok {
			delete(c.subs, id)
			if c.peers[peer]--; c.peers[peer] == 0 {
				delete(c.peers, peer)
			}
		}
	}, nil
}

// wake wakes the listeners that want ch; false when nobody listens (the
// loop stops).
func (c *changes) wake(ch change) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.subs) == 0 {
		c.running = false
		return false
	}
	c.gen.Add(1)
	for _, l := range c.subs {
		if !l.want(ch) {
			continue
		}
		select {
		case l.wake <- struct{}{}:
		default: // a wake-up is pending already
		}
	}
	return true
}

// listening reports whether anyone listens; the loop stops when not.
func (c *changes) listening() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.subs) == 0 {
		c.running = false
		return false
	}
	return true
}

// l1State is what the loop compares between polls.
type l1State struct {
	progress store.L1Progress
	marker   string // store.L1TxsMarker: transactions added, settled, failed (by any process)
	writes   uint64 // this process's writes (a re-sent attempt too)
}

func (c *changes) run() {
	events := make(chan sequencer.Event, 1024)
	cancel := c.s.seq.Subscribe(events)
	defer cancel()
	tick := time.NewTicker(progressPoll)
	defer tick.Stop()
	var last l1State
	for {
		var ch change
		select {
		case e := <-events:
			ch.event = &e
		case <-tick.C:
			p, err := c.s.db.L1Progress(context.Background())
			marker, err2 := c.s.db.L1TxsMarker(context.Background())
			now := l1State{progress: p, marker: marker, writes: c.s.db.L1TxWrites()}
			if err != nil || err2 != nil || now == last {
				if !c.listening() {
					return
				}
				continue
			}
			last = now
		}
		if !c.wake(ch) {
			return
		}
	}
}

// live notifies view() at once and again, when a change want accepts
// happened, if its value changed.
func (s *service) live(ctx context.Context, want func(change) bool, view func(context.Context) (any, error)) (*rpc.Subscription, error) {
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, invalidParams("subscriptions need a WebSocket connection")
	}
	wake, stop, err := s.changes.listen(peerOf(ctx), want)
	if err != nil {
		return nil, err
	}
	first, err := s.changes.compute(ctx, view)
	if err != nil {
		stop()
		return nil, err
	}
	sub := n.CreateSubscription()
	go func() {
		defer stop()
		last := first
		if err := n.Notify(sub.ID, first); err != nil {
			return
		}
		for {
			select {
			case <-wake:
				v, err := s.changes.compute(context.Background(), view)
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
// whenever it changes (zkr_subscribe ["chainStatus"]): a block sealed, a
// stage on L1.
func (x *subscriptions) ChainStatus(ctx context.Context) (*rpc.Subscription, error) {
	want := func(c change) bool { return c.event == nil || c.event.Kind == sequencer.EventBlock }
	return x.s.live(ctx, want, func(ctx context.Context) (any, error) { return x.s.chainView.get(ctx, x.s) })
}

// chainView is the chainStatus view, computed once a generation of
// changes and shared by every subscriber.
type chainView struct {
	mu  sync.Mutex
	gen uint64
	ok  bool
	st  Status
}

func (v *chainView) get(ctx context.Context, s *service) (Status, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	gen := s.changes.gen.Load()
	if v.ok && v.gen == gen {
		return v.st, nil
	}
	st, err := s.Status(ctx)
	if err != nil {
		return Status{}, err
	}
	v.gen, v.ok, v.st = gen, true, *st
	return v.st, nil
}

// TxStatus notifies a transaction's story (as zkr_getTx) at once and
// whenever it changes: taken into the open block, sealed, committed,
// proven, executed on L1 (or an L1 transaction of its block failed), or
// refused (zkr_subscribe ["txStatus", hash]).
func (x *subscriptions) TxStatus(ctx context.Context, hash common.Hash) (*rpc.Subscription, error) {
	var now atomic.Value // the status last computed: which changes can move it
	now.Store(string(status.TxUnknown))
	want := func(c change) bool {
		st := now.Load().(string)
		switch {
		case c.event == nil: // L1: only a sealed block's transaction moves on L1
			return st == string(status.TxSealed)
		case c.event.Kind == sequencer.EventTx || c.event.Kind == sequencer.EventRejected:
			return c.event.Hash == hash
		case c.event.Kind == sequencer.EventBlock: // sealed: the open block's transactions
			return st == string(status.TxInOpenBlock)
		}
		return false
	}
	return x.s.live(ctx, want, func(ctx context.Context) (any, error) {
		v, err := x.s.GetTx(ctx, hash)
		if err != nil {
			return nil, err
		}
		now.Store(v.Status)
		return *v, nil
	})
}
