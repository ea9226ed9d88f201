package l1_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Adversarial review of the per-request priority fee (d33f4eb). The
// contract runs with verifiers that accept everything (as in
// review14_attack_test.go), so what is tested is the contract's own fee
// bookkeeping: which request's fee goes where at executeBlocks, in exodus,
// and that the contract's ETH always equals outstanding[0].

// newFeeMock is newMockRollup with a priority fee and a fee recipient.
func newFeeMock(t *testing.T, fee uint64, recipient common.Address, users ...string) *mockRollup {
	t.Helper()
	op := evmtest.NewKey(t)
	m := &mockRollup{t: t, op: op, slots: 6, expiry: 10, nextTS: 1000, users: map[string]*ecdsa.PrivateKey{}}
	funded := []common.Address{evmtest.Addr(op)}
	for _, u := range users {
		m.users[u] = evmtest.NewKey(t)
		funded = append(funded, evmtest.Addr(m.users[u]))
	}
	m.c = evmtest.NewChain(t, funded...)
	path := filepath.Join(t.TempDir(), "AcceptAll.sol")
	if err := os.WriteFile(path, []byte(acceptAllSource), 0o644); err != nil {
		t.Fatal(err)
	}
	_, code := evmtest.Compile(t, path, "AcceptAll")
	verifier, _ := m.c.Deploy(t, op, code, nil)
	cfg := lightConfig(evmtest.Addr(op), m.slots)
	cfg.BlockVerifiers[0], cfg.ExitVerifier = verifier, verifier
	cfg.PriorityExpiryBlocks = m.expiry
	cfg.PriorityFee = fee
	cfg.FeeRecipient = recipient
	m.addr = deployLight(t, m.c, op, cfg)
	m.stored = []l1.StoredBlock{lightGenesis()}
	var genesis fr.Element
	genesis.SetUint64(1)
	m.roots = []fr.Element{genesis}
	return m
}

func (m *mockRollup) fee() *big.Int {
	m.t.Helper()
	v, err := abiR.UnpackPriorityFee(m.view(abiR.PackPriorityFee()))
	if err != nil {
		m.t.Fatal(err)
	}
	return new(big.Int).SetUint64(v)
}

// paidDeposit deposits amount wei from user to `to`, paying today's fee.
func (m *mockRollup) paidDeposit(user string, to common.Address, amount uint64) []byte {
	m.t.Helper()
	a := new(big.Int).SetUint64(amount)
	m.c.MustSend(m.t, m.users[user], &m.addr, new(big.Int).Add(a, m.fee()), abiR.PackDepositETH(to, a))
	d := &rollup.Deposit{To: to, Token: 0, Amount: num.FromUint64(amount)}
	m.pending = append(m.pending, d.RequestPubdata())
	return d.RequestPubdata()
}

// paidExit requests a full exit of ETH of account id from user, paying today's fee.
func (m *mockRollup) paidExit(user string, id uint32) []byte {
	m.t.Helper()
	m.c.MustSend(m.t, m.users[user], &m.addr, m.fee(), abiR.PackRequestFullExit(id, common.Address{}))
	op := rollup.ExecutedOp{Type: rollup.OpFullExit, Account: id, Address: m.address(user)}
	m.pending = append(m.pending, op.EncodePubdata(nil))
	return op.EncodePubdata(nil)
}

func exitOf(id uint32, who common.Address, amount uint64) rollup.ExecutedOp {
	return rollup.ExecutedOp{Type: rollup.OpFullExit, Account: id, Address: who, Amount: num.FromUint64(amount)}
}

func depositOf(id uint32, to common.Address, amount uint64) rollup.ExecutedOp {
	return rollup.ExecutedOp{Type: rollup.OpDeposit, Account: id, Address: to, Amount: num.FromUint64(amount)}
}

// solvent fails unless the contract's ETH equals outstanding[0].
func (m *mockRollup) solvent(when string) {
	m.t.Helper()
	if b, o := m.c.Balance(m.t, m.addr), m.outstanding(); b.Cmp(o) != 0 {
		m.t.Fatalf("%s: the contract holds %s wei but counts %s outstanding", when, b, o)
	}
}

func (m *mockRollup) wantPending(who common.Address, want *big.Int, what string) {
	m.t.Helper()
	if got := m.pendingBalance(who); got.Cmp(want) != 0 {
		m.t.Fatalf("%s: pending ETH %s, want %s", what, got, want)
	}
}

