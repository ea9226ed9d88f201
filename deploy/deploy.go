// Package deploy puts the rollup on an L1: it compiles the Groth16
// verifiers of a key set (the Solidity gnark exports, through the pinned
// solc-js, cached next to the keys), deploys them and the Rollup contract,
// and records where everything is, the params it was made for and the exit
// key set users prove their exodus exits with (copied beside the file).
package deploy

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/contracts/gen/testtoken"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/replica"
	"github.com/zkrollup/zkrollup/rollup"
)

// ErrNoSolc means the Solidity compiler the verifier needs is missing.
var ErrNoSolc = errors.New("the pinned Solidity compiler is not installed: run `npm ci --prefix contracts` (needs node) in the repository, or set ZKROLLUP_CONTRACTS_DIR to a contracts directory with node_modules")

// Result is a deployment.
type Result struct {
	Rollup common.Address `json:"rollup"`
	// BlockVerifiers are the block circuit's batch verifiers, one per shape
	// of Params' ladder, in its order.
	BlockVerifiers []common.Address `json:"blockVerifiers"`
	ExitVerifier   common.Address   `json:"exitVerifier"`
	// BlobVerifier is the blob circuit's batch verifier (blob mode, issue
	// 19); zero in calldata mode.
	BlobVerifier common.Address `json:"blobVerifier,omitempty"`
	Block        uint64         `json:"block"` // the Rollup contract's deployment block
	ChainID      uint64         `json:"chainId"`
	Operator     common.Address `json:"operator"`
	GenesisRoot  common.Hash    `json:"genesisRoot"`
	// Params are the protocol params the deployment was made for, with L1
	// set to the deployment's own domain (the L1's chain id, the Rollup
	// contract). Zero in a file written before they were recorded.
	Params rollup.Params `json:"params"`
	// ExitKeys is the key set the exit verifier was compiled from, which
	// users prove their exits with in exodus; nil in older files.
	ExitKeys *ExitKeys `json:"exitKeys,omitempty"`
}

// GenesisRoot is the state root a rollup starts from: empty but for the
// operator's fee account.
func GenesisRoot(p rollup.Params, operator common.Address) (fr.Element, error) {
	st, err := replica.Genesis(p, operator)
	if err != nil {
		return fr.Element{}, err
	}
	return st.Root()
}

// Backend is what a deployment needs of an L1 node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// DefaultPriorityFee is the priority fee a deployment sets unless told
// otherwise: 0.001 ETH, what an L1 deposit or full-exit request pays on
// top of what it moves (docs/ARCHITECTURE.md, "The L1 contract", says
// what it buys against an attacker).
var DefaultPriorityFee = big.NewInt(1e15)

// Options are the deployment's choices.
type Options struct {
	Governance           common.Address // zero: the operator
	PriorityExpiryBlocks uint64         // blocks within which the operator must process a request
	// PriorityFee is the fee in wei (a whole number of gwei, at most the
	// contract's MAX_PRIORITY_FEE); nil: DefaultPriorityFee.
	PriorityFee  *big.Int
	FeeRecipient common.Address // who earns the fees; zero: the operator
	// BlobVerifier is the bytecode of the blob circuit's batch verifier
	// (BlobVerifierCode): required for params in blob mode, refused
	// otherwise.
	BlobVerifier []byte
}

