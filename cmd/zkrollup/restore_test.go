package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
)

func writeDeployment(t *testing.T, d deploy.Result) string {
	t.Helper()
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRestoreFlagErrors: what is wrong with the command line or the
// deployment file is said before any L1 is dialled, naming what to do.
func TestRestoreFlagErrors(t *testing.T) {
	withParams := deploy.Result{Rollup: common.HexToAddress("0x1234"), ChainID: 1337, Block: 3, Params: rollup.TestParams}
	old := withParams
	old.Params = rollup.Params{}
	blob := withParams
	blob.Params.BlobCapacity = 64
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no deployment", nil, "--deployment is required"},
		{"a missing deployment file", []string{"--deployment", filepath.Join(t.TempDir(), "none.json")}, "no such file"},
		{"a file without params", []string{"--deployment", writeDeployment(t, old)}, "pass --profile"},
		{"a file without params, an unknown profile", []string{"--deployment", writeDeployment(t, old), "--profile", "huge"}, "unknown profile"},
		{"a profile the file contradicts", []string{"--deployment", writeDeployment(t, withParams), "--profile", "prod"}, "leave --profile out"},
		{"a file that is no deployment", []string{"--deployment", writeDeployment(t, deploy.Result{})}, "names no Rollup contract"},
		{"an argument", []string{"--deployment", writeDeployment(t, withParams), "now"}, `unexpected argument "now"`},
		{"blob mode without an archive", []string{"--deployment", writeDeployment(t, blob)}, "pass --blob-archive DIR"},
		{"calldata mode with an archive", []string{"--deployment", writeDeployment(t, withParams), "--blob-archive", t.TempDir()}, "leave --blob-archive out"},
		{"no L1 there", []string{"--deployment", writeDeployment(t, withParams), "--l1-url", "http://127.0.0.1:1", "--data-dir", t.TempDir()}, "the L1 node at http://127.0.0.1:1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(append([]string{"restore"}, c.args...), &out, &errOut); code != 1 || !strings.Contains(errOut.String(), c.want) {
				t.Fatalf("exit %d, stderr %q, want exit 1 and %q", code, errOut.String(), c.want)
			}
		})
	}
}

// l1History puts the Rollup contract on a simulated L1 (internal/l1rig),
// commits two blocks in one transaction and executes them, and returns the
// chain, a deployment file for it and the state root after block 2.
func l1History(t *testing.T) (*evmtest.Chain, string, common.Hash) {
	t.Helper()
	g := l1rig.New(t, rollup.TestParams, l1rig.Options{}, "A")
	g.Deposit("A", 1_000_000)
	b1 := g.Block("changepubkey A")
	b2 := g.Block("transfer A B 1000 fee 3")
	g.Commit(b1, b2)
	g.Execute()
	path := writeDeployment(t, deploy.Result{Rollup: g.Addr, Block: g.Deployed, ChainID: g.C.ChainID.Uint64(),
		Operator: g.R.Address("op"), Params: g.P})
	return g.C, path, b2.NewRoot.Bytes()
}

