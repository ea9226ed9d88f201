package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
)

func runKeys(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 || (args[0] != "setup" && args[0] != "export-verifier") {
		return errors.New("usage: zkrollup keys setup|export-verifier [--profile test|dev|prod] [--blob-capacity N] [--slot-group N] [--data-dir DIR] [--slots N] [--out FILE]")
	}
	fs := flag.NewFlagSet("keys "+args[0], flag.ContinueOnError)
	profile := fs.String("profile", "dev", "protocol parameters: test, dev or prod")
	dataDir := fs.String("data-dir", "data", "where keys are kept (DIR/keys/PROFILE)")
	outFile := fs.String("out", "", "export-verifier: write the Solidity verifier here instead of standard output")
	slots := fs.Int("slots", 0, "export-verifier: the block shape whose batch verifier to write (default: the largest)")
	blobCapacity := fs.Int("blob-capacity", -1, "the data mode the keys are for, as `zkrollup deploy` takes it: the blob circuit's capacity in field elements (blob mode: the block circuit's blob-mode keys and the blob circuit's, in DIR/keys/PROFILE-blob); 0: calldata mode; -1: the profile's capacity (blob mode, what deploy picks on an L1 with blobs)")
	slotGroup := fs.Int("slot-group", 0, "typed slots (blob mode), as `zkrollup deploy --slot-group`")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	p, err := paramsFor(*profile)
	if err != nil {
		return err
	}
	if *blobCapacity < 0 {
		*blobCapacity = deploy.ProfileBlobCapacity(*profile)
	}
	p.BlobCapacity, p.SlotGroup = *blobCapacity, *slotGroup
	if err := p.Check(); err != nil {
		return fmt.Errorf("--blob-capacity / --slot-group: %w", err)
	}
	dir := filepath.Join(*dataDir, "keys", *profile)
	ladder, err := keys.BlockLadder(ctx, p, dir, out)
	if err != nil {
		return err
	}
	if args[0] == "setup" {
		for i, n := range ladder.Slots {
			fmt.Fprintf(out, "keys: the %d-slot block shape ready in %s (%d constraints)\n", n, keys.ShapeDir(p, dir, n),
				ladder.Sets[i].CCS.GetNbConstraints())
		}
		if p.BlobCapacity > 0 {
			set, err := keys.Blob(ctx, p, deploy.BlobKeysDir(dir), out)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "keys: the blob circuit of %d elements ready in %s (%d constraints)\n", p.BlobCapacity,
				deploy.BlobKeysDir(dir), set.CCS.GetNbConstraints())
		}
		return nil
	}
	set, err := ladder.For(*slots)
	if *slots == 0 {
		set, err = ladder.For(p.BlockSlots)
	}
	if err != nil {
		return err
	}
	w := out
	if *outFile != "" {
		f, err := os.Create(*outFile)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	return prover.ExportBatchSolidity(set.VK, w)
}
