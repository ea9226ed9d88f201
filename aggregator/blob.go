package aggregator

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/blobcircuit"
	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
)

// Blobs is the aggregator's blob mode (issue 19): blocks are committed
// with commitBlobBlocks in blob transactions, each blob proven by the blob
// circuit here before the commit is sent, and a block's witness is made
// once its commit — and so its data point — is fixed.
type Blobs struct {
	Capacity int       // the blob circuit's (rollup.Params.BlobCapacity)
	Keys     *keys.Set // the blob circuit's keys
	// Archive is where the blobs of every commit are written before it is
	// handed to the sender (restore.WriteBlobArchive): what a restore and
	// an exodus read once L1 nodes have dropped them.
	Archive string
}

// BlobSender is what blob mode needs of the L1 sender besides Sender.
type BlobSender interface {
	EnqueueBlob(ctx context.Context, owner, key string, to common.Address, data []byte, blobs []kzg4844.Blob) (store.L1Tx, error)
}

// point is block n's data point in blob mode: that of the commit batch
// holding it (cached; after a restart recomputed from the batch's blocks,
// which gives the same point), or in one-transaction mode that of the
// fixed batch (oneTxBlobs). ok is false while n is in neither or its
// batch's blocks are not all rebuilt yet.
func (a *Aggregator) point(ctx context.Context, n uint64) (fr.Element, bool, error) {
	if r, ok := a.points[n]; ok {
		return r, true, nil
	}
	batches, err := a.commitBatches(ctx)
	if err != nil {
		return fr.Element{}, false, err
	}
	for _, b := range batches {
		if n < b.First || n > b.Last {
			continue
		}
		blocks, ok := a.rebuilt(b.First, b.Last)
		if !ok {
			return fr.Element{}, false, nil
		}
		r, err := l1.BlobPoint(blocks, a.cfg.Blobs.Capacity)
		if err != nil {
			return fr.Element{}, false, err
		}
		a.setPoint(b.First, b.Last, r)
		return r, true, nil
	}
	// one transaction a batch: the fixed batch not handed yet (oneTxBlobs;
	// with one_tx switched off since, the staged commit sends it as it is)
	first, last, ok, err := a.db.BlobPlan(ctx)
	if err != nil || !ok || n < first || n > last {
		return fr.Element{}, false, err
	}
	blocks, ok := a.rebuilt(first, last)
	if !ok {
		return fr.Element{}, false, nil
	}
	r, err := l1.BlobPoint(blocks, a.cfg.Blobs.Capacity)
	if err != nil {
		return fr.Element{}, false, err
	}
	a.setPoint(first, last, r)
	return r, true, nil
}

// commitBatches are the handed commit batches, read once a step (a
// restart assigns every block again: one read per block would make it
// quadratic in the chain's commits).
func (a *Aggregator) commitBatches(ctx context.Context) ([]store.L1Batch, error) {
	if a.batchesRead {
		return a.batches, nil
	}
	bs, err := a.db.L1Batches(ctx, status.StageCommit)
	if err != nil {
		return nil, err
	}
	a.batches, a.batchesRead = bs, true
	return bs, nil
}

// commitLength is the length of the handed commit batch starting at
// block first, 0 if none does.
func (a *Aggregator) commitLength(ctx context.Context, first uint64) (int, error) {
	bs, err := a.commitBatches(ctx)
	if err != nil {
		return 0, err
	}
	for _, b := range bs {
		if b.First == first {
			return int(b.Last - b.First + 1), nil
		}
	}
	return 0, nil
}

func (a *Aggregator) setPoint(first, last uint64, r fr.Element) {
	for k := first; k <= last; k++ {
		a.points[k] = r
	}
	a.commitEnds[last] = true
}

