package l1_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Review 19, commitProveExecuteBlobs (blob mode's one-transaction commit,
// prove and execute). Each test asserts the SECURE behaviour: it passes
// when the defence holds and fails when the attack goes through.

// TestReview19OneTxBlobsSiblingEvalForgery: the attack that made blob
// commits be proven whole (l1/blob_review19_test.go), tried on the one
// transaction path: the blob is all zeros (block 1's data published
// nowhere) and block 2's eval is solved for after r so that the data
// identity holds. Both blocks carry their honest proofs at that r. Block
// 2's proof binds its true eval, so the whole call must revert.
func TestReview19OneTxBlobsSiblingEvalForgery(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A\ntransfer A new:B 1000000000000000 ETH fee 10000000000000")
	e.block("transfer A B 2000000000000000 ETH fee 10000000000000")
	honest := e.blobCommit(2)
	bad := *honest
	bad.Raw = []kzg4844.Blob{{}}
	forged := rebuildBlobs(t, e, &bad)
	r := forged.Point
	var eval1, pw, eval2 fr.Element
	eval1.SetBytes(forged.Blocks[0].Eval[:])
	pw.Exp(r, big.NewInt(int64(forged.Blocks[0].DataLength)))
	rhs := blobRHS(forged)
	eval2.Sub(&rhs, &eval1)
	pw.Inverse(&pw)
	eval2.Mul(&eval2, &pw)
	forged.Blocks[1].Eval = eval2.Bytes()

	// honest proofs of both blocks at the forged commit's r
	e.points[1], e.points[2] = r, r
	p1 := e.proveAt(e.blocks[0], r)
	p2 := e.proveAt(e.blocks[1], r)
	ops := [][][]byte{l1.PendingOps(e.blocks[0]), l1.PendingOps(e.blocks[1])}
	data := abiR.PackCommitProveExecuteBlobs(e.stored[0], forged.Blocks, forged.Blobs, e.blobProofs(forged), [][]byte{p1, p2}, ops)
	_, err := e.c.SendBlob(e.op, e.addr, data, forged.Sidecar)
	if err == nil {
		t.Fatalf("ATTACK: commitProveExecuteBlobs executed block 1 with an all-zero blob (block 2's eval solved after r)")
	}
	wantBlobRevert(t, err, "ProofInvalid")
	// block 1's proof in block 2's place too
	_, err = e.c.SendBlob(e.op, e.addr, abiR.PackCommitProveExecuteBlobs(e.stored[0], forged.Blocks, forged.Blobs,
		e.blobProofs(forged), [][]byte{p1, p1}, ops), forged.Sidecar)
	wantBlobRevert(t, err, "ProofInvalid")
	if got := e.counters(); got != [3]uint64{} {
		t.Fatalf("after refused calls the contract counts %v", got)
	}
}

// blobCommitEndOf reads blobCommitEnd(n).
func (e *env) blobCommitEndOf(n uint64) bool {
	e.t.Helper()
	v, err := abiR.UnpackBlobCommitEnd(e.view(abiR.PackBlobCommitEnd(n)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) storedHashOf(n uint64) [32]byte {
	e.t.Helper()
	v, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(n)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// TestReview19OneTxBlobsIntermediateBlocksAreInert: after a one-transaction
// blob batch of two blocks, block 1 (no stored hash, no blobCommitEnd)
// cannot be named by any later call: not reverted, proven, executed,
// built on by either commit path, replayed; the staged path can commit
// and revert back to the batch's end; a staged block in flight blocks the
// one-transaction path; blobCommitEnd of a reverted staged block does not
// survive into a one-transaction batch over the same number.
func TestReview19OneTxBlobsIntermediateBlocksAreInert(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A\nchangepubkey B")
	e.block("transfer A B 1000000000000000 ETH fee 10000000000000\nwithdraw B 300000000000000000 ETH fee 10000000000000")
	var replay func() error
	e.oneTxBlobs(2, func(last l1.StoredBlock, bc *l1.BlobCommit, blobProofs, proofs [][]byte, ops [][][]byte) {
		data := abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs, ops)
		sc := bc.Sidecar
		replay = func() error { _, err := e.c.SendBlob(e.op, e.addr, data, sc); return err }
	})
	s1, s2 := e.stored[1], e.stored[2]
	if e.storedHashOf(1) != ([32]byte{}) || e.blobCommitEndOf(1) || !e.blobCommitEndOf(2) {
		t.Fatalf("block 1: hash %x, end %v; block 2 end %v", e.storedHashOf(1), e.blobCommitEndOf(1), e.blobCommitEndOf(2))
	}
	// the executed batch cannot be touched
	e.reverts(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{s2, s1}), "BlockAlreadyExecuted")
	e.reverts(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{s1}), "BlockAlreadyExecuted")
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{s1}, [][]byte{e.proof(1)}), "BlockNotCommitted")
	e.reverts(e.keeper, abiR.PackExecuteBlocks([]l1.StoredBlock{s1}, [][][]byte{l1.PendingOps(e.blocks[0])}), "BlockNotProven")
	wantBlobRevert(t, replay(), "WrongStoredBlock")
	// a zero StoredBlock named as block 1 hashes to no zero
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{{Number: 1}}, [][]byte{{}}), "BlockNotCommitted")

	// the next batch may start only from the batch's last block
	e.block("transfer A B 2000000000000000 ETH fee 10000000000000")
	bc3 := e.blobCommit(1)
	_, err := e.c.SendBlob(e.op, e.addr, abiR.PackCommitBlobBlocks(s1, bc3.Blocks, bc3.Blobs, [][]byte{{}}), bc3.Sidecar)
	wantBlobRevert(t, err, "WrongStoredBlock")
	_, err = e.c.SendBlob(e.op, e.addr, abiR.PackCommitProveExecuteBlobs(s1, bc3.Blocks, bc3.Blobs, [][]byte{{}},
		[][]byte{{}}, [][][]byte{nil}), bc3.Sidecar)
	wantBlobRevert(t, err, "WrongStoredBlock")
	// the calldata one-transaction call from block 1: wrong mode first
	e.reverts(e.op, abiR.PackCommitProveExecute(s1, []l1.CommitBlock{e.commitArg(e.blocks[2])}, [][]byte{{}}, [][][]byte{nil}), "WrongDataMode")

	// staged: commit block 3 alone, then revert it: the head goes back to
	// block 2, which ends a blob commit
	e.commitBlobs(1)
	if !e.blobCommitEndOf(3) {
		t.Fatal("a staged blob commit's last block is not marked")
	}
	// a staged block in flight: the one-transaction path waits
	e.block("transfer B A 1000000000000000 ETH fee 10000000000000")
	bc4 := e.blobCommit(1)
	_, err = e.c.SendBlob(e.op, e.addr, abiR.PackCommitProveExecuteBlobs(e.stored[3], bc4.Blocks, bc4.Blobs, [][]byte{{}},
		[][]byte{{}}, [][][]byte{nil}), bc4.Sidecar)
	wantBlobRevert(t, err, "BlocksInFlight")
	e.send(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{e.stored[3]}))
	e.stored, e.nCommit = e.stored[:3], 2
	delete(e.points, 3)
	if e.blobCommitEndOf(3) || e.storedHashOf(3) != ([32]byte{}) {
		t.Fatal("a reverted staged block keeps its mark or hash")
	}
	// blocks 3 and 4 in one transaction: block 3's old mark must not be back
	e.oneTxBlobs(2, nil)
	if e.blobCommitEndOf(3) || !e.blobCommitEndOf(4) || e.storedHashOf(3) != ([32]byte{}) {
		t.Fatalf("after the second batch: block 3 end %v hash %x, block 4 end %v", e.blobCommitEndOf(3), e.storedHashOf(3), e.blobCommitEndOf(4))
	}
	if got := e.counters(); got != [3]uint64{4, 4, 4} {
		t.Fatalf("counters %v, want 4 each", got)
	}
	if got, want := e.pending(e.l2.Address("B"), 0), wei("300000000000000000"); got.Cmp(want) != 0 {
		t.Fatalf("B's pending balance %s, want %s (a withdrawal paid once)", got, want)
	}
}

