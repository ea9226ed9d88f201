package l1_test

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Independent attack tests of issue 14's contract side (DepositRefund, the
// L1 authorisation's domain). They run the real contract with verifiers
// that accept every proof, so that what is tested is the contract's own
// bookkeeping: the circuit's side of each rule has its own tests
// (circuit/refund_attack_test.go), and a proof can only ever narrow what
// the contract accepts here.

// acceptAllSource stands in for both verifiers.
const acceptAllSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// Accepts every call: a verifier that accepts every proof.
contract AcceptAll {
    fallback() external {}
}
`

// mockRollup is a deployment whose verifiers accept everything.
type mockRollup struct {
	t       *testing.T
	c       *evmtest.Chain
	op      *ecdsa.PrivateKey // governance and operator
	addr    common.Address
	stored  []l1.StoredBlock // by number; [0] is genesis
	roots   []fr.Element     // state root by number (arbitrary: nothing proves them)
	expiry  uint64
	slots   int
	nextTS  uint64
	users   map[string]*ecdsa.PrivateKey
	pending [][]byte // pubdata of the requests, by id
}

func newMockRollup(t *testing.T, users ...string) *mockRollup {
	t.Helper()
	op := evmtest.NewKey(t)
	m := &mockRollup{t: t, op: op, slots: 4, expiry: 10, nextTS: 1000, users: map[string]*ecdsa.PrivateKey{}}
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
	m.addr = deployLight(t, m.c, op, cfg)
	m.stored = []l1.StoredBlock{lightGenesis()}
	var genesis fr.Element
	genesis.SetUint64(1)
	m.roots = []fr.Element{genesis}
	return m
}

func (m *mockRollup) address(user string) common.Address { return evmtest.Addr(m.users[user]) }

// depositETH sends a deposit of wei from user to `to` and records its
// request's pubdata. It packs whichever depositETH the binding has
// (depositETH(to) with the amount as msg.value, or depositETH(to, amount)
// with msg.value = amount + a priority fee of 0).
func (m *mockRollup) depositETH(user string, to common.Address, amount uint64) []byte {
	m.t.Helper()
	a := abiR.GetABI()
	args := []any{to}
	if len(a.Methods["depositETH"].Inputs) == 2 {
		args = append(args, new(big.Int).SetUint64(amount))
	}
	data, err := a.Pack("depositETH", args...)
	if err != nil {
		m.t.Fatal(err)
	}
	m.c.MustSend(m.t, m.users[user], &m.addr, new(big.Int).SetUint64(amount), data)
	d := &rollup.Deposit{To: to, Token: 0, Amount: num.FromUint64(amount)}
	m.pending = append(m.pending, d.RequestPubdata())
	return d.RequestPubdata()
}

// requestFullExit sends a full-exit request of ETH for account id from user.
func (m *mockRollup) requestFullExit(user string, id uint32) []byte {
	m.t.Helper()
	m.c.MustSend(m.t, m.users[user], &m.addr, nil, abiR.PackRequestFullExit(id, common.Address{}))
	fe := &rollup.FullExit{AccountID: id, Owner: m.address(user), Token: 0}
	op := rollup.ExecutedOp{Type: rollup.OpFullExit, Account: fe.AccountID, Address: fe.Owner, Token: fe.Token}
	m.pending = append(m.pending, op.EncodePubdata(nil))
	return op.EncodePubdata(nil)
}

func refundOf(to common.Address, token uint16, amount uint64) rollup.ExecutedOp {
	return rollup.ExecutedOp{Type: rollup.OpDepositRefund, Address: to, Token: token, Amount: num.FromUint64(amount)}
}

// block is the next block with these operations (its root is arbitrary).
func (m *mockRollup) block(ops ...rollup.ExecutedOp) *rollup.Block {
	n := uint64(len(m.stored))
	var root fr.Element
	root.SetUint64(1000 + n)
	m.nextTS++
	return &rollup.Block{Header: rollup.BlockHeader{Number: n, Timestamp: m.nextTS}, Slots: m.slots,
		OldRoot: m.roots[n-1], NewRoot: root, Ops: ops}
}

func (m *mockRollup) commitArg(b *rollup.Block) l1.CommitBlock {
	m.t.Helper()
	c, err := l1.Commit(b)
	if err != nil {
		m.t.Fatal(err)
	}
	return c
}

// tryCommit is the revert of committing b after the last stored block
// (nil: the contract would accept it); nothing is mined.
func (m *mockRollup) tryCommit(b *rollup.Block) *l1.RevertError {
	m.t.Helper()
	return m.tryCall(abiR.PackCommitBlocks(m.stored[len(m.stored)-1], []l1.CommitBlock{m.commitArg(b)}))
}

func (m *mockRollup) tryCall(data []byte) *l1.RevertError {
	m.t.Helper()
	_, err := m.c.Call(evmtest.Addr(m.op), m.addr, data)
	if err == nil {
		return nil
	}
	re := l1.DecodeRevert(err)
	if re == nil {
		m.t.Fatalf("call failed without revert data: %v", err)
	}
	return re
}

func (m *mockRollup) send(data []byte) {
	m.t.Helper()
	m.c.MustSend(m.t, m.op, &m.addr, nil, data)
}

// commit commits b and records what the contract stored.
func (m *mockRollup) commit(b *rollup.Block) {
	m.t.Helper()
	m.send(abiR.PackCommitBlocks(m.stored[len(m.stored)-1], []l1.CommitBlock{m.commitArg(b)}))
	s := l1.Stored(b)
	got, err := abiR.UnpackStoredBlockHashes(m.view(abiR.PackStoredBlockHashes(s.Number)))
	if err != nil {
		m.t.Fatal(err)
	}
	if got != l1.HashStored(s) {
		m.t.Fatalf("block %d: the contract stored another block than l1.Stored", s.Number)
	}
	m.stored = append(m.stored, s)
	m.roots = append(m.roots, b.NewRoot)
}

func (m *mockRollup) prove(number uint64) {
	m.t.Helper()
	m.send(abiR.PackProveBlocks([]l1.StoredBlock{m.stored[number]}, [][]byte{{}}))
}

func (m *mockRollup) view(data []byte) []byte {
	m.t.Helper()
	out, err := m.c.Call(evmtest.Addr(m.op), m.addr, data)
	if err != nil {
		m.t.Fatal(err)
	}
	return out
}

func (m *mockRollup) pendingBalance(owner common.Address) *big.Int {
	m.t.Helper()
	v, err := abiR.UnpackPendingBalances(m.view(abiR.PackPendingBalances(owner, 0)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func (m *mockRollup) outstanding() *big.Int {
	m.t.Helper()
	v, err := abiR.UnpackOutstanding(m.view(abiR.PackOutstanding(0)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func wantRevert(t *testing.T, what string, re *l1.RevertError, name string) {
	t.Helper()
	if re == nil {
		t.Fatalf("%s: accepted, want %s", what, name)
	}
	if re.Name != name {
		t.Fatalf("%s: %v, want %s", what, re, name)
	}
}

// TestRefundMustAnswerItsOwnDepositRequest: a DepositRefund is matched
// against the next priority request like the Deposit it stands for, on
// token, amount and address: a refund to another address (the attacker's),
// of more, of another token, in place of a full-exit request, twice for one
// deposit, or with no request at all is refused at commit.
func TestRefundMustAnswerItsOwnDepositRequest(t *testing.T) {
	m := newMockRollup(t, "B", "X")
	B, X := m.address("B"), m.address("X")
	m.depositETH("B", B, 5)
	m.requestFullExit("X", 1)
	for _, c := range []struct {
		name string
		ops  []rollup.ExecutedOp
		want string
	}{
		{"refund to the attacker", []rollup.ExecutedOp{refundOf(X, 0, 5)}, "PriorityOpMismatch"},
		{"refund of more than was deposited", []rollup.ExecutedOp{refundOf(B, 0, 6)}, "PriorityOpMismatch"},
		{"refund of another token", []rollup.ExecutedOp{refundOf(B, 1, 5)}, "PriorityOpMismatch"},
		{"refund answering the full exit", []rollup.ExecutedOp{refundOf(B, 0, 5), refundOf(X, 0, 5)}, "PriorityOpMismatch"},
		{"the deposit credited and refunded", []rollup.ExecutedOp{
			{Type: rollup.OpDeposit, Account: 1, Address: B, Amount: num.FromUint64(5)}, refundOf(B, 0, 5)}, "PriorityOpMismatch"},
	} {
		wantRevert(t, c.name, m.tryCommit(m.block(c.ops...)), c.want)
	}
	if re := m.tryCommit(m.block(refundOf(B, 0, 5))); re != nil {
		t.Fatalf("the honest refund is refused: %v", re)
	}
	// the full exit's request answered by its own op, then nothing is left
	exit := rollup.ExecutedOp{Type: rollup.OpFullExit, Account: 1, Address: X}
	if re := m.tryCommit(m.block(refundOf(B, 0, 5), exit)); re != nil {
		t.Fatalf("refund and full exit refused: %v", re)
	}
	wantRevert(t, "a refund with no request left", m.tryCommit(m.block(refundOf(B, 0, 5), exit, refundOf(B, 0, 5))), "PriorityQueueExhausted")
}

// TestRefundPaysOnceThroughExecuteAndExodus: an executed refund pays its
// address once and only it (pendingOps that name another address, drop
// the refund or repeat it are refused); a refund committed and proven but
// not executed when exodus starts is paid once by the cancellation; the
// executed one cannot be cancelled again; what is outstanding returns to
// zero once both are withdrawn.
func TestRefundPaysOnceThroughExecuteAndExodus(t *testing.T) {
	m := newMockRollup(t, "B", "C", "X")
	B, C, X := m.address("B"), m.address("C"), m.address("X")
	reqB := m.depositETH("B", B, 5)
	reqC := m.depositETH("C", C, 7)

	b1 := m.block(refundOf(B, 0, 5))
	m.commit(b1)
	m.prove(1)
	honest := l1.PendingOps(b1)
	toX := refundOf(X, 0, 5)
	for _, c := range []struct {
		name string
		ops  [][]byte
	}{
		{"refund paid to the attacker", [][]byte{toX.EncodePubdata(nil)}},
		{"refund dropped", nil},
		{"refund paid twice", [][]byte{honest[0], honest[0]}},
		{"refund paid as a full exit of B", [][]byte{(&rollup.ExecutedOp{Type: rollup.OpFullExit, Address: B, Amount: num.FromUint64(5)}).EncodePubdata(nil)}},
	} {
		re := m.tryCall(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[1]}, [][][]byte{c.ops}))
		wantRevert(t, c.name, re, "PendingOpsMismatch")
	}
	m.send(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[1]}, [][][]byte{honest}))
	if got := m.pendingBalance(B); got.Uint64() != 5 {
		t.Fatalf("B's pending balance after its refund: %s, want 5", got)
	}

	b2 := m.block(refundOf(C, 0, 7))
	m.commit(b2)
	m.prove(2)
	wantRevert(t, "cancel before exodus", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(5, [][]byte{reqC})), "NotInExodusMode")
	m.c.Mine(int(m.expiry) + 1)
	m.send(abiR.PackActivateExodusMode())
	wantRevert(t, "execute the refund in exodus", m.tryCall(abiR.PackExecuteBlocks([]l1.StoredBlock{m.stored[2]}, [][][]byte{l1.PendingOps(b2)})), "InExodusMode")
	// B's executed refund is no longer a request: it cannot be cancelled too
	wantRevert(t, "cancel B's refunded deposit", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(5, [][]byte{reqB})), "PriorityOpMismatch")
	wantRevert(t, "cancel C's deposit twice in one call", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(5, [][]byte{reqC, reqC})), "LengthMismatch")
	m.send(abiR.PackCancelOutstandingDepositsForExodusMode(5, [][]byte{reqC}))
	wantRevert(t, "cancel again", m.tryCall(abiR.PackCancelOutstandingDepositsForExodusMode(5, [][]byte{reqC})), "NothingToCancel")

	for _, w := range []struct {
		who  common.Address
		want uint64
	}{{B, 5}, {C, 7}, {X, 0}} {
		if got := m.pendingBalance(w.who); got.Uint64() != w.want {
			t.Fatalf("pending balance of %s: %s, want %d", w.who, got, w.want)
		}
	}
	if got := m.outstanding(); got.Uint64() != 12 {
		t.Fatalf("outstanding ETH: %s, want 12", got)
	}
	for _, w := range []struct {
		who    common.Address
		amount int64
	}{{B, 5}, {C, 7}} {
		m.send(abiR.PackWithdrawPendingBalance(w.who, common.Address{}, big.NewInt(w.amount)))
	}
	if got := m.outstanding(); got.Sign() != 0 {
		t.Fatalf("outstanding ETH after every payout: %s", got)
	}
	if got := m.c.Balance(t, m.addr); got.Sign() != 0 {
		t.Fatalf("the contract holds %s wei after paying everything out", got)
	}
}

// TestAuthorisationLayoutMatchesTheContract: the native L1 authorisation
// (rollup.EthMessage under EIP-191) is the message the contract rebuilds,
// byte for byte, with a rollup chain id, an L1 chain id and an account id
// and nonce whose bytes all differ (an endianness or width slip on either
// side shows); an authorisation for any other rollup chain id, L1 chain
// id, contract, account, nonce or key, or signed by another key, is
// refused at commit; the same signature is refused by a second deployment
// of the same configuration.
func TestAuthorisationLayoutMatchesTheContract(t *testing.T) {
	const rollupChain = 0x0102030405060708
	op := evmtest.NewKey(t)
	owner, other := evmtest.NewKey(t), evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(op))
	cfg := lightConfig(evmtest.Addr(op), 4)
	cfg.RollupChainId = rollupChain
	here := deployLight(t, c, op, cfg)
	there := deployLight(t, c, op, cfg)
	l1Chain := c.ChainID.Uint64()

	var pkh crypto.PubKeyHash
	for i := range pkh {
		pkh[i] = byte(0xa0 + i)
	}
	const account, nonce = 0x0a0b0c0d, 0x11223344
	cpk := rollup.ExecutedOp{Type: rollup.OpChangePubKey, Account: account, PubKeyHash: pkh, Address: evmtest.Addr(owner), Nonce: nonce}
	sign := func(key *ecdsa.PrivateKey, d rollup.AuthDomain, account, nonce uint32, pkh crypto.PubKeyHash) []byte {
		msg := rollup.EthMessage(d, account, nonce, pkh)
		if len(msg) != 76 {
			t.Fatalf("EthMessage is %d bytes, the contract's prefix says 76", len(msg))
		}
		sig, err := ethcrypto.Sign(accounts.TextHash(msg), key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		return sig
	}
	try := func(at common.Address, sig []byte) *l1.RevertError {
		var root fr.Element
		root.SetUint64(2)
		b := l1.CommitBlock{Timestamp: 1, NewStateRoot: root.Bytes(), Pubdata: cpk.EncodePubdata(nil), EthSignatures: sig}
		_, err := c.Call(evmtest.Addr(op), at, abiR.PackCommitBlocks(lightGenesis(), []l1.CommitBlock{b}))
		if err == nil {
			return nil
		}
		re := l1.DecodeRevert(err)
		if re == nil {
			t.Fatalf("commitBlocks failed without revert data: %v", err)
		}
		return re
	}
	d := rollup.AuthDomain{ChainID: rollupChain, L1: rollup.L1Domain{ChainID: l1Chain, Contract: here}}
	// the layout, spelled out: "zkrollup:cpk" | 8 | 8 | 20 | 4 | 4 | 20, big-endian
	want := []byte("zkrollup:cpk")
	want = binary.BigEndian.AppendUint64(want, rollupChain)
	want = binary.BigEndian.AppendUint64(want, l1Chain)
	want = append(want, here[:]...)
	want = binary.BigEndian.AppendUint32(want, account)
	want = binary.BigEndian.AppendUint32(want, nonce)
	want = append(want, pkh[:]...)
	if got := rollup.EthMessage(d, account, nonce, pkh); string(got) != string(want) {
		t.Fatalf("EthMessage %x, want %x", got, want)
	}
	if re := try(here, sign(owner, d, account, nonce, pkh)); re != nil {
		t.Fatalf("the contract refuses the native authorisation: %v", re)
	}
	other20 := pkh
	other20[19] ^= 1
	for _, c := range []struct {
		name string
		sig  []byte
	}{
		{"another rollup chain id", sign(owner, rollup.AuthDomain{ChainID: rollupChain + 1, L1: d.L1}, account, nonce, pkh)},
		{"another L1 chain id", sign(owner, rollup.AuthDomain{ChainID: rollupChain, L1: rollup.L1Domain{ChainID: l1Chain + 1, Contract: here}}, account, nonce, pkh)},
		{"another contract", sign(owner, rollup.AuthDomain{ChainID: rollupChain, L1: rollup.L1Domain{ChainID: l1Chain, Contract: there}}, account, nonce, pkh)},
		{"no L1 domain (a node without a deployment)", sign(owner, rollup.AuthDomain{ChainID: rollupChain}, account, nonce, pkh)},
		{"byte-swapped rollup chain id", sign(owner, rollup.AuthDomain{ChainID: 0x0807060504030201, L1: d.L1}, account, nonce, pkh)},
		{"another account", sign(owner, d, account+1, nonce, pkh)},
		{"another nonce", sign(owner, d, account, nonce+1, pkh)},
		{"another key", sign(owner, d, account, nonce, other20)},
		{"signed by another L1 key", sign(other, d, account, nonce, pkh)},
	} {
		wantRevert(t, c.name, try(here, c.sig), "BadEthSignature")
	}
	wantRevert(t, "replayed on a second deployment", try(there, sign(owner, d, account, nonce, pkh)), "BadEthSignature")
	// and the native rules recover the owner from the same signature
	var s65 [65]byte
	copy(s65[:], sign(owner, d, account, nonce, pkh))
	if got, err := rollup.RecoverEthSigner(rollup.EthMessage(d, account, nonce, pkh), s65); err != nil || got != evmtest.Addr(owner) {
		t.Fatalf("native recovery: %s %v", got, err)
	}
}

// TestFastPathSendsEveryOverflowingAmountToTheCheck (issue 14, item 15;
// review): the assembly fast path copies a transfer unchecked unless the
// low byte of its packed amount has exponent bits 111xx. For every value
// of that byte, under a mantissa whose upper 32 bits are all ones, all
// zeros or random, for Transfer and TransferToNew, first in the block, in
// the middle of a run of transfers and after a TransferToNew, the contract
// accepts exactly the packed amounts the native decoder accepts.
func TestFastPathSendsEveryOverflowingAmountToTheCheck(t *testing.T) {
	m := newCommitter(t, 4)
	rcv := common.HexToAddress("0x3333333333333333333333333333333333333333")
	good := rollup.ExecutedOp{Type: rollup.OpTransfer, Account: 1, To: 2, PackedAmount: rawPacked(1<<35-1, 27)}
	goodNew := rollup.ExecutedOp{Type: rollup.OpTransferToNew, Account: 1, To: 3, Address: rcv, PackedAmount: rawPacked(12345, 3)}
	befores := [][]byte{nil, good.EncodePubdata(good.EncodePubdata(nil)), goodNew.EncodePubdata(nil)}
	highs := []uint32{0xffffffff, 0, 0x9e3779b9}
	checked, refused := 0, 0
	for _, high := range highs {
		for low := range 256 {
			var p rollup.PackedAmount
			binary.BigEndian.PutUint32(p[:4], high)
			p[4] = byte(low)
			_, decodeErr := p.Value()
			for _, typ := range []rollup.OpType{rollup.OpTransfer, rollup.OpTransferToNew} {
				op := rollup.ExecutedOp{Type: typ, Account: 1, To: 4, Address: rcv, PackedAmount: p}
				for _, before := range befores {
					if low%7 != 0 && len(before) != 0 && low>>2&7 != 7 {
						continue // every byte first in the block; elsewhere a sample and every big exponent
					}
					re := m.try(op.EncodePubdata(append([]byte{}, before...)))
					checked++
					switch {
					case decodeErr == nil && re != nil:
						t.Fatalf("%s %x after %d bytes: refused: %v", typ, p, len(before), re)
					case decodeErr != nil && (re == nil || re.Name != "PackedAmountOutOfRange"):
						t.Fatalf("%s %x after %d bytes: decodes to 2^128 or more, the contract answers %v", typ, p, len(before), re)
					case decodeErr != nil:
						refused++
					}
				}
			}
		}
	}
	if refused == 0 {
		t.Fatal("nothing refused")
	}
	t.Logf("%d blocks tried, %d refused, each exactly where the native decoder refuses", checked, refused)
}
