package restore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
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
	// number is something else (or, for a block inside a batch that
	// commitProveExecute stored only the last hash of, what its
	// BlockCommitted event says): the data source is corrupt, reordered or
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
	// BlobArchive is the directory of blob files (DirArchive) the blocks'
	// data is read from in blob mode (Params.BlobCapacity > 0), where it
	// is required; calldata mode reads none.
	BlobArchive string
}

// Cursor is how far a restore got; it is committed with the state. Its
// block is always one whose hash the contract stores (never one inside a
// batch commitProveExecute stored only the last hash of), so that a later
// run can check it is still on L1.
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

	unchecked []unchecked // blocks applied since the last check against L1
	rooted    uint64      // the last block whose state root was found L1's (committed or not)
}

// Open opens (or starts, at genesis) the restore kept in db. The contract
// is cfg.Params.L1.Contract; src is where blocks come from (nil: the
// calldata of the commit transactions, read from c, or in blob mode the
// blob commits, their blobs read from cfg.BlobArchive).
func Open(ctx context.Context, cfg Config, c Chain, src Source, db kv.Store) (*Restorer, error) {
	if cfg.Params.L1.Contract == (common.Address{}) {
		return nil, errors.New("restore: the contract's address is not set (Params.L1)")
	}
	if src == nil {
		var err error
		if src, err = defaultSource(cfg, c); err != nil {
			return nil, err
		}
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

// defaultSource is the source for cfg's data mode.
func defaultSource(cfg Config, c Chain) (Source, error) {
	contract := cfg.Params.L1.Contract
	if cfg.Params.BlobCapacity == 0 {
		return NewCalldataSource(c, contract)
	}
	if cfg.BlobArchive == "" {
		return nil, fmt.Errorf("restore: the deployment is in blob mode (blob capacity %d): its blocks' data is in blobs, which L1 nodes drop after about 18 days; "+
			"name a blob archive, a directory of <versioned hash>.blob files (zkrollup restore --blob-archive DIR)", cfg.Params.BlobCapacity)
	}
	if fi, err := os.Stat(cfg.BlobArchive); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("restore: the blob archive %s is not a directory (%v): name the directory of <versioned hash>.blob files", cfg.BlobArchive, err)
	}
	return NewBlobSource(c, contract, DirArchive{Dir: cfg.BlobArchive})
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
	// to L1's, and the state committed (Cursor() is this block). A
	// checkpoint due at a block L1 stores no hash for (inside a batch
	// commitProveExecute stored only the last hash of) checks the blocks
	// so far and the root but commits at the batch's end.
	Checkpoint bool
}

// Result is what a run did.
type Result struct {
	From, To uint64 // blocks restored: From+1..To (none if equal)
	// Target is the last executed block at the L1 head read, or the block
	// Run was asked to stop at: rounded up, when L1 stores no hash for it
	// (inside a batch commitProveExecute stored only the last hash of), to
	// the end of its batch.
	Target  uint64
	Head    uint64 // the L1 block the run read up to
	Ops     uint64 // operations re-executed
	Elapsed time.Duration
	Root    common.Hash // the state root at To
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
// to > 0; a to inside a batch that commitProveExecute stored only the last
// hash of is rounded up to the end of that batch, see Result.Target),
// reading L1 up to its current head. progress (may be nil) is called after
// each block. Each block is checked against what L1 stores for it (its
// stored hash, or for a block inside such a batch, the commitment and
// state root of its BlockCommitted event); the state root is computed and
// compared with L1's at each checkpoint (every Config.CheckpointBlocks
// blocks, every second, and at the last block), where the state is
// committed with the cursor. A checkpoint that falls inside such a batch
// commits at its end: the cursor is only ever at a block whose hash L1
// stores. A run that fails keeps everything up to the last commit, and
// names the first block that differs.
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
	if target > r.cur.Block && target < executed {
		if target, err = r.storedFrom(ctx, target, executed); err != nil {
			return res, err
		}
		res.Target = target
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

// storedFrom returns the first block from n on (up to last, which it
// returns if none before) whose hash L1 stores: n itself, or, when n is
// inside a batch commitProveExecute stored only the last hash of, the end
// of that batch.
func (r *Restorer) storedFrom(ctx context.Context, n, last uint64) (uint64, error) {
	// n alone first (most blocks have their hash stored), then 16 at a time
	for chunk := uint64(1); n < last; n, chunk = n+chunk, 16 {
		ns := make([]uint64, 0, chunk)
		for k := n; k < last && k < n+chunk; k++ {
			ns = append(ns, k)
		}
		hs, err := r.storedHashes(ctx, ns)
		if err != nil {
			return 0, err
		}
		for i, h := range hs {
			if h != (common.Hash{}) {
				return ns[i], nil
			}
		}
	}
	return last, nil
}

// run replays blocks from the committed cursor, checkpointing every
// `every` blocks: a checkpoint that falls on a block L1 stores no hash for
// checks the blocks so far and the root, and the commit waits for the
// next block L1 stores a hash for (each block until then is checked as it
// comes, to find it). On error the state is back at the committed cursor,
// and lost says whether blocks applied since were dropped.
func (r *Restorer) run(ctx context.Context, target, head uint64, every int, start time.Time, res *Result,
	progress func(Progress)) (lost bool, err error) {
	r.unchecked = r.unchecked[:0]
	r.rooted = r.cur.Block
	pend := r.cur // the last block applied, committed or not
	group, last := 0, time.Now()
	postponed := false // a checkpoint fell inside a batch: commit at its end
	err = r.src.Blocks(ctx, r.cur.Block, r.cur.Scan, target, head, func(cb Committed) error {
		if cb.Number > target {
			return fmt.Errorf("%w: got block %d, L1 executed only %d", ErrOutOfOrder, cb.Number, target)
		}
		next, err := r.apply(ctx, cb, pend)
		if err != nil {
			return err
		}
		pend, group = next, group+1
		due := group >= every || cb.Number == target || time.Since(last) >= time.Second
		committed := false
		if due || postponed {
			if committed, err = r.checkpoint(ctx, pend, due); err != nil {
				return err
			}
			if due || committed { // the root was computed
				group, last = 0, time.Now()
			}
			postponed = !committed
		}
		res.Ops += next.blockOps
		if progress != nil {
			progress(Progress{Block: cb.Number, Target: target, Ops: res.Ops, Elapsed: time.Since(start), Checkpoint: committed})
		}
		return nil
	})
	if err == nil && pend.Block != r.cur.Block {
		// the source ended between checkpoints (or inside a batch, its
		// blocks so far checked as they came: nothing to commit there)
		committed := false
		if !postponed {
			committed, err = r.checkpoint(ctx, pend, true)
		}
		if err == nil && !committed {
			err = fmt.Errorf("%w: the data source ended at block %d, inside a batch L1 executed in one transaction (it stores the hash of the batch's last block only)",
				ErrIncomplete, pend.Block)
		}
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
// restored block is executed and L1 stores exactly it (a cursor is only
// ever committed at a block whose hash L1 stores). A directory of an
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

// checkpoint checks every block applied since the last check against
// what L1 stores for it. When L1 stores a hash for c's block (the last
// applied), or when root is set, it computes the state root and checks it
// is the one L1 committed for c's block; when L1 stores a hash for c's
// block it commits the state with cursor c and reports true. Inside a
// batch commitProveExecute stored only the last hash of, nothing is
// committed: a cursor there would not be found on L1 by the next run.
func (r *Restorer) checkpoint(ctx context.Context, c Cursor, root bool) (committed bool, err error) {
	stored, err := r.checkStored(ctx)
	if err != nil {
		return false, err
	}
	if !stored && !root {
		return false, nil
	}
	got, err := r.st.Root()
	if err != nil {
		return false, err
	}
	if got.Bytes() != c.Stored.StateRoot {
		return false, fmt.Errorf("%w: blocks %d..%d give root %x, L1 committed %x for block %d",
			errGroupRoot, r.rooted+1, c.Block, got.Bytes(), c.Stored.StateRoot, c.Block)
	}
	r.rooted = c.Block
	if !stored {
		return false, nil
	}
	return true, r.commit(c, nil)
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
	stored, err := storedFor(b, cb)
	if err != nil {
		return prev, r.discard(err)
	}
	// checked against L1 at the next checkpoint, with the others since
	r.unchecked = append(r.unchecked, unchecked{number: cb.Number, hash: l1.HashStored(stored), tx: cb.TxHash,
		commitment: stored.Commitment, root: stored.StateRoot, evCommitment: cb.Commitment, evRoot: cb.StateRoot})
	n := uint64(len(b.Ops))
	return Cursor{Block: cb.Number, Stored: stored, Scan: max(cb.Resume, prev.Scan), Ops: prev.Ops + n, blockOps: n}, nil
}

// storedFor is what the contract must store for b, re-executed from cb:
// in blob mode, the block in the shape the commit named, its commitment
// at the commit's point r, and its L1-read operations exactly those the
// contract read from the calldata.
//
// The stored hash alone would not show the last: it binds the L1 pubdata
// only through its value at r, Σ q_k·r^k, which trailing zero bytes do
// not change, and only except with a small probability. Comparing the
// bytes costs nothing.
func storedFor(b *rollup.Block, cb Committed) (l1.StoredBlock, error) {
	if cb.DataPoint == nil {
		return l1.Stored(b), nil
	}
	if _, used := rollup.Placement(b.SlotGroup, b.Ops); cb.Slots == 0 || used > int(cb.Slots) {
		return l1.StoredBlock{}, fmt.Errorf("%w: block %d (L1 transaction %s) has operations for %d slots, its commit names a shape of %d",
			ErrNotOnL1, cb.Number, cb.TxHash, used, cb.Slots)
	}
	b.Slots = int(cb.Slots)
	if got := b.L1Pubdata(); !bytes.Equal(got, cb.L1Pubdata) {
		return l1.StoredBlock{}, fmt.Errorf("%w: block %d (L1 transaction %s): its data in the blobs has the L1 operations %x, the contract read %x",
			ErrNotOnL1, cb.Number, cb.TxHash, got, cb.L1Pubdata)
	}
	// The data hash is the commit's, not recomputed from the native
	// placement: it covers the padded pubdata in the layout the block's
	// proof used, and the circuit does not hold an operation to the first
	// slot it fits (a Noop may sit where rollup.Placement puts the next
	// operation; review of typed slots, issue 19), so an operator could
	// prove a layout a recomputation would not match and stop every
	// restore and exodus at that block. The content is bound all the
	// same: the operations are the blobs' bytes (Eval, Length), they
	// re-execute to the root L1 holds, and the commitment L1 stored —
	// which the proof binds, data hash included — must be this one.
	bind := b.BlobBinding(*cb.DataPoint)
	bind.DataHash = cb.DataHash
	return l1.StoredBlobWith(b, bind), nil
}

// unchecked is a block applied but not yet compared with L1.
type unchecked struct {
	number uint64
	hash   common.Hash // what the contract must store for it
	tx     common.Hash // the commit transaction, for the message
	// the re-executed block's commitment and new state root, and what its
	// BlockCommitted event says they are (checked when L1 stores no hash)
	commitment, root     [32]byte
	evCommitment, evRoot [32]byte
}

// checkStored compares the blocks applied since the last check with the
// contract's storedBlockHashes: one JSON-RPC batch per 128 blocks when
// the node client offers batches (ethclient does), one call each
// otherwise. A block L1 executed keeps its stored hash for good, so it is
// read at the latest block (a node keeps old state only so long).
//
// A block inside a batch that commitProveExecute committed, proved and
// executed in one transaction has no stored hash (zero for good; only the
// batch's last block has one): its commitment (a SHA-256 over its header,
// pubdata and old and new roots) and new state root are compared with its
// BlockCommitted event's instead. The batch's last block, checked by its
// stored hash, pins its old root, and the state root checked before every
// commit is the one L1 stores: nothing is committed on the events' word
// alone. It reports whether L1 stores a hash for the last block checked.
func (r *Restorer) checkStored(ctx context.Context) (lastStored bool, err error) {
	defer func() { r.unchecked = r.unchecked[:0] }()
	ns := make([]uint64, len(r.unchecked))
	for i, u := range r.unchecked {
		ns[i] = u.number
	}
	want, err := r.storedHashes(ctx, ns)
	if err != nil {
		return false, err
	}
	for i, u := range r.unchecked {
		switch {
		case want[i] == (common.Hash{}):
			if u.commitment != u.evCommitment || u.root != u.evRoot {
				return false, fmt.Errorf("%w: block %d (L1 transaction %s) has commitment %x and state root %x, "+
					"its BlockCommitted event says %x and %x (L1 stores no hash for it: it is inside a batch executed in one transaction)",
					ErrNotOnL1, u.number, u.tx, u.commitment, u.root, u.evCommitment, u.evRoot)
			}
		case u.hash != want[i]:
			return false, fmt.Errorf("%w: block %d (L1 transaction %s) hashes to %x, the contract stores %x", ErrNotOnL1, u.number,
				u.tx, u.hash, want[i])
		}
	}
	return len(want) > 0 && want[len(want)-1] != (common.Hash{}), nil
}

// storedHashes reads storedBlockHashes of blocks ns: one JSON-RPC batch
// per 128 blocks when the node client offers batches, one call each
// otherwise.
func (r *Restorer) storedHashes(ctx context.Context, ns []uint64) ([]common.Hash, error) {
	want := make([]common.Hash, len(ns))
	rc, batch := r.c.(interface{ Client() *rpc.Client })
	for i := 0; i < len(ns); {
		n := 1
		if batch {
			n = min(128, len(ns)-i)
			if err := r.storedHashBatch(ctx, rc.Client(), ns[i:i+n], want[i:i+n]); err != nil {
				return nil, err
			}
		} else {
			h, err := r.storedHash(ctx, ns[i])
			if err != nil {
				return nil, err
			}
			want[i] = h
		}
		i += n
	}
	return want, nil
}

// storedHashBatch reads storedBlockHashes of blocks ns in one batch.
func (r *Restorer) storedHashBatch(ctx context.Context, c *rpc.Client, ns []uint64, into []common.Hash) error {
	type callArg struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"input"`
	}
	out := make([]hexutil.Bytes, len(ns))
	elems := make([]rpc.BatchElem, len(ns))
	for i, n := range ns {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: r.cfg.Params.L1.Contract,
			Data: r.abi.PackStoredBlockHashes(n)}, "latest"}, Result: &out[i]}
	}
	if err := c.BatchCallContext(ctx, elems); err != nil {
		return fmt.Errorf("read the rollup contract: %w", err)
	}
	for i := range elems {
		if elems[i].Error != nil {
			return fmt.Errorf("read the rollup contract (block %d): %w", ns[i], elems[i].Error)
		}
		h, err := r.abi.UnpackStoredBlockHashes(out[i])
		if err != nil {
			return fmt.Errorf("read the rollup contract (block %d): %w", ns[i], err)
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
