package proverpb

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedCodeMatchesProto regenerates the Go code from prover.proto
// with the pinned plugins and compares it with the committed files.
func TestGeneratedCodeMatchesProto(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the protoc plugins")
	}
	if _, err := exec.LookPath("protoc"); err != nil {
		msg := "protoc is not installed (Debian: apt-get install protobuf-compiler)"
		if os.Getenv("ZKROLLUP_REQUIRE_PROTOC") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir := t.TempDir()
	if out, err := exec.Command("./gen.sh", dir).CombinedOutput(); err != nil {
		t.Fatalf("gen.sh: %v\n%s", err, out)
	}
	for _, f := range []string{"prover.pb.go", "prover_grpc.pb.go"} {
		fresh, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("%s differs from what prover.proto generates: run proverpb/gen.sh and commit", f)
		}
	}
}
