package aggregator_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
	"github.com/zkrollup/zkrollup/witness"
)

// TestDepositAndWithdrawThroughL1 closes the loop in one process: a
// deposit on the simulated L1 is read by the watcher, sequenced with an L2
// key registration and a withdrawal, proven with real Groth16 keys of the
// test profile, committed, proven and executed on L1 by the aggregator
// through the sender, and the withdrawal is paid to the wei. Both ways to
// L1 run it: commitBlocks, proveBlocks and executeBlocks in turn, and one
// commitProveExecute per batch.
func TestDepositAndWithdrawThroughL1(t *testing.T) {
	t.Run("staged", func(t *testing.T) { depositAndWithdraw(t, false, false) })
	t.Run("one-tx", func(t *testing.T) { depositAndWithdraw(t, true, false) })
	// blob mode (issue 19): commits are blob transactions whose blobs the
	// aggregator proves and archives, a block's witness waits for its
	// commit's data point, and the state is rebuilt from L1 and the archive
	t.Run("blobs", func(t *testing.T) { depositAndWithdraw(t, false, true) })
	// and one commitProveExecuteBlobs per batch, fixed before it is proven
	t.Run("blobs-one-tx", func(t *testing.T) { depositAndWithdraw(t, true, true) })
}

func depositAndWithdraw(t *testing.T, oneTx, blobs bool) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup and proves blocks")
	}
	evmtest.RequireSolc(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := rollup.LadderTestParams // blocks of 2 and 4 slots
	if blobs {
		p = rollup.TestParams // one shape: 4 slots
		p.BlobCapacity = 16   // a blob circuit reading 496 bytes
		// typed slots G G T G: the block of a deposit, a ChangePubKey and a
		// withdrawal skips its transfer slot
		p.SlotGroup = 3
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))

	// Keys and the verifiers for them.
	ladder := testkeys.Ladder(t, p)

	// L1: the operator and a user (dev account 0, whose L2 key we know).
	opKey := evmtest.NewKey(t)
	user, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	chain := evmtest.NewChain(t, evmtest.Addr(opKey), user.Address)
	// The 4-slot shape gets the 2-slot shape's verifier: a 4-slot block's
	// proof verifies here and is refused on L1, which the end of the test
	// uses to show the split of a failing range (every other block here has
	// one or two operations).
	_, code := testkeys.BlockVerifier(t, ladder.Sets[0].VK)
	small, _ := chain.Deploy(t, opKey, code, nil)
	shapes, verifiers := l1.Shapes(p, small, small)
	var blobKeys *keys.Set
	var blobVerifier common.Address
	archive := t.TempDir()
	if blobs {
		blobKeys, _ = testkeys.Blob(t, p.BlobCapacity)
		_, bcode := testkeys.BlockVerifier(t, blobKeys.VK)
		blobVerifier, _ = chain.Deploy(t, opKey, bcode, nil)
		shapes, verifiers = l1.Shapes(p, small)
	}
	operator := evmtest.Addr(opKey)
	gst, _ := state.Open(kv.NewMemory(), p.StateConfig())
	if err := rollup.InitGenesis(gst, operator); err != nil {
		t.Fatal(err)
	}
	genesis, _ := gst.Root()
	abiR := rollupcontract.NewRollup()
	contract, rec := chain.Deploy(t, opKey, common.FromHex(rollupcontract.RollupMetaData.Bin), abiR.PackConstructor(rollupcontract.RollupConfig{
		BlockShapes: shapes, BlockVerifiers: verifiers, ExitVerifier: operator,
		AccountDepth: big.NewInt(int64(p.AccountDepth)), BalanceDepth: big.NewInt(int64(p.BalanceDepth)), RollupChainId: p.ChainID,
		PriorityExpiryBlocks: 1000, GenesisRoot: genesis.Bytes(), Governance: operator, Operator: operator, BlobVerifier: blobVerifier}))

	// The node's parts, on one database.
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p.L1 = rollup.L1Domain{ChainID: chain.ChainID.Uint64(), Contract: contract} // what ChangePubKey authorisations bind
	clock := time.Now()                                                         // stepped by hand; the contract takes block times up to 15 minutes ahead of L1's
	const batchWait = 10 * time.Minute
	aggClock := clock // the aggregator's, moved past batchWait below
	released := false // then moved on by batchWait every turn, so no stage waits
	seq, err := sequencer.Open(ctx, sequencer.Config{Tick: time.Millisecond, BlockTimeout: time.Millisecond,
		Clock: func() time.Time { return clock }}, p, db, kv.NewMemory(),
		operator, mempool.DefaultConfig, log)
	if err != nil {
		t.Fatal(err)
	}
	watcher, err := l1watcher.New(l1watcher.Config{Contract: contract, PollInterval: time.Millisecond, FromBlock: rec.BlockNumber.Uint64(), MaxBlocks: 100},
		chain.C, db, log)
	if err != nil {
		t.Fatal(err)
	}
	sc := txsender.Config{StuckAfter: time.Minute, MaxFeeCap: big.NewInt(1e12), GasMargin: 20}
	if blobs {
		sc.MaxBlobFeeCap = big.NewInt(1e12)
	}
	sender, err := txsender.New(ctx, sc, chain.C, db, opKey, log)
	if err != nil {
		t.Fatal(err)
	}
	recorder := &refusals{Sender: sender}
	gen, err := witness.New(db, p, operator)
	if err != nil {
		t.Fatal(err)
	}
	acfg := aggregator.Config{Contract: contract, MaxInFlight: 2, Lease: time.Minute,
		Retry: proofqueue.Retry{MaxAttempts: 3, Backoff: time.Second}, BlocksPerTx: 4, BatchWait: batchWait, OneTx: oneTx,
		Clock: func() time.Time { return aggClock }}
	if blobs {
		acfg.Blobs = &aggregator.Blobs{Capacity: p.BlobCapacity, Keys: blobKeys, Archive: archive}
	}
	agg := aggregator.New(acfg, db, gen, aggregator.LocalProver{Keys: ladder}, p, ladder, recorder, genesis, log)
	// blob mode, one transaction a batch: once a batch is fixed, the
	// aggregator restarts (a new one on the same database, its witness
	// generator rebuilding from scratch) and must batch the same blocks at
	// the same point, or L1 refuses their proofs
	restarted, planTurns := false, 0
	restartOnPlan := func() {
		t.Helper()
		if !blobs || !oneTx || restarted {
			return
		}
		if _, _, ok, err := db.BlobPlan(ctx); err != nil || !ok {
			return
		}
		if planTurns++; planTurns < 2 { // a turn later: the first witnesses are attached at the plan's point
			return
		}
		agg.Wait()
		gen, err := witness.New(db, p, operator)
		if err != nil {
			t.Fatal(err)
		}
		agg = aggregator.New(acfg, db, gen, aggregator.LocalProver{Keys: ladder}, p, ladder, recorder, genesis, log)
		restarted = true
	}

	// One turn of everything; L1 mines a block.
	turn := func() {
		t.Helper()
		restartOnPlan()
		if _, err := watcher.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		if err := seq.MiniBlock(ctx); err != nil {
			t.Fatal(err)
		}
		clock = clock.Add(time.Millisecond) // the block timeout
		if err := seq.MiniBlock(ctx); err != nil {
			t.Fatal(err)
		}
		if released {
			aggClock = aggClock.Add(batchWait)
		}
		if err := agg.Step(ctx); err != nil {
			t.Fatal(err)
		}
		agg.Wait()
		if err := sender.Step(ctx); err != nil {
			t.Fatal(err)
		}
		chain.B.Commit()
		if err := sender.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}

	deposit := big.NewInt(1_000_000_000_000_000_000)
	chain.MustSend(t, user.L1, &contract, deposit, abiR.PackDepositETH(user.Address, deposit))
	for seq.Latest() < 1 {
		turn()
	}
	// The submit policy: one block of the four a transaction holds waits
	// for more until it is batchWait old.
	committed := func() uint64 {
		n, err := abiR.UnpackBlocksCommitted(must(chain.Call(operator, contract, abiR.PackBlocksCommitted())))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for range 3 {
		turn()
	}
	if n := committed(); n != 0 || seq.Latest() != 1 {
		t.Fatalf("%d blocks committed of %d sealed before the first was %s old", n, seq.Latest(), batchWait)
	}
	released = true
	for i := 0; committed() == 0; i++ {
		if i == 20 {
			t.Fatalf("block 1 not committed %d turns after it was %s old", i, batchWait)
		}
		turn()
	}
	acc, ok, err := seq.PendingAccountByAddress(user.Address)
	if err != nil || !ok {
		t.Fatalf("the deposit did not reach L2: %v", err)
	}
	cpk := &rollup.ChangePubKey{AccountID: acc.ID}
	if err := rollup.SignChangePubKey(user.L2, p.ChainID, cpk); err != nil {
		t.Fatal(err)
	}
	if err := rollup.SignEthAuth(user.L1, p.Auth(), cpk); err != nil {
		t.Fatal(err)
	}
	amount, _ := num.FromUint64(400_000_000).MulUint64(1_000_000_000) // 0.4 ETH
	fee, _ := rollup.PackFee(num.FromUint64(1000))
	txs := []rollup.Tx{cpk}
	if blobs {
		// with typed slots (G G T G) a transfer to the operator takes slot 1 and the
		// withdrawal skips the transfer slot 2 for slot 3
		one, _ := rollup.PackAmount(num.FromUint64(1_000_000))
		tr := &rollup.Transfer{From: acc.ID, To: operator, Amount: one, Fee: fee, Nonce: 1}
		if err := rollup.SignTransfer(user.L2, p.ChainID, tr); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tr)
	}
	wd := &rollup.Withdraw{From: acc.ID, To: user.Address, Amount: amount, Fee: fee, Nonce: uint32(len(txs))}
	if err := rollup.SignWithdraw(user.L2, p.ChainID, wd); err != nil {
		t.Fatal(err)
	}
	submitted := time.Now()
	for _, tx := range append(txs, wd) {
		raw, _ := rollup.EncodeTx(tx)
		if _, err := seq.Pool().Submit(ctx, raw); err != nil {
			t.Fatal(err)
		}
	}

	pending := func() *big.Int {
		out, err := chain.Call(operator, contract, abiR.PackPendingBalances(user.Address, 0))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := abiR.UnpackPendingBalances(out)
		return v
	}
	deadline := time.Now().Add(3 * time.Minute)
	for pending().Sign() == 0 {
		if time.Now().After(deadline) {
			counts, _ := db.CountProofs(ctx)
			t.Fatalf("the withdrawal was not executed on L1 in time; proofs %v, latest block %d", counts, seq.Latest())
		}
		turn()
	}
	if got := pending(); got.Cmp(amount.Big()) != 0 {
		t.Fatalf("pending balance %s, want %s", got, amount)
	}
	t.Logf("withdrawal submitted on L2 → executed on L1 (claimable) in %s (test profile, L1 mining on demand)",
		time.Since(submitted).Round(time.Millisecond))
	before := chain.Balance(t, user.Address)
	chain.MustSend(t, opKey, &contract, nil, abiR.PackWithdrawPendingBalance(user.Address, common.Address{}, amount.Big()))
	if got := new(big.Int).Sub(chain.Balance(t, user.Address), before); got.Cmp(amount.Big()) != 0 {
		t.Fatalf("the user received %s, want %s", got, amount)
	}
	executed, _ := abiR.UnpackBlocksExecuted(must(chain.Call(operator, contract, abiR.PackBlocksExecuted())))
	t.Logf("L2 blocks sealed %d, executed on L1 %d; withdrawal of %s wei paid", seq.Latest(), executed, amount)
	// the batches the aggregator recorded: one kind, contiguous from block 1
	for _, st := range status.Stages {
		batches, err := db.L1Batches(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		next := uint64(1)
		for _, b := range batches {
			if b.First != next || (b.Stage == status.StageAll) != oneTx {
				t.Fatalf("%s batches (one-tx %v): %+v", st, oneTx, batches)
			}
			next = b.Last + 1
		}
		if next <= executed {
			t.Fatalf("%s batches end at block %d, L1 executed %d: %+v", st, next-1, executed, batches)
		}
	}

	if blobs {
		if oneTx && !restarted {
			t.Fatal("no one-transaction blob batch was fixed: the restart was not exercised")
		}
		skipped := false
		for n := uint64(1); n <= seq.Latest(); n++ {
			b, err := db.Block(ctx, n)
			if err != nil {
				t.Fatal(err)
			}
			ops := make([]rollup.ExecutedOp, len(b.Ops))
			for i, op := range b.Ops {
				ops[i].Type = rollup.OpType(op.OpType)
			}
			at, _ := rollup.Placement(p.SlotGroup, ops)
			skipped = skipped || (len(at) == 3 && at[2] == 3)
		}
		if !skipped {
			t.Fatal("no block placed its withdrawal past the transfer slot: the typed layout was not exercised")
		}
		// everything L1 executed, rebuilt from L1 and the blobs the
		// aggregator archived, lands on the root L1 stores
		r, err := restore.Open(ctx, restore.Config{Params: p, Operator: operator, FromBlock: rec.BlockNumber.Uint64(), BlobArchive: archive},
			chain.C, nil, kv.NewMemory())
		if err != nil {
			t.Fatal(err)
		}
		res, err := r.Run(ctx, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.To != executed {
			t.Fatalf("restored up to block %d from the blob archive, L1 executed %d", res.To, executed)
		}
		files, _ := filepath.Glob(filepath.Join(archive, "*.blob"))
		t.Logf("restored %d blocks from L1 and %d archived blobs: root %x", res.To, len(files), res.Root)
		return
	}

	// The split of a failing range (op-succinct's): a 2-slot block and a
	// 4-slot block, proven together; L1 refuses the pair (the 4-slot proof),
	// so the aggregator halves the batch, proves the good block alone, and
	// sends the refused proof back to be proven again until its attempts run
	// out, never sending it to L1.
	nonce := uint32(2)
	send := func(n int) {
		t.Helper()
		for range n {
			tr := &rollup.Transfer{From: acc.ID, To: operator, Amount: must2(rollup.PackAmount(num.FromUint64(1000))), Fee: fee, Nonce: nonce}
			if err := rollup.SignTransfer(user.L2, p.ChainID, tr); err != nil {
				t.Fatal(err)
			}
			raw, _ := rollup.EncodeTx(tr)
			if _, err := seq.Pool().Submit(ctx, raw); err != nil {
				t.Fatal(err)
			}
			nonce++
		}
		for before := seq.Latest(); seq.Latest() == before; {
			if err := seq.MiniBlock(ctx); err != nil {
				t.Fatal(err)
			}
			clock = clock.Add(time.Millisecond)
		}
	}
	send(1)
	good := seq.Latest()
	send(3)
	bad := seq.Latest()
	proven := func() uint64 {
		n, err := abiR.UnpackBlocksProven(must(chain.Call(operator, contract, abiR.PackBlocksProven())))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for i := 0; ; i++ {
		r, err := db.ProofRequestOf(ctx, bad)
		if errors.Is(err, store.ErrNotFound) { // not requested yet
			turn()
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.Status == status.ProofFailed && r.Attempts >= 3 && proven() == good {
			if !strings.Contains(r.Error, "refused on L1") {
				t.Fatalf("block %d's request failed with %q, want the L1 refusal", bad, r.Error)
			}
			break
		}
		if i == 60 {
			t.Fatalf("after %d turns: block %d's request %s after %d attempts (%q), L1 proved %d blocks; want it failed after 3 and block %d proven",
				i, bad, r.Status, r.Attempts, r.Error, proven(), good)
		}
		turn()
	}
	if p := proven(); p != good {
		t.Fatalf("L1 proved %d blocks, want %d: the refused block must never be proven", p, good)
	}
	stage := status.StageProve
	if oneTx {
		stage = status.StageAll
	}
	pair, alone := fmt.Sprintf("%s:%d-%d", stage, good, bad), fmt.Sprintf("%s:%d-%d", stage, bad, bad)
	if len(recorder.keys) < 2 || recorder.keys[0] != pair || recorder.keys[1] != alone {
		t.Fatalf("batches L1 refused: %v; want %s, then %s alone (the split)", recorder.keys, pair, alone)
	}
}

// refusals records the batches the sender refused because L1 would revert.
type refusals struct {
	*txsender.Sender
	keys []string
}

func (r *refusals) Enqueue(ctx context.Context, owner, key string, to common.Address, data []byte, value *big.Int) (store.L1Tx, error) {
	tx, err := r.Sender.Enqueue(ctx, owner, key, to, data, value)
	if errors.Is(err, txsender.ErrReverted) {
		r.keys = append(r.keys, key)
	}
	return tx, err
}

func must2[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
