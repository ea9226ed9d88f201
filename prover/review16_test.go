package prover_test

// Review 16 (change 2): attack tests for the batched block verifier
// (ExportBatchSolidity's contract, called once per proveBlocks). They run on
// the simulated EVM against both shapes the template emits: keys without a
// Pedersen commitment (the block circuit's keys today) and keys with one
// (the committed golden key's shape, which no other test runs on the EVM),
// using a tiny circuit of the same shape (one public input) so that proofs
// are instant. Every attack must be refused; they are kept as regression
// tests.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/internal/batchmodel"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
)

// r16Circuit proves X = Y³ + Y + 5 for a private Y: one public input, like
// the block circuit. commit 1 adds a Pedersen commitment to Y (private);
// commit 2 commits to the public X instead (a shape the exporter refuses).
type r16Circuit struct {
	X      frontend.Variable `gnark:",public"`
	Y      frontend.Variable
	commit int
}

func (c *r16Circuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Add(api.Mul(c.Y, c.Y, c.Y), c.Y, 5), c.X)
	if c.commit == 0 {
		return nil
	}
	v := c.Y
	if c.commit == 2 {
		v = c.X
	}
	cm, err := api.(frontend.Committer).Commit(v)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

// r16TwoPublic has two public inputs: the batch verifier takes one.
type r16TwoPublic struct {
	X, Z frontend.Variable `gnark:",public"`
	Y    frontend.Variable
}

func (c *r16TwoPublic) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.Y, c.Y), api.Add(c.X, c.Z))
	return nil
}

// r16Fixture is a deployed batch verifier and valid proofs for it.
type r16Fixture struct {
	name   string
	commit bool
	vk     *groth16bn254.VerifyingKey
	proofs [][]byte
	inputs []*big.Int
	abi    abi.ABI
	addr   common.Address
	chain  *evmtest.Chain
	from   common.Address
}

// r16SetupWith is r16Setup with key sending every transaction.
func r16SetupWith(t *testing.T, chain *evmtest.Chain, key *ecdsa.PrivateKey, commit bool, k int) *r16Fixture {
	return r16Setup(t, chain, func() common.Address { return evmtest.Addr(key) }, func(code []byte) common.Address {
		addr, _ := chain.Deploy(t, key, code, nil)
		return addr
	}, commit, k)
}

func r16Setup(t *testing.T, chain *evmtest.Chain, key func() common.Address, deploy func([]byte) common.Address, commit bool, k int) *r16Fixture {
	t.Helper()
	mode := 0
	if commit {
		mode = 1
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &r16Circuit{commit: mode})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	f := &r16Fixture{name: "no commitment", commit: commit, vk: vk.(*groth16bn254.VerifyingKey), chain: chain, from: key()}
	if commit {
		f.name = "one commitment"
		if len(f.vk.CommitmentKeys) != 1 || len(f.vk.G1.K) != 3 {
			t.Fatalf("the commitment circuit has %d commitments, %d K points", len(f.vk.CommitmentKeys), len(f.vk.G1.K))
		}
	}
	for i := range k {
		y := big.NewInt(int64(1000 + 17*i))
		x := new(big.Int).Add(new(big.Int).Exp(y, big.NewInt(3), nil), new(big.Int).Add(y, big.NewInt(5)))
		x.Mod(x, fr.Modulus())
		w, err := frontend.NewWitness(&r16Circuit{X: x, Y: y}, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		if err != nil {
			t.Fatal(err)
		}
		pub, err := w.Public()
		if err != nil {
			t.Fatal(err)
		}
		if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
			t.Fatal(err)
		}
		f.proofs = append(f.proofs, proof.(*groth16bn254.Proof).MarshalSolidity())
		f.inputs = append(f.inputs, x)
	}
	var src bytes.Buffer
	if err := prover.ExportBatchSolidity(vk, &src); err != nil {
		t.Fatal(err)
	}
	var code []byte
	f.abi, code = evmtest.CompileSource(t, src.Bytes(), "Verifier")
	f.addr = deploy(code)
	return f
}

