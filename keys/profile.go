package keys

import (
	"context"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkrollup/zkrollup/blobcircuit"
	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
)

// SetupRate is the Groth16 setup speed measured on the 2-vCPU machine
// (412k constraints in 105 s, 1M in 152 s): it only feeds the estimate shown.
const SetupRate = 5000

// BlockShape obtains the block circuit's keys for p's shape of the given
// slots in dir (set up once, then reused); BlockLadder obtains every
// shape's.
func BlockShape(ctx context.Context, p rollup.Params, slots int, dir string, out io.Writer) (*Set, error) {
	shape := circuit.ShapeWithSlots(p, slots)
	return Ensure(ctx, Config{
		Dir:     dir,
		Circuit: shape.CircuitName(),
		Compile: func() (constraint.ConstraintSystem, error) { return prover.Compile(shape) },
		Setup:   prover.UnsafeSetup,
		Out:     out,
		Rate:    SetupRate,
	})
}

// Exit obtains the exit circuit's keys (exodus mode) for p in dir.
func Exit(ctx context.Context, p rollup.Params, dir string, out io.Writer) (*Set, error) {
	return Ensure(ctx, exitConfig(p, dir, out))
}

// LoadExit loads the exit circuit's keys for p from dir, the key set a
// deployment's exit verifier was compiled from, and never runs a setup: a
// new one would make proofs that verifier refuses. wantManifestSHA256, when
// not empty, is the hex SHA-256 the deployment records for the set's
// manifest.json (deploy.Result.ExitKeys); the manifest in turn pins the
// circuit and every key file. It refuses with ErrNoKeys, ErrManifestMismatch,
// ErrWrongCircuit or ErrCorrupt.
func LoadExit(p rollup.Params, dir, wantManifestSHA256 string) (*Set, error) {
	c := exitConfig(p, dir, nil)
	c.Setup = nil // loadOnly never sets up; nor could it by mistake
	return loadOnly(c, wantManifestSHA256)
}

// ExitCircuit is the name an exit key set's manifest gives its circuit:
// its account, balance and order tree depths.
func ExitCircuit(p rollup.Params) string {
	return fmt.Sprintf("exit depths %d/%d/%d", p.AccountDepth, p.BalanceDepth, p.OrderDepth)
}

func exitConfig(p rollup.Params, dir string, out io.Writer) Config {
	return Config{
		Dir:     dir,
		Circuit: ExitCircuit(p),
		Compile: func() (constraint.ConstraintSystem, error) {
			return prover.CompileExit(p.AccountDepth, p.BalanceDepth, p.OrderDepth)
		},
		Setup: prover.UnsafeSetup,
		Out:   out,
		Rate:  SetupRate,
	}
}

// Blob obtains the blob circuit's keys (blob mode, issue 19) for p's
// capacity in dir: set up on the first call, reused after.
func Blob(ctx context.Context, p rollup.Params, dir string, out io.Writer) (*Set, error) {
	if p.BlobCapacity <= 0 {
		return nil, fmt.Errorf("keys: the params are not blob mode (BlobCapacity %d)", p.BlobCapacity)
	}
	return Ensure(ctx, Config{
		Dir:     dir,
		Circuit: BlobCircuit(p),
		Compile: func() (constraint.ConstraintSystem, error) {
			c, err := blobcircuit.NewCircuit(p.BlobCapacity)
			if err != nil {
				return nil, err
			}
			return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		},
		Setup: prover.UnsafeSetup,
		Out:   out,
		Rate:  SetupRate,
	})
}

// BlobCircuit is the name a blob key set's manifest gives its circuit.
func BlobCircuit(p rollup.Params) string { return fmt.Sprintf("blob circuit %d", p.BlobCapacity) }
