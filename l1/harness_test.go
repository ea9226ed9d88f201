package l1_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/contracts/gen/testtoken"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	zkkeys "github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// The contract tests run the real rollup: blocks sealed by the native rules,
// proven with real Groth16 keys of the test profile, verified by the
// exported verifiers on go-ethereum's EVM.
var (
	// a ladder of two shapes (2 and 4 slots): blocks of one or two
	// operations are 2-slot blocks, with their own keys and verifier
	params = rollup.LadderTestParams
	abiR   = rollupcontract.NewRollup()
	abiT   = testtoken.NewTestToken()
)

// expiryBlocks is the contract's priority expiry in the tests.
const expiryBlocks = 60

// testFee is the priority fee of every env deployment (0.001 ETH): every
// deposit and full-exit request in these tests pays it.
var testFee = big.NewInt(1e15)

// keys is the Groth16 material of the test profile, set up once per test
// binary (a minute or two on 2 cores).
type keys struct {
	p              rollup.Params
	block          *zkkeys.Ladder
	exitCCS        constraint.ConstraintSystem
	exitPK         groth16.ProvingKey
	blockVerifiers [][]byte // deployable bytecode, one per shape of the ladder
	exitVerifier   []byte
	blob           *zkkeys.Set // blob mode: the blob circuit's keys
	blobVerifier   []byte      // and its batch verifier
}

var (
	keysOnce sync.Once
	theKeys  *keys
)

func loadKeys(t *testing.T) *keys {
	t.Helper()
	if testing.Short() {
		t.Skip("sets up Groth16 keys for the block and exit circuits (a minute or two on 2 cores)")
	}
	evmtest.RequireSolc(t)
	keysOnce.Do(func() { theKeys = setupKeys(t, params) })
	if theKeys == nil {
		t.Fatal("setting up the keys failed in an earlier test")
	}
	return theKeys
}

func setupKeys(t *testing.T, p rollup.Params) *keys {
	start := time.Now()
	k := &keys{p: p}
	k.block = testkeys.Ladder(t, p)
	exit, _ := testkeys.Exit(t, p)
	k.exitCCS, k.exitPK = exit.CCS, exit.PK
	for _, set := range k.block.Sets {
		_, code := testkeys.BlockVerifier(t, set.VK)
		k.blockVerifiers = append(k.blockVerifiers, code)
	}
	_, k.exitVerifier = testkeys.Verifier(t, exit.VK)
	t.Logf("keys: block circuits of %v slots, exit circuit %d constraints, set up and verifiers compiled in %s",
		k.block.Slots, k.exitCCS.GetNbConstraints(), time.Since(start).Round(time.Second))
	return k
}

// env is one deployment: an L1 chain with the rollup contract, and the L2
// run by a scenario runner acting as the operator.
type env struct {
	t    *testing.T
	k    *keys
	p    rollup.Params
	c    *evmtest.Chain
	l2   *scenario.Runner
	addr common.Address // the rollup contract

	gov, op, keeper *ecdsa.PrivateKey // keeper: a third party that sends prove/execute/withdraw
	fee             *big.Int          // the priority fee set at deployment
	dai             common.Address    // a TestToken listed as token 1 ("DAI" in scenarios)

	proving  *state.State // pre-state of the next block to prove
	executed *state.State // state after the last executed block

	blocks   []*rollup.Block  // by number-1
	stored   []l1.StoredBlock // by number; [0] is genesis
	requests [][]byte         // pubdata of each PriorityRequest, by id
	applied  int              // priority requests applied on L2
	proofs   map[uint64][]byte
	points   map[uint64]fr.Element // blob mode: each committed block's data point
	nCommit  int
	nProven  int
	nExec    int
}

// users are funded on L1 in every env.
var users = []string{"A", "B", "C", "D"}

func newEnv(t *testing.T) *env { return newEnvWith(t, loadKeys(t)) }

