package aggregator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
	"github.com/zkrollup/zkrollup/witness"
)

// Config tunes the aggregator.
type Config struct {
	Contract    common.Address
	MaxInFlight int           // proofs running at once
	Lease       time.Duration // a proof request without a heartbeat for this long is taken again; the in-process prover beats every Lease/4
	Retry       proofqueue.Retry
	BlocksPerTx int // blocks per commit, prove or execute transaction
	// BatchWait is how long a stage waits to fill a transaction: it sends
	// fewer than BlocksPerTx blocks only once the oldest of them has been
	// ready this long — for a commit since it opened (its header's
	// timestamp), for a proof since the proof was stored. Execution follows
	// its proof at once. Each transaction has a fixed cost (21,000 gas, and
	// ≈ 205k for the pairing check of proveBlocks), so at low load waiting
	// divides it among more blocks; 0 sends whatever is ready.
	BatchWait time.Duration
	// OneTx sends blocks to L1 in one commitProveExecute transaction once
	// they are proven, instead of commitBlocks, proveBlocks and
	// executeBlocks in turn: one base cost instead of three, and the
	// contract stores one block hash per batch instead of one per block.
	// The batch waits for BlocksPerTx proven blocks or BatchWait since
	// its oldest block opened. Blocks committed by the staged path (before
	// a restart with OneTx) are proven and executed that way first.
	OneTx bool
	Poll  time.Duration    // a step every Poll between Start and Stop
	Clock func() time.Time // nil: time.Now
	// Blobs, when set, is blob mode (rollup.Params.BlobCapacity > 0):
	// commits are blob transactions (with OneTx, commitProveExecuteBlobs,
	// whose batch is fixed before its blocks are proven: oneTxBlobs).
	Blobs *Blobs
}

// Sender is what the aggregator needs of the L1 sender.
type Sender interface {
	Enqueue(ctx context.Context, owner, key string, to common.Address, data []byte, value *big.Int) (store.L1Tx, error)
}

var _ Sender = (*txsender.Sender)(nil)

// Aggregator drives blocks to execution on L1.
type Aggregator struct {
	*lifecycle.Loop // Start / Stop run Run every Config.Poll

	cfg     Config
	db      *store.DB
	gen     *witness.Generator
	prover  Prover
	q       *proofqueue.Queue
	sender  Sender
	genesis fr.Element
	log     *slog.Logger
	now     func() time.Time
	abi     *rollupcontract.Rollup

	recovered bool // batches of a crash between Enqueue and AddL1Batch restored
	// rescan: a hand failed, perhaps after the sender recorded the
	// operation; its batch row is restored from the sender's keys at the
	// next step (or the next batch would overlap it)
	rescan bool
	// proveCap, when not 0, caps the blocks of the next proof batch: a batch
	// that would revert on L1 is split in two until the block whose proof L1
	// refuses is alone, and that proof is sent back to be proven again
	// (op-succinct's split of a failing range). In memory: after a restart
	// the split starts again, at no L1 cost (the revert shows in the gas
	// estimate, before anything is sent).
	proveCap int

	// planStaged: the one-transaction blob plan could not go in one
	// transaction (over the sender's gas cap): it is committed, proven
	// and executed in turn instead (oneTxBlobs). In memory: after a
	// restart the one transaction is tried again, at no L1 cost.
	planStaged bool
	// blob mode: each handed commit's data point by block, and the blocks
	// that end a commit (a proof batch ends at one)
	points     map[uint64]fr.Element
	commitEnds map[uint64]bool
	// the handed commit batches, read at most once a step
	batches     []store.L1Batch
	batchesRead bool

	mu       sync.Mutex
	inFlight int
	wg       sync.WaitGroup
}

