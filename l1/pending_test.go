package l1_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
)

// outstanding is the contract's outstanding amount of a token.
func (e *env) outstanding(token uint16) *big.Int {
	e.t.Helper()
	v, err := abiR.UnpackOutstanding(e.view(abiR.PackOutstanding(token)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// checkOutstanding: with tokens that deliver what they are sent and no ETH
// forced in, the contract holds exactly what is outstanding of ETH and DAI.
func (e *env) checkOutstanding() {
	e.t.Helper()
	for id, tok := range []common.Address{{}, e.dai} {
		if held, out := e.l1Balance(e.addr, tok), e.outstanding(uint16(id)); held.Cmp(out) != 0 {
			e.t.Errorf("token %d: the contract holds %s, outstanding %s", id, held, out)
		}
	}
}

// withdrawTo applies on L2 a withdrawal by a user to another L1 address
// (the scenario notation withdraws to the user's own).
func (e *env) withdrawTo(name string, to common.Address, amount, token string) {
	e.t.Helper()
	tx, err := e.l2.Build(fmt.Sprintf("withdraw %s %s %s", name, amount, token))
	if err != nil {
		e.t.Fatal(err)
	}
	w := tx.(*rollup.Withdraw)
	w.To = to
	if err := rollup.SignWithdraw(e.l2.Key(name), params.ChainID, w); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.l2.Apply(w); err != nil {
		e.t.Fatal(err)
	}
}

// revertsAt checks that a transaction to any contract is refused with the
// named error of the rollup contract (passed on by a wallet contract).
func (e *env) revertsAt(key *ecdsa.PrivateKey, to common.Address, data []byte, want string) *l1.RevertError {
	e.t.Helper()
	_, err := e.c.Send(key, &to, nil, data)
	if err == nil {
		e.t.Fatalf("call succeeded, want revert %s", want)
	}
	re := l1.DecodeRevert(err)
	if re == nil || re.Name != want {
		e.t.Fatalf("want revert %s, got %v", want, err)
	}
	return re
}

// noReceiveWallet deploys, from owner's key, a contract that cannot receive
// ETH but calls out for its owner (contracts/src/test/NoReceiveWallet.sol).
func noReceiveWallet(t *testing.T, c *evmtest.Chain, owner *ecdsa.PrivateKey) (common.Address, func(target common.Address, data []byte) []byte) {
	t.Helper()
	a, code := evmtest.Compile(t, filepath.Join(evmtest.ModuleRoot(t), "contracts", "src", "test", "NoReceiveWallet.sol"), "NoReceiveWallet")
	addr, _ := c.Deploy(t, owner, code, nil)
	return addr, func(target common.Address, data []byte) []byte { return mustPack(t, a, "exec", target, data) }
}

func mustPack(t *testing.T, a abi.ABI, method string, args ...any) []byte {
	t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// withdrawalEvent is the one Withdrawal event of a receipt.
func withdrawalEvent(t *testing.T, r *types.Receipt) (owner, to common.Address, token uint16, amount *big.Int) {
	t.Helper()
	for _, lg := range r.Logs {
		if ev, err := abiR.UnpackWithdrawalEvent(lg); err == nil {
			return ev.Owner, ev.To, ev.Token, ev.Amount
		}
	}
	t.Fatal("no Withdrawal event")
	return
}

// TestWithdrawPendingBalanceToAnotherRecipient (issue 14, item 8): a
// contract without a receive function gets a withdrawal credited;
// withdrawPendingBalance cannot pay it, so before the fix the ETH stayed in
// the rollup forever. The contract itself moves its pending balance to
// another address, which gets it to the wei, in ETH and in a token; nobody
// else can move it, and it is paid once.
func TestWithdrawPendingBalanceToAnotherRecipient(t *testing.T) {
	e := newEnv(t)
	eth := common.Address{}
	owner := e.user("A")
	wallet, exec := noReceiveWallet(t, e.c, owner)
	D := e.l2.Address("D")

	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("A", e.dai, wei("100000000000000000000"))
	e.block("changepubkey A")
	e.withdrawTo("A", wallet, "300000000000000000", "ETH")
	e.withdrawTo("A", wallet, "50000000000000000000", "DAI")
	e.block("")
	e.commit(2)
	e.proveBlocks(2)
	e.execute(2)
	ethDue, daiDue := wei("300000000000000000"), wei("50000000000000000000")
	if got := e.pending(wallet, 0); got.Cmp(ethDue) != 0 {
		t.Fatalf("the wallet contract has %s pending, want %s", got, ethDue)
	}

	// The old way cannot pay it: the wallet refuses ETH.
	e.reverts(e.keeper, abiR.PackWithdrawPendingBalance(wallet, eth, ethDue), "EthTransferFailed")
	// Only the owner of a pending balance moves it: the keeper and the
	// wallet's own owner (an EOA with nothing pending) cannot.
	e.reverts(e.keeper, abiR.PackWithdrawPendingBalanceTo(evmtest.Addr(e.keeper), eth, ethDue), "InsufficientPendingBalance")
	e.reverts(owner, abiR.PackWithdrawPendingBalanceTo(D, eth, ethDue), "InsufficientPendingBalance")
	// Recipients that would burn it are refused.
	e.revertsAt(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(common.Address{}, eth, ethDue)), "BadRecipient")
	e.revertsAt(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(e.addr, e.dai, daiDue)), "BadRecipient")
	e.revertsAt(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(D, eth, new(big.Int).Add(ethDue, big.NewInt(1)))), "InsufficientPendingBalance")

	// The wallet sends its own pending balance to D: D (who pays no gas
	// here) gets exactly the amount.
	before := e.c.Balance(t, D)
	r := e.sendTo(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(D, eth, ethDue)))
	if got := new(big.Int).Sub(e.c.Balance(t, D), before); got.Cmp(ethDue) != 0 {
		t.Fatalf("D received %s wei, want %s", got, ethDue)
	}
	if o, to, tok, amt := withdrawalEvent(t, r); o != wallet || to != D || tok != 0 || amt.Cmp(ethDue) != 0 {
		t.Errorf("Withdrawal event: owner %s to %s token %d amount %s", o, to, tok, amt)
	}
	if p := e.pending(wallet, 0); p.Sign() != 0 {
		t.Fatalf("%s still pending after paying all", p)
	}
	e.revertsAt(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(D, eth, big.NewInt(1))), "InsufficientPendingBalance")

	// A token, in two parts.
	beforeDai := e.tokenBalance(e.dai, D)
	part := wei("20000000000000000000")
	e.sendTo(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(D, e.dai, part)))
	e.sendTo(owner, wallet, exec(e.addr, abiR.PackWithdrawPendingBalanceTo(D, e.dai, new(big.Int).Sub(daiDue, part))))
	if got := new(big.Int).Sub(e.tokenBalance(e.dai, D), beforeDai); got.Cmp(daiDue) != 0 {
		t.Fatalf("D received %s DAI units, want %s", got, daiDue)
	}
	if p := e.pending(wallet, 1); p.Sign() != 0 {
		t.Fatalf("%s DAI still pending", p)
	}
	e.checkOutstanding()
}

