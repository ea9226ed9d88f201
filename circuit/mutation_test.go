package circuit

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestEverySingleWitnessChangeIsRejected: in valid blocks that use every
// operation type, changing any one witness value (an amount, a nonce, a
// signature component, a Merkle sibling, a pubdata field, the commitment) by
// +1 and by one of a negation, a random value or a bit flip makes the
// constraint system unsatisfied. A value some change leaves satisfied would
// be a value no constraint binds. The values that are not unique by design
// are listed (and shown) by TestIntentionallyNonUniqueWitnessValues; none of
// these changes can produce their alternatives.
func TestEverySingleWitnessChangeIsRejected(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the block circuit once per witness value")
	}
	r, err := scenario.Run(rollup.TestParams, `
		deposit A 100 ETH
		deposit B 7 DAI
		changepubkey A fee 1 ETH
		transfer A B 5 ETH fee 1
		> block
		transfer A C 3 ETH
		withdraw A 20 ETH fee 2
		fullexit B DAI
		deposit D 3 ETH refund
		> block
		deposit A 10000 ETH
		deposit B 5000 DAI
		changepubkey B
		> block
		order M A sell 4000 ETH for 2000 DAI slot 1 maxfee 7
		order T B sell 2000 DAI for 4000 ETH buy maxfee 100
		match T M fees 100 7
		cancel A 2 1 fee 1 ETH
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, NewBlockCircuit(testShape))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("block circuit, %+v: %d R1CS constraints", testShape, ccs.GetNbConstraints())
	start := time.Now()
	rng := rand.New(rand.NewPCG(14, 13))
	tried := 0
	blocks := replay(t, r)
	if n := len(blocks); n != 4 || r.Blocks[3].Ops[0].Type != rollup.OpSpotTrade || r.Blocks[3].Ops[1].Type != rollup.OpCancelOrder {
		t.Fatalf("the scenario's last block is not a trade and a cancel")
	}
	for bi, a := range blocks {
		w, err := frontend.NewWitness(a, field)
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("block %d: valid witness does not solve: %v", bi+1, err)
		}
		vec := w.Vector().(fr.Vector)
		for i := range vec {
			// every value gets +1, and one more change from the other
			// families in turn: its negation (a sign flip), a random field
			// element, or one of its 254 bits flipped (a limb flip)
			for _, m := range []mutation{mutations[0], mutations[1+(i+bi)%(len(mutations)-1)]} {
				orig := vec[i]
				m.apply(&vec[i], rng)
				if vec[i] != orig && ccs.IsSolved(w) == nil {
					t.Errorf("block %d: witness value %d changed by %s still solves", bi+1, i, m.name)
				}
				vec[i] = orig
				tried++
			}
		}
	}
	t.Logf("%d single-value mutations tried in %s", tried, time.Since(start).Round(time.Second))
}

// mutation is one way of changing a witness value.
type mutation struct {
	name  string
	apply func(v *fr.Element, rng *rand.Rand)
}

var mutations = []mutation{
	{"+1", func(v *fr.Element, _ *rand.Rand) { one := fr.One(); v.Add(v, &one) }},
	{"negation", func(v *fr.Element, _ *rand.Rand) { v.Neg(v) }},
	{"a random value", func(v *fr.Element, rng *rand.Rand) {
		var b [32]byte
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		v.SetBytes(b[:])
	}},
	{"a bit flip", func(v *fr.Element, rng *rand.Rand) {
		bi := v.BigInt(new(big.Int))
		k := rng.IntN(fr.Bits)
		bi.SetBit(bi, k, bi.Bit(k)^1)
		v.SetBigInt(bi)
	}},
}

// TestIntentionallyNonUniqueWitnessValues states the only witness values
// that are not unique, so that TestEverySingleWitnessChangeIsRejected checks
// everything else: (1) a ChangePubKey's subgroup witness Q with [8]Q = key
// is unique only up to the 8-torsion (Q + T for T of order 2 is (−x, −y));
// (2) a slot without a signature carries any valid signature of 0. Neither
// reaches the pubdata, the commitment or a state root.
func TestIntentionallyNonUniqueWitnessValues(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\nchangepubkey A\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := replay(t, r)[0]
	if err := solves(NewBlockCircuit(testShape), a); err != nil {
		t.Fatal(err)
	}
	cpk, dep := &a.Slots[1], &a.Slots[0]
	if cpk.Type != uint64(rollup.OpChangePubKey) || dep.Type != uint64(rollup.OpDeposit) {
		t.Fatalf("slots are %v, %v", dep.Type, cpk.Type)
	}
	q := cpk.SubgroupQ
	neg := func(v frontend.Variable) *big.Int {
		var e fr.Element
		e.SetBigInt(v.(*big.Int))
		e.Neg(&e)
		return e.BigInt(new(big.Int))
	}
	cpk.SubgroupQ = twistededwards.Point{X: neg(q.X), Y: neg(q.Y)}
	if err := solves(NewBlockCircuit(testShape), a); err != nil {
		t.Fatalf("Q + T (T of order 2) is refused, so Q is unique: update this test and the mutation test's doc: %v", err)
	}
	cpk.SubgroupQ = q

	k, err := crypto.KeyFromSeed([]byte("another unsigned-slot key"))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := k.Sign(fr.Element{})
	if err != nil {
		t.Fatal(err)
	}
	other, err := sigAssignment(k.Public().Bytes(), sig)
	if err != nil {
		t.Fatal(err)
	}
	dep.Sig = other.Signature
	if err := solves(NewBlockCircuit(testShape), a); err != nil {
		t.Fatalf("another valid signature of 0 in an unsigned slot is refused: %v", err)
	}
}
