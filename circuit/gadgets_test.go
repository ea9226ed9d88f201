package circuit

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	tedwards "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	tedwardsid "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/state/smt"
)

var field = ecc.BN254.ScalarField()

func solves(c, w frontend.Circuit) error { return test.IsSolved(c, w, field) }

func mustSolve(t *testing.T, name string, c, w frontend.Circuit) {
	t.Helper()
	if err := solves(c, w); err != nil {
		t.Errorf("%s: native accepts, circuit does not: %v", name, err)
	}
}

func mustFail(t *testing.T, name string, c, w frontend.Circuit) {
	t.Helper()
	if solves(c, w) == nil {
		t.Errorf("%s: native rejects, circuit accepts", name)
	}
}

func big2(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// ---- Merkle paths ----

const merkleDepth = 6

type merkleCircuit struct {
	Leaf, Index, Root frontend.Variable
	Siblings          [merkleDepth]frontend.Variable
}

func (c *merkleCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	root := h.MerkleRoot(c.Leaf, IndexBits(api, c.Index, merkleDepth), c.Siblings[:])
	api.AssertIsEqual(root, c.Root)
	return nil
}

func TestMerkleRootMatchesSMT(t *testing.T) {
	tr, err := smt.New(kv.NewMemory(), []byte("t"), merkleDepth)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		var v fr.Element
		v.SetUint64(rng.Uint64())
		_ = tr.Set(rng.Uint64N(1<<merkleDepth), v)
	}
	root, _ := tr.Root()
	for _, idx := range []uint64{0, 1, 33, 63} {
		leaf, _ := tr.Get(idx)
		p, _ := tr.Proof(idx)
		w := &merkleCircuit{Leaf: big2(leaf), Index: idx, Root: big2(root)}
		for i := range p.Siblings {
			w.Siblings[i] = big2(p.Siblings[i])
		}
		mustSolve(t, "valid path", &merkleCircuit{}, w)

		bad := *w
		bad.Leaf = new(big.Int).Add(big2(leaf), big.NewInt(1))
		mustFail(t, "wrong leaf", &merkleCircuit{}, &bad)
		bad = *w
		bad.Siblings[3] = big.NewInt(5)
		mustFail(t, "wrong sibling", &merkleCircuit{}, &bad)
		bad = *w
		bad.Index = idx ^ 4
		if l2, _ := tr.Get(idx ^ 4); l2 != leaf {
			mustFail(t, "wrong index", &merkleCircuit{}, &bad)
		}
		bad = *w
		bad.Index = idx + 1<<merkleDepth // same low bits, out of range
		mustFail(t, "index out of range", &merkleCircuit{}, &bad)
	}
}

// ---- account leaves ----

type leafCircuit struct {
	A    Account
	Leaf frontend.Variable
}

func (c *leafCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.LeafHash(c.A), c.Leaf)
	return nil
}

func TestLeafHashMatchesState(t *testing.T) {
	var br, or fr.Element
	br.SetUint64(777)
	or.SetUint64(888)
	for name, acc := range map[string]state.Account{
		"empty":    {},
		"existing": {Address: common.HexToAddress("0xabcdef0123456789abcdef0123456789abcdef01"), PubKeyHash: crypto.PubKeyHash{9, 8, 7}, Nonce: 42},
	} {
		leaf := state.LeafHash(acc, br, or)
		w := &leafCircuit{A: Account{
			Address: new(big.Int).SetBytes(acc.Address[:]), PubKeyHash: new(big.Int).SetBytes(acc.PubKeyHash[:]),
			Nonce: acc.Nonce, BalanceRoot: big2(br), OrderRoot: big2(or),
		}, Leaf: big2(leaf)}
		mustSolve(t, name, &leafCircuit{}, w)
		if acc.Exists() {
			bad := *w
			bad.A.Nonce = acc.Nonce + 1
			mustFail(t, name+" with another nonce", &leafCircuit{}, &bad)
			bad = *w
			bad.A.OrderRoot = 889
			mustFail(t, name+" with another order root", &leafCircuit{}, &bad)
		}
	}
}

// ---- packed amounts ----

type unpackCircuit struct {
	Packed, Value frontend.Variable
	bits          int
}

func (c *unpackCircuit) Define(api frontend.API) error {
	v, _ := Unpack(api, c.Packed, c.bits)
	api.AssertIsEqual(v, c.Value)
	return nil
}

