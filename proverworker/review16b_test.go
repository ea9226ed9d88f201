package proverworker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/grpc"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/proverpb"
	"github.com/zkrollup/zkrollup/rollup"
)

// Review 16b: where FetchKeys writes what a prover server streams. A
// server names each file; the worker must place only key files, under its
// keys directory, alone or in one shape's "<slots>-slots/" directory.

// TestReview16bKeyPathRefusesEverythingButKeyFiles: names that climb out,
// are absolute, nest, name another file, or a shape directory that is not
// a canonical 16-bit slot count from 1, are refused.
func TestReview16bKeyPathRefusesEverythingButKeyFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"", ".", "..", "/", "../x", "../block.pk", "/abs", "/block.pk", "/etc/passwd",
		"16-slots/../../x", "16-slots/../block.pk", "16-slots/..", "16-slots/.", "16-slots/",
		"0-slots/block.pk", "00-slots/block.pk", "016-slots/block.pk", "-slots/block.pk", "+16-slots/block.pk",
		"-16-slots/block.pk", "65536-slots/block.pk", "99999999999999999999-slots/block.pk", "0x10-slots/block.pk",
		"16-slots/evil", "16-slots/a/block.pk", "16-slots/16-slots/block.pk", "16-slots//block.pk", "a/16-slots/block.pk",
		"./block.pk", "./16-slots/block.pk", "16-slots/./block.pk", "16-slots", "16-slots\\block.pk",
		"16-slots\\..\\..\\x", "..\\block.pk", "block.pk/", "block.pk/x", "block.pk.tmp", "Block.pk", "block.pk ",
		" 16-slots/block.pk", "16 -slots/block.pk", "16-Slots/block.pk", "16-slot/block.pk", "16/block.pk",
		"16-slots/block.pk\x00", "16-slots\x00/block.pk", "evil", "exit.pk", "٤-slots/block.pk",
	} {
		if p, err := keyPath(dir, name); err == nil {
			t.Errorf("keyPath(%q) = %q, want it refused", name, p)
		}
	}
	for name, want := range map[string]string{
		"block.pk":                filepath.Join(dir, "block.pk"),
		"block.vk":                filepath.Join(dir, "block.vk"),
		"manifest.json":           filepath.Join(dir, "manifest.json"),
		"1-slots/block.pk":        filepath.Join(dir, "1-slots", "block.pk"),
		"64-slots/manifest.json":  filepath.Join(dir, "64-slots", "manifest.json"),
		"4096-slots/block.vk":     filepath.Join(dir, "4096-slots", "block.vk"),
		"65535-slots/block.pk":    filepath.Join(dir, "65535-slots", "block.pk"),
		"16-slots/manifest.json":  filepath.Join(dir, "16-slots", "manifest.json"),
		"8-slots/block.vk":        filepath.Join(dir, "8-slots", "block.vk"),
		"10-slots/manifest.json":  filepath.Join(dir, "10-slots", "manifest.json"),
		"100-slots/manifest.json": filepath.Join(dir, "100-slots", "manifest.json"),
	} {
		got, err := keyPath(dir, name)
		if err != nil || got != want {
			t.Errorf("keyPath(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
}

// TestReview16bLadderFilesLandWhereTheLadderReadsThem: every file a
// server streams for a profile (keys.LadderFiles) is accepted and lands in
// the directory keys.ShapeDir gives its shape, so a worker of the same
// profile finds a whole ladder (keys.HasLadder) where the server had one.
func TestReview16bLadderFilesLandWhereTheLadderReadsThem(t *testing.T) {
	for _, p := range []rollup.Params{rollup.TestParams, rollup.LadderTestParams, rollup.DevParams, rollup.ProdParams} {
		dir := t.TempDir()
		files := keys.LadderFiles(p)
		if want := 3 * len(p.Ladder()); len(files) != want {
			t.Fatalf("%v: %d files, want %d", p.Ladder(), len(files), want)
		}
		seen := map[string]bool{}
		for _, name := range files {
			got, err := keyPath(dir, name)
			if err != nil {
				t.Fatalf("%v: the server's own %q is refused: %v", p.Ladder(), name, err)
			}
			if seen[got] {
				t.Fatalf("%v: two files land at %s", p.Ladder(), got)
			}
			seen[got] = true
			found := false
			for _, n := range p.Ladder() {
				if filepath.Dir(got) == filepath.Clean(keys.ShapeDir(p, dir, n)) {
					found = true
				}
			}
			if !found {
				t.Fatalf("%v: %q lands at %s, in no shape's directory", p.Ladder(), name, got)
			}
		}
	}
}

// keyServer streams the files it is given, in order, as a prover server's
// Keys does.
type keyServer struct {
	proverpb.UnimplementedProverServer
	names []string
	data  [][]byte
}

func (s *keyServer) Keys(_ *proverpb.KeysRequest, stream grpc.ServerStreamingServer[proverpb.KeyChunk]) error {
	for i, name := range s.names {
		sum := sha256.Sum256(s.data[i])
		if err := stream.Send(&proverpb.KeyChunk{Name: name, Data: s.data[i], Sha256: hex.EncodeToString(sum[:]), Size: uint64(len(s.data[i]))}); err != nil {
			return err
		}
	}
	return nil
}

func serveKeys(t *testing.T, s proverpb.ProverServer) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer()
	proverpb.RegisterProverServer(g, s)
	go func() { _ = g.Serve(ln) }()
	t.Cleanup(g.Stop)
	return ln.Addr().String()
}

// TestReview16bFetchKeysWritesNothingOutsideItsDirectory: a server that
// streams a path-traversing, absolute or nested name among good ones gets
// FetchKeys to fail, and no file appears outside the keys directory; a
// good ladder lands in its shape directories.
func TestReview16bFetchKeysWritesNothingOutsideItsDirectory(t *testing.T) {
	for _, evil := range []string{"../x", "/abs-" + strings.ReplaceAll(t.Name(), "/", "_"), "16-slots/../../x", "0-slots/block.pk", "16-slots/evil", "16-slots/a/block.pk", "x/../../y"} {
		root := t.TempDir()
		dir := filepath.Join(root, "a", "keys")
		srv := &keyServer{names: []string{"4-slots/block.pk", evil, "4-slots/manifest.json"}, data: [][]byte{[]byte("pk"), []byte("evil"), []byte("{}")}}
		if err := FetchKeys(context.Background(), serveKeys(t, srv), dir); err == nil {
			t.Fatalf("FetchKeys accepted a file named %q", evil)
		}
		// nothing outside dir
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			if rel, _ := filepath.Rel(dir, path); strings.HasPrefix(rel, "..") {
				t.Errorf("%q: FetchKeys wrote %s outside %s", evil, path, dir)
			}
			if string(mustRead(t, path)) == "evil" {
				t.Errorf("%q: FetchKeys wrote the refused file at %s", evil, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(evil, "/") {
			if _, err := os.Stat(evil); err == nil {
				t.Fatalf("FetchKeys wrote %s", evil)
			}
		}
	}

	// a good ladder
	dir := filepath.Join(t.TempDir(), "keys")
	p := rollup.LadderTestParams
	srv := &keyServer{}
	for _, name := range keys.LadderFiles(p) {
		srv.names, srv.data = append(srv.names, name), append(srv.data, []byte("content of "+name))
	}
	if err := FetchKeys(context.Background(), serveKeys(t, srv), dir); err != nil {
		t.Fatal(err)
	}
	for _, n := range p.Ladder() {
		for _, f := range []string{"block.pk", "block.vk", "manifest.json"} {
			path := filepath.Join(keys.ShapeDir(p, dir, n), f)
			rel, _ := filepath.Rel(dir, path)
			if got := string(mustRead(t, path)); got != "content of "+filepath.ToSlash(rel) {
				t.Fatalf("%s holds %q", path, got)
			}
		}
	}
	// a chunk whose digest does not match: nothing is written
	dir = filepath.Join(t.TempDir(), "keys")
	bad := &keyServer{names: []string{"block.pk"}, data: [][]byte{[]byte("x")}}
	addr := serveKeys(t, &tamper{bad})
	if err := FetchKeys(context.Background(), addr, dir); err == nil {
		t.Fatal("FetchKeys accepted a file that does not match its digest")
	}
	if _, err := os.Stat(filepath.Join(dir, "block.pk")); err == nil {
		t.Fatal("FetchKeys wrote a file that does not match its digest")
	}
}

// tamper sends its files with the digest of other content.
type tamper struct{ *keyServer }

func (s *tamper) Keys(_ *proverpb.KeysRequest, stream grpc.ServerStreamingServer[proverpb.KeyChunk]) error {
	for i, name := range s.names {
		sum := sha256.Sum256(append([]byte("other"), s.data[i]...))
		if err := stream.Send(&proverpb.KeyChunk{Name: name, Data: s.data[i], Sha256: hex.EncodeToString(sum[:])}); err != nil {
			return err
		}
	}
	return nil
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
