package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/state/kv"
)

// restoreL1 is what the restore command needs of an L1 node: what the
// restore reads, and the chain id to check the deployment against.
type restoreL1 interface {
	restore.Chain
	ChainID(ctx context.Context) (*big.Int, error)
}

// dialL1 connects to the L1 node at url; close releases it.
type dialL1 func(ctx context.Context, url string) (c restoreL1, close func(), err error)

func dialEthclient(ctx context.Context, url string) (restoreL1, func(), error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	return c, c.Close, nil
}

const restoreUsage = `usage: zkrollup restore --deployment FILE [--l1-url URL] [--blob-archive DIR] [--data-dir DIR] [--to N] [--json]

Rebuilds the rollup's state from L1 data alone: the blocks the contract executed, read from the
calldata of their commit transactions (commitBlocks or commitProveExecute), re-executed under the
rules, each checked against what the contract stores for it (storedBlockHashes; for a block inside a
batch commitProveExecute stored only the last hash of, its BlockCommitted event) before it is kept.
A deployment in blob mode commits its blocks' data in blobs (commitBlobBlocks), which L1 nodes drop
after about 18 days: --blob-archive names a directory of <versioned hash>.blob files (the operator's
archive or a mirror of it); each blob is checked against its versioned hash before it is used.
Stop it at any time; run it again to resume.

flags:`

// runRestore rebuilds the rollup's state from L1 data alone (package
// restore) into a Pebble store, resuming where an earlier run stopped.
func runRestore(ctx context.Context, args []string, out io.Writer) error {
	return restoreCommand(ctx, args, out, os.Stderr, dialEthclient)
}

// restoreCommand is runRestore with its progress writer (used with
// --json, which keeps out for the result) and its L1 given.
func restoreCommand(ctx context.Context, args []string, out, progressOut io.Writer, dial dialL1) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	l1URL := fs.String("l1-url", envOr("ZKROLLUP_L1_URL", "http://127.0.0.1:8545"), "JSON-RPC of the L1 node (it must serve the contract's logs back to its deployment block)")
	deployment := fs.String("deployment", "", "the deployment `FILE` zkrollup deploy wrote (names the contract, its L1 block, the operator and the params)")
	profile := fs.String("profile", "", "test, dev or prod: the params of a deployment file that records none (older files)")
	blobArchive := fs.String("blob-archive", envOr("ZKROLLUP_BLOB_ARCHIVE", ""), "the `DIR` of blob files (<versioned hash>.blob) to read a blob-mode deployment's block data from; required in blob mode")
	dataDir := fs.String("data-dir", "", "where the restored state is kept (default data/restore/<L1 chain id>-<contract>); a second run resumes")
	to := fs.Uint64("to", 0, "stop after block N, or after the end of its batch if L1 executed it in one transaction with later blocks (default: the last block L1 executed)")
	asJSON := fs.Bool("json", false, "print the result as JSON (progress goes to stderr)")
	fs.SetOutput(out)
	fs.Usage = func() { fmt.Fprintln(out, restoreUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (flags only: see zkrollup restore -h)", fs.Arg(0))
	}
	cfg, err := restoreConfig(*deployment, *profile)
	if err != nil {
		return err
	}
	switch blob := cfg.Params.BlobCapacity > 0; {
	case blob && *blobArchive == "":
		return fmt.Errorf("deployment %s is in blob mode: its blocks' data is in blobs, which L1 nodes drop after about 18 days; pass --blob-archive DIR, a directory of <versioned hash>.blob files (the operator's archive or a mirror)", *deployment)
	case !blob && *blobArchive != "":
		return fmt.Errorf("deployment %s is in calldata mode: its blocks' data is read from L1, leave --blob-archive out", *deployment)
	}
	cfg.BlobArchive = *blobArchive
	contract, chainID := cfg.Params.L1.Contract, cfg.Params.L1.ChainID
	if *dataDir == "" {
		*dataDir = filepath.Join("data", "restore", fmt.Sprintf("%d-%s", chainID, contract.Hex()))
	}

	c, closeL1, err := dial(ctx, *l1URL)
	if err != nil {
		return fmt.Errorf("the L1 node at %s: %w", *l1URL, err)
	}
	defer closeL1()
	id, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("the L1 node at %s: chain id: %w", *l1URL, err)
	}
	if !id.IsUint64() || id.Uint64() != chainID {
		return fmt.Errorf("the L1 node at %s is chain %s, the deployment %s is on chain %d: point --l1-url at that chain", *l1URL, id, *deployment, chainID)
	}

	if err := os.MkdirAll(*dataDir, 0o755); err != nil {
		return err
	}
	db, err := kv.OpenPebble(*dataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := restore.Open(ctx, cfg, c, nil, db)
	if err != nil {
		return restoreHint(err, *dataDir, 0, *deployment)
	}

	logOut := out
	if *asJSON {
		logOut = progressOut
	}
	start := r.Cursor()
	if *to > 0 && start.Block >= *to {
		sum := restoreSummary{DataDir: *dataDir, Contract: contract, L1ChainID: chainID, From: start.Block, To: start.Block, Target: *to,
			StateRoot: common.Hash(start.Stored.StateRoot), MatchesL1: true, Cursor: start}
		return printer{out: out, json: *asJSON}.print(sum, fmt.Sprintf("nothing to restore: the state in %s is at block %d, past --to %d", *dataDir, start.Block, *to))
	}
	if start.Block == 0 {
		fmt.Fprintf(logOut, "restoring %s on L1 chain %d (deployed in L1 block %d) into %s, from genesis\n", contract, chainID, cfg.FromBlock, *dataDir)
	} else {
		fmt.Fprintf(logOut, "restoring %s on L1 chain %d into %s, resuming after block %d (%d operations restored before)\n",
			contract, chainID, *dataDir, start.Block, start.Ops)
	}
	var last time.Time
	res, err := r.Run(ctx, *to, func(p restore.Progress) {
		if time.Since(last) < time.Second {
			return
		}
		last = time.Now()
		n := p.Block - start.Block
		fmt.Fprintf(logOut, "block %d / %d, %d ops, %.1f blocks/s, %.0f ops/s\n", p.Block, p.Target, p.Ops,
			perSecond(n, p.Elapsed), perSecond(p.Ops, p.Elapsed))
	})
	if err != nil {
		if res.To > start.Block {
			fmt.Fprintf(logOut, "restored blocks %d..%d (%d operations); the state at block %d matched L1\n", start.Block+1, res.To, res.Ops, res.To)
		}
		return restoreHint(err, *dataDir, res.To, *deployment)
	}
	sum := restoreSummary{
		DataDir: *dataDir, Contract: contract, L1ChainID: chainID, L1Head: res.Head,
		From: res.From, To: res.To, Target: res.Target, Blocks: res.To - res.From, Ops: res.Ops,
		Elapsed: res.Elapsed.Seconds(), BlocksPerSec: perSecond(res.To-res.From, res.Elapsed), OpsPerSec: perSecond(res.Ops, res.Elapsed),
		StateRoot: common.Hash(res.Root), MatchesL1: true, Cursor: r.Cursor(),
	}
	if *to > 0 && res.Target > *to {
		sum.RequestedTo = *to
	}
	return printer{out: out, json: *asJSON}.print(sum, sum.String())
}

