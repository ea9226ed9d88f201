package aggregator_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/aggregator"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/l1watcher"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
	"github.com/zkrollup/zkrollup/witness"
)

// Review 19: the aggregator's one-transaction blob path (oneTxBlobs, the
// blob plan). Each test asserts the secure behaviour (liveness, and
// proofs that bind the point L1 computes): it fails when the attack works.

// capSender is the L1 sender with the EIP-7825 cap of a real deployment
// modelled: a one-transaction batch of more than `maxAll` blocks needs
// more gas than one transaction may have, and is refused as the real
// sender refuses it (txsender.ErrTooMuchGas, from its estimate). Blocks
// full of withdrawals make any deployment's batch that big.
type capSender struct {
	*txsender.Sender
	maxAll uint64 // 0: no cap
	keys   []string
}

func (s *capSender) EnqueueBlob(ctx context.Context, owner, key string, to common.Address, data []byte, blobs []kzg4844.Blob) (store.L1Tx, error) {
	var first, last uint64
	if s.maxAll > 0 && strings.HasPrefix(key, "all:") {
		if _, err := fmt.Sscanf(strings.TrimPrefix(key, "all:"), "%d-%d", &first, &last); err == nil && last-first+1 > s.maxAll {
			return store.L1Tx{}, fmt.Errorf("%s: %w: estimated over the cap (modelled: more than %d blocks)", key, txsender.ErrTooMuchGas, s.maxAll)
		}
	}
	tx, err := s.Sender.EnqueueBlob(ctx, owner, key, to, data, blobs)
	if err == nil && (len(s.keys) == 0 || s.keys[len(s.keys)-1] != key) {
		s.keys = append(s.keys, key)
	}
	return tx, err
}

type rig19 struct {
	t        *testing.T
	ctx      context.Context
	p        rollup.Params
	chain    *evmtest.Chain
	contract common.Address
	operator common.Address
	user     node.DevAccount
	db       *store.DB
	seq      *sequencer.Sequencer
	watcher  *l1watcher.Watcher
	sender   *capSender
	ladder   *keys.Ladder
	blobKeys *keys.Set
	archive  string
	genesis  fr.Element
	agg      *aggregator.Aggregator
	clock    time.Time
	log      *slog.Logger
	abi      *rollupcontract.Rollup
	errs     []string
}

func newRig19(t *testing.T) *rig19 { return newRig19Gas(t, 0) }

// newRig19Gas is newRig19 with the sender's MaxGas (0: the EIP-7825 cap).
func newRig19Gas(t *testing.T, maxGas uint64) *rig19 {
	if testing.Short() {
		t.Skip("runs a Groth16 setup and proves blocks")
	}
	evmtest.RequireSolc(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	p := rollup.TestParams
	p.BlobCapacity = 16
	r := &rig19{t: t, ctx: ctx, p: p, log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		abi: rollupcontract.NewRollup(), clock: time.Now(), archive: t.TempDir()}
	r.ladder = testkeys.Ladder(t, r.p)
	r.blobKeys, _ = testkeys.Blob(t, r.p.BlobCapacity)
	opKey := evmtest.NewKey(t)
	user, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	r.user = user
	r.chain = evmtest.NewChain(t, evmtest.Addr(opKey), user.Address)
	_, code := testkeys.BlockVerifier(t, r.ladder.Sets[0].VK)
	v, _ := r.chain.Deploy(t, opKey, code, nil)
	_, bcode := testkeys.BlockVerifier(t, r.blobKeys.VK)
	bv, _ := r.chain.Deploy(t, opKey, bcode, nil)
	shapes, verifiers := l1.Shapes(r.p, v)
	r.operator = evmtest.Addr(opKey)
	gst, _ := state.Open(kv.NewMemory(), r.p.StateConfig())
	if err := rollup.InitGenesis(gst, r.operator); err != nil {
		t.Fatal(err)
	}
	r.genesis, _ = gst.Root()
	contract, receipt := r.chain.Deploy(t, opKey, common.FromHex(rollupcontract.RollupMetaData.Bin), r.abi.PackConstructor(rollupcontract.RollupConfig{
		BlockShapes: shapes, BlockVerifiers: verifiers, ExitVerifier: r.operator,
		AccountDepth: big.NewInt(int64(r.p.AccountDepth)), BalanceDepth: big.NewInt(int64(r.p.BalanceDepth)), RollupChainId: r.p.ChainID,
		PriorityExpiryBlocks: 1000, GenesisRoot: r.genesis.Bytes(), Governance: r.operator, Operator: r.operator, BlobVerifier: bv}))
	r.contract = contract
	r.db, err = store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.db.Close() })
	r.p.L1 = rollup.L1Domain{ChainID: r.chain.ChainID.Uint64(), Contract: contract}
	r.seq, err = sequencer.Open(ctx, sequencer.Config{Tick: time.Millisecond, BlockTimeout: time.Millisecond,
		Clock: func() time.Time { return r.clock }}, r.p, r.db, kv.NewMemory(), r.operator, mempool.DefaultConfig, r.log)
	if err != nil {
		t.Fatal(err)
	}
	r.watcher, err = l1watcher.New(l1watcher.Config{Contract: contract, PollInterval: time.Millisecond,
		FromBlock: receipt.BlockNumber.Uint64(), MaxBlocks: 100}, r.chain.C, r.db, r.log)
	if err != nil {
		t.Fatal(err)
	}
	s, err := txsender.New(ctx, txsender.Config{StuckAfter: time.Minute, MaxFeeCap: big.NewInt(1e12), GasMargin: 20,
		MaxBlobFeeCap: big.NewInt(1e12), MaxGas: maxGas}, r.chain.C, r.db, opKey, r.log)
	if err != nil {
		t.Fatal(err)
	}
	r.sender = &capSender{Sender: s}
	return r
}

