package restore_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Blob mode: the blocks' data is in the blobs of commitBlobBlocks
// transactions, read from an archive by versioned hash.

// blobParams is the test profile in blob mode, a blob circuit reading the
// first 64 elements of a blob (1,984 bytes: the history's blocks).
var blobParams = func() rollup.Params { p := rollup.TestParams; p.BlobCapacity = 64; return p }()

// blobHistory builds, on L1 in blob mode:
//
//	block 1:    deposits, a ChangePubKey; one blob commit
//	blocks 2-3: a ChangePubKey, transfers (one to a new account), a withdrawal; one blob commit of both
//	            (1-3 proven and executed)
//	block 4:    a transfer; committed, never executed
//
// It returns the executed roots by block number ([0] unused) and the two
// executed commits.
func blobHistory(t *testing.T) (*l1rig.Rig, [][32]byte, []*l1.BlobCommit) {
	t.Helper()
	g := newRig(t, blobParams, "A", "B", "C")
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	c1 := g.CommitBlobs(g.Block("changepubkey A"))
	b2 := g.Block("changepubkey B\ntransfer A C 1000 fee 3")
	b3 := g.Block("transfer B A 700 fee 1\nwithdraw A 5000 fee 2")
	c2 := g.CommitBlobs(b2, b3)
	g.Execute()
	g.CommitBlobs(g.Block("transfer A C 1"))
	roots := make([][32]byte, 4)
	for n := 1; n <= 3; n++ {
		roots[n] = g.Blocks[n-1].NewRoot.Bytes()
	}
	for n := uint64(1); n <= 4; n++ {
		if got := storedHashOf(t, g, n); got != l1.HashStored(g.Stored[n]) {
			t.Fatalf("L1 stores %x for block %d, l1.StoredBlob hashes to %x", got, n, l1.HashStored(g.Stored[n]))
		}
	}
	return g, roots, []*l1.BlobCommit{c1, c2}
}

func blobConfig(g *l1rig.Rig) restore.Config {
	cfg := config(g)
	cfg.BlobArchive = g.BlobArchive
	return cfg
}

