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
		return errors.New("usage: zkrollup keys setup|export-verifier [--profile test|dev|prod] [--data-dir DIR] [--out FILE]")
	}
	fs := flag.NewFlagSet("keys "+args[0], flag.ContinueOnError)
	profile := fs.String("profile", "dev", "protocol parameters: test, dev or prod")
	dataDir := fs.String("data-dir", "data", "where keys are kept (DIR/keys/PROFILE)")
	outFile := fs.String("out", "", "export-verifier: write the Solidity verifier here instead of standard output")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	p, err := paramsFor(*profile)
	if err != nil {
		return err
	}
	set, err := keys.Block(ctx, p, filepath.Join(*dataDir, "keys", *profile), out)
	if err != nil {
		return err
	}
	if args[0] == "setup" {
		fmt.Fprintf(out, "keys: ready in %s (%d constraints)\n", filepath.Join(*dataDir, "keys", *profile), set.CCS.GetNbConstraints())
		return nil
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
	return prover.ExportSolidity(set.VK, w)
}