// drain withdraws every listed address's pending ETH and checks the
// contract ends with nothing held and nothing owed.
func (m *mockRollup) drain(who ...common.Address) {
	m.t.Helper()
	for _, w := range who {
		if v := m.pendingBalance(w); v.Sign() > 0 {
			m.send(abiR.PackWithdrawPendingBalance(w, common.Address{}, v))
		}
	}
	if b, o := m.c.Balance(m.t, m.addr), m.outstanding(); b.Sign() != 0 || o.Sign() != 0 {
		m.t.Fatalf("after every payout the contract holds %s wei and owes %s", b, o)
	}
}

func sum(vs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range vs {
		s.Add(s, v)
	}
	return s
}

// TestFeeSettlementWalkPaysEachRequestOnce: two blocks executed in one
// call, requests interleaved (deposit, owner's exit, stranger's exit,
// deposit, owner's empty exit, refund), the fee raised to the maximum
// mid-queue. Each request's own fee is settled once: only the owner's
// non-zero exit gets its (old) fee back; everything else goes to the
// recipient in one credit. Forged pendingOps (a stranger's zero exit
// claimed non-zero or relabelled as the owner's, exits swapped across
// blocks, an exit dropped or duplicated) are refused; ETH == outstanding
// throughout and everything drains to zero.
func TestFeeSettlementWalkPaysEachRequestOnce(t *testing.T) {
	R := common.HexToAddress("0x00000000000000000000000000000000000000fe")
	const f1 = 1_000_000_000_000_000 // 0.001 ETH
	const fMax = 50_000_000_000_000_000
	m := newFeeMock(t, f1, R, "B", "S", "C")
	B, S, C := m.address("B"), m.address("S"), m.address("C")
	F1, FM := big.NewInt(f1), big.NewInt(fMax)

	m.paidDeposit("B", B, 5) // 0: fee f1 -> R
	m.paidExit("B", 1)       // 1: owner exits 5, fee f1 back to B
	m.send(abiR.PackSetPriorityFee(fMax))
	m.paidExit("S", 1)       // 2: stranger, zero: fee fMax -> R
	m.paidDeposit("C", C, 9) // 3: fee fMax -> R
	m.paidExit("B", 1)       // 4: owner, empty balance now: fee fMax -> R
	m.paidDeposit("C", C, 4) // 5: refunded deposit: 4 to C, fee fMax -> R
	m.solvent("after the requests")

	b1 := m.block(depositOf(1, B, 5), exitOf(1, B, 5), exitOf(1, S, 0))
	m.commit(b1)
	b2 := m.block(depositOf(2, C, 9), exitOf(1, B, 0), refundOf(C, 0, 4))
	m.commit(b2)
	m.prove(1)
	m.prove(2)
	p1, p2 := l1.PendingOps(b1), l1.PendingOps(b2)
	enc := func(o rollup.ExecutedOp) []byte { return o.EncodePubdata(nil) }
	blocks := []l1.StoredBlock{m.stored[1], m.stored[2]}
	for _, c := range []struct {
		name   string
		ops    [][][]byte
		reason string
	}{
		{"stranger's zero exit claimed non-zero", [][][]byte{{p1[0], enc(exitOf(1, S, 1))}, p2}, "PendingOpsMismatch"},
		{"stranger's exit relabelled as the owner's", [][][]byte{{p1[0], enc(exitOf(1, B, 0))}, p2}, "PendingOpsMismatch"},
		{"owner's empty exit moved into block 1", [][][]byte{{p1[0], p1[1], p2[0]}, {p2[1]}}, "PendingOpsMismatch"},
		{"an exit dropped", [][][]byte{{p1[0]}, p2}, "PendingOpsMismatch"},
		{"the owner's exit twice", [][][]byte{{p1[0], p1[0], p1[1]}, p2}, "PendingOpsMismatch"},
		{"a third exit walks past the block's requests", [][][]byte{{p1[0], p1[1], p1[1]}, p2}, "PendingOpsMismatch"},
	} {
		wantRevert(t, c.name, m.tryCall(abiR.PackExecuteBlocks(blocks, c.ops)), c.reason)
	}
	m.send(abiR.PackExecuteBlocks(blocks, [][][]byte{p1, p2}))

	m.wantPending(B, sum(big.NewInt(5), F1), "B: its exit and the fee it paid")
	m.wantPending(S, new(big.Int), "S: the stranger gets nothing")
	m.wantPending(C, big.NewInt(4), "C: its refunded deposit, not the fee")
	m.wantPending(R, sum(F1, FM, FM, FM, FM), "the recipient: every other fee")
	m.wantPending(evmtest.Addr(m.op), new(big.Int), "the operator (not the recipient)")
	m.solvent("after execution")
	// 9 wei of C's deposit stays on L2 (and 0 of B's): outstanding keeps it
	if got, want := m.outstanding(), sum(big.NewInt(5+4+9), F1, F1, FM, FM, FM, FM); got.Cmp(want) != 0 {
		t.Fatalf("outstanding %s, want %s", got, want)
	}
	// nothing queued is left to cancel or to re-settle
	m.c.Mine(int(m.expiry) + 1)
	wantRevert(t, "exodus with nothing queued", m.tryCall(abiR.PackActivateExodusMode()), "PriorityOpNotExpired")
	for _, w := range []common.Address{B, C, R} {
		v := m.pendingBalance(w)
		m.send(abiR.PackWithdrawPendingBalance(w, common.Address{}, v))
	}
	if got := m.outstanding(); got.Cmp(big.NewInt(9)) != 0 {
		t.Fatalf("after the payouts outstanding %s, want the 9 wei still on L2", got)
	}
	m.solvent("after the payouts")
}