// openBlob starts or resumes a blob-mode restore in db with source src
// (nil: the default, reading g's archive).
func openBlob(t *testing.T, g *l1rig.Rig, db kv.Store, src restore.Source) *restore.Restorer {
	t.Helper()
	r, err := restore.Open(context.Background(), blobConfig(g), g.C.C, src, db)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func blobSource(t *testing.T, g *l1rig.Rig) *restore.BlobSource {
	t.Helper()
	s, err := restore.NewBlobSource(g.C.C, g.Addr, restore.DirArchive{Dir: g.BlobArchive})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRestoreRebuildsBlobModeState: the blocks of two blob commits (one of
// two blocks) are read from L1 and the archive, each delivered with its
// commit's point r and checked against what L1 stores for it, and the
// restored root is the one L1 stores after the last executed block; the
// block committed and not executed is not restored.
func TestRestoreRebuildsBlobModeState(t *testing.T) {
	g, roots, commits := blobHistory(t)
	var delivered []restore.Committed
	src := tamper{inner: blobSource(t, g), f: func(cb *restore.Committed) bool {
		delivered = append(delivered, *cb)
		return false
	}}
	for _, every := range []int{0, 1} {
		delivered = nil
		cfg := blobConfig(g)
		cfg.CheckpointBlocks = every
		r, err := restore.Open(context.Background(), cfg, g.C.C, src, kv.NewMemory())
		if err != nil {
			t.Fatal(err)
		}
		var seen []uint64
		res, err := r.Run(context.Background(), 0, func(p restore.Progress) { seen = append(seen, p.Block) })
		if err != nil {
			t.Fatal(err)
		}
		if res.To != 3 || res.Target != 3 || len(seen) != 3 || res.Root != roots[3] {
			t.Fatalf("every %d: restored %+v (progress %v), want blocks 1..3 at root %x", every, res, seen, roots[3])
		}
		if res.Root != g.Stored[3].StateRoot || l1.HashStored(r.Cursor().Stored) != l1.HashStored(g.Stored[3]) {
			t.Fatalf("every %d: the cursor %+v is not what L1 stores for block 3", every, r.Cursor().Stored)
		}
		for i, cb := range delivered {
			c := commits[min(i, 1)]
			if cb.DataPoint == nil || *cb.DataPoint != c.Point {
				t.Fatalf("block %d delivered with data point %v, its commit's is %v", cb.Number, cb.DataPoint, c.Point)
			}
			if want := g.Blocks[i].L1Pubdata(); !bytes.Equal(cb.L1Pubdata, want) || len(want) == 0 {
				t.Fatalf("block %d delivered with L1 pubdata %x, want %x (not empty)", cb.Number, cb.L1Pubdata, want)
			}
		}
	}
	// Open picks the blob source for these params, given the archive.
	res, err := openBlob(t, g, kv.NewMemory(), nil).Run(context.Background(), 0, nil)
	if err != nil || res.To != 3 || res.Root != roots[3] {
		t.Fatalf("the default source: %+v, %v", res, err)
	}
}

// TestRestoreInBlobModeNeedsAnArchive: without an archive (or with one
// that is not a directory) Open says what to pass.
func TestRestoreInBlobModeNeedsAnArchive(t *testing.T) {
	g := newRig(t, blobParams, "A")
	for _, dir := range []string{"", filepath.Join(t.TempDir(), "none")} {
		cfg := config(g)
		cfg.BlobArchive = dir
		_, err := restore.Open(context.Background(), cfg, g.C.C, nil, kv.NewMemory())
		if err == nil || !strings.Contains(err.Error(), "blob") {
			t.Fatalf("archive %q: %v, want an error about the blob archive", dir, err)
		}
	}
}

// TestRestoreRefusesABlobTheArchiveLacksOrAltered: a blob missing from the
// archive, or one changed in a byte (or cut short) under its name, is
// refused naming its versioned hash and file; the blocks before its commit
// are kept, and once the archive is repaired the restore finishes.
func TestRestoreRefusesABlobTheArchiveLacksOrAltered(t *testing.T) {
	g, roots, commits := blobHistory(t)
	vh := commits[1].Sidecar.BlobHashes()[0] // blocks 2 and 3
	path := restore.DirArchive{Dir: g.BlobArchive}.Where(vh)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	flipped[40] ^= 1 // element 1, inside block 2's data
	cases := []struct {
		name  string
		write func()
		want  error
	}{
		{"missing", func() { os.Remove(path) }, restore.ErrBlobMissing},
		{"a byte changed", func() { os.WriteFile(path, flipped, 0o644) }, restore.ErrBlobMismatch},
		{"cut short", func() { os.WriteFile(path, good[:len(good)-1], 0o644) }, restore.ErrBlobMismatch},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.write()
			db := kv.NewMemory()
			r := openBlob(t, g, db, nil)
			_, err := r.Run(context.Background(), 0, nil)
			var be *restore.BlobError
			if !errors.Is(err, c.want) || !errors.As(err, &be) || be.VersionedHash != vh || be.Where != path {
				t.Fatalf("got %v, want %v naming %s at %s", err, c.want, vh, path)
			}
			if !strings.Contains(err.Error(), vh.Hex()) || !strings.Contains(err.Error(), path) {
				t.Fatalf("the message %q names neither the versioned hash nor the file", err)
			}
			if got := r.Cursor().Block; got != 1 {
				t.Fatalf("kept block %d, want 1 (the first commit's)", got)
			}
			if err := os.WriteFile(path, good, 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := openBlob(t, g, db, nil).Run(context.Background(), 0, nil)
			if err != nil || res.From != 1 || res.To != 3 || res.Root != roots[3] {
				t.Fatalf("after the archive is repaired: %+v, %v", res, err)
			}
		})
	}
}

// TestRestoreInBlobModeResumes: a restore stopped after the first commit's
// block, or inside the second commit (after block 2 of 2..3), and
// reopened from its store as a new process would, finishes at L1's root.
func TestRestoreInBlobModeResumes(t *testing.T) {
	g, roots, _ := blobHistory(t)
	for _, stop := range []uint64{1, 2} {
		db, err := kv.OpenPebble(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if res, err := openBlob(t, g, db, nil).Run(context.Background(), stop, nil); err != nil || res.To != stop || res.Root != roots[stop] {
			t.Fatalf("run to %d: %+v, %v", stop, res, err)
		}
		r := openBlob(t, g, db, nil)
		if c := r.Cursor(); c.Block != stop || l1.HashStored(c.Stored) != l1.HashStored(g.Stored[stop]) {
			t.Fatalf("reopened at block %d (%+v), want %d as L1 stores it", c.Block, c.Stored, stop)
		}
		res, err := r.Run(context.Background(), 0, nil)
		if err != nil || res.From != stop || res.To != 3 || res.Root != roots[3] {
			t.Fatalf("resumed after %d: %+v, %v", stop, res, err)
		}
	}
}

// TestRestoreRefusesABlobBlockOtherThanL1Committed: a source that delivers
// a blob block at another point r, with other L1 pubdata than the contract
// read, or in another shape, is refused at that block.
func TestRestoreRefusesABlobBlockOtherThanL1Committed(t *testing.T) {
	g, roots, _ := blobHistory(t)
	honest := blobSource(t, g)
	at := func(n uint64, f func(cb *restore.Committed)) restore.Source {
		return tamper{inner: honest, f: func(cb *restore.Committed) bool {
			if cb.Number == n {
				f(cb)
			}
			return false
		}}
	}
	cases := []struct {
		name string
		src  restore.Source
		stop uint64
	}{
		{"another point", at(2, func(cb *restore.Committed) {
			p := *cb.DataPoint
			p.SetUint64(7)
			cb.DataPoint = &p
		}), 1},
		{"the L1 pubdata cut short", at(3, func(cb *restore.Committed) { cb.L1Pubdata = cb.L1Pubdata[:len(cb.L1Pubdata)-1] }), 2},
		{"the L1 pubdata with a zero byte more", at(1, func(cb *restore.Committed) { cb.L1Pubdata = append(bytes.Clone(cb.L1Pubdata), 0) }), 0},
		{"a shape too small", at(2, func(cb *restore.Committed) { cb.Slots = 1 }), 1},
		{"no point (a calldata block)", at(3, func(cb *restore.Committed) { cb.DataPoint = nil }), 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := kv.NewMemory()
			r := openBlob(t, g, db, c.src)
			if _, err := r.Run(context.Background(), 0, nil); !errors.Is(err, restore.ErrNotOnL1) {
				t.Fatalf("got %v, want ErrNotOnL1", err)
			}
			if got := r.Cursor().Block; got != c.stop {
				t.Fatalf("kept block %d, want %d", got, c.stop)
			}
			res, err := openBlob(t, g, db, nil).Run(context.Background(), 0, nil)
			if err != nil || res.Root != roots[3] {
				t.Fatalf("the honest source after a refused one: %+v, %v", res, err)
			}
		})
	}
}

// TestBlobArchiveRoundTrip: WriteBlobArchive writes each blob under its
// versioned hash, DirArchive reads it back, and no temporary file stays.
func TestBlobArchiveRoundTrip(t *testing.T) {
	g, _, commits := blobHistory(t)
	entries, err := os.ReadDir(g.BlobArchive)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 { // one blob a commit
		t.Fatalf("%d files in the archive, want 3", len(entries))
	}
	for _, c := range commits {
		for i, vh := range c.Sidecar.BlobHashes() {
			b, err := restore.DirArchive{Dir: g.BlobArchive}.Blob(context.Background(), vh)
			if err != nil || *b != c.Raw[i] {
				t.Fatalf("blob %s: %v", vh, err)
			}
		}
	}
	_, err = restore.DirArchive{Dir: g.BlobArchive}.Blob(context.Background(), common.Hash{1})
	if !errors.Is(err, restore.ErrBlobMissing) {
		t.Fatalf("an unknown hash: %v", err)
	}
}

// TestRestoreReadsABlobCommitThroughAContract: an operator that is a
// contract calls commitBlobBlocks from a blob transaction sent to it; the
// call's BLOBHASH reads that transaction's blobs. The source reads the
// call from the trace (without traces it says which method it looked
// for) and the blobs by the transaction's versioned hashes.
func TestRestoreReadsABlobCommitThroughAContract(t *testing.T) {
	g := newRig(t, blobParams, "A")
	path := filepath.Join(t.TempDir(), "Forward.sol")
	if err := os.WriteFile(path, []byte(r15Forwarder), 0o644); err != nil {
		t.Fatal(err)
	}
	fabi, code := evmtest.Compile(t, path, "Forward")
	fwd, _ := g.C.Deploy(t, g.R.L1Key("op"), code, common.LeftPadBytes(g.Addr.Bytes(), 32))
	g.Send("op", nil, r15ABI.PackSetOperator(fwd, true))
	g.Deposit("A", 5000)
	bs := []*rollup.Block{g.Block("changepubkey A"), g.Block("withdraw A 100")}
	bc, err := l1.BuildBlobCommit(bs, blobParams.BlobCapacity)
	if err != nil {
		t.Fatal(err)
	}
	inner := r15ABI.PackCommitBlobBlocks(g.Stored[0], bc.Blocks, bc.Blobs, [][]byte{{}})
	data, err := fabi.Pack("run", inner)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := g.C.SendBlob(g.R.L1Key("op"), fwd, data, bc.Sidecar)
	if err != nil {
		t.Fatal(err)
	}
	if err := restore.WriteBlobArchive(g.BlobArchive, bc.Raw); err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		g.Stored, g.Blocks = append(g.Stored, l1.StoredBlob(b, bc.Point)), append(g.Blocks, b)
	}
	g.Execute()
	if _, err := openBlob(t, g, kv.NewMemory(), nil).Run(context.Background(), 0, nil); !errors.Is(err, restore.ErrNotCommitCall) ||
		!strings.Contains(err.Error(), "commitBlobBlocks") {
		t.Fatalf("no traces: %v, want ErrNotCommitCall naming commitBlobBlocks", err)
	}
	src := blobSource(t, g)
	src.Tracer = fixedTracer{rc.TxHash: fmt.Sprintf(`{"type":"CALL","to":"%s","input":"%s","calls":[{"type":"CALL","to":"%s","input":"%s"}]}`,
		fwd, hexutil.Encode(data), g.Addr, hexutil.Encode(inner))}
	res, err := openBlob(t, g, kv.NewMemory(), src).Run(context.Background(), 0, nil)
	if err != nil || res.To != 2 || res.Root != bs[1].NewRoot.Bytes() {
		t.Fatalf("restore through the trace: %+v, %v", res, err)
	}
}
