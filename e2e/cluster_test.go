package e2e

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/wallet"
)

// TestProverClusterProcesses runs the node with the prover server instead
// of an in-process prover, against anvil, with three `zkrollup prover`
// processes and one lying worker process (its first proof tampered) on
// loopback. The lie is rejected and the block proven again; one prover is
// killed with SIGKILL while it proves and its block is proven by another;
// the node is killed and restarted and the provers reconnect. Nothing is
// lost: every block goes to L1 once, in order, until the user's
// withdrawal is executed and paid.
func TestProverClusterProcesses(t *testing.T) {
	proverAddr := freeAddr(t)
	r := newL1Rig(t, "api,sequencer,watcher,aggregator,proverserver", "--prover-addr", proverAddr)
	ctx := context.Background()

	// The liar, then three provers, each with a log we can read.
	liar := filepath.Join(r.dir, "liarprover")
	build := exec.Command("go", "build", "-o", liar, "./e2e/liarprover")
	build.Dir = evmtest.ModuleRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build the lying prover: %v\n%s", err, out)
	}
	type proc struct {
		cmd *exec.Cmd
		log string
	}
	var provers []*proc
	spawn := func(i int, cmd *exec.Cmd) {
		log := filepath.Join(r.dir, fmt.Sprintf("prover%d.log", i))
		f, err := os.Create(log)
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout, cmd.Stderr = f, f
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		provers = append(provers, &proc{cmd, log})
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				cmd.Process.Signal(syscall.SIGTERM)
				cmd.Wait()
			}
			f.Close()
			if t.Failed() {
				b, _ := os.ReadFile(log)
				t.Logf("prover %d log:\n%s", i, b)
			}
		})
	}
	// The liar alone first, so that it proves (and lies about) the first block.
	spawn(0, exec.Command(liar, "--server", proverAddr, "--keys-dir", r.kd))

	l2, err := api.Dial(ctx, "http://"+r.apiAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	key, _ := wallet.ParseKey(anvilKey1)
	keys, _ := wallet.KeysFromL1(key)
	user, err := wallet.New(ctx, keys, r.l1, l2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.Deposit(ctx, ethToken, ether("10")); err != nil {
		t.Fatal(err)
	}
	eventually(t, time.Minute, "the deposit on L2", func() (bool, error) {
		return l2Balance(t, user, "pending").Cmp(ether("10")) == 0, nil
	})
	eventually(t, 2*time.Minute, "the lie told and rejected", func() (bool, error) {
		liarLog, _ := os.ReadFile(provers[0].log)
		nodeLog, _ := os.ReadFile(r.logPath)
		return strings.Contains(string(liarLog), "sent a tampered proof") && strings.Contains(string(nodeLog), "proof rejected"), nil
	})
	for i := 1; i <= 3; i++ {
		spawn(i, exec.Command(r.bin, "prover", "--server", proverAddr, "--profile", "test", "--keys-dir", r.kd, "--name", fmt.Sprintf("p%d", i)))
	}
	if _, err := user.Register(ctx); err != nil {
		t.Fatal(err)
	}

	// Kill the first honest prover seen proving, before it finishes.
	proving := regexp.MustCompile(`msg=proving block=(\d+)`)
	var victim int
	var victimBlock uint64
	eventually(t, 2*time.Minute, "a prover proving", func() (bool, error) {
		for i, p := range provers[1:] {
			i++
			f, err := os.Open(p.log)
			if err != nil {
				return false, err
			}
			last := ""
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if m := proving.FindStringSubmatch(sc.Text()); m != nil {
					last = m[1]
				}
			}
			f.Close()
			if last != "" {
				victim = i
				victimBlock, _ = strconv.ParseUint(last, 10, 64)
				return true, p.cmd.Process.Signal(syscall.SIGKILL)
			}
		}
		return false, nil
	})
	provers[victim].cmd.Wait()
	t.Logf("prover %d killed while proving block %d", victim, victimBlock)

	wd, err := user.Withdraw(ctx, user.Address(), ethToken, ether("3"), ether("0"))
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if _, err := user.Wait(wctx, wd, "committed", nil); err != nil {
		t.Fatal(err)
	}
	r.kill("with provers connected")
	st := waitExecuted(t, user, wd, 5*time.Minute)
	claim(t, user, ether("3"))

	r.stop()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(r.dataDir, "zkrollup.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	vr, err := db.ProofRequestOf(ctx, victimBlock)
	if err != nil || vr.Status != status.ProofComplete || vr.Attempts < 2 {
		t.Fatalf("the killed prover's block %d: %+v %v; want complete after another attempt", victimBlock, vr, err)
	}
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
	t.Logf("withdrawal in block %d executed; the killed prover's block %d proven on attempt %d", st.Block, victimBlock, vr.Attempts)
}
