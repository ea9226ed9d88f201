package circuit

// Review 16 (change 1): attack tests for the lookup-free SHA-256 gadget
// (sha256Bits) and the block commitment built on it. They are kept as
// regression tests: every attack here must be refused.

import (
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	csbn254 "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	gbits "github.com/consensys/gnark/std/math/bits"

	"github.com/zkrollup/zkrollup/rollup"
)

// r16Message is a message of n bytes in one of a few patterns.
func r16Message(rng *rand.Rand, n int, pattern string) []byte {
	msg := make([]byte, n)
	for i := range msg {
		switch pattern {
		case "zeros":
		case "ones":
			msg[i] = 0xff
		case "alternating":
			msg[i] = 0xaa ^ byte(i&1)*0xff
		default:
			msg[i] = byte(rng.UintN(256))
		}
	}
	return msg
}

// TestReview16SHA256ManyLengths checks sha256Bits against crypto/sha256 at
// every length 0..130 bytes (both padding edges of the first two blocks:
// 55/56, 63/64/65, 119/120, 127/128) and around the third and fourth block
// edges and the real commitment sizes (84-byte header + 53-byte slots: 1, 2,
// 4 = TestParams, 64 = ProdParams), with random, all-zero, all-one and
// alternating messages. At each length a flipped digest bit, a flipped
// message bit, and the length-extension look-alike msg||0x80 (same bits as
// the padded message, one byte longer) must all be refused: the last one
// fails only if the 64-bit length is hashed.
func TestReview16SHA256ManyLengths(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 0x5a))
	var lengths []int
	for n := 0; n <= 130; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 183, 184, 190, 191, 192, 247, 248, 255, 256, 137, 296)
	if !testing.Short() {
		lengths = append(lengths, 84+53*64) // ProdParams: 3476 bytes
	}
	edge := func(n int) bool {
		switch n % 64 {
		case 0, 1, 55, 56, 63:
			return true
		}
		return n == 296 || n == 190 || n == 137
	}
	for _, n := range lengths {
		if testing.Short() && !edge(n) {
			continue
		}
		patterns := []string{"random"}
		if edge(n) {
			patterns = append(patterns, "zeros", "ones", "alternating")
		}
		for _, pat := range patterns {
			msg := r16Message(rng, n, pat)
			flips := []int{(n * 37) % 256}
			if edge(n) && pat == "random" {
				flips = append(flips, 0, 7, 31, 32, 127, 128, 224, 255)
			}
			msgBit := 0
			if n > 0 {
				msgBit = rng.IntN(8 * n)
			}
			t.Run(fmt.Sprintf("%d/%s", n, pat), func(t *testing.T) {
				t.Parallel() // the test engine is single-threaded
				digest := sha256.Sum256(msg)
				c := &sha256Circuit{Msg: make([]frontend.Variable, n), Mode: sha256Plain}
				if err := solves(c, sha256Assignment(msg, digest)); err != nil {
					t.Fatalf("the circuit refuses the native digest: %v", err)
				}
				for _, bit := range flips {
					bad := digest
					bad[bit/8] ^= 0x80 >> (bit % 8)
					if solves(c, sha256Assignment(msg, bad)) == nil {
						t.Errorf("the circuit accepts the digest with bit %d flipped", bit)
					}
				}
				if n > 0 {
					other := append([]byte(nil), msg...)
					other[msgBit/8] ^= 0x80 >> (msgBit % 8)
					if solves(c, sha256Assignment(other, digest)) == nil {
						t.Errorf("the circuit accepts the digest for a message with bit %d flipped", msgBit)
					}
				}
				if edge(n) || n < 70 {
					ext := append(append([]byte(nil), msg...), 0x80)
					ce := &sha256Circuit{Msg: make([]frontend.Variable, n+1), Mode: sha256Plain}
					if solves(ce, sha256Assignment(ext, digest)) == nil {
						t.Errorf("msg||0x80 has the digest of msg: the length is not hashed")
					}
				}
			})
		}
	}
}

// r16WordOpsCircuit runs the word gadgets on three 32-bit words and asserts
// each result against natively computed public values.
type r16WordOpsCircuit struct {
	E, F, G                       frontend.Variable
	Ch, Maj, BigS0, BigS1, SmallS frontend.Variable `gnark:",public"`
	Sum2, Sum7, Sum8Max           frontend.Variable `gnark:",public"`
	K                             uint32            `gnark:"-"`
}

func r16Word(api frontend.API, v frontend.Variable) shaWord {
	var w shaWord
	copy(w[:], api.ToBinary(v, 32))
	return w
}

