package restore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

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
	// CheckpointBlocks is how many blocks are replayed between state roots
	// and commits (0: DefaultCheckpointBlocks; 1: a root per block).
	CheckpointBlocks int
}

// Cursor is how far a restore got; it is committed with the state.
type Cursor struct {
	Block  uint64         `json:"block"`  // the last restored block
	Stored l1.StoredBlock `json:"stored"` // what the contract stores for it
	Scan   uint64         `json:"scan"`   // the L1 block the next scan starts at
	Ops    uint64         `json:"ops"`    // operations restored so far

	blockOps uint64 // the last block's operations (not stored)
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

	unchecked []unchecked // blocks applied since the last checkpoint
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
	want, err := r.storedHash(ctx, 0)
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
	if want := r.identity(got.Genesis); !reflect.DeepEqual(got, want) {
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
	// Checkpoint: the state root was computed at this block, found equal
	// to L1's, and the state committed (Cursor() is this block).
	Checkpoint bool
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

// storedHash reads storedBlockHashes(n) at the latest block: an executed
// block's entry never changes.
func (r *Restorer) storedHash(ctx context.Context, n uint64) (common.Hash, error) {
	out, err := r.call(ctx, r.abi.PackStoredBlockHashes(n), nil)
	if err != nil {
		return common.Hash{}, err
	}
	h, err := r.abi.UnpackStoredBlockHashes(out)
	return common.Hash(h), err
}

// Run restores every block the contract has executed (up to block to, if
// to > 0), reading L1 up to its current head. progress (may be nil) is
// called after each block. Each block is checked against what L1 stores
// for it; the state root is computed and compared with L1's at each
// checkpoint (every Config.CheckpointBlocks blocks, every second, and at
// the last block), where the state is committed with the cursor. A run
// that fails keeps everything up to the last checkpoint, and names the
// first block that differs.
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
	executed, err := r.Executed(ctx, new(big.Int).SetUint64(head))
	if err != nil {
		return Result{}, err
	}
	target := executed
	if to > 0 && to < target {
		target = to
	}
	res = Result{From: r.cur.Block, Target: target, Head: head}
	if err := r.checkCursor(ctx, executed); err != nil {
		return res, err
	}
	if r.cur.Block >= target {
		return res, nil
	}
	every := r.cfg.CheckpointBlocks
	if every <= 0 {
		every = DefaultCheckpointBlocks
	}
	lost, err := r.run(ctx, target, head, every, start, &res, progress)
	if lost && ctx.Err() == nil {
		// The run failed with good blocks not yet committed (or with a
		// root that only says some block since the checkpoint is wrong):
		// go over them again one root and one commit at a time, which
		// keeps every good block and names the bad one.
		_, err = r.run(ctx, target, head, 1, start, &res, progress)
	}
	if errors.Is(err, errGroupRoot) {
		err = fmt.Errorf("%w: %w", ErrBadBlock, err)
	}
	if err != nil {
		return res, err
	}
	if r.cur.Block < target {
		return res, fmt.Errorf("%w: restored up to block %d, L1 executed %d", ErrIncomplete, r.cur.Block, target)
	}
	return res, nil
}

// DefaultCheckpointBlocks is how many blocks a restore replays between
// state roots (and commits): hashing the state once per run of blocks
// instead of once per block is most of a restore's speed.
const DefaultCheckpointBlocks = 64

// errGroupRoot: the state root at a checkpoint is not L1's.
var errGroupRoot = errors.New("the state root at a checkpoint is not the one L1 committed")

// run replays blocks from the committed cursor, checkpointing every
// `every` blocks. On error the state is back at the committed cursor, and
// lost says whether blocks applied since were dropped.
func (r *Restorer) run(ctx context.Context, target, head uint64, every int, start time.Time, res *Result,
	progress func(Progress)) (lost bool, err error) {
	r.unchecked = r.unchecked[:0]
	pend := r.cur // the last block applied, committed or not
	group, last := 0, time.Now()
	err = r.src.Blocks(ctx, r.cur.Block, r.cur.Scan, target, head, func(cb Committed) error {
		if cb.Number > target {
			return fmt.Errorf("%w: got block %d, L1 executed only %d", ErrOutOfOrder, cb.Number, target)
		}
		next, err := r.apply(ctx, cb, pend)
		if err != nil {
			return err
		}
		pend, group = next, group+1
		checkpoint := group >= every || cb.Number == target || time.Since(last) >= time.Second
		if checkpoint {
			if err := r.checkpoint(ctx, pend); err != nil {
				return err
			}
			group, last = 0, time.Now()
		}
		res.Ops += next.blockOps
		if progress != nil {
			progress(Progress{Block: cb.Number, Target: target, Ops: res.Ops, Elapsed: time.Since(start), Checkpoint: checkpoint})
		}
		return nil
	})
	if err == nil && pend.Block != r.cur.Block {
		err = r.checkpoint(ctx, pend) // the source ended between checkpoints
	}
	if err != nil && pend.Block != r.cur.Block {
		// drop what was applied after the last checkpoint
		res.Ops -= pend.Ops - r.cur.Ops
		lost = true
		if derr := r.st.Discard(); derr != nil {
			err = errors.Join(err, derr)
		}
	}
	return lost || errors.Is(err, errGroupRoot), err
}

// checkCursor checks that the restored state is still on L1: the last
// restored block is executed and L1 stores exactly it. A directory of an
// earlier deployment at the same address (a restarted dev chain) or of a
// fork fails here instead of serving a state L1 does not hold.
func (r *Restorer) checkCursor(ctx context.Context, executed uint64) error {
	if r.cur.Block > executed {
		return fmt.Errorf("%w: it holds block %d, L1 executed %d", ErrOtherDeployment, r.cur.Block, executed)
	}
	want, err := r.storedHash(ctx, r.cur.Block)
	if err != nil {
		return err
	}
	if l1.HashStored(r.cur.Stored) != want {
		return fmt.Errorf("%w: its block %d is not the one L1 stores", ErrOtherDeployment, r.cur.Block)
	}
	return nil
}

// checkpoint checks every block applied since the last one against what
// L1 stores for it, computes the state root, checks it is the one L1
// committed for the last block applied, and commits the state with the
// cursor.
func (r *Restorer) checkpoint(ctx context.Context, c Cursor) error {
	if err := r.checkStored(ctx); err != nil {
		return err
	}
	root, err := r.st.Root()
	if err != nil {
		return err
	}
	if root.Bytes() != c.Stored.StateRoot {
		return fmt.Errorf("%w: blocks %d..%d give root %x, L1 committed %x for block %d",
			errGroupRoot, r.cur.Block+1, c.Block, root.Bytes(), c.Stored.StateRoot, c.Block)
	}
	return r.commit(c, nil)
}

// apply re-executes block cb after prev (the last block applied), without
// the state root, and checks it against what L1 stores for it, with the
// roots L1 committed to (the caller compares the state root with them at
// the next checkpoint). It returns the cursor after the block. On error
// the state is back at the last commit.
func (r *Restorer) apply(ctx context.Context, cb Committed, prev Cursor) (Cursor, error) {
	if cb.Number != prev.Block+1 {
		return prev, r.discard(fmt.Errorf("%w: got block %d after block %d", ErrOutOfOrder, cb.Number, prev.Block))
	}
	h := rollup.BlockHeader{Number: cb.Number, Timestamp: cb.Block.Timestamp, FeeAccount: cb.Block.FeeAccount}
	b, err := r.m.ReplayPubdataDeferred(h, cb.Block.Pubdata, cb.Block.EthSignatures)
	if err != nil { // the machine dropped every uncommitted change
		return prev, fmt.Errorf("%w: block %d (L1 transaction %s): %w", ErrBadBlock, cb.Number, cb.TxHash, err)
	}
	if err := b.OldRoot.SetBytesCanonical(prev.Stored.StateRoot[:]); err != nil {
		return prev, r.discard(fmt.Errorf("%w: block %d: old root: %v", ErrNotOnL1, cb.Number, err))
	}
	if err := b.NewRoot.SetBytesCanonical(cb.Block.NewStateRoot[:]); err != nil {
		return prev, r.discard(fmt.Errorf("%w: block %d: new root: %v", ErrNotOnL1, cb.Number, err))
	}
	stored := l1.Stored(b)
	// checked against L1 at the next checkpoint, with the others since
	r.unchecked = append(r.unchecked, unchecked{number: cb.Number, hash: l1.HashStored(stored), tx: cb.TxHash})
	n := uint64(len(b.Ops))
	return Cursor{Block: cb.Number, Stored: stored, Scan: max(cb.Resume, prev.Scan), Ops: prev.Ops + n, blockOps: n}, nil
}

// unchecked is a block applied but not yet compared with L1.
type unchecked struct {
	number uint64
	hash   common.Hash // what the contract must store for it
	tx     common.Hash // the commit transaction, for the message
}

// checkStored compares the blocks applied since the last checkpoint with
// the contract's storedBlockHashes: one JSON-RPC batch per 128 blocks when
// the node client offers batches (ethclient does), one call each
// otherwise. A block L1 executed keeps its stored hash for good, so it is
// read at the latest block (a node keeps old state only so long).
func (r *Restorer) checkStored(ctx context.Context) error {
	defer func() { r.unchecked = r.unchecked[:0] }()
	want := make([]common.Hash, len(r.unchecked))
	rc, batch := r.c.(interface{ Client() *rpc.Client })
	for i := 0; i < len(r.unchecked); {
		n := 1
		if batch {
			n = min(128, len(r.unchecked)-i)
			if err := r.storedHashBatch(ctx, rc.Client(), r.unchecked[i:i+n], want[i:i+n]); err != nil {
				return err
			}
		} else {
			h, err := r.storedHash(ctx, r.unchecked[i].number)
			if err != nil {
				return err
			}
			want[i] = h
		}
		i += n
	}
	for i, u := range r.unchecked {
		if u.hash != want[i] {
			return fmt.Errorf("%w: block %d (L1 transaction %s) hashes to %x, the contract stores %x", ErrNotOnL1, u.number,
				u.tx, u.hash, want[i])
		}
	}
	return nil
}

// storedHashBatch reads storedBlockHashes of blocks us in one batch.
func (r *Restorer) storedHashBatch(ctx context.Context, c *rpc.Client, us []unchecked, into []common.Hash) error {
	type callArg struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"input"`
	}
	out := make([]hexutil.Bytes, len(us))
	elems := make([]rpc.BatchElem, len(us))
	for i, u := range us {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: r.cfg.Params.L1.Contract,
			Data: r.abi.PackStoredBlockHashes(u.number)}, "latest"}, Result: &out[i]}
	}
	if err := c.BatchCallContext(ctx, elems); err != nil {
		return fmt.Errorf("read the rollup contract: %w", err)
	}
	for i := range elems {
		if elems[i].Error != nil {
			return fmt.Errorf("read the rollup contract (block %d): %w", us[i].number, elems[i].Error)
		}
		h, err := r.abi.UnpackStoredBlockHashes(out[i])
		if err != nil {
			return fmt.Errorf("read the rollup contract (block %d): %w", us[i].number, err)
		}
		into[i] = common.Hash(h)
	}
	return nil
}

// discard drops every uncommitted change and returns err.
func (r *Restorer) discard(err error) error {
	r.unchecked = r.unchecked[:0]
	if derr := r.st.Discard(); derr != nil {
		return errors.Join(err, derr)
	}
	return err
}