// rebuilt returns blocks first..last if the generator holds them all.
func (a *Aggregator) rebuilt(first, last uint64) ([]*rollup.Block, bool) {
	var out []*rollup.Block
	for k := first; k <= last; k++ {
		b, ok := a.gen.Block(k)
		if !ok {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

// commitBlobs builds, proves and hands the blob commit of blocks first up
// to last, or of fewer when their data does not fit the blob circuit's
// capacity (at least one block: one that alone does not fit is an error
// an operator must look at).
func (a *Aggregator) commitBlobs(ctx context.Context, prev l1.StoredBlock, first, last uint64) error {
	bc, last, err := a.fitBlobCommit(first, last)
	if err != nil {
		return err
	}
	proofs, err := a.proveBlobs(bc)
	if err != nil {
		return err
	}
	data, err := a.abi.TryPackCommitBlobBlocks(prev, bc.Blocks, bc.Blobs, proofs)
	if err != nil {
		return err
	}
	return a.handBlobs(ctx, status.StageCommit, first, last, data, bc)
}

// handBlobs writes bc's blobs to the archive, enqueues the blob
// transaction of data with the sender and records the batch.
func (a *Aggregator) handBlobs(ctx context.Context, stage status.Stage, first, last uint64, data []byte, bc *l1.BlobCommit) error {
	bs, ok := a.sender.(BlobSender)
	if !ok {
		return errors.New("aggregator: blob mode needs an L1 sender that sends blob transactions")
	}
	// the blobs are on disk before L1 can have them: nothing committed is
	// ever missing from the archive
	if a.cfg.Blobs.Archive != "" {
		if err := restore.WriteBlobArchive(a.cfg.Blobs.Archive, bc.Raw); err != nil {
			return err
		}
	}
	key := batchKey(stage, first, last)
	if _, err := bs.EnqueueBlob(ctx, owner, key, a.cfg.Contract, data, bc.Raw); err != nil {
		a.rescan = true
		return fmt.Errorf("blob %s of blocks %d-%d: %w", stage, first, last, err)
	}
	a.setPoint(first, last, bc.Point)
	a.log.Info("handed to the L1 sender", "stage", stage, "first", first, "last", last, "blobs", len(bc.Raw))
	if err := a.db.AddL1Batch(ctx, store.L1Batch{Stage: stage, First: first, Last: last, OpKey: key}); err != nil {
		a.rescan = true
		return err
	}
	return nil
}

// oneTxBlobs is one transaction a batch in blob mode
// (commitProveExecuteBlobs). A block's proof binds its batch's data point,
// so the batch is fixed before its blocks are proven: once BlocksPerTx
// blocks after the last executed one are rebuilt, or the oldest opened
// BatchWait ago, they (fewer if their data does not fit the blob circuit)
// are recorded as the plan (store.SetBlobPlan: a restart batches the same
// blocks, at the same point) and their witnesses are assigned; once all
// are proven, their blobs are proven and the batch is handed to the sender.
func (a *Aggregator) oneTxBlobs(ctx context.Context, done, rebuilt uint64) error {
	first := done + 1
	pf, pl, ok, err := a.db.BlobPlan(ctx)
	if err != nil {
		return err
	}
	if !ok || pf != first {
		a.planStaged = false
		last := min(rebuilt, done+uint64(a.cfg.BlocksPerTx))
		if last < first || !a.full(first, last, a.openedAt(first)) {
			return nil
		}
		bc, last, err := a.fitBlobCommit(first, last)
		if err != nil {
			return err
		}
		if err := a.db.SetBlobPlan(ctx, first, last); err != nil {
			return err
		}
		a.setPoint(first, last, bc.Point)
		a.log.Info("one-transaction blob batch fixed: proving it", "first", first, "last", last, "blobs", len(bc.Raw))
		return nil
	}
	n := int(pl - pf + 1)
	run, err := a.provenRun(ctx, pf, pl, n)
	if err != nil || len(run.stored) < n {
		return err // proofs still running
	}
	blocks, ok := a.rebuilt(pf, pl)
	if !ok {
		return fmt.Errorf("blocks %d-%d are not rebuilt", pf, pl)
	}
	bc, err := l1.BuildBlobCommit(blocks, a.cfg.Blobs.Capacity)
	if err != nil {
		return err
	}
	blobProofs, err := a.proveBlobs(bc)
	if err != nil {
		return err
	}
	if done > 0 { // the last executed block's point, after a restart
		if _, _, err := a.point(ctx, done); err != nil {
			return err
		}
	}
	prev, err := a.stored(done)
	if err != nil {
		return err
	}
	ops := make([][][]byte, len(blocks))
	for i, b := range blocks {
		ops[i] = l1.PendingOps(b)
	}
	data, err := a.abi.TryPackCommitProveExecuteBlobs(prev, bc.Blocks, bc.Blobs, blobProofs, run.proofs, ops)
	if err != nil {
		return err
	}
	err = a.handBlobs(ctx, status.StageAll, pf, pl, data, bc)
	if errors.Is(err, txsender.ErrTooMuchGas) {
		// its proofs bind the plan's point, so it cannot be split: the
		// plan goes to L1 in turn instead, committed whole (the same
		// blobs, the same point), proven whole, executed in parts
		a.log.Warn("one-transaction blob batch over the gas cap: committing, proving and executing it in turn", "first", pf, "last", pl, "err", err)
		a.planStaged = true
		return nil
	}
	return err
}

// plannedCommit is the last block of the one-transaction blob plan if
// the staged commit must send it now: it starts after the last handed
// commit (cSent), all its blocks are rebuilt, and one_tx is off (a
// restart switched it off) or its one transaction was too big. 0
// otherwise.
func (a *Aggregator) plannedCommit(ctx context.Context, cSent, rebuilt uint64) (uint64, error) {
	if a.cfg.Blobs == nil || (a.cfg.OneTx && !a.planStaged) {
		return 0, nil
	}
	pf, pl, ok, err := a.db.BlobPlan(ctx)
	if err != nil || !ok || pf != cSent+1 || pl > rebuilt {
		return 0, err
	}
	return pl, nil
}

// fitBlobCommit builds the blob commit of blocks first up to last, or of
// fewer when their data does not fit the blob circuit's capacity (at
// least one block: one that alone does not fit is an error an operator
// must look at); it returns the commit and its last block.
func (a *Aggregator) fitBlobCommit(first, last uint64) (*l1.BlobCommit, uint64, error) {
	for ; last >= first; last-- {
		blocks, ok := a.rebuilt(first, last)
		if !ok {
			return nil, 0, fmt.Errorf("blocks %d-%d are not rebuilt", first, last)
		}
		bc, err := l1.BuildBlobCommit(blocks, a.cfg.Blobs.Capacity)
		if err == nil {
			return bc, last, nil
		}
		if !errors.Is(err, l1.ErrBlobCapacity) && !errors.Is(err, da.ErrTooMuchData) {
			return nil, 0, err
		}
		if last == first {
			return nil, 0, fmt.Errorf("block %d alone does not fit the blob circuit's capacity of %d elements: %w", first, a.cfg.Blobs.Capacity, err)
		}
	}
	return nil, 0, fmt.Errorf("no blocks in %d-%d", first, last)
}

// proveBlobs proves every blob of bc with the blob circuit, in process.
func (a *Aggregator) proveBlobs(bc *l1.BlobCommit) ([][]byte, error) {
	k := a.cfg.Blobs.Keys
	var out [][]byte
	for i := range bc.Raw {
		els := make([]blsfr.Element, bc.Capacity)
		for j := range els {
			els[j].SetBytes(bc.Raw[i][j*da.BytesPerFieldElement : (j+1)*da.BytesPerFieldElement])
		}
		var z blsfr.Element
		z.SetBytes(bc.Z[i][:])
		w, err := blobcircuit.NewAssignment(bc.Capacity, els, z, bc.Point)
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
		wb, err := prover.EncodeWitness(w)
		if err != nil {
			return nil, err
		}
		var proof bytes.Buffer
		if err := prover.Prove(k.CCS, k.PK, bytes.NewReader(wb), &proof); err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
		p, err := prover.SolidityProof(proof.Bytes())
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// commitEndAtOrBefore is the last block ≤ n that ends a blob commit, 0 if
// none after from-1: a proof batch in blob mode ends at one
// (Rollup.blobCommitEnd).
func (a *Aggregator) commitEndAtOrBefore(from, n uint64) uint64 {
	for k := n; k >= from && k > 0; k-- {
		if a.commitEnds[k] {
			return k
		}
	}
	return 0
}
