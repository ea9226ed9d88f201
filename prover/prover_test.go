package prover

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestRealProofOfARealBlock: Groth16 setup, prove and verify a block with a
// deposit, a key registration and transfers, at test size.
func TestRealProofOfARealBlock(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup (about a minute on 2 cores)")
	}
	r, err := scenario.Run(rollup.TestParams, `
		deposit A 100 ETH
		changepubkey A
		transfer A B 30 ETH fee 2
		withdraw A 10 ETH fee 1
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	shape := circuit.ShapeOf(rollup.TestParams)
	b := r.Blocks[0]
	a, err := circuit.Assign(fresh.State, shape, b)
	if err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	ccs, err := Compile(shape)
	if err != nil {
		t.Fatal(err)
	}
	compiled := time.Since(start)
	pk, vk, err := UnsafeSetup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Since(start) - compiled
	wb, err := EncodeWitness(a)
	if err != nil {
		t.Fatal(err)
	}
	var proof bytes.Buffer
	start = time.Now()
	if err := Prove(ccs, pk, bytes.NewReader(wb), &proof); err != nil {
		t.Fatal(err)
	}
	proved := time.Since(start)
	commitment := b.CommitmentElement()
	c := commitment.BigInt(new(big.Int))
	if err := Verify(vk, proof.Bytes(), c); err != nil {
		t.Fatalf("valid proof does not verify: %v", err)
	}
	t.Logf("%d constraints: compile %s, setup %s, prove %s, proof %d bytes",
		ccs.GetNbConstraints(), compiled.Round(time.Millisecond), setup.Round(time.Second), proved.Round(time.Millisecond), proof.Len())

	if err := Verify(vk, proof.Bytes(), new(big.Int).Add(c, big.NewInt(1))); !errors.Is(err, ErrBadProof) {
		t.Errorf("proof verified for another commitment: %v", err)
	}
	bad := append([]byte{}, proof.Bytes()...)
	bad[10] ^= 1
	if err := Verify(vk, bad, c); err == nil {
		t.Error("corrupted proof verified")
	}
	a.Header.Timestamp = b.Header.Timestamp + 1 // witness no longer matches the commitment
	wb, _ = EncodeWitness(a)
	if err := Prove(ccs, pk, bytes.NewReader(wb), &bytes.Buffer{}); !errors.Is(err, ErrBadWitness) {
		t.Errorf("prove of an unsatisfying witness: %v, want ErrBadWitness", err)
	}
	if err := Prove(ccs, pk, bytes.NewReader([]byte{1, 2, 3}), &bytes.Buffer{}); err == nil {
		t.Error("garbage witness proved")
	}

	// The same proof on the EVM, through the exported Solidity verifier.
	sol := filepath.Join(t.TempDir(), "Verifier.sol")
	var src bytes.Buffer
	if err := ExportSolidity(vk, &src); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sol, src.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	verifierABI, code := compileSolidity(t, sol, "Verifier")
	e := newEVM(t)
	addr := e.deploy(t, code)
	solProof, err := SolidityProof(proof.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	call := func(p []byte, input *big.Int) (uint64, error) {
		data, err := verifierABI.Pack("verifyProof", p, [1]*big.Int{input})
		if err != nil {
			t.Fatal(err)
		}
		return e.call(addr, data)
	}
	gas, err := call(solProof, c)
	if err != nil {
		t.Fatalf("the EVM verifier rejects a valid proof: %v", err)
	}
	t.Logf("verifyProof on the EVM: %d gas as a transaction (proof %d bytes)", gas, len(solProof))
	if _, err := call(solProof, new(big.Int).Add(c, big.NewInt(1))); err == nil {
		t.Error("the EVM verifier accepts the proof for another commitment")
	}
	badSol := append([]byte{}, solProof...)
	badSol[40] ^= 1
	if _, err := call(badSol, c); err == nil {
		t.Error("the EVM verifier accepts a corrupted proof")
	}
}