// TestWithdrawPendingBalanceToInExodus: an exodus credit (here a cancelled
// deposit) to a contract that cannot receive ETH is moved the same way, in
// exodus mode; the cancelled deposit leaves nothing outstanding.
func TestWithdrawPendingBalanceToInExodus(t *testing.T) {
	gov := evmtest.NewKey(t)
	user := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(gov), evmtest.Addr(user))
	cfg := lightConfig(evmtest.Addr(gov), 4)
	cfg.PriorityExpiryBlocks = 10
	addr := deployLight(t, c, gov, cfg)
	wallet, exec := noReceiveWallet(t, c, user)
	amount := wei("700000000000000000")
	r := c.MustSend(t, user, &addr, amount, abiR.PackDepositETH(wallet, amount))
	var deposit []byte
	for _, lg := range r.Logs {
		if ev, err := abiR.UnpackPriorityRequestEvent(lg); err == nil {
			deposit = ev.Pubdata
		}
	}
	c.Mine(10)
	c.MustSend(t, gov, &addr, nil, abiR.PackActivateExodusMode())
	c.MustSend(t, gov, &addr, nil, abiR.PackCancelOutstandingDepositsForExodusMode(1, [][]byte{deposit}))

	if _, err := c.Send(gov, &addr, nil, abiR.PackWithdrawPendingBalance(wallet, common.Address{}, amount)); err == nil {
		t.Fatal("ETH paid to a contract without a receive function")
	}
	to := evmtest.Addr(evmtest.NewKey(t))
	c.MustSend(t, user, &wallet, nil, exec(addr, abiR.PackWithdrawPendingBalanceTo(to, common.Address{}, amount)))
	if got := c.Balance(t, to); got.Cmp(amount) != 0 {
		t.Fatalf("the recipient got %s, want %s", got, amount)
	}
	out, err := c.Call(to, addr, abiR.PackOutstanding(0))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := abiR.UnpackOutstanding(out); v.Sign() != 0 || c.Balance(t, addr).Sign() != 0 {
		t.Fatalf("after the refund: outstanding %s, the contract holds %s", v, c.Balance(t, addr))
	}
}

