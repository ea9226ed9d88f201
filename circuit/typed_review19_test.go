package circuit

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// Review 19 (typed slots), cold attacker review. Each test asserts the
// secure behaviour: a passing test documents a defence, a failing one a
// bug.

// review19Typed runs text under p and returns the runner.
func review19Typed(t *testing.T, p rollup.Params, text string) *scenario.Runner {
	t.Helper()
	r, err := scenario.Run(p, text, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// review19Relayout replaces the runner's last block by a copy laid out
// with slot group g (Placement(g, ops)): same operations, same order,
// same compact pubdata, another padded pubdata when the layouts differ.
func review19Relayout(r *scenario.Runner, g int) (native, forged *rollup.Block) {
	last := len(r.Blocks) - 1
	native = r.Blocks[last]
	cp := *native
	cp.SlotGroup = g
	r.Blocks[last] = &cp
	return native, &cp
}

// review19Ops3T1W is three transfers then a withdrawal: under a group of
// 4 (G G T T G G T T) the withdrawal goes to slot 4, skipping slot 3.
const review19Ops3T1W = `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		> block
		transfer A B 6 fee 1
		transfer A B 2 fee 1
		transfer A B 3 fee 1
		withdraw A 10 ETH fee 1
		> block`

// TestReview19TypedNonCanonicalLayoutTyped: the typed circuit does not
// hold the operations to rollup.Placement. The block T T T W placed by
// the rules is at slots [0 1 2 4]; the same operations at [0 1 2 5]
// (slot 4, a general slot, left empty as a "skipped" Noop) satisfy every
// slot rule, have the same compact pubdata (the blob, Eval, L1Eval,
// Length are identical, so L1 accepts the commit) but another data hash.
// restore/exodus recompute the data hash from the native placement
// (restore.storedFor -> l1.StoredBlob -> Block.PaddedPubdata) and refuse
// the block as not the one L1 stores: an operator can prove blocks that
// the restore tool cannot get past.
func TestReview19TypedNonCanonicalLayoutTyped(t *testing.T) {
	r := review19Typed(t, typedParams, review19Ops3T1W)
	native, forged := review19Relayout(r, 5)
	at, _ := rollup.Placement(typedParams.SlotGroup, native.Ops)
	fat, _ := rollup.Placement(forged.SlotGroup, forged.Ops)
	if fmt.Sprint(at) != "[0 1 2 4]" || fmt.Sprint(fat) != "[0 1 2 5]" {
		t.Fatalf("layouts %v and %v, want [0 1 2 4] and [0 1 2 5]", at, fat)
	}
	if !bytes.Equal(native.Pubdata(), forged.Pubdata()) || !bytes.Equal(native.L1Pubdata(), forged.L1Pubdata()) {
		t.Fatal("the relayout changed the compact pubdata")
	}
	if rollup.DataHash(native.PaddedPubdata()) == rollup.DataHash(forged.PaddedPubdata()) {
		t.Fatal("same data hash: nothing to test")
	}
	as := assignTyped(t, r, typedShape, true)
	if err := solves(NewBlockCircuit(typedShape), as[len(as)-1]); err == nil {
		t.Error("the typed circuit proves the block at slots [0 1 2 5] (a Noop on general slot 4 before a withdrawal): " +
			"its data hash is not the one the native placement (restore, exodus) computes for the same compact pubdata")
	}
}

// TestReview19TypedNonCanonicalLayoutUntypedBlob: the same gap in an
// untyped blob-mode block (T T W laid out T T _ W). Before typed slots a
// Noop between operations was no valid layout at all; the circuit
// never refused it in blob mode either (pre-existing).
func TestReview19TypedNonCanonicalLayoutUntypedBlob(t *testing.T) {
	p := rollup.TestParams
	p.BlobCapacity = 64
	r := review19Typed(t, p, `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		> block
		transfer A B 6 fee 1
		transfer A B 2 fee 1
		withdraw A 10 ETH fee 1
		> block`)
	native, forged := review19Relayout(r, 3) // G G T G: the withdrawal at 3
	if rollup.DataHash(native.PaddedPubdata()) == rollup.DataHash(forged.PaddedPubdata()) {
		t.Fatal("same data hash: nothing to test")
	}
	shape := ShapeWithSlots(p, p.BlockSlots)
	as := assignTyped(t, r, shape, true)
	if err := solves(NewBlockCircuit(shape), as[len(as)-1]); err == nil {
		t.Error("the untyped blob circuit proves T T _ W (a Noop before an operation): its data hash is not the native one")
	}
}

// TestReview19TypedSkippedNoopIsBound: the Noops in skipped transfer
// slots are bound: every field the operator could choose is refused,
// and the Noop's pubdata (data hash), evaluation offset, fee and state
// update cannot be moved by them.
func TestReview19TypedSkippedNoopIsBound(t *testing.T) {
	r := review19Typed(t, typedParams, typedMix) // T T _ _ W: slots 2, 3 skipped
	base := assignTyped(t, r, typedShape, false)
	if err := solves(NewBlockCircuit(typedShape), base[len(base)-1]); err != nil {
		t.Fatal(err)
	}
	if at, _ := rollup.Placement(typedParams.SlotGroup, r.Blocks[len(r.Blocks)-1].Ops); fmt.Sprint(at) != "[0 1 4]" {
		t.Fatalf("layout %v, want [0 1 4]", at)
	}
	mutations := map[string]func(s *Slot){
		"Type=Transfer": func(s *Slot) { s.Type = uint64(rollup.OpTransfer) }, "Type=TransferToNew": func(s *Slot) { s.Type = uint64(rollup.OpTransferToNew) },
		"Account": func(s *Slot) { s.Account = 1 }, "To": func(s *Slot) { s.To = 1 }, "Address": func(s *Slot) { s.Address = 1 },
		"Token": func(s *Slot) { s.Token = 1 }, "Amount": func(s *Slot) { s.Amount = 1 }, "PackedAmount": func(s *Slot) { s.PackedAmount = 1 << 5 },
		"PackedFee": func(s *Slot) { s.PackedFee = 1 << 5 }, "PubKeyHash": func(s *Slot) { s.PubKeyHash = 1 }, "Nonce": func(s *Slot) { s.Nonce = 1 },
		"FeeSlot": func(s *Slot) { s.FeeSlot = 1 }, "SubgroupQ.X": func(s *Slot) { s.SubgroupQ = twistededwards.Point{X: 1, Y: 1} },
		"OrderSlot": func(s *Slot) { s.OrderSlot = 1 }, "Fill": func(s *Slot) { s.Fill = 1 }, "TradeFee": func(s *Slot) { s.TradeFee = 1 },
		"OrderPath": func(s *Slot) { s.Order.Path[1] = 7 }, "A.ID": func(s *Slot) { s.A.ID = 1 }, "A.Balance": func(s *Slot) { s.A.Balance = 5 },
		"A.Nonce": func(s *Slot) { s.A.Nonce = 3 }, "A.OrderRoot": func(s *Slot) { s.A.OrderRoot = 3 }, "B.ID": func(s *Slot) { s.B.ID = 1 },
		"B.Token": func(s *Slot) { s.B.Token = 1 }, "B.Balance": func(s *Slot) { s.B.Balance = 5 },
		"Sig.S":       func(s *Slot) { s.Sig.S = 12345 },
		"IdentityKey": func(s *Slot) { s.Sig.PubKey = twistededwards.Point{X: 0, Y: 1} },
	}
	for _, slot := range []int{2, 3} {
		for name, mutate := range mutations {
			t.Run(fmt.Sprintf("slot%d/%s", slot, name), func(t *testing.T) {
				again := assignTyped(t, r, typedShape, false)
				w := again[len(again)-1]
				mutate(&w.Slots[slot])
				if err := solves(NewBlockCircuit(typedShape), w); err == nil {
					t.Errorf("the skipped slot %d accepts %s", slot, name)
				}
			})
		}
	}

	// The one free witness of a Noop is its signature: any valid
	// signature of the message 0, by any key but the identity. It is
	// bound to nothing public (message 0, no key is compared with an
	// account's), so another one proves the same commitment.
	k, err := crypto.KeyFromSeed([]byte("review19 other unsigned key"))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := k.Sign(fr.Element{})
	if err != nil {
		t.Fatal(err)
	}
	other, err := sigAssignment(k.Public().Bytes(), sig)
	if err != nil {
		t.Fatal(err)
	}
	again := assignTyped(t, r, typedShape, false)
	w := again[len(again)-1]
	before := fmt.Sprint(w.Commitment)
	w.Slots[2].Sig = other.Signature
	if err := solves(NewBlockCircuit(typedShape), w); err != nil {
		t.Logf("another signature of 0 on the skipped Noop is refused too: %v", err)
	} else if fmt.Sprint(w.Commitment) != before {
		t.Error("the Noop's signature changed the commitment")
	} else {
		t.Log("the skipped Noop's signature is free (any valid signature of 0) and bound to nothing public: inert")
	}
}

// TestReview19TypedEveryOtherTypeRefusedOnTransferSlot: the one-hot
// decode with constant flags refuses every type byte but Noop, Transfer
// and TransferToNew on a transfer slot (the slot's other fields left as
// they are), and forged layouts that put a FullExit, a DepositRefund, a
// CancelOrder or a trade starting on the last transfer slot of a group
// (its maker on the next group's first slot) on a transfer slot are
// refused, while the rules' own layout of the same block is accepted.
func TestReview19TypedEveryOtherTypeRefusedOnTransferSlot(t *testing.T) {
	r := review19Typed(t, typedParams, review19Ops3T1W) // T T T _ W: slot 2 a transfer, slot 3 a Noop
	var types []uint64
	for _, s := range rollup.Ops() {
		if !s.Type.FitsTransferSlot() {
			types = append(types, uint64(s.Type))
		}
	}
	types = append(types, uint64(OpTradeMaker), 11, 0x7f, 0x81, 0xff, 1<<16)
	for _, slot := range []int{2, 3} {
		for _, typ := range types {
			again := assignTyped(t, r, typedShape, false)
			w := again[len(again)-1]
			w.Slots[slot].Type = typ
			if err := solves(NewBlockCircuit(typedShape), w); err == nil {
				t.Errorf("transfer slot %d accepts type %#x", slot, typ)
			}
		}
	}

	untyped := typedParams
	untyped.SlotGroup = 0
	for _, tc := range []struct{ name, text string }{
		{"FullExit", `
			deposit A 100 ETH
			deposit B 100 ETH
			changepubkey A
			> block
			transfer A B 6 fee 1
			transfer A B 2 fee 1
			fullexit B ETH
			> block`},
		{"DepositRefund", `
			deposit A 100 ETH
			deposit B 100 ETH
			changepubkey A
			> block
			transfer A B 6 fee 1
			transfer A B 2 fee 1
			deposit C 5 ETH refund
			> block`},
		{"CancelOrder", `
			deposit A 100 ETH
			deposit B 100 ETH
			changepubkey A
			> block
			transfer A B 6 fee 1
			transfer A B 2 fee 1
			cancel A 0 1 fee 1 ETH
			> block`},
		{"TradeFromTheLastTransferSlot", `
			deposit A 100000 ETH
			deposit B 200000 DAI
			> block
			changepubkey A
			changepubkey B
			> block
			order M A sell 10000 ETH for 20000 DAI
			order T B sell 20000 DAI for 10000 ETH
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			match T M
			> block`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			forged := review19Typed(t, untyped, tc.text)
			as := assignTyped(t, forged, typedShape, true)
			if err := solves(NewBlockCircuit(typedShape), as[len(as)-1]); err == nil {
				t.Error("the typed circuit accepts it on a transfer slot")
			}
			placed := review19Typed(t, typedParams, tc.text)
			as = assignTyped(t, placed, typedShape, false)
			if err := solves(NewBlockCircuit(typedShape), as[len(as)-1]); err != nil {
				t.Errorf("the rules' layout: %v", err)
			}
		})
	}
}

// TestReview19TypedTransferKinds: a Transfer and a TransferToNew both sit
// on transfer slots; flipping one's type to the other is refused there
// (ErrAccountExists / the receiver's address), so the operator cannot
// publish the 18-byte Transfer for a new account or the 38-byte one for
// an existing one and shift the compact offsets.
func TestReview19TypedTransferKinds(t *testing.T) {
	r := review19Typed(t, typedParams, `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		> block
		transfer A B 1 fee 1
		transfer A B 1 fee 1
		transfer A C 1 fee 1
		transfer A B 1 fee 1
		withdraw A 1 ETH fee 1
		> block`)
	b := r.Blocks[len(r.Blocks)-1]
	want := []rollup.OpType{rollup.OpTransfer, rollup.OpTransfer, rollup.OpTransferToNew, rollup.OpTransfer, rollup.OpWithdraw}
	for i, op := range b.Ops {
		if op.Type != want[i] {
			t.Fatalf("op %d is %s, want %s", i, op.Type, want[i])
		}
	}
	if at, _ := rollup.Placement(b.SlotGroup, b.Ops); fmt.Sprint(at) != "[0 1 2 3 4]" {
		t.Fatalf("layout %v", at)
	}
	as := assignTyped(t, r, typedShape, false)
	if err := solves(NewBlockCircuit(typedShape), as[len(as)-1]); err != nil {
		t.Fatal(err)
	}
	for slot, to := range map[int]rollup.OpType{2: rollup.OpTransfer, 3: rollup.OpTransferToNew} {
		again := assignTyped(t, r, typedShape, false)
		w := again[len(again)-1]
		w.Slots[slot].Type = uint64(to)
		if err := solves(NewBlockCircuit(typedShape), w); err == nil {
			t.Errorf("transfer slot %d accepts its transfer as a %s", slot, to)
		}
	}
}

// TestReview19TypedBoundaryShapes: shapes at the edges of the typed
// layout, each native block accepted by its shape's circuit with the
// layout Placement gives: a ladder shape smaller than a group, a group
// larger than the block (two general slots a block), a trade whose maker
// is the block's last slot, a withdrawal on the last slot after skipped
// transfer slots.
func TestReview19TypedBoundaryShapes(t *testing.T) {
	tradeSetup := `
		deposit A 100000 ETH
		deposit B 200000 DAI
		> block
		changepubkey A
		changepubkey B
		> block
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH
`
	ladder := typedParams // G G T T | G G T T in shapes of 2 and 8
	ladder.Shapes = []int{2, 8}
	big := typedParams // groups of 16 in 8 slots: G G T T T T T T
	big.SlotGroup = 16
	five := typedParams // G G T G G: a trade fits 3-4 only
	five.SlotGroup, five.BlockSlots = 3, 5
	for _, tc := range []struct {
		name   string
		p      rollup.Params
		text   string
		layout string
		slots  int
	}{
		{"LadderSmallShapeBelowAGroup", ladder, `
			deposit A 100 ETH
			deposit B 1 ETH
			changepubkey A
			> block
			transfer A B 1 fee 1
			withdraw A 1 ETH fee 1
			> block`, "[0 1]", 2},
		{"LadderSkipPastTheSmallShape", ladder, `
			deposit A 100 ETH
			deposit B 1 ETH
			changepubkey A
			> block
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			withdraw A 1 ETH fee 1
			> block`, "[0 1 4]", 8},
		{"GroupLargerThanTheBlock", big, `
			deposit A 100 ETH
			deposit B 1 ETH
			> block
			changepubkey A
			> block
			withdraw A 1 ETH fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			> block`, "[0 1 2 3 4 5 6 7]", 8},
		{"TradeEndsTheBlock", five, tradeSetup + `
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			match T M
			> block`, "[0 1 3]", 5},
		{"WithdrawalOnTheLastSlot", five, `
			deposit A 100 ETH
			deposit B 1 ETH
			changepubkey A
			> block
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			transfer A B 1 fee 1
			withdraw A 1 ETH fee 1
			withdraw A 1 ETH fee 1
			> block`, "[0 1 2 3 4]", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := review19Typed(t, tc.p, tc.text)
			b := r.Blocks[len(r.Blocks)-1]
			at, used := rollup.Placement(b.SlotGroup, b.Ops)
			if fmt.Sprint(at) != tc.layout || b.Slots != tc.slots || used > b.Slots {
				t.Fatalf("layout %v in %d slots (%d used), want %s in %d", at, b.Slots, used, tc.layout, tc.slots)
			}
			fresh, err := scenario.New(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			for _, blk := range r.Blocks {
				shape := ShapeWithSlots(tc.p, blk.Slots)
				var x fr.Element
				if _, err := x.SetRandom(); err != nil {
					t.Fatal(err)
				}
				a, err := AssignBlob(fresh.State, shape, blk, x)
				if err != nil {
					t.Fatal(err)
				}
				if err := fresh.State.Commit(nil); err != nil {
					t.Fatal(err)
				}
				if blk == b {
					if err := solves(NewBlockCircuit(shape), a); err != nil {
						t.Fatalf("the %d-slot typed circuit refuses the native block: %v", shape.Slots, err)
					}
				}
			}
		})
	}
	// a group larger than the block: a withdrawal after the two general
	// slots has no room (natively), and the circuit refuses it forged there
	r := review19Typed(t, big, `
		deposit A 100 ETH
		deposit B 1 ETH
		> block
		changepubkey A
		> block`)
	for range 2 {
		if _, err := r.Try("transfer A B 1 fee 1"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := r.Try("withdraw A 1 ETH fee 1"); !errors.Is(err, rollup.ErrBlockFull) {
		t.Fatal("a withdrawal found a general slot past the block's two")
	}
}

// TestReview19TypedCommitmentIsNativeForEveryLayout: the typed circuit's
// commitment, for native blocks with skips, equals the native
// BlobCommitment (data hash of Block.PaddedPubdata at Placement, Eval
// and Length over the compact pubdata with nothing for the Noops), and
// a commitment with the data hash of the untyped layout is refused.
func TestReview19TypedCommitmentIsNativeForEveryLayout(t *testing.T) {
	r := review19Typed(t, typedParams, review19Ops3T1W)
	b := r.Blocks[len(r.Blocks)-1]
	as := assignTyped(t, r, typedShape, false)
	a := as[len(as)-1]
	if err := solves(NewBlockCircuit(typedShape), a); err != nil {
		t.Fatal(err)
	}
	x := new(fr.Element).SetBigInt(a.DataPoint.(*big.Int))
	bind := b.BlobBinding(*x)
	untyped := *b
	untyped.SlotGroup = 0
	wrong := bind
	wrong.DataHash = rollup.DataHash(untyped.PaddedPubdata())
	if wrong.DataHash == bind.DataHash {
		t.Fatal("same data hash")
	}
	c := rollup.BlobCommitment(b.OldRoot, b.NewRoot, b.Header, wrong)
	w := *a
	w.Commitment = new(big.Int).SetBytes(c[:])
	if err := solves(NewBlockCircuit(typedShape), &w); err == nil {
		t.Error("the typed circuit accepts the data hash of the untyped layout")
	}
}

// TestReview19TypedCircuitAcceptsRandomNativeBlocks: random native typed
// blocks (transfers to existing and new accounts, withdrawals, deposits,
// ChangePubKeys, full exits, trades; skipped transfer slots, trades at
// group starts, blocks sealed early into ladder shapes) are each accepted
// by the circuit of their shape: the native placement and the circuit's
// slot types never disagree the other way (a block the rules seal that
// no proof can be made for would stall the chain).
func TestReview19TypedCircuitAcceptsRandomNativeBlocks(t *testing.T) {
	ladder := typedParams
	ladder.Shapes = []int{2, 4, 8}
	for _, p := range []rollup.Params{ladder, smallTyped} {
		t.Run(fmt.Sprintf("group%d-slots%d", p.SlotGroup, p.BlockSlots), func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(19*p.SlotGroup + p.BlockSlots)))
			r, err := scenario.Run(p, `
				deposit A 1000000 ETH
				deposit B 1000000 DAI
				> block
				changepubkey A
				changepubkey B
				> block`, nil)
			if err != nil {
				t.Fatal(err)
			}
			open := 0
			seal := func() {
				if _, err := r.Seal(); err != nil {
					t.Fatal(err)
				}
				open = 0
			}
			orders, fresh := 0, 0
			for n := 0; n < 36; n++ {
				var line string
				switch rng.Intn(9) {
				case 0, 1, 2:
					line = "transfer A B 1 fee 1"
				case 3:
					fresh++
					line = fmt.Sprintf("transfer A N%d 1 fee 1", fresh)
				case 4:
					line = "withdraw A 1 ETH fee 1"
				case 5:
					fresh++
					line = fmt.Sprintf("deposit D%d 5 ETH", fresh)
				case 6:
					line = "changepubkey A fee 1 ETH"
				case 7:
					line = "fullexit B DAI"
				case 8:
					orders++
					if open > 0 {
						seal()
					}
					slot, gen := (orders-1)%4, (orders-1)/4+1
					if err := r.Exec(fmt.Sprintf("deposit B 40 DAI\n> block\norder M%d A sell 10 ETH for 20 DAI slot %d gen %d\norder T%d B sell 20 DAI for 10 ETH slot %d gen %d",
						orders, slot, gen, orders, slot, gen)); err != nil {
						t.Fatal(err)
					}
					line = fmt.Sprintf("match T%d M%d", orders, orders)
				}
				_, err := r.Try(line)
				if errors.Is(err, rollup.ErrBlockFull) {
					seal()
					_, err = r.Try(line)
				}
				if err != nil {
					t.Fatalf("%s: %v", line, err)
				}
				open++
				if rng.Intn(8) == 0 {
					seal()
				}
			}
			if open > 0 {
				seal()
			}
			st, err := scenario.New(p)
			if err != nil {
				t.Fatal(err)
			}
			skips, trades := 0, 0
			for _, b := range r.Blocks {
				shape := ShapeWithSlots(p, b.Slots)
				var x fr.Element
				if _, err := x.SetRandom(); err != nil {
					t.Fatal(err)
				}
				a, err := AssignBlob(st.State, shape, b, x)
				if err != nil {
					t.Fatalf("block %d: %v", b.Header.Number, err)
				}
				if err := st.State.Commit(nil); err != nil {
					t.Fatal(err)
				}
				_, used := rollup.Placement(b.SlotGroup, b.Ops)
				interesting := used > rollup.SlotsUsed(b.Ops)
				for _, op := range b.Ops {
					interesting = interesting || op.Type == rollup.OpSpotTrade
				}
				if !interesting && b.Header.Number%3 != 0 {
					continue // solve the blocks with skips or trades, and a third of the rest
				}
				if used > rollup.SlotsUsed(b.Ops) {
					skips++
				}
				for _, op := range b.Ops {
					if op.Type == rollup.OpSpotTrade {
						trades++
					}
				}
				if err := solves(NewBlockCircuit(shape), a); err != nil {
					at, _ := rollup.Placement(b.SlotGroup, b.Ops)
					t.Fatalf("block %d (%d slots, ops at %v): native seals it, the circuit refuses: %v", b.Header.Number, b.Slots, at, err)
				}
			}
			t.Logf("%d blocks, %d solved with skips, %d trades", len(r.Blocks), skips, trades)
			if skips == 0 || trades == 0 {
				t.Error("no skip or no trade exercised")
			}
		})
	}
}
