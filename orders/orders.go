// Package orders takes in signed limit orders (issue 17): it checks each
// against the pending state as a trade would check it alone
// (rollup.CheckOrder) and against the account's other open orders — the
// balance an order may sell is what the account holds less what its
// open orders in the same token can still take — and persists it before
// acknowledging. The signature is checked before any lock; the rest
// under a lock per account against the pending state; inserts are
// group-committed. The exchange (orderflow) adds its own checks
// (SubmitWith) and sends the order on to the matching engine.
package orders

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/store"
)

// Pending reads the pending state (sequencer.Sequencer's ReadPending).
type Pending interface {
	ReadPending(f func(st *state.State) error) error
}

// Book is the node's intake of orders.
type Book struct {
	p    rollup.Params
	db   *store.DB
	st   Pending
	keys *crypto.KeyCache
	now  func() time.Time
	// one submission at a time per account (the net-of-open-orders check
	// reads then writes); accounts apart go in parallel
	locks [64]sync.Mutex

	// group commit: submissions queue their order; whoever holds commit
	// stores everything queued in one transaction
	qmu    sync.Mutex
	queue  []*pendingInsert
	commit sync.Mutex
}

type pendingInsert struct {
	o    store.Order
	done chan error
}

// persist stores o, with whatever other submissions queued meanwhile in
// the same transaction, and returns once it is durable.
func (b *Book) persist(ctx context.Context, o store.Order) error {
	req := &pendingInsert{o: o, done: make(chan error, 1)}
	b.qmu.Lock()
	b.queue = append(b.queue, req)
	b.qmu.Unlock()
	b.commit.Lock()
	b.qmu.Lock()
	batch := b.queue
	b.queue = nil
	b.qmu.Unlock()
	if len(batch) > 0 {
		os := make([]store.Order, len(batch))
		for i, r := range batch {
			os[i] = r.o
		}
		err := b.db.AddOrders(context.WithoutCancel(ctx), os) // the batch holds others' orders too
		for _, r := range batch {
			r.done <- err
		}
	}
	b.commit.Unlock()
	return <-req.done
}

// New returns the book over db and the pending state.
func New(p rollup.Params, db *store.DB, st Pending) *Book {
	return &Book{p: p, db: db, st: st, keys: crypto.NewKeyCache(1 << 12), now: time.Now}
}

// Status is an order as the book sees it now.
type Status struct {
	Order  *rollup.Order
	Hash   [32]byte
	State  string   // open, filled, cancelled, replaced, expired, invalid, closed
	Filled num.U128 // what the order filled, in its size's token (0 before its generation starts)
	Reason string   // why it is invalid (its account's key changed, say)
}

// Order states.
const (
	Open      = "open"
	Filled    = "filled"
	Cancelled = "cancelled"
	Replaced  = "replaced"
	Expired   = "expired"
	Invalid   = "invalid"
	Closed    = "closed" // the matching engine is done with it (an IOC remainder, a book cancel); L2 still allows its slot
)

// Submit checks and stores an encoded order (rollup.EncodeOrder) and
// returns its hash once it is durable. The errors are the rules' (rollup.Err*).
func (b *Book) Submit(ctx context.Context, raw []byte) ([32]byte, error) {
	return b.SubmitWith(ctx, raw, nil)
}

// Check is a further rule for an order (the exchange's: a market it
// fits, a fresh slot), run with the book's own checks against the same
// pending state and the account's stored orders.
type Check func(o *rollup.Order, st *state.State, stored []store.Order) error

