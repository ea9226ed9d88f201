package circuit

import (
	"crypto/sha256"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/uints"
)

// blockCommitBytes is the production block's header+pubdata length.
const blockCommitBytes = 3476

// sha256Mode picks what sha256Circuit does with its message.
type sha256Mode int

const (
	sha256Baseline sha256Mode = iota // only decompose the message bytes into bits
	sha256Gnark                      // gnark's std/hash/sha2, as Commitment does today
	sha256Plain                      // sha256Bits: no lookups
)

// sha256Circuit asserts that the SHA-256 of Msg (bytes) is Digest (bytes).
// The message is decomposed into bits the way Commitment receives it (a
// BitWriter), so both hash paths start from the same constrained bits.
type sha256Circuit struct {
	Msg    []frontend.Variable
	Digest [32]frontend.Variable `gnark:",public"`
	Mode   sha256Mode            `gnark:"-"`
}

func (c *sha256Circuit) Define(api frontend.API) error {
	w := NewBitWriter(api)
	for _, b := range c.Msg {
		w.Field(b, 8)
	}
	switch c.Mode {
	case sha256Gnark:
		u, err := uints.New[uints.U32](api)
		if err != nil {
			return err
		}
		bytes := w.Bytes()
		in := make([]uints.U8, len(bytes))
		for i, b := range bytes {
			in[i] = u.ByteValueOf(b)
		}
		sha, err := sha2.New(api)
		if err != nil {
			return err
		}
		sha.Write(in)
		for i, b := range sha.Sum() {
			api.AssertIsEqual(u.Value(b), c.Digest[i])
		}
	case sha256Plain:
		digest, err := sha256Bits(api, w.Bits())
		if err != nil {
			return err
		}
		for i := range c.Digest {
			api.AssertIsEqual(fromBitsBE(api, digest[8*i:8*i+8]), c.Digest[i])
		}
	}
	return nil
}

// sha256Assignment is the witness for msg and digest.
func sha256Assignment(msg []byte, digest [32]byte) *sha256Circuit {
	w := &sha256Circuit{Msg: make([]frontend.Variable, len(msg))}
	for i, b := range msg {
		w.Msg[i] = b
	}
	for i, b := range digest {
		w.Digest[i] = b
	}
	return w
}

// TestSHA256BitsMatchesNative checks sha256Bits against crypto/sha256 on
// random messages across the padding edge cases (55/56 bytes: the length
// still fits / spills into a new block; 63/64/65: around a block boundary)
// and at the production commitment length; a wrong digest must not solve.
func TestSHA256BitsMatchesNative(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 256))
	for _, n := range []int{0, 1, 55, 56, 63, 64, 65, 119, 200, blockCommitBytes} {
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = byte(rng.UintN(256))
		}
		digest := sha256.Sum256(msg)
		c := &sha256Circuit{Msg: make([]frontend.Variable, n), Mode: sha256Plain}
		if err := solves(c, sha256Assignment(msg, digest)); err != nil {
			t.Errorf("%d bytes: circuit rejects the native digest: %v", n, err)
		}
		bad := digest
		bad[n%32] ^= 1 << (n % 8)
		if solves(c, sha256Assignment(msg, bad)) == nil {
			t.Errorf("%d bytes: circuit accepts a wrong digest", n)
		}
		if n > 0 {
			other := append([]byte(nil), msg...)
			other[n/2] ^= 0x80
			if solves(c, sha256Assignment(other, digest)) == nil {
				t.Errorf("%d bytes: circuit accepts the digest of another message", n)
			}
		}
	}
}

// TestSHA256BitsAllOnes covers all-0xff input (every bit set), where a
// carry-handling error in the modular additions would most likely show.
func TestSHA256BitsAllOnes(t *testing.T) {
	for _, n := range []int{64, 119} {
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = 0xff
		}
		c := &sha256Circuit{Msg: make([]frontend.Variable, n), Mode: sha256Plain}
		if err := solves(c, sha256Assignment(msg, sha256.Sum256(msg))); err != nil {
			t.Errorf("%d bytes of 0xff: %v", n, err)
		}
	}
}

// sha256Blocks is the number of 64-byte compressions for an n-byte message.
func sha256Blocks(n int) int { return (n+8)/64 + 1 }

// TestSHA256WithoutLookupsConstraints compiles (no setup, no proof) the
// SHA-256 of 64, 296 and 3476 bytes with gnark's sha2 and with sha256Bits,
// logs their R1CS counts net of the shared message decomposition, and
// whether gnark adds a commitment (a Pedersen commitment in the Groth16
// proof, checked on L1 at every verification). sha256Bits must add none
// and stay under maxPlainPerBlock constraints a compression.
func TestSHA256WithoutLookupsConstraints(t *testing.T) {
	const maxPlainPerBlock = 30_000 // measured 26.5k at 3476 bytes (sha2: 37.6k)
	compile := func(n int, mode sha256Mode) (constraints, commitments int) {
		t.Helper()
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder,
			&sha256Circuit{Msg: make([]frontend.Variable, n), Mode: mode})
		if err != nil {
			t.Fatalf("%d bytes, mode %d: %v", n, mode, err)
		}
		return ccs.GetNbConstraints(), len(ccs.GetCommitments().CommitmentIndexes())
	}
	for _, n := range []int{64, 296, blockCommitBytes} {
		base, _ := compile(n, sha256Baseline)
		gnark, gnarkCommit := compile(n, sha256Gnark)
		plain, plainCommit := compile(n, sha256Plain)
		blocks := sha256Blocks(n)
		t.Logf("%4d bytes (%2d blocks, %d constraints of bit decomposition): sha2 %d (%d/block, %d commitment(s)); sha256Bits %d (%d/block, %d commitment(s)); sha256Bits/sha2 = %.3f",
			n, blocks, base, gnark-base, (gnark-base)/blocks, gnarkCommit,
			plain-base, (plain-base)/blocks, plainCommit, float64(plain-base)/float64(gnark-base))
		if plainCommit != 0 {
			t.Errorf("%d bytes: sha256Bits circuit has %d commitment(s), want none", n, plainCommit)
		}
		if per := (plain - base) / blocks; per > maxPlainPerBlock {
			t.Errorf("%d bytes: sha256Bits costs %d constraints a block, want <= %d", n, per, maxPlainPerBlock)
		}
	}
}
