package l1_test

import (
	"bytes"
	"testing"

	"github.com/zkrollup/zkrollup/l1"
)

// TestLadderOfBlockShapes (issue 16): the contract gives each committed
// block the smallest shape of its ladder (2 and 4 slots here) that holds
// it, exactly as the rules do (the next commit names the previous stored
// block by hash, so any difference from l1.Stored fails it); one
// proveBlocks proves blocks of both shapes, each batch against its shape's
// verifier; and it refuses reordered, skipped or repeated blocks, a block
// restated with another shape, proofs swapped between blocks, and a proof
// made by the other shape's circuit.
func TestLadderOfBlockShapes(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A")                        // 3 ops with the deposits: 4 slots
	e.block("transfer A B 1000 ETH")                 // 1 op: 2 slots
	e.block("changepubkey B\ntransfer A B 1000 ETH") // 2 ops: 2 slots
	e.commit(1)
	e.commit(2) // names block 1 by the hash of l1.Stored: the contract agrees on its shape
	for i, want := range []uint16{4, 2, 2} {
		if got := e.stored[i+1].Slots; got != want {
			t.Fatalf("block %d (%d ops) has %d slots, want %d", i+1, len(e.blocks[i].Ops), got, want)
		}
	}

	p1, p2, p3 := e.proof(1), e.proof(2), e.proof(3)
	stored := []l1.StoredBlock{e.stored[1], e.stored[2], e.stored[3]}

	// the range must be the next blocks, in order, none skipped
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[2], e.stored[1]}, [][]byte{p2, p1}), "WrongStoredBlock")
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[2]}, [][]byte{p2}), "WrongStoredBlock")
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[1], e.stored[3]}, [][]byte{p1, p3}), "WrongStoredBlock")
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[1], e.stored[1]}, [][]byte{p1, p1}), "WrongStoredBlock")
	// another shape for block 2 is another stored block
	reshaped := e.stored[2]
	reshaped.Slots = 4
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[1], reshaped}, [][]byte{p1, p2}), "WrongStoredBlock")
	// the proofs of blocks 2 and 3 (same shape) swapped; of 1 and 2 (two shapes) swapped
	e.reverts(e.keeper, abiR.PackProveBlocks(stored, [][]byte{p1, p3, p2}), "ProofInvalid")
	e.reverts(e.keeper, abiR.PackProveBlocks(stored[:2], [][]byte{p2, p1}), "ProofInvalid")

	// block 2 proven by the 4-slot circuit: a valid proof of the 4-slot
	// commitment of the same block, which is not the stored one
	other := e.proofAs(2, 4)
	if bytes.Equal(other, p2) {
		t.Fatal("the two shapes' proofs are equal")
	}
	e.reverts(e.keeper, abiR.PackProveBlocks(stored[:2], [][]byte{p1, other}), "ProofInvalid")

	// all three, two shapes, in one call
	r := e.proveBlocks(3)
	t.Logf("proveBlocks of a 4-slot and two 2-slot blocks: %d gas", r.GasUsed)
	e.execute(3)
}