// New returns an aggregator. genesis is the state root the contract was
// deployed with; the ladder's verifying keys verify the prover's proofs,
// each block's by its shape under params. A nil p proves nothing here: the
// requests are left to the prover server's workers.
func New(cfg Config, db *store.DB, gen *witness.Generator, p Prover, params rollup.Params, ladder *keys.Ladder, s Sender, genesis fr.Element, log *slog.Logger) *Aggregator {
	a := &Aggregator{cfg: cfg, db: db, gen: gen, prover: p, sender: s, genesis: genesis, log: log, now: time.Now,
		abi: rollupcontract.NewRollup(), points: map[uint64]fr.Element{}, commitEnds: map[uint64]bool{}}
	if cfg.Clock != nil {
		a.now = cfg.Clock
	}
	a.q = proofqueue.New(cfg.Retry, db, params, ladder, func() time.Time { return a.now() })
	a.Loop = lifecycle.NewLoop(func(ctx context.Context) error {
		if cfg.Poll <= 0 {
			return fmt.Errorf("aggregator: Poll is %v, must be positive", cfg.Poll)
		}
		return a.Run(ctx, cfg.Poll)
	})
	return a
}

// Run steps until ctx ends.
func (a *Aggregator) Run(ctx context.Context, every time.Duration) error {
	defer a.wg.Wait()
	return lifecycle.Every(ctx, every, func(ctx context.Context) error {
		if err := a.Step(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("aggregator step failed", "err", err)
		}
		return nil
	})
}

// Wait waits for the proofs in flight.
func (a *Aggregator) Wait() { a.wg.Wait() }

// Step: request proofs for new blocks, generate witnesses in order, start
// proofs up to the limit, and hand ready batches to the L1 sender.
func (a *Aggregator) Step(ctx context.Context) error {
	if !a.recovered {
		if err := a.recoverBatches(ctx); err != nil {
			return err
		}
		n, err := a.db.ReleaseProofLeases(ctx, owner)
		if err != nil {
			return err
		}
		if n > 0 {
			a.log.Info("proof requests of the previous run back in the queue", "requests", n)
		}
		a.recovered, a.rescan = true, false
	} else if a.rescan {
		if err := a.recoverBatches(ctx); err != nil {
			return err
		}
		a.rescan = false
	}
	a.batchesRead = false
	latest, err := a.db.LatestBlock(ctx)
	if err != nil {
		return err
	}
	now := a.now().UnixMilli()
	if err := a.db.RequestProofs(ctx, latest, now); err != nil {
		return err
	}
	for n := a.gen.Next(); n <= latest; n++ {
		if _, err := a.gen.Rebuild(ctx, n); err != nil {
			return err
		}
	}
	// a block's witness once its data point is known: at once in calldata
	// mode, once its blob commit is handed over in blob mode
	for n := a.gen.NextAssign(); n < a.gen.Next(); n++ {
		var r fr.Element
		if a.cfg.Blobs != nil {
			p, ok, err := a.point(ctx, n)
			if err != nil {
				return err
			}
			if !ok {
				break // its commit is not handed over yet
			}
			r = p
		}
		w, err := a.gen.Assign(n, r)
		if err != nil {
			return err
		}
		if err := a.db.AttachWitness(ctx, n, w); err != nil {
			return err
		}
	}
	if a.prover != nil { // otherwise the prover server hands the requests to remote provers
		if err := a.startProofs(ctx); err != nil {
			return err
		}
	}
	return a.l1(ctx)
}

func (a *Aggregator) startProofs(ctx context.Context) error {
	for {
		a.mu.Lock()
		full := a.inFlight >= a.cfg.MaxInFlight
		a.mu.Unlock()
		if full {
			return nil
		}
		// only requests with a witness: in blob mode a block's waits for
		// its commit
		r, found, err := a.db.ClaimProvingJob(ctx, owner, a.now().UnixMilli(), a.cfg.Lease.Milliseconds(), a.cfg.Retry.MaxAttempts)
		if err != nil || !found {
			return err
		}
		if _, ok := a.gen.Block(r.Block); !ok || r.Witness == nil {
			return fmt.Errorf("proof request of block %d has no witness yet", r.Block)
		}
		a.mu.Lock()
		a.inFlight++
		a.mu.Unlock()
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			defer func() { a.mu.Lock(); a.inFlight--; a.mu.Unlock() }()
			a.prove(ctx, r)
		}()
	}
}

