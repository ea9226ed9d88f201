package restore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Errors a restore stops with. Each leaves the state at the last block
// that matched L1.
var (
	// ErrNotOnL1: a block re-executed, but what the contract stores for its
	// number is something else: the data source is corrupt, reordered or
	// belongs to another deployment.
	ErrNotOnL1 = errors.New("a block from the data source is not the block L1 stored")
	// ErrBadBlock: a block from the data source does not re-execute under
	// the rules to the state root it names.
	ErrBadBlock = errors.New("a block from the data source does not re-execute under the rules")
	// ErrOutOfOrder: the source skipped or repeated a block number.
	ErrOutOfOrder = errors.New("the data source delivered blocks out of order")
	// ErrIncomplete: the source ended before the target block.
	ErrIncomplete = errors.New("the data source ended before the last executed block")
	// ErrOtherDeployment: the restore directory holds another deployment's state.
	ErrOtherDeployment = errors.New("the restore directory holds the state of another deployment: use another directory")
	// ErrGenesis: the genesis state these parameters give is not the one
	// the contract was deployed with (wrong params or operator).
	ErrGenesis = errors.New("the genesis state does not match the contract's block 0: wrong parameters or operator")
)

// Config says which deployment to restore.
type Config struct {
	Params   rollup.Params  // the deployment's shape; Params.L1 names the contract (ChangePubKey authorisations bind it)
	Operator common.Address // owns the genesis fee account
	// FromBlock is the L1 block the contract was deployed in: nothing
	// before it is read.
	FromBlock uint64
}

// Cursor is how far a restore got; it is committed with the state.
type Cursor struct {
	Block  uint64         `json:"block"`  // the last restored block
	Stored l1.StoredBlock `json:"stored"` // what the contract stores for it
	Scan   uint64         `json:"scan"`   // the L1 block the next scan starts at
	Ops    uint64         `json:"ops"`    // operations restored so far
}

// identity pins a restore directory to one deployment.
type identity struct {
	ChainID  uint64         `json:"l1ChainId"`
	Contract common.Address `json:"contract"`
	Genesis  common.Hash    `json:"genesis"`
	Params   rollup.Params  `json:"params"`
}

var (
	keyCursor   = []byte("restore/cursor")
	keyIdentity = []byte("restore/identity")
)

// Restorer rebuilds the state in a kv store, block by block.
type Restorer struct {
	cfg Config
	c   Chain
	src Source
	db  kv.Store
	st  *state.State
	m   *rollup.Machine
	cur Cursor
	abi *rollupcontract.Rollup
}

// Open opens (or starts, at genesis) the restore kept in db. The contract
// is cfg.Params.L1.Contract; src is where blocks come from (nil: the
// calldata of the commit transactions, read from c).
func Open(ctx context.Context, cfg Config, c Chain, src Source, db kv.Store) (*Restorer, error) {
	if cfg.Params.L1.Contract == (common.Address{}) {
		return nil, errors.New("restore: the contract's address is not set (Params.L1)")
	}
	if src == nil {
		cs, err := NewCalldataSource(c, cfg.Params.L1.Contract)
		if err != nil {
			return nil, err
		}
		src = cs
	}
	st, err := state.Open(db, cfg.Params.StateConfig())
	if err != nil {
		return nil, err
	}
	m, err := rollup.NewMachine(cfg.Params, st)
	if err != nil {
		return nil, err
	}
	r := &Restorer{cfg: cfg, c: c, src: src, db: db, st: st, m: m, abi: rollupcontract.NewRollup()}
	raw, found, err := db.Get(keyCursor)
	if err != nil {
		return nil, err
	}
	if found {
		if err := json.Unmarshal(raw, &r.cur); err != nil {
			return nil, fmt.Errorf("restore cursor: %w", err)
		}
		return r, r.checkIdentity()
	}
	return r, r.genesis(ctx)
}

// genesis starts a new restore: the genesis state, checked against the
// contract's stored block 0.
func (r *Restorer) genesis(ctx context.Context) error {
	if err := rollup.InitGenesis(r.st, r.cfg.Operator); err != nil {
		return err
	}
	root, err := r.st.Root()
	if err != nil {
		return err
	}
	g := l1.Genesis(root)
	want, err := r.storedHash(ctx, 0, nil)
	if err != nil {
		return err
	}
	if l1.HashStored(g) != want {
		return fmt.Errorf("%w (genesis root %x, operator %s)", ErrGenesis, g.StateRoot, r.cfg.Operator)
	}
	id, err := json.Marshal(r.identity(g.StateRoot))
	if err != nil {
		return err
	}
	cur := Cursor{Stored: g, Scan: r.cfg.FromBlock}
	return r.commit(cur, func(b kv.Batch) { b.Set(keyIdentity, id) })
}

func (r *Restorer) identity(genesis common.Hash) identity {
	return identity{ChainID: r.cfg.Params.L1.ChainID, Contract: r.cfg.Params.L1.Contract, Genesis: genesis, Params: r.cfg.Params}
}

func (r *Restorer) checkIdentity() error {
	raw, found, err := r.db.Get(keyIdentity)
	if err != nil {
		return err
	}
	var got identity
	if !found || json.Unmarshal(raw, &got) != nil {
		return fmt.Errorf("%w (no readable identity)", ErrOtherDeployment)
	}
	if want := r.identity(got.Genesis); got != want {
		return fmt.Errorf("%w: it holds %s on chain %d, not %s on chain %d", ErrOtherDeployment, got.Contract, got.ChainID,
			want.Contract, want.ChainID)
	}
	return nil
}

