package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/wallet"
)

// anvil's third well-known dev account.
const anvilKey2 = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"

// exodusExpiry is the drill's priority expiry in L1 blocks (anvil mines
// one a second): long enough for the node to execute what users send,
// short enough to wait out with anvil_mine.
const exodusExpiry = 40

// TestExodusWithTheOperatorGone: users deposit, transfer and withdraw
// through a node on anvil; the node is killed for good with a deposit
// not yet processed; once L1 time passes the request's expiry each user
// runs `zkrollup wallet exodus` with only anvil, the deployment file and
// its exit keys, and gets on L1 exactly their balance of the last
// executed block, plus what executed withdrawals credited, plus their
// unprocessed deposits with the priority fee, to the wei. A second exodus
// is refused; `zkrollup restore` rebuilds the same state, block by block,
// and a corrupted calldata source is refused.
//
// It runs in both data modes. In blob mode (the default on an L1 with
// blobs) the block data is in blobs, which L1 nodes drop: the users and
// `zkrollup restore` read it from the operator's published blob archive
// (here the dead node's own, as a user would have a mirror of it).
func TestExodusWithTheOperatorGone(t *testing.T) {
	t.Run("blob", func(t *testing.T) { exodusWithTheOperatorGone(t, true) })
	t.Run("calldata", func(t *testing.T) { exodusWithTheOperatorGone(t, false) })
}

