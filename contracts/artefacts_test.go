// Package contracts holds the Solidity sources, their committed build
// (build/) and Go bindings (gen/). This test keeps them in step.
package contracts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/zkrollup/zkrollup/internal/evmtest"
)

// TestArtefactsReproduce rebuilds every artefact from the sources with the
// pinned compiler and fails if any committed file differs: run
// `make contracts` after changing a contract.
func TestArtefactsReproduce(t *testing.T) {
	evmtest.RequireSolc(t)
	tmp := t.TempDir()
	build, gen := filepath.Join(tmp, "build"), filepath.Join(tmp, "gen")
	cmd := exec.Command("bash", "build.sh", build, gen)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build.sh: %v\n%s", err, out)
	}
	compared := 0
	for _, dir := range []struct{ fresh, committed string }{{build, "build"}, {gen, "gen"}} {
		err := filepath.Walk(dir.fresh, func(path string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(dir.fresh, path)
			fresh, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			committed, err := os.ReadFile(filepath.Join(dir.committed, rel))
			if err != nil {
				t.Errorf("%s/%s is built but not committed (run make contracts)", dir.committed, rel)
				return nil
			}
			if !bytes.Equal(fresh, committed) {
				t.Errorf("%s/%s differs from a fresh build of the sources (run make contracts)", dir.committed, rel)
			}
			compared++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if compared != 8 {
		t.Errorf("compared %d files, want 8 (4 contracts × ABI/bytecode and binding)", compared)
	}
}