// TestExodusRefundsOnlyUnexecutedFeesOnce: a block executed, one committed
// and proven but not executed, requests queued behind it. Exodus refunds
// each unexecuted request's own fee once (the committed block's too: the
// operator never executed it), never an executed one, to the request's
// `to`/requester and never the attacker who calls the cancellation;
// executing the proven block is refused; ETH == outstanding to the end.
func TestExodusRefundsOnlyUnexecutedFeesOnce(t *testing.T) {
	R := common.HexToAddress("0x00000000000000000000000000000000000000fe")
	const f1, f2 = 3_000_000_000, 7_000_000_000 // 3 and 7 gwei
	m := newFeeMock(t, f1, R, "B", "S", "X")
	B, S, X := m.address("B"), m.address("S"), m.address("X")
	F1, F2 := big.NewInt(f1), big.NewInt(f2)

	r0 := m.paidDeposit("B", B, 5) // executed in block 1
	r1 := m.paidExit("B", 1)       // executed in block 1, owner: fee back
	r2 := m.paidExit("S", 1)       // in block 2 (proven, not executed)
	m.send(abiR.PackSetPriorityFee(f2))
	r3 := m.paidDeposit("X", B, 6) // queued: the deposit to B, fee back to B
	r4 := m.paidExit("S", 1)       // queued

	b1 := m.block(depositOf(1, B, 5), exitOf(1, B, 5))
	m.commit(b1)
	m.prove(1)
	m.send(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[1]}, [][][]byte{l1.PendingOps(b1)}))
	b2 := m.block(exitOf(1, S, 0))
	m.commit(b2)
	m.prove(2)
	m.c.Mine(int(m.expiry) + 1)
	m.send(abiR.PackActivateExodusMode())
	wantRevert(t, "execute block 2 in exodus", m.tryCall(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[2]}, [][][]byte{l1.PendingOps(b2)})), "InExodusMode")
	wantRevert(t, "cancel from an executed request", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(3, [][]byte{r1, r2, r3})), "PriorityOpMismatch")
	wantRevert(t, "cancel the executed deposit", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(1, [][]byte{r0})), "PriorityOpMismatch")
	toX := bytes.Clone(r3)
	copy(toX[23:43], X.Bytes())
	wantRevert(t, "deposit refund redirected to its payer's choice", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(2, [][]byte{r2, toX})), "PriorityOpMismatch")
	asDeposit := bytes.Clone(r4)
	asDeposit[0] = byte(rollup.OpDeposit)
	wantRevert(t, "a full exit passed as a deposit", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(3, [][]byte{r2, r3, asDeposit})), "PriorityOpMismatch")
	withAmount := bytes.Clone(r4)
	withAmount[42] = 1 // the exit's amount (ignored: nothing is paid by it)
	m.send(abiR.PackCancelOutstandingDepositsForExodusMode(1, [][]byte{r2}))
	m.send(abiR.PackCancelOutstandingDepositsForExodusMode(99, [][]byte{r3, withAmount}))
	wantRevert(t, "cancel again", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(1, [][]byte{r4})), "NothingToCancel")

	m.wantPending(B, sum(big.NewInt(5), F1, big.NewInt(6), F2), "B: exit+fee, then the cancelled deposit to B and its fee")
	m.wantPending(S, sum(F1, F2), "S: its two unexecuted exits' fees")
	m.wantPending(X, new(big.Int), "X paid for B's deposit: the refund follows `to`")
	m.wantPending(R, F1, "the recipient: only block 1's deposit fee")
	m.solvent("after the cancellation")
	if got, want := m.outstanding(), sum(big.NewInt(5+6), F1, F1, F1, F2, F2); got.Cmp(want) != 0 {
		t.Fatalf("outstanding %s, want %s", got, want)
	}
	m.drain(B, S, R)
}

