package txsender

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
)

// blobProbe records the versioned hash of the transaction's first blob;
// without a blob it reverts (an estimate without the hashes does too).
const blobProbe = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract BlobProbe {
    bytes32 public stored;

    function record() external {
        bytes32 h = blobhash(0);
        require(h != bytes32(0), "no blob");
        stored = h;
    }
}
`

type probe struct {
	abi  abi.ABI
	addr common.Address
}

// probeBuild is the probe compiled once for the package's tests.
var probeBuild struct {
	sync.Mutex
	abi  *abi.ABI
	code []byte
}

// deployProbe deploys the probe from the sender's account.
func (r *rig) deployProbe() probe {
	r.t.Helper()
	probeBuild.Lock()
	if probeBuild.abi == nil {
		a, code := evmtest.CompileSource(r.t, []byte(blobProbe), "BlobProbe")
		probeBuild.abi, probeBuild.code = &a, code
	}
	a, code := *probeBuild.abi, probeBuild.code
	probeBuild.Unlock()
	addr, _ := r.c.Deploy(r.t, r.s.key, code, nil)
	return probe{a, addr}
}

func (p probe) record(t *testing.T) []byte {
	t.Helper()
	data, err := p.abi.Pack("record")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func (p probe) stored(t *testing.T, c *evmtest.Chain) common.Hash {
	t.Helper()
	data, _ := p.abi.Pack("stored")
	out, err := c.Call(common.Address{}, p.addr, data)
	if err != nil {
		t.Fatal(err)
	}
	return common.BytesToHash(out)
}

// testBlobs packs text into one blob and returns it with its versioned hash.
func testBlobs(t *testing.T, text string) ([]kzg4844.Blob, common.Hash) {
	t.Helper()
	blobs, err := da.Pack([][]byte{[]byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	c, err := da.Commit(&blobs[0])
	if err != nil {
		t.Fatal(err)
	}
	return blobs, da.VersionedHash(c)
}

var blobCfg = func() Config {
	c := defaultCfg
	c.MaxBlobFeeCap = big.NewInt(1e9)
	return c
}()

// counters reads the registry's counters by name and label values.
func counters(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			name := f.GetName()
			for _, l := range m.GetLabel() {
				name += "/" + l.GetValue()
			}
			got[name] = m.GetCounter().GetValue()
		}
	}
	return got
}

func (r *rig) withMetrics() *prometheus.Registry {
	r.t.Helper()
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		r.t.Fatal(err)
	}
	r.s.SetMetrics(m)
	return reg
}

func TestSenderSendsABlobTransaction(t *testing.T) {
	r := newRig(t, blobCfg)
	reg := r.withMetrics()
	ctx := context.Background()
	p := r.deployProbe()
	blobs, hash := testBlobs(t, "block 1")
	// The contract reads blobhash(0): as calldata alone, the call reverts.
	if _, err := r.s.Enqueue(ctx, "test", "probe:calldata", p.addr, p.record(t), nil); !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "no blob") {
		t.Fatalf("calldata without blobs: %v, want a revert", err)
	}
	row, err := r.s.EnqueueBlob(ctx, "test", "probe:1", p.addr, p.record(t), blobs)
	if err != nil {
		t.Fatal(err)
	}
	again, err := r.s.EnqueueBlob(ctx, "test", "probe:1", p.addr, p.record(t), blobs)
	if err != nil || again.ID != row.ID || row.BlobCount != 1 {
		t.Fatalf("enqueue: row %d with %d blobs, again row %d (%v)", row.ID, row.BlobCount, again.ID, err)
	}
	r.step()
	r.c.B.Commit()
	r.c.Mine(int(r.cfg.Confirmations))
	r.stepUntil(func() bool { return r.status("probe:1").Status == status.L1TxConfirmed })
	st := r.status("probe:1")
	if st.Status != status.L1TxConfirmed || len(st.Hashes) != 1 {
		t.Fatalf("status %s with %d attempts", st.Status, len(st.Hashes))
	}
	if st.BlobFeeCap == nil || st.BlobFeeCap.Int64() != 2 { // twice the simulated chain's blob base fee, 1 wei
		t.Fatalf("blob fee cap %v, want 2", st.BlobFeeCap)
	}
	if got := p.stored(t, r.c); got != hash {
		t.Fatalf("the contract saw blob hash %x, want the sidecar's %x", got, hash)
	}
	rc, err := r.c.Receipt(st.Hashes[0])
	if err != nil {
		t.Fatal(err)
	}
	if rc.Type != types.BlobTxType || rc.BlobGasUsed != 131072 {
		t.Fatalf("receipt: type %d, blob gas %d", rc.Type, rc.BlobGasUsed)
	}
	paid := new(big.Int).Mul(big.NewInt(131072), rc.BlobGasPrice)
	got := counters(t, reg)
	for k, want := range map[string]float64{"zkrollup_l1_blob_txs_sent_total/first": 1, "zkrollup_l1_blob_gas_used_total": 131072,
		"zkrollup_l1_blob_gas_paid_wei_total": float64(paid.Int64())} {
		if got[k] != want {
			t.Errorf("%s = %v, want %v; all: %v", k, got[k], want, got)
		}
	}
	if len(r.s.sidecars) != 0 {
		t.Fatalf("%d sidecars kept after the transaction was confirmed", len(r.s.sidecars))
	}
}

// A blob transaction whose tip the miner refuses (1 wei: the pool takes
// it, the miner wants 0.001 gwei) sits in the blob pool. A replacement
// that raises tip and fee cap by 12.5% is refused even with the blob fee
// cap doubled; the sender's, with every price doubled, replaces it and is
// mined.
func TestSenderReplacesAStuckBlobTransaction(t *testing.T) {
	cfg := blobCfg
	cfg.InitialTip = big.NewInt(1)
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	reg := r.withMetrics()
	ctx := context.Background()
	p := r.deployProbe()
	blobs, hash := testBlobs(t, "stuck")
	row, err := r.s.EnqueueBlob(ctx, "test", "probe:stuck", p.addr, p.record(t), blobs)
	if err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	r.step()
	first := r.status("probe:stuck")
	if first.Status != status.L1TxSent || len(first.Hashes) != 1 {
		t.Fatalf("first attempt mined or not sent: %s, %d attempts", first.Status, len(first.Hashes))
	}
	if _, pending, err := r.c.C.TransactionByHash(ctx, first.Hashes[0]); err != nil || !pending {
		t.Fatalf("first attempt not in the pool: pending %v, %v", pending, err)
	}

	// What the legacy pool would take is not enough for the blob pool.
	short := func(v *big.Int) *uint256.Int { return uint256.MustFromBig(bump(v)) }
	tx, err := types.SignNewTx(r.s.key, types.LatestSignerForChainID(r.s.chain), &types.BlobTx{ChainID: uint256.MustFromBig(r.s.chain),
		Nonce: *first.Nonce, GasTipCap: short(first.TipCap), GasFeeCap: short(first.FeeCap), BlobFeeCap: uint256.MustFromBig(twice(first.BlobFeeCap)),
		Gas: first.GasLimit, To: p.addr, Value: new(uint256.Int), Data: first.Data, BlobHashes: []common.Hash{hash}, Sidecar: r.s.sidecars[row.ID]})
	if err != nil {
		t.Fatal(err)
	}
	err = r.c.C.SendTransaction(ctx, tx)
	if err == nil || !strings.Contains(err.Error(), "replacement transaction underpriced") {
		t.Fatalf("a +12.5%% tip and fee cap replacement: %v, want refused as underpriced", err)
	}
	t.Logf("refused: %v", err)

	r.clock = r.clock.Add(2 * time.Minute)
	r.stepUntil(func() bool { return len(r.status("probe:stuck").Hashes) == 2 })
	second := r.status("probe:stuck")
	if len(second.Hashes) != 2 || *second.Nonce != *first.Nonce {
		t.Fatalf("re-send: %d attempts, nonce %v (was %v)", len(second.Hashes), second.Nonce, first.Nonce)
	}
	for _, c := range []struct {
		name        string
		first, next *big.Int
	}{{"tip", first.TipCap, second.TipCap}, {"fee cap", first.FeeCap, second.FeeCap}, {"blob fee cap", first.BlobFeeCap, second.BlobFeeCap}} {
		if c.next.Cmp(twice(c.first)) < 0 {
			t.Errorf("%s raised from %s to %s: less than doubled", c.name, c.first, c.next)
		}
	}
	if _, pending, err := r.c.C.TransactionByHash(ctx, second.Hashes[1]); err != nil || !pending {
		t.Fatalf("replacement not in the pool: pending %v, %v", pending, err)
	}
	if _, _, err := r.c.C.TransactionByHash(ctx, first.Hashes[0]); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("first attempt still known after its replacement: %v", err)
	}
	r.c.B.Commit()
	r.stepUntil(func() bool { return r.status("probe:stuck").Status == status.L1TxConfirmed })
	if st := r.status("probe:stuck"); st.Status != status.L1TxConfirmed {
		t.Fatalf("replacement: %s", st.Status)
	}
	if rc, err := r.c.Receipt(second.Hashes[1]); err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("replacement receipt %+v %v", rc, err)
	}
	if got := p.stored(t, r.c); got != hash {
		t.Fatalf("the contract saw blob hash %x, want %x", got, hash)
	}
	got := counters(t, reg)
	if got["zkrollup_l1_blob_txs_sent_total/first"] != 1 || got["zkrollup_l1_blob_txs_sent_total/replacement"] != 1 {
		t.Fatalf("sent counters %v, want one first and one replacement", got)
	}
}

// After a restart the sender has no sidecar in memory: it computes it
// again from the stored blobs and re-sends the stuck transaction.
func TestSenderResendsAStoredBlobTransactionAfterRestart(t *testing.T) {
	cfg := blobCfg
	cfg.InitialTip = big.NewInt(1) // never mined
	cfg.Confirmations = 0
	r := newRig(t, cfg)
	ctx := context.Background()
	p := r.deployProbe()
	blobs, hash := testBlobs(t, "restart")
	if _, err := r.s.EnqueueBlob(ctx, "test", "probe:restart", p.addr, p.record(t), blobs); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	r.s = r.restart()
	if len(r.s.sidecars) != 0 {
		t.Fatal("a new sender starts with sidecars")
	}
	r.clock = r.clock.Add(2 * time.Minute)
	r.stepUntil(func() bool { return len(r.status("probe:restart").Hashes) == 2 })
	if len(r.s.sidecars) != 1 {
		t.Fatalf("%d sidecars after the re-send, want the recomputed one", len(r.s.sidecars))
	}
	r.c.B.Commit()
	r.stepUntil(func() bool { return r.status("probe:restart").Status == status.L1TxConfirmed })
	st := r.status("probe:restart")
	if st.Status != status.L1TxConfirmed || len(st.Hashes) != 2 {
		t.Fatalf("after restart: %s with %d attempts", st.Status, len(st.Hashes))
	}
	if rc, err := r.c.Receipt(st.Hashes[1]); err != nil || rc.Type != types.BlobTxType {
		t.Fatalf("the re-sent attempt: %+v %v", rc, err)
	}
	if got := p.stored(t, r.c); got != hash {
		t.Fatalf("the contract saw blob hash %x, want %x", got, hash)
	}
}

// A stuck blob transaction whose blob fee cap is at MaxBlobFeeCap cannot
// be replaced (the pool wants it doubled): the sender says so and waits.
func TestSenderWarnsWhenABlobTxIsStuckAtTheBlobFeeCap(t *testing.T) {
	cfg := blobCfg
	cfg.InitialTip = big.NewInt(1)
	cfg.Confirmations = 0
	cfg.MaxBlobFeeCap = big.NewInt(2) // the first attempt's: twice the blob base fee
	r := newRig(t, cfg)
	var logs bytes.Buffer
	r.s.log = slog.New(slog.NewTextHandler(&logs, nil))
	ctx := context.Background()
	p := r.deployProbe()
	blobs, _ := testBlobs(t, "capped")
	if _, err := r.s.EnqueueBlob(ctx, "test", "probe:capped", p.addr, p.record(t), blobs); err != nil {
		t.Fatal(err)
	}
	r.step()
	r.c.B.Commit()
	r.clock = r.clock.Add(2 * time.Minute)
	r.stepUntil(func() bool { return strings.Contains(logs.String(), "stuck at the fee cap") })
	if st := r.status("probe:capped"); len(st.Hashes) != 1 || st.Status != status.L1TxSent {
		t.Fatalf("at the cap: %s with %d attempts, want sent once", st.Status, len(st.Hashes))
	}
	if !strings.Contains(logs.String(), "stuck at the fee cap") {
		t.Fatalf("no warning: %s", logs.String())
	}
}

func TestBlobTransactionsNeedAMaxBlobFeeCap(t *testing.T) {
	r := newRig(t, defaultCfg)
	ctx := context.Background()
	blobs, _ := testBlobs(t, "x")
	if _, err := r.s.EnqueueBlob(ctx, "test", "blob:1", common.Address{1}, nil, blobs); !errors.Is(err, ErrBlobsNotConfigured) {
		t.Fatalf("without MaxBlobFeeCap: %v, want ErrBlobsNotConfigured", err)
	}
	if _, err := r.db.L1TxByKey(ctx, "blob:1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("a refused blob operation left a row: %v", err)
	}
	for _, c := range []struct {
		name string
		cap  *big.Int
		l1   Client
	}{
		{"zero cap", big.NewInt(0), r.c.C},
		{"client without BlobBaseFee", big.NewInt(1), flakyL1{Client: r.c.C}},
	} {
		cfg := defaultCfg
		cfg.MaxBlobFeeCap = c.cap
		if _, err := New(ctx, cfg, c.l1, r.db, r.s.key, r.s.log); err == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
}

func TestReplacementBlobFeesDoubleEveryPrice(t *testing.T) {
	g := func(v int64) *big.Int { return big.NewInt(v) }
	prev := blobFeeCaps{tip: g(10), feeCap: g(100), blobFeeCap: g(4)}
	for _, c := range []struct {
		name                       string
		tip, base, blobBase        int64
		maxFee, maxBlob            int64
		wantTip, wantFee, wantBlob int64
	}{
		{"doubled", 1, 1, 1, 1000, 1000, 20, 200, 8},
		{"base fees rose: twice them", 1, 150, 30, 1000, 1000, 20, 320, 60},
		{"the node's tip is higher", 50, 1, 1, 1000, 1000, 50, 200, 8},
		{"capped", 1, 1, 1, 150, 6, 20, 150, 6},
	} {
		got := replacementBlobFees(prev, g(c.tip), g(c.base), g(c.blobBase), g(c.maxFee), g(c.maxBlob))
		if got.tip.Int64() != c.wantTip || got.feeCap.Int64() != c.wantFee || got.blobFeeCap.Int64() != c.wantBlob {
			t.Errorf("%s: got tip %s, fee cap %s, blob fee cap %s; want %d, %d, %d", c.name, got.tip, got.feeCap, got.blobFeeCap,
				c.wantTip, c.wantFee, c.wantBlob)
		}
	}
}

// geth holds an account's transactions in one pool at a time: a blob
// transaction after a pending calldata one is refused (gapped nonce), and
// so is a calldata one after a pending blob one (address reserved). The
// sender signs the second only once the first is mined, and both go out
// at their first attempt.
func TestSenderKeepsBlobAndCalldataTransactionsInOnePoolAtATime(t *testing.T) {
	for _, blobFirst := range []bool{false, true} {
		t.Run(map[bool]string{false: "calldata then blob", true: "blob then calldata"}[blobFirst], func(t *testing.T) {
			cfg := blobCfg
			cfg.Confirmations = 0
			r := newRig(t, cfg)
			ctx := context.Background()
			p := r.deployProbe()
			blobs, hash := testBlobs(t, "pools")
			enqueue := []func() error{
				func() error {
					_, err := r.s.Enqueue(ctx, "test", "pay", common.Address{0x49}, nil, big.NewInt(5))
					return err
				},
				func() error { _, err := r.s.EnqueueBlob(ctx, "test", "blob", p.addr, p.record(t), blobs); return err },
			}
			keys := []string{"pay", "blob"}
			if blobFirst {
				enqueue[0], enqueue[1] = enqueue[1], enqueue[0]
				keys[0], keys[1] = keys[1], keys[0]
			}
			for _, e := range enqueue {
				if err := e(); err != nil {
					t.Fatal(err)
				}
			}
			r.step()
			if a, b := r.status(keys[0]), r.status(keys[1]); a.Status != status.L1TxSent || b.Status != status.L1TxQueued {
				t.Fatalf("with %s pending: %s is %s, want queued", keys[0], keys[1], b.Status)
			}
			r.c.B.Commit()
			// The pool lets go of the account when it has caught up with the
			// new head, a moment after the node serves it (a step in that
			// moment sees its broadcast refused, and re-sends StuckAfter
			// later). The next block is sealed only after the pool caught up.
			r.c.B.Commit()
			r.stepUntil(func() bool { return r.status(keys[1]).Status == status.L1TxSent })
			second := r.status(keys[1])
			if _, pending, err := r.c.C.TransactionByHash(ctx, second.Hashes[0]); err != nil || !pending {
				t.Fatalf("%s, sent once %s was mined: the node does not hold it (pending %v, %v)", keys[1], keys[0], pending, err)
			}
			r.c.B.Commit()
			r.stepUntil(func() bool { return r.status(keys[1]).Status == status.L1TxConfirmed })
			for _, k := range keys {
				if st := r.status(k); st.Status != status.L1TxConfirmed || len(st.Hashes) != 1 {
					t.Fatalf("%s: %s after %d attempts, want confirmed at the first", k, st.Status, len(st.Hashes))
				}
			}
			if got := p.stored(t, r.c); got != hash || r.c.Balance(t, common.Address{0x49}).Int64() != 5 {
				t.Fatalf("blob hash %x (want %x), paid %s", got, hash, r.c.Balance(t, common.Address{0x49}))
			}
		})
	}
}
