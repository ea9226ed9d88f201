package exodus_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/exodus"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/rollup"
)

// drill is a rollup whose operator stopped: blocks 1 and 2 executed,
// block 3 (B's withdrawal) committed but not executed, D's deposits and
// C's full-exit request never processed. want is what each user's
// accounts hold in the last executed state (block 2).
type drill struct {
	g          *l1rig.Rig
	deployment string
	want       map[string]*big.Int // ETH by name, in block 2's state
	waiting    map[string]*big.Int // unprocessed deposits and withdrawals credited on L1, by name
}

// deployment deploys the rollup with the real exit verifier (users
// funded on L1) and writes its deployment file with the exit key set.
func deployment(t *testing.T, users ...string) (*l1rig.Rig, string) {
	t.Helper()
	evmtest.RequireSolc(t)
	p := rollup.TestParams
	ks, dir := testkeys.Exit(t, p)
	code, err := deploy.VerifierCode(context.Background(), ks.VK, t.TempDir(), "exit verifier", nil)
	if err != nil {
		t.Fatal(err)
	}
	g := l1rig.New(t, p, l1rig.Options{ExitVerifier: code, Expiry: 20}, users...)
	res := deploy.Result{Rollup: g.Addr, Block: g.Deployed, ChainID: g.P.L1.ChainID, Operator: g.R.Address("op"),
		GenesisRoot: g.Stored[0].StateRoot, Params: g.P}
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := res.SaveWithExitKeys(path, dir); err != nil {
		t.Fatal(err)
	}
	return g, path
}

func newDrill(t *testing.T) *drill {
	t.Helper()
	g, path := deployment(t, "A", "B", "C", "D")
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	b1 := g.Block("changepubkey A\nchangepubkey B")
	b2 := g.Block("transfer A C 1000 fee 3\ntransfer B A 700 fee 1\nwithdraw A 5000 fee 2")
	g.Commit(b1, b2)
	g.Execute()
	// D's deposits are refunded; A's executed withdrawal was credited on
	// L1 before the operator stopped: the payout includes both.
	d := &drill{g: g, want: map[string]*big.Int{}, waiting: map[string]*big.Int{"D": big.NewInt(42 + 8), "A": big.NewInt(5000)}}
	for _, name := range []string{"op", "A", "B", "C"} {
		id, _ := g.R.AccountID(name)
		b, err := g.R.State.Balance(id, 0)
		if err != nil {
			t.Fatal(err)
		}
		d.want[name] = b.Big()
	}
	// In flight when the operator stops.
	g.Deposit("D", 42)
	g.Commit(g.Block("withdraw B 100 fee 1"))
	g.RequestDeposit("D", 8)
	g.RequestFullExit("C")

	d.deployment = path
	return d
}

