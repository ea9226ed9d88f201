package keys

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Errors of a key set that must be the one a deployed verifier was
// compiled from (LoadExit): it is never set up again, so each says where
// to get the right one.
var (
	// ErrNoKeys means the key directory, its manifest or a key file is missing.
	ErrNoKeys = errors.New("no key set")
	// ErrManifestMismatch means the manifest is not the one the deployment records.
	ErrManifestMismatch = errors.New("the key set is not the deployment's: its manifest's SHA-256 differs from the one the deployment file records")
	// ErrWrongCircuit means the manifest is for another circuit or another
	// compiled constraint system than this build's.
	ErrWrongCircuit = errors.New("the key set is for another circuit")
)

// fetchHint ends the errors of a deployment's key set: a setup would make
// keys the deployed verifier refuses, so the set must be fetched.
const fetchHint = "fetch the key set the operator published with the deployment file (never run a setup instead: new keys do not match the deployed exit verifier)"

// loadOnly loads the keys in c.Dir for c's circuit without ever running a
// setup (c.Setup is not used). want, when not empty, is the hex SHA-256
// the manifest file must have.
func loadOnly(c Config, want string) (*Set, error) {
	if fi, err := os.Stat(c.Dir); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s does not exist: %s", ErrNoKeys, c.Dir, fetchHint)
	} else if err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("%w: %s is not a directory: %s", ErrNoKeys, c.Dir, fetchHint)
	}
	path := filepath.Join(c.Dir, manifestFile)
	mb, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s has no %s: %s", ErrNoKeys, c.Dir, manifestFile, fetchHint)
	}
	if err != nil {
		return nil, err
	}
	if got := sha256Hex(mb); want != "" && !strings.EqualFold(got, want) {
		return nil, fmt.Errorf("%w (%s: %s, recorded: %s): %s", ErrManifestMismatch, path, got, want, fetchHint)
	}
	m, err := parseManifest(mb)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", err, fetchHint)
	}
	if m.Circuit != c.Circuit {
		return nil, fmt.Errorf("%w: %s holds keys for %q, not %q: the deployment was made for another profile, or this is not its key set",
			ErrWrongCircuit, c.Dir, m.Circuit, c.Circuit)
	}
	ccs, err := c.Compile()
	if err != nil {
		return nil, err
	}
	id, err := CircuitHash(ccs)
	if err != nil {
		return nil, err
	}
	if m.CircuitHash != id {
		return nil, fmt.Errorf("%w: %s was made for the compiled circuit %.12s, this build compiles %.12s: use the zkrollup version the deployment was made with",
			ErrWrongCircuit, c.Dir, m.CircuitHash, id)
	}
	s, err := load(c.Dir, m, ccs)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("%w: %w: %s", ErrNoKeys, err, fetchHint)
	case errors.Is(err, ErrCorrupt):
		return nil, fmt.Errorf("%w: %s", err, fetchHint)
	}
	return s, err
}

// ManifestSHA256 returns the hex SHA-256 of the manifest file of the key
// set in dir. The manifest lists the circuit's hash and every key file's
// SHA-256, and loading checks them, so this one hash pins the whole set.
func ManifestSHA256(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return "", err
	}
	return sha256Hex(b), nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// CopySet copies the key set in src (its manifest and key files, nothing
// else) to dst, checking each key file against the manifest, and returns
// the manifest's hex SHA-256. dst appears whole or not at all: the files
// are written into a temporary directory beside it, which then replaces
// it. A dst that already holds the same, intact set is kept as it is.
func CopySet(src, dst string) (string, error) {
	mb, err := os.ReadFile(filepath.Join(src, manifestFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%w: %s has no %s", ErrNoKeys, src, manifestFile)
	}
	if err != nil {
		return "", err
	}
	m, err := parseManifest(mb)
	if err != nil {
		return "", fmt.Errorf("%s: %w", src, err)
	}
	sum := sha256Hex(mb)
	if holdsSet(dst, mb, m) {
		return sum, nil
	}
	files := map[string][]byte{manifestFile: mb}
	for _, name := range []string{pkFile, vkFile} {
		if files[name], err = readChecked(src, m, name); err != nil {
			return "", err
		}
	}
	parent := filepath.Dir(dst)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dst)+".tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // gone already once renamed
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", err
	}
	// the manifest goes last, as in a setup: keys without one are never trusted
	for _, name := range []string{pkFile, vkFile, manifestFile} {
		if err := writeAtomic(filepath.Join(tmp, name), files[name]); err != nil {
			return "", err
		}
	}
	if err := replaceDir(tmp, dst); err != nil {
		return "", err
	}
	return sum, nil
}

// holdsSet reports whether dir holds the manifest mb and key files that
// match it.
func holdsSet(dir string, mb []byte, m Manifest) bool {
	have, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil || !bytes.Equal(have, mb) {
		return false
	}
	for _, name := range []string{pkFile, vkFile} {
		if _, err := readChecked(dir, m, name); err != nil {
			return false
		}
	}
	return true
}

// replaceDir renames the directory tmp to dst, moving an existing dst
// aside first (a directory cannot be renamed over a non-empty one) and
// removing it after.
func replaceDir(tmp, dst string) error {
	old := ""
	if _, err := os.Lstat(dst); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dst, old); err != nil {
			return fmt.Errorf("move the old %s aside: %w", dst, err)
		}
	}
	if err := os.Rename(tmp, dst); err != nil {
		if old != "" {
			_ = os.Rename(old, dst)
		}
		return err
	}
	if d, err := os.Open(filepath.Dir(dst)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
