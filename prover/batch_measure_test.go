package prover_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestMeasureBatchVerification measures option (a) of issue 16: K real
// block proofs (test profile) checked on the EVM in one pairing check by
// prover/testdata/BatchVerifier.sol, against gnark's exported verifier
// checking one. It also checks the batch refuses a corrupted proof, a
// wrong input and swapped inputs. Set ZKROLLUP_MEASURE_BATCH=1.
func TestMeasureBatchVerification(t *testing.T) {
	if os.Getenv("ZKROLLUP_MEASURE_BATCH") == "" {
		t.Skip("set ZKROLLUP_MEASURE_BATCH=1 to measure batch verification of block proofs on the EVM")
	}
	p := rollup.TestParams
	ks, _ := testkeys.Block(t, p)
	shape := circuit.ShapeOf(p)
	// three different blocks, proven for the Solidity verifier
	r, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"deposit A 100 ETH\ndeposit B 5 DAI", "changepubkey A", "transfer A B 3 ETH fee 1"} {
		if err := r.Exec(text + "\n> block"); err != nil {
			t.Fatal(err)
		}
	}
	replay, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	var proofs [][]byte
	var inputs []*big.Int
	for _, b := range r.Blocks {
		a, err := circuit.Assign(replay.State, shape, b)
		if err != nil {
			t.Fatal(err)
		}
		wb, err := prover.EncodeWitness(a)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := prover.Prove(ks.CCS, ks.PK, bytes.NewReader(wb), &out); err != nil {
			t.Fatal(err)
		}
		sp, err := prover.SolidityProof(out.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		proofs, inputs = append(proofs, sp), append(inputs, a.Commitment.(*big.Int))
	}

	vk := ks.VK.(*groth16bn254.VerifyingKey)
	if len(vk.G1.K) != 3 || len(vk.CommitmentKeys) != 1 || len(vk.PublicAndCommitmentCommitted[0]) != 0 {
		t.Fatalf("the block verifying key has %d K points, %d commitments: not the shape BatchVerifier.sol is for", len(vk.G1.K), len(vk.CommitmentKeys))
	}
	src, err := os.ReadFile("testdata/BatchVerifier.sol")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "BatchVerifier.sol")
	if err := os.WriteFile(path, bytes.Replace(src, []byte("VK_VALUES"), []byte(vkValues(vk)), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	batchABI, code := evmtest.Compile(t, path, "BatchVerifier")
	var single bytes.Buffer
	if err := prover.ExportSolidity(ks.VK, &single); err != nil {
		t.Fatal(err)
	}
	spath := filepath.Join(t.TempDir(), "Verifier.sol")
	if err := os.WriteFile(spath, single.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	singleABI, singleCode := evmtest.Compile(t, spath, "Verifier")
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	batch, _ := chain.Deploy(t, key, code, nil)
	one, _ := chain.Deploy(t, key, singleCode, nil)
	gas := func(to common.Address, data []byte) (uint64, error) {
		return chain.C.EstimateGas(context.Background(), ethereum.CallMsg{From: evmtest.Addr(key), To: &to, Data: data})
	}
	pack := func(a abi.ABI, method string, args ...any) []byte {
		d, err := a.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	batchOf := func(k int, f func(ps [][]byte, xs []*big.Int)) []byte {
		ps, xs := make([][]byte, k), make([]*big.Int, k)
		for i := range ps {
			ps[i], xs[i] = bytes.Clone(proofs[i%len(proofs)]), inputs[i%len(inputs)]
		}
		if f != nil {
			f(ps, xs)
		}
		return pack(batchABI, "verifyBatch", ps, xs)
	}

	// Each proof alone through gnark's verifier, and all three in a batch.
	for i := range proofs {
		if _, err := gas(one, pack(singleABI, "verifyProof", proofs[i], [1]*big.Int{inputs[i]})); err != nil {
			t.Fatalf("gnark's verifier refuses proof %d: %v", i, err)
		}
	}
	if _, err := gas(batch, batchOf(3, nil)); err != nil {
		t.Fatalf("the batch refuses three valid proofs: %v", err)
	}
	for _, c := range []struct {
		name string
		f    func(ps [][]byte, xs []*big.Int)
	}{
		{"a corrupted C", func(ps [][]byte, _ []*big.Int) { ps[1][0xdf] ^= 1 }},
		{"a corrupted commitment", func(ps [][]byte, _ []*big.Int) { ps[2][0x11f] ^= 1 }},
		{"another input", func(_ [][]byte, xs []*big.Int) { xs[0] = new(big.Int).Add(xs[0], big.NewInt(1)) }},
		{"swapped inputs", func(_ [][]byte, xs []*big.Int) { xs[0], xs[1] = xs[1], xs[0] }},
		{"a proof twice for two blocks", func(ps [][]byte, _ []*big.Int) { ps[1] = ps[0] }},
	} {
		if _, err := gas(batch, batchOf(3, c.f)); err == nil {
			t.Fatalf("the batch accepts %s", c.name)
		}
	}

	oneGas, err := gas(one, pack(singleABI, "verifyProof", proofs[0], [1]*big.Int{inputs[0]}))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MEASURE_BATCH gnark verifier, one proof: %d gas (transaction, estimateGas)", oneGas)
	for _, k := range []int{1, 2, 4, 8, 16, 32} {
		g, err := gas(batch, batchOf(k, nil))
		if err != nil {
			t.Fatalf("K=%d: %v", k, err)
		}
		t.Logf("MEASURE_BATCH K=%d: %d gas (transaction, estimateGas), %d per proof", k, g, g/uint64(k))
	}
}

// vkValues lays the verifying key out as BatchVerifier.sol reads it, G2
// points in the precompile's order (x1, x0, y1, y0).
func vkValues(vk *groth16bn254.VerifyingKey) string {
	var out []string
	g1 := func(p bn254.G1Affine) {
		out = append(out, p.X.String(), p.Y.String())
	}
	g2 := func(p bn254.G2Affine) {
		out = append(out, p.X.A1.String(), p.X.A0.String(), p.Y.A1.String(), p.Y.A0.String())
	}
	neg := func(p bn254.G2Affine) bn254.G2Affine {
		var n bn254.G2Affine
		n.Neg(&p)
		return n
	}
	g1(vk.G1.Alpha)
	g2(neg(vk.G2.Beta))
	g2(neg(vk.G2.Gamma))
	g2(neg(vk.G2.Delta))
	for _, k := range vk.G1.K {
		g1(k)
	}
	g2(vk.CommitmentKeys[0].G)
	g2(vk.CommitmentKeys[0].GSigmaNeg)
	out[0] = "uint256(" + out[0] + ")" // the array literal's type
	return strings.Join(out, ", ")
}
