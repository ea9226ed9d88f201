package l1_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/l1"
)

// TestCommitProveExecuteBlobs: in blob mode, two blocks of real L2 work
// go to L1 in one commitProveExecuteBlobs — one blob transaction that
// commits them with the checks of commitBlobBlocks (blob openings, blob
// proofs, the data identity), proves them with real blob-mode proofs and
// executes them. Every refusal changes nothing; the withdrawal is paid;
// only the last block's hash is stored; the staged path and another
// one-transaction batch go on from it.
func TestCommitProveExecuteBlobs(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A\nchangepubkey B")
	e.block(`transfer A B 1000000000000000 ETH fee 10000000000000
		withdraw B 300000000000000000 ETH fee 10000000000000
		transfer B new:C 5000000000000000 ETH fee 10000000000000`)
	r := e.oneTxBlobs(2, func(last l1.StoredBlock, bc *l1.BlobCommit, blobProofs, proofs [][]byte, ops [][][]byte) {
		send := func(data []byte) error { _, err := e.c.SendBlob(e.op, e.addr, data, bc.Sidecar); return err }
		_, err := e.c.SendBlob(e.keeper, e.addr, abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs, ops), bc.Sidecar)
		wantBlobRevert(t, err, "NotOperator")
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs[:1], ops)), "LengthMismatch")
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs, ops[:1])), "LengthMismatch")
		swapped := [][]byte{proofs[1], proofs[0]}
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, swapped, ops)), "ProofInvalid")
		// a block proof in place of the blob proof
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, proofs[:1], proofs, ops)), "ProofInvalid")
		dropped := [][][]byte{ops[0], nil}
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs, dropped)), "PendingOpsMismatch")
		blocks := append([]l1.BlobBlock(nil), bc.Blocks...)
		blocks[1].Eval[31] ^= 1
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(last, blocks, bc.Blobs, blobProofs, proofs, ops)), "BlobDataMismatch")
		wrongLast := last
		wrongLast.StateRoot[31] ^= 1
		wantBlobRevert(t, send(abiR.PackCommitProveExecuteBlobs(wrongLast, bc.Blocks, bc.Blobs, blobProofs, proofs, ops)), "WrongStoredBlock")
		// the calldata one-transaction call is refused in blob mode
		e.reverts(e.op, abiR.PackCommitProveExecute(last, []l1.CommitBlock{e.commitArg(e.blocks[0])}, proofs[:1], ops[:1]), "WrongDataMode")
		if got := e.counters(); got != [3]uint64{} {
			t.Fatalf("after refused calls the contract counts %v blocks", got)
		}
	})
	t.Logf("2 blocks in one commitProveExecuteBlobs (1 blob): %d gas, %d blob gas", r.GasUsed, r.BlobGasUsed)
	if r.BlobGasUsed != 131072 {
		t.Errorf("blob gas used %d, want one blob's 131072", r.BlobGasUsed)
	}
	if got, want := e.pending(e.l2.Address("B"), 0), wei("300000000000000000"); got.Cmp(want) != 0 {
		t.Fatalf("B's pending balance after the batch %s, want the withdrawal %s", got, want)
	}

	// the staged blob path goes on from the batch's last block, then
	// another one-transaction batch from the staged one's
	e.block("transfer A B 2000000000000000 ETH fee 10000000000000")
	e.commitBlobs(1)
	e.proveBlocks(1)
	e.execute(1)
	e.block("withdraw A 1000 ETH")
	e.oneTxBlobs(1, nil)
	if got := e.counters(); got != [3]uint64{4, 4, 4} {
		t.Fatalf("blocks committed, proven, executed: %v, want 4 each", got)
	}
}

// oneTxBlobs commits, proves and executes the next n sealed blocks in one
// commitProveExecuteBlobs and checks that the contract stores the last
// block's hash and no other. before, if set, runs first with the call's
// arguments (for refusals that must change nothing).
func (e *env) oneTxBlobs(n int, before func(last l1.StoredBlock, bc *l1.BlobCommit, blobProofs, proofs [][]byte, ops [][][]byte)) *types.Receipt {
	e.t.Helper()
	return e.oneTxBlobsIn(n, 0, before)
}

// oneTxBlobsIn is oneTxBlobs in at least minBlobs blobs (the ones past
// the data all zeros: for measuring).
func (e *env) oneTxBlobsIn(n, minBlobs int, before func(last l1.StoredBlock, bc *l1.BlobCommit, blobProofs, proofs [][]byte, ops [][][]byte)) *types.Receipt {
	e.t.Helper()
	bc, err := l1.BuildBlobCommitIn(e.blocks[e.nCommit:e.nCommit+n], e.p.BlobCapacity, minBlobs)
	if err != nil {
		e.t.Fatal(err)
	}
	blocks := e.blocks[e.nCommit : e.nCommit+n]
	var proofs [][]byte
	var ops [][][]byte
	for i, b := range blocks {
		e.points[b.Header.Number] = bc.Point // the batch's point, before proving
		proofs = append(proofs, e.proof(e.nCommit+1+i))
		ops = append(ops, l1.PendingOps(b))
	}
	blobProofs := e.blobProofs(bc)
	last := e.stored[e.nCommit]
	if before != nil {
		before(last, bc, blobProofs, proofs, ops)
	}
	r, err := e.c.SendBlob(e.op, e.addr, abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs, ops), bc.Sidecar)
	if err != nil {
		e.t.Fatal(err)
	}
	for i, b := range blocks {
		s := l1.StoredBlob(b, bc.Point)
		got, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(s.Number)))
		if err != nil {
			e.t.Fatal(err)
		}
		want := [32]byte{}
		if i == n-1 {
			want = l1.HashStored(s)
		}
		if got != want {
			e.t.Fatalf("block %d of %d: contract stores %x, want %x", i+1, n, got, want)
		}
		e.stored = append(e.stored, s)
		if _, err := e.assign(e.executed, b); err != nil {
			e.t.Fatal(err)
		}
	}
	e.nCommit += n
	e.nProven, e.nExec = e.nCommit, e.nCommit
	return r
}
