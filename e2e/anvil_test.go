package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/wallet"
)

// anvil's first two well-known dev accounts (mnemonic "test test ... junk").
const (
	anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	anvilKey1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

// TestExternalL1WithNodeKilled runs the zkrollup binary against anvil, a
// real L1 node in its own process: `zkrollup deploy`, then `zkrollup node`
// with every component, driven through the wallet. The node is killed with
// SIGKILL twice — right after an L1 deposit and right after the withdrawal
// is sealed into a block — and restarted each time; the deposit arrives
// once, the withdrawal is executed on L1 and claimed to the wei.
func TestExternalL1WithNodeKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("proves blocks with Groth16 and runs anvil")
	}
	root := evmtest.ModuleRoot(t)
	anvilBin := findAnvil(root)
	if anvilBin == "" {
		msg := "anvil is not installed: run `npm ci --prefix tools/anvil` (linux-amd64), put anvil on the PATH or set ZKROLLUP_ANVIL"
		if os.Getenv("ZKROLLUP_REQUIRE_ANVIL") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	kd := testKeys(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "zkrollup")
	build := exec.Command("go", "build", "-o", bin, "./cmd/zkrollup")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	// The L1.
	l1Addr := freeAddr(t)
	_, port, _ := stringsCut(l1Addr, ":")
	anvil := exec.Command(anvilBin, "--port", port, "--block-time", "1", "--hardfork", "osaka", "--silent")
	if err := anvil.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { anvil.Process.Kill(); anvil.Wait() }()
	l1URL := "http://" + l1Addr
	var l1 *ethclient.Client
	eventually(t, 30*time.Second, "anvil answering", func() (bool, error) {
		c, err := ethclient.Dial(l1URL)
		if err != nil {
			return false, nil
		}
		if _, err := c.ChainID(context.Background()); err != nil {
			c.Close()
			return false, nil
		}
		l1 = c
		return true, nil
	})
	defer l1.Close()

	// Deploy, then run the node.
	env := append(os.Environ(), "ZKROLLUP_OPERATOR_KEY="+anvilKey0)
	deployment := filepath.Join(dir, "deployment.json")
	dep := exec.Command(bin, "deploy", "--l1-url", l1URL, "--profile", "test", "--keys-dir", kd, "--out", deployment)
	dep.Env = env
	if out, err := dep.CombinedOutput(); err != nil {
		t.Fatalf("zkrollup deploy: %v\n%s", err, out)
	}
	apiAddr := freeAddr(t)
	logPath := filepath.Join(dir, "node.log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	dataDir := filepath.Join(dir, "data")
	var nodeCmd *exec.Cmd
	start := func() {
		t.Helper()
		nodeCmd = exec.Command(bin, "node", "--profile", "test", "--components", "api,sequencer,watcher,aggregator,prover",
			"--data-dir", dataDir, "--deployment", deployment, "--l1-url", l1URL, "--keys-dir", kd,
			"--api-addr", apiAddr, "--tick", "10ms", "--block-timeout", "300ms")
		nodeCmd.Env, nodeCmd.Stdout, nodeCmd.Stderr = env, logf, logf
		if err := nodeCmd.Start(); err != nil {
			t.Fatal(err)
		}
		eventually(t, time.Minute, "the node's API", func() (bool, error) {
			c, err := api.Dial(context.Background(), "http://"+apiAddr)
			if err != nil {
				return false, nil
			}
			defer c.Close()
			_, err = c.Params(context.Background())
			return err == nil, nil
		})
	}
	kill := func(when string) {
		t.Helper()
		if err := nodeCmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		nodeCmd.Wait()
		fmt.Fprintf(logf, "\n===== SIGKILL %s; restarting =====\n\n", when)
		t.Logf("node killed (%s) and restarted", when)
		start()
	}
	defer func() {
		if nodeCmd != nil && nodeCmd.ProcessState == nil {
			nodeCmd.Process.Signal(syscall.SIGTERM)
			nodeCmd.Wait()
		}
		if t.Failed() {
			if b, err := os.ReadFile(logPath); err == nil {
				t.Logf("node log:\n%s", b)
			}
		}
	}()
	start()

	ctx := context.Background()
	l2, err := api.Dial(ctx, "http://"+apiAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	key, _ := wallet.ParseKey(anvilKey1)
	keys, err := wallet.KeysFromL1(key)
	if err != nil {
		t.Fatal(err)
	}
	user, err := wallet.New(ctx, keys, l1, l2)
	if err != nil {
		t.Fatal(err)
	}
	friend := common.HexToAddress("0x00000000000000000000000000000000000f00d5")

	if _, err := user.Deposit(ctx, ethToken, ether("10")); err != nil {
		t.Fatal(err)
	}
	kill("right after the L1 deposit")
	eventually(t, time.Minute, "the deposit on L2", func() (bool, error) {
		return l2Balance(t, user, "pending").Cmp(ether("10")) == 0, nil
	})
	if _, err := user.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := user.Transfer(ctx, friend, ethToken, ether("1"), ether("0")); err != nil {
		t.Fatal(err)
	}
	wd, err := user.Withdraw(ctx, user.Address(), ethToken, ether("3"), ether("0"))
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if _, err := user.Wait(wctx, wd, "committed", nil); err != nil {
		t.Fatal(err)
	}
	kill("right after the withdrawal was sealed")
	st := waitExecuted(t, user, wd, 4*time.Minute)
	claim(t, user, ether("3"))
	eventually(t, 30*time.Second, "the verified view", func() (bool, error) {
		return l2Balance(t, user, "verified").Cmp(ether("6")) == 0, nil
	})
	fa, err := l2.Account(ctx, friend, "verified")
	if err != nil || fa == nil || fa.Balances["0"] != ether("1").String() {
		t.Fatalf("the friend's verified account %+v (%v), want 1 ETH", fa, err)
	}

	// L1 and L2 agree, and every block went to L1 once.
	abi := rollupcontract.NewRollup()
	d, err := loadDeployment(deployment)
	if err != nil {
		t.Fatal(err)
	}
	out, err := l1.CallContract(ctx, callMsg(d, abi.PackBlocksExecuted()), nil)
	if err != nil {
		t.Fatal(err)
	}
	executed, _ := abi.UnpackBlocksExecuted(out)
	if executed < st.Block {
		t.Fatalf("the contract executed %d blocks, the withdrawal is in block %d", executed, st.Block)
	}
	nodeCmd.Process.Signal(syscall.SIGTERM)
	nodeCmd.Wait()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(dataDir, "zkrollup.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stage := range []string{"commit", "prove", "execute"} {
		batches, err := db.L1Batches(ctx, stage)
		if err != nil {
			t.Fatal(err)
		}
		next := uint64(1)
		for _, b := range batches {
			if b.First != next {
				t.Fatalf("%s batches skip or repeat blocks: %+v", stage, batches)
			}
			next = b.Last + 1
		}
	}
	t.Logf("withdrawal in block %d executed on L1 (contract: %d blocks executed) across two SIGKILLs", st.Block, executed)
}

// findAnvil looks for anvil: ZKROLLUP_ANVIL, the pinned npm build in
// tools/anvil, then the PATH.
func findAnvil(root string) string {
	if p := os.Getenv("ZKROLLUP_ANVIL"); p != "" {
		return p
	}
	pinned := filepath.Join(root, "tools", "anvil", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(pinned); err == nil {
		return pinned
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p
	}
	return ""
}