func (d *drill) open(t *testing.T) *exodus.Exodus {
	t.Helper()
	x, err := exodus.Open(context.Background(), d.g.AutoMining(), d.deployment, exodus.Options{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func (d *drill) contractETH(t *testing.T) *big.Int {
	t.Helper()
	return d.g.C.Balance(t, d.g.Addr)
}

// TestExodusGivesEveryUserTheirExecutedBalanceAndTheirDeposits: before
// the oldest request expires exodus is refused with the block it expires
// at; after, each user's one call activates it (the first), exits exactly
// the balance of the last executed block, cancels the requests up to the
// user's own (refunding unprocessed deposits) and pays it all out; a
// second call exits nothing; at the end the contract holds nothing.
func TestExodusGivesEveryUserTheirExecutedBalanceAndTheirDeposits(t *testing.T) {
	d := newDrill(t)
	g := d.g
	ctx := context.Background()
	x := d.open(t)

	s, err := x.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Active || s.CanActivate || s.Waiting != 3 || s.Executed != 2 || s.Committed != 3 || s.ExpiresAt == 0 {
		t.Fatalf("status before expiry: %+v", s)
	}
	// Too early: A's executed withdrawal (credited on L1) is paid out all
	// the same, and the error says when exodus can be activated.
	early, err := x.Run(ctx, g.R.L1Key("A"), nil)
	if !errors.Is(err, exodus.ErrNotExpired) || !strings.Contains(err.Error(), "expires at L1 block") {
		t.Fatalf("exodus before expiry: %v", err)
	}
	if len(early.Paid) != 1 || early.Paid[0].Amount.Cmp(big.NewInt(5000)) != 0 {
		t.Fatalf("before expiry A was paid %+v, want the 5000 its executed withdrawal credited", early.Paid)
	}
	d.waiting["A"].Sub(d.waiting["A"], big.NewInt(5000))
	g.C.Mine(int(s.ExpiresAt - s.Head))
	if s, _ = x.Status(ctx); !s.CanActivate {
		t.Fatalf("status after expiry: %+v", s)
	}

	before := new(big.Int).Add(d.contractETH(t), big.NewInt(5000)) // what the contract held before A's early payout
	paid := big.NewInt(5000)
	for _, name := range []string{"A", "B", "C", "D", "op"} {
		rep, err := d.open(t).Run(ctx, g.R.L1Key(name), nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := new(big.Int)
		if v := d.want[name]; v != nil {
			want.Add(want, v)
		}
		if v := d.waiting[name]; v != nil {
			want.Add(want, v)
		}
		got := new(big.Int)
		for _, p := range rep.Paid {
			got.Add(got, p.Amount)
		}
		if got.Cmp(want) != 0 {
			t.Fatalf("%s was paid %s, want %s (report %+v)", name, got, want, rep)
		}
		if name == "A" && !rep.Activated {
			t.Fatal("the first exodus did not activate exodus mode")
		}
		if rep.Restored.To != 2 {
			t.Fatalf("%s: restored to block %d, want the last executed, 2", name, rep.Restored.To)
		}
		paid.Add(paid, got)
		// A second run has nothing left to do.
		if _, err := d.open(t).Run(ctx, g.R.L1Key(name), nil); !errors.Is(err, exodus.ErrNothingToExit) {
			t.Fatalf("%s's second exodus: %v", name, err)
		}
	}
	if after := d.contractETH(t); after.Sign() != 0 || paid.Cmp(before) != 0 {
		t.Fatalf("the contract held %s, paid %s, holds %s after everyone left", before, paid, after)
	}
	// An exit already made is refused by the contract too, and the
	// second run says why.
	_, err = d.open(t).Run(ctx, g.R.L1Key("A"), nil)
	if !errors.Is(err, exodus.ErrAlreadyExited) {
		t.Fatalf("A's third exodus: %v, want ErrAlreadyExited", err)
	}
}

// TestExodusRefusesWhatItCannotDo: a deployment on another chain, exodus
// with nothing waiting, and an exit while exodus is not active.
func TestExodusRefusesWhatItCannotDo(t *testing.T) {
	d := newDrill(t)
	ctx := context.Background()
	x := d.open(t)
	if _, err := x.Restore(ctx, nil); err != nil {
		t.Fatal(err)
	}
	claims, err := x.Claims(ctx, d.g.R.Address("A"))
	if err != nil || len(claims) != 1 || claims[0].Amount.Cmp(d.want["A"]) != 0 {
		t.Fatalf("A's claims %+v (%v), want one of %s", claims, err, d.want["A"])
	}
	if _, err := x.Exit(ctx, d.g.R.L1Key("A"), claims[0]); !errors.Is(err, exodus.ErrNotActive) {
		t.Fatalf("exit before exodus: %v", err)
	}
	// Nothing waits once the operator executed everything: exodus cannot
	// be forced, and the error says how to make it possible.
	g2 := l1rig.New(t, rollup.TestParams, l1rig.Options{}, "A")
	g2.Deposit("A", 5)
	g2.Commit(g2.Block("changepubkey A"))
	g2.Execute()
	res := deploy.Result{Rollup: g2.Addr, Block: g2.Deployed, ChainID: g2.P.L1.ChainID, Operator: g2.R.Address("op"),
		Params: g2.P}
	path := filepath.Join(t.TempDir(), "d.json")
	if err := res.Save(path); err != nil {
		t.Fatal(err)
	}
	_, exitDir := testkeys.Exit(t, rollup.TestParams)
	x2, err := exodus.Open(ctx, g2.AutoMining(), path, exodus.Options{DataDir: t.TempDir(), ExitKeys: exitDir})
	if err != nil {
		t.Fatal(err)
	}
	defer x2.Close()
	g2.C.Mine(30)
	if _, err := x2.Activate(ctx, g2.R.L1Key("A")); !errors.Is(err, exodus.ErrNoRequest) || !strings.Contains(err.Error(), "--request-exit") {
		t.Fatalf("activation with nothing waiting: %v", err)
	}
	// The user makes exodus possible with a full-exit request of their own,
	// which the stopped operator never processes.
	expires, err := x2.RequestExit(ctx, g2.R.L1Key("A"), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x2.Run(ctx, g2.R.L1Key("A"), nil); !errors.Is(err, exodus.ErrNotExpired) {
		t.Fatalf("exodus right after the request: %v", err)
	}
	head, _ := g2.C.C.BlockNumber(ctx)
	g2.C.Mine(int(expires - head))
	rep, err := x2.Run(ctx, g2.R.L1Key("A"), nil)
	if err != nil || len(rep.Paid) != 1 || rep.Paid[0].Amount.Int64() != 5 || rep.Cancelled != 1 {
		t.Fatalf("exodus after the user's own request expired: %+v, %v", rep, err)
	}
	// A deployment file of another chain is refused at once.
	res.ChainID++
	if err := res.Save(path); err != nil {
		t.Fatal(err)
	}
	if _, err := exodus.Open(ctx, g2.AutoMining(), path, exodus.Options{DataDir: t.TempDir()}); !errors.Is(err, exodus.ErrWrongChain) {
		t.Fatalf("another chain's deployment: %v", err)
	}
}
