package e2e

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/bench"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/node"
)

// TestExchangeWithNodeKilled runs `zkrollup node` (dev profile, no L1,
// the exchange on, the NATS server of ZKROLLUP_TEST_NATS_URL — CI sets
// it; else an embedded one in the data dir) as a process, sends an
// order storm (resting limits, IOCs through the book, L2 cancels) with
// `zkrollup bench --orders`'s load, and SIGKILLs the node at random
// moments during it, restarting it each time. Afterwards: every order
// the node acknowledged is in ORDERS and applied by the engine, FILLS
// holds exactly one output per input, and the SpotTrades in all L2
// blocks are exactly the fills the engine made (none lost, none settled
// twice).
func TestExchangeWithNodeKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the node binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "zkrollup")
	build := exec.Command("go", "build", "-o", bin, "./cmd/zkrollup")
	build.Dir = evmtest.ModuleRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	apiAddr := freeAddr(t)
	natsURL := os.Getenv("ZKROLLUP_TEST_NATS_URL")
	if natsURL == "" {
		t.Log("ZKROLLUP_TEST_NATS_URL is not set: the node embeds its NATS server (CI uses the external one)")
	}
	cfg := fmt.Sprintf(`data_dir = %q
profile = "dev"
components = ["api", "sequencer"]
api_addr = %q
dev_accounts = 1
tick = "10ms"
block_timeout = "200ms"
exchange = true
nats_url = %q
nats_prefix = "E%d"

[[markets]]
id = 1
symbol = "ETH/DUSD"
base = 0
quote = 1
lotSize = 1000000000000000
tickSize = 10000000000000
takerFeeBips = 10
makerFeeBips = 5
maxPrice = 10000000
maxQty = 50000
`, filepath.Join(dir, "data"), apiAddr, natsURL, time.Now().UnixNano())
	cfgFile := filepath.Join(dir, "node.toml")
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	logf, err := os.Create(filepath.Join(dir, "node.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	var proc *exec.Cmd
	start := func() {
		proc = exec.Command(bin, "node", "--config", cfgFile)
		proc.Stdout, proc.Stderr = logf, logf
		if err := proc.Start(); err != nil {
			t.Fatal(err)
		}
		eventually(t, time.Minute, "the node's API", func() (bool, error) {
			c, err := api.Dial(context.Background(), "http://"+apiAddr)
			if err != nil {
				return false, nil
			}
			defer c.Close()
			_, err = c.ExchangeStatus(context.Background())
			return err == nil, nil
		})
	}
	start()
	defer func() {
		if proc.ProcessState == nil {
			_ = proc.Process.Signal(syscall.SIGTERM)
			_ = proc.Wait()
		}
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("node log (last 4 kB):\n%s", tail(string(b), 4096))
		}
	}()

	d, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	out := &syncBuffer{}
	done := make(chan *bench.OrdersResult, 1)
	go func() {
		res, err := bench.RunOrders(context.Background(), bench.OrdersConfig{URL: "http://" + apiAddr, Accounts: 8, Orders: 800,
			Concurrency: 4, Rate: 200, Funder: bench.Key{L1: d.L1, L2: d.L2}, Seed: "kill", Settle: time.Second}, out)
		if err != nil {
			t.Errorf("the load: %v", err)
		}
		done <- res
	}()
	eventually(t, 2*time.Minute, "the load sending", func() (bool, error) { return strings.Contains(out.String(), "sending"), nil })
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
	for i := range 2 {
		time.Sleep(time.Duration(300+rng.IntN(1200)) * time.Millisecond)
		if err := proc.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = proc.Wait()
		fmt.Fprintf(logf, "\n===== SIGKILL %d; restarting =====\n\n", i+1)
		start()
	}
	res := <-done
	if res == nil {
		t.Fatal("the load did not run")
	}
	t.Logf("load: %d orders acknowledged, %d refused or lost to the kills", res.Acked, res.Orders-res.Acked)
	if res.Acked < 200 {
		t.Fatalf("only %d orders acknowledged: %v", res.Acked, res.Errors)
	}
	c, err := api.Dial(context.Background(), "http://"+apiAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	var st *api.ExchangeStatus
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		if st, err = c.ExchangeStatus(ctx); err != nil {
			t.Fatal(err)
		}
		if st.Applied == st.Orders && st.Outputs == st.Orders && st.Queued == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the order flow does not catch up in a minute: %+v", st)
		}
	}
	for _, s := range res.Seqs {
		if s == 0 || s > st.Applied {
			t.Fatalf("acknowledged order at ORDERS %d, the engine applied up to %d", s, st.Applied)
		}
	}
	// every fill settled exactly once: as many SpotTrades in the blocks
	// (a fill of at most 40 lots at the dev market's prices is one trade)
	var spot uint64
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		status, err := c.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		spot = 0
		for n := uint64(1); n <= status.LatestBlock; n++ {
			b, err := c.Block(ctx, n)
			if err != nil {
				t.Fatal(err)
			}
			for _, op := range b.Ops {
				if op.Type == "SpotTrade" {
					spot++
				}
			}
		}
		if st, err = c.ExchangeStatus(ctx); err != nil {
			t.Fatal(err)
		}
		if spot+uint64(len(refusedTrades(t, logf.Name()))) >= st.Fills {
			break
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(logf.Name())
			var refused []string
			for _, l := range strings.Split(string(b), "\n") {
				if strings.Contains(l, "refused") || strings.Contains(l, "SIGKILL") || strings.Contains(l, "engine") {
					refused = append(refused, l)
				}
			}
			t.Fatalf("%d SpotTrades in L2 blocks for %d fills after a minute (status %+v); the node's log:\n%s", spot, st.Fills, st, strings.Join(refused, "\n"))
		}
	}
	// a fill the rules refuse is one whose order its owner cancelled on L2
	// (the load cancels right after placing) before the fill settled
	refused := refusedTrades(t, logf.Name())
	if spot+uint64(len(refused)) != st.Fills || st.Fills == 0 || uint64(len(refused))*10 > st.Fills {
		t.Fatalf("%d SpotTrades in L2 blocks and %d refused for %d fills in FILLS (status %+v)", spot, len(refused), st.Fills, st)
	}
	t.Logf("%d inputs, %d fills: %d settled once each, %d refused (an order cancelled on L2 first), across 2 SIGKILLs", st.Orders, st.Fills, spot, len(refused))
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// refusedTrades are the fill positions the node's log says the rules
// refused ("trade refused"), each once (a refusal logged just before a
// kill is refused again after the restart).
func refusedTrades(t *testing.T, log string) map[string]bool {
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if _, rest, ok := strings.Cut(l, `msg="trade refused" pos="`); ok {
			pos, _, _ := strings.Cut(rest, `"`)
			out[pos] = true
		}
	}
	return out
}