func (f *r16Fixture) clone() ([][]byte, []*big.Int) {
	ps, xs := make([][]byte, len(f.proofs)), make([]*big.Int, len(f.inputs))
	for i := range ps {
		ps[i], xs[i] = bytes.Clone(f.proofs[i]), new(big.Int).Set(f.inputs[i])
	}
	return ps, xs
}

// call runs verifyBatch(ps, xs) as an eth_call (gas 0: the block's limit).
func (f *r16Fixture) call(ps [][]byte, xs []*big.Int, gas uint64) error {
	data, err := f.abi.Pack("verifyBatch", ps, xs)
	if err != nil {
		return err
	}
	return f.raw(data, gas)
}

func (f *r16Fixture) raw(data []byte, gas uint64) error {
	_, err := f.chain.C.CallContract(context.Background(), ethereum.CallMsg{From: f.from, To: &f.addr, Data: data, Gas: gas}, nil)
	return err
}

// reason names the custom error a reverted call returned ("" if none).
func (f *r16Fixture) reason(err error) string {
	de, ok := err.(interface{ ErrorData() interface{} })
	if !ok {
		return ""
	}
	hexData, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data := common.FromHex(hexData)
	for name, e := range f.abi.Errors {
		if len(data) >= 4 && bytes.Equal(data[:4], e.ID[:4]) {
			return name
		}
	}
	return fmt.Sprintf("unknown revert data %x", data)
}

// ---- points ----

func r16G1(p []byte, off int) bn254.G1Affine { return batchmodel.G1(p, off) }

func r16PutG1(p []byte, off int, q bn254.G1Affine) {
	x, y := q.X.Bytes(), q.Y.Bytes()
	copy(p[off:], x[:])
	copy(p[off+32:], y[:])
}

func r16G2(p []byte, off int) bn254.G2Affine { return batchmodel.G2(p, off) }

func r16PutG2(p []byte, off int, q bn254.G2Affine) {
	for i, e := range []fp.Element{q.X.A1, q.X.A0, q.Y.A1, q.Y.A0} {
		b := e.Bytes()
		copy(p[off+32*i:], b[:])
	}
}

// r16Shift adds s·G1 to the G1 point at off (s may be negative).
func r16Shift(p []byte, off int, s *big.Int) {
	var d bn254.G1Affine
	d.ScalarMultiplicationBase(new(big.Int).Mod(s, fr.Modulus()))
	q := r16G1(p, off)
	q.Add(&q, &d)
	r16PutG1(p, off, q)
}

// r16AddWord adds v to the 32-byte big-endian word at off, as an integer
// (no reduction: x + q is a non-canonical coordinate).
func r16AddWord(p []byte, off int, v *big.Int) {
	w := new(big.Int).Add(new(big.Int).SetBytes(p[off:off+32]), v)
	w.FillBytes(p[off : off+32])
}

// Proof layout (SolidityProof): A 0 | B 64 | C 192 | D 256 | PoK 320.
const (
	r16A = 0
	r16B = 64
	r16C = 192
	r16D = 256
	r16P = 320
)

// ---- the contract's check, modelled in Go ----

var r16R = fr.Modulus()

func r16Keccak(data ...[]byte) *big.Int {
	return new(big.Int).SetBytes(crypto.Keccak256(data...))
}

// r16Weights returns the contract's r_i and t for a batch:
// seed = keccak(abi.encode(proofs, inputs)), r_0 = 1, r_i = keccak(abi.encode(seed,
// i)) mod R for i > 0, t = keccak(abi.encode(seed, "pedersen")) mod R.
func r16Weights(t *testing.T, ps [][]byte, xs []*big.Int) ([]*big.Int, *big.Int) {
	t.Helper()
	seed, err := batchmodel.Seed(ps, xs)
	if err != nil {
		t.Fatal(err)
	}
	rs, tt := batchmodel.Weights(seed, len(ps), true)
	return rs, tt
}

// r16Holds evaluates the batched equation with weights rs and tt (which
// may be ones: the unweighted sum an attacker would love) in Go.
func (f *r16Fixture) r16Holds(t *testing.T, ps [][]byte, xs []*big.Int, rs []*big.Int, tt *big.Int) bool {
	t.Helper()
	ok, err := batchmodel.Holds(f.vk, ps, xs, rs, tt)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func r16Ones(n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = big.NewInt(1)
	}
	return out
}