// TestFeeRecipientThatRefusesETHCannotBlockExecution: the fee recipient is
// a contract that cannot receive ETH; executeBlocks only credits its
// pending balance, so blocks still execute and owners still withdraw.
func TestFeeRecipientThatRefusesETHCannotBlockExecution(t *testing.T) {
	m := newFeeMock(t, 1_000_000_000, common.Address{}, "B", "S")
	B := m.address("B")
	verifier, err := abiR.UnpackBlockVerifierOf(m.view(abiR.PackBlockVerifierOf(big.NewInt(int64(m.slots)))))
	if err != nil {
		t.Fatal(err)
	}
	m.send(abiR.PackSetFeeRecipient(verifier)) // AcceptAll: no payable fallback
	wantRevert(t, "recipient = the contract", m.tryCall(abiR.PackSetFeeRecipient(m.addr)), "BadRecipient")
	m.paidDeposit("B", B, 5)
	m.paidExit("S", 1)
	m.paidExit("B", 1)
	b := m.block(depositOf(1, B, 5), exitOf(1, m.address("S"), 0), exitOf(1, B, 5))
	m.commit(b)
	m.prove(1)
	m.send(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[1]}, [][][]byte{l1.PendingOps(b)}))
	m.wantPending(verifier, big.NewInt(2_000_000_000), "the refusing recipient")
	m.wantPending(B, big.NewInt(5+1_000_000_000), "B")
	wantRevert(t, "pushing ETH to the refusing recipient", m.tryCall(abiR.PackWithdrawPendingBalance(verifier, common.Address{}, big.NewInt(1))), "EthTransferFailed")
	m.send(abiR.PackWithdrawPendingBalance(B, common.Address{}, m.pendingBalance(B)))
	m.solvent("after B's withdrawal")
}

// TestPriorityFeePackingAtTheBounds: the maximum fee is stored exactly
// (in gwei, below 2^48) and refunded to the wei; a fee off the gwei grid
// or above the maximum is refused; a fee change does not touch queued
// requests; a request paying the old fee after a change is refused; the
// expiry is stored untruncated.
func TestPriorityFeePackingAtTheBounds(t *testing.T) {
	const fMax = 50_000_000_000_000_000
	m := newFeeMock(t, fMax, common.Address{}, "B")
	B := m.address("B")
	wantRevert(t, "fee off the gwei grid", m.tryCall(abiR.PackSetPriorityFee(fMax-1)), "PriorityFeeOutOfRange")
	wantRevert(t, "fee above the maximum", m.tryCall(abiR.PackSetPriorityFee(fMax+1_000_000_000)), "PriorityFeeOutOfRange")
	wantRevert(t, "fee 2^64-1", m.tryCall(abiR.PackSetPriorityFee(^uint64(0))), "PriorityFeeOutOfRange")
	r := m.c.MustSend(t, m.users["B"], &m.addr, big.NewInt(fMax), abiR.PackRequestFullExit(1, common.Address{}))
	op, err := abiR.UnpackPriorityOps(m.view(abiR.PackPriorityOps(0)))
	if err != nil {
		t.Fatal(err)
	}
	if op.FeeGwei.Uint64() != fMax/1_000_000_000 {
		t.Fatalf("stored fee %d gwei, want %d", op.FeeGwei, fMax/1_000_000_000)
	}
	if head := r.BlockNumber.Uint64(); op.Expiry.Uint64() != head+m.expiry {
		t.Fatalf("stored expiry %d, want %d", op.Expiry, head+m.expiry)
	}
	m.send(abiR.PackSetPriorityFee(0))
	// the old fee is now too much, and a request at fee 0 pays nothing
	_, err = m.c.Send(m.users["B"], &m.addr, big.NewInt(fMax), abiR.PackRequestFullExit(1, common.Address{}))
	if re := l1.DecodeRevert(err); re == nil || re.Name != "WrongPriorityFee" {
		t.Fatalf("the old fee after a change: %v, want WrongPriorityFee", err)
	}
	m.paidDeposit("B", B, 5)
	b := m.block(exitOf(1, B, 0), depositOf(1, B, 5))
	m.commit(b)
	m.prove(1)
	m.send(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[1]}, [][][]byte{l1.PendingOps(b)}))
	m.wantPending(evmtest.Addr(m.op), big.NewInt(fMax), "the recipient: the empty exit's maximum fee, the free deposit's none")
	m.solvent("after execution")
}
