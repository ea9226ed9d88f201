package l1_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Review 16c: attacks on commitProveExecute (issue 16's one-transaction
// path). The real contract, real Groth16 proofs (test keys) for the env
// tests; the Tagged stand-in verifiers of review 16b for the exhaustive
// proof/input alignment test of mixed shapes.

// refusedAs sends data from key and checks it reverts with one of names
// and mines nothing.
func (e *env) refusedAs(what string, key *ecdsa.PrivateKey, data []byte, names ...string) {
	e.t.Helper()
	k := e.op
	if key != nil {
		k = key
	}
	head := e.head()
	_, err := e.c.Send(k, &e.addr, nil, data)
	if err == nil {
		e.t.Fatalf("%s: accepted, want %v", what, names)
	}
	re := l1.DecodeRevert(err)
	if re == nil {
		e.t.Fatalf("%s: %v, want %v", what, err, names)
	}
	ok := false
	for _, n := range names {
		ok = ok || re.Name == n || n == "*"
	}
	if !ok {
		e.t.Fatalf("%s: %v, want one of %v", what, re, names)
	}
	if h := e.head(); h != head {
		e.t.Fatalf("%s: a refused call mined a block", what)
	}
}

// snapshot is what an attack must leave untouched.
type snapshot struct {
	counters            [3]uint64
	first, next, total  uint64
	outstanding, ethBal *big.Int
	pending             map[string]string
}

func (e *env) snap(owners ...common.Address) snapshot {
	e.t.Helper()
	s := snapshot{counters: e.counters(), pending: map[string]string{}}
	s.first, _ = abiR.UnpackFirstPriorityOp(e.view(abiR.PackFirstPriorityOp()))
	s.next, _ = abiR.UnpackNextCommittedPriorityOp(e.view(abiR.PackNextCommittedPriorityOp()))
	s.total, _ = abiR.UnpackTotalPriorityOps(e.view(abiR.PackTotalPriorityOps()))
	s.outstanding, _ = abiR.UnpackOutstanding(e.view(abiR.PackOutstanding(0)))
	s.ethBal = e.c.Balance(e.t, e.addr)
	for _, o := range owners {
		for _, tok := range []uint16{0, 1} {
			s.pending[fmt.Sprintf("%s/%d", o, tok)] = e.pending(o, tok).String()
		}
	}
	return s
}

func (s snapshot) same(o snapshot) bool {
	if s.counters != o.counters || s.first != o.first || s.next != o.next || s.total != o.total ||
		s.outstanding.Cmp(o.outstanding) != 0 || s.ethBal.Cmp(o.ethBal) != 0 || len(s.pending) != len(o.pending) {
		return false
	}
	for k, v := range s.pending {
		if o.pending[k] != v {
			return false
		}
	}
	return true
}

func cloneArgs(args []l1.CommitBlock) []l1.CommitBlock {
	out := make([]l1.CommitBlock, len(args))
	for i, a := range args {
		a.Pubdata = append([]byte{}, a.Pubdata...)
		a.EthSignatures = append([]byte{}, a.EthSignatures...)
		out[i] = a
	}
	return out
}

func cloneOps(ops [][][]byte) [][][]byte {
	out := make([][][]byte, len(ops))
	for i, bo := range ops {
		out[i] = make([][]byte, len(bo))
		for j, op := range bo {
			out[i][j] = append([]byte{}, op...)
		}
	}
	return out
}

// TestReview16cOneTxForgeriesRefused: an operator holding valid proofs of
// three real blocks (shapes 4, 2, 4: mixed, the same shape not adjacent)
// tries to steal or double-credit through commitProveExecute: inflated or
// redirected withdrawals and full exits, another state root for an
// intermediate or the last block, a deposit replayed in a later block of
// the batch, a dropped or duplicated block, proofs swapped between the two
// 4-slot blocks, pending ops moved between blocks, more proofs than
// blocks, a non-operator or deactivated operator. Every one is refused and
// changes nothing (counters, priority queue, outstanding, pending
// balances). The honest batch then credits exactly what the three blocks
// say, retires every request and keeps outstanding equal to the
// contract's ETH.
//
// After it, the blocks whose hashes the batch left zero are no argument to
// anything: commitBlocks, commitProveExecute, proveBlocks, executeBlocks,
// revertBlocks with the real intermediate blocks or zeroed StoredBlocks of
// their numbers are refused (no double credit by re-executing); a staged
// commit after the batch can be reverted down to the batch's last block and
// no further, and the one transaction goes on from there.
func TestReview16cOneTxForgeriesRefused(t *testing.T) {
	e := newEnv(t)
	A, B, C := e.l2.Address("A"), e.l2.Address("B"), e.l2.Address("C")
	op := e.l2.Address("op")
	owners := []common.Address{A, B, C, op}
	eth := common.Address{}
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block(`changepubkey A
		changepubkey B`)
	e.depositETH("C", wei("300000000000000000"))
	e.block(`withdraw A 200000000000000000 ETH fee 1000000000000000`)
	idA, _ := e.l2.AccountID("A")
	e.requestFullExit("A", idA, eth)
	e.requestFullExit("C", idA, eth) // not C's account: exits nothing
	e.block(`transfer B C 100000000000000000 ETH fee 1000000000000000`)
	shapes := []int{e.blocks[0].Slots, e.blocks[1].Slots, e.blocks[2].Slots}
	if shapes[0] != 4 || shapes[1] != 2 || shapes[2] != 4 {
		t.Fatalf("block shapes %v, the test wants 4, 2, 4", shapes)
	}

	last, args, proofs, ops := e.oneTxArgs(3)
	before := e.snap(owners...)
	try := func(what string, a []l1.CommitBlock, p [][]byte, o [][][]byte, names ...string) {
		t.Helper()
		e.refusedAs(what, nil, abiR.PackCommitProveExecute(last, a, p, o), names...)
		if got := e.snap(owners...); !got.same(before) {
			t.Fatalf("%s: state changed %+v -> %+v", what, before, got)
		}
	}
	// the withdrawal of block 2, in its pubdata and its pending ops alike
	wd := ops[1][0]
	at := bytes.Index(args[1].Pubdata, wd)
	if at < 0 || wd[0] != byte(rollup.OpWithdraw) {
		t.Fatalf("block 2's withdrawal not found in its pubdata")
	}
	edit := func(blk, off int, patch []byte) ([]l1.CommitBlock, [][][]byte) {
		a, o := cloneArgs(args), cloneOps(ops)
		copy(a[blk].Pubdata[off:], patch)
		for j, p := range o[blk] {
			if i := bytes.Index(args[blk].Pubdata, ops[blk][j]); i >= 0 && off >= i && off < i+len(p) {
				copy(p[off-i:], patch)
			}
		}
		return a, o
	}
	// type 1 | account 4 | token 2 | amount 16 | fee 2 | address 20
	more := make([]byte, 16)
	more[0] = 1
	a, o := edit(1, at+7, more)
	try("withdrawal amount inflated", a, proofs, o, "ProofInvalid")
	a, o = edit(1, at+25, B[:])
	try("withdrawal redirected to B", a, proofs, o, "ProofInvalid")
	a, o = edit(1, at+5, []byte{0, 1})
	try("withdrawal of another token", a, proofs, o, "ProofInvalid")
	// block 3's full exit of A: amount inflated (pubdata and ops), or only in ops
	fx := ops[2][0]
	fat := bytes.Index(args[2].Pubdata, fx)
	if fat < 0 || fx[0] != byte(rollup.OpFullExit) {
		t.Fatalf("block 3's full exit not found")
	}
	a, o = edit(2, fat+27, more)
	try("full exit amount inflated", a, proofs, o, "ProofInvalid")
	o = cloneOps(ops)
	o[2][0][27] ^= 1
	try("full exit amount inflated in pending ops only", args, proofs, o, "PendingOpsMismatch")
	// another state root: the intermediate block's (it is never stored) and the last's
	for _, i := range []int{0, 1, 2} {
		a = cloneArgs(args)
		a[i].NewStateRoot[31] ^= 1
		try(fmt.Sprintf("block %d's state root changed", i+1), a, proofs, ops, "ProofInvalid")
	}
	// block 1's deposits replayed as block 2 (its own proof for it)
	a = []l1.CommitBlock{args[0], args[0], args[2]}
	try("deposits replayed in the next block", a, [][]byte{proofs[0], proofs[0], proofs[2]},
		[][][]byte{ops[0], ops[0], ops[2]}, "PriorityOpMismatch")
	// block 2 dropped: block 3 follows block 1
	try("block 2 dropped", []l1.CommitBlock{args[0], args[2]}, [][]byte{proofs[0], proofs[2]},
		[][][]byte{ops[0], ops[2]}, "PriorityOpMismatch", "ProofInvalid")
	// blocks 1 and 3 (both 4-slot) with each other's proofs; block 1's proof twice
	try("4-slot proofs swapped", args, [][]byte{proofs[2], proofs[1], proofs[0]}, ops, "ProofInvalid")
	try("block 1's proof for block 3", args, [][]byte{proofs[0], proofs[1], proofs[0]}, ops, "ProofInvalid")
	try("block 3's proof for block 1", args, [][]byte{proofs[2], proofs[1], proofs[2]}, ops, "ProofInvalid")
	// block 2's withdrawal executed with block 3
	o = cloneOps(ops)
	o[1], o[2] = nil, append([][]byte{ops[1][0]}, ops[2]...)
	try("a withdrawal moved to the next block", args, proofs, o, "PendingOpsMismatch")
	// block 2's withdrawal credited twice
	o = cloneOps(ops)
	o[1] = append(o[1], ops[1][0])
	try("a withdrawal twice", args, proofs, o, "PendingOpsMismatch")
	try("more proofs than blocks", args, append(append([][]byte{}, proofs...), proofs[0]), ops, "LengthMismatch")
	try("more pending ops than blocks", args, proofs, append(cloneOps(ops), nil), "LengthMismatch")
	try("empty proofs", args, [][]byte{{}, {}, {}}, ops, "*") // the verifier's BadBatch

	// not the operator: a user, the keeper, an operator governance removed
	e.refusedAs("sent by a user", e.user("B"), abiR.PackCommitProveExecute(last, args, proofs, ops), "NotOperator")
	e.send(e.gov, abiR.PackSetOperator(op, false))
	e.refusedAs("sent by a removed operator", nil, abiR.PackCommitProveExecute(last, args, proofs, ops), "NotOperator")
	e.send(e.gov, abiR.PackSetOperator(op, true))

	// the honest batch
	e.oneTx(3)
	fee := e.fee
	wantPending := map[common.Address]*big.Int{
		A:  new(big.Int).Add(wei("200000000000000000"), fee), // the withdrawal, her own exit's fee back ...
		B:  big.NewInt(0),
		C:  big.NewInt(0),
		op: new(big.Int).Mul(fee, big.NewInt(4)), // three deposits' fees, C's exit of nothing
	}
	// ... and what her full exit took out
	exit := new(big.Int).SetBytes(ops[2][0][27:43])
	if exit.Sign() == 0 {
		t.Fatal("A's full exit exits nothing")
	}
	wantPending[A].Add(wantPending[A], exit)
	for who, want := range wantPending {
		if got := e.pending(who, 0); got.Cmp(want) != 0 {
			t.Errorf("pending ETH of %s: %s, want %s", who, got, want)
		}
	}
	after := e.snap(owners...)
	if after.first != 5 || after.next != 5 || after.total != 5 {
		t.Fatalf("priority queue first %d next %d total %d, want 5 each", after.first, after.next, after.total)
	}
	for id := uint64(0); id < 5; id++ {
		p, err := abiR.UnpackPriorityOps(e.view(abiR.PackPriorityOps(id)))
		if err != nil || p.Hash != [20]byte{} || p.FeeGwei.Sign() != 0 {
			t.Fatalf("priority op %d left after execution: %+v %v", id, p, err)
		}
	}
	if after.outstanding.Cmp(after.ethBal) != 0 {
		t.Fatalf("outstanding ETH %s, the contract holds %s", after.outstanding, after.ethBal)
	}

	// the intermediate blocks (hash 0) and zeroed blocks of their numbers
	// are no argument to anything; nothing is credited twice
	e.depositETH("D", wei("1000"))
	e.block("")
	next := e.commitArg(e.blocks[3])
	before = e.snap(owners...)
	candidates := []l1.StoredBlock{e.stored[1], e.stored[2], {Number: 1}, {Number: 2}, {Number: 3}, {}}
	for i, s := range candidates {
		what := fmt.Sprintf("candidate %d (block %d)", i, s.Number)
		e.refusedAs(what+" as commitBlocks' last", nil, abiR.PackCommitBlocks(s, []l1.CommitBlock{next}), "WrongStoredBlock")
		e.refusedAs(what+" as commitProveExecute's last", nil,
			abiR.PackCommitProveExecute(s, []l1.CommitBlock{next}, [][]byte{proofs[1]}, [][][]byte{nil}), "WrongStoredBlock")
		e.refusedAs(what+" reverted", nil, abiR.PackRevertBlocks([]l1.StoredBlock{s}), "BlockAlreadyExecuted")
		e.refusedAs(what+" proven", e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{s}, [][]byte{proofs[0]}), "BlockNotCommitted")
		e.refusedAs(what+" executed", e.keeper, abiR.PackExecuteBlocks([]l1.StoredBlock{s}, [][][]byte{nil}), "BlockNotProven")
	}
	e.refusedAs("the batch executed again", e.keeper, abiR.PackExecuteBlocks(e.stored[1:4], ops), "BlockNotProven")
	if got := e.snap(owners...); !got.same(before) {
		t.Fatalf("refused calls changed the state")
	}

	// a staged commit after the batch reverts down to its last block, no further
	e.send(e.op, abiR.PackCommitBlocks(e.stored[3], []l1.CommitBlock{next}))
	s4 := l1.Stored(e.blocks[3])
	e.refusedAs("revert past the batch", nil, abiR.PackRevertBlocks([]l1.StoredBlock{s4, e.stored[3]}), "BlockAlreadyExecuted")
	e.refusedAs("revert past the batch (zeroed)", nil, abiR.PackRevertBlocks([]l1.StoredBlock{s4, {Number: 3}}), "BlockAlreadyExecuted")
	e.send(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{s4}))
	if got := e.snap(owners...); !got.same(before) {
		t.Fatalf("commit and revert after the batch left %+v, want %+v", got, before)
	}
	e.oneTx(1)
	if got := e.counters(); got != [3]uint64{4, 4, 4} {
		t.Fatalf("counters %v, want 4 each", got)
	}
}

