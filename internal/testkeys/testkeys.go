// Package testkeys gives tests Groth16 keys of the small profiles from one
// cache shared by every test package and process of a machine: the first
// to ask runs the setup under a file lock, the others wait and load it.
// Each Groth16 setup of the test profile takes about 1.5 minutes on 2 cores;
// before this cache every package that proved ran its own.
//
// The cache lives in $ZKROLLUP_TESTKEYS_DIR, or zkrollup-testkeys in the
// temp directory, under the circuit's name (one per shape of a ladder) and
// the hash of its compiled constraint system, so a changed circuit never
// meets stale keys; older entries of the same name are removed.
// Keys made here use local randomness: tests only.
package testkeys

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkrollup/zkrollup/blobcircuit"
	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
)

// Block returns the block circuit's keys for p and the directory they are in.
func Block(t testing.TB, p rollup.Params) (*keys.Set, string) {
	t.Helper()
	shape := circuit.ShapeOf(p)
	return get(t, "block", shape.CircuitName(), func() (constraint.ConstraintSystem, error) { return prover.Compile(shape) })
}

// Ladder returns the block circuit's keys of every shape of p's ladder.
func Ladder(t testing.TB, p rollup.Params) *keys.Ladder {
	t.Helper()
	l := &keys.Ladder{}
	for _, shape := range circuit.Shapes(p) {
		set, _ := get(t, "block", shape.CircuitName(), func() (constraint.ConstraintSystem, error) { return prover.Compile(shape) })
		l.Slots, l.Sets = append(l.Slots, shape.Slots), append(l.Sets, set)
	}
	return l
}

// Exit returns the exit circuit's keys for p and the directory they are in.
func Exit(t testing.TB, p rollup.Params) (*keys.Set, string) {
	t.Helper()
	return get(t, "exit", keys.ExitCircuit(p), func() (constraint.ConstraintSystem, error) {
		return prover.CompileExit(p.AccountDepth, p.BalanceDepth, p.OrderDepth)
	})
}

func root() string {
	if d := os.Getenv("ZKROLLUP_TESTKEYS_DIR"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "zkrollup-testkeys")
}

func get(t testing.TB, kind, name string, compile func() (constraint.ConstraintSystem, error)) (*keys.Set, string) {
	t.Helper()
	ccs, err := compile()
	if err != nil {
		t.Fatal(err)
	}
	full, err := keys.CircuitHash(ccs)
	if err != nil {
		t.Fatal(err)
	}
	id := full[:16]
	// one directory per circuit name (a shape), so the shapes of a ladder
	// keep their keys side by side; within it a changed circuit replaces
	// the older keys
	base := filepath.Join(root(), kind, slug(name))
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
	unlock, err := lock(filepath.Join(base, ".lock"))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	dir := filepath.Join(base, id)
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		// a new circuit: drop the keys of older ones
		old, _ := filepath.Glob(filepath.Join(base, "*"))
		for _, o := range old {
			if filepath.Base(o) != ".lock" {
				os.RemoveAll(o)
			}
		}
	}
	set, err := keys.Ensure(context.Background(), keys.Config{
		Dir: dir, Circuit: name,
		Compile: func() (constraint.ConstraintSystem, error) { return ccs, nil },
		Setup:   prover.UnsafeSetup,
	})
	if err != nil {
		t.Fatal(err)
	}
	return set, dir
}

// slug makes a circuit name a directory name.
func slug(name string) string {
	b := []byte(name)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			b[i] = '-'
		}
	}
	return string(b)
}

// lock takes an exclusive lock on path, waiting for other processes.
func lock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// Blob returns the keys of the blob circuit of capacity n (elements).
func Blob(t testing.TB, n int) (*keys.Set, string) {
	t.Helper()
	return get(t, "blob", fmt.Sprintf("blob circuit %d", n), func() (constraint.ConstraintSystem, error) {
		c, err := blobcircuit.NewCircuit(n)
		if err != nil {
			return nil, err
		}
		return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	})
}