// restart starts a fresh aggregator (a restart replays from block 1).
func (r *rig19) restart(oneTx bool, blocksPerTx int) {
	r.t.Helper()
	if r.agg != nil {
		r.agg.Wait()
	}
	gen, err := witness.New(r.db, r.p, r.operator)
	if err != nil {
		r.t.Fatal(err)
	}
	r.agg = aggregator.New(aggregator.Config{Contract: r.contract, MaxInFlight: 2, Lease: time.Minute,
		Retry: proofqueue.Retry{MaxAttempts: 3, Backoff: time.Second}, BlocksPerTx: blocksPerTx, BatchWait: 0, OneTx: oneTx,
		Clock: func() time.Time { return r.clock },
		Blobs: &aggregator.Blobs{Capacity: r.p.BlobCapacity, Keys: r.blobKeys, Archive: r.archive}},
		r.db, gen, aggregator.LocalProver{Keys: r.ladder}, r.p, r.ladder, r.sender, r.genesis, r.log)
}

// deposit sends an L1 deposit and lets L2 seal a block for it (the
// aggregator does not run).
func (r *rig19) depositAndSeal() {
	r.t.Helper()
	before := r.seq.Latest()
	v := big.NewInt(1_000_000_000)
	r.chain.MustSend(r.t, r.user.L1, &r.contract, v, r.abi.PackDepositETH(r.user.Address, v))
	for i := 0; r.seq.Latest() == before; i++ {
		if i == 10 {
			r.t.Fatal("no block sealed for a deposit")
		}
		if _, err := r.watcher.Poll(r.ctx); err != nil {
			r.t.Fatal(err)
		}
		if err := r.seq.MiniBlock(r.ctx); err != nil {
			r.t.Fatal(err)
		}
		r.clock = r.clock.Add(time.Millisecond)
	}
}