// TestReview16cOneTxBindsEveryProofToItsBlockAndShape: commitProveExecute
// over every prefix of ten blocks of three shapes (1, 3, 8 slots, mixed and
// interleaved) with Tagged verifiers: for every block, a proof of the
// right commitment for another shape's verifier, another block's proof of
// the same shape, a proof of another commitment, an empty proof, and every
// swap of two proofs are refused with ProofInvalid, and nothing is
// committed; the honest batch commits, proves and executes all ten,
// credits each withdrawal once and stores the last hash only. A shape
// whose verifier has no code proves nothing in one transaction either.
func TestReview16cOneTxBindsEveryProofToItsBlockAndShape(t *testing.T) {
	p := rollup.Params{AccountDepth: 24, BalanceDepth: 10, OrderDepth: 14, BlockSlots: 8, Shapes: []int{1, 3, 8}, FeeTokenSlots: 2, ChainID: 7}
	m := newLadderMock(t, p)
	blocks := m.chain([]int{0, 5, 2, 8, 1, 3, 7, 0, 1, 2})
	var args []l1.CommitBlock
	var stored []l1.StoredBlock
	var proofs [][]byte
	var ops [][][]byte
	for _, b := range blocks {
		c, err := l1.Commit(b)
		if err != nil {
			t.Fatal(err)
		}
		s := l1.Stored(b)
		args, stored, proofs, ops = append(args, c), append(stored, s), append(proofs, proofOf(s)), append(ops, l1.PendingOps(b))
	}
	genesis := m.stored[0]
	call := func(n int, ps [][]byte) (*l1.RevertError, error) {
		return m.tryCall(abiR.PackCommitProveExecute(genesis, args[:n], ps, ops[:n]))
	}
	for n := 1; n <= len(blocks); n++ {
		ps := proofs[:n]
		for j := 0; j < n; j++ {
			var bad [][]byte
			for _, other := range p.Ladder() {
				if other != int(stored[j].Slots) {
					bad = append(bad, tagProof(uint16(other), stored[j].Commitment))
				}
			}
			for i := 0; i < n; i++ {
				if i != j && stored[i].Slots == stored[j].Slots && stored[i].Commitment != stored[j].Commitment {
					bad = append(bad, ps[i])
				}
			}
			bad = append(bad, tagProof(stored[j].Slots, [32]byte{1}), []byte{})
			for _, pr := range bad {
				forged := append([][]byte{}, ps...)
				forged[j] = pr
				re, err := call(n, forged)
				if err == nil {
					t.Fatalf("blocks 1-%d with block %d's proof %x: accepted", n, j+1, pr)
				}
				wantRevert(t, fmt.Sprintf("blocks 1-%d, block %d's proof forged", n, j+1), re, "ProofInvalid")
			}
			for i := j + 1; i < n; i++ {
				if bytes.Equal(ps[i], ps[j]) {
					continue
				}
				swapped := append([][]byte{}, ps...)
				swapped[i], swapped[j] = swapped[j], swapped[i]
				re, err := call(n, swapped)
				if err == nil {
					t.Fatalf("blocks 1-%d with proofs %d and %d swapped: accepted", n, i+1, j+1)
				}
				wantRevert(t, "swapped", re, "ProofInvalid")
			}
		}
		if re, err := call(n, ps); err != nil {
			t.Fatalf("blocks 1-%d with their own proofs: %v (%v)", n, re, err)
		}
	}
	re, _ := m.tryCall(abiR.PackCommitProveExecute(genesis, args, append(append([][]byte{}, proofs...), proofs[0]), ops))
	wantRevert(t, "one proof too many", re, "LengthMismatch")
	re, _ = m.tryCall(abiR.PackCommitProveExecute(genesis, args, proofs[:len(proofs)-1], ops))
	wantRevert(t, "one proof too few", re, "LengthMismatch")
	if got := m.proven(); got != 0 {
		t.Fatalf("blocksProven = %d after eth_calls", got)
	}

	m.c.MustSend(t, m.op, &m.addr, nil, abiR.PackCommitProveExecute(genesis, args, proofs, ops))
	want := map[common.Address]*big.Int{}
	for _, b := range blocks {
		for _, o := range b.Ops {
			if o.Type == rollup.OpWithdraw {
				if want[o.Address] == nil {
					want[o.Address] = new(big.Int)
				}
				want[o.Address].Add(want[o.Address], o.Amount.Big())
			}
		}
	}
	for who, v := range want {
		got, err := abiR.UnpackPendingBalances(m.view(abiR.PackPendingBalances(who, 0)))
		if err != nil || got.Cmp(v) != 0 {
			t.Fatalf("pending balance of %s: %s, want %s (%v)", who, got, v, err)
		}
	}
	for i, s := range stored {
		got, _ := abiR.UnpackStoredBlockHashes(m.view(abiR.PackStoredBlockHashes(s.Number)))
		wantH := [32]byte{}
		if i == len(stored)-1 {
			wantH = l1.HashStored(s)
		}
		if got != wantH {
			t.Fatalf("block %d: stored %x, want %x", s.Number, got, wantH)
		}
	}
	ex, _ := abiR.UnpackBlocksExecuted(m.view(abiR.PackBlocksExecuted()))
	if ex != uint64(len(blocks)) || m.proven() != uint64(len(blocks)) {
		t.Fatalf("executed %d proven %d, want %d", ex, m.proven(), len(blocks))
	}

	// a codeless verifier for the 3-slot shape: a batch holding a 3-slot
	// block is never accepted, alone or mixed
	eoa := common.Address{0xee, 0xee}
	op := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(op))
	code := taggedCode(t)
	v1, v8 := deployTagged(t, c, op, code, 1), deployTagged(t, c, op, code, 8)
	m2 := &ladderMock{t: t, op: op, p: p, nextTS: 1000, c: c}
	cfg := lightConfig(evmtest.Addr(op), p.BlockSlots)
	cfg.BlockShapes, cfg.BlockVerifiers = l1.Shapes(p, v1, eoa, v8)
	m2.addr = deployLight(t, c, op, cfg)
	m2.stored = []l1.StoredBlock{lightGenesis()}
	var g fr.Element
	g.SetUint64(1)
	m2.roots = []fr.Element{g}
	for _, n := range []int{3, 4} { // blocks 1-3 (1, 8, 3 slots), 1-4 (1, 8, 3, 8)
		if _, err := m2.c.Send(op, &m2.addr, nil, abiR.PackCommitProveExecute(genesis, args[:n], proofs[:n], ops[:n])); err == nil {
			t.Fatalf("blocks 1-%d, block 3's shape without a verifier: accepted", n)
		}
	}
	if _, err := m2.c.Send(op, &m2.addr, nil, abiR.PackCommitProveExecute(genesis, args[2:3], [][]byte{{}}, ops[2:3])); err == nil {
		t.Fatal("a 3-slot block after genesis accepted by a codeless verifier")
	}
	if got := m2.proven(); got != 0 {
		t.Fatalf("blocksProven = %d", got)
	}
}

