package node_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

const crashAccounts = 6

// buildBinary builds zkrollup once for the test.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "zkrollup")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/zkrollup")
	cmd.Dir = evmtest.ModuleRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

type proc struct {
	cmd *exec.Cmd
	c   *api.Client
}

func startNode(t *testing.T, bin, dir, addr, pgURL string) *proc {
	t.Helper()
	cmd := exec.Command(bin, "node", "--profile", "test", "--dev-accounts", strconv.Itoa(crashAccounts),
		"--data-dir", dir, "--api-addr", addr, "--tick", "5ms", "--block-timeout", "30ms", "--postgres-url", pgURL)
	logf, err := os.OpenFile(filepath.Join(dir, "node.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c, err := api.Dial(context.Background(), "http://"+addr)
		if err == nil {
			if _, err = c.BlockNumber(context.Background()); err == nil {
				return &proc{cmd: cmd, c: c}
			}
			c.Close()
		}
		if cmd.ProcessState != nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	log, _ := os.ReadFile(filepath.Join(dir, "node.log"))
	t.Fatalf("node did not come up on %s; log:\n%s", addr, log)
	return nil
}

// sender signs and submits transfers from one dev account until ctx ends,
// recording every acknowledged hash.
func sender(ctx context.Context, c *api.Client, from int, rng *rand.Rand, acked func(common.Hash)) error {
	d, err := node.Dev(from)
	if err != nil {
		return err
	}
	acc, err := c.Account(ctx, d.Address, "pending")
	if err != nil || acc == nil {
		return fmt.Errorf("account %d: %v", from, err)
	}
	nonce := acc.NextNonce
	if acc.PubKeyHash.String() == "0x0000000000000000000000000000000000000000" && nonce == 0 {
		cpk := &rollup.ChangePubKey{AccountID: acc.ID, Nonce: 0}
		if err := rollup.SignChangePubKey(d.L2, rollup.TestParams.ChainID, cpk); err != nil {
			return err
		}
		if err := rollup.SignEthAuth(d.L1, rollup.TestParams.Auth(), cpk); err != nil {
			return err
		}
		h, err := c.Submit(ctx, cpk)
		if err != nil {
			return err
		}
		acked(h)
		nonce++
	}
	for ctx.Err() == nil {
		to, _ := node.Dev((from + 1 + rng.IntN(crashAccounts-1)) % crashAccounts) // another account: the pool refuses self-transfers
		amount, _ := rollup.PackAmount(num.FromUint64(uint64(rng.IntN(1000) + 1)))
		fee, _ := rollup.PackFee(num.FromUint64(1))
		tr := &rollup.Transfer{From: acc.ID, To: to.Address, Amount: amount, Fee: fee, Nonce: nonce}
		if err := rollup.SignTransfer(d.L2, rollup.TestParams.ChainID, tr); err != nil {
			return err
		}
		h, err := c.Submit(ctx, tr)
		if err != nil {
			return err // killed mid-call, or refused: the round is over for this sender
		}
		acked(h)
		nonce++
	}
	return nil
}

// TestCrashRecoveryUnderLoad kills the node with SIGKILL at random moments
// while it takes transfers over JSON-RPC, restarts it, and checks that
// every acknowledged transaction ends in exactly one block and that the
// state equals a replay of the stored blocks from genesis. Seeded:
// ZKROLLUP_CRASH_SEED and ZKROLLUP_CRASH_ROUNDS reproduce a run.
func TestCrashRecoveryUnderLoad(t *testing.T) {
	crashRun(t, "", 50)
}

// TestCrashRecoveryPostgres is the same drill on PostgreSQL (a database of
// its own), with 20 kill points.
func TestCrashRecoveryPostgres(t *testing.T) {
	base := os.Getenv("ZKROLLUP_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("set ZKROLLUP_TEST_POSTGRES_URL to run the crash test on PostgreSQL; CI sets it")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("crash_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	crashRun(t, u.String(), 20)
}

func crashRun(t *testing.T, pgURL string, rounds int) {
	if testing.Short() {
		t.Skip("starts and kills the node many times")
	}
	seed := uint64(1)
	if v, err := strconv.ParseUint(os.Getenv("ZKROLLUP_CRASH_SEED"), 10, 64); err == nil {
		seed = v
	}
	if v, err := strconv.Atoi(os.Getenv("ZKROLLUP_CRASH_ROUNDS")); err == nil {
		rounds = v
	}
	t.Logf("seed %d, %d kill points", seed, rounds)
	bin := buildBinary(t)
	dir := t.TempDir()
	addr := freePort(t)
	rng := rand.New(rand.NewPCG(seed, 42))

	var mu sync.Mutex
	acked := map[common.Hash]int{} // hash -> round
	kills := 0
	for round := 0; round < rounds; round++ {
		p := startNode(t, bin, dir, addr, pgURL)
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for i := 0; i < crashAccounts; i++ {
			wg.Add(1)
			srng := rand.New(rand.NewPCG(seed, uint64(round*100+i)))
			go func() {
				defer wg.Done()
				_ = sender(ctx, p.c, i, srng, func(h common.Hash) {
					mu.Lock()
					acked[h] = round
					mu.Unlock()
				})
			}()
		}
		time.Sleep(time.Duration(20+rng.IntN(300)) * time.Millisecond)
		if err := p.cmd.Process.Kill(); err != nil { // SIGKILL
			t.Fatal(err)
		}
		_ = p.cmd.Wait()
		kills++
		cancel()
		wg.Wait()
		p.c.Close()
	}

	// A last clean run drains the mempool into blocks.
	p := startNode(t, bin, dir, addr, pgURL)
	ctx := context.Background()
	deadline := time.Now().Add(60 * time.Second)
	var waiting []common.Hash
	for {
		waiting = waiting[:0]
		for h := range acked {
			s, err := p.c.TxStatus(ctx, h)
			if err != nil {
				t.Fatal(err)
			}
			switch s.Status {
			case "committed":
			case "queued", "pending":
				waiting = append(waiting, h)
			default:
				t.Fatalf("acknowledged tx %s (round %d) is %s: %s", h, acked[h], s.Status, s.Reason)
			}
		}
		if len(waiting) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(waiting) > 0 {
		t.Fatalf("%d acknowledged transactions still not in a block after 60 s", len(waiting))
	}
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("clean stop: %v", err)
	}
	t.Logf("%d kills, %d acknowledged transactions, all in blocks", kills, len(acked))
	if kills < rounds {
		t.Fatalf("only %d kill points", kills)
	}
	checkReplay(t, dir, pgURL, acked)
}

// checkReplay replays every stored block from genesis on a fresh state and
// compares roots with what was stored and with the node's own tree; it
// also checks no transaction is in two blocks.
func checkReplay(t *testing.T, dir, pgURL string, acked map[common.Hash]int) {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{PostgresURL: pgURL, SQLitePath: filepath.Join(dir, "zkrollup.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	latest, err := db.LatestBlock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.Open(kv.NewMemory(), rollup.TestParams.StateConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := rollup.InitGenesis(st, common.HexToAddress(node.Default().Operator)); err != nil {
		t.Fatal(err)
	}
	m, err := rollup.NewMachine(rollup.TestParams, st)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]uint64{}
	var last [32]byte
	for n := uint64(1); n <= latest; n++ {
		b, err := db.Block(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.BeginBlock(rollup.BlockHeader{Number: n, Timestamp: b.Timestamp, FeeAccount: b.FeeAccount}); err != nil {
			t.Fatal(err)
		}
		for _, op := range b.Ops {
			if prev, dup := seen[op.TxHash]; dup {
				t.Fatalf("tx %x in blocks %d and %d", op.TxHash, prev, n)
			}
			seen[op.TxHash] = n
			tx, err := rollup.DecodeTx(op.Tx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Apply(tx); err != nil {
				t.Fatalf("block %d slot %d does not replay: %v", n, op.Slot, err)
			}
		}
		sealed, err := m.SealBlock()
		if err != nil {
			t.Fatal(err)
		}
		if sealed.NewRoot.Bytes() != b.NewRoot || sealed.Commitment() != b.Commitment {
			t.Fatalf("block %d: replayed root/commitment differ from the stored ones", n)
		}
		if err := st.Commit(nil); err != nil {
			t.Fatal(err)
		}
		last = b.NewRoot
	}
	for h := range acked {
		if _, ok := seen[h]; !ok {
			t.Fatalf("acknowledged %s is in no block", h)
		}
	}
	kvs, err := kv.OpenPebble(filepath.Join(dir, "state"))
	if err != nil {
		t.Fatal(err)
	}
	defer kvs.Close()
	nodeState, err := state.Open(kvs, rollup.TestParams.StateConfig())
	if err != nil {
		t.Fatal(err)
	}
	root, err := nodeState.Root()
	if err != nil {
		t.Fatal(err)
	}
	if root.Bytes() != last {
		t.Fatalf("the node's tree root %x differs from the replay of %d blocks %x", root.Bytes(), latest, last)
	}
	t.Logf("replayed %d blocks, %d operations: roots match", latest, len(seen))
}
