package keys

import (
	"context"
	"fmt"
	"io"

	"github.com/consensys/gnark/constraint"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
)

// SetupRate is the Groth16 setup speed measured on the 2-vCPU machine
// (412k constraints in 105 s, 1M in 152 s): it only feeds the estimate shown.
const SetupRate = 5000

// Block obtains the block circuit's keys for p in dir (set up once, then reused).
func Block(ctx context.Context, p rollup.Params, dir string, out io.Writer) (*Set, error) {
	shape := circuit.ShapeOf(p)
	return Ensure(ctx, Config{
		Dir:     dir,
		Circuit: fmt.Sprintf("block %+v", shape),
		Compile: func() (constraint.ConstraintSystem, error) { return prover.Compile(shape) },
		Setup:   prover.UnsafeSetup,
		Out:     out,
		Rate:    SetupRate,
	})
}

// Exit obtains the exit circuit's keys (exodus mode) for p in dir.
func Exit(ctx context.Context, p rollup.Params, dir string, out io.Writer) (*Set, error) {
	return Ensure(ctx, Config{
		Dir:     dir,
		Circuit: fmt.Sprintf("exit depths %d/%d", p.AccountDepth, p.BalanceDepth),
		Compile: func() (constraint.ConstraintSystem, error) { return prover.CompileExit(p.AccountDepth, p.BalanceDepth) },
		Setup:   prover.UnsafeSetup,
		Out:     out,
		Rate:    SetupRate,
	})
}