func exodusWithTheOperatorGone(t *testing.T, blob bool) {
	deployArgs := []string{"--priority-expiry", itoa(exodusExpiry)}
	var archive []string // blob mode: where the block data is
	if !blob {
		deployArgs = append(deployArgs, "--blob-capacity", "0")
	}
	r := newL1RigDeploy(t, deployArgs, "api,sequencer,watcher,aggregator,prover")
	if blob {
		archive = []string{"--blob-archive", filepath.Join(r.dataDir, "blobs")}
	}
	ctx := context.Background()
	l2, err := api.Dial(ctx, "http://"+r.apiAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	d, err := deploy.Load(r.deployment)
	if err != nil {
		t.Fatal(err)
	}
	users := map[string]string{"A": anvilKey1, "B": anvilKey2}
	ws := map[string]*wallet.Wallet{}
	for name, hexKey := range users {
		key, _ := wallet.ParseKey(hexKey)
		keys, err := wallet.KeysFromL1(key)
		if err != nil {
			t.Fatal(err)
		}
		if ws[name], err = wallet.New(ctx, keys, r.l1, l2); err != nil {
			t.Fatal(err)
		}
	}
	A, B := ws["A"], ws["B"]
	for name, amount := range map[string]string{"A": "10", "B": "5"} {
		if _, err := ws[name].Deposit(ctx, ethToken, ether(amount)); err != nil {
			t.Fatal(err)
		}
	}
	for name, w := range ws {
		eventually(t, time.Minute, name+"'s deposit on L2", func() (bool, error) {
			return l2Balance(t, w, "pending").Sign() > 0, nil
		})
		if _, err := w.Register(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := A.Transfer(ctx, B.Address(), ethToken, ether("1.25"), ether("0")); err != nil {
		t.Fatal(err)
	}
	if _, err := A.Withdraw(ctx, A.Address(), ethToken, ether("0.5"), ether("0")); err != nil {
		t.Fatal(err)
	}
	last, err := B.Withdraw(ctx, B.Address(), ethToken, ether("2"), ether("0"))
	if err != nil {
		t.Fatal(err)
	}
	waitExecuted(t, B, last, 4*time.Minute)
	// What each user owns: the executed (verified) L2 balance, and what
	// executed withdrawals credited on L1.
	want := map[string]*big.Int{}
	for name, w := range ws {
		eventually(t, 30*time.Second, name+"'s verified view", func() (bool, error) {
			c, _ := l2.Account(ctx, w.Address(), "committed")
			v, _ := l2.Account(ctx, w.Address(), "verified")
			return c != nil && v != nil && c.Balances["0"] == v.Balances["0"], nil
		})
		due, err := w.Claimable(ctx, ethToken)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = new(big.Int).Add(l2Balance(t, w, "verified"), due)
	}

	// The operator disappears, for good.
	if err := r.node.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	r.node.Wait()
	t.Log("node killed for good")
	// B deposits again: nobody will ever process it.
	fee := r.priorityFee(t, d)
	late := ether("3")
	r.sendL1(t, B.Keys.L1, d.Rollup, new(big.Int).Add(late, fee),
		rollupcontract.NewRollup().PackDepositETH(B.Address(), late))
	want["B"].Add(want["B"], new(big.Int).Add(late, fee))

	// Too early: exodus says when it will be possible.
	walletFile := func(name string) string {
		path := filepath.Join(r.dir, "wallet-"+name+".json")
		if _, err := os.Stat(path); err != nil {
			out, err := exec.Command(r.bin, "wallet", "--wallet", path, "import", users[name]).CombinedOutput()
			if err != nil {
				t.Fatalf("wallet import: %v\n%s", err, out)
			}
		}
		return path
	}
	exodusCmd := func(name string, args ...string) (string, error) {
		args = append(append([]string{"wallet", "--wallet", walletFile(name), "--l1", r.l1URL, "--deployment", r.deployment,
			"--exodus-dir", filepath.Join(r.dir, "exodus-"+name)}, archive...), append([]string{"exodus"}, args...)...)
		out, err := exec.Command(r.bin, args...).CombinedOutput()
		t.Logf("zkrollup %s:\n%s", strings.Join(args, " "), out)
		return string(out), err
	}
	// (it pays out what executed blocks credited to A already: counted
	// from here)
	startA, err := r.l1.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	beforeA, err := A.L1Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exodusCmd("A"); err == nil || !strings.Contains(out, "expires at L1 block") ||
		!strings.Contains(out, "credited by executed blocks") {
		t.Fatalf("exodus before expiry: %v", err)
	}
	if err := r.l1.Client().Call(nil, "anvil_mine", hexutil.Uint64(exodusExpiry+2)); err != nil {
		t.Fatal(err)
	}
	if out, err := exodusCmd("A", "--check"); err != nil || !strings.Contains(out, "CAN BE ACTIVATED") {
		t.Fatalf("exodus --check after expiry: %v", err)
	}

	for _, name := range []string{"A", "B"} {
		w := ws[name]
		start, err := r.l1.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		before, err := w.L1Balance(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if name == "A" {
			start, before = startA, beforeA
		}
		if _, err := exodusCmd(name); err != nil {
			t.Fatalf("%s's exodus: %v", name, err)
		}
		after, err := w.L1Balance(ctx)
		if err != nil {
			t.Fatal(err)
		}
		gas := r.gasPaid(t, w.Address(), start)
		got := new(big.Int).Add(new(big.Int).Sub(after, before), gas)
		if got.Cmp(want[name]) != 0 {
			t.Fatalf("%s got %s wei on L1 (plus %s of gas), wants %s", name, new(big.Int).Sub(after, before), gas, want[name])
		}
		t.Logf("%s: %s wei back on L1 through exodus (gas %s)", name, want[name], gas)
		// A second exodus is refused.
		if out, err := exodusCmd(name); err == nil || !strings.Contains(out, "already exited") {
			t.Fatalf("%s's second exodus: %v", name, err)
		}
	}

	// `zkrollup restore` from anvil alone reaches the last executed block,
	// every block checked against the contract.
	out, err := exec.Command(r.bin, append([]string{"restore", "--l1-url", r.l1URL, "--deployment", r.deployment,
		"--data-dir", filepath.Join(r.dir, "restore")}, archive...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("zkrollup restore: %v\n%s", err, out)
	}
	t.Logf("zkrollup restore:\n%s", out)
	executed := r.view(t, d, rollupcontract.NewRollup().PackBlocksExecuted())
	if blob {
		for n := uint64(1); n <= new(big.Int).SetBytes(executed).Uint64(); n++ {
			requireBlobCommit(t, r.l1, d.Rollup, n)
		}
		return // the in-process checks below read calldata
	}
	// The same in process, with the roots of every block compared to the
	// BlockCommitted events, and a corrupted source refused.
	r.restoreChecks(t, d, new(big.Int).SetBytes(executed).Uint64())
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func (r *l1Rig) view(t *testing.T, d deploy.Result, data []byte) []byte {
	t.Helper()
	out, err := r.l1.CallContract(context.Background(), callMsg(d, data), nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (r *l1Rig) priorityFee(t *testing.T, d deploy.Result) *big.Int {
	t.Helper()
	c := rollupcontract.NewRollup()
	fee, err := c.UnpackPriorityFee(r.view(t, d, c.PackPriorityFee()))
	if err != nil {
		t.Fatal(err)
	}
	return new(big.Int).SetUint64(fee)
}

// sendL1 sends an L1 transaction with key and waits for it.
func (r *l1Rig) sendL1(t *testing.T, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) {
	t.Helper()
	ctx := context.Background()
	id, err := r.l1.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, id)
	opts.Value = value
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, r.l1, r.l1, r.l1), opts, data)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, r.l1, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("L1 transaction %s: %v (status %v)", tx.Hash(), err, rc)
	}
}

// gasPaid is what addr paid for gas in the L1 blocks after from.
func (r *l1Rig) gasPaid(t *testing.T, addr common.Address, from uint64) *big.Int {
	t.Helper()
	ctx := context.Background()
	head, err := r.l1.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := new(big.Int)
	for n := from + 1; n <= head; n++ {
		b, err := r.l1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil || sender != addr {
				continue
			}
			rc, err := r.l1.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			total.Add(total, gasCost(rc))
		}
	}
	return total
}

// committedRoots reads the state root of every block's last commit.
func (r *l1Rig) committedRoots(t *testing.T, d deploy.Result) map[uint64]common.Hash {
	t.Helper()
	c := rollupcontract.NewRollup()
	logs, err := r.l1.FilterLogs(context.Background(), filterCommitted(d, c))
	if err != nil {
		t.Fatal(err)
	}
	roots := map[uint64]common.Hash{}
	for i := range logs {
		ev, err := c.UnpackBlockCommittedEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		roots[ev.Number] = ev.StateRoot
	}
	return roots
}

// restoreChecks restores in process from anvil: every block's root equals
// the one L1 committed, the end is the last executed block, and a source
// that flips a byte of a block's pubdata is refused.
func (r *l1Rig) restoreChecks(t *testing.T, d deploy.Result, executed uint64) {
	t.Helper()
	ctx := context.Background()
	roots := r.committedRoots(t, d)
	p := d.Params
	p.L1.ChainID, p.L1.Contract = d.ChainID, d.Rollup
	// a state root per block: every block's root compared with L1's
	cfg := restore.Config{Params: p, Operator: d.Operator, FromBlock: d.Block, CheckpointBlocks: 1}
	open := func(src restore.Source) *restore.Restorer {
		x, err := restore.Open(ctx, cfg, r.l1, src, kv.NewMemory())
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	x := open(nil)
	checked := 0
	res, err := x.Run(ctx, 0, func(pr restore.Progress) {
		if got := x.Cursor().Stored.StateRoot; !pr.Checkpoint || x.Cursor().Block != pr.Block || common.Hash(got) != roots[pr.Block] {
			t.Errorf("block %d: restored root %x, L1 committed %x", pr.Block, got, roots[pr.Block])
		}
		checked++
	})
	if err != nil || res.To != executed || checked != int(executed) || executed == 0 {
		t.Fatalf("restore: %+v, %v (%d blocks checked, %d executed)", res, err, checked, executed)
	}
	honest, err := restore.NewCalldataSource(r.l1, d.Rollup)
	if err != nil {
		t.Fatal(err)
	}
	bad := corruptAt{inner: honest, n: executed}
	if _, err := open(bad).Run(ctx, 0, nil); err == nil {
		t.Fatal("a corrupted calldata source was accepted")
	} else {
		t.Logf("corrupted source refused: %v", err)
	}
}

// corruptAt flips a byte of block n's pubdata.
type corruptAt struct {
	inner restore.Source
	n     uint64
}

func (s corruptAt) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(restore.Committed) error) error {
	return s.inner.Blocks(ctx, after, resume, upTo, head, func(cb restore.Committed) error {
		if cb.Number == s.n && len(cb.Block.Pubdata) > 10 {
			cb.Block.Pubdata = append([]byte(nil), cb.Block.Pubdata...)
			cb.Block.Pubdata[10] ^= 1
		}
		return fn(cb)
	})
}

func filterCommitted(d deploy.Result, c *rollupcontract.Rollup) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.Block), Addresses: []common.Address{d.Rollup},
		Topics: [][]common.Hash{{c.GetABI().Events["BlockCommitted"].ID}}}
}
