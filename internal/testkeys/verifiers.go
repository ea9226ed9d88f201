package testkeys

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/prover"
)

// BlockVerifier compiles the block circuit's batch verifier for vk
// (prover.ExportBatchSolidity), the contract the Rollup calls to prove
// blocks.
func BlockVerifier(t testing.TB, vk groth16.VerifyingKey) (abi.ABI, []byte) {
	t.Helper()
	var src bytes.Buffer
	if err := prover.ExportBatchSolidity(vk, &src); err != nil {
		t.Fatal(err)
	}
	return evmtest.CompileSource(t, src.Bytes(), "Verifier")
}

// Verifier compiles gnark's exported Groth16 verifier for vk (one proof per
// call: the exit circuit's verifier).
func Verifier(t testing.TB, vk groth16.VerifyingKey) (abi.ABI, []byte) {
	t.Helper()
	var src bytes.Buffer
	if err := prover.ExportSolidity(vk, &src); err != nil {
		t.Fatal(err)
	}
	return evmtest.CompileSource(t, src.Bytes(), "Verifier")
}
