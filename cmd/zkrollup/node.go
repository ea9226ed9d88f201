package main

import (
	"context"
	"io"
	"os"

	"github.com/zkrollup/zkrollup/node"
)

func runNode(ctx context.Context, args []string, out io.Writer) error {
	cfg, err := node.Load(args, os.Getenv)
	if err != nil {
		return err
	}
	return node.Run(ctx, cfg, node.Logger(os.Stderr), out)
}
