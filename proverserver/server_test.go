package proverserver_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/proverpb"
	"github.com/zkrollup/zkrollup/proverserver"
	"github.com/zkrollup/zkrollup/proverworker"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/witness"
)

// TestProverCluster runs the prover server on loopback gRPC with real
// Groth16 workers: a raw client that takes a job and vanishes (the job
// goes back to the queue at once), a worker stopped mid-proof (it hands
// its job back), one honest worker that fetches its keys from the server,
// and one that returns tampered proofs (rejected, the job retried
// elsewhere). Every block ends proven, each proof verified by the server,
// and the metrics count it all.
func TestProverCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("proves blocks with Groth16")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := rollup.TestParams
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	set, keysDir := testkeys.Block(t, p)
	m, err := keys.ReadManifest(keysDir)
	if err != nil {
		t.Fatal(err)
	}

	// Three sealed blocks of deposits, with witnesses, requested.
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	operator := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	clock := time.Unix(1_800_000_000, 0)
	seq, err := sequencer.Open(ctx, sequencer.Config{Tick: time.Millisecond, BlockTimeout: time.Millisecond,
		Clock: func() time.Time { return clock }}, p, db, kv.NewMemory(),
		operator, mempool.DefaultConfig, log)
	if err != nil {
		t.Fatal(err)
	}
	const blocks = 3
	for i := 0; i < blocks; i++ {
		dep := rollup.Deposit{To: common.BigToAddress(common.Big1), Amount: num.FromUint64(uint64(1000 + i))}
		if err := db.AddPriorityOps(ctx, []store.PriorityOp{{ID: uint64(i), OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata(), Expiry: ^uint64(0)}}); err != nil {
			t.Fatal(err)
		}
		for before := seq.Latest(); seq.Latest() == before; {
			if err := seq.MiniBlock(ctx); err != nil {
				t.Fatal(err)
			}
			clock = clock.Add(time.Millisecond) // the block timeout
		}
	}
	gen, err := witness.New(db, p, operator)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RequestProofs(ctx, blocks, 0); err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= blocks; n++ {
		w, _, err := gen.Witness(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.AttachWitness(ctx, n, w); err != nil {
			t.Fatal(err)
		}
	}

	srv := proverserver.New(proverserver.Config{Addr: "127.0.0.1:0", Lease: 30 * time.Second, Heartbeat: 200 * time.Millisecond,
		Retry: proofqueue.Retry{MaxAttempts: 10, Backoff: 10 * time.Millisecond}, Poll: 20 * time.Millisecond, KeysDir: keysDir, Profile: "test", Params: p},
		db, keys.Single(p.BlockSlots, set), m.SHA256["block.pk"], log)
	reg := prometheus.NewRegistry()
	if err := srv.Register(reg); err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop(ctx)

	// A client that takes a job and disappears without a word.
	conn, err := grpc.NewClient(srv.Addr(), grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20)))
	if err != nil {
		t.Fatal(err)
	}
	vctx, vanish := context.WithCancel(ctx)
	stream, err := proverpb.NewProverClient(conn).Connect(vctx)
	if err != nil {
		t.Fatal(err)
	}
	send := func(m *proverpb.WorkerMessage) {
		if err := stream.Send(m); err != nil {
			t.Fatal(err)
		}
	}
	send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Register{Register: &proverpb.Register{Name: "vanishing", BootId: "v1", KeyProfile: "test"}}})
	if r, err := stream.Recv(); err != nil || r.GetRegistered() == nil {
		t.Fatalf("registration: %v %v", r, err)
	}
	send(&proverpb.WorkerMessage{Msg: &proverpb.WorkerMessage_Ready{Ready: &proverpb.Ready{}}})
	jm, err := stream.Recv()
	if err != nil || jm.GetJob() == nil {
		t.Fatalf("job: %v %v", jm, err)
	}
	taken := jm.GetJob().JobId
	vanish()
	conn.Close()
	waitFor(t, 10*time.Second, "the vanished worker's job back in the queue", func() bool {
		r, err := db.ProofRequestOf(ctx, taken)
		return err == nil && r.Status == status.ProofFailed && strings.Contains(r.Error, "disconnected")
	})

	// A worker stopped (SIGTERM: its context ends) while proving hands its
	// job back at once.
	qctx, quit := context.WithCancel(ctx)
	quitDone := make(chan error, 1)
	go func() {
		quitDone <- proverworker.Run(qctx, proverworker.Config{Server: srv.Addr(), Name: "quitter", Profile: "test", Params: p,
			KeysDir: keysDir, MaxBackoff: time.Second}, log)
	}()
	var quitBlock uint64
	waitFor(t, time.Minute, "the quitting worker proving", func() bool {
		for n := uint64(1); n <= blocks; n++ {
			if r, err := db.ProofRequestOf(ctx, n); err == nil && r.Status == status.ProofProving && r.Owner != "v1" {
				quitBlock = n
				return true
			}
		}
		return false
	})
	quit()
	if err := <-quitDone; err != nil {
		t.Fatalf("the quitting worker: %v", err)
	}
	waitFor(t, 30*time.Second, "the quitting worker's job handed back", func() bool {
		r, err := db.ProofRequestOf(ctx, quitBlock)
		return err == nil && r.Status == status.ProofFailed && strings.Contains(r.Error, "shutting down")
	})

	// The workers.
	var tampered atomic.Int32
	run := func(name, dir string, tamper func([]byte) []byte) {
		go func() {
			err := proverworker.Run(ctx, proverworker.Config{Server: srv.Addr(), Name: name, Profile: "test", Params: p,
				KeysDir: dir, MaxBackoff: time.Second, Tamper: tamper}, log)
			if err != nil {
				t.Errorf("worker %s: %v", name, err)
			}
		}()
	}
	run("liar", keysDir, func(b []byte) []byte {
		tampered.Add(1)
		out := append([]byte(nil), b...)
		out[len(out)/2] ^= 1
		return out
	})
	run("honest", filepath.Join(t.TempDir(), "fetched"), nil) // fetches the keys from the server
	waitFor(t, 4*time.Minute, "every block proven", func() bool {
		c, err := db.CountProofs(ctx)
		return err == nil && c[status.ProofComplete] == blocks
	})
	if tampered.Load() == 0 {
		t.Fatal("the lying worker never returned a proof: the rejection path was not exercised")
	}
	for n := uint64(1); n <= blocks; n++ {
		r, err := db.ProofRequestOf(ctx, n)
		if err != nil || len(r.Proof) == 0 {
			t.Fatalf("block %d: %+v %v", n, r, err)
		}
	}
	// The metrics tell the same story.
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	metric := func(name, label, value string) float64 {
		for _, f := range fams {
			if f.GetName() != name {
				continue
			}
			for _, m := range f.GetMetric() {
				if label != "" && !hasLabel(m.GetLabel(), label, value) {
					continue
				}
				switch {
				case m.GetCounter() != nil:
					return m.GetCounter().GetValue()
				case m.GetGauge() != nil:
					return m.GetGauge().GetValue()
				case m.GetHistogram() != nil:
					return float64(m.GetHistogram().GetSampleCount())
				}
			}
		}
		return -1
	}
	if got := metric("zkrollup_proof_jobs", "status", string(status.ProofComplete)); got != blocks {
		t.Errorf("zkrollup_proof_jobs{status=COMPLETE} = %v, want %d", got, blocks)
	}
	if got := metric("zkrollup_proof_job_failures_total", "cause", "invalid"); got != float64(tampered.Load()) {
		t.Errorf("invalid-proof failures %v, want %d", got, tampered.Load())
	}
	if got := metric("zkrollup_proof_job_failures_total", "cause", "disconnect"); got < 1 {
		t.Errorf("disconnect failures %v, want at least 1", got)
	}
	if got := metric("zkrollup_proof_job_seconds", "", ""); got != blocks {
		t.Errorf("job durations observed %v, want %d", got, blocks)
	}
	if got := metric("zkrollup_prover_workers_connected", "", ""); got != 2 {
		t.Errorf("workers connected %v, want 2", got)
	}
	t.Logf("%d blocks proven; %d tampered proofs rejected; the vanished worker's block %d re-proven", blocks, tampered.Load(), taken)
}

func waitFor(t *testing.T, within time.Duration, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !f() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, within)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func hasLabel(ls []*dto.LabelPair, name, value string) bool {
	for _, l := range ls {
		if l.GetName() == name && l.GetValue() == value {
			return true
		}
	}
	return false
}