// r16OffSubgroupG2 is a point of the twist (on the curve) outside the
// order-r subgroup.
func r16OffSubgroupG2(t *testing.T) bn254.G2Affine {
	t.Helper()
	_, _, _, g := bn254.Generators()
	bTwist := g.Y
	bTwist.Square(&g.Y)
	x3 := g.X
	x3.Square(&g.X)
	x3.Mul(&x3, &g.X)
	bTwist.Sub(&bTwist, &x3) // y² - x³ of the generator
	var p bn254.G2Affine
	for i := uint64(1); i < 1000; i++ {
		p.X.A0.SetUint64(i)
		p.X.A1.SetUint64(1)
		rhs := p.X
		rhs.Square(&p.X)
		rhs.Mul(&rhs, &p.X)
		rhs.Add(&rhs, &bTwist)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no point off the subgroup found")
	return p
}

// r16Attack is one forged batch; naive reports whether it passes the
// unweighted check (all r_i = t = 1), i.e. whether only the randomness
// stands between it and acceptance.
type r16Attack struct {
	name   string
	commit bool // only for the commitment shape
	naive  bool // passes the unweighted check (all r_i = t = 1)
	chosen bool // built with the honest batch's r_i: passes the check under them
	forge  func(t *testing.T, f *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int)
}

func r16Attacks() []r16Attack {
	X := big.NewInt(0x5eed)
	q := fp.Modulus()
	R := fr.Modulus()
	word := func(off int, v *big.Int) func(*testing.T, *r16Fixture, [][]byte, []*big.Int) ([][]byte, []*big.Int) {
		return func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			r16AddWord(ps[0], off, v)
			return ps, xs
		}
	}
	zero := func(off, n int) func(*testing.T, *r16Fixture, [][]byte, []*big.Int) ([][]byte, []*big.Int) {
		return func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			clear(ps[0][off : off+n])
			return ps, xs
		}
	}
	return []r16Attack{
		{name: "C0 += X, C1 -= X (cancels when r0 = r1)", naive: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			r16Shift(ps[0], r16C, X)
			r16Shift(ps[1], r16C, new(big.Int).Neg(X))
			return ps, xs
		}},
		{name: "A0 += X, A1 -= X on one proof twice for one input (cancels when r0 = r1)", naive: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			ps[1], xs[1] = bytes.Clone(ps[0]), xs[0]
			r16Shift(ps[0], r16A, X)
			r16Shift(ps[1], r16A, new(big.Int).Neg(X))
			return ps, xs
		}},
		{name: "C shifts weighted by the r of the honest batch (chosen after seeing r)", chosen: true, forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			rs, _ := r16Weights(t, ps, xs)
			r16Shift(ps[0], r16C, new(big.Int).Mul(rs[1], X))
			r16Shift(ps[1], r16C, new(big.Int).Neg(new(big.Int).Mul(rs[0], X)))
			return ps, xs
		}},
		{name: "inputs 0 and 1 shifted by ±1 (the input sum is unchanged)", naive: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			xs[0].Add(xs[0], big.NewInt(1))
			xs[1].Sub(xs[1], big.NewInt(1))
			return ps, xs
		}},
		{name: "proof 0 reused for input 1", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			ps[1] = bytes.Clone(ps[0])
			return ps, xs
		}},
		{name: "proofs rotated, inputs not", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			return [][]byte{ps[1], ps[2], ps[0]}, xs
		}},
		{name: "inputs swapped", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			xs[0], xs[1] = xs[1], xs[0]
			return ps, xs
		}},
		{name: "one proof for two inputs", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			return [][]byte{ps[0], bytes.Clone(ps[0])}, xs[:2]
		}},
		{name: "A at infinity", forge: zero(r16A, 64)},
		{name: "B at infinity", forge: zero(r16B, 128)},
		{name: "C at infinity", forge: zero(r16C, 64)},
		{name: "A and B at infinity", forge: zero(r16A, 192)},
		{name: "A off the curve (y+1)", forge: word(r16A+32, big.NewInt(1))},
		{name: "B off the curve (y.A0+1)", forge: word(r16B+96, big.NewInt(1))},
		{name: "C off the curve (y+1)", forge: word(r16C+32, big.NewInt(1))},
		{name: "A.x + q", forge: word(r16A, q)},
		{name: "A.y + q", forge: word(r16A+32, q)},
		{name: "B.x.A1 + q", forge: word(r16B, q)},
		{name: "B.y.A0 + q", forge: word(r16B+96, q)},
		{name: "C.x + q", forge: word(r16C, q)},
		{name: "C.y + q", forge: word(r16C+32, q)},
		{name: "B on the twist, outside the subgroup", forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			r16PutG2(ps[0], r16B, r16OffSubgroupG2(t))
			return ps, xs
		}},
		{name: "B plus a point outside the subgroup", forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			b, o := r16G2(ps[0], r16B), r16OffSubgroupG2(t)
			b.Add(&b, &o)
			r16PutG2(ps[0], r16B, b)
			return ps, xs
		}},
		{name: "input + R (the same field element)", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			xs[2].Add(xs[2], R)
			return ps, xs
		}},
		{name: "input = R", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			xs[1].Set(R)
			return ps, xs
		}},
		{name: "input = 2^256-1", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			xs[0].Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			return ps, xs
		}},
		{name: "no proofs", forge: func(_ *testing.T, _ *r16Fixture, _ [][]byte, _ []*big.Int) ([][]byte, []*big.Int) {
			return [][]byte{}, []*big.Int{}
		}},
		{name: "proofs but no inputs", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, _ []*big.Int) ([][]byte, []*big.Int) {
			return ps, []*big.Int{}
		}},
		{name: "more inputs than proofs", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			return ps[:2], xs
		}},
		{name: "more proofs than inputs", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			return ps, xs[:2]
		}},
		{name: "a trailing byte", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			ps[1] = append(ps[1], 0)
			return ps, xs
		}},
		{name: "a trailing word", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			ps[1] = append(ps[1], make([]byte, 32)...)
			return ps, xs
		}},
		{name: "the other shape's length (±128 zero bytes)", forge: func(_ *testing.T, f *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			if f.commit {
				ps[0] = ps[0][:256]
			} else {
				ps[0] = append(ps[0], make([]byte, 128)...)
			}
			return ps, xs
		}},
		{name: "one byte short", forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			ps[2] = ps[2][:len(ps[2])-1]
			return ps, xs
		}},

		// the commitment shape: D (the commitment) and P (its proof of knowledge)
		{name: "P0 += X, P1 -= X (PoK errors cancel when r0 = r1)", commit: true, naive: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			r16Shift(ps[0], r16P, X)
			r16Shift(ps[1], r16P, new(big.Int).Neg(X))
			return ps, xs
		}},
		{name: "P shifts weighted by the r of the honest batch", commit: true, chosen: true, forge: func(t *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			rs, _ := r16Weights(t, ps, xs)
			r16Shift(ps[0], r16P, new(big.Int).Mul(rs[1], X))
			r16Shift(ps[1], r16P, new(big.Int).Neg(new(big.Int).Mul(rs[0], X)))
			return ps, xs
		}},
		{name: "D0 += X, PoK unchanged", commit: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			r16Shift(ps[0], r16D, X)
			return ps, xs
		}},
		{name: "D0 += X, D1 -= X", commit: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			r16Shift(ps[0], r16D, X)
			r16Shift(ps[1], r16D, new(big.Int).Neg(X))
			return ps, xs
		}},
		{name: "D and PoK swapped between proofs 0 and 1", commit: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			tmp := bytes.Clone(ps[0][r16D:])
			copy(ps[0][r16D:], ps[1][r16D:])
			copy(ps[1][r16D:], tmp)
			return ps, xs
		}},
		{name: "D and PoK negated (the PoK alone still holds)", commit: true, forge: func(_ *testing.T, _ *r16Fixture, ps [][]byte, xs []*big.Int) ([][]byte, []*big.Int) {
			for _, off := range []int{r16D, r16P} {
				p := r16G1(ps[0], off)
				p.Neg(&p)
				r16PutG1(ps[0], off, p)
			}
			return ps, xs
		}},
		{name: "D at infinity", commit: true, forge: zero(r16D, 64)},
		{name: "PoK at infinity", commit: true, forge: zero(r16P, 64)},
		{name: "D and PoK at infinity", commit: true, forge: zero(r16D, 128)},
		{name: "D off the curve (y+1)", commit: true, forge: word(r16D+32, big.NewInt(1))},
		{name: "PoK off the curve (y+1)", commit: true, forge: word(r16P+32, big.NewInt(1))},
		{name: "D.x + q", commit: true, forge: word(r16D, q)},
		{name: "PoK.y + q", commit: true, forge: word(r16P+32, q)},
	}
}

