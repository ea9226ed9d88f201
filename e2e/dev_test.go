package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/devnet"
	"github.com/zkrollup/zkrollup/wallet"
)

// TestDevNetworkThroughTheWallet runs `zkrollup dev` (test profile) in
// process and drives it through the wallet as a user would: an L1
// deposit arrives on L2, the user registers, transfers and withdraws,
// blocks are proven and executed on L1, and the claim raises the L1
// balance by exactly the withdrawn amount; a full exit requested on L1
// pays out another account's whole balance and its priority fee back; the
// operator earns the priority fee of every deposit.
func TestDevNetworkThroughTheWallet(t *testing.T) {
	if testing.Short() {
		t.Skip("proves blocks with Groth16")
	}
	priorityFee := ether("0.0002")
	dev := startDev(t, func(c *devnet.Config) { c.PriorityFee = priorityFee })
	ctx, l1, l2 := dev.ctx, dev.l1, dev.l2
	open := dev.wallet
	user, other := open(1), open(0)

	// The start-up deposits, then one more.
	eventually(t, time.Minute, "the dev deposit on L2", func() (bool, error) {
		return l2Balance(t, user, "pending").Cmp(ether("100")) == 0, nil
	})
	if got, err := user.PriorityFee(ctx); err != nil || got.Cmp(priorityFee) != 0 {
		t.Fatalf("the wallet reads a priority fee of %s (%v), want %s", got, err, priorityFee)
	}
	l1Before, err := user.L1Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := user.Deposit(ctx, ethToken, ether("5"))
	if err != nil {
		t.Fatal(err)
	}
	l1After, err := user.L1Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	spent := new(big.Int).Sub(l1Before, l1After)
	if want := new(big.Int).Add(new(big.Int).Add(ether("5"), priorityFee), gasCost(r)); spent.Cmp(want) != 0 {
		t.Fatalf("a 5 ETH deposit cost %s wei on L1, want 5 ETH + the priority fee + gas = %s", spent, want)
	}
	eventually(t, time.Minute, "the second deposit on L2", func() (bool, error) {
		return l2Balance(t, user, "pending").Cmp(ether("105")) == 0, nil
	})

	// The dev accounts registered their keys at start; transfer, withdraw.
	for _, w := range []*wallet.Wallet{user, other} {
		if ok, err := w.Registered(ctx); err != nil || !ok {
			t.Fatalf("dev account %s not registered at start: %v", w.Address(), err)
		}
	}
	fee := ether("0.001")
	if _, err := user.Transfer(ctx, other.Address(), ethToken, ether("1.5"), fee); err != nil {
		t.Fatal(err)
	}
	wd, err := user.Withdraw(ctx, user.Address(), ethToken, ether("2"), fee)
	if err != nil {
		t.Fatal(err)
	}
	submitted := time.Now()
	st := waitExecuted(t, user, wd, 3*time.Minute)
	t.Logf("withdrawal submitted → its block %d executed on L1 in %s", st.Block, time.Since(submitted).Round(time.Millisecond))
	// `zkrollup dev` runs in blob mode
	requireBlobCommit(t, l1, user.Contract, st.Block)
	want := ether("101.498") // 105 - 1.5 - 2 - 2 fees of 0.001
	eventually(t, 30*time.Second, "the verified view reaching the withdrawal's block", func() (bool, error) {
		return l2Balance(t, user, "verified").Cmp(want) == 0, nil
	})
	if got := l2Balance(t, user, "committed"); got.Cmp(want) != 0 {
		t.Fatalf("committed balance %s, want %s", got, want)
	}
	claim(t, user, ether("2"))

	// An ERC-20: the dev network's DUSD, deposited (approve + deposit) and
	// transferred on L2.
	dusd, err := user.Token(ctx, "DUSD")
	if err != nil || dusd.ID == 0 {
		t.Fatalf("DUSD: %+v %v", dusd, err)
	}
	if _, err := user.Deposit(ctx, dusd, ether("250")); err != nil {
		t.Fatal(err)
	}
	tokenBalance := func(w *wallet.Wallet) string {
		a, err := w.Account(ctx, "pending")
		if err != nil || a == nil {
			t.Fatalf("account: %v", err)
		}
		return a.Balances[fmt.Sprint(dusd.ID)]
	}
	eventually(t, time.Minute, "the DUSD deposit on L2", func() (bool, error) {
		return tokenBalance(user) == ether("250").String(), nil
	})
	tr, err := user.Transfer(ctx, other.Address(), dusd, ether("10"), ether("0"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.Wait(ctx, tr, "pending", nil); err != nil {
		t.Fatal(err)
	}
	if got := tokenBalance(other); got != ether("10").String() {
		t.Fatalf("the receiver holds %s DUSD wei, want 10 DUSD", got)
	}

	// Orders (issues 17, 18): the wallet places a buy order on the dev
	// network's ETH/DUSD market in a free order slot; the node accepts it
	// net of open orders and it rests in the book; a second order for more
	// than is left is refused; a cancel (an L2 transaction) takes it out of
	// the book, goes through a proven block and the order shows cancelled.
	h, o, err := user.PlaceOrder(ctx, wallet.OrderSpec{Sell: dusd, SellAmount: ether("200"), Buy: ethToken, BuyAmount: ether("0.1"), BuyOrder: true, MaxFeeBips: 30})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := user.PlaceOrder(ctx, wallet.OrderSpec{Sell: dusd, SellAmount: ether("100"), Buy: ethToken, BuyAmount: ether("0.1"), BuyOrder: true, MaxFeeBips: 30}); err == nil ||
		!strings.Contains(err.Error(), "open orders") {
		t.Fatalf("an order for more than is left net of open orders: %v", err)
	}
	if open, err := user.OpenOrders(ctx); err != nil || len(open) != 1 || open[0].Hash != h {
		t.Fatalf("open orders %+v, %v", open, err)
	}
	eventually(t, time.Minute, "the order in the book", func() (bool, error) {
		b, err := l2.Book(ctx, devnet.DevMarket.ID, 5)
		return err == nil && len(b.Bids) == 1 && b.Bids[0] == [2]uint64{200_000, 100}, err // 2,000 DUSD an ETH, 0.1 ETH
	})
	cx, err := user.CancelOrder(ctx, o.Slot, o.Generation, ether("0"))
	if err != nil {
		t.Fatal(err)
	}
	if st := waitExecuted(t, user, cx, 3*time.Minute); st.Block == 0 {
		t.Fatal("the cancel has no block")
	}
	if got, err := user.L2.Order(ctx, h); err != nil || got.State != "cancelled" {
		t.Fatalf("the order after its cancel: %+v, %v", got, err)
	}
	if b, err := l2.Book(ctx, devnet.DevMarket.ID, 5); err != nil || len(b.Bids)+len(b.Asks) != 0 {
		t.Fatalf("the book after the cancel: %+v, %v", b, err)
	}

	// A full exit requested on L1 by the other account: its whole balance,
	// and the priority fee back with it. A full exit of a token it does
	// not hold is refused by the wallet (it would forfeit the fee).
	if _, err := other.FullExit(ctx, api.Token{ID: 3, Symbol: "T3"}); !errors.Is(err, wallet.ErrNothingToExit) {
		t.Fatalf("a full exit of an empty balance: %v, want ErrNothingToExit", err)
	}
	if _, err := other.FullExit(ctx, ethToken); err != nil {
		t.Fatal(err)
	}
	eventually(t, 3*time.Minute, "the full exit executed on L1", func() (bool, error) {
		c, err := other.Claimable(ctx, ethToken)
		return c.Sign() > 0, err
	})
	claim(t, other, new(big.Int).Add(ether("101.5"), priorityFee))
	if got := l2Balance(t, other, "pending"); got.Sign() != 0 {
		t.Fatalf("after the full exit the account still holds %s", got)
	}
	// The operator earned the fees of the four deposits (two at start-up,
	// 5 ETH and 250 DUSD), all executed before the full exit.
	opKeys, err := wallet.KeysFromL1(devnet.OperatorKey())
	if err != nil {
		t.Fatal(err)
	}
	op, err := wallet.New(ctx, opKeys, l1, l2)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := op.Claimable(ctx, ethToken); err != nil || got.Cmp(new(big.Int).Mul(priorityFee, big.NewInt(4))) != 0 {
		t.Fatalf("the operator can claim %s (%v), want 4 priority fees of %s", got, err, priorityFee)
	}
	s, err := l2.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("L2 blocks %d; on L1 committed %d, proven %d, executed %d; verified view at %d",
		s.LatestBlock, s.L1Committed, s.L1Proven, s.L1Executed, s.VerifiedBlock)
}

// claim pays out a wallet's claimable ETH and checks the L1 balance rose
// by exactly want, the claim's gas aside.
func claim(t *testing.T, w *wallet.Wallet, want *big.Int) {
	t.Helper()
	ctx := context.Background()
	if c, err := w.Claimable(ctx, ethToken); err != nil || c.Cmp(want) != 0 {
		t.Fatalf("claimable %s (%v), want %s", c, err, want)
	}
	before, err := w.L1Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paid, r, err := w.Claim(ctx, ethToken)
	if err != nil {
		t.Fatal(err)
	}
	after, err := w.L1Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rise := new(big.Int).Sub(after, before)
	rise.Add(rise, gasCost(r))
	if paid.Cmp(want) != 0 || rise.Cmp(want) != 0 {
		t.Fatalf("claimed %s, L1 balance rose by %s (gas aside), want %s", paid, rise, want)
	}
	if c, _ := w.Claimable(ctx, ethToken); c.Sign() != 0 {
		t.Fatalf("still claimable after the claim: %s", c)
	}
}