// TestReview19OneTxBlobsExodusFromBatchEnd: exodus after a one-transaction
// blob batch pays from the batch's last block (the only one with a stored
// hash); naming its intermediate block is refused; the one-transaction
// call is refused in exodus.
func TestReview19OneTxBlobsExodusFromBatchEnd(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A")
	e.block("transfer A new:B 1000000000000000 ETH fee 10000000000000")
	e.oneTxBlobs(2, nil)
	e.depositETH("C", wei("1000000000000000000")) // never processed
	e.block("transfer A B 1000000000000000 ETH fee 10000000000000")
	bc := e.blobCommit(1)
	e.c.Mine(expiryBlocks)
	e.send(e.keeper, abiR.PackActivateExodusMode())
	_, err := e.c.SendBlob(e.op, e.addr, abiR.PackCommitProveExecuteBlobs(e.stored[2], bc.Blocks, bc.Blobs, [][]byte{{}},
		[][]byte{{}}, [][][]byte{nil}), bc.Sidecar)
	wantBlobRevert(t, err, "InExodusMode")
	id, _ := e.l2.AccountID("A")
	owner := e.l2.Address("A")
	w, proof := e.exitProof(id, 0)
	a := w.Balance.Big()
	e.reverts(e.keeper, abiR.PackPerformExodus(e.stored[1], id, owner, 0, a, proof), "WrongStoredBlock")
	e.send(e.keeper, abiR.PackPerformExodus(e.stored[2], id, owner, 0, a, proof))
	if got := e.pending(owner, 0); got.Cmp(a) != 0 {
		t.Fatalf("A's pending balance %s after exodus, want %s", got, a)
	}
}