// commit writes the state and the cursor in one batch.
func (r *Restorer) commit(cur Cursor, extra func(kv.Batch)) error {
	raw, err := json.Marshal(cur)
	if err != nil {
		return err
	}
	err = r.st.Commit(func(b kv.Batch) error {
		b.Set(keyCursor, raw)
		if extra != nil {
			extra(b)
		}
		return nil
	})
	if err != nil {
		return err
	}
	r.cur = cur
	return nil
}

// Cursor is where the restore stands.
func (r *Restorer) Cursor() Cursor { return r.cur }

// State is the restored state (read it only between runs).
func (r *Restorer) State() *state.State { return r.st }

// Progress is reported after every restored block.
type Progress struct {
	Block, Target uint64
	Ops           uint64 // operations restored in this run
	Elapsed       time.Duration
}

// Result is what a run did.
type Result struct {
	From, To uint64 // blocks restored: From+1..To (none if equal)
	Target   uint64 // the last executed block at the L1 head read
	Head     uint64 // the L1 block the run read up to
	Ops      uint64 // operations re-executed
	Elapsed  time.Duration
	Root     common.Hash // the state root at To
}

// Executed reads how many blocks the contract has executed at L1 block
// head (nil: the latest).
func (r *Restorer) Executed(ctx context.Context, head *big.Int) (uint64, error) {
	out, err := r.call(ctx, r.abi.PackBlocksExecuted(), head)
	if err != nil {
		return 0, err
	}
	return r.abi.UnpackBlocksExecuted(out)
}

func (r *Restorer) call(ctx context.Context, data []byte, at *big.Int) ([]byte, error) {
	to := r.cfg.Params.L1.Contract
	out, err := r.c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
	if err != nil {
		return nil, fmt.Errorf("read the rollup contract at %s: %w", to, err)
	}
	return out, nil
}

func (r *Restorer) storedHash(ctx context.Context, n uint64, at *big.Int) (common.Hash, error) {
	out, err := r.call(ctx, r.abi.PackStoredBlockHashes(n), at)
	if err != nil {
		return common.Hash{}, err
	}
	h, err := r.abi.UnpackStoredBlockHashes(out)
	return common.Hash(h), err
}

// Run restores every block the contract has executed (up to block to, if
// to > 0), reading L1 up to its current head. progress (may be nil) is
// called after each block. A run that fails keeps everything restored
// before the failing block.
func (r *Restorer) Run(ctx context.Context, to uint64, progress func(Progress)) (res Result, err error) {
	start := time.Now()
	defer func() {
		res.To, res.Elapsed = r.cur.Block, time.Since(start)
		res.Root = r.cur.Stored.StateRoot
	}()
	head, err := r.c.BlockNumber(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("the L1 head: %w", err)
	}
	at := new(big.Int).SetUint64(head)
	target, err := r.Executed(ctx, at)
	if err != nil {
		return Result{}, err
	}
	if to > 0 && to < target {
		target = to
	}
	res = Result{From: r.cur.Block, Target: target, Head: head}
	if r.cur.Block >= target {
		return res, nil
	}
	err = r.src.Blocks(ctx, r.cur.Block, r.cur.Scan, target, head, func(cb Committed) error {
		n, err := r.apply(ctx, cb, at)
		if err != nil {
			return err
		}
		res.Ops += n
		if progress != nil {
			progress(Progress{Block: cb.Number, Target: target, Ops: res.Ops, Elapsed: time.Since(start)})
		}
		return nil
	})
	if err != nil {
		return res, err
	}
	if r.cur.Block < target {
		return res, fmt.Errorf("%w: restored up to block %d, L1 executed %d", ErrIncomplete, r.cur.Block, target)
	}
	return res, nil
}

// apply re-executes one block, checks it against L1 and commits it with
// the cursor. It returns the number of operations.
func (r *Restorer) apply(ctx context.Context, cb Committed, at *big.Int) (uint64, error) {
	if cb.Number != r.cur.Block+1 {
		return 0, fmt.Errorf("%w: got block %d after block %d", ErrOutOfOrder, cb.Number, r.cur.Block)
	}
	h := rollup.BlockHeader{Number: cb.Number, Timestamp: cb.Block.Timestamp, FeeAccount: cb.Block.FeeAccount}
	b, err := r.m.ReplayPubdata(h, cb.Block.Pubdata, cb.Block.EthSignatures, cb.Block.NewStateRoot)
	if err != nil {
		return 0, fmt.Errorf("%w: block %d (L1 transaction %s): %w", ErrBadBlock, cb.Number, cb.TxHash, err)
	}
	stored := l1.Stored(b)
	want, err := r.storedHash(ctx, cb.Number, at)
	if err == nil && l1.HashStored(stored) != want {
		err = fmt.Errorf("%w: block %d (L1 transaction %s) hashes to %x, the contract stores %x", ErrNotOnL1, cb.Number,
			cb.TxHash, l1.HashStored(stored), want)
	}
	if err != nil {
		if derr := r.st.Discard(); derr != nil {
			err = errors.Join(err, derr)
		}
		return 0, err
	}
	ops := uint64(len(b.Ops))
	cur := Cursor{Block: cb.Number, Stored: stored, Scan: cb.Resume, Ops: r.cur.Ops + ops}
	if cur.Scan < r.cur.Scan {
		cur.Scan = r.cur.Scan
	}
	if err := r.commit(cur, nil); err != nil {
		return 0, err
	}
	return ops, nil
}
