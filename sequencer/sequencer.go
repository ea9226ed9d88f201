package sequencer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/replica"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// Config is the sequencer's timing. Its defaults are the node's
// (node.Default).
type Config struct {
	Tick         time.Duration // one mini-block per tick
	BlockTimeout time.Duration // seal a non-empty block this long after it opened, while it fits the smallest block shape (longer beyond: Sequencer.timeout)
	FeeAccount   uint32        // receives the fees (the operator's account)

	// Clock is the time blocks are opened, stamped and timed out by;
	// nil: time.Now. Tests step it instead of sleeping.
	Clock func() time.Time
}

// Check reports a bad setting.
func (c Config) Check() error {
	if c.Tick <= 0 || c.BlockTimeout <= 0 {
		return fmt.Errorf("sequencer: tick %s and block timeout %s must be positive", c.Tick, c.BlockTimeout)
	}
	return nil
}

// keyBlock holds, in the state's store, the last block the tree includes.
var keyBlock = []byte("s/block")

// Sequencer builds blocks. Its methods are safe for concurrent use.
type Sequencer struct {
	*lifecycle.Loop // Start / Stop run Run

	cfg Config
	p   rollup.Params
	db  *store.DB
	kv  kv.Store
	log *slog.Logger
	now func() time.Time

	mu           sync.Mutex // the state lock: held while applying and while reading the state
	st           *state.State
	verified     *rollup.Machine // the state after the last block executed on L1 (in memory; rebuilt from genesis at start)
	verifiedAt   uint64
	m            *rollup.Machine
	pool         *mempool.Pool
	open         *openBlock
	inOpen       map[[32]byte]int // tx hash -> slot in the open block
	latest       uint64           // last sealed block
	nextPriority uint64
	trades       TradeSource   // the exchange's fills (nil: none)
	tradePos     store.FillPos // the last fill position settled or refused

	subMu sync.Mutex
	subs  map[int]chan<- Event
	subID int
}