// TestReview16BatchVerifierAttacks runs every attack of r16Attacks on both
// shapes of the batch verifier (three valid proofs to start from): each
// must revert. Attacks marked naive are first shown to pass the unweighted
// check in Go (so the random weights are what refuses them), and the
// r-chosen ones to pass the check under the honest batch's weights (so the
// seed's covering the proofs is what refuses them).
func TestReview16BatchVerifierAttacks(t *testing.T) {
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	from := func() common.Address { return evmtest.Addr(key) }
	deploy := func(code []byte) common.Address {
		addr, _ := chain.Deploy(t, key, code, nil)
		return addr
	}
	for _, commit := range []bool{false, true} {
		f := r16Setup(t, chain, from, deploy, commit, 3)
		t.Run(f.name, func(t *testing.T) {
			ps, xs := f.clone()
			if err := f.call(ps, xs, 0); err != nil {
				t.Fatalf("three valid proofs refused: %v", err)
			}
			if err := f.call(ps[:1], xs[:1], 0); err != nil {
				t.Fatalf("one valid proof refused: %v", err)
			}
			if err := f.call([][]byte{ps[2], ps[0], ps[1]}, []*big.Int{xs[2], xs[0], xs[1]}, 0); err != nil {
				t.Fatalf("a permuted valid batch (proofs and inputs alike) refused: %v", err)
			}
			if !f.r16Holds(t, ps, xs, r16Ones(3), big.NewInt(1)) {
				t.Fatal("the Go model refuses the valid batch")
			}
			rs, tt := r16Weights(t, ps, xs)
			if !f.r16Holds(t, ps, xs, rs, tt) {
				t.Fatal("the Go model refuses the valid batch under the contract's weights")
			}
			// Groth16 malleability, for the record: (-A, -B, C) proves the
			// same statement. Harmless here, nothing is keyed on proof bytes.
			m := bytes.Clone(ps[0])
			a, b := r16G1(m, r16A), r16G2(m, r16B)
			a.Neg(&a)
			b.Neg(&b)
			r16PutG1(m, r16A, a)
			r16PutG2(m, r16B, b)
			t.Logf("(-A, -B, C) for input 0: accepted = %v (Groth16 is malleable; proveBlocks keys nothing on proof bytes)", f.call([][]byte{m}, xs[:1], 0) == nil)

			for _, a := range r16Attacks() {
				if a.commit && !f.commit {
					continue
				}
				t.Run(a.name, func(t *testing.T) {
					ps, xs := f.clone()
					honest := [][]byte{bytes.Clone(ps[0]), bytes.Clone(ps[1]), bytes.Clone(ps[2])}
					rsHonest, tHonest := r16Weights(t, honest, xs)
					ps, xs = a.forge(t, f, ps, xs)
					if a.naive && !f.r16Holds(t, ps, xs, r16Ones(len(ps)), big.NewInt(1)) {
						t.Fatal("the forgery does not even pass the unweighted check: the test is not testing the weights")
					}
					if a.chosen {
						if !f.r16Holds(t, ps, xs, rsHonest, tHonest) {
							t.Fatal("the forgery does not pass under the honest batch's weights: the test is not testing the seed")
						}
						if rs, tt := r16Weights(t, ps, xs); f.r16Holds(t, ps, xs, rs, tt) {
							t.Fatal("the forgery passes under its own weights in the Go model")
						}
					}
					err := f.call(ps, xs, 0)
					if err == nil {
						t.Fatal("the batch verifier accepts the forgery")
					}
					why := f.reason(err)
					if why != "ProofInvalid" && why != "BadBatch" {
						t.Errorf("refused, but not by the verifier's own errors: %v (%s)", err, why)
					}
					t.Logf("refused: %s", why)
				})
			}
		})
	}
}