// restoreConfig reads the deployment file into what a restore needs.
func restoreConfig(path, profile string) (restore.Config, error) {
	if path == "" {
		return restore.Config{}, errors.New("--deployment is required: the deployment file `zkrollup deploy` wrote (it names the contract, the L1 block it was deployed in and the rollup's params)")
	}
	d, err := deploy.Load(path)
	if err != nil {
		return restore.Config{}, fmt.Errorf("--deployment: %w", err)
	}
	if d.Rollup == (common.Address{}) || d.ChainID == 0 {
		return restore.Config{}, fmt.Errorf("deployment %s names no Rollup contract or L1 chain id: is it a file `zkrollup deploy` wrote?", path)
	}
	p := d.Params
	switch {
	case d.HasParams() && profile != "":
		pp, err := paramsFor(profile)
		if err != nil {
			return restore.Config{}, err
		}
		if err := d.CheckParams(pp); err != nil {
			return restore.Config{}, fmt.Errorf("deployment %s and --profile %s: %w: leave --profile out, the file records its params", path, profile, err)
		}
	case !d.HasParams() && profile == "":
		return restore.Config{}, fmt.Errorf("deployment %s records no params (an older file): pass --profile test, dev or prod, the one it was deployed with", path)
	case !d.HasParams():
		if p, err = paramsFor(profile); err != nil {
			return restore.Config{}, err
		}
	}
	p.L1.ChainID, p.L1.Contract = d.ChainID, d.Rollup
	return restore.Config{Params: p, Operator: d.Operator, FromBlock: d.Block}, nil
}

