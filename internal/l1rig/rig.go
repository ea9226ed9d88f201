// Package l1rig is a test rig: the real Rollup contract on a simulated L1
// (go-ethereum's simulated backend), fed by a scenario runner that plays
// the operator — blocks are committed, proven and executed as the runner
// seals them. Verifiers that accept every proof stand in unless a test
// deploys real ones (restoring and exodus read what L1 committed and
// executed; the end-to-end tests prove for real). With params in blob mode
// (BlobCapacity > 0) the contract gets an accept-all blob verifier too, and
// blocks go to L1 in blob transactions (CommitBlobs): the KZG openings and
// the identity between the blobs and the blocks' data are still checked
// for real by the contract.
package l1rig

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

var abiR = rollupcontract.NewRollup()

// acceptAll stands in for a verifier: it accepts every proof.
const acceptAll = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;
contract AcceptAll { fallback() external {} }
`

// Rig is the real Rollup contract on a simulated L1 and the runner that
// plays its operator ("op", who deployed it).
type Rig struct {
	T        testing.TB
	C        *evmtest.Chain
	R        *scenario.Runner
	P        rollup.Params // with the deployment's L1 domain
	Addr     common.Address
	Deployed uint64           // the contract's deployment block
	Stored   []l1.StoredBlock // what the contract stores, by number ([0] is genesis)
	Blocks   []*rollup.Block  // committed blocks, by number - 1
	Executed int              // the last executed block
	// BlobArchive is the directory CommitBlobs writes every blob it sends
	// to (restore.DirArchive reads it); blob mode only.
	BlobArchive string
}

// Options are a rig's choices.
type Options struct {
	// ExitVerifier is the exit verifier's bytecode (nil: accept every proof).
	ExitVerifier []byte
	Expiry       uint64 // priority expiry in L1 blocks (0: 10, the contract's minimum)
}

// New deploys the contract for p (its operator and the users named are
// funded on L1) and returns the rig at genesis.
func New(t testing.TB, p rollup.Params, o Options, users ...string) *Rig {
	t.Helper()
	// The runner's identities are deterministic: build one to learn the
	// addresses, then the real one once the contract's address is known.
	probe, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	funded := []common.Address{probe.Address("op")}
	for _, u := range users {
		funded = append(funded, probe.Address(u))
	}
	g := &Rig{T: t, C: evmtest.NewChain(t, funded...), P: p}
	op := probe.L1Key("op")
	path := filepath.Join(t.TempDir(), "AcceptAll.sol")
	if err := os.WriteFile(path, []byte(acceptAll), 0o644); err != nil {
		t.Fatal(err)
	}
	_, code := evmtest.Compile(t, path, "AcceptAll")
	verifier, _ := g.C.Deploy(t, op, code, nil)
	exitVerifier := verifier
	if o.ExitVerifier != nil {
		exitVerifier, _ = g.C.Deploy(t, op, o.ExitVerifier, nil)
	}
	if o.Expiry == 0 {
		o.Expiry = 10
	}
	genesis, err := probe.State.Root()
	if err != nil {
		t.Fatal(err)
	}
	shapes, verifiers := l1.Shapes(p, verifier)
	var blobVerifier common.Address
	if p.BlobCapacity > 0 {
		blobVerifier = verifier
		g.BlobArchive = filepath.Join(t.TempDir(), "blobs")
	}
	addr, receipt := g.C.Deploy(t, op, common.FromHex(rollupcontract.RollupMetaData.Bin), abiR.PackConstructor(rollupcontract.RollupConfig{
		ExitVerifier: exitVerifier, BlockShapes: shapes, BlockVerifiers: verifiers,
		AccountDepth: big.NewInt(int64(p.AccountDepth)), BalanceDepth: big.NewInt(int64(p.BalanceDepth)),
		RollupChainId: p.ChainID, PriorityExpiryBlocks: o.Expiry, GenesisRoot: genesis.Bytes(),
		Governance: probe.Address("op"), Operator: probe.Address("op"), BlobVerifier: blobVerifier,
	}))
	g.Addr, g.Deployed = addr, receipt.BlockNumber.Uint64()
	g.P.L1 = rollup.L1Domain{ChainID: g.C.ChainID.Uint64(), Contract: addr}
	if g.R, err = scenario.New(g.P); err != nil {
		t.Fatal(err)
	}
	g.Stored = []l1.StoredBlock{l1.Genesis(genesis)}
	return g
}

// Send sends a transaction to the rollup and fails the test, naming the
// contract's error, if it reverts.
func (g *Rig) Send(from string, value *big.Int, data []byte) {
	g.T.Helper()
	if _, err := g.C.Send(g.R.L1Key(from), &g.Addr, value, data); err != nil {
		if re := l1.DecodeRevert(err); re != nil {
			g.T.Fatalf("L1 reverted: %v", re)
		}
		g.T.Fatal(err)
	}
}

// Deposit sends an L1 ETH deposit and applies it on L2 (the operator's
// part, in request order).
func (g *Rig) Deposit(name string, amount uint64) {
	g.T.Helper()
	g.RequestDeposit(name, amount)
	if _, err := g.R.Apply(&rollup.Deposit{To: g.R.Address(name), Amount: num.FromUint64(amount)}); err != nil {
		g.T.Fatal(err)
	}
}

// RequestDeposit sends an L1 ETH deposit the operator never processes.
func (g *Rig) RequestDeposit(name string, amount uint64) {
	g.T.Helper()
	g.Send(name, new(big.Int).SetUint64(amount), abiR.PackDepositETH(g.R.Address(name), new(big.Int).SetUint64(amount)))
}

// FullExit sends an L1 full-exit request of name's ETH and applies it on L2.
func (g *Rig) FullExit(name string) {
	g.T.Helper()
	id := g.RequestFullExit(name)
	if _, err := g.R.Apply(&rollup.FullExit{AccountID: id, Owner: g.R.Address(name)}); err != nil {
		g.T.Fatal(err)
	}
}

// RequestFullExit sends an L1 full-exit request of name's ETH that the
// operator never processes, and returns the account it names.
func (g *Rig) RequestFullExit(name string) uint32 {
	g.T.Helper()
	id, ok := g.R.AccountID(name)
	if !ok {
		g.T.Fatalf("%s has no account", name)
	}
	g.Send(name, nil, abiR.PackRequestFullExit(id, common.Address{}))
	return id
}

// AutoMining is the chain's client with every sent transaction mined at
// once (the simulated backend mines only when told), for code that sends
// and waits for receipts itself.
func (g *Rig) AutoMining() AutoMining { return AutoMining{Client: g.C.C, b: g.C.B} }

// AutoMining mines a block after each transaction it sends.
type AutoMining struct {
	simulated.Client
	b *simulated.Backend
}

// SendTransaction sends tx and mines it.
func (a AutoMining) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.b.Commit()
	return nil
}

// Exec runs scenario lines on L2 ("> block" seals).
func (g *Rig) Exec(lines string) {
	g.T.Helper()
	if err := g.R.Exec(lines); err != nil {
		g.T.Fatal(err)
	}
}

// Block runs scenario lines after the deposits already applied and
// returns the block they make (sealed, not yet on L1).
func (g *Rig) Block(lines string) *rollup.Block {
	g.T.Helper()
	n := len(g.R.Blocks)
	g.Exec(lines + "\n> block")
	if len(g.R.Blocks) != n+1 {
		g.T.Fatalf("%d blocks sealed, want one", len(g.R.Blocks)-n)
	}
	return g.R.Blocks[n]
}

// Commit commits blocks in one transaction after the last stored one.
func (g *Rig) Commit(bs ...*rollup.Block) {
	g.T.Helper()
	args := make([]l1.CommitBlock, len(bs))
	for i, b := range bs {
		c, err := l1.Commit(b)
		if err != nil {
			g.T.Fatal(err)
		}
		args[i] = c
	}
	g.Send("op", nil, abiR.PackCommitBlocks(g.Stored[len(g.Stored)-1], args))
	for _, b := range bs {
		g.Stored = append(g.Stored, l1.Stored(b))
		g.Blocks = append(g.Blocks, b)
	}
}

// CommitBlobs commits blocks in one blob transaction after the last stored
// one (blob mode), writes its blobs to BlobArchive, and returns the commit
// (its blobs' versioned hashes: Sidecar.BlobHashes()). The blob proofs are
// empty: the rig's blob verifier accepts anything.
func (g *Rig) CommitBlobs(bs ...*rollup.Block) *l1.BlobCommit {
	g.T.Helper()
	if g.P.BlobCapacity == 0 {
		g.T.Fatal("CommitBlobs: the rig's params are not in blob mode (BlobCapacity 0)")
	}
	bc, err := l1.BuildBlobCommit(bs, g.P.BlobCapacity)
	if err != nil {
		g.T.Fatal(err)
	}
	proofs := make([][]byte, len(bc.Raw))
	for i := range proofs {
		proofs[i] = []byte{}
	}
	data := abiR.PackCommitBlobBlocks(g.Stored[len(g.Stored)-1], bc.Blocks, bc.Blobs, proofs)
	if _, err := g.C.SendBlob(g.R.L1Key("op"), g.Addr, data, bc.Sidecar); err != nil {
		if re := l1.DecodeRevert(err); re != nil {
			g.T.Fatalf("L1 reverted: %v", re)
		}
		g.T.Fatal(err)
	}
	if err := restore.WriteBlobArchive(g.BlobArchive, bc.Raw); err != nil {
		g.T.Fatal(err)
	}
	for _, b := range bs {
		g.Stored = append(g.Stored, l1.StoredBlob(b, bc.Point))
		g.Blocks = append(g.Blocks, b)
	}
	return bc
}

// RevertLast reverts the newest committed block on L1 (the runner's
// state is the caller's business).
func (g *Rig) RevertLast() {
	g.T.Helper()
	n := len(g.Stored) - 1
	g.Send("op", nil, abiR.PackRevertBlocks([]l1.StoredBlock{g.Stored[n]}))
	g.Stored, g.Blocks = g.Stored[:n], g.Blocks[:n-1]
}

// Execute proves and executes every committed block not yet executed.
func (g *Rig) Execute() {
	g.T.Helper()
	from := g.Executed + 1
	var bs []l1.StoredBlock
	var proofs [][]byte
	var ops [][][]byte
	for n := from; n < len(g.Stored); n++ {
		bs = append(bs, g.Stored[n])
		proofs = append(proofs, []byte{})
		ops = append(ops, l1.PendingOps(g.Blocks[n-1]))
	}
	if len(bs) == 0 {
		return
	}
	g.Send("op", nil, abiR.PackProveBlocks(bs, proofs))
	g.Send("op", nil, abiR.PackExecuteBlocks(bs, ops))
	g.Executed = len(g.Stored) - 1
}

// CommitProveExecute commits, proves and executes blocks in one
// transaction after the last stored one (every committed block must be
// executed): the contract stores only the last block's hash.
func (g *Rig) CommitProveExecute(bs ...*rollup.Block) {
	g.T.Helper()
	args, proofs, ops := g.OneTxArgs(bs...)
	g.Send("op", nil, abiR.PackCommitProveExecute(g.Stored[len(g.Stored)-1], args, proofs, ops))
	for _, b := range bs {
		g.Stored = append(g.Stored, l1.Stored(b))
		g.Blocks = append(g.Blocks, b)
	}
	g.Executed = len(g.Stored) - 1
}

// OneTxArgs returns commitProveExecute's blocks, proofs (empty: the rig's
// verifiers accept anything) and pending operations for bs.
func (g *Rig) OneTxArgs(bs ...*rollup.Block) ([]l1.CommitBlock, [][]byte, [][][]byte) {
	g.T.Helper()
	args := make([]l1.CommitBlock, len(bs))
	proofs := make([][]byte, len(bs))
	ops := make([][][]byte, len(bs))
	for i, b := range bs {
		c, err := l1.Commit(b)
		if err != nil {
			g.T.Fatal(err)
		}
		args[i], proofs[i], ops[i] = c, []byte{}, l1.PendingOps(b)
	}
	return args, proofs, ops
}
