package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/smt"
)

// TestBlockCarriesOrderRoots: accounts with orders (placed natively, as no
// operation places one yet) go through a block of every kind of update —
// a transfer from and to them, a withdrawal, a deposit, a full exit, the fee
// credit to an operator with orders — and the circuit, given the native
// witness, accepts it with every order root carried through unchanged; an
// opening that claims another order root is refused.
func TestBlockCarriesOrderRoots(t *testing.T) {
	p := rollup.TestParams
	r, err := scenario.Run(p, "deposit A 100 ETH\ndeposit B 5 ETH\nchangepubkey A\nchangepubkey B\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := r.AccountID("A")
	b, _ := r.AccountID("B")
	orders := []struct {
		id, slot uint32
		l        state.OrderLeaf
	}{
		{a, 0, state.OrderLeaf{Generation: 1, Filled: num.FromUint64(30)}},
		{a, 3, state.OrderLeaf{Generation: 5}},
		{b, 2, state.OrderLeaf{Generation: 1, Filled: num.FromUint64(1)}},
		{rollup.FeeAccountID, 1, state.OrderLeaf{Generation: 2, Filled: num.FromUint64(7)}},
	}
	place := func(st *state.State) {
		t.Helper()
		for _, o := range orders {
			if err := st.SetOrder(o.id, o.slot, o.l); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Commit(nil); err != nil {
			t.Fatal(err)
		}
	}
	place(r.State)
	orderRoots := func(st *state.State) map[uint32]fr.Element {
		t.Helper()
		out := map[uint32]fr.Element{}
		for _, id := range []uint32{rollup.FeeAccountID, a, b} {
			w, err := st.Witness(id, 0)
			if err != nil {
				t.Fatal(err)
			}
			if w.OrderRoot == smt.EmptyRoot(p.OrderDepth) {
				t.Fatalf("account %d has no orders", id)
			}
			out[id] = w.OrderRoot
		}
		return out
	}
	before := orderRoots(r.State)
	if err := r.Exec("transfer A B 10 fee 1\ntransfer B A 2\nwithdraw A 5 fee 1\n> block\ndeposit B 3 ETH\nfullexit A ETH\n> block"); err != nil {
		t.Fatal(err)
	}
	for id, root := range orderRoots(r.State) {
		if root != before[id] {
			t.Fatalf("account %d: the block changed its order root", id)
		}
	}

	// replay on a fresh state that gets the same orders after block 1
	fresh, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	for i, blk := range r.Blocks {
		if i == 1 {
			place(fresh.State)
		}
		c, err := Assign(fresh.State, ShapeOf(p), blk)
		if err != nil {
			t.Fatalf("block %d: %v", i+1, err)
		}
		if err := fresh.State.Commit(nil); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			continue
		}
		mustSolve(t, "a block over accounts with orders", NewBlockCircuit(testShape), c)
		for _, o := range []struct {
			name string
			at   func(*BlockCircuit) *AccountOpening
		}{
			{"slot 0, account A", func(c *BlockCircuit) *AccountOpening { return &c.Slots[0].A }},
			{"slot 0, receiver B", func(c *BlockCircuit) *AccountOpening { return &c.Slots[0].B }},
			{"the fee account", func(c *BlockCircuit) *AccountOpening { return &c.FeeOpenings[0] }},
		} {
			bad := *c
			bad.Slots = append([]Slot(nil), c.Slots...)
			bad.FeeOpenings = append([]AccountOpening(nil), c.FeeOpenings...)
			op := o.at(&bad)
			op.OrderRoot = new(big.Int).Add(op.OrderRoot.(*big.Int), big.NewInt(1))
			mustFail(t, "block "+o.name+" with another order root", NewBlockCircuit(testShape), &bad)
		}
	}
}