func TestUnpackMatchesNative(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for range 40 {
		var p rollup.PackedAmount
		for i := range p {
			p[i] = byte(rng.Uint32())
		}
		packed := new(big.Int).SetBytes(p[:])
		v, err := p.Value()
		w := &unpackCircuit{Packed: packed, Value: 0, bits: 40}
		if err != nil { // >= 2^128: no value makes the circuit accept
			w.Value = new(big.Int).Mul(new(big.Int).Rsh(packed, 5), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p[4]&31)), nil))
			mustFail(t, "amount >= 2^128", &unpackCircuit{bits: 40}, w)
			continue
		}
		w.Value = v.Big()
		mustSolve(t, "amount", &unpackCircuit{bits: 40}, w)
		w.Value = new(big.Int).Add(v.Big(), big.NewInt(1))
		mustFail(t, "wrong amount", &unpackCircuit{bits: 40}, w)
	}
	for _, fee := range []uint64{0, 1, 2047, 20470, 1_000_000_000_000} {
		pf, err := rollup.PackFee(num.FromUint64(fee))
		if err != nil {
			t.Fatal(err)
		}
		mustSolve(t, "fee", &unpackCircuit{bits: 16}, &unpackCircuit{Packed: new(big.Int).SetBytes(pf[:]), Value: fee, bits: 16})
	}
	mustFail(t, "packed wider than its field", &unpackCircuit{bits: 16}, &unpackCircuit{Packed: 1 << 16, Value: 0, bits: 16})
}

// ---- public keys ----

type pubKeyCircuit struct {
	A, Q twistededwards.Point
	Hash frontend.Variable
}

func (c *pubKeyCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	curve, err := twistededwards.NewEdCurve(api, tedwardsid.BN254)
	if err != nil {
		return err
	}
	AssertInSubgroup(curve, c.A, c.Q)
	api.AssertIsEqual(h.PubKeyHash(c.A.X, c.A.Y), c.Hash)
	return nil
}

func TestPubKeyHashAndSubgroupMatchNative(t *testing.T) {
	k, err := crypto.KeyFromSeed([]byte("circuit"))
	if err != nil {
		t.Fatal(err)
	}
	pk := k.Public()
	x, y := pk.Point()
	qx, qy := SubgroupWitness(x, y)
	pkh := pk.Hash()
	w := &pubKeyCircuit{
		A:    twistededwards.Point{X: big2(x), Y: big2(y)},
		Q:    twistededwards.Point{X: big2(qx), Y: big2(qy)},
		Hash: new(big.Int).SetBytes(pkh[:]),
	}
	mustSolve(t, "registered key", &pubKeyCircuit{}, w)
	bad := *w
	bad.Hash = new(big.Int).Add(new(big.Int).SetBytes(pkh[:]), big.NewInt(1))
	mustFail(t, "wrong hash", &pubKeyCircuit{}, &bad)

	// A + T for T of order 2 (0, -1): on the curve, outside the subgroup;
	// the native decoder refuses it, so no witness may make the circuit accept.
	var minusOne fr.Element
	minusOne.SetOne()
	minusOne.Neg(&minusOne)
	var a, tp, s tedwards.PointAffine
	a.X, a.Y = x, y
	tp.X, tp.Y = fr.Element{}, minusOne
	s.Add(&a, &tp)
	if _, err := crypto.PublicKeyFromBytes(func() []byte { b := s.Bytes(); return b[:] }()); err == nil {
		t.Fatal("native decoder accepts a key outside the subgroup")
	}
	sqx, sqy := SubgroupWitness(s.X, s.Y)                    // the best a prover can do: [8]q = [8](8⁻¹·s) ≠ s
	full := crypto.HashTagged(crypto.DomainPubKey, s.X, s.Y) // its hash is right: only the subgroup check can refuse it
	fb := full.Bytes()
	bad = pubKeyCircuit{A: twistededwards.Point{X: big2(s.X), Y: big2(s.Y)}, Q: twistededwards.Point{X: big2(sqx), Y: big2(sqy)}, Hash: new(big.Int).SetBytes(fb[32-crypto.PubKeyHashLen:])}
	mustFail(t, "key outside the subgroup", &pubKeyCircuit{}, &bad)
	// and without the subgroup check the same witness would pass: the check is what refuses it
	if err := solves(&pubKeyHashOnly{}, &pubKeyHashOnly{A: bad.A, Hash: bad.Hash}); err != nil {
		t.Fatalf("hash of the out-of-subgroup key should match: %v", err)
	}

}

type pubKeyHashOnly struct {
	A    twistededwards.Point
	Hash frontend.Variable
}

func (c *pubKeyHashOnly) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.PubKeyHash(c.A.X, c.A.Y), c.Hash)
	return nil
}
