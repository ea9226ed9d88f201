package keys

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestModeOf: a worker started with a profile's calldata parameters takes
// the data mode and slot typing of the keys it holds, and refuses keys of
// other parameters with ErrOtherProfile.
func TestModeOf(t *testing.T) {
	base := rollup.DevParams // a ladder of several shapes: keys under N-slots/
	blob := base
	blob.BlobCapacity = 256
	typed := blob
	typed.SlotGroup = 4
	other := base
	other.AccountDepth++
	for _, c := range []struct {
		name      string
		keys      rollup.Params
		blob      bool
		slotGroup int
		err       error
	}{
		{"calldata keys", base, false, 0, nil},
		{"blob keys", blob, true, 0, nil},
		{"typed blob keys", typed, true, 4, nil},
		{"another profile's keys", other, false, 0, ErrOtherProfile},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeManifest(t, ShapeDir(base, dir, base.BlockSlots), circuit.ShapeOf(c.keys).CircuitName())
			got, err := ModeOf(base, dir)
			if !errors.Is(err, c.err) {
				t.Fatalf("ModeOf = %v, want %v", err, c.err)
			}
			if err != nil {
				return
			}
			if (got.BlobCapacity > 0) != c.blob || got.SlotGroup != c.slotGroup {
				t.Fatalf("ModeOf gave blob capacity %d, slot group %d; want blob %v, group %d", got.BlobCapacity, got.SlotGroup, c.blob, c.slotGroup)
			}
			if circuit.ShapeOf(got).CircuitName() != circuit.ShapeOf(c.keys).CircuitName() {
				t.Fatalf("ModeOf's parameters name circuit %q, the keys %q", circuit.ShapeOf(got).CircuitName(), circuit.ShapeOf(c.keys).CircuitName())
			}
		})
	}
	if _, err := ModeOf(base, t.TempDir()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("ModeOf of a directory without keys = %v, want not found", err)
	}
}

func writeManifest(t *testing.T, dir, name string) {
	t.Helper()
	b, err := json.Marshal(Manifest{Circuit: name})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, manifestFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
