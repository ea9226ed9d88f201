package l1_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/l1"
)

// oneTxArgs builds commitProveExecute's arguments for the next n sealed
// blocks, with their real proofs.
func (e *env) oneTxArgs(n int) (l1.StoredBlock, []l1.CommitBlock, [][]byte, [][][]byte) {
	e.t.Helper()
	var args []l1.CommitBlock
	var proofs [][]byte
	var ops [][][]byte
	for i := e.nCommit + 1; i <= e.nCommit+n; i++ {
		b := e.blocks[i-1]
		args = append(args, e.commitArg(b))
		proofs = append(proofs, e.proof(i))
		ops = append(ops, l1.PendingOps(b))
	}
	return e.stored[e.nCommit], args, proofs, ops
}

// oneTx commits, proves and executes the next n sealed blocks in one
// transaction and checks that the contract stores the last block's hash
// and no other.
func (e *env) oneTx(n int) *types.Receipt {
	e.t.Helper()
	last, args, proofs, ops := e.oneTxArgs(n)
	r := e.send(e.op, abiR.PackCommitProveExecute(last, args, proofs, ops))
	for i, b := range e.blocks[e.nCommit : e.nCommit+n] {
		s := l1.Stored(b)
		got, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(s.Number)))
		if err != nil {
			e.t.Fatal(err)
		}
		want := [32]byte{}
		if i == n-1 {
			want = l1.HashStored(s)
		}
		if got != want {
			e.t.Fatalf("block %d of %d: contract stores %x, want %x", i+1, n, got, want)
		}
		e.stored = append(e.stored, s)
		if _, err := circuit.Assign(e.executed, circuit.ShapeWithSlots(params, b.Slots), b); err != nil {
			e.t.Fatal(err)
		}
	}
	e.nCommit += n
	e.nProven, e.nExec = e.nCommit, e.nCommit
	return r
}

// counters reads blocksCommitted, blocksProven and blocksExecuted.
func (e *env) counters() [3]uint64 {
	c, _ := abiR.UnpackBlocksCommitted(e.view(abiR.PackBlocksCommitted()))
	p, _ := abiR.UnpackBlocksProven(e.view(abiR.PackBlocksProven()))
	x, _ := abiR.UnpackBlocksExecuted(e.view(abiR.PackBlocksExecuted()))
	return [3]uint64{c, p, x}
}

