package l1_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/contracts/gen/testtoken"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
)

// Issue 14, item 2: priority requests pay a fee. These tests fail against
// the contract before it (no fee, no refund, no fee recipient).

// checkExits fails unless block b holds exactly these full-exit amounts
// (wei or token units), in order.
func checkExits(t *testing.T, b *rollup.Block, want ...*big.Int) {
	t.Helper()
	var got []*big.Int
	for _, op := range b.Ops {
		if op.Type == rollup.OpFullExit {
			got = append(got, op.Amount.Big())
		}
	}
	if len(got) != len(want) {
		t.Fatalf("block %d: %d full exits, want %d", b.Header.Number, len(got), len(want))
	}
	for i := range want {
		if got[i].Cmp(want[i]) != 0 {
			t.Fatalf("block %d: full exit %d exits %s, want %s", b.Header.Number, i, got[i], want[i])
		}
	}
}

func times(v *big.Int, n int64) *big.Int { return new(big.Int).Mul(v, big.NewInt(n)) }

// TestStrangersFullExitsPayTheFeeToTheFeeRecipient: the attack of the
// issue (a stranger's full-exit requests each take a slot and exit
// nothing) now costs the stranger the fee per request, to the wei, and the
// fees go to the fee recipient: the operator by default, then whoever
// governance names. The settlement cannot be bent: a forged exit amount
// or a left-out exit is refused.
func TestStrangersFullExitsPayTheFeeToTheFeeRecipient(t *testing.T) {
	e := newEnv(t)
	eth := common.Address{}
	op, C, D := e.l2.Address("op"), e.l2.Address("C"), e.l2.Address("D")
	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("A", e.dai, wei("100000000000000000000"))
	e.block("changepubkey A")
	idA, _ := e.l2.AccountID("A")

	// The stranger C asks to exit A's ETH, A's DAI and an account nobody
	// has: each request costs C the fee on top of gas.
	before := e.c.Balance(t, C)
	spent := new(big.Int)
	for _, r := range []struct {
		id    uint32
		token common.Address
	}{{idA, eth}, {idA, e.dai}, {1<<params.AccountDepth - 1, eth}} {
		rc := e.requestFullExit("C", r.id, r.token)
		t.Logf("requestFullExit: %d gas", rc.GasUsed)
		spent.Add(spent, evmtest.Cost(rc))
	}
	if got, want := new(big.Int).Sub(before, e.c.Balance(t, C)), new(big.Int).Add(spent, times(e.fee, 3)); got.Cmp(want) != 0 {
		t.Fatalf("three requests cost the stranger %s wei, want 3 fees + gas = %s", got, want)
	}
	e.checkOutstanding() // the fees are counted while they wait
	b := e.block("")
	checkExits(t, b, new(big.Int), new(big.Int), new(big.Int))
	e.commit(2)
	e.proveBlocks(2)
	e.execute(1)
	// Block 1: the fees of A's two deposits went to the operator.
	if got := e.pending(op, 0); got.Cmp(times(e.fee, 2)) != 0 {
		t.Fatalf("the operator earned %s, want 2 deposit fees", got)
	}

	// Governance sends the fees of later blocks elsewhere.
	e.reverts(e.op, abiR.PackSetFeeRecipient(op), "NotGovernance")
	e.send(e.gov, abiR.PackSetFeeRecipient(D))

	// Block 2 cannot be executed as if the stranger's first exit had
	// exited 1 wei (its fee would be refunded), nor without it.
	bs, ops := e.executeArgs(1, 1)
	forged := bytes.Clone(ops[0][0])
	forged[len(forged)-1] = 1
	e.reverts(e.keeper, abiR.PackExecuteBlocks(bs, [][][]byte{{forged, ops[0][1], ops[0][2]}}), "PendingOpsMismatch")
	e.reverts(e.keeper, abiR.PackExecuteBlocks(bs, [][][]byte{ops[0][1:]}), "PendingOpsMismatch")
	r := e.execute(1)
	t.Logf("executeBlocks of 3 full exits that exit nothing: %d gas", r.GasUsed)

	for _, c := range []struct {
		who  common.Address
		want *big.Int
	}{{op, times(e.fee, 2)}, {D, times(e.fee, 3)}, {C, new(big.Int)}} {
		if got := e.pending(c.who, 0); got.Cmp(c.want) != 0 {
			t.Errorf("pending ETH of %s: %s, want %s", c.who, got, c.want)
		}
	}
	if got := e.l2Balance("A", 1); got.Cmp(wei("100000000000000000000")) != 0 {
		t.Errorf("A holds %s DAI after a stranger's exit request", got)
	}
	e.checkOutstanding()
	e.withdraw(op, eth, 0)
	e.withdraw(D, eth, 0)
	e.checkOutstanding()
}

