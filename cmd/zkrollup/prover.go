package main

import (
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/proverworker"
)

// runProver is a stateless prover worker.
func runProver(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("prover", flag.ContinueOnError)
	server := fs.String("server", "127.0.0.1:3040", "the node's prover server (host:port)")
	profile := fs.String("profile", "dev", "the key profile: test, dev or prod")
	keysDir := fs.String("keys-dir", "", "proving keys (default data/keys/PROFILE; fetched from the server if missing)")
	name := fs.String("name", "", "name shown in the server's logs (default: the host name)")
	fs.SetOutput(out)
	if err := fs.Parse(args); err != nil {
		return err
	}
	p, err := paramsFor(*profile)
	if err != nil {
		return err
	}
	if *keysDir == "" {
		*keysDir = filepath.Join("data", "keys", *profile)
	}
	return proverworker.Run(ctx, proverworker.Config{Server: *server, Name: *name, Profile: *profile, Params: p,
		KeysDir: *keysDir, MaxBackoff: 30 * time.Second}, node.Logger(os.Stderr))
}