// restoreHint adds to a restore's error what a person can do about it.
func restoreHint(err error, dir string, at uint64, deployment string) error {
	var hint string
	switch {
	case errors.Is(err, context.Canceled):
		hint = "interrupted: run the same command again to resume"
	case errors.Is(err, restore.ErrOtherDeployment):
		hint = fmt.Sprintf("%s was filled by a restore of another deployment: pass another --data-dir (or remove that one)", dir)
	case errors.Is(err, restore.ErrGenesis):
		hint = fmt.Sprintf("the operator or params in %s are not the ones the contract was deployed with: check the file (or --profile)", deployment)
	case errors.Is(err, restore.ErrNotOnL1), errors.Is(err, restore.ErrBadBlock), errors.Is(err, restore.ErrOutOfOrder):
		hint = fmt.Sprintf("the state in %s stays at block %d, the last that matched L1; this is a fault of the data read from L1 or of the rules: report it with the block number and transaction", dir, at)
	case errors.Is(err, restore.ErrMissingCommit):
		hint = fmt.Sprintf("the L1 node served no commit event for an executed block: check that it keeps logs back to the deployment block of %s (a pruned node does not)", deployment)
	case errors.Is(err, restore.ErrBlobMissing):
		hint = fmt.Sprintf("the blob archive lacks a blob the blocks after %d need (L1 nodes keep blobs about 18 days): copy the file named above from the operator's archive or a mirror into --blob-archive and run again to resume", at+1)
	case errors.Is(err, restore.ErrBlobMismatch):
		hint = "the blob archive's file named above is not the blob L1 committed to (corrupt, or from a bad mirror): replace it with a good copy and run again to resume"
	case errors.Is(err, restore.ErrNotCommitCall):
		hint = "the block was committed through another contract (a multisig, a relayer): its data is read from the transaction's call trace, so point --l1-url at a node that serves debug_traceTransaction"
	case lostState(err):
		hint = fmt.Sprintf("the L1 node no longer serves the state of the L1 block this run started at (a full node keeps the last 128 or so): run again to resume from block %d, or use an archive node", at)
	case errors.Is(err, restore.ErrIncomplete):
		hint = fmt.Sprintf("the state stays at block %d; the L1 node may have lost logs or reorganised: run again to resume", at)
	default:
		hint = fmt.Sprintf("the state stays at block %d; run again to resume", at)
	}
	return fmt.Errorf("%w\n  %s", err, hint)
}

// lostState reports whether err is an L1 node's refusal to serve old
// state (a run reads blocksExecuted at the L1 head it started at; the
// stored block hashes, which never change once executed, at the latest).
func lostState(err error) bool {
	msg := err.Error()
	for _, s := range []string{"missing trie node", "historical state", "state not available", "state is not available"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// restoreSummary is what a finished run prints.
type restoreSummary struct {
	DataDir      string         `json:"dataDir"`
	Contract     common.Address `json:"contract"`
	L1ChainID    uint64         `json:"l1ChainId"`
	L1Head       uint64         `json:"l1Head"` // the L1 block read up to
	From         uint64         `json:"from"`   // blocks restored in this run: from+1..to
	To           uint64         `json:"to"`
	Target       uint64         `json:"target"`                // the last block L1 executed (or --to, rounded up to the end of its batch)
	RequestedTo  uint64         `json:"requestedTo,omitempty"` // --to, when inside a batch L1 executed in one transaction (Target: its end)
	Blocks       uint64         `json:"blocks"`
	Ops          uint64         `json:"ops"`
	Elapsed      float64        `json:"elapsedSeconds"`
	BlocksPerSec float64        `json:"blocksPerSecond"`
	OpsPerSec    float64        `json:"opsPerSecond"`
	StateRoot    common.Hash    `json:"stateRoot"`
	// MatchesL1: every block was checked against the contract's
	// storedBlockHashes (a block inside a batch executed in one transaction
	// against its BlockCommitted event) before it was kept (a run that
	// finishes always has).
	MatchesL1 bool           `json:"matchesL1"`
	Cursor    restore.Cursor `json:"cursor"`
}

func (s restoreSummary) String() string {
	head := fmt.Sprintf("nothing to restore: the state is at block %d, the last block L1 executed (L1 block %d)", s.To, s.L1Head)
	if s.Blocks > 0 {
		elapsed := time.Duration(s.Elapsed * float64(time.Second)).Round(time.Millisecond)
		head = fmt.Sprintf("restored blocks %d..%d: %d blocks, %d operations in %s (%.1f blocks/s, %.0f ops/s)",
			s.From+1, s.To, s.Blocks, s.Ops, elapsed, s.BlocksPerSec, s.OpsPerSec)
	}
	if s.RequestedTo > 0 {
		head += fmt.Sprintf("\n--to %d is inside a batch L1 committed, proved and executed in one transaction (it stores the hash of the batch's last block only): restored to block %d, the end of that batch",
			s.RequestedTo, s.Target)
	}
	return fmt.Sprintf("%s\nstate root at block %d: %s, matches L1 (every block checked against the contract's storedBlockHashes, "+
		"or inside a batch executed in one transaction its BlockCommitted event)\n"+
		"cursor: block %d, %d operations in all, next L1 scan from L1 block %d; state in %s",
		head, s.To, s.StateRoot, s.Cursor.Block, s.Cursor.Ops, s.Cursor.Scan, s.DataDir)
}

func perSecond(n uint64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}
