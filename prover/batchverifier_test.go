package prover_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestBatchVerifier: ExportBatchSolidity's contract checks K real block
// proofs (test profile) on the EVM in one pairing check, and refuses a
// corrupted proof, a wrong input, swapped inputs, a proof reused for another
// block, a truncated proof and an input outside the field. It logs the gas
// for K = 1..32 beside gnark's single-proof verifier (docs/BENCHMARKS.md).
func TestBatchVerifier(t *testing.T) {
	ks, _ := testkeys.Block(t, rollup.TestParams)
	// three different blocks, proven for the Solidity verifier
	proofs, inputs := solidityProofs(t, ks, "deposit A 100 ETH\ndeposit B 5 DAI", "changepubkey A", "transfer A B 3 ETH fee 1")

	batchABI, code := testkeys.BlockVerifier(t, ks.VK)
	singleABI, singleCode := testkeys.Verifier(t, ks.VK)
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
	if _, err := gas(batch, pack(batchABI, "verifyBatch", [][]byte{}, []*big.Int{})); err == nil {
		t.Fatal("the batch accepts no proofs")
	}
	if _, err := gas(batch, pack(batchABI, "verifyBatch", proofs[:2], inputs[:1])); err == nil {
		t.Fatal("the batch accepts two proofs for one input")
	}
	for _, c := range []struct {
		name string
		f    func(ps [][]byte, xs []*big.Int)
	}{
		{"a corrupted C", func(ps [][]byte, _ []*big.Int) { ps[1][0xdf] ^= 1 }},
		{"a corrupted B", func(ps [][]byte, _ []*big.Int) { ps[0][0x7f] ^= 1 }},
		{"a corrupted commitment (C without one)", func(ps [][]byte, _ []*big.Int) {
			if len(ps[2]) == 384 {
				ps[2][0x11f] ^= 1
			} else {
				ps[2][0xdf] ^= 1
			}
		}},
		{"another input", func(_ [][]byte, xs []*big.Int) { xs[0] = new(big.Int).Add(xs[0], big.NewInt(1)) }},
		{"swapped inputs", func(_ [][]byte, xs []*big.Int) { xs[0], xs[1] = xs[1], xs[0] }},
		{"a proof twice for two blocks", func(ps [][]byte, _ []*big.Int) { ps[1] = ps[0] }},
		{"a truncated proof", func(ps [][]byte, _ []*big.Int) { ps[2] = ps[2][:len(ps[2])-1] }},
		{"an input outside the field", func(_ [][]byte, xs []*big.Int) { xs[0] = new(big.Int).Add(xs[0], fr.Modulus()) }},
	} {
		if _, err := gas(batch, batchOf(3, c.f)); err == nil {
			t.Fatalf("the batch accepts %s", c.name)
		}
	}

	oneGas, err := gas(one, pack(singleABI, "verifyProof", proofs[0], [1]*big.Int{inputs[0]}))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gnark verifier, one proof: %d gas (transaction, estimateGas)", oneGas)
	for _, k := range []int{1, 2, 4, 8, 16, 32} {
		g, err := gas(batch, batchOf(k, nil))
		if err != nil {
			t.Fatalf("K=%d: %v", k, err)
		}
		t.Logf("batch K=%d: %d gas (transaction, estimateGas), %d per proof", k, g, g/uint64(k))
	}
}

// solidityProofs runs one test-profile block per scenario text and proves
// each with ks, in the form the Solidity verifiers take, with its input.
func solidityProofs(t *testing.T, ks *keys.Set, texts ...string) ([][]byte, []*big.Int) {
	t.Helper()
	p := rollup.TestParams
	r, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
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
		a, err := circuit.Assign(replay.State, circuit.ShapeOf(p), b)
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
	return proofs, inputs
}