// TestDepositCapCountsWhatIsOutstanding (issue 14, item 9): the deposit cap
// counts what is in the rollup, not what ever arrived. 2^128 - 1 DAI go in;
// not one unit more fits while it is on L2 or pending on L1; once it is
// paid out the whole cap is free again, and the L2 takes the second
// 2^128 - 1 (the balance is at its maximum again, without overflow).
func TestDepositCapCountsWhatIsOutstanding(t *testing.T) {
	e := newEnv(t)
	A := e.l2.Address("A")
	limit := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	one := func() {
		t.Helper()
		e.sendTo(e.gov, e.dai, abiT.PackMint(A, big.NewInt(1)))
		e.sendTo(e.user("A"), e.dai, abiT.PackApprove(e.addr, big.NewInt(1)))
		e.revertsWith(e.user("A"), e.fee, abiR.PackDepositERC20(e.dai, big.NewInt(1), A), "DepositCapExceeded")
	}
	e.depositToken("A", e.dai, limit)
	one()
	e.block("changepubkey A\nwithdraw A " + limit.String() + " DAI")
	one() // on its way out: committed on L2, not executed
	e.commit(1)
	e.proveBlocks(1)
	e.execute(1)
	one() // pending on L1
	e.withdraw(A, e.dai, 1)

	// Everything was paid out: the whole cap is free (before the fix this
	// deposit was refused with DepositCapExceeded, forever).
	e.sendTo(e.gov, e.dai, abiT.PackMint(A, limit))
	e.sendTo(e.user("A"), e.dai, abiT.PackApprove(e.addr, limit))
	if _, err := e.c.Send(e.user("A"), &e.addr, e.fee, abiR.PackDepositERC20(e.dai, limit, A)); err != nil {
		t.Fatalf("a deposit of 2^128 - 1 after everything was paid out: %v", l1.DecodeRevert(err))
	}
	if o := e.outstanding(1); o.Cmp(limit) != 0 {
		t.Fatalf("outstanding %s, want %s", o, limit)
	}
	one()
	e.block("")
	e.commit(1)
	e.proveBlocks(1)
	e.execute(1)
	if got := e.l2Balance("A", 1); got.Cmp(limit) != 0 {
		t.Fatalf("A holds %s DAI on L2, want %s", got, limit)
	}
	e.checkOutstanding()
}