// TestOwnersFullExitGetsTheFeeBack: an owner's full exit that exits her
// balance credits her fee back to her pending ETH with the exit, to the
// wei; governance raising the fee meanwhile does not change what a queued
// request paid or gets back; a stranger's request for the same balance
// ahead of hers exits nothing and takes nothing from her; her second
// request of the now empty balance exits nothing and pays its fee.
func TestOwnersFullExitGetsTheFeeBack(t *testing.T) {
	e := newEnv(t)
	eth := common.Address{}
	A, op := e.l2.Address("A"), e.l2.Address("op")
	dai := wei("100000000000000000000")
	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("A", e.dai, dai)
	e.block("changepubkey A")
	idA, _ := e.l2.AccountID("A")
	fee := e.fee

	e.requestFullExit("C", idA, e.dai) // a stranger, first
	start := e.c.Balance(t, A)
	r1 := e.requestFullExit("A", idA, e.dai) // pays fee
	e.send(e.gov, abiR.PackSetPriorityFee(3*fee.Uint64()))
	e.fee = times(fee, 3)
	e.revertsWith(e.user("A"), fee, abiR.PackRequestFullExit(idA, e.dai), "WrongPriorityFee")
	r2 := e.requestFullExit("A", idA, e.dai) // pays 3 fee; exits nothing
	b := e.block("")
	checkExits(t, b, new(big.Int), dai, new(big.Int))
	e.commit(2)
	e.proveBlocks(2)
	r := e.execute(2)
	t.Logf("executeBlocks of 2 blocks (2 deposits, 3 full exits, one refunded): %d gas", r.GasUsed)

	if got := e.pending(A, 0); got.Cmp(fee) != 0 {
		t.Fatalf("A's pending ETH after her exit: %s, want the fee she paid, %s", got, fee)
	}
	if got := e.pending(A, 1); got.Cmp(dai) != 0 {
		t.Fatalf("A's pending DAI: %s, want %s", got, dai)
	}
	// two deposits, the stranger's request and A's second, at 3 fee
	if got, want := e.pending(op, 0), times(fee, 6); got.Cmp(want) != 0 {
		t.Fatalf("the operator earned %s, want %s", got, want)
	}
	e.checkOutstanding()
	e.withdraw(A, eth, 0) // sent by the keeper: A pays no gas here
	gas := new(big.Int).Add(evmtest.Cost(r1), evmtest.Cost(r2))
	if got, want := new(big.Int).Sub(start, e.c.Balance(t, A)), new(big.Int).Add(gas, times(fee, 3)); got.Cmp(want) != 0 {
		t.Fatalf("A's two requests cost her %s wei net, want gas + the forfeited 3 x fee = %s", got, want)
	}
	e.withdraw(A, e.dai, 1)
	e.withdraw(op, eth, 0)
	e.checkOutstanding()
}

// feeChain is a light deployment (no verifiers) charging fee, with DAI
// listed as token 1 and users funded on L1.
type feeChain struct {
	t    *testing.T
	c    *evmtest.Chain
	gov  *ecdsa.PrivateKey
	addr common.Address
	dai  common.Address
}