func (c *r16WordOpsCircuit) Define(api frontend.API) error {
	e, f, g := r16Word(api, c.E), r16Word(api, c.F), r16Word(api, c.G)
	api.AssertIsEqual(chWord(api, e, f, g), c.Ch)
	api.AssertIsEqual(majWord(api, e, f, g), c.Maj)
	api.AssertIsEqual(xor3Word(api, rotr(e, 2), rotr(e, 13), rotr(e, 22)), c.BigS0)
	api.AssertIsEqual(xor3Word(api, rotr(f, 6), rotr(f, 11), rotr(f, 25)), c.BigS1)
	api.AssertIsEqual(xor3Word(api, rotr(g, 7), rotr(g, 18), shr(g, 3)), c.SmallS)
	pe, pf, pg := packWord(api, e), packWord(api, f), packWord(api, g)
	api.AssertIsEqual(packWord(api, add32(api, pe, pf)), c.Sum2)
	// seven addends, one a constant, as in the round's new A
	api.AssertIsEqual(packWord(api, add32(api, pe, pf, pg, c.K, pe, pf, pg)), c.Sum7)
	// eight addends at their maximum: the decomposition must be wide enough
	all := packWord(api, constShaWord(0xffffffff))
	api.AssertIsEqual(packWord(api, add32(api, pe, pf, pg, all, all, all, all, all)), c.Sum8Max)
	return nil
}

func r16WordOps(e, f, g, k uint32) *r16WordOpsCircuit {
	rot := func(x uint32, n int) uint32 { return bits.RotateLeft32(x, -n) }
	return &r16WordOpsCircuit{
		E: e, F: f, G: g, K: k,
		Ch:      (e & f) ^ (^e & g),
		Maj:     (e & f) ^ (e & g) ^ (f & g),
		BigS0:   rot(e, 2) ^ rot(e, 13) ^ rot(e, 22),
		BigS1:   rot(f, 6) ^ rot(f, 11) ^ rot(f, 25),
		SmallS:  rot(g, 7) ^ rot(g, 18) ^ (g >> 3),
		Sum2:    e + f,
		Sum7:    e + f + g + k + e + f + g,
		Sum8Max: e + f + g - 5, // + 5·(2^32-1) mod 2^32
	}
}