// chain builds consecutive blocks after the mock's last stored one with k
// operations each (not committed).
func (m *ladderMock) chain(ks []int) []*rollup.Block {
	var out []*rollup.Block
	prev := m.roots[len(m.roots)-1]
	n := uint64(len(m.stored))
	for _, k := range ks {
		var root fr.Element
		root.SetUint64(5000 + n)
		m.nextTS++
		out = append(out, &rollup.Block{Header: rollup.BlockHeader{Number: n, Timestamp: m.nextTS, FeeAccount: 3},
			Slots: m.p.ShapeFor(k), OldRoot: prev, NewRoot: root, Ops: opsOf(k)})
		prev = root
		n++
	}
	return out
}

// TestReview16cOneTxGasOfFullWithdrawalBatch measures commitProveExecute
// of node defaults (blocks_per_tx 8) of production-shape blocks (64
// slots) full of withdrawals to fresh addresses, which any L2 user can
// cause, against the EIP-7825 per-transaction gas cap (2^24). Tagged
// verifiers stand in for the pairing checks (the real ones add ≈ 0.2-0.4M
// per shape).
func TestReview16cOneTxGasOfFullWithdrawalBatch(t *testing.T) {
	p := rollup.Params{AccountDepth: 24, BalanceDepth: 10, OrderDepth: 14, BlockSlots: 64, Shapes: []int{8, 16, 64}, FeeTokenSlots: 4, ChainID: 7}
	m := newLadderMock(t, p)
	const perTx = 8
	var blocks []*rollup.Block
	prev := m.roots[0]
	for n := uint64(1); n <= perTx; n++ {
		ops := make([]rollup.ExecutedOp, 64)
		for i := range ops {
			ops[i] = rollup.ExecutedOp{Type: rollup.OpWithdraw, Account: 1, Address: common.Address{0xbb, byte(n), byte(i)}, Amount: num.FromUint64(1)}
		}
		var root fr.Element
		root.SetUint64(7000 + n)
		m.nextTS++
		blocks = append(blocks, &rollup.Block{Header: rollup.BlockHeader{Number: n, Timestamp: m.nextTS, FeeAccount: 3},
			Slots: 64, OldRoot: prev, NewRoot: root, Ops: ops})
		prev = root
	}
	var args []l1.CommitBlock
	var proofs [][]byte
	var ops [][][]byte
	for _, b := range blocks {
		c, err := l1.Commit(b)
		if err != nil {
			t.Fatal(err)
		}
		args, proofs, ops = append(args, c), append(proofs, proofOf(l1.Stored(b))), append(ops, l1.PendingOps(b))
	}
	gas, err := m.c.C.EstimateGas(context.Background(), ethereum.CallMsg{From: evmtest.Addr(m.op), To: &m.addr,
		Data: abiR.PackCommitProveExecute(m.stored[0], args, proofs, ops)})
	if err != nil {
		t.Fatalf("estimate: %v", err)
	}
	// the batch verifier of 8 proofs of one shape: ≈ 867k gas a transaction
	// (docs/BENCHMARKS.md), ≈ 846k of it the check itself
	const pairing = 846_000
	t.Logf("commitProveExecute of %d blocks × 64 withdrawals: %d gas with stand-in verifiers, ≈ %d with the real one (EIP-7825 cap %d)",
		perTx, gas, gas+pairing, 1<<24)
	if gas += pairing; gas > 1<<24 {
		t.Errorf("one-tx batch of node defaults needs %d gas, above the per-transaction cap %d: such a batch can never be mined, "+
			"and the aggregator only splits on ProofInvalid", gas, 1<<24)
	}
}