// TestRestoreCommandRebuildsTheExecutedState runs the command against an
// in-process L1: it restores both blocks, says the root matches L1, finds
// nothing new on a second run, and prints the same as JSON.
func TestRestoreCommandRebuildsTheExecutedState(t *testing.T) {
	c, deployment, root := l1History(t)
	dial := func(context.Context, string) (restoreL1, func(), error) { return c.C, func() {}, nil }
	dir := t.TempDir()
	args := []string{"--deployment", deployment, "--data-dir", dir}
	var out, progress bytes.Buffer
	if err := restoreCommand(context.Background(), args, &out, &progress, dial); err != nil {
		t.Fatal(err)
	}
	t.Logf("zkrollup restore printed:\n%s", out.String())
	for _, want := range []string{"from genesis", "restored blocks 1..2: 2 blocks, 3 operations", root.Hex() + ", matches L1", "cursor: block 2"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := restoreCommand(context.Background(), args, &out, &progress, dial); err != nil ||
		!strings.Contains(out.String(), "resuming after block 2") || !strings.Contains(out.String(), "nothing to restore") {
		t.Fatalf("second run: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := restoreCommand(context.Background(), append(args, "--to", "1"), &out, &progress, dial); err != nil ||
		!strings.Contains(out.String(), "past --to 1") {
		t.Fatalf("--to below the restored block: %v\n%s", err, out.String())
	}
	out.Reset()
	var sum restoreSummary
	if err := restoreCommand(context.Background(), append(args, "--json"), &out, &progress, dial); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("--json printed %q: %v", out.String(), err)
	}
	if sum.To != 2 || sum.StateRoot != root || !sum.MatchesL1 || sum.Cursor.Ops != 3 {
		t.Fatalf("JSON summary %+v, want block 2 at root %s", sum, root)
	}
	// --to stops early; the next run resumes there.
	partial := []string{"--deployment", deployment, "--data-dir", t.TempDir()}
	out.Reset()
	if err := restoreCommand(context.Background(), append(partial, "--to", "1"), &out, &progress, dial); err != nil ||
		!strings.Contains(out.String(), "restored blocks 1..1:") {
		t.Fatalf("--to 1: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := restoreCommand(context.Background(), partial, &out, &progress, dial); err != nil ||
		!strings.Contains(out.String(), "resuming after block 1") || !strings.Contains(out.String(), "restored blocks 2..2:") ||
		!strings.Contains(out.String(), root.Hex()) {
		t.Fatalf("resumed after --to 1: %v\n%s", err, out.String())
	}
	// Another deployment's directory is refused with what to do.
	p := rollup.TestParams
	p.L1 = rollup.L1Domain{ChainID: c.ChainID.Uint64(), Contract: common.HexToAddress("0x99")}
	other := writeDeployment(t, deploy.Result{Rollup: p.L1.Contract, ChainID: p.L1.ChainID, Params: p})
	err := restoreCommand(context.Background(), []string{"--deployment", other, "--data-dir", dir}, &out, &progress, dial)
	if err == nil || !strings.Contains(err.Error(), "pass another --data-dir") {
		t.Fatalf("another deployment's directory: %v", err)
	}
}

// TestRestoreErrorsSayWhatToDo: each way a restore stops keeps the
// package's error (errors.Is still works) and adds what a person can do.
func TestRestoreErrorsSayWhatToDo(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{context.Canceled, "run the same command again"},
		{restore.ErrOtherDeployment, "pass another --data-dir"},
		{restore.ErrGenesis, "not the ones the contract was deployed with"},
		{fmt.Errorf("%w: block 7", restore.ErrNotOnL1), "stays at block 7"},
		{fmt.Errorf("%w: block 7", restore.ErrBadBlock), "report it"},
		{restore.ErrMissingCommit, "keeps logs back to the deployment block"},
		{restore.ErrNotCommitCall, "debug_traceTransaction"},
		{&restore.BlobError{Where: "blobs/0x01.blob", Err: restore.ErrBlobMissing}, "copy the file named above"},
		{&restore.BlobError{Where: "blobs/0x01.blob", Err: restore.ErrBlobMismatch}, "replace it with a good copy"},
		{restore.ErrIncomplete, "run again to resume"},
		{errors.New("read the rollup contract: missing trie node 1234"), "archive node"},
	}
	for _, c := range cases {
		err := restoreHint(c.err, "data/x", 7, "deployment.json")
		if !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: got %q, want it wrapped with %q", c.err, err, c.want)
		}
	}
}

// TestRestoreCommandToInsideABatch: --to naming a block inside a batch the
// contract committed, proved and executed in one transaction (it stores
// the hash of the batch's last block only) restores to the batch's end and
// says so, in text and in JSON.
func TestRestoreCommandToInsideABatch(t *testing.T) {
	g := l1rig.New(t, rollup.TestParams, l1rig.Options{}, "A")
	g.Deposit("A", 1_000_000)
	b1 := g.Block("changepubkey A")
	b2 := g.Block("transfer A B 1000 fee 3")
	g.CommitProveExecute(b1, b2)
	deployment := writeDeployment(t, deploy.Result{Rollup: g.Addr, Block: g.Deployed, ChainID: g.C.ChainID.Uint64(),
		Operator: g.R.Address("op"), Params: g.P})
	dial := func(context.Context, string) (restoreL1, func(), error) { return g.C.C, func() {}, nil }
	root := common.Hash(b2.NewRoot.Bytes())
	var out, progress bytes.Buffer
	args := []string{"--deployment", deployment, "--data-dir", t.TempDir(), "--to", "1"}
	if err := restoreCommand(context.Background(), args, &out, &progress, dial); err != nil {
		t.Fatal(err)
	}
	t.Logf("zkrollup restore --to 1 printed:\n%s", out.String())
	for _, want := range []string{"restored blocks 1..2:", "--to 1 is inside a batch", "the end of that batch", root.Hex() + ", matches L1", "cursor: block 2"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	args = []string{"--deployment", deployment, "--data-dir", t.TempDir(), "--to", "1", "--json"}
	if err := restoreCommand(context.Background(), args, &out, &progress, dial); err != nil {
		t.Fatal(err)
	}
	var sum restoreSummary
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("--json printed %q: %v", out.String(), err)
	}
	if sum.To != 2 || sum.Target != 2 || sum.RequestedTo != 1 || sum.StateRoot != root {
		t.Fatalf("JSON summary %+v, want block 2 (the batch's end) for --to 1", sum)
	}
}

// TestRestoreCommandInBlobMode: a deployment in blob mode is restored from
// L1 and the blob archive --blob-archive names, to the root L1 stores.
func TestRestoreCommandInBlobMode(t *testing.T) {
	p := rollup.TestParams
	p.BlobCapacity = 64
	g := l1rig.New(t, p, l1rig.Options{}, "A")
	g.Deposit("A", 1_000_000)
	g.CommitBlobs(g.Block("changepubkey A"))
	b2 := g.Block("transfer A B 1000 fee 3")
	b3 := g.Block("withdraw A 500 fee 1")
	g.CommitBlobs(b2, b3)
	g.Execute()
	deployment := writeDeployment(t, deploy.Result{Rollup: g.Addr, Block: g.Deployed, ChainID: g.C.ChainID.Uint64(),
		Operator: g.R.Address("op"), Params: g.P})
	dial := func(context.Context, string) (restoreL1, func(), error) { return g.C.C, func() {}, nil }
	var out, progress bytes.Buffer
	args := []string{"--deployment", deployment, "--data-dir", t.TempDir(), "--blob-archive", g.BlobArchive}
	if err := restoreCommand(context.Background(), args, &out, &progress, dial); err != nil {
		t.Fatal(err)
	}
	root := common.Hash(b3.NewRoot.Bytes())
	for _, want := range []string{"restored blocks 1..3:", root.Hex() + ", matches L1", "cursor: block 3"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
