package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/status"
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
// once, the withdrawal is executed on L1 (one transaction a batch) and
// claimed to the wei.
func TestExternalL1WithNodeKilled(t *testing.T) {
	// batches that wait (issue 16), sent as one commitProveExecute each: a
	// kill finds blocks waiting to fill a batch or a batch in flight, and a
	// restart must neither lose nor repeat them (the staged path's kills are
	// TestProverClusterProcesses')
	r := newL1Rig(t, "api,sequencer,watcher,aggregator,prover", "--batch-wait", "3s", "--one-tx", "true")
	l1, apiAddr, deployment, dataDir := r.l1, r.apiAddr, r.deployment, r.dataDir
	kill := r.kill
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
	// The deposit paid the deployment's default priority fee, now the
	// operator's.
	out, err = l1.CallContract(ctx, callMsg(d, abi.PackPendingBalances(d.Operator, 0)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if earned, _ := abi.UnpackPendingBalances(out); earned.Cmp(deploy.DefaultPriorityFee) != 0 {
		t.Fatalf("the operator earned %s in priority fees, want one deposit's %s", earned, deploy.DefaultPriorityFee)
	}
	// On L1: every block committed, proven and executed exactly once.
	a, err := rollupcontract.RollupMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range []string{"BlockCommitted", "BlockProven", "BlockExecuted"} {
		logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.Block), Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{a.Events[ev].ID}}})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[uint64]int{}
		for _, l := range logs {
			seen[new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()]++
		}
		for n := uint64(1); n <= executed; n++ {
			if seen[n] != 1 {
				t.Fatalf("%s of block %d on L1 %d times, want once (%d events)", ev, n, seen[n], len(logs))
			}
		}
		// deployed without a data mode on an L1 with blobs: blob mode, every
		// block's data in an EIP-4844 transaction
		if ev != "BlockCommitted" {
			continue
		}
		if d.Params.BlobCapacity != deploy.ProfileBlobCapacity("test") {
			t.Fatalf("deployed with blob capacity %d on an L1 with blobs, want the test profile's %d", d.Params.BlobCapacity, deploy.ProfileBlobCapacity("test"))
		}
		for n := uint64(1); n <= executed; n++ {
			requireBlobCommit(t, l1, d.Rollup, n)
		}
	}
	r.stop()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(dataDir, "zkrollup.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stage := range status.Stages {
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

// l1Rig is anvil, the zkrollup binary, a deployment and a node process
// with the given components; the node can be killed and restarted.
type l1Rig struct {
	t                            *testing.T
	bin, kd, dir, l1URL, apiAddr string
	deployment, dataDir, logPath string
	components                   string
	extra, env                   []string
	l1                           *ethclient.Client
	node                         *exec.Cmd
	logf                         *os.File
}

func newL1Rig(t *testing.T, components string, extra ...string) *l1Rig {
	return newL1RigDeploy(t, nil, components, extra...)
}

// newL1RigDeploy is newL1Rig with extra `zkrollup deploy` flags.
func newL1RigDeploy(t *testing.T, deployArgs []string, components string, extra ...string) *l1Rig {
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
	// anvil has blobs, so `zkrollup deploy` picks blob mode unless told
	// --blob-capacity 0
	kd := testBlobKeys(t)
	for i := 0; i+1 < len(deployArgs); i++ {
		if deployArgs[i] == "--blob-capacity" && deployArgs[i+1] == "0" {
			kd = testKeys(t)
		}
	}
	r := &l1Rig{t: t, kd: kd, dir: t.TempDir(), components: components, extra: extra}
	r.bin = filepath.Join(r.dir, "zkrollup")
	build := exec.Command("go", "build", "-o", r.bin, "./cmd/zkrollup")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	l1Addr := freeAddr(t)
	_, port, _ := stringsCut(l1Addr, ":")
	anvil := exec.Command(anvilBin, "--port", port, "--block-time", "1", "--hardfork", "osaka", "--silent")
	if err := anvil.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { anvil.Process.Kill(); anvil.Wait() })
	r.l1URL = "http://" + l1Addr
	eventually(t, 30*time.Second, "anvil answering", func() (bool, error) {
		c, err := ethclient.Dial(r.l1URL)
		if err != nil {
			return false, nil
		}
		if _, err := c.ChainID(context.Background()); err != nil {
			c.Close()
			return false, nil
		}
		r.l1 = c
		return true, nil
	})
	t.Cleanup(r.l1.Close)
	r.env = append(os.Environ(), "ZKROLLUP_OPERATOR_KEY="+anvilKey0)
	r.deployment = filepath.Join(r.dir, "deployment.json")
	dep := exec.Command(r.bin, append([]string{"deploy", "--l1-url", r.l1URL, "--profile", "test", "--keys-dir", r.kd, "--out", r.deployment}, deployArgs...)...)
	dep.Env = r.env
	if out, err := dep.CombinedOutput(); err != nil {
		t.Fatalf("zkrollup deploy: %v\n%s", err, out)
	}
	r.apiAddr = freeAddr(t)
	r.logPath = filepath.Join(r.dir, "node.log")
	var err error
	if r.logf, err = os.Create(r.logPath); err != nil {
		t.Fatal(err)
	}
	r.dataDir = filepath.Join(r.dir, "data")
	t.Cleanup(func() {
		r.stop()
		r.logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(r.logPath); err == nil {
				t.Logf("node log:\n%s", b)
			}
		}
	})
	r.start()
	return r
}

func (r *l1Rig) start() {
	r.t.Helper()
	args := append([]string{"node", "--profile", "test", "--components", r.components,
		"--data-dir", r.dataDir, "--deployment", r.deployment, "--l1-url", r.l1URL, "--keys-dir", r.kd,
		"--api-addr", r.apiAddr, "--tick", "10ms", "--block-timeout", "300ms"}, r.extra...)
	r.node = exec.Command(r.bin, args...)
	r.node.Env, r.node.Stdout, r.node.Stderr = r.env, r.logf, r.logf
	if err := r.node.Start(); err != nil {
		r.t.Fatal(err)
	}
	eventually(r.t, time.Minute, "the node's API", func() (bool, error) {
		c, err := api.Dial(context.Background(), "http://"+r.apiAddr)
		if err != nil {
			return false, nil
		}
		defer c.Close()
		_, err = c.Params(context.Background())
		return err == nil, nil
	})
}

// kill sends SIGKILL to the node and starts it again.
func (r *l1Rig) kill(when string) {
	r.t.Helper()
	if err := r.node.Process.Signal(syscall.SIGKILL); err != nil {
		r.t.Fatal(err)
	}
	r.node.Wait()
	fmt.Fprintf(r.logf, "\n===== SIGKILL %s; restarting =====\n\n", when)
	r.t.Logf("node killed (%s) and restarted", when)
	r.start()
}

// stop ends the node with SIGTERM.
func (r *l1Rig) stop() {
	if r.node != nil && r.node.ProcessState == nil {
		r.node.Process.Signal(syscall.SIGTERM)
		r.node.Wait()
	}
}