// newEnvWith is a deployment of k's params with k's keys.
func newEnvWith(t *testing.T, k *keys) *env {
	l2, err := scenario.New(k.p)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, k: k, p: k.p, l2: l2, gov: evmtest.NewKey(t), keeper: evmtest.NewKey(t), op: l2.L1Key("op"), fee: testFee,
		proofs: map[uint64][]byte{}, points: map[uint64]fr.Element{}}
	e.proving, e.executed = e.fresh(), e.fresh()
	funded := []common.Address{evmtest.Addr(e.gov), evmtest.Addr(e.keeper), l2.Address("op")}
	for _, u := range users {
		funded = append(funded, l2.Address(u))
	}
	e.c = evmtest.NewChain(t, funded...)
	var bvs []common.Address
	for _, code := range k.blockVerifiers {
		bv, _ := e.c.Deploy(t, e.gov, code, nil)
		bvs = append(bvs, bv)
	}
	ev, _ := e.c.Deploy(t, e.gov, k.exitVerifier, nil)
	var blobVerifier common.Address
	if k.blob != nil {
		blobVerifier, _ = e.c.Deploy(t, e.gov, k.blobVerifier, nil)
	}
	shapes, bvs := l1.Shapes(e.p, bvs...)
	root, err := l2.State.Root()
	if err != nil {
		t.Fatal(err)
	}
	cfg := rollupcontract.RollupConfig{
		BlockShapes: shapes, BlockVerifiers: bvs, ExitVerifier: ev, AccountDepth: big.NewInt(int64(e.p.AccountDepth)),
		BalanceDepth: big.NewInt(int64(e.p.BalanceDepth)), RollupChainId: e.p.ChainID, BlobVerifier: blobVerifier,
		PriorityExpiryBlocks: expiryBlocks, GenesisRoot: root.Bytes(),
		Governance: evmtest.Addr(e.gov), Operator: l2.Address("op"), PriorityFee: e.fee.Uint64(),
	}
	code := common.FromHex(rollupcontract.RollupMetaData.Bin)
	var r *types.Receipt
	e.addr, r = e.c.Deploy(t, e.gov, code, abiR.PackConstructor(cfg))
	t.Logf("Rollup deployed: %d gas", r.GasUsed)
	if err := l2.SetL1(rollup.L1Domain{ChainID: e.c.ChainID.Uint64(), Contract: e.addr}); err != nil {
		t.Fatal(err)
	}
	e.stored = []l1.StoredBlock{l1.Genesis(root)}
	e.dai = e.deployToken("Dai", "DAI")
	e.send(e.gov, abiR.PackAddToken(e.dai))
	return e
}

// replica is a fresh genesis state, as a witness generator keeps one.
func replica(t *testing.T) *state.State {
	r, err := scenario.New(params)
	if err != nil {
		t.Fatal(err)
	}
	return r.State
}

// fresh is a genesis state of the env's params.
func (e *env) fresh() *state.State {
	r, err := scenario.New(e.p)
	if err != nil {
		e.t.Fatal(err)
	}
	return r.State
}

// assign assigns block b of its own shape on st (advancing st), in blob
// mode at the point b was committed with.
func (e *env) assign(st *state.State, b *rollup.Block) (*circuit.BlockCircuit, error) {
	shape := circuit.ShapeWithSlots(e.p, b.Slots)
	if shape.Blob {
		r, ok := e.points[b.Header.Number]
		if !ok {
			e.t.Fatalf("block %d is not committed: its data point is not drawn yet", b.Header.Number)
		}
		return circuit.AssignBlob(st, shape, b, r)
	}
	return circuit.Assign(st, shape, b)
}

func (e *env) deployToken(name, symbol string) common.Address {
	code := common.FromHex(testtoken.TestTokenMetaData.Bin)
	a, _ := e.c.Deploy(e.t, e.gov, code, abiT.PackConstructor(name, symbol))
	return a
}

// send sends a call to the rollup contract and fails the test unless it succeeds.
func (e *env) send(key *ecdsa.PrivateKey, data []byte) *types.Receipt {
	e.t.Helper()
	return e.c.MustSend(e.t, key, &e.addr, nil, data)
}

