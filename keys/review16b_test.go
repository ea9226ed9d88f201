package keys_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// Review 16b: how a ladder's key sets are told apart and named.

// TestReview16bForWitnessPicksTheWitnessShape: a real witness of each
// shape of the test ladder picks that shape's key set (and not the other
// one), a witness of a shape the ladder lacks, a truncated one and one
// whose counts are swapped or off by one are refused with ErrNoShape.
func TestReview16bForWitnessPicksTheWitnessShape(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up the test ladder's keys (cached)")
	}
	p := rollup.LadderTestParams
	ladder := testkeys.Ladder(t, p)
	r, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	fresh := func() *state.State {
		pre, err := scenario.New(p)
		if err != nil {
			t.Fatal(err)
		}
		return pre.State
	}
	b, err := r.Seal() // empty: the smallest shape
	if err != nil {
		t.Fatal(err)
	}
	if b.Slots != p.Ladder()[0] {
		t.Fatalf("an empty block has %d slots, want %d", b.Slots, p.Ladder()[0])
	}
	for _, slots := range p.Ladder() {
		bb := *b
		bb.Slots = slots // the same (empty) block in this shape's circuit
		a, err := circuit.Assign(fresh(), circuit.ShapeWithSlots(p, slots), &bb)
		if err != nil {
			t.Fatal(err)
		}
		w, err := prover.EncodeWitness(a)
		if err != nil {
			t.Fatal(err)
		}
		set, got, err := ladder.ForWitness(w)
		if err != nil || got != slots {
			t.Fatalf("a %d-slot witness picks %d slots (%v)", slots, got, err)
		}
		want, err := ladder.For(slots)
		if err != nil || set != want {
			t.Fatalf("a %d-slot witness picks another key set", slots)
		}
		// the other shapes' sets are not this one
		for _, other := range p.Ladder() {
			if other == slots {
				continue
			}
			o, _ := ladder.For(other)
			if o == set {
				t.Fatalf("shapes %d and %d share a key set", slots, other)
			}
		}
		// tampered headers
		pub, sec := binary.BigEndian.Uint32(w), binary.BigEndian.Uint32(w[4:])
		for _, h := range [][2]uint32{{sec, pub}, {pub + 1, sec}, {pub, sec + 1}, {pub, sec - 1}, {0, 0}} {
			x := append([]byte{}, w...)
			binary.BigEndian.PutUint32(x, h[0])
			binary.BigEndian.PutUint32(x[4:], h[1])
			if _, n, err := ladder.ForWitness(x); !errors.Is(err, keys.ErrNoShape) {
				t.Fatalf("a witness of %d public and %d secret variables picks %d slots (%v)", h[0], h[1], n, err)
			}
		}
	}
	for _, w := range [][]byte{nil, {}, {0, 0, 0, 1}, {0, 0, 0, 1, 0, 0, 0}} {
		if _, _, err := ladder.ForWitness(w); !errors.Is(err, keys.ErrNoShape) {
			t.Fatalf("a witness of %d bytes: %v", len(w), err)
		}
	}
	// a ladder that lacks the witness's shape
	small, _ := ladder.For(p.Ladder()[0])
	only := keys.Single(p.Ladder()[0], small)
	bb := *b
	bb.Slots = p.BlockSlots
	a, err := circuit.Assign(fresh(), circuit.ShapeWithSlots(p, p.BlockSlots), &bb)
	if err != nil {
		t.Fatal(err)
	}
	w, err := prover.EncodeWitness(a)
	if err != nil {
		t.Fatal(err)
	}
	if _, n, err := only.ForWitness(w); !errors.Is(err, keys.ErrNoShape) {
		t.Fatalf("a %d-slot witness on a ladder of %d picks %d (%v)", p.BlockSlots, p.Ladder()[0], n, err)
	}
	if _, err := only.For(p.BlockSlots); !errors.Is(err, keys.ErrNoShape) {
		t.Fatalf("For(%d) on a ladder of %d: %v", p.BlockSlots, p.Ladder()[0], err)
	}
}

