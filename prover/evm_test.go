package prover

import (
	"context"
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/evmtest"
)

func compileSolidity(t *testing.T, file, contract string) (abi.ABI, []byte) {
	return evmtest.Compile(t, file, contract)
}

// evm is a simulated L1 with one funded deployer.
type evm struct {
	chain *evmtest.Chain
	key   *ecdsa.PrivateKey
}

func newEVM(t *testing.T) *evm {
	key := evmtest.NewKey(t)
	return &evm{chain: evmtest.NewChain(t, evmtest.Addr(key)), key: key}
}

func (e *evm) deploy(t *testing.T, code []byte) common.Address {
	addr, r := e.chain.Deploy(t, e.key, code, nil)
	t.Logf("verifier deployed: %d gas", r.GasUsed)
	return addr
}

// call runs a view call and returns the gas it would cost as a transaction.
func (e *evm) call(to common.Address, data []byte) (uint64, error) {
	msg := ethereum.CallMsg{From: evmtest.Addr(e.key), To: &to, Data: data}
	if _, err := e.chain.C.CallContract(context.Background(), msg, nil); err != nil {
		return 0, err
	}
	return e.chain.C.EstimateGas(context.Background(), msg)
}

// TestGoldenVerifierDeploys: the committed test-profile verifier compiles
// with the pinned solc and deploys on the EVM.
func TestGoldenVerifierDeploys(t *testing.T) {
	_, code := compileSolidity(t, goldenSol, "Verifier")
	t.Logf("verifier bytecode: %d bytes", len(code))
	newEVM(t).deploy(t, code)
}