// TestReview16BatchVerifierAliasedCalldata hand-encodes non-canonical
// calldata in which proofs[1]'s offset points at proofs[0]'s bytes: the
// contract must verify (and hash) what it reads, so the batch [p0, p1] for
// [x0, x1] whose second entry is aliased to p0 is refused, while the
// aliased batch for [x0, x0] (two copies of a valid pair) passes.
func TestReview16BatchVerifierAliasedCalldata(t *testing.T) {
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	for _, commit := range []bool{false, true} {
		f := r16SetupWith(t, chain, key, commit, 2)
		ps, xs := f.clone()
		alias := func(xs []*big.Int) []byte {
			data, err := f.abi.Pack("verifyBatch", ps, xs)
			if err != nil {
				t.Fatal(err)
			}
			// selector | off(proofs)=0x40 | off(inputs) | len=2 | off0 | off1 | ...
			// (element offsets count from the word after the length)
			body := data[4:]
			if new(big.Int).SetBytes(body[0:0x20]).Int64() != 0x40 || new(big.Int).SetBytes(body[0x40:0x60]).Int64() != 2 {
				t.Fatal("unexpected encoding")
			}
			copy(body[0x80:0xa0], body[0x60:0x80]) // offset of proofs[1] := offset of proofs[0]
			return data
		}
		if err := f.call(ps, xs, 0); err != nil {
			t.Fatalf("%s: the canonical batch is refused: %v", f.name, err)
		}
		if err := f.raw(alias(xs), 0); err == nil {
			t.Errorf("%s: proofs[1] aliased to proofs[0] passes for input 1", f.name)
		}
		if err := f.raw(alias([]*big.Int{xs[0], xs[0]}), 0); err != nil {
			t.Errorf("%s: the aliased batch of two copies of a valid pair is refused (is the aliasing effective?): %v", f.name, err)
		}
	}
}