// writeManifest writes a manifest naming pkSum for block.pk in dir.
func writeManifest(t *testing.T, dir, pkSum string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(keys.Manifest{SHA256: map[string]string{"block.pk": pkSum}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestReview16bLadderSumNamesEveryShape: a ladder's digest changes when any
// shape's proving key changes, or when the same keys sit under other slot
// counts; it is refused while any shape's manifest is missing; a ladder
// of one shape keeps the old digest (block.pk's) and directory.
func TestReview16bLadderSumNamesEveryShape(t *testing.T) {
	p := rollup.ProdParams
	dir := t.TempDir()
	sums := map[int]string{}
	for _, n := range p.Ladder() {
		s := sha256.Sum256([]byte("pk of " + strconv.Itoa(n)))
		sums[n] = hex.EncodeToString(s[:])
	}
	if _, err := keys.LadderSum(p, dir); err == nil {
		t.Fatal("a digest of no keys")
	}
	for i, n := range p.Ladder() {
		if keys.HasLadder(p, dir) {
			t.Fatalf("HasLadder with %d of %d shapes", i, len(p.Ladder()))
		}
		if got, want := keys.ShapeDir(p, dir, n), filepath.Join(dir, strconv.Itoa(n)+"-slots"); got != want {
			t.Fatalf("ShapeDir(%d) = %s, want %s", n, got, want)
		}
		writeManifest(t, keys.ShapeDir(p, dir, n), sums[n])
	}
	if !keys.HasLadder(p, dir) {
		t.Fatal("HasLadder false with every shape's manifest")
	}
	base, err := keys.LadderSum(p, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range p.Ladder() {
		if base == sums[n] {
			t.Fatalf("the ladder's digest is the %d-slot key's", n)
		}
		writeManifest(t, keys.ShapeDir(p, dir, n), sums[p.Ladder()[0]]+"")
		if n != p.Ladder()[0] {
			if got, _ := keys.LadderSum(p, dir); got == base {
				t.Fatalf("the digest ignores the %d-slot key", n)
			}
		}
		writeManifest(t, keys.ShapeDir(p, dir, n), sums[n])
	}
	// the first shape's key changed
	writeManifest(t, keys.ShapeDir(p, dir, p.Ladder()[0]), sums[p.Ladder()[1]])
	if got, _ := keys.LadderSum(p, dir); got == base {
		t.Fatal("the digest ignores the first shape's key")
	}
	writeManifest(t, keys.ShapeDir(p, dir, p.Ladder()[0]), sums[p.Ladder()[0]])
	// the same keys under other slot counts
	q := p
	q.Shapes = []int{8, 32, 64}
	writeManifest(t, keys.ShapeDir(q, dir, 32), sums[16])
	if got, _ := keys.LadderSum(q, dir); got == base {
		t.Fatal("the digest ignores the slot counts")
	}
	// a missing shape
	if err := os.Remove(filepath.Join(keys.ShapeDir(p, dir, 16), "manifest.json")); err != nil {
		t.Fatal(err)
	}
	if _, err := keys.LadderSum(p, dir); err == nil {
		t.Fatal("a digest with the 16-slot manifest missing")
	}
	if keys.HasLadder(p, dir) {
		t.Fatal("HasLadder with the 16-slot manifest missing")
	}

	// one shape: the old layout and digest
	one := rollup.TestParams
	d1 := t.TempDir()
	if keys.ShapeDir(one, d1, one.BlockSlots) != d1 {
		t.Fatal("a ladder of one shape moved its keys")
	}
	writeManifest(t, d1, sums[8])
	if got, err := keys.LadderSum(one, d1); err != nil || got != sums[8] {
		t.Fatalf("one shape's digest %s (%v), want block.pk's %s", got, err, sums[8])
	}
}
