package circuit

import (
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

func countR1CS(t *testing.T, c frontend.Circuit) int {
	t.Helper()
	cs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return cs.GetNbConstraints()
}

// TestConstraintBudget logs what the block circuit's parts cost at
// production depths (account tree 24, balance tree 10, order tree 14), the numbers behind
// the slot layout decision in docs/ARCHITECTURE.md.
func TestConstraintBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles production-size gadgets")
	}
	upd := &updateCircuit{Open: NewAccountOpening(24, 10, 14)}
	nUpd := countR1CS(t, upd)
	nSig := countR1CS(t, &transferSigCircuit{})
	base := countR1CS(t, &commitmentCircuit{}) // 2 slots of 53 bytes + header
	t.Logf("account update (open + write), depths 24/10: %d R1CS", nUpd)
	t.Logf("transfer message hash + EdDSA check: %d R1CS", nSig)
	t.Logf("commitment, header + 2x53-byte slots: %d R1CS", base)
	if nUpd < 24*2*186 || nSig < 7000 {
		t.Fatalf("counts below the sum of their hashes: %d, %d", nUpd, nSig)
	}
}

// slotBudget is the recorded marginal R1CS cost of one slot, by depths
// (account tree, balance tree), measured by TestBlockConstraintsPerSlot on
// 2026-11-29 (gnark v0.16.3). A change that makes a slot cost more fails
// the test: measure it, and raise the figure only with a reason.
// History: 57,548 / 75,548; +6 for refusing the identity as a slot's key
// (issue 14, item 10); −495 when layouts sharing a field bit at the same
// position share one product in the pubdata selection, with DepositRefund
// added (laid out as a Deposit, so it costs almost nothing); −15,336 when
// the commitment's SHA-256 was built without lookup tables (sha256Bits,
// issue 16, item 6: 26.5k per 64-byte block instead of 37.6k, and no
// Pedersen commitment in the proof); +748 when the account leaf took the
// order root (issue 17, phase A: each of a slot's two updates hashes two
// leaves, each one Poseidon2 compression longer, 4 × 186 = 744, and holds
// an empty account to the empty order tree, the other 4); +4,208 / +8,708
// when every slot took the rules of orders, SpotTrade's sides and
// CancelOrder (issue 17: an order-tree update — two paths of the order
// depth, 2 at test depths and 14 in production, ≈ 5.3k at 14 — two order
// leaf hashes, the order's fields, four amounts' unpacking and range
// checks, two exact 241-bit price comparisons, the fee division). A trade
// takes two slots: 138,358 constraints at production depths.
// blobSlotBudget is slotBudget for blob-mode shapes (issue 19), measured
// the same way on 2026-12-07: the slot's pubdata is no longer hashed with
// SHA-256 (≈ 20k at 53 bytes) but cut into two elements for the block's
// Poseidon2 data hash (two compressions) and evaluated at the data point
// (one product per byte, a few for the offset): −19,306 per slot in
// production. The fixed part grows by ≈ 49k (the header's SHA-256 covers
// four more 32-byte values).
// +6 in every mode when the circuit held operations to
// rollup.Placement (the layout rule, review of typed slots).
var blobSlotBudget = map[[2]int]int{
	{6, 4}:   27379,
	{24, 10}: 49879,
}

// transferSlotBudget is blobSlotBudget for a transfer slot of a typed
// block (rollup.Params.SlotGroup, issue 19): only the gadgets of
// Transfer, TransferToNew and Noop, its trading fields held to zero and no
// order-tree update, no decompositions of Amount and the key hash, no
// subgroup check. Measured by TestBlockConstraintsPerSlot on 2026-12-07:
// 40,001 with the trading gadgets folded away, 39,690 once a transfer
// slot also skipped the decompositions it never lays out; 39,696 with
// the layout rule (+6).
var transferSlotBudget = map[[2]int]int{
	{6, 4}:   21684,
	{24, 10}: 39696,
}

