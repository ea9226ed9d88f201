package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/devnet"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/wallet"
)

func runDev(ctx context.Context, args []string, out io.Writer) error {
	nc := node.Default()
	fs := flag.NewFlagSet("dev", flag.ContinueOnError)
	profile := fs.String("profile", "dev", "state and block shape: test, dev or prod")
	dataDir := fs.String("data-dir", filepath.Join("data", "dev"), "the node's data (emptied at every start: the L1 is new each time)")
	keysDir := fs.String("keys-dir", "", "circuit keys, set up once and reused (default data/keys/PROFILE)")
	fs.StringVar(&nc.APIAddr, "api-addr", nc.APIAddr, "the rollup's JSON-RPC listen address")
	l1Addr := fs.String("l1-addr", "127.0.0.1:8545", "the embedded L1's JSON-RPC listen address")
	blockTime := fs.Duration("l1-block-time", time.Second, "one L1 block per interval")
	accounts := fs.Int("accounts", 3, "dev accounts funded on L1, each with a deposit into the rollup")
	deposit := fs.String("deposit", "100", "ETH each dev account deposits at start")
	fee := fs.String("priority-fee", wallet.FormatUnits(devnet.DevPriorityFee, 18), "ETH each L1 deposit or full-exit request pays (whole gwei, at most 0.05)")
	tick := fs.Duration("tick", nc.Tick.Duration, "mini-block interval")
	timeout := fs.Duration("block-timeout", devBlockTimeout, "seal a non-empty block after this long while it fits the smallest shape (longer past it: block-timeout × slots / smallest)")
	batchWait := fs.Duration("batch-wait", devBatchWait, "send blocks to L1 once --blocks-per-tx are ready or the oldest opened this long ago (default: 45s in blob mode, whose batch is proven once it is fixed; 90s in calldata mode, whose blocks are proven while they wait)")
	fs.IntVar(&nc.BlocksPerTx, "blocks-per-tx", devBlocksPerTx, "blocks per L1 transaction (one pairing check per block shape proves them all)")
	fs.IntVar(&nc.SlotGroup, "slot-group", 0, "typed slots (blob mode): in each group of this many block slots the first two take any operation, the rest only transfers; 0: untyped")
	fs.IntVar(&nc.BlobCapacity, "blob-capacity", -1, "blob mode (EIP-4844): block data in blobs, each proven by a blob circuit of this many field elements (its keys are set up on the first start); 0: calldata; -1: the profile's capacity (dev: 256 elements, ≈ 7.9 kB, plenty for dev blocks)")
	fs.BoolVar(&nc.OneTx, "one-tx", true, "commit, prove and execute proven blocks in one L1 transaction; false: commitBlocks, proveBlocks and executeBlocks in turn")
	external := fs.Bool("external-provers", false, "prove with `zkrollup prover` workers dialing the prover server instead of in process")
	fs.StringVar(&nc.ProverAddr, "prover-addr", nc.ProverAddr, "the prover server's listen address (with --external-provers)")
	fs.StringVar(&nc.Fees, "fees", "zero", "zero (transactions are free) or quote (fees from costs at the embedded L1's gas price; only ETH pays)")
	expiry := fs.Uint64("priority-expiry", 0, "L1 blocks within which the operator must process an L1 request (default: the deployment's, 20000; the exodus drill uses a few dozen)")
	operatorFor := fs.Duration("operator-for", 0, "exodus drill: stop the operator (the node) this long after the network is up, while the L1 keeps running (kill -USR1 stops it at any time)")
	fs.SetOutput(out)
	if err := fs.Parse(args); err != nil {
		return err
	}
	amount, err := wallet.ParseUnits(*deposit, 18)
	if err != nil {
		return err
	}
	priorityFee, err := wallet.ParseUnits(*fee, 18)
	if err != nil {
		return fmt.Errorf("--priority-fee: %w", err)
	}
	if nc.BlobCapacity < 0 { // the embedded L1 has blobs
		nc.BlobCapacity = deploy.ProfileBlobCapacity(*profile)
	}
	waitSet := false
	fs.Visit(func(f *flag.Flag) { waitSet = waitSet || f.Name == "batch-wait" })
	if nc.BlobCapacity > 0 && !waitSet {
		*batchWait = devBlobBatchWait
	}
	nc.Profile, nc.Tick.Duration, nc.BlockTimeout.Duration, nc.BatchWait.Duration = *profile, *tick, *timeout, *batchWait
	if nc.DataDir, err = filepath.Abs(*dataDir); err != nil {
		return err
	}
	nc.KeysDir = *keysDir
	if nc.KeysDir == "" {
		nc.KeysDir = filepath.Join("data", "keys", *profile)
	}
	nc.L1Confirmations = 0 // the embedded chain never reorganises
	nc.L1Poll.Duration = 250 * time.Millisecond
	return devnet.Run(ctx, devnet.Config{Node: nc, L1Addr: *l1Addr, L1BlockTime: *blockTime, Accounts: *accounts, Deposit: amount, DepositDUSD: new(big.Int).Mul(big.NewInt(100_000), big.NewInt(1e18)), Register: true,
		PriorityFee: priorityFee, ExternalProvers: *external, PriorityExpiryBlocks: *expiry,
		OperatorFor: *operatorFor, StopOperator: stopOnSignal(ctx)},
		node.Logger(os.Stderr), out)
}

// The dev network's seal and submit policy (issue 16): blocks wait for
// transactions a little, and the one L1 transaction that commits, proves
// and executes them waits for blocks, so that at a low load its fixed
// cost is shared; a transfer still reaches execution on L1 within two
// minutes (docs/BENCHMARKS.md, "zkrollup bench --rate 1").
const (
	devBlockTimeout = 5 * time.Second
	devBatchWait    = 90 * time.Second
	// A blob batch's proofs bind its data point, so its blocks are proven
	// only once it is fixed: blob mode waits half as long for the same
	// time to execution (docs/BENCHMARKS.md, "zkrollup dev in blob mode").
	devBlobBatchWait = 45 * time.Second
	devBlocksPerTx   = 16
)

// stopOnSignal closes its channel on SIGUSR1: the exodus drill stops the
// operator while the L1 keeps running.
func stopOnSignal(ctx context.Context) <-chan struct{} {
	stop := make(chan struct{})
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	go func() {
		defer signal.Stop(sig)
		select {
		case <-sig:
			close(stop)
		case <-ctx.Done():
		}
	}()
	return stop
}
