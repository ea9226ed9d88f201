package main

import (
	"context"
	"io"
	"os"
	"runtime/pprof"

	"github.com/zkrollup/zkrollup/node"
)

func runNode(ctx context.Context, args []string, out io.Writer) error {
	cfg, err := node.Load(args, os.Getenv)
	if err != nil {
		return err
	}
	// ZKROLLUP_CPUPROFILE=file writes a CPU profile of the run (for the benchmarks).
	if path := os.Getenv("ZKROLLUP_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	return node.Run(ctx, cfg, node.Logger(os.Stderr), out)
}
