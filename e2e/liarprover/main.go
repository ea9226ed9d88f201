// Command liarprover is a test double for the e2e tests: a real prover
// worker process whose first proof is tampered with, so the prover
// server's verification and retry run across process boundaries. It is
// built by the tests, never shipped.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/consensys/gnark/logger"

	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/proverworker"
	"github.com/zkrollup/zkrollup/rollup"
)

func main() {
	server := flag.String("server", "", "prover server")
	keysDir := flag.String("keys-dir", "", "test-profile keys")
	flag.Parse()
	logger.Disable()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var lied atomic.Bool
	err := proverworker.Run(ctx, proverworker.Config{Server: *server, Name: "liar", Profile: "test", Params: rollup.TestParams,
		KeysDir: *keysDir, MaxBackoff: 2 * time.Second, Tamper: func(p []byte) []byte {
			if lied.Swap(true) {
				return p
			}
			out := append([]byte(nil), p...)
			out[len(out)/2] ^= 1
			fmt.Fprintln(os.Stderr, "liarprover: sent a tampered proof")
			return out
		}}, node.Logger(os.Stderr))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
