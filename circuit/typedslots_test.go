package circuit

import (
	"errors"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// typedParams are the test params in blob mode with typed slots: groups
// of 4 in an 8-slot block lay the slots out G G T T G G T T (G general,
// T transfer).
var typedParams = func() rollup.Params {
	p := rollup.TestParams
	p.BlobCapacity, p.SlotGroup, p.BlockSlots = 64, 4, 8
	return p
}()

// smallTyped is a 4-slot block of one group of 3 and one more: G G T G.
var smallTyped = func() rollup.Params {
	p := rollup.TestParams
	p.BlobCapacity, p.SlotGroup = 64, 3
	return p
}()

var typedShape = ShapeWithSlots(typedParams, typedParams.BlockSlots)

// assignTyped assigns every block of a finished scenario to shape s at a
// random point; forge as assign's.
func assignTyped(t *testing.T, r *scenario.Runner, s Shape, forge bool) []*BlockCircuit {
	t.Helper()
	fresh, err := scenario.New(r.P)
	if err != nil {
		t.Fatal(err)
	}
	var out []*BlockCircuit
	for _, b := range r.Blocks {
		var x fr.Element
		if _, err := x.SetRandom(); err != nil {
			t.Fatal(err)
		}
		a, err := assign(fresh.State, s, b, forge, x)
		if err != nil {
			t.Fatalf("assign block %d: %v", b.Header.Number, err)
		}
		if err := fresh.State.Commit(nil); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// typedMix is a block that skips transfer slots: two transfers take the
// general slots 0 and 1, the withdrawal cannot go to slot 2 (a transfer
// slot) and goes to the next general one.
const typedMix = `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		> block
		transfer A B 6 fee 1
		transfer A B 2 fee 1
		withdraw A 10 ETH fee 1
		> block
		expect A ETH 79`

// TestTypedSlotsNativePlacement: natively, an operation that needs a
// general slot goes to the next one and the transfer slots it skips stay
// empty (zeros in the padded pubdata, nothing in the compact pubdata); a
// block with no general slot left refuses it as full while a transfer
// still fits.
func TestTypedSlotsNativePlacement(t *testing.T) {
	r, err := scenario.Run(smallTyped, typedMix, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := r.Blocks[len(r.Blocks)-1]
	at, used := rollup.Placement(b.SlotGroup, b.Ops)
	if b.SlotGroup != 3 || len(at) != 3 || at[0] != 0 || at[1] != 1 || at[2] != 3 || used != 4 {
		t.Fatalf("group %d: ops at %v, %d slots used; want group 3, [0 1 3], 4", b.SlotGroup, at, used)
	}
	padded := b.PaddedPubdata()
	for _, x := range padded[2*rollup.SlotBytes : 3*rollup.SlotBytes] {
		if x != 0 {
			t.Fatal("the skipped transfer slot's padded pubdata is not zeros")
		}
	}
	if padded[3*rollup.SlotBytes] != byte(rollup.OpWithdraw) {
		t.Fatalf("slot 3 starts with type %d, want the withdrawal", padded[3*rollup.SlotBytes])
	}
	if got := rollup.SlotsUsed(b.Ops); got != 3 {
		t.Fatalf("untyped, the same ops take %d slots, want 3", got)
	}

	// the next block: the withdrawal goes to slot 3, and a second one
	// finds no general slot left
	var slots []int
	for _, line := range []string{"transfer A B 1 fee 1", "transfer A B 1 fee 1", "withdraw A 1 ETH fee 1"} {
		rc, err := r.Try(line)
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		slots = append(slots, rc.Slot)
	}
	if slots[0] != 0 || slots[1] != 1 || slots[2] != 3 || r.Machine.OpenBlockSlots() != 4 {
		t.Fatalf("receipts at slots %v, %d slots taken; want [0 1 3], 4", slots, r.Machine.OpenBlockSlots())
	}
	if _, err := r.Try("withdraw A 1 ETH fee 1"); !errors.Is(err, rollup.ErrBlockFull) {
		t.Fatalf("a withdrawal with no general slot left: %v, want ErrBlockFull", err)
	}
}

// TestTypedSlotsPlacementNeverPutsAGeneralOpInATransferSlot checks the one
// placement rule over every group and start: each operation that does not
// fit a transfer slot lands on general slots only, a trade on two in a row.
func TestTypedSlotsPlacementNeverPutsAGeneralOpInATransferSlot(t *testing.T) {
	for _, spec := range rollup.Ops() {
		typ := spec.Type
		for g := 3; g <= 9; g++ {
			for from := range 3 * g {
				at := rollup.SlotFor(g, from, typ)
				if at < from || at > from+g {
					t.Fatalf("%s, group %d, from %d: slot %d", typ, g, from, at)
				}
				for k := range typ.Width() {
					if !typ.FitsTransferSlot() && !rollup.GeneralSlot(g, at+k) {
						t.Fatalf("%s, group %d, from %d: placed on transfer slot %d", typ, g, at, at+k)
					}
				}
				if typ.FitsTransferSlot() && at != from {
					t.Fatalf("%s fits a transfer slot but was moved from %d to %d", typ, from, at)
				}
			}
		}
	}
}

// TestTypedSlotsCircuitAcceptsNativeBlocks: every block the native rules
// build under typed slots — the rule tables' cases, and the mix that skips
// a transfer slot — is accepted by the typed circuit. A case whose outcome
// depends on how many operations a block holds (a full block) is run
// under the untyped params only; the rest must cover every operation type.
func TestTypedSlotsCircuitAcceptsNativeBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("solves every rule case's blocks")
	}
	cases := append(append([]scenario.RuleCase{{Name: "Mix", Text: typedMix}}, scenario.RuleCases...), scenario.TradeCases...)
	seen := map[rollup.OpType]bool{}
	var other []string
	for _, tc := range cases {
		r, err := scenario.Run(typedParams, tc.Text, nil)
		if err != nil {
			other = append(other, tc.Name)
			continue
		}
		fresh := tc.Name == "Mix"
		for _, b := range r.Blocks {
			for _, op := range b.Ops {
				fresh = fresh || !seen[op.Type]
				seen[op.Type] = true
			}
		}
		if !fresh {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			for i, a := range assignTyped(t, r, typedShape, false) {
				if err := solves(NewBlockCircuit(typedShape), a); err != nil {
					t.Fatalf("block %d: native accepts, circuit does not: %v", i+1, err)
				}
			}
		})
	}
	for _, spec := range rollup.Ops() {
		if typ := spec.Type; typ != rollup.OpNoop && !seen[typ] {
			t.Errorf("no case built a typed block with a %s", typ)
		}
	}
	// TradeTakesTwoSlots fills a 4-slot block to one free slot: in 8 slots
	// the trade fits
	if !slices.Equal(other, []string{"TradeTakesTwoSlots"}) {
		t.Errorf("cases that end otherwise under typed slots: %v, want only TradeTakesTwoSlots (it counts on 4 slots)", other)
	}
}

// TestTypedSlotsCircuitRefusesWhatPlacementForbids: blocks laid out as
// the untyped rules lay them out (forged: placement ignored) put a
// withdrawal, a deposit, a ChangePubKey or a trade's side on the transfer
// slot; the typed circuit refuses each, and accepts the same blocks
// placed by the rules.
func TestTypedSlotsCircuitRefusesWhatPlacementForbids(t *testing.T) {
	untyped := typedParams
	untyped.SlotGroup = 0
	for _, tc := range []struct{ name, text string }{
		{"Withdraw", typedMix},
		{"Deposit", `
			deposit A 100 ETH
			changepubkey A
			> block
			transfer A B 6 fee 1
			transfer A B 2 fee 1
			deposit C 5 ETH
			> block`},
		{"ChangePubKey", `
			deposit A 100 ETH
			deposit B 100 ETH
			changepubkey A
			> block
			transfer A C 6 fee 1
			transfer A C 2 fee 1
			changepubkey B
			> block`},
		{"TradeAcrossTheBoundary", `
			deposit A 100000 ETH
			deposit B 200000 DAI
			> block
			changepubkey A
			changepubkey B
			> block
			order M A sell 10000 ETH for 20000 DAI
			order T B sell 20000 DAI for 10000 ETH
			transfer A B 1 fee 1
			match T M
			> block`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			forged, err := scenario.Run(untyped, tc.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			as := assignTyped(t, forged, typedShape, true)
			last := len(as) - 1
			if err := solves(NewBlockCircuit(typedShape), as[last]); err == nil {
				t.Fatal("the typed circuit accepts an operation on a transfer slot")
			}
			placed, err := scenario.Run(typedParams, tc.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			as = assignTyped(t, placed, typedShape, false)
			if err := solves(NewBlockCircuit(typedShape), as[len(as)-1]); err != nil {
				t.Fatalf("the same block placed by the rules: %v", err)
			}
		})
	}
}

// TestTypedSlotsTransferSlotHoldsTradeFieldsToZero: on a transfer slot
// every trading field and the order opening must be zero (they are not
// constrained by any rule there, so a free value would be an unbound
// witness).
func TestTypedSlotsTransferSlotHoldsTradeFieldsToZero(t *testing.T) {
	r, err := scenario.Run(typedParams, `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		> block
		transfer A B 6 fee 1
		transfer A B 2 fee 1
		transfer A B 3 fee 1
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	base := assignTyped(t, r, typedShape, false)
	valid := base[len(base)-1]
	if err := solves(NewBlockCircuit(typedShape), valid); err != nil {
		t.Fatal(err)
	}
	mutations := map[string]func(s *Slot){
		"OrderSlot": func(s *Slot) { s.OrderSlot = 1 }, "Generation": func(s *Slot) { s.Generation = 1 },
		"TokenB": func(s *Slot) { s.TokenB = 1 }, "AmountSell": func(s *Slot) { s.AmountSell = 1 },
		"AmountBuy": func(s *Slot) { s.AmountBuy = 1 }, "MaxFeeBips": func(s *Slot) { s.MaxFeeBips = 1 },
		"ValidFrom": func(s *Slot) { s.ValidFrom = 1 }, "ValidUntil": func(s *Slot) { s.ValidUntil = 1 },
		"Fill": func(s *Slot) { s.Fill = 1 }, "FillB": func(s *Slot) { s.FillB = 1 },
		"FeeBips": func(s *Slot) { s.FeeBips = 1 }, "TradeFee": func(s *Slot) { s.TradeFee = 1 },
		"FeeRem": func(s *Slot) { s.FeeRem = 1 }, "ToOrderSlot": func(s *Slot) { s.ToOrderSlot = 1 },
		"ToFeeBips": func(s *Slot) { s.ToFeeBips = 1 }, "OldGeneration": func(s *Slot) { s.Order.OldGeneration = 1 },
		"OldFilled": func(s *Slot) { s.Order.OldFilled = 1 }, "OrderPath": func(s *Slot) { s.Order.Path[0] = 1 },
		"PubKeyHash": func(s *Slot) { s.PubKeyHash = 1 }, "SubgroupQ": func(s *Slot) { s.SubgroupQ.X = 1 },
		"AmountOffThePackedOne": func(s *Slot) { s.Amount = 4 },
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			again := assignTyped(t, r, typedShape, false)
			w := again[len(again)-1]
			mutate(&w.Slots[2]) // the transfer slot
			if err := solves(NewBlockCircuit(typedShape), w); err == nil {
				t.Fatalf("the transfer slot accepts %s ≠ its value", name)
			}
		})
	}
}