// TestCommitProveExecute: the same three blocks of real L2 work as
// TestFullFlow — deposits, transfers, withdrawals, full exits — go
// through commit, proof (real Groth16 proofs) and execution in one L1
// transaction. Withdrawals, exits and priority fees are credited exactly
// as by the three calls; the contract stores only the last block's hash,
// and the next batch (by either path) starts from it; an exodus after it
// pays from the last block's state.
func TestCommitProveExecute(t *testing.T) {
	e := newEnv(t)
	A, B, C := e.l2.Address("A"), e.l2.Address("B"), e.l2.Address("C")
	eth := common.Address{}
	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("B", e.dai, wei("500000000000000000000"))
	e.block(`changepubkey A
		changepubkey B`)
	e.block(`transfer A B 300000000000000000 ETH fee 1000000000000000
		transfer B A 100000000000000000000 DAI fee 1000000000000000000
		withdraw B 200000000000000000 ETH fee 1000000000000000
		withdraw A 40000000000000000000 DAI`)
	idA, _ := e.l2.AccountID("A")
	e.requestFullExit("A", idA, e.dai)
	e.requestFullExit("C", idA, eth)
	e.block("")

	// refusals first: nothing may change
	last, args, proofs, ops := e.oneTxArgs(3)
	e.reverts(e.keeper, abiR.PackCommitProveExecute(last, args, proofs, ops), "NotOperator")
	e.reverts(e.op, abiR.PackCommitProveExecute(e.stored[0], nil, nil, nil), "NoBlocks")
	e.reverts(e.op, abiR.PackCommitProveExecute(last, args, proofs[:2], ops), "LengthMismatch")
	e.reverts(e.op, abiR.PackCommitProveExecute(last, args, proofs, ops[:2]), "LengthMismatch")
	wrongLast := last
	wrongLast.StateRoot[31] ^= 1
	e.reverts(e.op, abiR.PackCommitProveExecute(wrongLast, args, proofs, ops), "WrongStoredBlock")
	swapped := [][]byte{proofs[1], proofs[0], proofs[2]}
	e.reverts(e.op, abiR.PackCommitProveExecute(last, args, swapped, ops), "ProofInvalid")
	// block 2's withdrawals left out of its execution
	dropped := [][][]byte{ops[0], ops[1][1:], ops[2]}
	e.reverts(e.op, abiR.PackCommitProveExecute(last, args, proofs, dropped), "PendingOpsMismatch")
	// block 3's proof for block 3 of another shape: the shape is the one
	// its operations make, and a proof of another shape's commitment fails
	other := [][]byte{proofs[0], proofs[1], e.proofAs(3, params.Shapes[len(params.Shapes)-1])}
	if e.blocks[2].Slots == params.Shapes[len(params.Shapes)-1] {
		t.Fatalf("block 3 takes the largest shape (%d slots): the test needs a smaller one", e.blocks[2].Slots)
	}
	e.reverts(e.op, abiR.PackCommitProveExecute(last, args, other, ops), "ProofInvalid")
	if got := e.counters(); got != [3]uint64{} {
		t.Fatalf("after refused calls the contract counts %v blocks", got)
	}

	r := e.oneTx(3)
	t.Logf("3 blocks in one commitProveExecute: %d gas (TestFullFlow logs the three calls' gas for the same blocks)", r.GasUsed)
	if got := e.counters(); got != [3]uint64{3, 3, 3} {
		t.Fatalf("blocks committed, proven, executed: %v, want 3 each", got)
	}
	events := map[string]int{}
	rabi := abiR.GetABI()
	for _, lg := range r.Logs {
		if ev, err := rabi.EventByID(lg.Topics[0]); err == nil {
			events[ev.Name]++
		}
	}
	if events["BlockCommitted"] != 3 || events["BlockProven"] != 3 || events["BlockExecuted"] != 3 {
		t.Fatalf("events %v, want each block committed, proven and executed", events)
	}
	for _, c := range []struct {
		owner common.Address
		token uint16
		want  string
	}{
		{B, 0, "200000000000000000"},
		{A, 1, "100000000000000000000"},
		{C, 0, "0"},
		{A, 0, e.fee.String()},
		{e.l2.Address("op"), 0, new(big.Int).Mul(e.fee, big.NewInt(3)).String()},
	} {
		if got := e.pending(c.owner, c.token); got.Cmp(wei(c.want)) != 0 {
			t.Errorf("pending balance of %s in token %d: %s, want %s", c.owner, c.token, got, c.want)
		}
	}
	first, _ := abiR.UnpackFirstPriorityOp(e.view(abiR.PackFirstPriorityOp()))
	next, _ := abiR.UnpackNextCommittedPriorityOp(e.view(abiR.PackNextCommittedPriorityOp()))
	if first != 4 || next != 4 {
		t.Errorf("priority queue: first %d, next committed %d; want 4 and 4", first, next)
	}
	// a replay of the same batch: block 1 no longer follows the last stored
	e.reverts(e.op, abiR.PackCommitProveExecute(last, args, proofs, ops), "WrongStoredBlock")

	// the staged path goes on from the batch's last block, and while a
	// block is committed and not executed one transaction is refused
	e.depositETH("C", wei("500000000000000000"))
	e.block("transfer A C 100000000000000000 ETH fee 1000000000000000")
	e.commit(1)
	e.block("withdraw A 1000 ETH")
	e.proof(4)
	last5, args5, proofs5, ops5 := e.oneTxArgs(1)
	e.reverts(e.op, abiR.PackCommitProveExecute(last5, args5, proofs5, ops5), "BlocksInFlight")
	e.proveBlocks(1)
	e.reverts(e.op, abiR.PackCommitProveExecute(last5, args5, proofs5, ops5), "BlocksInFlight")
	e.execute(1)
	e.oneTx(1)
	if got := e.counters(); got != [3]uint64{5, 5, 5} {
		t.Fatalf("blocks committed, proven, executed: %v, want 5 each", got)
	}

	// exodus pays from the last executed block, stored by the one
	// transaction; an intermediate block of a batch is no argument
	idC, _ := e.l2.AccountID("C")
	e.requestFullExit("C", idC, eth)
	e.readRequests()
	e.c.Mine(expiryBlocks)
	e.send(e.keeper, abiR.PackActivateExodusMode())
	e.reverts(e.op, abiR.PackCommitProveExecute(e.stored[5], args5, proofs5, ops5), "InExodusMode")
	w, proof := e.exitProof(idA, 0)
	e.reverts(e.keeper, abiR.PackPerformExodus(e.stored[2], idA, A, 0, w.Balance.Big(), proof), "WrongStoredBlock")
	e.send(e.keeper, abiR.PackPerformExodus(e.stored[5], idA, A, 0, w.Balance.Big(), proof))
	want := new(big.Int).Add(e.fee, w.Balance.Big())
	if got := e.pending(A, 0); got.Cmp(want.Add(want, big.NewInt(1000))) != 0 {
		t.Fatalf("A's pending ETH after exodus: %s, want her fee back, her 1000 wei withdrawal and %s", got, w.Balance)
	}
}