// sendTo is send to another contract.
func (e *env) sendTo(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	return e.c.MustSend(e.t, key, &to, nil, data)
}

// reverts checks that a call to the rollup contract is refused with the
// named Solidity error, and that nothing was mined.
func (e *env) reverts(key *ecdsa.PrivateKey, data []byte, want string) *l1.RevertError {
	e.t.Helper()
	return e.revertsWith(key, nil, data, want)
}

func (e *env) revertsWith(key *ecdsa.PrivateKey, value *big.Int, data []byte, want string) *l1.RevertError {
	e.t.Helper()
	head := e.head()
	_, err := e.c.Send(key, &e.addr, value, data)
	if err == nil {
		e.t.Fatalf("call succeeded, want revert %s", want)
	}
	re := l1.DecodeRevert(err)
	if re == nil {
		e.t.Fatalf("want revert %s, got %v", want, err)
	}
	if re.Name != want {
		e.t.Fatalf("want revert %s, got %v", want, re)
	}
	if h := e.head(); h != head {
		e.t.Fatalf("a refused call mined a block (%d -> %d)", head, h)
	}
	return re
}

func (e *env) head() uint64 {
	n, err := e.c.C.BlockNumber(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// view calls a view function of the rollup contract.
func (e *env) view(data []byte) []byte {
	e.t.Helper()
	out, err := e.c.Call(evmtest.Addr(e.keeper), e.addr, data)
	if err != nil {
		e.t.Fatal(err)
	}
	return out
}

func (e *env) pending(owner common.Address, token uint16) *big.Int {
	e.t.Helper()
	v, err := abiR.UnpackPendingBalances(e.view(abiR.PackPendingBalances(owner, token)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) tokenBalance(token, owner common.Address) *big.Int {
	e.t.Helper()
	out, err := e.c.Call(owner, token, abiT.PackBalanceOf(owner))
	if err != nil {
		e.t.Fatal(err)
	}
	v, err := abiT.UnpackBalanceOf(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) user(name string) *ecdsa.PrivateKey { return e.l2.L1Key(name) }

// depositETH deposits wei from a user's L1 key to the same address on L2,
// paying the priority fee on top, and returns the receipt.
func (e *env) depositETH(name string, wei *big.Int) *types.Receipt {
	e.t.Helper()
	return e.c.MustSend(e.t, e.user(name), &e.addr, new(big.Int).Add(wei, e.fee), abiR.PackDepositETH(e.l2.Address(name), wei))
}

// depositToken mints amount of token to a user, approves and deposits it.
func (e *env) depositToken(name string, token common.Address, amount *big.Int) *types.Receipt {
	e.t.Helper()
	e.sendTo(e.gov, token, abiT.PackMint(e.l2.Address(name), amount))
	e.sendTo(e.user(name), token, abiT.PackApprove(e.addr, amount))
	return e.c.MustSend(e.t, e.user(name), &e.addr, e.fee, abiR.PackDepositERC20(token, amount, e.l2.Address(name)))
}

// requestFullExit sends a user's full-exit request with the priority fee.
func (e *env) requestFullExit(name string, account uint32, token common.Address) *types.Receipt {
	e.t.Helper()
	return e.c.MustSend(e.t, e.user(name), &e.addr, e.fee, abiR.PackRequestFullExit(account, token))
}

// readRequests reads the PriorityRequest events the contract emitted, as
// the node's watcher will, and checks their ids run in order.
func (e *env) readRequests() {
	e.t.Helper()
	ev := abiR.GetABI().Events[rollupcontract.RollupPriorityRequestEventName]
	logs, err := e.c.C.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{e.addr}, Topics: [][]common.Hash{{ev.ID}},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	e.requests = e.requests[:0]
	for i := range logs {
		pr, err := abiR.UnpackPriorityRequestEvent(&logs[i])
		if err != nil {
			e.t.Fatal(err)
		}
		if pr.Id != uint64(len(e.requests)) {
			e.t.Fatalf("priority request %d out of order (want %d)", pr.Id, len(e.requests))
		}
		e.requests = append(e.requests, pr.Pubdata)
	}
}

// syncPriority applies on L2 the priority requests not yet applied.
func (e *env) syncPriority() {
	e.t.Helper()
	e.readRequests()
	for ; e.applied < len(e.requests); e.applied++ {
		p := e.requests[e.applied]
		tx, err := l1.DecodePriorityRequest(p[0], p)
		if err != nil {
			e.t.Fatal(err)
		}
		if _, err := e.l2.Apply(tx); err != nil {
			e.t.Fatalf("priority request %d: %v", e.applied, err)
		}
	}
}

// block applies pending priority requests, then the scenario lines, and
// seals the block.
func (e *env) block(lines string) *rollup.Block {
	e.t.Helper()
	e.syncPriority()
	if err := e.l2.Exec(lines); err != nil {
		e.t.Fatal(err)
	}
	if n := len(e.l2.Blocks); n == len(e.blocks) { // nothing sealed the block: seal it
		if _, err := e.l2.Seal(); err != nil {
			e.t.Fatal(err)
		}
	}
	b := e.l2.Blocks[len(e.l2.Blocks)-1]
	e.blocks = append(e.blocks, b)
	return b
}

func (e *env) storedOf(number int) l1.StoredBlock { return e.stored[number] }

func (e *env) commitArg(b *rollup.Block) l1.CommitBlock {
	e.t.Helper()
	c, err := l1.Commit(b)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// commit commits the next n sealed blocks in one transaction and checks
// that the contract stored exactly what l1.Stored computes.
func (e *env) commit(n int) *types.Receipt {
	e.t.Helper()
	var args []l1.CommitBlock
	for _, b := range e.blocks[e.nCommit : e.nCommit+n] {
		args = append(args, e.commitArg(b))
	}
	r := e.send(e.op, abiR.PackCommitBlocks(e.stored[e.nCommit], args))
	for _, b := range e.blocks[e.nCommit : e.nCommit+n] {
		s := l1.Stored(b)
		got, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(s.Number)))
		if err != nil {
			e.t.Fatal(err)
		}
		if got != l1.HashStored(s) {
			e.t.Fatalf("block %d: contract stored %x, native l1.Stored hashes to %x", s.Number, got, l1.HashStored(s))
		}
		e.stored = append(e.stored, s)
	}
	e.nCommit += n
	return r
}

// proof proves block number (1-based) with the block circuit; blocks must
// be proven in order the first time, later calls return the cached proof.
func (e *env) proof(number int) []byte {
	e.t.Helper()
	if p, ok := e.proofs[uint64(number)]; ok {
		return p
	}
	if want := len(e.proofs) + 1; number != want {
		e.t.Fatalf("prove block %d before block %d", number, want)
	}
	b := e.blocks[number-1]
	a, err := e.assign(e.proving, b)
	if err != nil {
		e.t.Fatal(err)
	}
	set, err := e.k.block.For(b.Slots)
	if err != nil {
		e.t.Fatal(err)
	}
	p := e.prove(set.CCS, set.PK, a)
	e.proofs[uint64(number)] = p
	return p
}

// proofAs proves block number as a block of the given slots (another
// shape than its own: the proof of another commitment), from a replay of
// the blocks before it.
func (e *env) proofAs(number, slots int) []byte {
	e.t.Helper()
	pre := replica(e.t)
	for _, b := range e.blocks[:number-1] {
		if _, err := circuit.Assign(pre, circuit.ShapeWithSlots(params, b.Slots), b); err != nil {
			e.t.Fatal(err)
		}
	}
	b := *e.blocks[number-1]
	b.Slots = slots
	a, err := circuit.Assign(pre, circuit.ShapeWithSlots(params, slots), &b)
	if err != nil {
		e.t.Fatal(err)
	}
	set, err := e.k.block.For(slots)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.prove(set.CCS, set.PK, a)
}

// prove proves a full assignment and returns the proof as the Solidity
// verifier takes it.
func (e *env) prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, a frontend.Circuit) []byte {
	e.t.Helper()
	wb, err := prover.EncodeWitness(a)
	if err != nil {
		e.t.Fatal(err)
	}
	var out bytes.Buffer
	if err := prover.Prove(ccs, pk, bytes.NewReader(wb), &out); err != nil {
		e.t.Fatal(err)
	}
	p, err := prover.SolidityProof(out.Bytes())
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// proveBlocks proves the next n committed blocks in one transaction.
func (e *env) proveBlocks(n int) *types.Receipt {
	e.t.Helper()
	var bs []l1.StoredBlock
	var ps [][]byte
	for i := e.nProven + 1; i <= e.nProven+n; i++ {
		bs = append(bs, e.stored[i])
		ps = append(ps, e.proof(i))
	}
	r := e.send(e.keeper, abiR.PackProveBlocks(bs, ps))
	e.nProven += n
	return r
}

// execute executes the next n proven blocks in one transaction and
// advances the executed-state replica.
func (e *env) execute(n int) *types.Receipt {
	e.t.Helper()
	bs, ops := e.executeArgs(e.nExec, n)
	r := e.send(e.keeper, abiR.PackExecuteBlocks(bs, ops))
	for _, b := range e.blocks[e.nExec : e.nExec+n] {
		if _, err := e.assign(e.executed, b); err != nil {
			e.t.Fatal(err)
		}
	}
	e.nExec += n
	return r
}

func (e *env) executeArgs(from, n int) ([]l1.StoredBlock, [][][]byte) {
	var bs []l1.StoredBlock
	var ops [][][]byte
	for i := from + 1; i <= from+n; i++ {
		bs = append(bs, e.stored[i])
		ops = append(ops, l1.PendingOps(e.blocks[i-1]))
	}
	return bs, ops
}

// withdraw pays out an owner's whole pending balance of a token (address
// 0: ETH), sent by the keeper so the owner's balance moves by exactly the
// amount; it checks that it does.
func (e *env) withdraw(owner common.Address, token common.Address, id uint16) *big.Int {
	e.t.Helper()
	amount := e.pending(owner, id)
	if amount.Sign() == 0 {
		e.t.Fatalf("%s has no pending balance of token %d", owner, id)
	}
	before := e.l1Balance(owner, token)
	e.send(e.keeper, abiR.PackWithdrawPendingBalance(owner, token, amount))
	if got := new(big.Int).Sub(e.l1Balance(owner, token), before); got.Cmp(amount) != 0 {
		e.t.Fatalf("withdrawal of %s paid %s", amount, got)
	}
	if p := e.pending(owner, id); p.Sign() != 0 {
		e.t.Fatalf("pending balance %s left after withdrawing all", p)
	}
	return amount
}

func (e *env) l1Balance(owner, token common.Address) *big.Int {
	if token == (common.Address{}) {
		return e.c.Balance(e.t, owner)
	}
	return e.tokenBalance(token, owner)
}

// l2Balance is a user's balance in the operator's current state.
func (e *env) l2Balance(name string, token uint16) *big.Int {
	e.t.Helper()
	id, ok := e.l2.AccountID(name)
	if !ok {
		e.t.Fatalf("%s has no L2 account", name)
	}
	v, err := e.l2.State.Balance(id, token)
	if err != nil {
		e.t.Fatal(err)
	}
	return v.Big()
}

// exitProof proves, with the exit circuit, what account id holds of a
// token in the last executed state.
func (e *env) exitProof(id uint32, token uint16) (state.AccountWitness, []byte) {
	e.t.Helper()
	w, err := e.executed.Witness(id, token)
	if err != nil {
		e.t.Fatal(err)
	}
	return w, e.prove(e.k.exitCCS, e.k.exitPK, circuit.AssignExit(w))
}

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad number " + s)
	}
	return v
}

func u128(v *big.Int) num.U128 {
	u, err := num.FromBig(v)
	if err != nil {
		panic(err)
	}
	return u
}
