package l1_test

import (
	"sync"
	"testing"
	"time"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/blobcircuit"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
)

// blobParams is the test profile in blob mode: one 4-slot shape and a blob
// circuit reading a blob's first 16 elements (496 bytes: a few blocks).
var blobParams = func() rollup.Params { p := rollup.TestParams; p.BlobCapacity = 16; return p }()

var (
	blobKeysOnce sync.Once
	theBlobKeys  *keys
)

func loadBlobKeys(t *testing.T) *keys {
	t.Helper()
	if testing.Short() {
		t.Skip("sets up Groth16 keys for the blob-mode block circuit and the blob circuit")
	}
	evmtest.RequireSolc(t)
	blobKeysOnce.Do(func() {
		start := time.Now()
		k := setupKeys(t, blobParams)
		k.blob, _ = testkeys.Blob(t, blobParams.BlobCapacity)
		_, k.blobVerifier = testkeys.BlockVerifier(t, k.blob.VK)
		t.Logf("blob keys: block circuit %d and blob circuit %d constraints, in %s", k.block.Sets[0].CCS.GetNbConstraints(),
			k.blob.CCS.GetNbConstraints(), time.Since(start).Round(time.Second))
		theBlobKeys = k
	})
	if theBlobKeys == nil {
		t.Fatal("setting up the blob keys failed in an earlier test")
	}
	return theBlobKeys
}

func newBlobEnv(t *testing.T) *env { return newEnvWith(t, loadBlobKeys(t)) }

// blobCommit builds the blob commit of the next n sealed blocks.
func (e *env) blobCommit(n int) *l1.BlobCommit {
	e.t.Helper()
	bc, err := l1.BuildBlobCommit(e.blocks[e.nCommit:e.nCommit+n], e.p.BlobCapacity)
	if err != nil {
		e.t.Fatal(err)
	}
	return bc
}

// blobProofs proves every blob of bc with the blob circuit.
func (e *env) blobProofs(bc *l1.BlobCommit) [][]byte {
	e.t.Helper()
	var out [][]byte
	for i := range bc.Raw {
		a, err := blobAssignment(&bc.Raw[i], bc, i)
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, e.prove(e.k.blob.CCS, e.k.blob.PK, a))
	}
	return out
}

// blobAssignment is the blob circuit's witness for blob i of bc.
func blobAssignment(blob *kzg4844.Blob, bc *l1.BlobCommit, i int) (*blobcircuit.Circuit, error) {
	els := make([]blsfr.Element, bc.Capacity)
	for j := range els {
		els[j].SetBytes(blob[j*32 : (j+1)*32])
	}
	var z blsfr.Element
	z.SetBytes(bc.Z[i][:])
	return blobcircuit.NewAssignment(bc.Capacity, els, z, bc.Point)
}

// commitBlobs commits the next n sealed blocks in one blob transaction
// and checks the contract stored what l1.StoredBlob computes.
func (e *env) commitBlobs(n int) *types.Receipt {
	e.t.Helper()
	bc := e.blobCommit(n)
	r, err := e.sendBlobCommit(bc, e.blobProofs(bc))
	if err != nil {
		e.t.Fatal(err)
	}
	e.recordBlobCommit(bc, n)
	return r
}

func (e *env) sendBlobCommit(bc *l1.BlobCommit, proofs [][]byte) (*types.Receipt, error) {
	return e.c.SendBlob(e.op, e.addr, abiR.PackCommitBlobBlocks(e.stored[e.nCommit], bc.Blocks, bc.Blobs, proofs), bc.Sidecar)
}

func (e *env) recordBlobCommit(bc *l1.BlobCommit, n int) {
	e.t.Helper()
	for _, b := range e.blocks[e.nCommit : e.nCommit+n] {
		s := l1.StoredBlob(b, bc.Point)
		got, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(s.Number)))
		if err != nil {
			e.t.Fatal(err)
		}
		if got != l1.HashStored(s) {
			e.t.Fatalf("block %d: contract stored %x, native l1.StoredBlob hashes to %x", s.Number, got, l1.HashStored(s))
		}
		e.stored = append(e.stored, s)
		e.points[b.Header.Number] = bc.Point
	}
	e.nCommit += n
}