// TestReview16WordGadgets checks Ch, Maj, Σ0, Σ1, σ0 and the modular
// additions (2, 7 with a constant, and 8 addends with five at 2^32-1)
// against native uint32 arithmetic: the word 0xf0f0f0f0/0xcccccccc/
// 0xaaaaaaaa runs every one of the 8 bit combinations of (e, f, g) through
// Ch and Maj, all-ones words give the largest sums. Any wrong output (+1,
// or a carry bit set: +2^32 is the same uint32, so the public value is
// compared as an integer) is refused.
func TestReview16WordGadgets(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	cases := [][4]uint32{
		{0xf0f0f0f0, 0xcccccccc, 0xaaaaaaaa, 0},
		{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
		{0, 0, 0, 0},
		{0xffffffff, 0, 0xffffffff, sha256K[0]},
		{0x80000000, 0x80000000, 0x80000000, 0x80000000},
	}
	for range 20 {
		cases = append(cases, [4]uint32{rng.Uint32(), rng.Uint32(), rng.Uint32(), sha256K[rng.IntN(64)]})
	}
	for _, cs := range cases {
		name := fmt.Sprintf("%08x %08x %08x +%08x", cs[0], cs[1], cs[2], cs[3])
		w := r16WordOps(cs[0], cs[1], cs[2], cs[3])
		c := &r16WordOpsCircuit{K: cs[3]}
		mustSolve(t, name, c, w)
		for what, bad := range map[string]func(*r16WordOpsCircuit){
			"Ch+1":            func(b *r16WordOpsCircuit) { b.Ch = b.Ch.(uint32) + 1 },
			"Maj xor 1":       func(b *r16WordOpsCircuit) { b.Maj = b.Maj.(uint32) ^ 1 },
			"Σ0 xor 2^31":     func(b *r16WordOpsCircuit) { b.BigS0 = b.BigS0.(uint32) ^ 0x80000000 },
			"Σ1+1":            func(b *r16WordOpsCircuit) { b.BigS1 = b.BigS1.(uint32) + 1 },
			"σ0+1":            func(b *r16WordOpsCircuit) { b.SmallS = b.SmallS.(uint32) + 1 },
			"sum2 + 2^32":     func(b *r16WordOpsCircuit) { b.Sum2 = uint64(b.Sum2.(uint32)) + 1<<32 },
			"sum7 + 2^32":     func(b *r16WordOpsCircuit) { b.Sum7 = uint64(b.Sum7.(uint32)) + 1<<32 },
			"sum8 unreduced":  func(b *r16WordOpsCircuit) { b.Sum8Max = uint64(cs[0]) + uint64(cs[1]) + uint64(cs[2]) + 5*0xffffffff },
			"sum8 off by one": func(b *r16WordOpsCircuit) { b.Sum8Max = b.Sum8Max.(uint32) - 1 },
		} {
			b := *w
			bad(&b)
			mustFail(t, name+": "+what, c, &b)
		}
	}
	// The decomposition width of add32: n addends below 2^32 sum below
	// n·2^32 ≤ 2^(32+k), and 32+k stays far below the field's 254 bits, so
	// the decomposition is unique and cannot wrap around the modulus.
	for n := 1; n <= 64; n++ {
		k := bits.Len(uint(n - 1))
		maxSum := new(big.Int).Mul(big.NewInt(int64(n)), big.NewInt(1<<32-1))
		if maxSum.BitLen() > 32+k || 32+k >= fr.Bits {
			t.Errorf("add32 with %d addends: sum up to %d bits, decomposed into %d", n, maxSum.BitLen(), 32+k)
		}
	}
}

// r16FreeSHACircuit hashes Msg and asserts nothing about the digest: any
// assignment that satisfies it other than the honest one is a second
// witness for the same message (a free digest, carry or word).
type r16FreeSHACircuit struct {
	Msg []frontend.Variable
}

func (c *r16FreeSHACircuit) Define(api frontend.API) error {
	w := NewBitWriter(api)
	for _, b := range c.Msg {
		w.Field(b, 8)
	}
	_, err := sha256Bits(api, w.Bits())
	return err
}

// TestReview16SHA256WitnessIsUnique compiles the gadget to R1CS and checks
// that its only source of non-determinism is gnark's bit decomposition hint
// (no other hint), then, for a message of 60 bytes (two compressions: the
// second takes the first's output words as variables and a constant
// padding block), replaces the output of every single decomposition call in
// turn by an alternative: the value ±1, the value ±2^32 (another carry: the
// same low 32 bits, so the same word), and two non-boolean splits that keep
// the weighted sum (2·b[i] moved to b[i-1], and 2^(n-1) moved from b[0] to
// b[n-1]). Every one must leave the system unsatisfied. Product wires are
// the outputs of their constraints (a·b = c, c new), so once every hint
// output is pinned, the whole witness is: the digest is a function of the
// message.
func TestReview16SHA256WitnessIsUnique(t *testing.T) {
	const n = 60
	rng := rand.New(rand.NewPCG(16, 2))
	msg := r16Message(rng, n, "random")
	a := &r16FreeSHACircuit{Msg: make([]frontend.Variable, n)}
	for i, b := range msg {
		a.Msg[i] = b
	}
	step := 1
	if testing.Short() {
		step = 7
	}
	calls, second := r16TamperScan(t, &r16FreeSHACircuit{Msg: make([]frontend.Variable, n)}, a, step)
	// one a message byte, 48+128+8 in the first compression, 128+8 in the
	// second (its block, the padding, is constant: so is its schedule)
	if want := n + (48 + 64*2 + 8) + (64*2 + 8); calls != want {
		t.Errorf("%d decompositions, want %d", calls, want)
	}
	for _, s := range second {
		t.Errorf("a second witness for the same message: %s", s)
	}
}

// r16LooseCircuit packs the low 32 bits of a 40-bit decomposition whose
// bits are NOT constrained boolean: the harness must find its second
// witness (it has teeth).
type r16LooseCircuit struct {
	X frontend.Variable
}

func (c *r16LooseCircuit) Define(api frontend.API) error {
	le := gbits.ToBinary(api, c.X, gbits.WithNbDigits(40), gbits.WithUnconstrainedOutputs())
	var w shaWord
	copy(w[:], le[:32])
	_ = packWord(api, w)
	return nil
}

// TestReview16TamperHarnessHasTeeth: the scan of TestReview16SHA256WitnessIsUnique
// reports a decomposition whose bits are not range checked.
func TestReview16TamperHarnessHasTeeth(t *testing.T) {
	_, second := r16TamperScan(t, &r16LooseCircuit{}, &r16LooseCircuit{X: uint64(0x12_3456_789a)}, 1)
	if len(second) == 0 {
		t.Fatal("the tamper scan finds no second witness for an unconstrained decomposition")
	}
	t.Logf("found, as it should: %v", second)
}

// r16TamperScan compiles c, checks that its only hint is gnark's bit
// decomposition (bits.nBits), solves assignment honestly (counting the
// decompositions), then solves it again once per decomposition call
// (every step-th) and per strategy, with that one call's output replaced by
// an alternative: the value ±1, another carry (the top bit of a byte, or
// bit 32 of a sum: the same low 32 bits, so the same word), and two
// non-boolean splits that keep the weighted sum (2·b[i] moved to b[i-1];
// 2^(n-1) moved from b[0] to b[n-1]). It returns the number of
// decompositions and the tamperings that still satisfy every constraint.
func r16TamperScan(t *testing.T, c, assignment frontend.Circuit, step int) (calls int, second []string) {
	t.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	sys, ok := ccs.(*csbn254.R1CS)
	if !ok {
		t.Fatalf("not a BN254 R1CS: %T", ccs)
	}
	nBitsID := solver.HintID(0)
	var hintNames []string
	for id, name := range sys.MHintsDependencies {
		hintNames = append(hintNames, name)
		if strings.HasSuffix(name, ".nBits") {
			nBitsID = id
		}
	}
	if len(hintNames) != 1 || nBitsID == 0 {
		t.Fatalf("the circuit uses hints %v; want only the bit decomposition (bits.nBits)", hintNames)
	}
	wit, err := frontend.NewWitness(assignment, field)
	if err != nil {
		t.Fatal(err)
	}
	honest := func(_ *big.Int, in, out []*big.Int) error {
		calls++
		for i := range out {
			out[i].SetUint64(uint64(in[0].Bit(i)))
		}
		return nil
	}
	if err := sys.IsSolved(wit, solver.OverrideHint(nBitsID, honest), solver.WithNbTasks(1)); err != nil {
		t.Fatalf("the honest witness does not solve: %v", err)
	}
	t.Logf("%d constraints, %d decompositions", ccs.GetNbConstraints(), calls)

	mod := func(x *big.Int) *big.Int { return x.Mod(x, field) }
	setValue := func(out []*big.Int, v *big.Int) {
		v = new(big.Int).Mod(v, new(big.Int).Lsh(big.NewInt(1), uint(len(out))))
		for i := range out {
			out[i].SetUint64(uint64(v.Bit(i)))
		}
	}
	strategies := []struct {
		name string
		f    func(v *big.Int, out []*big.Int)
	}{
		{"value+1", func(v *big.Int, out []*big.Int) { setValue(out, new(big.Int).Add(v, big.NewInt(1))) }},
		{"value-1", func(v *big.Int, out []*big.Int) { setValue(out, new(big.Int).Sub(v, big.NewInt(1))) }},
		{"another carry", func(v *big.Int, out []*big.Int) {
			bit := min(32, len(out)-1)
			setValue(out, new(big.Int).Xor(v, new(big.Int).Lsh(big.NewInt(1), uint(bit))))
		}},
		{"non-boolean split, low", func(v *big.Int, out []*big.Int) {
			setValue(out, v)
			for i := 1; i < len(out); i++ {
				if out[i].Sign() != 0 {
					out[i].SetUint64(0)
					out[i-1].Add(out[i-1], big.NewInt(2))
					return
				}
			}
			out[1].Set(mod(big.NewInt(-1)))
			out[0].Add(out[0], big.NewInt(2))
		}},
		{"non-boolean split, high", func(v *big.Int, out []*big.Int) {
			setValue(out, v)
			last := len(out) - 1
			out[last].Set(mod(new(big.Int).Add(out[last], big.NewInt(1))))
			out[0].Set(mod(new(big.Int).Sub(out[0], new(big.Int).Lsh(big.NewInt(1), uint(last)))))
		}},
	}
	for s := range strategies {
		for target := 0; target < calls; target += step {
			call := 0
			tamper := func(_ *big.Int, in, out []*big.Int) error {
				defer func() { call++ }()
				if call != target {
					for i := range out {
						out[i].SetUint64(uint64(in[0].Bit(i)))
					}
					return nil
				}
				strategies[s].f(in[0], out)
				return nil
			}
			if sys.IsSolved(wit, solver.OverrideHint(nBitsID, tamper), solver.WithNbTasks(1)) == nil {
				second = append(second, fmt.Sprintf("%s at decomposition %d of %d", strategies[s].name, target, calls))
			}
		}
	}
	return calls, second
}

// r16CommitCircuit is Commitment over a header and Pubdata bytes.
type r16CommitCircuit struct {
	Header     BlockHeader
	Pubdata    []frontend.Variable // bytes
	Commitment frontend.Variable   `gnark:",public"`
}

func (c *r16CommitCircuit) Define(api frontend.API) error {
	return assertCommitment(api, c.Header, c.Pubdata, c.Commitment)
}

// TestReview16CommitmentRealSizes checks Commitment against
// rollup.Commitment at the real block sizes (1, 2, 4 slots; 64 = ProdParams
// unless -short) with random and extreme headers (roots 0 and r-1, number,
// timestamp and fee account at their maximum) and random or all-0xff
// pubdata: the circuit's value is digest bits [3:] as a field element,
// equal to the native commitment with its top three bits cleared. The raw
// digest as an integer (top bits kept, reduced mod r), the commitment with
// any of its top three bits set, and the commitment ±1 are refused.
func TestReview16CommitmentRealSizes(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 3))
	slots := []int{1, 2, 4}
	if !testing.Short() {
		slots = append(slots, 64)
	}
	var rMinus1 fr.Element
	rMinus1.SetOne()
	rMinus1.Neg(&rMinus1)
	for _, s := range slots {
		for variant := range 3 {
			var oldRoot, newRoot fr.Element
			h := rollup.BlockHeader{Number: rng.Uint64(), Timestamp: rng.Uint64(), FeeAccount: rng.Uint32()}
			pat := "random"
			switch variant {
			case 0:
				oldRoot.SetRandom()
				newRoot.SetRandom()
			case 1:
				newRoot = rMinus1
				h = rollup.BlockHeader{Number: ^uint64(0), Timestamp: ^uint64(0), FeeAccount: ^uint32(0)}
				pat = "ones"
			case 2:
				oldRoot = rMinus1
				pat = "zeros"
			}
			padded := r16Message(rng, s*rollup.SlotBytes, pat)
			native := rollup.Commitment(oldRoot, newRoot, h, padded)
			raw := sha256.Sum256(append(append(append(oldRoot.Marshal(), newRoot.Marshal()...), r16Header(h)...), padded...))
			if raw[0]&0x1f != native[0] || string(raw[1:]) != string(native[1:]) {
				t.Fatalf("rollup.Commitment is not sha256 with the top three bits cleared")
			}
			assign := func(c *big.Int) *r16CommitCircuit {
				a := &r16CommitCircuit{
					Header:     BlockHeader{OldRoot: big2(oldRoot), NewRoot: big2(newRoot), Number: h.Number, Timestamp: h.Timestamp, FeeAccount: h.FeeAccount},
					Pubdata:    make([]frontend.Variable, len(padded)),
					Commitment: c,
				}
				for i, b := range padded {
					a.Pubdata[i] = b
				}
				return a
			}
			c := &r16CommitCircuit{Pubdata: make([]frontend.Variable, len(padded))}
			want := new(big.Int).SetBytes(native[:])
			name := fmt.Sprintf("%d slots, variant %d", s, variant)
			mustSolve(t, name, c, assign(want))
			if s == 64 && variant > 0 {
				continue // the 3476-byte circuit is slow in the test engine: one refusal is enough
			}
			bads := map[string]*big.Int{
				"raw digest mod r": new(big.Int).Mod(new(big.Int).SetBytes(raw[:]), field),
				"commitment+1":     new(big.Int).Add(want, big.NewInt(1)),
				"commitment-1":     new(big.Int).Sub(want, big.NewInt(1)),
			}
			for bit := 253; bit < 256; bit++ {
				bads[fmt.Sprintf("bit %d set", bit)] = new(big.Int).Mod(new(big.Int).SetBit(new(big.Int).Set(want), bit, 1), field)
			}
			for what, v := range bads {
				if v.Cmp(want) == 0 {
					continue // the raw digest's top bits happened to be zero
				}
				mustFail(t, name+": "+what, c, assign(v))
			}
		}
	}
}

// r16Header is the 20-byte header tail rollup.Commitment hashes after the roots.
func r16Header(h rollup.BlockHeader) []byte {
	b := make([]byte, 20)
	for i := range 8 {
		b[i] = byte(h.Number >> (56 - 8*i))
		b[8+i] = byte(h.Timestamp >> (56 - 8*i))
	}
	for i := range 4 {
		b[16+i] = byte(h.FeeAccount >> (24 - 8*i))
	}
	return b
}

// TestReview16SHA256NoCommitment: the block-sized gadget compiles without a
// Pedersen commitment (the batch verifier's shape) and without the
// range-check hint machinery.
func TestReview16SHA256NoCommitment(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &r16FreeSHACircuit{Msg: make([]frontend.Variable, 84+53*4)})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ccs.GetCommitments().CommitmentIndexes()); n != 0 {
		t.Errorf("the gadget adds %d commitment(s)", n)
	}
}