// ---- restore of one-transaction blob batches (accept-all verifiers) ----

// multiCall is an operator contract that makes several calls to the
// rollup in one transaction (a multisig or a batcher does the same).
const multiCall = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;
contract MultiCall {
    address immutable rollup;
    constructor(address r) { rollup = r; }
    function run(bytes[] calldata calls) external {
        for (uint256 i = 0; i < calls.length; i++) {
            (bool ok, bytes memory ret) = rollup.call(calls[i]);
            if (!ok) assembly { revert(add(ret, 32), mload(ret)) }
        }
    }
}
`

// oneTxBlobArgs packs commitProveExecuteBlobs of bs after g's last stored
// block (empty proofs: the rig's verifiers accept anything).
func oneTxBlobArgs(t *testing.T, g *l1rig.Rig, bs []*rollup.Block) (*l1.BlobCommit, []byte) {
	t.Helper()
	bc, err := l1.BuildBlobCommit(bs, g.P.BlobCapacity)
	if err != nil {
		t.Fatal(err)
	}
	blobProofs := make([][]byte, len(bc.Raw))
	proofs := make([][]byte, len(bs))
	ops := make([][][]byte, len(bs))
	for i, b := range bs {
		proofs[i], ops[i] = []byte{}, l1.PendingOps(b)
	}
	for i := range blobProofs {
		blobProofs[i] = []byte{}
	}
	return bc, abiR.PackCommitProveExecuteBlobs(g.Stored[len(g.Stored)-1], bc.Blocks, bc.Blobs, blobProofs, proofs, ops)
}

func recordOneTx(t *testing.T, g *l1rig.Rig, bc *l1.BlobCommit, bs []*rollup.Block) {
	t.Helper()
	if err := restore.WriteBlobArchive(g.BlobArchive, bc.Raw); err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		g.Stored, g.Blocks = append(g.Stored, l1.StoredBlob(b, bc.Point)), append(g.Blocks, b)
	}
	g.Executed = len(g.Stored) - 1
}

var restoreBlobParams = func() rollup.Params { p := rollup.TestParams; p.BlobCapacity = 64; return p }()

func runBlobRestore(t *testing.T, g *l1rig.Rig, tracer restore.CallTracer) (restore.Result, error) {
	t.Helper()
	src, err := restore.NewBlobSource(g.C.C, g.Addr, restore.DirArchive{Dir: g.BlobArchive})
	if err != nil {
		t.Fatal(err)
	}
	if tracer != nil {
		src.Tracer = tracer
	}
	cfg := restore.Config{Params: g.P, Operator: g.R.Address("op"), FromBlock: g.Deployed, BlobArchive: g.BlobArchive}
	r, err := restore.Open(context.Background(), cfg, g.C.C, src, kv.NewMemory())
	if err != nil {
		t.Fatal(err)
	}
	return r.Run(context.Background(), 0, nil)
}

// TestReview19OneTxBlobsRestoreMixedHistory: a staged blob commit, a
// one-transaction batch of three blocks, another of one, then a staged
// commit again: restore reads both calls, checks the intermediate blocks
// against their events, and ends at L1's root.
func TestReview19OneTxBlobsRestoreMixedHistory(t *testing.T) {
	evmtest.RequireSolc(t)
	g := l1rig.New(t, restoreBlobParams, l1rig.Options{}, "A", "B", "C")
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	g.CommitBlobs(g.Block("changepubkey A"))
	g.Execute()
	bs := []*rollup.Block{g.Block("changepubkey B\ntransfer A C 1000 fee 3"), g.Block("transfer B A 700 fee 1"),
		g.Block("withdraw A 5000 fee 2")}
	bc, data := oneTxBlobArgs(t, g, bs)
	if _, err := g.C.SendBlob(g.R.L1Key("op"), g.Addr, data, bc.Sidecar); err != nil {
		t.Fatal(err)
	}
	recordOneTx(t, g, bc, bs)
	bs = []*rollup.Block{g.Block("transfer B C 10 fee 1")}
	bc, data = oneTxBlobArgs(t, g, bs)
	if _, err := g.C.SendBlob(g.R.L1Key("op"), g.Addr, data, bc.Sidecar); err != nil {
		t.Fatal(err)
	}
	recordOneTx(t, g, bc, bs)
	g.CommitBlobs(g.Block("transfer A B 1 fee 1"))
	g.Execute()
	res, err := runBlobRestore(t, g, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.To != 6 || res.Root != g.Blocks[5].NewRoot.Bytes() {
		t.Fatalf("restored to block %d root %x, want 6 and %x", res.To, res.Root, g.Blocks[5].NewRoot.Bytes())
	}
}

// callList is a CallTracer returning fixed calls for one transaction.
type callList struct {
	tx    common.Hash
	calls []restore.Call
}

func (c callList) TraceCalls(_ context.Context, tx common.Hash) ([]restore.Call, error) {
	if tx != c.tx {
		return nil, errors.New("no trace")
	}
	return c.calls, nil
}

// TestReview19OneTxBlobsRestoreThroughMultiCall: an operator contract
// sends, in ONE blob transaction, commitBlobBlocks of block 1 with a false
// new state root (no proof is needed to commit), revertBlocks of it (it
// ends a blob commit and is not executed: allowed), then the honest
// commitProveExecuteBlobs of block 1 with the same blobs. L1 executed the
// honest block; its data is public. The restore must rebuild it.
func TestReview19OneTxBlobsRestoreThroughMultiCall(t *testing.T) {
	evmtest.RequireSolc(t)
	g := l1rig.New(t, restoreBlobParams, l1rig.Options{}, "A")
	mabi, code := evmtest.CompileSource(t, []byte(multiCall), "MultiCall")
	mc, _ := g.C.Deploy(t, g.R.L1Key("op"), code, common.LeftPadBytes(g.Addr.Bytes(), 32))
	g.Send("op", nil, abiR.PackSetOperator(mc, true))
	g.Deposit("A", 5000)
	bs := []*rollup.Block{g.Block("changepubkey A")}
	bc, honest := oneTxBlobArgs(t, g, bs)

	// the same block with another new root: same challenge, same r
	var fakeRoot fr.Element
	fakeRoot.SetUint64(12345)
	fakeBlocks := append([]l1.BlobBlock(nil), bc.Blocks...)
	fakeBlocks[0].NewStateRoot = fakeRoot.Bytes()
	fb := *bs[0]
	fb.NewRoot = fakeRoot
	fakeStored := l1.StoredBlob(&fb, bc.Point)
	blobProofs := make([][]byte, len(bc.Raw))
	for i := range blobProofs {
		blobProofs[i] = []byte{}
	}
	fake := abiR.PackCommitBlobBlocks(g.Stored[0], fakeBlocks, bc.Blobs, blobProofs)
	revert := abiR.PackRevertBlocks([]l1.StoredBlock{fakeStored})
	calls := [][]byte{fake, revert, honest}
	data, err := mabi.Pack("run", calls)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := g.C.SendBlob(g.R.L1Key("op"), mc, data, bc.Sidecar)
	if err != nil {
		if re := l1.DecodeRevert(err); re != nil {
			t.Fatalf("the multi-call transaction reverted: %v", re)
		}
		t.Fatal(err)
	}
	recordOneTx(t, g, bc, bs)
	if got, err := abiR.UnpackStoredBlockHashes(must(g.C.Call(g.R.Address("op"), g.Addr, abiR.PackStoredBlockHashes(1)))); err != nil ||
		got != l1.HashStored(g.Stored[1]) {
		t.Fatalf("L1 stores %x for block 1 (%v), want the honest block's %x", got, err, l1.HashStored(g.Stored[1]))
	}
	tr := callList{tx: rc.TxHash, calls: []restore.Call{{To: mc, Input: data}, {To: g.Addr, Input: fake}, {To: g.Addr, Input: revert},
		{To: g.Addr, Input: honest}}}
	res, err := runBlobRestore(t, g, tr)
	if err != nil || res.To != 1 || res.Root != bs[0].NewRoot.Bytes() {
		t.Fatalf("BUG: the restore refuses the state L1 executed (block 1, root %x): got block %d root %x, err %v "+
			"(the scanner decodes the first commit call of the transaction that names block 1: the reverted one)",
			bs[0].NewRoot.Bytes(), res.To, res.Root, err)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// TestReview19OneTxBlobsRestoreThroughAContract: control for the test
// above: an operator contract making only the honest
// commitProveExecuteBlobs (two blocks: the first has no stored hash) is
// restored from the trace.
func TestReview19OneTxBlobsRestoreThroughAContract(t *testing.T) {
	evmtest.RequireSolc(t)
	g := l1rig.New(t, restoreBlobParams, l1rig.Options{}, "A")
	mabi, code := evmtest.CompileSource(t, []byte(multiCall), "MultiCall")
	mc, _ := g.C.Deploy(t, g.R.L1Key("op"), code, common.LeftPadBytes(g.Addr.Bytes(), 32))
	g.Send("op", nil, abiR.PackSetOperator(mc, true))
	g.Deposit("A", 5000)
	bs := []*rollup.Block{g.Block("changepubkey A"), g.Block("withdraw A 100")}
	bc, honest := oneTxBlobArgs(t, g, bs)
	data, err := mabi.Pack("run", [][]byte{honest})
	if err != nil {
		t.Fatal(err)
	}
	rc, err := g.C.SendBlob(g.R.L1Key("op"), mc, data, bc.Sidecar)
	if err != nil {
		t.Fatal(err)
	}
	recordOneTx(t, g, bc, bs)
	if _, err := runBlobRestore(t, g, nil); !errors.Is(err, restore.ErrNotCommitCall) {
		t.Fatalf("without traces: %v, want ErrNotCommitCall", err)
	}
	tr := callList{tx: rc.TxHash, calls: []restore.Call{{To: mc, Input: data}, {To: g.Addr, Input: honest}}}
	res, err := runBlobRestore(t, g, tr)
	if err != nil || res.To != 2 || res.Root != bs[1].NewRoot.Bytes() {
		t.Fatalf("restore through the trace: %+v, %v", res, err)
	}
}