// TestBlobModeFullFlow: deposits, keys, transfers, a withdrawal and a
// trade-free mix go to L1 in one blob transaction; the blocks are proven
// with blob-mode proofs and executed, and the withdrawal is paid.
func TestBlobModeFullFlow(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A\nchangepubkey B")
	e.block(`transfer A B 1000000000000000 ETH fee 10000000000000
		withdraw B 300000000000000000 ETH fee 10000000000000
		transfer B new:C 5000000000000000 ETH fee 10000000000000`)
	r := e.commitBlobs(2)
	t.Logf("commitBlobBlocks of 2 blocks in one blob: %d gas, %d blob gas", r.GasUsed, r.BlobGasUsed)
	if r.BlobGasUsed != 131072 {
		t.Errorf("blob gas used %d, want one blob's 131072", r.BlobGasUsed)
	}
	e.proveBlocks(2)
	e.execute(2)
	b := e.l2.Address("B")
	if got, want := e.pending(b, 0), wei("300000000000000000"); got.Cmp(want) != 0 {
		t.Fatalf("B's pending balance after execution %s, want the withdrawal %s", got, want)
	}
}

// TestBlobCommitRefusesDataOtherThanProven: a commit whose blob differs in
// one byte from the blocks' data, whose block claims another value at r,
// whose blob proof is another blob's, or whose transaction carries another
// blob than the one described is refused; a calldata commit is refused in
// blob mode.
func TestBlobCommitRefusesDataOtherThanProven(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A\ntransfer A new:B 1000000000000000 ETH fee 10000000000000")
	good := e.blobCommit(1)
	proofs := e.blobProofs(good)

	t.Run("a blob with one byte changed, everything recomputed from it", func(t *testing.T) {
		bad := *good
		bad.Raw = append([]kzg4844.Blob(nil), good.Raw...)
		bad.Raw[0][40] ^= 1 // element 1, its 8th data byte: inside the block's data
		rebuilt := rebuildBlobs(t, e, &bad)
		_, err := e.sendBlobCommit(rebuilt, e.blobProofs(rebuilt))
		wantBlobRevert(t, err, "BlobDataMismatch")
	})
	t.Run("a block claiming another value at r", func(t *testing.T) {
		bad := *good
		bad.Blocks = append([]l1.BlobBlock(nil), good.Blocks...)
		bad.Blocks[0].Eval[31] ^= 1
		_, err := e.sendBlobCommit(&bad, proofs)
		wantBlobRevert(t, err, "BlobDataMismatch")
	})
	t.Run("the transaction carries another blob than described", func(t *testing.T) {
		other := *good
		other.Raw = append([]kzg4844.Blob(nil), good.Raw...)
		other.Raw[0][2000] = 1
		sc, err := rebuildSidecar(other.Raw)
		if err != nil {
			t.Fatal(err)
		}
		bad := *good
		bad.Sidecar = sc
		_, err = e.sendBlobCommit(&bad, proofs)
		// the described commitment is not the versioned hash's
		wantBlobRevert(t, err, "BadBlobOpening")
	})
	t.Run("a calldata commit in blob mode", func(t *testing.T) {
		e.reverts(e.op, abiR.PackCommitBlocks(e.stored[0], []l1.CommitBlock{e.commitArg(e.blocks[0])}), "WrongDataMode")
	})
	// the honest commit still goes through after all that
	if _, err := e.sendBlobCommit(good, proofs); err != nil {
		t.Fatal(err)
	}
	e.recordBlobCommit(good, 1)
	e.proveBlocks(1)
}

// rebuildBlobs recomputes everything of bc that depends on its raw blobs.
func rebuildBlobs(t *testing.T, e *env, bc *l1.BlobCommit) *l1.BlobCommit {
	t.Helper()
	out, err := l1.RebuildBlobCommit(bc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func rebuildSidecar(raw []kzg4844.Blob) (*types.BlobTxSidecar, error) {
	bc := &l1.BlobCommit{Raw: raw}
	if err := bc.BuildSidecar(); err != nil {
		return nil, err
	}
	return bc.Sidecar, nil
}

// wantBlobRevert checks err is a revert naming want ("" for any).
func wantBlobRevert(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("the commit went through, want a revert %s", want)
	}
	if want == "" {
		return
	}
	if re := l1.DecodeRevert(err); re == nil || re.Name != want {
		t.Fatalf("reverted with %v, want %s", err, want)
	}
}

// TestBlobCommitIsRevertedWhole: blocks committed together in blobs are
// reverted together (review of issue 19: a block left committed alone
// could carry a value at r nobody proves) — reverting only the newest of
// them is refused, reverting both is not, and they can be committed again.
func TestBlobCommitIsRevertedWhole(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A")
	e.block("transfer A new:B 1000000000000000 ETH fee 10000000000000")
	e.commitBlobs(2)
	e.reverts(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{e.stored[2]}), "BlobCommitSplit")
	e.send(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{e.stored[2], e.stored[1]}))
	e.stored, e.nCommit = e.stored[:1], 0
	clear(e.points)
	e.commitBlobs(2)
	e.proveBlocks(2)
	e.execute(2)
}
