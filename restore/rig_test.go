package restore_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state/kv"
)

var abiR = rollupcontract.NewRollup()

// acceptAll stands in for both verifiers: restoring reads what L1
// committed and executed, and proofs are not its business (the e2e test
// restores a rollup proven for real).
const acceptAll = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;
contract AcceptAll { fallback() external {} }
`

// rig is the real Rollup contract on a simulated L1, fed by a scenario
// runner playing the operator: blocks are committed, "proven" and
// executed as the runner seals them.
type rig struct {
	t        testing.TB
	c        *evmtest.Chain
	r        *scenario.Runner
	p        rollup.Params
	addr     common.Address
	deployed uint64
	stored   []l1.StoredBlock // by number
	blocks   []*rollup.Block  // by number - 1
	executed int
}

func newRig(t testing.TB, p rollup.Params, users ...string) *rig {
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
	g := &rig{t: t, c: evmtest.NewChain(t, funded...), p: p}
	op := probe.L1Key("op")
	path := filepath.Join(t.TempDir(), "AcceptAll.sol")
	if err := os.WriteFile(path, []byte(acceptAll), 0o644); err != nil {
		t.Fatal(err)
	}
	_, code := evmtest.Compile(t, path, "AcceptAll")
	verifier, _ := g.c.Deploy(t, op, code, nil)
	genesis, err := probe.State.Root()
	if err != nil {
		t.Fatal(err)
	}
	addr, receipt := g.c.Deploy(t, op, common.FromHex(rollupcontract.RollupMetaData.Bin), abiR.PackConstructor(rollupcontract.RollupConfig{
		BlockVerifier: verifier, ExitVerifier: verifier, BlockSlots: big.NewInt(int64(p.BlockSlots)),
		AccountDepth: big.NewInt(int64(p.AccountDepth)), BalanceDepth: big.NewInt(int64(p.BalanceDepth)),
		RollupChainId: p.ChainID, PriorityExpiryBlocks: 10, GenesisRoot: genesis.Bytes(),
		Governance: probe.Address("op"), Operator: probe.Address("op"),
	}))
	g.addr, g.deployed = addr, receipt.BlockNumber.Uint64()
	g.p.L1 = rollup.L1Domain{ChainID: g.c.ChainID.Uint64(), Contract: addr}
	if g.r, err = scenario.New(g.p); err != nil {
		t.Fatal(err)
	}
	g.stored = []l1.StoredBlock{l1.Genesis(genesis)}
	return g
}

// send sends a transaction to the rollup and fails the test, naming the
// contract's error, if it reverts.
func (g *rig) send(from string, value *big.Int, data []byte) {
	g.t.Helper()
	if _, err := g.c.Send(g.r.L1Key(from), &g.addr, value, data); err != nil {
		if re := l1.DecodeRevert(err); re != nil {
			g.t.Fatalf("L1 reverted: %v", re)
		}
		g.t.Fatal(err)
	}
}

// deposit sends an L1 ETH deposit and applies it on L2 (the operator's
// part, in request order).
func (g *rig) deposit(name string, amount uint64) {
	g.t.Helper()
	g.send(name, new(big.Int).SetUint64(amount), abiR.PackDepositETH(g.r.Address(name), new(big.Int).SetUint64(amount)))
	if _, err := g.r.Apply(&rollup.Deposit{To: g.r.Address(name), Amount: num.FromUint64(amount)}); err != nil {
		g.t.Fatal(err)
	}
}

// fullExit sends an L1 full-exit request of name's ETH and applies it on L2.
func (g *rig) fullExit(name string) {
	g.t.Helper()
	id, ok := g.r.AccountID(name)
	if !ok {
		g.t.Fatalf("%s has no account", name)
	}
	g.send(name, nil, abiR.PackRequestFullExit(id, common.Address{}))
	if _, err := g.r.Apply(&rollup.FullExit{AccountID: id, Owner: g.r.Address(name)}); err != nil {
		g.t.Fatal(err)
	}
}

// exec runs scenario lines on L2 ("> block" seals).
func (g *rig) exec(lines string) {
	g.t.Helper()
	if err := g.r.Exec(lines); err != nil {
		g.t.Fatal(err)
	}
}

// block runs scenario lines after the deposits already applied and
// returns the block they make (sealed, not yet on L1).
func (g *rig) block(lines string) *rollup.Block {
	g.t.Helper()
	n := len(g.r.Blocks)
	g.exec(lines + "\n> block")
	if len(g.r.Blocks) != n+1 {
		g.t.Fatalf("%d blocks sealed, want one", len(g.r.Blocks)-n)
	}
	return g.r.Blocks[n]
}

// commit commits blocks in one transaction after the last stored one.
func (g *rig) commit(bs ...*rollup.Block) {
	g.t.Helper()
	args := make([]l1.CommitBlock, len(bs))
	for i, b := range bs {
		c, err := l1.Commit(b)
		if err != nil {
			g.t.Fatal(err)
		}
		args[i] = c
	}
	g.send("op", nil, abiR.PackCommitBlocks(g.stored[len(g.stored)-1], args))
	for _, b := range bs {
		g.stored = append(g.stored, l1.Stored(b))
		g.blocks = append(g.blocks, b)
	}
}

// revertLast reverts the newest committed block on L1 (the runner's
// state is the caller's business).
func (g *rig) revertLast() {
	g.t.Helper()
	n := len(g.stored) - 1
	g.send("op", nil, abiR.PackRevertBlocks([]l1.StoredBlock{g.stored[n]}))
	g.stored, g.blocks = g.stored[:n], g.blocks[:n-1]
}

// execute proves and executes every committed block not yet executed.
func (g *rig) execute() {
	g.t.Helper()
	from := g.executed + 1
	var bs []l1.StoredBlock
	var proofs [][]byte
	var ops [][][]byte
	for n := from; n < len(g.stored); n++ {
		bs = append(bs, g.stored[n])
		proofs = append(proofs, []byte{})
		ops = append(ops, l1.PendingOps(g.blocks[n-1]))
	}
	if len(bs) == 0 {
		return
	}
	g.send("op", nil, abiR.PackProveBlocks(bs, proofs))
	g.send("op", nil, abiR.PackExecuteBlocks(bs, ops))
	g.executed = len(g.stored) - 1
}

func (g *rig) config() restore.Config {
	return restore.Config{Params: g.p, Operator: g.r.Address("op"), FromBlock: g.deployed}
}

// open starts or resumes a restore in db with source src (nil: calldata).
func (g *rig) open(db kv.Store, src restore.Source) *restore.Restorer {
	g.t.Helper()
	r, err := restore.Open(context.Background(), g.config(), g.c.C, src, db)
	if err != nil {
		g.t.Fatal(err)
	}
	return r
}