func newFeeChain(t *testing.T, fee uint64, users ...*ecdsa.PrivateKey) *feeChain {
	t.Helper()
	f := &feeChain{t: t, gov: evmtest.NewKey(t)}
	funded := []common.Address{evmtest.Addr(f.gov)}
	for _, u := range users {
		funded = append(funded, evmtest.Addr(u))
	}
	f.c = evmtest.NewChain(t, funded...)
	cfg := lightConfig(evmtest.Addr(f.gov), 4)
	cfg.PriorityExpiryBlocks = 10
	cfg.PriorityFee = fee
	f.addr = deployLight(t, f.c, f.gov, cfg)
	f.dai, _ = f.c.Deploy(t, f.gov, common.FromHex(testtoken.TestTokenMetaData.Bin), abiT.PackConstructor("Dai", "DAI"))
	f.send(f.gov, nil, abiR.PackAddToken(f.dai))
	return f
}

func (f *feeChain) send(key *ecdsa.PrivateKey, value *big.Int, data []byte) *types.Receipt {
	f.t.Helper()
	return f.c.MustSend(f.t, key, &f.addr, value, data)
}

// refused checks that a call is refused with the named error and returns it.
func (f *feeChain) refused(key *ecdsa.PrivateKey, value *big.Int, data []byte, want string) *l1.RevertError {
	f.t.Helper()
	_, err := f.c.Send(key, &f.addr, value, data)
	re := l1.DecodeRevert(err)
	if err == nil || re == nil || re.Name != want {
		f.t.Fatalf("want revert %s, got %v", want, err)
	}
	return re
}

func (f *feeChain) view(data []byte) []byte {
	f.t.Helper()
	out, err := f.c.Call(evmtest.Addr(f.gov), f.addr, data)
	if err != nil {
		f.t.Fatal(err)
	}
	return out
}