var slotBudget = map[[2]int]int{
	{6, 4}:   46685,
	{24, 10}: 69185,
}

// TestBlockConstraintsPerSlot logs the block circuit's marginal cost of one
// slot, at test depths and at production depths (24/10): the difference
// between 2-slot and 1-slot circuits, so the header's hashing and fee
// credits are not counted per slot. It also checks the circuit needs no
// gnark commitment. It fails when a slot costs more
// than its recorded budget.
func TestBlockConstraintsPerSlot(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles production-depth block circuits")
	}
	for _, depths := range [][2]int{{6, 4}, {24, 10}} {
		orderDepth := map[int]int{6: 2, 24: 14}[depths[0]] // the profiles'; it only picks a constant
		count := func(slots int, blob bool) int {
			return countR1CS(t, NewBlockCircuit(Shape{AccountDepth: depths[0], BalanceDepth: depths[1], OrderDepth: orderDepth, Slots: slots, FeeSlots: 2, ChainID: 1, Blob: blob}))
		}
		one, two := count(1, false), count(2, false)
		blobOne, blobTwo := count(1, true), count(2, true)
		t.Logf("depths %d/%d, blob mode: 1 slot %d, 2 slots %d R1CS: %d per slot, %d fixed", depths[0], depths[1], blobOne, blobTwo, blobTwo-blobOne, 2*blobOne-blobTwo)
		if budget := blobSlotBudget[depths]; blobTwo-blobOne > budget {
			t.Errorf("depths %d/%d: a blob-mode slot costs %d R1CS, over its budget of %d (circuit/budget_test.go blobSlotBudget)", depths[0], depths[1], blobTwo-blobOne, budget)
		}
		// a transfer slot: slots 2 and 3 of a group of 4 are transfer slots
		typed := func(slots int) int {
			return countR1CS(t, NewBlockCircuit(Shape{AccountDepth: depths[0], BalanceDepth: depths[1], OrderDepth: orderDepth, Slots: slots, FeeSlots: 2, ChainID: 1, Blob: true, SlotGroup: 4}))
		}
		three, four := typed(3), typed(4)
		t.Logf("depths %d/%d, blob mode, a transfer slot: 3 slots %d, 4 slots %d R1CS: %d per transfer slot", depths[0], depths[1], three, four, four-three)
		if budget := transferSlotBudget[depths]; four-three > budget {
			t.Errorf("depths %d/%d: a transfer slot costs %d R1CS, over its budget of %d (circuit/budget_test.go transferSlotBudget)", depths[0], depths[1], four-three, budget)
		}
		if depths[0] == 6 {
			cs, err := frontend.Compile(field, r1cs.NewBuilder, NewBlockCircuit(Shape{AccountDepth: 6, BalanceDepth: 4, OrderDepth: 2, Slots: 2, FeeSlots: 2, ChainID: 1}))
			if err != nil {
				t.Fatal(err)
			}
			// a commitment would add a Pedersen proof of knowledge to every
			// proof and cost the batch verifier two pairings and two scalar
			// multiplications per proof
			if n := len(cs.GetCommitments().CommitmentIndexes()); n != 0 {
				t.Errorf("the block circuit has %d gnark commitments (a lookup or api.Commit crept in); the batch verifier is sized for none", n)
			}
		}
		t.Logf("depths %d/%d: 1 slot %d, 2 slots %d R1CS: %d per slot, %d fixed", depths[0], depths[1], one, two, two-one, 2*one-two)
		switch budget := slotBudget[depths]; {
		case two-one > budget:
			t.Errorf("depths %d/%d: a slot costs %d R1CS, over its budget of %d (circuit/budget_test.go slotBudget)", depths[0], depths[1], two-one, budget)
		case two-one < budget:
			t.Logf("depths %d/%d: a slot costs %d R1CS, under its budget of %d: lower slotBudget to keep the gain", depths[0], depths[1], two-one, budget)
		}
	}
}