// prove runs one claimed request through the in-process prover, its lease
// kept alive by heartbeats, and records the outcome.
func (a *Aggregator) prove(ctx context.Context, r store.ProofRequest) {
	start := a.now()
	stop := a.heartbeat(ctx, r)
	proof, err := a.prover.Prove(ctx, r.Witness)
	stop()
	if err == nil {
		err = a.q.Complete(ctx, r, proof)
	}
	switch {
	case err == nil:
		a.log.Info("block proven", "block", r.Block, "took", a.now().Sub(start).Round(time.Millisecond))
	case errors.Is(err, store.ErrLeaseLost):
		a.log.Warn("proof dropped: the request is no longer this prover's", "block", r.Block, "err", err)
	case ctx.Err() != nil:
		a.log.Info("proof abandoned: stopping (the next start releases its lease)", "block", r.Block, "err", err)
	default:
		last, ferr := a.q.Fail(ctx, r, err.Error())
		a.log.Warn("proof failed", "block", r.Block, "attempt", r.Attempts, "err", err, "retry_in", a.cfg.Retry.After(r.Attempts))
		if ferr != nil {
			a.log.Error("record proof failure", "block", r.Block, "err", ferr)
		} else if last {
			a.log.Error("proof request failed for good", "block", r.Block, "attempts", r.Attempts)
		}
	}
}

// heartbeat extends r's lease every Lease/4 until the returned stop is
// called (and has waited for it).
func (a *Aggregator) heartbeat(ctx context.Context, r store.ProofRequest) (stop func()) {
	every := a.cfg.Lease / 4
	if every <= 0 {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			err := a.db.HeartbeatProof(ctx, r.Block, owner, a.now().UnixMilli(), a.cfg.Lease.Milliseconds())
			if errors.Is(err, store.ErrLeaseLost) {
				a.log.Warn("proof lease lost while proving", "block", r.Block)
				return
			}
			if err != nil && ctx.Err() == nil {
				a.log.Warn("proof heartbeat failed", "block", r.Block, "err", err)
			}
		}
	}()
	return func() { cancel(); <-done }
}

// progress is how far a stage is: the last block handed to the sender,
// and the last block of the confirmed run. A batch that failed on L1 stops
// the stage: an operator must look.
func (a *Aggregator) progress(ctx context.Context, stage status.Stage) (sent, confirmed uint64, err error) {
	p, err := a.db.StageProgress(ctx, stage)
	if err != nil {
		return 0, 0, err
	}
	if f := p.Failed; f != nil {
		return 0, 0, fmt.Errorf("%s of blocks %d-%d failed on L1: %s", stage, f.First, f.Last, p.FailedReason)
	}
	return p.Sent, p.Confirmed, nil
}

func (a *Aggregator) stored(n uint64) (l1.StoredBlock, error) {
	if n == 0 {
		return l1.Genesis(a.genesis), nil
	}
	b, ok := a.gen.Block(n)
	if !ok {
		return l1.StoredBlock{}, fmt.Errorf("block %d is not rebuilt", n)
	}
	if a.cfg.Blobs != nil {
		r, ok := a.points[n]
		if !ok {
			return l1.StoredBlock{}, fmt.Errorf("block %d: its blob commit's data point is not known", n)
		}
		return l1.StoredBlob(b, r), nil
	}
	return l1.Stored(b), nil
}