func (f *feeChain) fee() uint64 {
	f.t.Helper()
	v, err := abiR.UnpackPriorityFee(f.view(abiR.PackPriorityFee()))
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *feeChain) pending(owner common.Address, token uint16) *big.Int {
	f.t.Helper()
	v, err := abiR.UnpackPendingBalances(f.view(abiR.PackPendingBalances(owner, token)))
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *feeChain) outstanding(token uint16) *big.Int {
	f.t.Helper()
	v, err := abiR.UnpackOutstanding(f.view(abiR.PackOutstanding(token)))
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// approve mints amount DAI to a user and approves the rollup for it.
func (f *feeChain) approve(user *ecdsa.PrivateKey, amount *big.Int) {
	f.t.Helper()
	f.c.MustSend(f.t, f.gov, &f.dai, nil, abiT.PackMint(evmtest.Addr(user), amount))
	f.c.MustSend(f.t, user, &f.dai, nil, abiT.PackApprove(f.addr, amount))
}

// requestOf is the pubdata of the one PriorityRequest event of a receipt.
func requestOf(t *testing.T, r *types.Receipt) []byte {
	t.Helper()
	for _, lg := range r.Logs {
		if ev, err := abiR.UnpackPriorityRequestEvent(lg); err == nil {
			return ev.Pubdata
		}
	}
	t.Fatal("no PriorityRequest event")
	return nil
}

func wantArgs(t *testing.T, re *l1.RevertError, want ...any) {
	t.Helper()
	if len(re.Args) != len(want) {
		t.Fatalf("%v: want args %v", re, want)
	}
	for i, w := range want {
		switch w := w.(type) {
		case *big.Int:
			if g, ok := re.Args[i].(*big.Int); !ok || g.Cmp(w) != 0 {
				t.Fatalf("%v: arg %d is %v, want %s", re, i, re.Args[i], w)
			}
		default:
			if re.Args[i] != w {
				t.Fatalf("%v: arg %d is %v, want %v", re, i, re.Args[i], w)
			}
		}
	}
}

// TestRequestWithoutTheFeeIsRefused: a deposit or full-exit request whose
// msg.value is not exactly the fee (plus the amount for an ETH deposit) is
// refused with WrongPriorityFee(value, want), neither less nor more; with
// the fee it goes through, and the contract counts every wei it holds as
// outstanding.
func TestRequestWithoutTheFeeIsRefused(t *testing.T) {
	u := evmtest.NewKey(t)
	const fee = 2_000_000_000_000_000 // 0.002 ETH
	f := newFeeChain(t, fee, u)
	U := evmtest.Addr(u)
	F := big.NewInt(fee)
	amount := wei("1000000000000000000")
	plus := func(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }
	one := big.NewInt(1)
	for _, c := range []struct {
		value *big.Int
		data  []byte
		want  *big.Int
	}{
		{nil, abiR.PackRequestFullExit(7, common.Address{}), F},
		{new(big.Int).Sub(F, one), abiR.PackRequestFullExit(7, common.Address{}), F},
		{plus(F, one), abiR.PackRequestFullExit(7, common.Address{}), F},
		{amount, abiR.PackDepositETH(U, amount), plus(amount, F)}, // the amount without the fee
		{plus(plus(amount, F), one), abiR.PackDepositETH(U, amount), plus(amount, F)},
		{F, abiR.PackDepositETH(U, amount), plus(amount, F)}, // the fee only
		{nil, abiR.PackDepositERC20(f.dai, amount, U), F},
	} {
		re := f.refused(u, c.value, c.data, "WrongPriorityFee")
		v := c.value
		if v == nil {
			v = new(big.Int)
		}
		wantArgs(t, re, v, c.want)
	}
	if got := f.fee(); got != fee {
		t.Fatalf("priorityFee() = %d, want %d", got, fee)
	}
	f.send(u, F, abiR.PackRequestFullExit(7, common.Address{}))
	f.send(u, plus(amount, F), abiR.PackDepositETH(U, amount))
	f.approve(u, amount)
	f.send(u, F, abiR.PackDepositERC20(f.dai, amount, U))
	want := plus(amount, times(F, 3))
	if got := f.outstanding(0); got.Cmp(want) != 0 {
		t.Fatalf("outstanding ETH %s, want the deposit and three fees, %s", got, want)
	}
	if got := f.c.Balance(t, f.addr); got.Cmp(want) != 0 {
		t.Fatalf("the contract holds %s wei, want %s", got, want)
	}
}

// TestGovernanceSetsThePriorityFeeWithinBounds: only governance sets the
// fee and the fee recipient; the fee is a whole number of gwei from 0 to
// MAX_PRIORITY_FEE (0.05 ETH), in the constructor as in setPriorityFee;
// each change is an event; the recipient is never 0 or the contract.
func TestGovernanceSetsThePriorityFeeWithinBounds(t *testing.T) {
	u := evmtest.NewKey(t)
	f := newFeeChain(t, 1e9, u)
	const maxFee, unit = uint64(5e16), uint64(1e9)
	if got, _ := abiR.UnpackMAXPRIORITYFEE(f.view(abiR.PackMAXPRIORITYFEE())); got != maxFee {
		t.Fatalf("MAX_PRIORITY_FEE = %d", got)
	}
	if got, _ := abiR.UnpackPRIORITYFEEUNIT(f.view(abiR.PackPRIORITYFEEUNIT())); got != unit {
		t.Fatalf("PRIORITY_FEE_UNIT = %d", got)
	}
	f.refused(u, nil, abiR.PackSetPriorityFee(0), "NotGovernance")
	for _, bad := range []uint64{maxFee + unit, 1, unit + 1, maxFee - 1, 1<<64 - 1} {
		wantArgs(t, f.refused(f.gov, nil, abiR.PackSetPriorityFee(bad), "PriorityFeeOutOfRange"), bad, maxFee, unit)
	}
	for _, ok := range []uint64{maxFee, 0, 7 * unit} {
		r := f.send(f.gov, nil, abiR.PackSetPriorityFee(ok))
		ev, err := abiR.UnpackPriorityFeeSetEvent(r.Logs[0])
		if err != nil || ev.Fee != ok {
			t.Fatalf("setPriorityFee(%d): event %+v, %v", ok, ev, err)
		}
		if got := f.fee(); got != ok {
			t.Fatalf("priorityFee() = %d after setting %d", got, ok)
		}
	}
	// The constructor checks the same bounds.
	for _, bad := range []uint64{maxFee + unit, 1} {
		cfg := lightConfig(evmtest.Addr(f.gov), 4)
		cfg.PriorityFee = bad
		_, err := f.c.Send(f.gov, nil, nil, append(common.FromHex(rollupcontract.RollupMetaData.Bin), abiR.PackConstructor(cfg)...))
		if re := l1.DecodeRevert(err); re == nil || re.Name != "PriorityFeeOutOfRange" {
			t.Fatalf("constructor with fee %d: %v", bad, err)
		}
	}
	// The fee recipient: the operator by default, then governance's choice.
	out, _ := abiR.UnpackFeeRecipient(f.view(abiR.PackFeeRecipient()))
	if out != evmtest.Addr(f.gov) { // lightConfig: gov is the operator
		t.Fatalf("fee recipient %s, want the operator", out)
	}
	U := evmtest.Addr(u)
	f.refused(u, nil, abiR.PackSetFeeRecipient(U), "NotGovernance")
	f.refused(f.gov, nil, abiR.PackSetFeeRecipient(common.Address{}), "BadRecipient")
	f.refused(f.gov, nil, abiR.PackSetFeeRecipient(f.addr), "BadRecipient")
	r := f.send(f.gov, nil, abiR.PackSetFeeRecipient(U))
	if ev, err := abiR.UnpackFeeRecipientSetEvent(r.Logs[0]); err != nil || ev.Recipient != U {
		t.Fatalf("setFeeRecipient: event %+v, %v", ev, err)
	}
	if out, _ := abiR.UnpackFeeRecipient(f.view(abiR.PackFeeRecipient())); out != U {
		t.Fatalf("fee recipient %s, want %s", out, U)
	}
}

// TestExodusRefundsTheFeesOfQueuedRequests: requests still queued when
// exodus starts were never executed, so the operator earns none of their
// fees: cancelling them credits each request's own fee (what it paid, not
// today's fee) to its payer's pending ETH, with a deposit's amount to its
// `to` address, and a full exit's to its requester. The cancellation
// needs every request's pubdata and refuses one whose address was
// changed. Afterwards the contract holds nothing and owes nothing.
func TestExodusRefundsTheFeesOfQueuedRequests(t *testing.T) {
	u, s, o := evmtest.NewKey(t), evmtest.NewKey(t), evmtest.NewKey(t)
	const fee = 1_000_000_000_000_000
	f := newFeeChain(t, fee, u, s, o)
	U, S, O := evmtest.Addr(u), evmtest.Addr(s), evmtest.Addr(o)
	X := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	F := big.NewInt(fee)
	amount := wei("700000000000000000")
	var reqs [][]byte
	reqs = append(reqs, requestOf(t, f.send(u, new(big.Int).Add(amount, F), abiR.PackDepositETH(X, amount))))
	reqs = append(reqs, requestOf(t, f.send(s, F, abiR.PackRequestFullExit(5, common.Address{}))))
	f.send(f.gov, nil, abiR.PackSetPriorityFee(2*fee))
	F2 := big.NewInt(2 * fee)
	reqs = append(reqs, requestOf(t, f.send(o, F2, abiR.PackRequestFullExit(9, f.dai))))
	f.approve(u, amount)
	reqs = append(reqs, requestOf(t, f.send(u, F2, abiR.PackDepositERC20(f.dai, amount, U))))

	f.c.Mine(10)
	f.send(f.gov, nil, abiR.PackActivateExodusMode())
	f.refused(o, F2, abiR.PackRequestFullExit(9, f.dai), "InExodusMode")
	f.refused(f.gov, nil, abiR.PackCancelOutstandingDepositsForExodusMode(4, reqs[:3]), "LengthMismatch")
	redirected := bytes.Clone(reqs[1])
	copy(redirected[5:25], U.Bytes()) // the full exit's requester
	f.refused(f.gov, nil, abiR.PackCancelOutstandingDepositsForExodusMode(4, [][]byte{reqs[0], redirected, reqs[2], reqs[3]}), "PriorityOpMismatch")
	f.refused(f.gov, nil, abiR.PackCancelOutstandingDepositsForExodusMode(4, [][]byte{reqs[1], reqs[0], reqs[2], reqs[3]}), "PriorityOpMismatch")
	// Two calls: the queue can be cancelled in parts.
	f.send(f.gov, nil, abiR.PackCancelOutstandingDepositsForExodusMode(1, reqs[:1]))
	f.send(f.gov, nil, abiR.PackCancelOutstandingDepositsForExodusMode(10, reqs[1:]))

	for _, c := range []struct {
		who   common.Address
		token uint16
		want  *big.Int
	}{
		{X, 0, new(big.Int).Add(amount, F)}, // the deposit and its fee, to its `to`
		{S, 0, F},                           // a stranger's exit request: its fee back
		{O, 0, F2},                          // paid at the raised fee
		{U, 0, F2},
		{U, 1, amount},
		{evmtest.Addr(f.gov), 0, new(big.Int)}, // the operator (and recipient) earns nothing
	} {
		if got := f.pending(c.who, c.token); got.Cmp(c.want) != 0 {
			t.Errorf("pending %d of %s: %s, want %s", c.token, c.who, got, c.want)
		}
	}
	for _, w := range []struct {
		who   common.Address
		token common.Address
		id    uint16
	}{{X, common.Address{}, 0}, {S, common.Address{}, 0}, {O, common.Address{}, 0}, {U, common.Address{}, 0}, {U, f.dai, 1}} {
		f.send(f.gov, nil, abiR.PackWithdrawPendingBalance(w.who, w.token, f.pending(w.who, w.id)))
	}
	if b, o := f.c.Balance(t, f.addr), f.outstanding(0); b.Sign() != 0 || o.Sign() != 0 {
		t.Fatalf("after every refund the contract holds %s wei and owes %s", b, o)
	}
	if o := f.outstanding(1); o.Sign() != 0 {
		t.Fatalf("DAI outstanding %s", o)
	}
}

// TestPriorityRequestGas measures what a deposit or full-exit request
// costs its sender in gas, steady state (the counters and the fee
// recipient's outstanding ETH already written), without and with a fee;
// `-v` prints it for docs/BENCHMARKS.md. What a request costs the sender
// bounds how many fit in an L1 block (docs/ARCHITECTURE.md).
func TestPriorityRequestGas(t *testing.T) {
	u := evmtest.NewKey(t)
	U := evmtest.Addr(u)
	for _, fee := range []uint64{0, 1e15} {
		f := newFeeChain(t, fee, u)
		F := new(big.Int).SetUint64(fee)
		amount := big.NewInt(1e15)
		f.approve(u, big.NewInt(1e18))
		var exit, dep, erc uint64
		for range 3 { // the last of three: steady state
			exit = f.send(u, F, abiR.PackRequestFullExit(7, common.Address{})).GasUsed
			dep = f.send(u, new(big.Int).Add(amount, F), abiR.PackDepositETH(U, amount)).GasUsed
			erc = f.send(u, F, abiR.PackDepositERC20(f.dai, amount, U)).GasUsed
		}
		t.Logf("fee %d wei: requestFullExit (ETH) %d gas, depositETH %d, depositERC20 %d", fee, exit, dep, erc)
		// docs/ARCHITECTURE.md bounds the requests an L1 block holds by
		// this cost: a much cheaper request means revisiting that bound.
		if fee > 0 && (exit < 55_000 || exit > 70_000) {
			t.Errorf("requestFullExit costs %d gas: update the attack-cost estimate in docs/ARCHITECTURE.md (61,557 measured)", exit)
		}
	}
}