// step is one aggregator step (its proofs waited for), then the sender
// sends and L1 mines. Step errors are recorded.
func (r *rig19) step() {
	r.t.Helper()
	if _, err := r.watcher.Poll(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	if err := r.agg.Step(r.ctx); err != nil {
		r.errs = append(r.errs, err.Error())
	}
	r.agg.Wait()
	if err := r.sender.Step(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	r.chain.B.Commit()
	if err := r.sender.Step(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	r.clock = r.clock.Add(time.Millisecond)
}

func (r *rig19) executed() uint64 {
	r.t.Helper()
	b, err := r.chain.Call(r.operator, r.contract, r.abi.PackBlocksExecuted())
	if err != nil {
		r.t.Fatal(err)
	}
	return new(big.Int).SetBytes(b).Uint64()
}

func (r *rig19) lastErr() string {
	if len(r.errs) == 0 {
		return "none"
	}
	return r.errs[len(r.errs)-1]
}

// witnessVsL1 says, for each block L1 emitted BlockCommitted for, whether
// the commitment the block's witness (and so its proof) binds is the one
// L1 computed.
func (r *rig19) witnessVsL1() []string {
	r.t.Helper()
	id := r.abi.GetABI().Events["BlockCommitted"].ID
	logs, err := r.chain.C.FilterLogs(r.ctx, ethereum.FilterQuery{Addresses: []common.Address{r.contract}, Topics: [][]common.Hash{{id}}})
	if err != nil {
		r.t.Fatal(err)
	}
	var out []string
	for i := range logs {
		ev, err := r.abi.UnpackBlockCommittedEvent(&logs[i])
		if err != nil {
			r.t.Fatal(err)
		}
		req, err := r.db.ProofRequestOf(r.ctx, ev.Number)
		if err != nil || req.Witness == nil {
			out = append(out, fmt.Sprintf("block %d: no witness (%v)", ev.Number, err))
			continue
		}
		c, err := prover.PublicCommitment(req.Witness)
		if err != nil {
			r.t.Fatal(err)
		}
		var got [32]byte
		c.FillBytes(got[:])
		if got != ev.Commitment {
			out = append(out, fmt.Sprintf("block %d: witness binds %x, L1 computed %x", ev.Number, got, ev.Commitment))
		}
	}
	return out
}

// TestReview19OneTxBlobsPlanTooBigForOneTx: the plan of two blocks is fixed
// and proven; its commitProveExecuteBlobs needs more gas than one L1
// transaction may have (ErrTooMuchGas: calldata one-tx halves such a
// batch; staged blob mode proves a commit whole but executes in parts).
// The aggregator must still get the blocks executed; the plan cannot
// shrink (its proofs bind the plan's point), so it needs a way out (e.g.
// commitBlobBlocks of exactly the plan — the same blobs, the same r — then
// proveBlocks and executeBlocks in parts).
func TestReview19OneTxBlobsPlanTooBigForOneTx(t *testing.T) {
	r := newRig19(t)
	r.sender.maxAll = 1
	r.restart(true, 3)
	r.depositAndSeal()
	r.depositAndSeal()
	for i := 0; i < 10 && r.executed() < 2; i++ {
		r.step()
	}
	first, last, ok, _ := r.db.BlobPlan(r.ctx)
	if got := r.executed(); got < 2 {
		t.Fatalf("BUG (liveness): the plan %d-%d (%v) is proven but its one transaction is over the gas cap; after 10 steps L1 executed %d of %d "+
			"blocks, and the aggregator retries the same batch forever (every step proving the blobs again): %d step errors, last: %.400s",
			first, last, ok, got, r.seq.Latest(), len(r.errs), r.lastErr())
	}
}

// TestReview19OneTxBlobsRestartToStagedHonoursThePlan: a plan of block 1
// is fixed and proven (its witness binds the plan's point), block 2 is
// sealed, and the node is restarted with one_tx off. The staged commit
// must batch what the witnesses were made for (or the witnesses be made
// again): L1 must execute both blocks, and every witness must bind the
// commitment L1 computed.
func TestReview19OneTxBlobsRestartToStagedHonoursThePlan(t *testing.T) {
	r := newRig19(t)
	r.restart(true, 3)
	r.depositAndSeal()
	r.step() // the plan: block 1
	first, last, ok, err := r.db.BlobPlan(r.ctx)
	if err != nil || !ok || first != 1 || last != 1 {
		t.Fatalf("plan %d-%d %v %v, want 1-1", first, last, ok, err)
	}
	r.step() // its witness, at the plan's point, and its proof
	req, err := r.db.ProofRequestOf(r.ctx, 1)
	if err != nil || req.Witness == nil || req.Status != status.ProofComplete {
		t.Fatalf("block 1's proof request %+v %v: want it proven", req.Status, err)
	}
	if bs, _ := r.db.L1Batches(r.ctx, status.StageAll); len(bs) != 0 {
		t.Fatalf("the plan was already handed: %+v", bs)
	}
	r.depositAndSeal() // block 2, while the plan waits
	r.restart(false, 3)
	for i := 0; i < 12 && r.executed() < 2; i++ {
		r.step()
	}
	bad := r.witnessVsL1()
	if got := r.executed(); got < 2 || len(bad) > 0 {
		t.Fatalf("BUG (liveness): after restarting with one_tx off over an unhanded plan, L1 executed %d of 2 blocks; "+
			"witnesses not binding L1's commitment: %v; sender keys %v; %d step errors, last: %.400s",
			got, bad, r.sender.keys, len(r.errs), r.lastErr())
	}
}

// TestReview19OneTxBlobsPlanSurvivesBlocksPerTxChange: a plan of two
// blocks is fixed, then the node restarts with blocks_per_tx 1 (still
// one_tx): the plan is kept whole and executed, the witnesses bind L1's
// commitments, and the next batch follows.
func TestReview19OneTxBlobsPlanSurvivesBlocksPerTxChange(t *testing.T) {
	r := newRig19(t)
	r.restart(true, 3)
	r.depositAndSeal()
	r.depositAndSeal()
	r.step() // the plan: blocks 1-2
	if first, last, ok, err := r.db.BlobPlan(r.ctx); err != nil || !ok || first != 1 || last != 2 {
		t.Fatalf("plan %d-%d %v %v, want 1-2", first, last, ok, err)
	}
	r.step() // witnesses and proofs
	r.depositAndSeal()
	r.restart(true, 1)
	for i := 0; i < 12 && r.executed() < 3; i++ {
		r.step()
	}
	if got, bad := r.executed(), r.witnessVsL1(); got < 3 || len(bad) > 0 {
		t.Fatalf("L1 executed %d of 3; bad witnesses %v; keys %v; errors %d, last %.400s", got, bad, r.sender.keys, len(r.errs), r.lastErr())
	}
	if len(r.sender.keys) < 2 || r.sender.keys[0] != "all:1-2" {
		t.Fatalf("batches %v, want all:1-2 first", r.sender.keys)
	}
}

// TestReview19OneTxBlobsPlanOverTheSendersGasCap: the same with the real
// sender's estimate against a gas cap (MaxGas 600,000 here, standing for
// EIP-7825's 2^24 at production sizes): a proven two-block plan whose
// commitProveExecuteBlobs is over it. A staged commitBlobBlocks of the same
// plan (same blobs, same r: the proofs stay valid), its proveBlocks and
// executeBlocks each fit under it.
func TestReview19OneTxBlobsPlanOverTheSendersGasCap(t *testing.T) {
	r := newRig19Gas(t, 600_000)
	r.restart(true, 3)
	r.depositAndSeal()
	r.depositAndSeal()
	for i := 0; i < 10 && r.executed() < 2; i++ {
		r.step()
	}
	if got := r.executed(); got < 2 {
		t.Fatalf("BUG (liveness): L1 executed %d of 2 blocks after 10 steps; %d step errors, last: %.400s", got, len(r.errs), r.lastErr())
	}
}

// TestReview19OneTxBlobsStagedFitsUnderTheSameCap: control for the test
// above: the staged blob path executes the same two blocks under the same
// 600,000 gas cap (so a fallback to it for a plan over the cap is a way out).
func TestReview19OneTxBlobsStagedFitsUnderTheSameCap(t *testing.T) {
	r := newRig19Gas(t, 600_000)
	r.restart(false, 3)
	r.depositAndSeal()
	r.depositAndSeal()
	for i := 0; i < 10 && r.executed() < 2; i++ {
		r.step()
	}
	if got := r.executed(); got < 2 {
		t.Fatalf("staged: L1 executed %d of 2; keys %v; errors %d, last %.400s", got, r.sender.keys, len(r.errs), r.lastErr())
	}
	t.Logf("staged batches under the cap: %v", r.sender.keys)
}