// l1 hands the next ready batch of each stage to the sender.
func (a *Aggregator) l1(ctx context.Context) error {
	cSent, cDone, err := a.progress(ctx, status.StageCommit)
	if err != nil {
		return err
	}
	pSent, pDone, err := a.progress(ctx, status.StageProve)
	if err != nil {
		return err
	}
	eSent, eDone, err := a.progress(ctx, status.StageExecute)
	if err != nil {
		return err
	}
	rebuilt := a.gen.Next() - 1
	// One transaction in flight per stage: the next one's gas estimate
	// needs the previous one mined.
	// commit: blocks rebuilt and not yet handed over; in blob mode a
	// one-transaction plan starting there is committed as it is (its
	// witnesses bind its point), with one_tx off or when its one
	// transaction was too big (planStaged)
	planned, err := a.plannedCommit(ctx, cSent, rebuilt)
	if err != nil {
		return err
	}
	if last := min(rebuilt, cSent+uint64(a.cfg.BlocksPerTx)); cSent == cDone && (planned > 0 ||
		(!a.cfg.OneTx && last > cSent && a.full(cSent+1, last, a.openedAt(cSent+1)))) {
		prev, err := a.stored(cSent)
		if err != nil {
			return err
		}
		switch {
		case planned > 0:
			if err := a.commitBlobs(ctx, prev, cSent+1, planned); err != nil {
				return err
			}
		case a.cfg.Blobs != nil:
			if err := a.commitBlobs(ctx, prev, cSent+1, last); err != nil {
				return err
			}
		default:
			if err := a.commitCalldata(ctx, prev, cSent+1, last); err != nil {
				return err
			}
		}
	}
	// prove: committed blocks with complete proofs, in order
	limit := a.cfg.BlocksPerTx
	if a.proveCap > 0 {
		limit = a.proveCap
	}
	var proveErr error
	if pSent == pDone && a.cfg.Blobs != nil {
		// a blob commit's blocks are proven together, however many a
		// commit holds (blocks_per_tx may have been lowered since)
		n, err := a.commitLength(ctx, pSent+1)
		if err != nil {
			return err
		}
		limit = max(limit, n)
	}
	if pSent == pDone {
		run, err := a.provenRun(ctx, pSent+1, cDone, limit)
		if err != nil {
			return err
		}
		if a.cfg.Blobs != nil && len(run.stored) > 0 {
			// a blob commit's blocks are proven together
			end := a.commitEndAtOrBefore(run.first, run.last())
			if end == 0 {
				run.stored, run.proofs = nil, nil
			} else {
				n := int(end - run.first + 1)
				run.stored, run.proofs = run.stored[:n], run.proofs[:n]
				limit = n // a whole commit is a full batch
			}
		}
		if len(run.stored) > 0 && (len(run.stored) == limit || a.full(pSent+1, run.last(), run.firstProven)) {
			data, err := a.abi.TryPackProveBlocks(run.stored, run.proofs)
			if err != nil {
				return err
			}
			err = a.hand(ctx, status.StageProve, pSent+1, run.last(), data)
			// a proof batch L1 refuses for another reason stops this stage, not
			// the execution of what is already proven: reported after it
			proveErr = a.split(ctx, pSent+1, len(run.stored), err)
		}
	}
	// execute: proven blocks
	if last := min(pDone, eSent+uint64(a.cfg.BlocksPerTx)); last > eSent && eSent == eDone {
		var bs []l1.StoredBlock
		var ops [][][]byte
		for n := eSent + 1; n <= last; n++ {
			s, err := a.stored(n)
			if err != nil {
				return err
			}
			b, _ := a.gen.Block(n)
			bs, ops = append(bs, s), append(ops, l1.PendingOps(b))
		}
		data, err := a.abi.TryPackExecuteBlocks(bs, ops)
		if err != nil {
			return err
		}
		if err := a.hand(ctx, status.StageExecute, eSent+1, last, data); err != nil {
			return errors.Join(proveErr, err)
		}
	}
	// all three at once: proven blocks after the last executed, when
	// nothing is in flight
	if a.cfg.OneTx && proveErr == nil && cSent == cDone && pSent == pDone && eSent == eDone && cDone == pDone && pDone == eDone {
		if a.cfg.Blobs != nil {
			if err := a.oneTxBlobs(ctx, eDone, rebuilt); err != nil {
				return err
			}
		} else if err := a.oneTx(ctx, eDone, rebuilt, limit); err != nil {
			return err
		}
	}
	if eDone > 0 {
		keep := min(eDone, cDone) - 1
		a.gen.Forget(keep) // keep the last executed block: the next commit's predecessor may need it
		for k := range a.points {
			if k < keep {
				delete(a.points, k)
				delete(a.commitEnds, k)
			}
		}
	}
	return proveErr
}

