package keys

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

type square struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func config(dir string, setups *int, out *bytes.Buffer) Config {
	return Config{
		Dir: dir, Circuit: "square", Out: out, Rate: 1000,
		Compile: func() (constraint.ConstraintSystem, error) {
			return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &square{})
		},
		Setup: func(ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
			*setups++
			return groth16.Setup(ccs)
		},
	}
}

func proveSquare(t *testing.T, s *Set) {
	t.Helper()
	w, _ := frontend.NewWitness(&square{X: 3, Y: 9}, ecc.BN254.ScalarField())
	p, err := groth16.Prove(s.CCS, s.PK, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(p, s.VK, pub); err != nil {
		t.Fatalf("loaded keys do not prove and verify: %v", err)
	}
}

func TestEnsureSetsUpOnceThenReusesVerifiedKeys(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys", "test")
	setups := 0
	var out bytes.Buffer
	s, err := Ensure(context.Background(), config(dir, &setups, &out))
	if err != nil {
		t.Fatal(err)
	}
	if setups != 1 || !strings.Contains(out.String(), "UNSAFE FOR PRODUCTION") {
		t.Fatalf("first run: %d setups, output %q", setups, out.String())
	}
	proveSquare(t, s)

	out.Reset()
	s2, err := Ensure(context.Background(), config(dir, &setups, &out))
	if err != nil {
		t.Fatal(err)
	}
	if setups != 1 || !strings.Contains(out.String(), "reusing") {
		t.Fatalf("second run set up again (%d) or said %q", setups, out.String())
	}
	proveSquare(t, s2) // the reloaded proving key works with the reloaded verifying key
	w, _ := frontend.NewWitness(&square{X: 3, Y: 9}, ecc.BN254.ScalarField())
	p, _ := groth16.Prove(s2.CCS, s2.PK, w)
	pub, _ := w.Public()
	if err := groth16.Verify(p, s.VK, pub); err != nil {
		t.Fatal("reloaded proving key does not match the original verifying key")
	}

	// a flipped byte in the proving key is caught by its checksum
	pkPath := filepath.Join(dir, pkFile)
	b, _ := os.ReadFile(pkPath)
	b[len(b)/2] ^= 1
	if err := os.WriteFile(pkPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Ensure(context.Background(), config(dir, &setups, &out)); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt key: got %v, want ErrCorrupt", err)
	}

	// keys for another circuit are not reused
	c := config(dir, &setups, &out)
	c.Circuit = "square-v2"
	if _, err := Ensure(context.Background(), c); err != nil || setups != 2 {
		t.Fatalf("another circuit: %v, %d setups", err, setups)
	}
}

func TestKeysWithoutManifestAreNotTrusted(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, pkFile), []byte("half-written"), 0o644); err != nil {
		t.Fatal(err)
	}
	setups := 0
	if _, err := Ensure(context.Background(), config(dir, &setups, &bytes.Buffer{})); err != nil || setups != 1 {
		t.Fatalf("keys without a manifest: %v, %d setups", err, setups)
	}
}

// cube has as many constraints as square but different ones.
type cube struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *cube) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X, 2), c.Y)
	return nil
}

// TestChangedCircuitWithTheSameCountIsSetUpAgain: keys are reused only for
// the very circuit they were made for, not for another of the same name and
// constraint count (a changed constraint would give proofs that never verify).
func TestChangedCircuitWithTheSameCountIsSetUpAgain(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	setups := 0
	var out bytes.Buffer
	if _, err := Ensure(context.Background(), config(dir, &setups, &out)); err != nil {
		t.Fatal(err)
	}
	c := config(dir, &setups, &out)
	c.Compile = func() (constraint.ConstraintSystem, error) {
		return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &cube{})
	}
	ccsA, _ := config(dir, &setups, &out).Compile()
	ccsB, _ := c.Compile()
	if ccsA.GetNbConstraints() != ccsB.GetNbConstraints() {
		t.Fatalf("the two circuits should have the same count: %d, %d", ccsA.GetNbConstraints(), ccsB.GetNbConstraints())
	}
	out.Reset()
	if _, err := Ensure(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if setups != 2 || !strings.Contains(out.String(), "running the setup again") {
		t.Fatalf("a changed circuit reused the keys: %d setups, %q", setups, out.String())
	}
}
