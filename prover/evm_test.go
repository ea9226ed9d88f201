package prover

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// compileSolidity compiles a contract with the pinned solc-js
// (contracts/compile.js). Without node and `npm ci` in contracts/ the test
// skips, unless ZKROLLUP_REQUIRE_SOLC is set (CI sets it), where it fails.
func compileSolidity(t *testing.T, file, contract string) (abi.ABI, []byte) {
	t.Helper()
	script := filepath.Join("..", "contracts", "compile.js")
	_, errNode := exec.LookPath("node")
	_, errSolc := os.Stat(filepath.Join("..", "contracts", "node_modules", "solc"))
	if errNode != nil || errSolc != nil {
		msg := "the Solidity compiler is not installed: run `npm ci --prefix contracts` (needs node)"
		if os.Getenv("ZKROLLUP_REQUIRE_SOLC") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	out, err := exec.Command("node", script, file, contract).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("solc: %s", ee.Stderr)
		}
		t.Fatal(err)
	}
	var res struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	a, err := abi.JSON(strings.NewReader(string(res.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	return a, common.FromHex(res.Bytecode)
}

// evm is go-ethereum's simulated backend with mainnet-like gas: the dev
// config's future fork (Bogota) is switched off, as FACTS.md advises.
type evm struct {
	b    *simulated.Backend
	key  *ecdsa.PrivateKey
	from common.Address
}

func newEVM(t *testing.T) *evm {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	b := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}},
		func(_ *node.Config, e *ethconfig.Config) { e.Genesis.Config = &cfg })
	t.Cleanup(func() { b.Close() })
	return &evm{b: b, key: key, from: from}
}

func (e *evm) deploy(t *testing.T, code []byte) common.Address {
	t.Helper()
	ctx := context.Background()
	c := e.b.Client()
	nonce, err := c.PendingNonceAt(ctx, e.from)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei) // the simulated miner's minimum tip
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	chainID, _ := c.ChainID(ctx)
	tx, err := types.SignNewTx(e.key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 10_000_000, Data: code,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	e.b.Commit()
	// the receipt index catches up with the new block asynchronously
	var r *types.Receipt
	for range 500 {
		if r, err = c.TransactionReceipt(ctx, tx.Hash()); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy failed: %v %+v", err, r)
	}
	t.Logf("verifier deployed: %d gas", r.GasUsed)
	return r.ContractAddress
}

// call runs a view call and returns the gas it would cost as a transaction.
func (e *evm) call(to common.Address, data []byte) (uint64, error) {
	msg := ethereum.CallMsg{From: e.from, To: &to, Data: data}
	if _, err := e.b.Client().CallContract(context.Background(), msg, nil); err != nil {
		return 0, err
	}
	return e.b.Client().EstimateGas(context.Background(), msg)
}

// TestGoldenVerifierDeploys: the committed test-profile verifier compiles
// with the pinned solc and deploys on the EVM.
func TestGoldenVerifierDeploys(t *testing.T) {
	_, code := compileSolidity(t, goldenSol, "Verifier")
	t.Logf("verifier bytecode: %d bytes", len(code))
	newEVM(t).deploy(t, code)
}