// commitCalldata hands blocks first..last to the sender as one commitBlocks.
func (a *Aggregator) commitCalldata(ctx context.Context, prev l1.StoredBlock, first, last uint64) error {
	var args []l1.CommitBlock
	for n := first; n <= last; n++ {
		b, _ := a.gen.Block(n)
		c, err := l1.Commit(b)
		if err != nil {
			return err
		}
		args = append(args, c)
	}
	data, err := a.abi.TryPackCommitBlocks(prev, args)
	if err != nil {
		return err
	}
	return a.hand(ctx, status.StageCommit, first, last, data)
}

// oneTx hands the proven blocks after block done (up to rebuilt and limit
// blocks) to the sender as one commitProveExecute, once the batch is full
// or its oldest block opened BatchWait ago.
func (a *Aggregator) oneTx(ctx context.Context, done, rebuilt uint64, limit int) error {
	run, err := a.provenRun(ctx, done+1, rebuilt, limit)
	if err != nil || len(run.stored) == 0 || (len(run.stored) < limit && !a.full(done+1, run.last(), a.openedAt(done+1))) {
		return err
	}
	prev, err := a.stored(done)
	if err != nil {
		return err
	}
	args := make([]l1.CommitBlock, len(run.stored))
	ops := make([][][]byte, len(run.stored))
	for i := range run.stored {
		b, _ := a.gen.Block(done + 1 + uint64(i))
		if args[i], err = l1.Commit(b); err != nil {
			return err
		}
		ops[i] = l1.PendingOps(b)
	}
	data, err := a.abi.TryPackCommitProveExecute(prev, args, run.proofs, ops)
	if err != nil {
		return err
	}
	err = a.hand(ctx, status.StageAll, done+1, run.last(), data)
	return a.split(ctx, done+1, len(run.stored), err)
}

// run is a run of consecutive blocks with complete proofs.
type run struct {
	first       uint64
	stored      []l1.StoredBlock
	proofs      [][]byte
	firstProven time.Time // when the first block's proof was stored
}

func (r run) last() uint64 { return r.first + uint64(len(r.stored)) - 1 }

// provenRun collects the blocks from..upTo (at most limit) whose proofs
// are complete, stopping at the first that is not.
func (a *Aggregator) provenRun(ctx context.Context, from, upTo uint64, limit int) (run, error) {
	r := run{first: from}
	for n := from; n <= upTo && len(r.stored) < limit; n++ {
		req, err := a.db.ProofRequestOf(ctx, n)
		if errors.Is(err, store.ErrNotFound) {
			break // not requested yet
		}
		if err != nil {
			return r, err
		}
		if req.Status != status.ProofComplete {
			break
		}
		s, err := a.stored(n)
		if err != nil {
			return r, err
		}
		if len(r.stored) == 0 {
			r.firstProven = time.UnixMilli(req.UpdatedAt)
		}
		r.stored, r.proofs = append(r.stored, s), append(r.proofs, req.Proof)
	}
	return r, nil
}