// Rollup deploys the verifiers (one block verifier per shape of p's
// ladder, in its order, and the exit verifier) and the Rollup contract with
// key as the operator, waiting for each to be mined.
func Rollup(ctx context.Context, b Backend, key *ecdsa.PrivateKey, p rollup.Params, blockVerifiers [][]byte, exitVerifier []byte,
	o Options, out io.Writer) (Result, error) {
	if len(blockVerifiers) != len(p.Ladder()) {
		return Result{}, fmt.Errorf("%d block verifiers for a ladder of %d shapes %v", len(blockVerifiers), len(p.Ladder()), p.Ladder())
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("L1 chain id: %w", err)
	}
	operator := ethcrypto.PubkeyToAddress(key.PublicKey)
	if o.Governance == (common.Address{}) {
		o.Governance = operator
	}
	if o.PriorityExpiryBlocks == 0 {
		o.PriorityExpiryBlocks = 20_000
	}
	if o.PriorityFee == nil {
		o.PriorityFee = DefaultPriorityFee
	}
	if !o.PriorityFee.IsUint64() {
		return Result{}, fmt.Errorf("priority fee %s wei: out of range (the contract takes 0 to 0.05 ETH in whole gwei)", o.PriorityFee)
	}
	if (p.BlobCapacity > 0) != (len(o.BlobVerifier) > 0) {
		return Result{}, fmt.Errorf("blob capacity %d and a blob verifier of %d bytes: blob mode needs both, calldata mode neither", p.BlobCapacity, len(o.BlobVerifier))
	}
	res := Result{ChainID: chainID.Uint64(), Operator: operator, Params: p}
	nonces, err := newSender(ctx, b, key, chainID)
	if err != nil {
		return res, err
	}
	// All go out at once (consecutive nonces; the Rollup constructor only
	// stores the verifiers' addresses), then each is waited for.
	type sent struct {
		name string
		addr common.Address
		tx   *types.Transaction
	}
	var txs []sent
	send := func(name string, code, args []byte) (common.Address, error) {
		addr, tx, err := bind.DeployContract(nonces.next(), code, b, args)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
		}
		txs = append(txs, sent{name, addr, tx})
		return addr, nil
	}
	for i, code := range blockVerifiers {
		addr, err := send(fmt.Sprintf("block verifier (%d slots)", p.Ladder()[i]), code, nil)
		if err != nil {
			return res, err
		}
		res.BlockVerifiers = append(res.BlockVerifiers, addr)
	}
	if res.ExitVerifier, err = send("exit verifier", exitVerifier, nil); err != nil {
		return res, err
	}
	if len(o.BlobVerifier) > 0 {
		if res.BlobVerifier, err = send("blob verifier", o.BlobVerifier, nil); err != nil {
			return res, err
		}
	}
	genesis, err := GenesisRoot(p, operator)
	if err != nil {
		return res, err
	}
	res.GenesisRoot = genesis.Bytes()
	shapes, verifiers := l1.Shapes(p, res.BlockVerifiers...)
	args, err := packConstructor(rollupcontract.RollupConfig{
		ExitVerifier: res.ExitVerifier, AccountDepth: big.NewInt(int64(p.AccountDepth)),
		BalanceDepth: big.NewInt(int64(p.BalanceDepth)), RollupChainId: p.ChainID,
		PriorityExpiryBlocks: o.PriorityExpiryBlocks, GenesisRoot: genesis.Bytes(),
		Governance: o.Governance, Operator: operator,
		PriorityFee: o.PriorityFee.Uint64(), FeeRecipient: o.FeeRecipient, BlockShapes: shapes, BlockVerifiers: verifiers,
		BlobVerifier: res.BlobVerifier})
	if err != nil {
		return res, err
	}
	if res.Rollup, err = send("Rollup", common.FromHex(rollupcontract.RollupMetaData.Bin), args); err != nil {
		return res, err
	}
	var r *types.Receipt
	for _, s := range txs {
		if r, err = bind.WaitMined(ctx, b, s.tx.Hash()); err != nil {
			return res, fmt.Errorf("deploy %s: %w", s.name, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return res, fmt.Errorf("deploy %s: reverted in transaction %s", s.name, s.tx.Hash())
		}
		if out != nil {
			fmt.Fprintf(out, "deploy: %s at %s (L1 block %d, gas %d)\n", s.name, s.addr, r.BlockNumber, r.GasUsed)
		}
	}
	res.Block = r.BlockNumber.Uint64()
	res.Params.L1 = rollup.L1Domain{ChainID: res.ChainID, Contract: res.Rollup}
	return res, nil
}

// sender signs a deployment's transactions with consecutive nonces that
// it assigns itself: it reads the account's pending nonce once, then adds
// one per transaction. Reading it again before each send is a race, since
// a node's pool may not have counted the transaction just sent (geth's
// adds it at once but promotes it, and so advances the pending nonce, on
// another goroutine): two transactions then shared a nonce and the second
// was refused, "replacement transaction underpriced" (`zkrollup dev` failed
// to start about once in three).
type sender struct {
	opts  bind.TransactOpts
	nonce uint64
}

func newSender(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int) (*sender, error) {
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	n, err := b.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("L1 nonce of %s: %w", opts.From, err)
	}
	return &sender{opts: *opts, nonce: n}, nil
}

// next returns the options of the next transaction, with its nonce. A
// transaction that fails to send leaves a gap; the deployment stops there.
func (s *sender) next() *bind.TransactOpts {
	o := s.opts
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	s.nonce++
	return &o
}

// Save writes a deployment as JSON.
func (r Result) Save(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Load reads a deployment written by Save.
func Load(path string) (Result, error) {
	var r Result
	b, err := os.ReadFile(path)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("deployment %s: %w", path, err)
	}
	return r, nil
}