// TestReview16BatchVerifierGasSweep: a false batch (the cancelling C
// shifts) is refused at every gas limit from 30k to 1.2M, so no precompile
// failure for lack of gas (ecMul, ecAdd, pairing) turns into acceptance;
// the valid batch passes once the gas suffices.
func TestReview16BatchVerifierGasSweep(t *testing.T) {
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	for _, commit := range []bool{false, true} {
		f := r16SetupWith(t, chain, key, commit, 2)
		ps, xs := f.clone()
		r16Shift(ps[0], r16C, big.NewInt(7))
		r16Shift(ps[1], r16C, big.NewInt(-7))
		okPs, okXs := f.clone()
		firstOK := uint64(0)
		for gas := uint64(30_000); gas <= 1_200_000; gas += 10_000 {
			if err := f.call(ps, xs, gas); err == nil {
				t.Fatalf("%s: the false batch passes with gas %d", f.name, gas)
			}
			if firstOK == 0 && f.call(okPs, okXs, gas) == nil {
				firstOK = gas
			}
		}
		if firstOK == 0 {
			t.Fatalf("%s: the valid batch never passes", f.name)
		}
		t.Logf("%s: the valid batch of 2 passes from %d gas; the false one never", f.name, firstOK)
	}
}

// TestReview16BatchVerifierLargeBatch: 40 valid proofs pass (the pairs
// array and the scratch memory of ecMul/ecAdd grow with K without
// corrupting each other), and the same batch with one C changed anywhere
// in it is refused.
func TestReview16BatchVerifierLargeBatch(t *testing.T) {
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	for _, commit := range []bool{false, true} {
		f := r16SetupWith(t, chain, key, commit, 5)
		var ps [][]byte
		var xs []*big.Int
		for i := range 40 {
			ps, xs = append(ps, bytes.Clone(f.proofs[i%5])), append(xs, f.inputs[i%5])
		}
		if err := f.call(ps, xs, 0); err != nil {
			t.Fatalf("%s: 40 valid proofs refused: %v", f.name, err)
		}
		for _, i := range []int{0, 17, 39} {
			bad := make([][]byte, len(ps))
			for j := range ps {
				bad[j] = bytes.Clone(ps[j])
			}
			r16Shift(bad[i], r16C, big.NewInt(1))
			if f.call(bad, xs, 0) == nil {
				t.Errorf("%s: C of proof %d of 40 shifted, the batch passes", f.name, i)
			}
		}
	}
}

