package deploy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/rollup"
)

// testDeployment is a deployment of the test profile, as Rollup returns it.
func testDeployment() Result {
	p := rollup.TestParams
	p.L1 = rollup.L1Domain{ChainID: 31337, Contract: common.Address{0xaa}}
	return Result{Rollup: common.Address{0xaa}, ChainID: 31337, Block: 5, Params: p}
}

// publish writes a deployment with the test profile's exit keys into a
// new directory and returns the file's path.
func publish(t *testing.T) string {
	t.Helper()
	_, src := testkeys.Exit(t, rollup.TestParams)
	path := filepath.Join(t.TempDir(), "testnet.json")
	r := testDeployment()
	if err := r.SaveWithExitKeys(path, src); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSaveWithExitKeysPublishesTheSetBesideTheDeployment: the exit keys
// are copied beside the deployment file, recorded relative to it with
// their manifest's SHA-256, and load from the file wherever the two are
// moved together.
func TestSaveWithExitKeysPublishesTheSetBesideTheDeployment(t *testing.T) {
	_, src := testkeys.Exit(t, rollup.TestParams)
	path := publish(t)

	var raw map[string]json.RawMessage
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	if raw["params"] == nil || raw["exitKeys"] == nil {
		t.Fatalf("deployment file without params or exitKeys: %s", b)
	}
	r, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := keys.ManifestSHA256(src)
	if r.ExitKeys == nil || r.ExitKeys.Dir != "testnet-exit-keys" || r.ExitKeys.SHA256 != want {
		t.Fatalf("recorded %+v, want dir testnet-exit-keys and sha256 %s", r.ExitKeys, want)
	}
	if !reflect.DeepEqual(r.Params, testDeployment().Params) {
		t.Fatalf("params %+v, want %+v", r.Params, testDeployment().Params)
	}
	for _, name := range []string{"manifest.json", "block.pk", "block.vk"} {
		if _, err := os.Stat(filepath.Join(filepath.Dir(path), "testnet-exit-keys", name)); err != nil {
			t.Fatalf("the published set lacks %s: %v", name, err)
		}
	}

	// the file and its keys moved elsewhere together still load
	moved := filepath.Join(t.TempDir(), "release")
	if err := os.Rename(filepath.Dir(path), moved); err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(moved, "testnet.json")
	dir, sha, err := ExitKeysFor(path, r)
	if err != nil || dir != filepath.Join(moved, "testnet-exit-keys") || sha != want {
		t.Fatalf("ExitKeysFor: %s %s %v", dir, sha, err)
	}
	if _, _, err := LoadExitKeys(path); err != nil {
		t.Fatalf("the moved deployment's exit keys: %v", err)
	}

	// saving again keeps the identical set in place
	before, _ := os.Stat(filepath.Join(dir, "block.pk"))
	if err := r.SaveWithExitKeys(path, src); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(filepath.Join(dir, "block.pk"))
	if !os.SameFile(before, after) {
		t.Fatal("an identical key set was copied again")
	}
}

// TestLoadExitKeysRefusesAnotherSet: a key file or a manifest changed
// after publication, or a missing set, is refused with an error that says
// so, and nothing is ever set up in its place.
func TestLoadExitKeysRefusesAnotherSet(t *testing.T) {
	for _, c := range []struct {
		name   string
		tamper func(t *testing.T, dir string)
		want   error
	}{
		{"a flipped byte in block.pk", func(t *testing.T, dir string) { flip(t, filepath.Join(dir, "block.pk")) }, keys.ErrCorrupt},
		{"a flipped byte in block.vk", func(t *testing.T, dir string) { flip(t, filepath.Join(dir, "block.vk")) }, keys.ErrCorrupt},
		{"a manifest rewritten for a changed block.pk", func(t *testing.T, dir string) {
			flip(t, filepath.Join(dir, "block.pk"))
			m, err := keys.ReadManifest(dir)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(filepath.Join(dir, "block.pk"))
			m.SHA256["block.pk"] = sha256Hex(b)
			mb, _ := json.MarshalIndent(m, "", "  ")
			if err := os.WriteFile(filepath.Join(dir, "manifest.json"), mb, 0o644); err != nil {
				t.Fatal(err)
			}
		}, keys.ErrManifestMismatch},
		{"a removed directory", func(t *testing.T, dir string) {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}, keys.ErrNoKeys},
		{"an emptied directory", func(t *testing.T, dir string) {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}, keys.ErrNoKeys},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := publish(t)
			r, _ := Load(path)
			dir, _, _ := ExitKeysFor(path, r)
			c.tamper(t, dir)
			_, _, err := LoadExitKeys(path)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if names, _ := os.ReadDir(dir); c.want == keys.ErrNoKeys && len(names) != 0 {
				t.Fatalf("loading wrote %d files: it must never set up", len(names))
			}
		})
	}
}

func TestSaveWithExitKeysRefusesAnotherShapesKeys(t *testing.T) {
	_, src := testkeys.Exit(t, rollup.TestParams)
	r := testDeployment()
	r.Params.AccountDepth = rollup.DevParams.AccountDepth
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := r.SaveWithExitKeys(path, src); !errors.Is(err, keys.ErrWrongCircuit) {
		t.Fatalf("got %v, want ErrWrongCircuit", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("a deployment was written with another shape's keys")
	}
}

func TestExitKeysForAnOlderDeploymentSaysWhatToDo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := os.WriteFile(path, []byte(`{"rollup": "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81", "block": 7}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.HasParams() {
		t.Fatalf("an old file has params %+v", r.Params)
	}
	_, _, err = ExitKeysFor(path, r)
	if !errors.Is(err, ErrNoExitKeys) || !strings.Contains(err.Error(), "--exit-keys") {
		t.Fatalf("got %v, want ErrNoExitKeys naming --exit-keys", err)
	}
	if _, _, err := LoadExitKeys(path); !errors.Is(err, ErrNoExitKeys) {
		t.Fatalf("LoadExitKeys: got %v, want ErrNoExitKeys", err)
	}
}

func TestCheckParamsRefusesAnotherShape(t *testing.T) {
	d := testDeployment()
	for _, c := range []struct {
		name string
		r    Result
		p    func(*rollup.Params)
		ok   bool
	}{
		{"same params", d, func(*rollup.Params) {}, true},
		{"another L1 domain (not part of the shape)", d, func(p *rollup.Params) { p.L1 = rollup.L1Domain{} }, true},
		{"an older file without params", Result{}, func(p *rollup.Params) { p.AccountDepth = 24 }, true},
		{"account depth", d, func(p *rollup.Params) { p.AccountDepth++ }, false},
		{"balance depth", d, func(p *rollup.Params) { p.BalanceDepth++ }, false},
		{"order depth", d, func(p *rollup.Params) { p.OrderDepth++ }, false},
		{"block slots", d, func(p *rollup.Params) { p.BlockSlots *= 2 }, false},
		{"fee token slots", d, func(p *rollup.Params) { p.FeeTokenSlots++ }, false},
		{"rollup chain id", d, func(p *rollup.Params) { p.ChainID++ }, false},
	} {
		p := d.Params
		c.p(&p)
		err := c.r.CheckParams(p)
		if c.ok != (err == nil) || (err != nil && !errors.Is(err, ErrParamsMismatch)) {
			t.Errorf("%s: got %v, want ok=%v", c.name, err, c.ok)
		}
	}
}

func flip(t *testing.T, path string) {
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

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
