package deploy

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/rollup"
)

// ExitKeys records the exit circuit's key set of a deployment: users need
// it to prove their balances in exodus, when the operator may be gone.
type ExitKeys struct {
	// Dir is the key directory, relative to the deployment file's directory.
	Dir string `json:"dir"`
	// SHA256 is the hex SHA-256 of the set's manifest.json, which lists the
	// circuit's hash and every key file's SHA-256: it pins the whole set.
	SHA256 string `json:"sha256"`
}

var (
	// ErrNoExitKeys means a deployment file records no exit key set.
	ErrNoExitKeys = errors.New("the deployment file records no exit keys (written by an older zkrollup): re-deploy with this version or pass --exit-keys")
	// ErrParamsMismatch means a deployment was made for another shape.
	ErrParamsMismatch = errors.New("the deployment was made for other protocol params")
)

// ExitKeysDirName is the name of the directory SaveWithExitKeys writes the
// exit keys of the deployment file at path into, beside it: the file's
// base name without .json, then "-exit-keys".
func ExitKeysDirName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), ".json") + "-exit-keys"
}

// SaveWithExitKeys copies the exit key set in exitKeysDir beside the
// deployment file at path (ExitKeysDirName), checking every key file
// against the set's manifest, records the copy in r.ExitKeys and writes
// the deployment. A directory already holding the same set is kept.
// Publish the file and the directory together.
func (r *Result) SaveWithExitKeys(path, exitKeysDir string) error {
	if r.HasParams() {
		m, err := keys.ReadManifest(exitKeysDir)
		if err != nil {
			return fmt.Errorf("exit keys %s: %w", exitKeysDir, err)
		}
		if want := keys.ExitCircuit(r.Params); m.Circuit != want {
			return fmt.Errorf("exit keys %s are for %q, the deployment for %q: %w", exitKeysDir, m.Circuit, want, keys.ErrWrongCircuit)
		}
	}
	name := ExitKeysDirName(path)
	sum, err := keys.CopySet(exitKeysDir, filepath.Join(filepath.Dir(path), name))
	if err != nil {
		return fmt.Errorf("copy the exit keys beside %s: %w", path, err)
	}
	r.ExitKeys = &ExitKeys{Dir: name, SHA256: sum}
	return r.Save(path)
}

// ExitKeysFor returns the exit key directory a deployment read from
// deploymentPath records, resolved against the file's directory, and the
// manifest SHA-256 it records (for keys.LoadExit).
func ExitKeysFor(deploymentPath string, r Result) (dir, sha string, err error) {
	if r.ExitKeys == nil || r.ExitKeys.Dir == "" || r.ExitKeys.SHA256 == "" {
		return "", "", fmt.Errorf("%s: %w", deploymentPath, ErrNoExitKeys)
	}
	dir = r.ExitKeys.Dir
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(filepath.Dir(deploymentPath), dir)
	}
	return dir, r.ExitKeys.SHA256, nil
}

// LoadExitKeys reads the deployment file at path and loads the exit key
// set it records, for the params it records, checked against its manifest
// SHA-256; it never runs a setup (keys.LoadExit).
func LoadExitKeys(path string) (*keys.Set, Result, error) {
	r, err := Load(path)
	if err != nil {
		return nil, r, err
	}
	dir, sha, err := ExitKeysFor(path, r)
	if err != nil {
		return nil, r, err
	}
	if !r.HasParams() {
		return nil, r, fmt.Errorf("%s records exit keys but no params: re-deploy with this version", path)
	}
	s, err := keys.LoadExit(r.Params, dir, sha)
	if err != nil {
		return nil, r, fmt.Errorf("exit keys of %s: %w", path, err)
	}
	return s, r, nil
}

// HasParams reports whether the deployment records its params (files
// written before they were recorded do not).
func (r Result) HasParams() bool { return !reflect.DeepEqual(r.Params, rollup.Params{}) }

// CheckParams refuses params p whose shape (depths, slots, rollup chain
// id) differs from the one the deployment was made for: its verifiers and
// contract accept only blocks of that shape. A deployment that records no
// params passes.
func (r Result) CheckParams(p rollup.Params) error {
	if !r.HasParams() {
		return nil
	}
	d := r.Params
	var diffs []string
	for _, f := range []struct {
		name       string
		have, want uint64
	}{
		{"AccountDepth", uint64(p.AccountDepth), uint64(d.AccountDepth)},
		{"BalanceDepth", uint64(p.BalanceDepth), uint64(d.BalanceDepth)},
		{"OrderDepth", uint64(p.OrderDepth), uint64(d.OrderDepth)},
		{"BlockSlots", uint64(p.BlockSlots), uint64(d.BlockSlots)},
		{"FeeTokenSlots", uint64(p.FeeTokenSlots), uint64(d.FeeTokenSlots)},
		{"ChainID", p.ChainID, d.ChainID},
		{"BlobCapacity", uint64(p.BlobCapacity), uint64(d.BlobCapacity)},
		{"SlotGroup", uint64(p.SlotGroup), uint64(d.SlotGroup)},
	} {
		if f.have != f.want {
			diffs = append(diffs, fmt.Sprintf("%s %d, the deployment's %d", f.name, f.have, f.want))
		}
	}
	if !slices.Equal(p.Ladder(), d.Ladder()) {
		diffs = append(diffs, fmt.Sprintf("block shapes %v, the deployment's %v", p.Ladder(), d.Ladder()))
	}
	if len(diffs) > 0 {
		return fmt.Errorf("%w: %s", ErrParamsMismatch, strings.Join(diffs, "; "))
	}
	return nil
}