// TestReview16ExportRefusesOtherShapes: the exporter refuses keys it would
// verify wrongly: two public inputs, and a commitment to a public input
// (which the template does not hash into h).
func TestReview16ExportRefusesOtherShapes(t *testing.T) {
	for _, c := range []struct {
		name string
		c    frontend.Circuit
	}{
		{"two public inputs", &r16TwoPublic{}},
		{"a commitment to the public input", &r16Circuit{commit: 2}},
	} {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c.c)
		if err != nil {
			t.Fatal(err)
		}
		_, vk, err := groth16.Setup(ccs)
		if err != nil {
			t.Fatal(err)
		}
		if err := prover.ExportBatchSolidity(vk, &bytes.Buffer{}); err == nil {
			t.Errorf("%s: exported", c.name)
		}
	}
}

// TestReview16BatchVerifierRealKeys repeats the attacks that only the
// random weights refuse on real block proofs (test profile keys): the
// cancelling C shifts, the cancelling A shifts, and shifts chosen with the
// honest batch's weights.
func TestReview16BatchVerifierRealKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("proves two blocks")
	}
	ks, _ := testkeys.Block(t, rollup.TestParams)
	f := &r16Fixture{name: "real keys", vk: ks.VK.(*groth16bn254.VerifyingKey)}
	f.commit = len(f.vk.CommitmentKeys) == 1
	f.proofs, f.inputs = solidityProofs(t, ks, "deposit A 100 ETH", "deposit B 5 DAI")
	var code []byte
	f.abi, code = testkeys.BlockVerifier(t, ks.VK)
	key := evmtest.NewKey(t)
	f.chain = evmtest.NewChain(t, evmtest.Addr(key))
	f.from = evmtest.Addr(key)
	f.addr, _ = f.chain.Deploy(t, key, code, nil)

	ps, xs := f.clone()
	if err := f.call(ps, xs, 0); err != nil {
		t.Fatalf("two valid block proofs refused: %v", err)
	}
	X := big.NewInt(0xb10c)
	for _, c := range []struct {
		name  string
		naive bool
		forge func(ps [][]byte, xs []*big.Int) []*big.Int // the weights it is built for
	}{
		{"C0 += X, C1 -= X", true, func(ps [][]byte, _ []*big.Int) []*big.Int {
			r16Shift(ps[0], r16C, X)
			r16Shift(ps[1], r16C, new(big.Int).Neg(X))
			return r16Ones(2)
		}},
		{"A0 += X, A1 -= X, proof 0 twice for input 0", true, func(ps [][]byte, xs []*big.Int) []*big.Int {
			ps[1], xs[1] = bytes.Clone(ps[0]), xs[0]
			r16Shift(ps[0], r16A, X)
			r16Shift(ps[1], r16A, new(big.Int).Neg(X))
			return r16Ones(2)
		}},
		{"C shifts weighted by the honest batch's r", false, func(ps [][]byte, xs []*big.Int) []*big.Int {
			rs, _ := r16Weights(t, ps, xs)
			r16Shift(ps[0], r16C, new(big.Int).Mul(rs[1], X))
			r16Shift(ps[1], r16C, new(big.Int).Neg(new(big.Int).Mul(rs[0], X)))
			return rs
		}},
	} {
		ps, xs := f.clone()
		rs := c.forge(ps, xs)
		if !f.r16Holds(t, ps, xs, rs, big.NewInt(1)) {
			t.Fatalf("%s: the forgery does not pass the check it was built for", c.name)
		}
		if err := f.call(ps, xs, 0); err == nil {
			t.Errorf("%s: the batch verifier accepts the forgery", c.name)
		}
	}
}
