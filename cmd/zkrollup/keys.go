package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
)

func runKeys(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 || (args[0] != "setup" && args[0] != "export-verifier") {
		return errors.New("usage: zkrollup keys setup|export-verifier [--profile test|dev|prod] [--data-dir DIR] [--slots N] [--out FILE]")
	}
	fs := flag.NewFlagSet("keys "+args[0], flag.ContinueOnError)
	profile := fs.String("profile", "dev", "protocol parameters: test, dev or prod")
	dataDir := fs.String("data-dir", "data", "where keys are kept (DIR/keys/PROFILE)")
	outFile := fs.String("out", "", "export-verifier: write the Solidity verifier here instead of standard output")
	slots := fs.Int("slots", 0, "export-verifier: the block shape whose batch verifier to write (default: the largest)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	p, err := paramsFor(*profile)
	if err != nil {
		return err
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