// split handles the outcome of handing the proofs of n blocks from first
// to the sender: a batch L1 would refuse, or one too big for an L1
// transaction (a one-transaction batch of blocks full of withdrawals), is
// halved for the next step, and a single block's refused proof is sent
// back to be proven again.
func (a *Aggregator) split(ctx context.Context, first uint64, n int, err error) error {
	if err == nil {
		a.proveCap = 0
		return nil
	}
	if a.cfg.Blobs != nil {
		return err // a blob commit's blocks are proven together: no halving
	}
	tooBig := errors.Is(err, txsender.ErrTooMuchGas)
	if re := l1.DecodeRevert(err); !tooBig && (!errors.Is(err, txsender.ErrReverted) || re == nil || re.Name != "ProofInvalid") {
		return err // not a proof L1 refuses: an operator must look
	}
	if n > 1 {
		a.proveCap = n / 2
		a.log.Warn("L1 would refuse this batch: splitting it", "first", first, "blocks", n, "next", a.proveCap, "err", err)
		return nil
	}
	a.proveCap = 0
	if tooBig {
		return err // one block alone: an operator must look
	}
	a.log.Error("L1 refuses this block's proof though it verified here: proving it again", "block", first, "err", err)
	return a.db.RejectProof(ctx, first, "refused on L1: "+err.Error(), a.now().UnixMilli())
}

// full says whether blocks first..last make a batch worth sending now: it
// holds BlocksPerTx blocks, or the first has been ready (since readyAt) for
// BatchWait.
func (a *Aggregator) full(first, last uint64, readyAt time.Time) bool {
	if last-first+1 >= uint64(a.cfg.BlocksPerTx) || a.cfg.BatchWait <= 0 {
		return true
	}
	return a.now().Sub(readyAt) >= a.cfg.BatchWait
}

// openedAt is when block n opened, by its header's timestamp (zero time
// when it is not rebuilt here: nothing to wait for).
func (a *Aggregator) openedAt(n uint64) time.Time {
	b, ok := a.gen.Block(n)
	if !ok {
		return time.Time{}
	}
	return time.Unix(int64(b.Header.Timestamp), 0)
}

// batchKey names a batch's L1 operation; parseBatchKey reads it back.
func batchKey(stage status.Stage, first, last uint64) string {
	return fmt.Sprintf("%s:%d-%d", stage, first, last)
}

func parseBatchKey(key string) (store.L1Batch, bool) {
	b := store.L1Batch{OpKey: key}
	stage, blocks, ok := strings.Cut(key, ":")
	if !ok {
		return b, false
	}
	if _, err := fmt.Sscanf(blocks, "%d-%d", &b.First, &b.Last); err != nil || b.First == 0 || b.Last < b.First {
		return b, false
	}
	b.Stage = status.Stage(stage)
	return b, b.Stage.Valid()
}

// recoverBatches records the batches whose L1 transaction the sender
// holds but whose batch row a crash between the two writes lost; without
// them the next step would build a different batch over the same blocks.
func (a *Aggregator) recoverBatches(ctx context.Context) error {
	keys, err := a.db.L1TxKeysOf(ctx, owner)
	if err != nil {
		return err
	}
	for _, k := range keys {
		b, ok := parseBatchKey(k)
		if !ok {
			return fmt.Errorf("the L1 sender holds an aggregator operation with an unknown key %q", k)
		}
		if err := a.db.AddL1Batch(ctx, b); err != nil {
			return err
		}
	}
	return nil
}

// owner is the aggregator's name on its L1 transactions and on the proof
// requests its in-process prover holds.
const owner = "aggregator"

// hand enqueues one batch with the sender, then records it.
func (a *Aggregator) hand(ctx context.Context, stage status.Stage, first, last uint64, data []byte) error {
	key := batchKey(stage, first, last)
	if _, err := a.sender.Enqueue(ctx, owner, key, a.cfg.Contract, data, nil); err != nil {
		a.rescan = true // the sender may hold it all the same
		if errors.Is(err, txsender.ErrReverted) {
			return fmt.Errorf("%s of blocks %d-%d would revert: %w", stage, first, last, err)
		}
		return err
	}
	a.log.Info("handed to the L1 sender", "stage", stage, "first", first, "last", last)
	if err := a.db.AddL1Batch(ctx, store.L1Batch{Stage: stage, First: first, Last: last, OpKey: key}); err != nil {
		a.rescan = true // the sender holds the operation
		return err
	}
	return nil
}
