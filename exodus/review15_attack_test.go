package exodus_test

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/exodus"
	"github.com/zkrollup/zkrollup/internal/l1rig"
	"github.com/zkrollup/zkrollup/restore"
)

// Review of issue 15 (independent attack tests): in exodus nobody can
// make a user lose funds or be paid twice — an exit sent by anyone pays
// the account's owner, a cancellation sent by anyone refunds each
// request's own owner, a payout sent by anyone pays the owner — and a
// restore directory that is not the deployment's never gets a claim paid.

var r15ABI = rollupcontract.NewRollup()

// r15Fee is the priority fee the review's requests pay (wei, whole gwei).
const r15Fee = 1_000 * 1_000_000_000

func r15Open(t *testing.T, g *l1rig.Rig, path, dataDir string) *exodus.Exodus {
	t.Helper()
	x, err := exodus.Open(context.Background(), g.AutoMining(), path, exodus.Options{DataDir: dataDir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func r15Pending(t *testing.T, g *l1rig.Rig, who common.Address) *big.Int {
	t.Helper()
	out, err := g.C.Call(who, g.Addr, r15ABI.PackPendingBalances(who, 0))
	if err != nil {
		t.Fatal(err)
	}
	v, err := r15ABI.UnpackPendingBalances(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// r15Activate mines past the oldest request's expiry and activates exodus.
func r15Activate(t *testing.T, g *l1rig.Rig, x *exodus.Exodus, by string) {
	t.Helper()
	ctx := context.Background()
	s, err := x.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.ExpiresAt > s.Head {
		g.C.Mine(int(s.ExpiresAt - s.Head))
	}
	if _, err := x.Activate(ctx, g.R.L1Key(by)); err != nil {
		t.Fatal(err)
	}
}

// TestReview15NobodyCanRedirectAnotherUsersExodus: E, who owns nothing,
// exits A's balance (performExodus is open to anyone): the contract pays
// A, not E, and A's own exit of it is then refused before any proof.
// A's cancellation of the waiting requests up to its own refunds every
// request to its own owner — B's deposit and fee to B, C's fee for a full
// exit of B's account to C, the deposit A paid for D to D (the contract
// refunds a deposit to its recipient) — and leaves D's later request
// waiting. E pays B out: B gets exactly its pending balance. Once every
// user has run exodus the contract holds nothing.
func TestReview15NobodyCanRedirectAnotherUsersExodus(t *testing.T) {
	g, path := deployment(t, "A", "B", "C", "D", "E")
	ctx := context.Background()
	g.Deposit("A", 1_000_000)
	g.Deposit("B", 500_000)
	g.Commit(g.Block("changepubkey A\nchangepubkey B"), g.Block("transfer A C 1000 fee 3"))
	g.Execute()
	idA, _ := g.R.AccountID("A")
	idB, _ := g.R.AccountID("B")
	addr := g.R.Address
	g.Send("op", nil, r15ABI.PackSetPriorityFee(r15Fee))
	fee := big.NewInt(r15Fee)
	plus := func(v int64) *big.Int { return new(big.Int).Add(big.NewInt(v), fee) }
	// requests waiting for a stopped operator, oldest first
	g.Send("B", plus(77), r15ABI.PackDepositETH(addr("B"), big.NewInt(77))) // B's deposit
	g.Send("C", fee, r15ABI.PackRequestFullExit(idB, common.Address{}))     // C asks to exit B's account
	g.Send("A", plus(5), r15ABI.PackDepositETH(addr("D"), big.NewInt(5)))   // A pays, D receives
	g.Send("A", fee, r15ABI.PackRequestFullExit(idA, common.Address{}))     // A's last request
	g.Send("D", plus(9), r15ABI.PackDepositETH(addr("D"), big.NewInt(9)))   // after A's last
	contractBefore := g.C.Balance(t, g.Addr)

	x := r15Open(t, g, path, t.TempDir())
	r15Activate(t, g, x, "E")
	if _, err := x.Restore(ctx, nil); err != nil {
		t.Fatal(err)
	}
	claims, err := x.Claims(ctx, addr("A"))
	if err != nil || len(claims) != 1 || claims[0].Account != idA {
		t.Fatalf("A's claims: %+v, %v", claims, err)
	}
	claimA := claims[0]
	// a claim of more than the restored state holds is refused before proving
	inflated := claimA
	inflated.Amount = new(big.Int).Add(claimA.Amount, big.NewInt(1))
	if _, err := x.Exit(ctx, g.R.L1Key("E"), inflated); err == nil {
		t.Fatal("an exit of more than the account holds was sent")
	}
	if _, err := x.Exit(ctx, g.R.L1Key("E"), claimA); err != nil {
		t.Fatalf("E exits A's balance: %v", err)
	}
	if got := r15Pending(t, g, addr("A")); got.Cmp(claimA.Amount) != 0 {
		t.Fatalf("A is credited %s after E's exit of A's account, want %s", got, claimA.Amount)
	}
	if got := r15Pending(t, g, addr("E")); got.Sign() != 0 {
		t.Fatalf("E is credited %s for exiting A's account", got)
	}
	if _, err := x.Exit(ctx, g.R.L1Key("A"), claimA); !errors.Is(err, exodus.ErrAlreadyExited) {
		t.Fatalf("A's second exit of the same balance: %v", err)
	}

	n, err := x.CancelFor(ctx, g.R.L1Key("A"), addr("A"))
	if err != nil || n != 4 {
		t.Fatalf("A cancelled %d requests (%v), want the 4 up to its own", n, err)
	}
	want := map[string]*big.Int{
		"A": new(big.Int).Add(claimA.Amount, fee), // its exit, its full exit's fee
		"B": plus(77),                             // its deposit and fee
		"C": new(big.Int).Set(fee),                // its full exit's fee (the exit itself exited nothing)
		"D": plus(5),                              // the deposit made for it
		"E": new(big.Int),
	}
	for name, w := range want {
		if got := r15Pending(t, g, addr(name)); got.Cmp(w) != 0 {
			t.Fatalf("%s's pending balance after A's cancellation is %s, want %s", name, got, w)
		}
	}
	waiting, err := x.Waiting(ctx)
	if err != nil || len(waiting) != 1 || waiting[0].Owner != addr("D") || waiting[0].Amount.Int64() != 9 {
		t.Fatalf("still waiting: %+v, %v; want D's deposit of 9", waiting, err)
	}

	bBefore := g.C.Balance(t, addr("B"))
	paid, err := x.PayOut(ctx, g.R.L1Key("E"), addr("B"))
	if err != nil || len(paid) != 1 || paid[0].Amount.Cmp(want["B"]) != 0 {
		t.Fatalf("E pays B out: %+v, %v", paid, err)
	}
	if got := new(big.Int).Sub(g.C.Balance(t, addr("B")), bBefore); got.Cmp(want["B"]) != 0 {
		t.Fatalf("B received %s, want %s", got, want["B"])
	}
	if paid, err := x.PayOut(ctx, g.R.L1Key("E"), addr("B")); err != nil || len(paid) != 0 {
		t.Fatalf("a second payout: %+v, %v", paid, err)
	}

	// everyone leaves; what each is paid adds up to what the contract held
	out := new(big.Int).Set(want["B"])
	for _, name := range []string{"A", "B", "C", "D", "op"} {
		rep, err := r15Open(t, g, path, t.TempDir()).Run(ctx, g.R.L1Key(name), nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range rep.Paid {
			out.Add(out, p.Amount)
		}
	}
	if left := g.C.Balance(t, g.Addr); left.Sign() != 0 || out.Cmp(contractBefore) != 0 {
		t.Fatalf("the contract held %s, paid %s, holds %s", contractBefore, out, left)
	}
}

// TestReview15AStaleRestoreDirectoryGetsNothingPaid: a restore directory
// made for an earlier deployment at the same address on the same chain (a
// restarted devnet) is taken for this deployment's (see the review's
// report: restore.Run accepts it), so the claims and the proof come from
// the wrong state. The contract's check of the stored block stops the
// exit before anything is sent: no ETH moves.
func TestReview15AStaleRestoreDirectoryGetsNothingPaid(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	g1, path1 := deployment(t, "A")
	g1.Deposit("A", 1_000)
	g1.Commit(g1.Block("changepubkey A"))
	g1.Execute()
	x1 := r15Open(t, g1, path1, dir)
	if _, err := x1.Restore(ctx, nil); err != nil {
		t.Fatal(err)
	}
	x1.Close()

	g2, path2 := deployment(t, "A")
	if g2.Addr != g1.Addr || !reflect.DeepEqual(g2.P, g1.P) {
		t.Skip("the two deployments differ in address or parameters: the directory is refused anyway")
	}
	g2.Deposit("A", 2_000)
	g2.Commit(g2.Block("changepubkey A"))
	g2.Execute()
	g2.RequestFullExit("A") // never processed
	x2 := r15Open(t, g2, path2, dir)
	r15Activate(t, g2, x2, "A")
	ethBefore := g2.C.Balance(t, g2.R.Address("A"))
	contractBefore := g2.C.Balance(t, g2.Addr)
	// the restore refuses the stale directory (its block 1 is not the one
	// L1 stores); were it not to, the contract would refuse the stored
	// block before any transaction is sent
	if _, err := x2.Run(ctx, g2.R.L1Key("A"), nil); !errors.Is(err, restore.ErrOtherDeployment) && (err == nil || !strings.Contains(err.Error(), "WrongStoredBlock")) {
		t.Fatalf("exodus from another deployment's state: %v, want restore.ErrOtherDeployment (or the contract's WrongStoredBlock)", err)
	}
	if got := r15Pending(t, g2, g2.R.Address("A")); got.Sign() != 0 {
		t.Fatalf("A is credited %s from another deployment's state", got)
	}
	if got := g2.C.Balance(t, g2.R.Address("A")); got.Cmp(ethBefore) != 0 {
		t.Fatalf("A's ETH went from %s to %s: a transaction was sent", ethBefore, got)
	}
	if got := g2.C.Balance(t, g2.Addr); got.Cmp(contractBefore) != 0 {
		t.Fatalf("the contract's ETH went from %s to %s", contractBefore, got)
	}
	// the deployment's own restore exits the right amount
	rep, err := r15Open(t, g2, path2, t.TempDir()).Run(ctx, g2.R.L1Key("A"), nil)
	if err != nil || len(rep.Exited) != 1 || rep.Exited[0].Amount.Int64() != 2_000 {
		t.Fatalf("exodus from a fresh directory: %+v, %v", rep, err)
	}
}
