package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/wallet"
)

// runDeploy puts the rollup on an L1 with the operator's key (from
// ZKROLLUP_OPERATOR_KEY) and writes the deployment file the node reads.
func runDeploy(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	l1URL := fs.String("l1-url", "http://127.0.0.1:8545", "JSON-RPC of the L1 node")
	profile := fs.String("profile", "dev", "state and block shape: test, dev or prod")
	keysDir := fs.String("keys-dir", "", "circuit keys (default data/keys/PROFILE; set up if missing)")
	outFile := fs.String("out", "deployment.json", "where to write the deployment")
	governance := fs.String("governance", "", "governance address (default: the operator)")
	expiry := fs.Uint64("priority-expiry", 20_000, "L1 blocks within which the operator must process a deposit or exit request")
	fee := fs.String("priority-fee", wallet.FormatUnits(deploy.DefaultPriorityFee, 18), "ETH each deposit or full-exit request pays (whole gwei, at most 0.05); an exit of a non-zero balance gets it back")
	feeRecipient := fs.String("fee-recipient", "", "address that earns the priority fees (default: the operator)")
	slotGroup := fs.Int("slot-group", 0, "typed slots (blob mode): in each group of this many block slots the first two take any operation, the rest only transfers, whose circuit is cheaper; 0: every slot takes any operation")
	blobCapacity := fs.Int("blob-capacity", -1, "blob mode (EIP-4844): the blob circuit's capacity in field elements, 1 to 4096 (4096: whole blobs); 0: block data in calldata; -1: blob mode with the profile's capacity when the L1 has blobs (its head carries a blob base fee), calldata otherwise")
	fs.SetOutput(out)
	if err := fs.Parse(args); err != nil {
		return err
	}
	hexKey := os.Getenv("ZKROLLUP_OPERATOR_KEY")
	if hexKey == "" {
		return errors.New("set ZKROLLUP_OPERATOR_KEY to the operator's L1 private key (hex)")
	}
	key, err := wallet.ParseKey(hexKey)
	if err != nil {
		return fmt.Errorf("ZKROLLUP_OPERATOR_KEY: %w", err)
	}
	p, err := paramsFor(*profile)
	if err != nil {
		return err
	}
	if *keysDir == "" {
		*keysDir = filepath.Join("data", "keys", *profile)
	}
	var gov, recipient common.Address
	if *governance != "" {
		if !common.IsHexAddress(*governance) {
			return fmt.Errorf("--governance %q is not an address", *governance)
		}
		gov = common.HexToAddress(*governance)
	}
	if *feeRecipient != "" {
		if !common.IsHexAddress(*feeRecipient) {
			return fmt.Errorf("--fee-recipient %q is not an address", *feeRecipient)
		}
		recipient = common.HexToAddress(*feeRecipient)
	}
	priorityFee, err := wallet.ParseUnits(*fee, 18)
	if err != nil {
		return fmt.Errorf("--priority-fee: %w", err)
	}
	c, err := ethclient.DialContext(ctx, *l1URL)
	if err != nil {
		return fmt.Errorf("L1 at %s: %w", *l1URL, err)
	}
	defer c.Close()
	if *blobCapacity < 0 {
		if *blobCapacity, err = deploy.DefaultBlobCapacity(ctx, c, *profile); err != nil {
			return err
		}
		if *blobCapacity > 0 {
			fmt.Fprintf(out, "the L1 has blobs: blob mode, a blob circuit of %d field elements (--blob-capacity 0 puts block data in calldata)\n", *blobCapacity)
		} else {
			fmt.Fprintln(out, "the L1 has no blobs (its head carries no blob base fee): block data goes in calldata")
		}
	}
	p.BlobCapacity, p.SlotGroup = *blobCapacity, *slotGroup
	if err := p.Check(); err != nil {
		return fmt.Errorf("--blob-capacity / --slot-group: %w", err)
	}
	_, blockCode, exitCode, err := deploy.Verifiers(ctx, p, *keysDir, out)
	if err != nil {
		return err
	}
	var blobCode []byte
	if p.BlobCapacity > 0 {
		if _, blobCode, err = deploy.BlobVerifier(ctx, p, *keysDir, out); err != nil {
			return err
		}
	}
	res, err := deploy.Rollup(ctx, c, key, p, blockCode, exitCode, deploy.Options{Governance: gov, PriorityExpiryBlocks: *expiry,
		PriorityFee: priorityFee, FeeRecipient: recipient, BlobVerifier: blobCode}, out)
	if err != nil {
		return err
	}
	if err := res.SaveWithExitKeys(*outFile, deploy.ExitKeysDir(*keysDir)); err != nil {
		return err
	}
	fmt.Fprintf(out, "deployment written to %s, its exit keys to %s (publish both: users need them in exodus); run the node with --deployment %s --l1-url %s\n",
		*outFile, filepath.Join(filepath.Dir(*outFile), res.ExitKeys.Dir), *outFile, *l1URL)
	return nil
}
