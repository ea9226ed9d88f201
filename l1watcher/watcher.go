package l1watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/store"
)

// Config is where and how the watcher reads.
type Config struct {
	Contract      common.Address
	Confirmations uint64        // a block is read once this many blocks are on top of it
	PollInterval  time.Duration // between reads
	FromBlock     uint64        // the contract's deployment block (nothing before it is read)
	MaxBlocks     uint64        // blocks per log query
}

// Check reports a bad setting.
func (c Config) Check() error {
	if c.Contract == (common.Address{}) {
		return errors.New("l1watcher: the rollup contract's address is not set")
	}
	if c.PollInterval <= 0 || c.MaxBlocks == 0 {
		return errors.New("l1watcher: poll interval and blocks per query must be positive")
	}
	return nil
}

// Client is what the watcher needs of an L1 node.
type Client interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Watcher moves L1 events into the store.
type Watcher struct {
	*lifecycle.Loop // Start / Stop run Run

	cfg Config
	c   Client
	db  *store.DB
	log *slog.Logger
	abi *rollupcontract.Rollup
}

// New returns a watcher; Run polls.
func New(cfg Config, c Client, db *store.DB, log *slog.Logger) (*Watcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	w := &Watcher{cfg: cfg, c: c, db: db, log: log, abi: rollupcontract.NewRollup()}
	w.Loop = lifecycle.NewLoop(w.Run)
	return w, nil
}

// Run polls until ctx ends. Transient L1 errors are logged and retried;
// a reorg that reaches operations already in L2 blocks stops it.
func (w *Watcher) Run(ctx context.Context) error {
	return lifecycle.Every(ctx, w.cfg.PollInterval, func(ctx context.Context) error {
		_, err := w.Poll(ctx)
		if err != nil && !errors.Is(err, store.ErrConflict) && ctx.Err() == nil {
			w.log.Warn("L1 read failed; retrying", "err", err)
			return nil
		}
		return err
	})
}

// Poll reads every confirmed block after the cursor and returns how many
// priority operations it stored.
func (w *Watcher) Poll(ctx context.Context) (int, error) {
	cur, found, err := w.db.L1Cursor(ctx)
	if err != nil {
		return 0, err
	}
	if !found {
		cur = store.L1Cursor{Block: w.cfg.FromBlock - min(w.cfg.FromBlock, 1)}
		if h, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Block)); err == nil {
			cur.Hash = h.Hash()
		} else {
			return 0, err
		}
	} else if cur, err = w.checkReorg(ctx, cur); err != nil {
		return 0, err
	}
	head, err := w.c.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	if head < w.cfg.Confirmations {
		return 0, nil
	}
	safe := head - w.cfg.Confirmations
	stored := 0
	for cur.Block < safe {
		to := min(safe, cur.Block+w.cfg.MaxBlocks)
		n, next, err := w.read(ctx, cur.Block+1, to)
		if err != nil {
			return stored, err
		}
		stored += n
		cur = next
	}
	return stored, nil
}

// read stores the events of blocks [from, to] and moves the cursor to to.
func (w *Watcher) read(ctx context.Context, from, to uint64) (int, store.L1Cursor, error) {
	toHeader, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return 0, store.L1Cursor{}, err
	}
	// The query is by block numbers. The new cursor holds the hash of block
	// `to` read before it, so a reorg during the query makes that hash stale
	// and the next poll's reorg check walks back and reads again.
	logs, err := w.c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.cfg.Contract},
		Topics: [][]common.Hash{{w.abi.GetABI().Events[rollupcontract.RollupPriorityRequestEventName].ID,
			w.abi.GetABI().Events[rollupcontract.RollupTokenAddedEventName].ID}},
	})
	if err != nil {
		return 0, store.L1Cursor{}, err
	}
	var ops []store.PriorityOp
	var tokens []store.Token
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		switch l.Topics[0] {
		case w.abi.GetABI().Events[rollupcontract.RollupPriorityRequestEventName].ID:
			ev, err := w.abi.UnpackPriorityRequestEvent(l)
			if err != nil {
				return 0, store.L1Cursor{}, fmt.Errorf("L1 block %d: %w", l.BlockNumber, err)
			}
			ops = append(ops, store.PriorityOp{ID: ev.Id, OpType: ev.OpType, Pubdata: ev.Pubdata, Expiry: ev.Expiry,
				L1Block: l.BlockNumber, L1BlockHash: l.BlockHash, L1TxHash: l.TxHash})
		default:
			ev, err := w.abi.UnpackTokenAddedEvent(l)
			if err != nil {
				return 0, store.L1Cursor{}, fmt.Errorf("L1 block %d: %w", l.BlockNumber, err)
			}
			tokens = append(tokens, store.Token{ID: ev.Id, Address: ev.Token, L1Block: l.BlockNumber})
		}
	}
	next := store.L1Cursor{Block: to, Hash: toHeader.Hash()}
	if err := w.db.AdvanceL1(ctx, ops, tokens, next); err != nil {
		return 0, store.L1Cursor{}, err
	}
	if len(ops) > 0 || len(tokens) > 0 {
		w.log.Info("L1 events stored", "from", from, "to", to, "priority_ops", len(ops), "tokens", len(tokens))
	}
	return len(ops), next, nil
}

// checkReorg returns the cursor if its block is still on the chain;
// otherwise it walks back to the newest block the watcher stored
// something from (or its start) that still is, rewinds the store to it,
// and returns that.
func (w *Watcher) checkReorg(ctx context.Context, cur store.L1Cursor) (store.L1Cursor, error) {
	h, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Block))
	if err != nil {
		return cur, err
	}
	if h.Hash() == cur.Hash {
		return cur, nil
	}
	// Walk back over the blocks of stored, unprocessed operations, newest
	// first, until one's block hash is still canonical.
	ops, err := w.db.PriorityOps(ctx, 0, 1<<30)
	if err != nil {
		return cur, err
	}
	keep := store.L1Cursor{Block: w.cfg.FromBlock - min(w.cfg.FromBlock, 1)}
	for i := len(ops) - 1; i >= 0; i-- {
		op := ops[i]
		if op.L1Block >= cur.Block {
			continue
		}
		oh, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(op.L1Block))
		if err != nil {
			return cur, err
		}
		if oh.Hash() == op.L1BlockHash {
			keep = store.L1Cursor{Block: op.L1Block, Hash: op.L1BlockHash}
			break
		}
	}
	if keep.Hash == (common.Hash{}) {
		kh, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(keep.Block))
		if err != nil {
			return cur, err
		}
		keep.Hash = kh.Hash()
	}
	w.log.Warn("L1 reorg: rewinding", "from", cur.Block, "to", keep.Block)
	if err := w.db.RewindL1(ctx, keep); err != nil {
		return cur, err
	}
	return keep, nil
}