// SubmitWith is Submit with a further check.
func (b *Book) SubmitWith(ctx context.Context, raw []byte, check Check) ([32]byte, error) {
	o, err := rollup.DecodeOrder(raw)
	if err != nil {
		return [32]byte{}, err
	}
	h := rollup.OrderHash(o)
	// the signature first, outside every lock (the expensive part)
	if _, err := rollup.CheckOrderSignature(b.keys, b.p.ChainID, o); err != nil {
		return h, err
	}
	mu := &b.locks[o.Account%uint32(len(b.locks))]
	mu.Lock()
	defer mu.Unlock()
	others, err := b.db.OrdersOf(ctx, o.Account)
	if err != nil {
		return h, err
	}
	now := uint64(b.now().Unix())
	err = b.st.ReadPending(func(st *state.State) error {
		need, err := rollup.OrderLeft(b.p, b.keys, st, o, now) // CheckOrder less the signature, verified above
		if err != nil {
			return err
		}
		if check != nil {
			if err := check(o, st, others); err != nil {
				return err
			}
		}
		// what the account's other open orders in the same token can take
		reserved := num.U128{}
		for _, so := range others {
			if so.Hash == h || so.TokenSell != o.TokenSell || so.Closed {
				continue
			}
			other, err := rollup.DecodeOrder(so.Raw)
			if err != nil {
				return fmt.Errorf("stored order %x: %w", so.Hash, err)
			}
			if other.Slot == o.Slot {
				continue // the new order continues or replaces it
			}
			left, err := rollup.OrderLeft(b.p, b.keys, st, other, now) // its signature was checked when it came in
			if err != nil {
				continue // done: filled, cancelled, replaced or expired
			}
			var of bool
			if reserved, of = reserved.Add(left); of {
				reserved = rollup.OrderFilled
			}
		}
		bal, err := st.Balance(o.Account, o.TokenSell)
		if err != nil {
			return err
		}
		total, of := reserved.Add(need)
		if of || bal.Cmp(total) < 0 {
			return fmt.Errorf("%w: account %d holds %s of token %d, its open orders can take %s and this one %s",
				rollup.ErrInsufficientFunds, o.Account, bal, o.TokenSell, reserved, need)
		}
		return nil
	})
	if err != nil {
		return h, err
	}
	return h, b.persist(ctx, store.Order{Hash: h, Account: o.Account, Slot: o.Slot, Generation: o.Generation, TokenSell: o.TokenSell,
		Raw: raw, CreatedAt: b.now().UnixMilli()})
}

// Get reports an accepted order's state (store.ErrNotFound for an order
// the book never accepted).
func (b *Book) Get(ctx context.Context, h [32]byte) (Status, error) {
	so, err := b.db.OrderByHash(ctx, h)
	if err != nil {
		return Status{}, err
	}
	return b.status(so)
}

// OpenOf lists an account's open orders, oldest first.
func (b *Book) OpenOf(ctx context.Context, account uint32) ([]Status, error) {
	all, err := b.db.OrdersOf(ctx, account)
	if err != nil {
		return nil, err
	}
	var out []Status
	for _, so := range all {
		s, err := b.status(so)
		if err != nil {
			return nil, err
		}
		if s.State == Open {
			out = append(out, s)
		}
	}
	return out, nil
}

func (b *Book) status(so store.Order) (Status, error) {
	o, err := rollup.DecodeOrder(so.Raw)
	if err != nil {
		return Status{}, err
	}
	s := Status{Order: o, Hash: so.Hash, State: Open}
	err = b.st.ReadPending(func(st *state.State) error {
		leaf, err := st.Order(o.Account, uint32(o.Slot))
		if err != nil {
			return err
		}
		if leaf.Generation == o.Generation && leaf.Filled != rollup.OrderFilled {
			s.Filled = leaf.Filled
		}
		_, err = rollup.OrderLeft(b.p, b.keys, st, o, uint64(b.now().Unix()))
		switch {
		case err == nil:
		case errors.Is(err, rollup.ErrOrderCancelled):
			s.State = Cancelled
		case errors.Is(err, rollup.ErrOrderReplaced):
			s.State = Replaced
		case errors.Is(err, rollup.ErrOrderOverfill):
			s.State = Filled
		case errors.Is(err, rollup.ErrOrderExpired):
			s.State = Expired
		default:
			s.State, s.Reason = Invalid, err.Error()
		}
		if s.State == Open && so.Closed {
			s.State = Closed
		}
		return nil
	})
	return s, err
}
