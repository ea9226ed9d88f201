package keys

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkrollup/zkrollup/rollup"
)

// TestLoadExitLoadsTheDeployedSetAndNeverSetsUp: LoadExit returns the
// exit keys a setup wrote, pinned by their manifest's SHA-256, and refuses
// every other set, a missing one included, without ever making new keys.
func TestLoadExitLoadsTheDeployedSetAndNeverSetsUp(t *testing.T) {
	p := rollup.TestParams
	dir := filepath.Join(t.TempDir(), "test-exit")
	made, err := Exit(context.Background(), p, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ManifestSHA256(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{sum, strings.ToUpper(sum), ""} {
		s, err := LoadExit(p, dir, want)
		if err != nil {
			t.Fatalf("want %q: %v", want, err)
		}
		if !sameVK(t, s.VK, made.VK) {
			t.Fatal("LoadExit returned another verifying key than the setup made")
		}
	}

	other := p
	other.AccountDepth++
	empty := t.TempDir()
	for _, c := range []struct {
		name string
		p    rollup.Params
		dir  string
		want string
		err  error
	}{
		{"missing directory", p, filepath.Join(t.TempDir(), "nowhere"), "", ErrNoKeys},
		{"empty directory", p, empty, "", ErrNoKeys},
		{"another deployment's manifest", p, dir, strings.Repeat("ab", 32), ErrManifestMismatch},
		{"another shape", other, dir, sum, ErrWrongCircuit},
	} {
		if _, err := LoadExit(c.p, c.dir, c.want); !errors.Is(err, c.err) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.err)
		}
	}
	if names, _ := os.ReadDir(empty); len(names) != 0 {
		t.Fatalf("LoadExit wrote %d files into an empty directory: it must never set up", len(names))
	}
	if _, err := os.Stat(filepath.Join(t.TempDir(), "nowhere")); err == nil {
		t.Fatal("LoadExit created a missing directory")
	}
}

// TestCopySetKeepsAnIdenticalSetAndReplacesAnother: a copy holds what
// LoadExit accepts under the source's manifest hash; copying the same set
// again leaves the copy alone, another set replaces it whole.
func TestCopySetKeepsAnIdenticalSetAndReplacesAnother(t *testing.T) {
	p := rollup.TestParams
	src := filepath.Join(t.TempDir(), "test-exit")
	if _, err := Exit(context.Background(), p, src, nil); err != nil {
		t.Fatal(err)
	}
	want, _ := ManifestSHA256(src)
	dst := filepath.Join(t.TempDir(), "published", "exit-keys")
	sum, err := CopySet(src, dst)
	if err != nil || sum != want {
		t.Fatalf("copy: sum %s, err %v; want %s", sum, err, want)
	}
	if _, err := LoadExit(p, dst, sum); err != nil {
		t.Fatalf("the copy does not load: %v", err)
	}
	before, _ := os.Stat(filepath.Join(dst, pkFile))
	if sum, err := CopySet(src, dst); err != nil || sum != want {
		t.Fatalf("second copy: %s, %v", sum, err)
	}
	after, _ := os.Stat(filepath.Join(dst, pkFile))
	if !os.SameFile(before, after) {
		t.Fatal("an identical set was written again")
	}

	// a corrupt destination is replaced, a corrupt source refused
	corrupt(t, filepath.Join(dst, pkFile))
	if _, err := CopySet(src, dst); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadExit(p, dst, want); err != nil {
		t.Fatalf("a corrupt copy was not replaced: %v", err)
	}
	corrupt(t, filepath.Join(src, vkFile))
	if _, err := CopySet(src, filepath.Join(t.TempDir(), "x")); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt source: got %v, want ErrCorrupt", err)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dst), ".*"))
	if len(left) != 0 {
		t.Fatalf("temporary directories left behind: %v", left)
	}
}

func corrupt(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func sameVK(t *testing.T, a, b groth16.VerifyingKey) bool {
	t.Helper()
	var x, y strings.Builder
	if _, err := a.WriteTo(&x); err != nil {
		t.Fatal(err)
	}
	if _, err := b.WriteTo(&y); err != nil {
		t.Fatal(err)
	}
	return x.String() == y.String()
}
