// Command zkrollup is the rollup's one binary. main is wiring only: it picks
// the subcommand, parses its flags and runs it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/consensys/gnark/logger"
)

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, out io.Writer) error
}

var commands = []command{
	{"demo", "run a scripted scenario through the state transition and print receipts and roots", runDemo},
	{"dev", "run everything in one process with an embedded L1: make run", runDev},
	{"node", "run the components --components names: api, sequencer (the default pair), watcher, aggregator, prover, proverserver", runNode},
	{"deploy", "put the verifiers and the Rollup contract on an L1 (operator key from ZKROLLUP_OPERATOR_KEY)", runDeploy},
	{"prover", "a stateless prover worker: dials the node's prover server (--server host:port)", runProver},
	{"wallet", "keys, deposit, register, transfer, withdraw, claim, full exit, balances, status", runWallet},
	{"bench", "load generator: transfers over JSON-RPC, throughput and soft-confirmation latency", runBench},
	{"keys", "circuit key setup (setup) and Solidity verifier export (export-verifier)", runKeys},
	{"restore", "rebuild the rollup's state from L1 data alone, each block checked against the contract (--deployment FILE)", runRestore},
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zkrollup <command> [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
}

func main() {
	// gnark logs every compile and proof at debug level on stdout; the
	// node reports what matters itself. ZKROLLUP_GNARK_LOG=1 keeps it.
	if os.Getenv("ZKROLLUP_GNARK_LOG") == "" {
		logger.Disable()
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, out, errOut io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(out)
		return 0
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	for _, c := range commands {
		if c.name == args[0] {
			if err := c.run(ctx, args[1:], out); err != nil {
				if errors.Is(err, flag.ErrHelp) {
					return 0
				}
				fmt.Fprintf(errOut, "zkrollup %s: %v\n", c.name, err)
				return 1
			}
			return 0
		}
	}
	fmt.Fprintf(errOut, "zkrollup: unknown command %q\n\n", args[0])
	usage(errOut)
	return 2
}
