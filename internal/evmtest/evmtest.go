// Package evmtest runs contracts on go-ethereum's simulated backend for
// tests: it compiles Solidity with the pinned solc-js (contracts/compile.js),
// starts a chain with mainnet-like gas rules, and sends transactions,
// returning receipts or the decoded revert.
package evmtest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
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
	"github.com/holiman/uint256"
)

// ModuleRoot returns the repository root (the directory holding go.mod).
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's directory")
		}
		dir = parent
	}
}

// RequireSolc skips the test when node or the pinned solc-js is missing,
// unless ZKROLLUP_REQUIRE_SOLC is set (CI sets it), where it fails.
func RequireSolc(t testing.TB) {
	t.Helper()
	root := ModuleRoot(t)
	_, errNode := exec.LookPath("node")
	_, errSolc := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc"))
	if errNode != nil || errSolc != nil {
		msg := "the Solidity compiler is not installed: run `npm ci --prefix contracts` (needs node)"
		if os.Getenv("ZKROLLUP_REQUIRE_SOLC") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// Compile compiles one contract of a Solidity file with the pinned solc-js.
func Compile(t testing.TB, file, contract string) (abi.ABI, []byte) {
	t.Helper()
	RequireSolc(t)
	out, err := exec.Command("node", filepath.Join(ModuleRoot(t), "contracts", "compile.js"), file, contract).Output()
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

// CompileSource is Compile for source held in memory.
func CompileSource(t testing.TB, src []byte, contract string) (abi.ABI, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), contract+".sol")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return Compile(t, path, contract)
}

// Chain is a simulated L1 with mainnet-like (Osaka) gas: the dev config's
// future fork (Bogota) is switched off, as FACTS.md advises.
type Chain struct {
	B       *simulated.Backend
	C       simulated.Client
	ChainID *big.Int
}

// Tip is the priority fee every transaction pays (the simulated miner's minimum).
var Tip = big.NewInt(params.GWei)

// NewChain starts a chain where every address in funded holds 2^100 wei.
func NewChain(t testing.TB, funded ...common.Address) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	b := simulated.NewBackend(alloc, func(_ *node.Config, e *ethconfig.Config) { e.Genesis.Config = &cfg })
	t.Cleanup(func() { b.Close() })
	id, err := b.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return &Chain{B: b, C: b.Client(), ChainID: id}
}

// NewKey returns a fresh key.
func NewKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// Addr is the address of a key.
func Addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Send sends a transaction from key (to nil deploys data), mines it and
// returns its receipt. A call the EVM would revert is not sent: its
// estimation error (carrying the revert data) is returned instead; so is a
// mined transaction that failed.
func (c *Chain) Send(key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	gas, nonce, fee, err := c.prepare(ethereum.CallMsg{From: Addr(key), To: to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	return c.signAndMine(key, &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: Tip, GasFeeCap: fee, Gas: gas, To: to, Value: value, Data: data,
	})
}

// prepare estimates msg's gas (plus a fifth) and reads its sender's next
// nonce and a fee cap of twice the base fee plus Tip. An estimate the EVM
// reverts is returned as the error.
func (c *Chain) prepare(msg ethereum.CallMsg) (gas, nonce uint64, feeCap *big.Int, err error) {
	ctx := context.Background()
	if gas, err = c.C.EstimateGas(ctx, msg); err != nil {
		return 0, 0, nil, err
	}
	if nonce, err = c.C.PendingNonceAt(ctx, msg.From); err != nil {
		return 0, 0, nil, err
	}
	head, err := c.C.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, nil, err
	}
	return gas + gas/5, nonce, new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), Tip), nil
}

// signAndMine signs tx with key, sends it, mines a block and returns the
// receipt, an error if the transaction failed.
func (c *Chain) signAndMine(key *ecdsa.PrivateKey, tx types.TxData) (*types.Receipt, error) {
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(c.ChainID), tx)
	if err != nil {
		return nil, err
	}
	if err := c.C.SendTransaction(context.Background(), signed); err != nil {
		return nil, err
	}
	c.B.Commit()
	r, err := c.Receipt(signed.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s failed (%d gas used)", signed.Hash(), r.GasUsed)
	}
	return r, nil
}

// Receipt waits for the receipt index to catch up with a mined transaction.
func (c *Chain) Receipt(h common.Hash) (*types.Receipt, error) {
	var err error
	for range 500 {
		var r *types.Receipt
		if r, err = c.C.TransactionReceipt(context.Background(), h); err == nil {
			return r, nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return nil, fmt.Errorf("no receipt for %s: %w", h, err)
}

// MustSend is Send that fails the test on error.
func (c *Chain) MustSend(t testing.TB, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	r, err := c.Send(key, to, value, data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Deploy deploys code followed by the packed constructor arguments.
func (c *Chain) Deploy(t testing.TB, key *ecdsa.PrivateKey, code, args []byte) (common.Address, *types.Receipt) {
	t.Helper()
	r := c.MustSend(t, key, nil, nil, append(append([]byte{}, code...), args...))
	return r.ContractAddress, r
}

// Call runs a read-only call at the latest block.
func (c *Chain) Call(from common.Address, to common.Address, data []byte) ([]byte, error) {
	return c.C.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
}

// Balance is the wei balance of addr at the latest block.
func (c *Chain) Balance(t testing.TB, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.C.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Mine mines n empty blocks.
func (c *Chain) Mine(n int) {
	for range n {
		c.B.Commit()
	}
}

// Cost is what a mined transaction cost its sender in wei.
func Cost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// SendBlob sends a type-3 transaction carrying sidecar's blobs to `to`
// from key, mines it and returns its receipt, as Send does (a call the EVM
// would revert returns the estimation's error).
func (c *Chain) SendBlob(key *ecdsa.PrivateKey, to common.Address, data []byte, sidecar *types.BlobTxSidecar) (*types.Receipt, error) {
	hashes := sidecar.BlobHashes()
	blobFee := new(big.Int).Lsh(big.NewInt(1), 40) // far above the simulated chain's blob base fee
	gas, nonce, fee, err := c.prepare(ethereum.CallMsg{From: Addr(key), To: &to, Data: data, BlobHashes: hashes, BlobGasFeeCap: blobFee})
	if err != nil {
		return nil, err
	}
	// (package da builds these too; its tests use this package, so no import)
	return c.signAndMine(key, &types.BlobTx{ChainID: uint256.MustFromBig(c.ChainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(Tip),
		GasFeeCap: uint256.MustFromBig(fee), BlobFeeCap: uint256.MustFromBig(blobFee), Gas: gas, To: to,
		Value: new(uint256.Int), Data: data, BlobHashes: hashes, Sidecar: sidecar})
}