// Open loads the state from kvStore (initialising genesis with the
// operator's address if it is empty), brings it up to the newest stored
// block, restores the pending block and the mempool.
func Open(ctx context.Context, cfg Config, p rollup.Params, db *store.DB, kvStore kv.Store, operator [20]byte,
	poolCfg mempool.Config, log *slog.Logger) (*Sequencer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	st, err := state.Open(kvStore, p.StateConfig())
	if err != nil {
		return nil, err
	}
	now := cfg.Clock
	if now == nil {
		now = time.Now
	}
	s := &Sequencer{cfg: cfg, p: p, db: db, kv: kvStore, log: log, now: now, st: st,
		inOpen: map[[32]byte]int{}, subs: map[int]chan<- Event{}}
	s.Loop = lifecycle.NewLoop(s.Run)
	stateBlock, found, err := s.stateBlock()
	if err != nil {
		return nil, err
	}
	if !found {
		// A fresh store gets the genesis state; one whose genesis was written
		// but not yet marked (a crash in between) only gets the marker.
		fee, err := st.Account(rollup.FeeAccountID)
		if err != nil {
			return nil, err
		}
		if !fee.Exists() {
			if err := rollup.InitGenesis(st, operator); err != nil {
				return nil, fmt.Errorf("genesis: %w", err)
			}
		}
		if err := s.commitState(0); err != nil {
			return nil, err
		}
	}
	if s.verified, err = replica.Machine(p, operator); err != nil {
		return nil, err
	}
	if s.m, err = rollup.NewMachine(p, st); err != nil {
		return nil, err
	}
	if s.latest, err = db.LatestBlock(ctx); err != nil {
		return nil, err
	}
	if stateBlock > s.latest {
		return nil, fmt.Errorf("the account tree includes block %d but the database ends at block %d: the two data stores do not belong together", stateBlock, s.latest)
	}
	for n := stateBlock + 1; n <= s.latest; n++ {
		if err := s.replay(ctx, n); err != nil {
			return nil, err
		}
	}
	if s.nextPriority, err = db.NextPriorityID(ctx); err != nil {
		return nil, err
	}
	if poolCfg.Log == nil {
		poolCfg.Log = log
	}
	s.pool = mempool.New(poolCfg, p, db, view{s}, &s.mu)
	skip, err := s.restorePending(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.pool.Restore(ctx, skip); err != nil {
		return nil, err
	}
	log.Info("sequencer ready", "block", s.latest, "replayed", s.latest-stateBlock, "pending_ops", s.openLen(), "mempool", s.pool.Len())
	return s, nil
}

// Pool is the mempool the sequencer takes from.
func (s *Sequencer) Pool() *mempool.Pool { return s.pool }

func (s *Sequencer) stateBlock() (uint64, bool, error) {
	v, found, err := s.kv.Get(keyBlock)
	if err != nil || !found {
		return 0, found, err
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("state store: bad block marker")
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// replay re-applies stored block n to the tree and checks its root.
func (s *Sequencer) replay(ctx context.Context, n uint64) error {
	b, err := s.db.Block(ctx, n)
	if err != nil {
		return err
	}
	if _, err := replica.Replay(s.m, b); err != nil {
		return err
	}
	return s.commitState(n)
}

func (s *Sequencer) commitState(n uint64) error {
	return s.st.Commit(func(b kv.Batch) error {
		b.Set(keyBlock, binary.BigEndian.AppendUint64(nil, n))
		return nil
	})
}

// restorePending re-applies the saved pending block, if it follows the
// newest sealed one, and returns the hashes it holds.
func (s *Sequencer) restorePending(ctx context.Context) (map[[32]byte]bool, error) {
	skip := map[[32]byte]bool{}
	n, data, err := s.db.Pending(ctx)
	if errors.Is(err, store.ErrNotFound) {
		return skip, nil
	}
	if err != nil {
		return nil, err
	}
	if n != s.latest+1 {
		s.log.Warn("dropping a stale pending block", "number", n, "latest", s.latest)
		return skip, nil
	}
	ob, err := decodeOpen(data)
	if err != nil {
		return nil, err
	}
	if err := s.m.BeginBlock(ob.header); err != nil {
		return nil, err
	}
	saved := ob.ops
	ob.ops = nil
	s.open = ob
	for _, op := range saved {
		tx, err := rollup.DecodeTx(op.raw)
		if err != nil {
			return nil, fmt.Errorf("pending block: %w", err)
		}
		rc, err := s.m.Apply(tx)
		if err != nil {
			return nil, fmt.Errorf("pending block op %x no longer applies: %w", op.hash, err)
		}
		op.receipt = rc
		s.addOp(op)
		if op.priority != nil {
			s.nextPriority = *op.priority + 1
		}
		skip[op.hash] = true
	}
	return skip, nil
}

func (s *Sequencer) addOp(op pendingOp) {
	s.inOpen[op.hash] = len(s.open.ops)
	s.open.ops = append(s.open.ops, op)
}

// openLen is the block slots the open block's operations take.
func (s *Sequencer) openLen() int {
	if s.open == nil {
		return 0
	}
	return s.m.OpenBlockSlots()
}

// Run makes a mini-block every tick until ctx ends. A persistence error
// stops it: the node is crash-only, and a restart recovers.
func (s *Sequencer) Run(ctx context.Context) error {
	return lifecycle.Every(ctx, s.cfg.Tick, s.MiniBlock)
}

// MiniBlock runs one tick: priority operations first, then mempool
// transactions, into the open block; persists it; seals it if it is full
// or old enough.
//
// A full block is sealed at once and the next one filled in the same
// tick while work is waiting (at most maxBlocksPerTick blocks), so
// throughput is not capped at one block per tick.
func (s *Sequencer) MiniBlock(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range maxBlocksPerTick {
		sealed, err := s.fill(ctx)
		if err != nil || !sealed {
			return err
		}
	}
	return nil
}

// maxBlocksPerTick bounds the work of one tick so readers get the lock.
const maxBlocksPerTick = 64

// fill runs one mini-block and reports whether it sealed a block.
func (s *Sequencer) fill(ctx context.Context) (sealed bool, err error) {
	slots := s.p.BlockSlots
	added := 0
	prio, err := s.db.PriorityOps(ctx, s.nextPriority, slots-s.openLen())
	if err != nil {
		return false, err
	}
	for _, pr := range prio {
		if err := s.ensureOpen(); err != nil {
			return false, err
		}
		tx, err := l1.DecodePriorityRequest(pr.OpType, pr.Pubdata)
		if err != nil {
			return false, fmt.Errorf("priority op %d: %w", pr.ID, err)
		}
		rc, err := s.m.Apply(tx)
		if errors.Is(err, rollup.ErrBlockFull) {
			break
		}
		if err != nil { // the contract's checks make this unreachable; stop rather than skip it
			return false, fmt.Errorf("priority op %d refused by the rules (the queue cannot move past it): %w", pr.ID, err)
		}
		raw, err := rollup.EncodeTx(tx)
		if err != nil {
			return false, err
		}
		id := pr.ID
		s.addOp(pendingOp{hash: priorityHash(id), priority: &id, raw: raw, receipt: rc})
		s.nextPriority = id + 1
		added++
	}
	var rejected []store.Rejection
	tradesAdded, events, fullOfFees, refusedAt := s.addTrades(ctx)
	added += tradesAdded
	if free := slots - s.openLen(); free > 0 && s.pool.Len() > 0 {
		if err := s.ensureOpen(); err != nil {
			return false, err
		}
		taken := s.pool.Take(free)
		var results []rollup.Result
		if allSigChecked(taken) {
			vs := make([]rollup.SigChecked, len(taken))
			for i, e := range taken {
				vs[i] = e.Checked
			}
			results = s.m.ApplySigChecked(vs)
		} else { // restored after a restart: verify in parallel
			txs := make([]rollup.Tx, len(taken))
			for i, e := range taken {
				txs[i] = e.Tx
			}
			results = s.m.ApplyBatch(txs)
		}
		var back []*mempool.Entry
		for i, r := range results {
			e := taken[i]
			switch {
			case r.Err == nil:
				s.addOp(pendingOp{hash: e.Hash, raw: e.Raw, receipt: r.Receipt})
				events = append(events, Event{Kind: EventTx, Hash: e.Hash, Block: s.open.header.Number, Slot: r.Receipt.Slot, Receipt: r.Receipt})
				added++
			case errors.Is(r.Err, rollup.ErrBlockFull) || errors.Is(r.Err, rollup.ErrTooManyFeeTokens):
				back = append(back, e)
			default:
				rejected = append(rejected, store.Rejection{Hash: e.Hash, Reason: r.Err.Error()})
				events = append(events, Event{Kind: EventRejected, Hash: e.Hash, Reason: r.Err.Error()})
			}
		}
		s.pool.Requeue(back)
		fullOfFees = fullOfFees || len(back) > 0
	}
	if err := s.db.RejectTxs(ctx, rejected); err != nil {
		return false, err
	}
	for _, r := range rejected {
		s.log.Info("transaction rejected", "hash", fmt.Sprintf("%x", r.Hash[:8]), "reason", r.Reason)
	}
	if added > 0 {
		if err := s.db.SavePending(ctx, s.open.header.Number, s.open.encode()); err != nil {
			return false, err
		}
	}
	if refusedAt != nil {
		// no op holds a refused trade's position: the cursor does, so a
		// restart does not try it again (after the pending block: what it
		// holds is stored first)
		if err := s.db.SetFillsCursor(ctx, *refusedAt); err != nil {
			return false, fmt.Errorf("fills cursor: %w", err)
		}
	}
	s.publish(events)
	if s.open != nil && s.openLen() > 0 &&
		(s.openLen() >= slots || fullOfFees || s.now().UnixMilli()-s.open.openedAt >= s.timeout(s.openLen()).Milliseconds()) {
		return true, s.seal(ctx)
	}
	return false, nil
}

// timeout is how long a block of n operations waits for more: BlockTimeout
// while it fits the smallest shape of the ladder, and in proportion to the
// shape it would take beyond that (BlockTimeout × slots / smallest), so a
// block that has outgrown a small shape waits long enough to fill the
// larger one at the rate it was filling (issue 16: proving a 16-slot dev
// block costs 14 s however few operations it holds).
func (s *Sequencer) timeout(n int) time.Duration {
	ladder := s.p.Ladder()
	return s.cfg.BlockTimeout * time.Duration(s.p.ShapeFor(n)) / time.Duration(ladder[0])
}

func (s *Sequencer) ensureOpen() error {
	if s.open != nil {
		return nil
	}
	now := s.now()
	h := rollup.BlockHeader{Number: s.latest + 1, Timestamp: uint64(now.Unix()), FeeAccount: s.cfg.FeeAccount}
	if err := s.m.BeginBlock(h); err != nil {
		return err
	}
	s.open = &openBlock{header: h, openedAt: now.UnixMilli()}
	return nil
}

// seal closes the open block and stores it; the caller holds s.mu.
func (s *Sequencer) seal(ctx context.Context) error {
	b, err := s.m.SealBlock()
	if err != nil {
		return err
	}
	sb := store.Block{
		Number: b.Header.Number, Timestamp: b.Header.Timestamp, FeeAccount: b.Header.FeeAccount,
		OldRoot: b.OldRoot.Bytes(), NewRoot: b.NewRoot.Bytes(), Commitment: b.Commitment(), Pubdata: b.Pubdata(),
	}
	for i, op := range s.open.ops {
		sb.Ops = append(sb.Ops, store.BlockOp{Slot: i, TxHash: op.hash, OpType: uint8(b.Ops[i].Type),
			Account: b.Ops[i].Account, Tx: op.raw, PriorityID: op.priority, FillPos: op.fill, Accounts: b.Ops[i].Accounts()})
	}
	if err := s.db.SealBlock(ctx, sb, nil); err != nil {
		return fmt.Errorf("store block %d: %w", sb.Number, err)
	}
	if err := s.commitState(sb.Number); err != nil {
		return fmt.Errorf("commit state of block %d: %w", sb.Number, err)
	}
	s.latest = sb.Number
	s.open = nil
	clear(s.inOpen)
	s.log.Info("block sealed", "block", sb.Number, "ops", len(sb.Ops), "root", fmt.Sprintf("%x", sb.NewRoot[:8]))
	s.publish([]Event{{Kind: EventBlock, Block: sb.Number, Ops: len(sb.Ops), Root: sb.NewRoot}})
	return nil
}

// Latest is the newest sealed block.
func (s *Sequencer) Latest() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.latest
}

// PendingTx reports whether a transaction is in the open block, and where.
func (s *Sequencer) PendingTx(hash [32]byte) (block uint64, slot int, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.inOpen[hash]
	if !ok {
		return 0, 0, false
	}
	return s.open.header.Number, i, true
}

func allSigChecked(es []*mempool.Entry) bool {
	for _, e := range es {
		if e.Checked.Tx() == nil {
			return false
		}
	}
	return true
}