// VerifierCode returns the EVM bytecode of the Solidity verifier gnark
// exports for vk (the exit circuit's), compiled with the pinned solc-js.
// The bytecode is cached in cacheDir under the hash of the Solidity source,
// so the compiler runs once per key set.
func VerifierCode(ctx context.Context, vk groth16.VerifyingKey, cacheDir, name string, out io.Writer) ([]byte, error) {
	var src bytes.Buffer
	if err := prover.ExportSolidity(vk, &src); err != nil {
		return nil, err
	}
	return compileVerifier(ctx, src.Bytes(), cacheDir, name, out)
}

// BlockVerifierCode is VerifierCode for the block circuit: its batch
// verifier (prover.ExportBatchSolidity), which proveBlocks calls once for
// every block it proves.
func BlockVerifierCode(ctx context.Context, vk groth16.VerifyingKey, cacheDir string, out io.Writer) ([]byte, error) {
	var src bytes.Buffer
	if err := prover.ExportBatchSolidity(vk, &src); err != nil {
		return nil, err
	}
	return compileVerifier(ctx, src.Bytes(), cacheDir, "block verifier", out)
}

// compileVerifier compiles a contract named Verifier, caching its bytecode.
func compileVerifier(ctx context.Context, src []byte, cacheDir, name string, out io.Writer) ([]byte, error) {
	sum := sha256.Sum256(src)
	cache := filepath.Join(cacheDir, name+"-"+hex.EncodeToString(sum[:8])+".bin")
	if b, err := os.ReadFile(cache); err == nil {
		if code, err := hex.DecodeString(string(bytes.TrimSpace(b))); err == nil && len(code) > 0 {
			return code, nil
		}
	}
	dir, err := contractsDir()
	if err != nil {
		return nil, err
	}
	if out != nil {
		fmt.Fprintf(out, "deploy: compiling the %s with solc-js (once per key set)\n", name)
	}
	tmp, err := os.MkdirTemp("", "zkrollup-verifier-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	sol := filepath.Join(tmp, "Verifier.sol")
	if err := os.WriteFile(sol, src, 0o644); err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir, "compile.js"), sol, "Verifier")
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("compile the %s: %w: %s", name, err, stderr.String())
	}
	var res struct {
		Bytecode string `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		return nil, fmt.Errorf("compile the %s: solc output: %w", name, err)
	}
	code := common.FromHex(res.Bytecode)
	if len(code) == 0 {
		return nil, fmt.Errorf("compile the %s: empty bytecode", name)
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(cache, []byte(hex.EncodeToString(code)+"\n"), 0o644); err != nil {
		return nil, err
	}
	return code, nil
}

// contractsDir finds contracts/ with its installed solc-js: from
// ZKROLLUP_CONTRACTS_DIR, or walking up from the working directory.
func contractsDir() (string, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return "", ErrNoSolc
	}
	ok := func(dir string) bool {
		_, err := os.Stat(filepath.Join(dir, "node_modules", "solc"))
		return err == nil
	}
	if d := os.Getenv("ZKROLLUP_CONTRACTS_DIR"); d != "" {
		if ok(d) {
			return d, nil
		}
		return "", ErrNoSolc
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if ok(filepath.Join(dir, "contracts")) {
			return filepath.Join(dir, "contracts"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", ErrNoSolc
		}
	}
}

// packConstructor packs the Rollup constructor's arguments.
func packConstructor(c rollupcontract.RollupConfig) ([]byte, error) {
	return abiPack(func() []byte { return rollupcontract.NewRollup().PackConstructor(c) })
}

// abiPack runs a generated constructor packer, which panics on bad input
// (the bindings have no TryPack for constructors), behind a recover.
func abiPack(pack func() []byte) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pack constructor arguments: %v", r)
		}
	}()
	return pack(), nil
}

// DevToken deploys an ERC-20 test token (anyone may mint it: development
// only), mints amount to each holder and lists it on the rollup (key must
// be the rollup's governance). It returns the token's address.
func DevToken(ctx context.Context, b Backend, key *ecdsa.PrivateKey, rollupAddr common.Address, name, symbol string,
	holders []common.Address, amount *big.Int) (common.Address, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return common.Address{}, err
	}
	nonces, err := newSender(ctx, b, key, chainID)
	if err != nil {
		return common.Address{}, err
	}
	tt := testtoken.NewTestToken()
	args, err := abiPack(func() []byte { return tt.PackConstructor(name, symbol) })
	if err != nil {
		return common.Address{}, err
	}
	token, tx, err := bind.DeployContract(nonces.next(), common.FromHex(testtoken.TestTokenMetaData.Bin), b, args)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", symbol, err)
	}
	txs := []*types.Transaction{tx}
	call := func(to common.Address, data []byte) error {
		tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, b, b, b), nonces.next(), data)
		if err == nil {
			txs = append(txs, tx)
		}
		return err
	}
	// The token must exist before calls to it are estimated.
	if _, err := bind.WaitMined(ctx, b, tx.Hash()); err != nil {
		return common.Address{}, err
	}
	for _, h := range holders {
		data, err := tt.TryPackMint(h, amount)
		if err != nil {
			return common.Address{}, err
		}
		if err := call(token, data); err != nil {
			return common.Address{}, fmt.Errorf("mint %s: %w", symbol, err)
		}
	}
	data, err := rollupcontract.NewRollup().TryPackAddToken(token)
	if err != nil {
		return common.Address{}, err
	}
	if err := call(rollupAddr, data); err != nil {
		return common.Address{}, fmt.Errorf("list %s on the rollup: %w", symbol, err)
	}
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, b, tx.Hash())
		if err != nil {
			return common.Address{}, err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return common.Address{}, fmt.Errorf("%s setup: transaction %s reverted", symbol, tx.Hash())
		}
	}
	return token, nil
}

// ExitKeysDir is where Verifiers keeps the exit circuit's keys of the
// block keys in keysDir.
func ExitKeysDir(keysDir string) string { return keysDir + "-exit" }

// BlobKeysDir is where the blob circuit's keys live beside a profile's
// block keys (blob mode).
func BlobKeysDir(keysDir string) string { return keysDir + "-blob" }

// BlobVerifier obtains the blob circuit's keys for p (set up if missing,
// in BlobKeysDir(keysDir)) and its batch verifier's bytecode.
func BlobVerifier(ctx context.Context, p rollup.Params, keysDir string, out io.Writer) (*keys.Set, []byte, error) {
	set, err := keys.Blob(ctx, p, BlobKeysDir(keysDir), out)
	if err != nil {
		return nil, nil, err
	}
	var src bytes.Buffer
	if err := prover.ExportBatchSolidity(set.VK, &src); err != nil {
		return nil, nil, err
	}
	code, err := compileVerifier(ctx, src.Bytes(), BlobKeysDir(keysDir), "blob verifier", out)
	if err != nil {
		return nil, nil, err
	}
	return set, code, nil
}

// Verifiers obtains a profile's keys (the block circuit's, one set per
// shape of its ladder, under keysDir; the exit circuit's in
// ExitKeysDir(keysDir); set up if missing) and their verifiers' bytecode,
// block verifiers in the ladder's order. It returns the block circuit's
// keys too, for the prover.
func Verifiers(ctx context.Context, p rollup.Params, keysDir string, out io.Writer) (block *keys.Ladder, blockCodes [][]byte, exitCode []byte, err error) {
	if block, err = keys.BlockLadder(ctx, p, keysDir, out); err != nil {
		return nil, nil, nil, err
	}
	exit, err := keys.Exit(ctx, p, ExitKeysDir(keysDir), out)
	if err != nil {
		return nil, nil, nil, err
	}
	for i, n := range block.Slots {
		code, err := BlockVerifierCode(ctx, block.Sets[i].VK, keys.ShapeDir(p, keysDir, n), out)
		if err != nil {
			return nil, nil, nil, err
		}
		blockCodes = append(blockCodes, code)
	}
	if exitCode, err = VerifierCode(ctx, exit.VK, ExitKeysDir(keysDir), "exit verifier", out); err != nil {
		return nil, nil, nil, err
	}
	return block, blockCodes, exitCode, nil
}

// ProfileBlobCapacity is the blob circuit's capacity a profile deploys
// with in blob mode: whole blobs in production; less in the dev and test
// profiles, whose blocks are small and whose keys are set up on first use
// (a capacity of n elements costs ≈ 820 n constraints).
func ProfileBlobCapacity(profile string) int {
	switch profile {
	case "test":
		return 64
	case "dev":
		return 256
	}
	return 4096
}

// HeaderReader is the part of an L1 client DefaultBlobCapacity needs.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// DefaultBlobCapacity is the data mode a new deployment takes when its
// operator does not choose one (issue 19): blob mode, with the profile's
// capacity, on an L1 whose head carries a blob base fee (EIP-4844, Cancun
// and after); calldata mode (0) on one without blobs.
func DefaultBlobCapacity(ctx context.Context, c HeaderReader, profile string) (int, error) {
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the L1's head to see whether it has blobs: %w", err)
	}
	if h.ExcessBlobGas == nil {
		return 0, nil
	}
	return ProfileBlobCapacity(profile), nil
}
