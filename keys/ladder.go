package keys

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/rollup"
)

// ErrNoShape means a block, proof or witness of a shape the ladder lacks.
var ErrNoShape = errors.New("no key set for this block shape")

// Ladder is the block circuit's key sets of a deployment, one per shape of
// its ladder (rollup.Params.Shapes), ascending.
type Ladder struct {
	Slots []int
	Sets  []*Set
}

// ShapeDir is where the keys of one shape of p's ladder live under dir:
// dir itself for a ladder of one shape, dir/<N>-slots otherwise.
func ShapeDir(p rollup.Params, dir string, slots int) string {
	if len(p.Ladder()) == 1 {
		return dir
	}
	return filepath.Join(dir, strconv.Itoa(slots)+"-slots")
}

// BlockLadder obtains the key sets of every shape of p's ladder (set up
// once each, then reused), smallest first.
func BlockLadder(ctx context.Context, p rollup.Params, dir string, out io.Writer) (*Ladder, error) {
	l := &Ladder{}
	for _, n := range p.Ladder() {
		s, err := BlockShape(ctx, p, n, ShapeDir(p, dir, n), out)
		if err != nil {
			return nil, fmt.Errorf("keys of the %d-slot block shape: %w", n, err)
		}
		l.Slots, l.Sets = append(l.Slots, n), append(l.Sets, s)
	}
	return l, nil
}

// Single is a ladder of one key set (tests, and profiles of one shape).
func Single(slots int, s *Set) *Ladder { return &Ladder{Slots: []int{slots}, Sets: []*Set{s}} }

// For is the key set of the shape with this many slots.
func (l *Ladder) For(slots int) (*Set, error) {
	for i, n := range l.Slots {
		if n == slots {
			return l.Sets[i], nil
		}
	}
	return nil, fmt.Errorf("%w: %d slots (the ladder has %v)", ErrNoShape, slots, l.Slots)
}

// ForWitness is the key set a serialized full witness (prover.EncodeWitness)
// belongs to, told by its numbers of public and secret variables, which
// differ between shapes: a prover given a job knows its keys without being
// told the block's shape.
func (l *Ladder) ForWitness(w []byte) (*Set, int, error) {
	if len(w) < 8 {
		return nil, 0, fmt.Errorf("%w: a witness of %d bytes", ErrNoShape, len(w))
	}
	pub, sec := binary.BigEndian.Uint32(w), binary.BigEndian.Uint32(w[4:])
	for i, s := range l.Sets {
		// the constraint system counts the constant-one wire as public
		if uint32(s.CCS.GetNbPublicVariables()-1) == pub && uint32(s.CCS.GetNbSecretVariables()) == sec {
			return s, l.Slots[i], nil
		}
	}
	return nil, 0, fmt.Errorf("%w: a witness of %d public and %d secret variables (the ladder has %v)", ErrNoShape, pub, sec, l.Slots)
}

// LadderSum names the proving keys of p's ladder in dir by digest: the
// SHA-256 of block.pk for a ladder of one shape, otherwise the SHA-256 of
// one "<slots>:<block.pk SHA-256>\n" line per shape. A prover server and
// its workers compare it to know they hold the same keys.
func LadderSum(p rollup.Params, dir string) (string, error) {
	ladder := p.Ladder()
	var lines []byte
	for _, n := range ladder {
		m, err := ReadManifest(ShapeDir(p, dir, n))
		if err != nil {
			return "", err
		}
		if len(ladder) == 1 {
			return m.SHA256[pkFile], nil
		}
		lines = fmt.Appendf(lines, "%d:%s\n", n, m.SHA256[pkFile])
	}
	sum := sha256.Sum256(lines)
	return hex.EncodeToString(sum[:]), nil
}

// LadderFiles lists the key files of p's ladder relative to dir, each
// shape's manifest after its keys (so a copy whose manifest is there is
// whole).
func LadderFiles(p rollup.Params) []string {
	var out []string
	for _, n := range p.Ladder() {
		sub := ""
		if len(p.Ladder()) > 1 {
			sub = strconv.Itoa(n) + "-slots/"
		}
		out = append(out, sub+pkFile, sub+vkFile, sub+manifestFile)
	}
	return out
}

// HasLadder reports whether dir holds a manifest for every shape of p.
func HasLadder(p rollup.Params, dir string) bool {
	for _, n := range p.Ladder() {
		if _, err := ReadManifest(ShapeDir(p, dir, n)); err != nil {
			return false
		}
	}
	return true
}

// ErrOtherProfile means a key directory holds the block circuit of other
// protocol parameters than the ones asked for.
var ErrOtherProfile = errors.New("the keys are for other protocol parameters")

// ModeOf returns p with the data mode and slot typing of the block keys in
// dir (a prover worker's: the same profile's keys differ between calldata
// and blob mode and with typed slots, and a worker learns which the node
// proves from the keys it holds or fetched): p in calldata mode, or in blob
// mode (BlobCapacity its own when set, else 1: the block circuit depends
// only on whether it is set) with the slot group the keys name. It is
// ErrOtherProfile when no mode of p gives the keys' circuit.
func ModeOf(p rollup.Params, dir string) (rollup.Params, error) {
	m, err := ReadManifest(ShapeDir(p, dir, p.BlockSlots))
	if err != nil {
		return p, err
	}
	blob := p
	if blob.BlobCapacity == 0 {
		blob.BlobCapacity = 1
	}
	blob.SlotGroup = 0
	if i := strings.LastIndex(m.Circuit, " group "); i >= 0 {
		if blob.SlotGroup, err = strconv.Atoi(m.Circuit[i+len(" group "):]); err != nil {
			return p, fmt.Errorf("%w: %s holds keys for %q", ErrOtherProfile, dir, m.Circuit)
		}
	}
	calldata := p
	calldata.BlobCapacity, calldata.SlotGroup = 0, 0
	for _, c := range []rollup.Params{calldata, blob} {
		if circuit.ShapeOf(c).CircuitName() == m.Circuit {
			return c, nil
		}
	}
	return p, fmt.Errorf("%w: %s holds keys for %q, which no data mode of these parameters (%s) gives",
		ErrOtherProfile, dir, m.Circuit, circuit.ShapeOf(calldata).CircuitName())
}
