package keys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
)

// ErrCorrupt means a key file does not match the checksum recorded with it.
var ErrCorrupt = errors.New("key file does not match its recorded checksum")

// Set is a loaded key pair with the constraint system it belongs to.
type Set struct {
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
	VK  groth16.VerifyingKey
}

// Manifest records what a key directory holds.
type Manifest struct {
	Circuit     string            `json:"circuit"`        // what the keys are for, e.g. the shape
	Constraints int               `json:"constraints"`    // of the compiled circuit
	CircuitHash string            `json:"circuit_sha256"` // CircuitHash of the compiled circuit: keys of another are never reused
	Unsafe      bool              `json:"unsafe"`         // made with local randomness
	Created     time.Time         `json:"created"`
	SHA256      map[string]string `json:"sha256"` // file name -> hex digest
}

// Config says how to obtain keys for one circuit.
type Config struct {
	Dir     string                                                                              // where the keys live
	Circuit string                                                                              // identity of the circuit; a manifest for another is not reused
	Compile func() (constraint.ConstraintSystem, error)                                         // builds the constraint system
	Setup   func(constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) // runs the setup
	Out     io.Writer                                                                           // progress; nil for none
	Rate    float64                                                                             // constraints set up per second, for the estimate
}

const (
	pkFile       = "block.pk"
	vkFile       = "block.vk"
	manifestFile = "manifest.json"
)

// Ensure returns the keys in c.Dir if they are there, for this circuit, with
// matching checksums; otherwise it runs the setup and writes them.
func Ensure(ctx context.Context, c Config) (*Set, error) {
	ccs, err := c.Compile()
	if err != nil {
		return nil, err
	}
	id, err := CircuitHash(ccs)
	if err != nil {
		return nil, err
	}
	m, err := readManifest(c.Dir)
	switch {
	case err == nil && m.Circuit == c.Circuit && m.CircuitHash == id:
		c.say("keys: reusing %s (%s, %d constraints); verifying checksums", c.Dir, m.Circuit, m.Constraints)
		s, err := load(c.Dir, m, ccs)
		if errors.Is(err, ErrCorrupt) {
			return nil, fmt.Errorf("%w: delete %s to run the setup again", err, c.Dir)
		}
		return s, err
	case err == nil:
		c.say("keys: %s holds keys for %s (%d constraints, circuit %.12s), not %s (circuit %.12s): running the setup again",
			c.Dir, m.Circuit, m.Constraints, m.CircuitHash, c.Circuit, id)
	case errors.Is(err, ErrCorrupt):
		return nil, fmt.Errorf("%w: delete %s to run the setup again", err, c.Dir)
	case !errors.Is(err, os.ErrNotExist):
		return nil, err
	}
	return setup(ctx, c, ccs, id)
}

// CircuitHash identifies a compiled constraint system: the hex SHA-256 of
// its serialization. Two circuits with the same number of constraints but
// different constraints get different hashes.
func CircuitHash(ccs constraint.ConstraintSystem) (string, error) {
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return "", fmt.Errorf("hash the constraint system: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (c Config) say(format string, args ...any) {
	if c.Out != nil {
		fmt.Fprintf(c.Out, format+"\n", args...)
	}
}

func setup(ctx context.Context, c Config, ccs constraint.ConstraintSystem, id string) (*Set, error) {
	n := ccs.GetNbConstraints()
	c.say("keys: Groth16 setup for %s, %d constraints, with LOCAL RANDOMNESS: UNSAFE FOR PRODUCTION (whoever ran it can forge proofs)", c.Circuit, n)
	estimate := time.Duration(0)
	if c.Rate > 0 {
		estimate = time.Duration(float64(n) / c.Rate * float64(time.Second))
	}
	done := make(chan struct{})
	start := time.Now()
	go func() {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.say("keys: setup running, %s elapsed, about %s expected", time.Since(start).Round(time.Second), estimate.Round(time.Second))
			}
		}
	}()
	pk, vk, err := c.Setup(ccs)
	close(done)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.say("keys: setup done in %s; writing %s", time.Since(start).Round(time.Second), c.Dir)
	m := Manifest{Circuit: c.Circuit, Constraints: n, CircuitHash: id, Unsafe: true, Created: time.Now().UTC(), SHA256: map[string]string{}}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return nil, err
	}
	for name, w := range map[string]io.WriterTo{pkFile: rawWriter{pk}, vkFile: vk} {
		var buf bytes.Buffer
		if _, err := w.WriteTo(&buf); err != nil {
			return nil, fmt.Errorf("serialize %s: %w", name, err)
		}
		sum := sha256.Sum256(buf.Bytes())
		m.SHA256[name] = hex.EncodeToString(sum[:])
		if err := writeAtomic(filepath.Join(c.Dir, name), buf.Bytes()); err != nil {
			return nil, err
		}
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	// the manifest goes last: keys without one are never trusted
	if err := writeAtomic(filepath.Join(c.Dir, manifestFile), mb); err != nil {
		return nil, err
	}
	return &Set{CCS: ccs, PK: pk, VK: vk}, nil
}

// rawWriter writes a proving key uncompressed: FACTS.md measured compressed
// keys at 20–50 s to load at 1M constraints, raw ones far faster.
type rawWriter struct{ pk groth16.ProvingKey }

func (r rawWriter) WriteTo(w io.Writer) (int64, error) { return r.pk.WriteRawTo(w) }

// ReadManifest reads the manifest of a key directory.
func ReadManifest(dir string) (Manifest, error) { return readManifest(dir) }

func readManifest(dir string) (Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return Manifest{}, err
	}
	return parseManifest(b)
}

func parseManifest(b []byte) (Manifest, error) {
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%w: manifest: %v", ErrCorrupt, err)
	}
	return m, nil
}

// readChecked reads the key file name of dir and checks it against the
// checksum m records for it.
func readChecked(dir string, m Manifest, name string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != m.SHA256[name] {
		return nil, fmt.Errorf("%w: %s", ErrCorrupt, filepath.Join(dir, name))
	}
	return b, nil
}

func load(dir string, m Manifest, ccs constraint.ConstraintSystem) (*Set, error) {
	pkb, err := readChecked(dir, m, pkFile)
	if err != nil {
		return nil, err
	}
	vkb, err := readChecked(dir, m, vkFile)
	if err != nil {
		return nil, err
	}
	pk, vk := groth16.NewProvingKey(ecc.BN254), groth16.NewVerifyingKey(ecc.BN254)
	if _, err := pk.UnsafeReadFrom(bytes.NewReader(pkb)); err != nil { // checksum verified above
		return nil, fmt.Errorf("%w: proving key: %v", ErrCorrupt, err)
	}
	if _, err := vk.ReadFrom(bytes.NewReader(vkb)); err != nil {
		return nil, fmt.Errorf("%w: verifying key: %v", ErrCorrupt, err)
	}
	return &Set{CCS: ccs, PK: pk, VK: vk}, nil
}

// writeAtomic writes a file so that a crash leaves the old file or the new
// one, never a torn one: temp file, fsync, rename, fsync the directory.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
