package rollup_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// Review 19 (typed slots), cold attacker review, native side. Each test
// asserts the secure behaviour: a passing test documents a defence, a
// failing one a bug.

func review19TypedParams(g, slots int, shapes ...int) rollup.Params {
	p := rollup.TestParams
	p.BlobCapacity, p.SlotGroup, p.BlockSlots, p.Shapes = 64, g, slots, shapes
	return p
}

// review19EthSigs are a block's ChangePubKey L1 authorisations, in order
// (what commitBlobBlocks carries and restore replays with).
func review19EthSigs(b *rollup.Block) []byte {
	var out []byte
	for _, op := range b.Ops {
		if c, ok := op.Tx.(*rollup.ChangePubKey); ok && op.Type == rollup.OpChangePubKey {
			out = append(out, c.EthSignature[:]...)
		}
	}
	return out
}

// review19CheckBlock checks one sealed typed block: the receipts' slots
// are Placement's, the shape holds them, the padded pubdata has each
// operation's pubdata at its slot and zeros everywhere else (the skipped
// transfer slots and a trade's second included), the compact pubdata is
// the operations back to back (nothing for a skipped slot).
func review19CheckBlock(t *testing.T, p rollup.Params, b *rollup.Block, receipts []int) {
	t.Helper()
	at, used := rollup.Placement(b.SlotGroup, b.Ops)
	if b.SlotGroup != p.SlotGroup {
		t.Fatalf("block %d sealed with group %d, params %d", b.Header.Number, b.SlotGroup, p.SlotGroup)
	}
	if fmt.Sprint(at) != fmt.Sprint(receipts) {
		t.Fatalf("block %d: receipts at %v, Placement %v", b.Header.Number, receipts, at)
	}
	if used > b.Slots || b.Slots != p.ShapeFor(used) || b.Slots > p.BlockSlots {
		t.Fatalf("block %d: %d slots used, shape %d (ShapeFor %d, block slots %d)", b.Header.Number, used, b.Slots, p.ShapeFor(used), p.BlockSlots)
	}
	want := make([]byte, b.Slots*rollup.SlotBytes)
	var compact []byte
	for i := range b.Ops {
		enc := b.Ops[i].EncodePubdata(nil)
		copy(want[at[i]*rollup.SlotBytes:], enc)
		compact = append(compact, enc...)
		for k := range b.Ops[i].Type.Width() {
			if !b.Ops[i].Type.FitsTransferSlot() && !p.GeneralSlot(at[i]+k) {
				t.Fatalf("block %d: %s on transfer slot %d", b.Header.Number, b.Ops[i].Type, at[i]+k)
			}
		}
	}
	if !bytes.Equal(b.PaddedPubdata(), want) {
		t.Fatalf("block %d: padded pubdata is not each op at its slot, zeros elsewhere", b.Header.Number)
	}
	if !bytes.Equal(b.Pubdata(), compact) {
		t.Fatalf("block %d: compact pubdata is not the ops back to back", b.Header.Number)
	}
}

// TestReview19TypedRandomBlocksAgree: random streams of transfers (to
// existing and to new accounts), withdrawals, deposits, ChangePubKeys,
// full exits and trades under several groups, block sizes and ladders.
// The machine's receipts, the block's padded and compact pubdata and
// Placement agree (review19CheckBlock), and replaying each block's
// compact pubdata as restore does (ReplayPubdata, a fresh machine of the
// same params) gives the same shape, padded pubdata and blob binding.
func TestReview19TypedRandomBlocksAgree(t *testing.T) {
	for _, p := range []rollup.Params{
		review19TypedParams(3, 4), review19TypedParams(3, 8, 2, 8), review19TypedParams(4, 8, 2, 4, 8),
		review19TypedParams(5, 9, 3, 9), review19TypedParams(16, 8), review19TypedParams(8, 16, 4, 16),
	} {
		t.Run(fmt.Sprintf("group%d-slots%d-%v", p.SlotGroup, p.BlockSlots, p.Shapes), func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(p.SlotGroup*100 + p.BlockSlots)))
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
			var receipts []int
			var checked []*rollup.Block
			seal := func() {
				b, err := r.Seal()
				if err != nil {
					t.Fatal(err)
				}
				review19CheckBlock(t, p, b, receipts)
				checked = append(checked, b)
				receipts = nil
			}
			orders, fresh := 0, 0
			for n := 0; n < 80; n++ {
				var lines []string
				switch k := rng.Intn(9); k {
				case 0, 1, 2:
					lines = []string{"transfer A B 1 fee 1"}
				case 3:
					fresh++
					lines = []string{fmt.Sprintf("transfer A N%d 1 fee 1", fresh)}
				case 4:
					lines = []string{"withdraw A 1 ETH fee 1"}
				case 5:
					fresh++
					lines = []string{fmt.Sprintf("deposit D%d 5 ETH", fresh)}
				case 6:
					lines = []string{"changepubkey A fee 1 ETH"}
				case 7:
					lines = []string{"fullexit D1 ETH"}
				case 8:
					if p.BlockSlots < 2 {
						continue
					}
					orders++
					if len(receipts) > 0 {
						seal() // Exec seals an open block: define the orders between blocks
					}
					slot, gen := (orders-1)%4, (orders-1)/4+1 // a fresh generation each time a slot comes round
					if err := r.Exec(fmt.Sprintf("order M%d A sell 10 ETH for 20 DAI slot %d gen %d\norder T%d B sell 20 DAI for 10 ETH slot %d gen %d",
						orders, slot, gen, orders, slot, gen)); err != nil {
						t.Fatal(err)
					}
					lines = []string{fmt.Sprintf("match T%d M%d", orders, orders)}
				}
				for _, line := range lines {
					rc, err := r.Try(line)
					if errors.Is(err, rollup.ErrBlockFull) {
						seal()
						rc, err = r.Try(line)
					}
					if err != nil {
						t.Fatalf("%s: %v", line, err)
					}
					receipts = append(receipts, rc.Slot)
				}
				if rng.Intn(12) == 0 && len(receipts) > 0 {
					seal()
				}
			}
			if len(receipts) > 0 {
				seal()
			}
			skipped, kinds := false, map[rollup.OpType]int{}
			for _, b := range checked {
				_, used := rollup.Placement(b.SlotGroup, b.Ops)
				skipped = skipped || used > rollup.SlotsUsed(b.Ops)
				for _, op := range b.Ops {
					kinds[op.Type]++
				}
			}
			t.Logf("%d blocks, ops by type %v", len(checked), kinds)
			if !skipped && p.SlotGroup < p.BlockSlots { // a group past the block never skips: the op finds no room
				t.Error("no block skipped a transfer slot: the typed layout was not exercised")
			}

			// restore: replay every block from its compact pubdata
			re, err := scenario.New(p)
			if err != nil {
				t.Fatal(err)
			}
			var x fr.Element
			if _, err := x.SetRandom(); err != nil {
				t.Fatal(err)
			}
			for _, b := range r.Blocks {
				rb, err := re.Machine.ReplayPubdata(b.Header, b.Pubdata(), review19EthSigs(b), b.NewRoot.Bytes())
				if err != nil {
					t.Fatalf("replay block %d: %v", b.Header.Number, err)
				}
				if err := re.State.Commit(nil); err != nil {
					t.Fatal(err)
				}
				if rb.Slots != b.Slots || rb.SlotGroup != b.SlotGroup || !bytes.Equal(rb.PaddedPubdata(), b.PaddedPubdata()) ||
					rb.BlobBinding(x) != b.BlobBinding(x) || l1.StoredBlob(rb, x) != l1.StoredBlob(b, x) {
					t.Fatalf("block %d: the replay from L1 data differs from the sealed block", b.Header.Number)
				}
			}
		})
	}
}

// review19Layouts enumerates every layout of types the typed circuit
// accepts within n slots of group g (each op after the previous one's
// end, non-transfer ops on general slots, a trade on two general slots
// in a row) and calls fn with each.
func review19Layouts(g, n int, types []rollup.OpType, fn func(at []int)) {
	at := make([]int, len(types))
	var rec func(i, from int)
	rec = func(i, from int) {
		if i == len(types) {
			fn(at)
			return
		}
		for s := from; s+types[i].Width() <= n; s++ {
			ok := true
			for k := range types[i].Width() {
				ok = ok && (types[i].FitsTransferSlot() || rollup.GeneralSlot(g, s+k))
			}
			if ok {
				at[i] = s
				rec(i+1, s+types[i].Width())
			}
		}
	}
	rec(0, 0)
}

// TestReview19TypedPlacementIsGreedyMinimal: Placement puts every
// operation at or before where any layout the circuit accepts puts it.
// So a block the circuit proved always re-executes natively (ReplayPubdata
// at restore, the witness generator) without ErrBlockFull and in a shape
// no larger than the proven one.
func TestReview19TypedPlacementIsGreedyMinimal(t *testing.T) {
	alphabet := []rollup.OpType{rollup.OpTransfer, rollup.OpTransferToNew, rollup.OpWithdraw, rollup.OpSpotTrade, rollup.OpDeposit}
	for g := 3; g <= 6; g++ {
		n := 3 * g
		var seq func(types []rollup.OpType)
		seq = func(types []rollup.OpType) {
			if len(types) > 0 {
				ops := make([]rollup.ExecutedOp, len(types))
				for i, ty := range types {
					ops[i].Type = ty
				}
				at, used := rollup.Placement(g, ops)
				any := false
				review19Layouts(g, n, types, func(l []int) {
					any = true
					for i := range l {
						if at[i] > l[i] {
							t.Fatalf("group %d, %v: Placement %v puts op %d after the valid layout %v", g, types, at, i, l)
						}
					}
				})
				if any && used > n {
					t.Fatalf("group %d, %v: Placement uses %d slots, a layout fits %d", g, types, used, n)
				}
			}
			if len(types) == 5 {
				return
			}
			for _, ty := range alphabet {
				seq(append(append([]rollup.OpType(nil), types...), ty))
			}
		}
		seq(nil)
	}
}

// TestReview19TypedBatchStopsForEveryLaterOp: once one operation of a
// batch finds no room, every later one — another account's transfer, a
// transfer that would fit a transfer slot — is refused as full, on both
// batch paths, and nothing after it changed the state.
func TestReview19TypedBatchStopsForEveryLaterOp(t *testing.T) {
	p := review19TypedParams(3, 4) // G G T G
	r, err := scenario.Run(p, "deposit A 100 ETH\ndeposit B 100 ETH\n> block\nchangepubkey A\nchangepubkey B\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"withdraw A 1 ETH fee 1", "withdraw A 1 ETH fee 1"} { // slots 0, 1
		if _, err := r.Try(line); err != nil {
			t.Fatal(err)
		}
	}
	var txs []rollup.Tx
	for _, line := range []string{"transfer B A 1 fee 1 nonce 1", "withdraw B 1 ETH fee 1 nonce 2", "withdraw A 1 ETH fee 1 nonce 3", "transfer B A 1 fee 1 nonce 3"} {
		tx, err := r.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	res := r.Machine.ApplyBatch(txs)
	// B's transfer takes slot 2; B's withdrawal takes slot 3; A's withdrawal has none; B's transfer after it must stop
	if res[0].Err != nil || res[0].Receipt.Slot != 2 || res[1].Err != nil || res[1].Receipt.Slot != 3 {
		t.Fatalf("first two: %+v %+v", res[0].Err, res[1].Err)
	}
	for i := 2; i < 4; i++ {
		if !errors.Is(res[i].Err, rollup.ErrBlockFull) {
			t.Errorf("op %d: %v, want ErrBlockFull", i, res[i].Err)
		}
	}
}

// TestReview19TypedSkipAmplification: a general operation that follows
// an operation on a general slot's successor skips every transfer slot
// left in the group. One account alternating withdrawal and transfer
// (its nonces force the order) fills a block of groups of 8 with two
// operations a group: 16 operations take 58 of 64 slots. Found when
// fees.Quoter priced one slot an operation whatever its type; fixed:
// an operation that needs a general slot pays for the transfer slots it
// may skip (Params.MaxSkip), and what the operations pay covers every
// slot they take.
func TestReview19TypedSkipAmplification(t *testing.T) {
	p := review19TypedParams(8, 64, 8, 16, 64)
	r, err := scenario.Run(p, "deposit A 1000 ETH\ndeposit B 1 ETH\n> block\nchangepubkey A\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	ops, paid := 0, 0
	for i := 0; ; i++ {
		line, typ := "withdraw A 1 ETH fee 1", rollup.OpWithdraw
		if i%2 == 1 {
			line, typ = "transfer A B 1 fee 1", rollup.OpTransfer
		}
		if _, err := r.Try(line); errors.Is(err, rollup.ErrBlockFull) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		ops++
		paid += 1 + p.MaxSkip(typ)
	}
	used := r.Machine.OpenBlockSlots()
	t.Logf("%d operations take %d slots and pay for %d", ops, used, paid)
	if used > paid {
		t.Errorf("%d operations take %d of %d slots and pay for %d", ops, used, p.BlockSlots, paid)
	}
	// three operations push a quiet block from the 8-slot shape to the 16-slot one
	q, err := scenario.Run(p, "deposit A 1000 ETH\ndeposit B 1 ETH\n> block\nchangepubkey A\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"withdraw A 1 ETH fee 1", "transfer A B 1 fee 1", "withdraw A 1 ETH fee 1"} {
		if _, err := q.Try(line); err != nil {
			t.Fatal(err)
		}
	}
	b, err := q.Seal()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("3 operations sealed in the %d-slot shape", b.Slots)
}

// TestReview19TypedBatchStopsOnFeeTokens: the batch stop rule covers
// ErrBlockFull only. ErrTooManyFeeTokens is the other "no room in this
// block" refusal (the sequencer requeues both), and a later operation of
// the same account is then applied out of order: refused for its nonce,
// which the sequencer treats as a final rejection (pre-existing, the same
// class the typed-slots stop rule fixes for ErrBlockFull).
func TestReview19TypedBatchStopsOnFeeTokens(t *testing.T) {
	p := review19TypedParams(3, 8)
	r, err := scenario.Run(p, "deposit A 100 ETH\ndeposit A 100 DAI\ndeposit A 100 USDC\ndeposit B 1 ETH\n> block\nchangepubkey A\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"transfer A B 1 fee 1", "transfer A B 1 DAI fee 1"} { // fee credits ETH, DAI: both fee slots
		if _, err := r.Try(line); err != nil {
			t.Fatal(err)
		}
	}
	var txs []rollup.Tx
	for _, line := range []string{"withdraw A 1 USDC fee 1 nonce 3", "transfer A B 1 fee 1 nonce 4"} {
		tx, err := r.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	res := r.Machine.ApplyBatch(txs)
	if !errors.Is(res[0].Err, rollup.ErrTooManyFeeTokens) {
		t.Fatalf("the withdrawal: %v, want ErrTooManyFeeTokens", res[0].Err)
	}
	if !errors.Is(res[1].Err, rollup.ErrTooManyFeeTokens) && !errors.Is(res[1].Err, rollup.ErrBlockFull) {
		t.Errorf("the same account's next operation after a fee-token refusal: %v (a final rejection for the sequencer), "+
			"want it held back like after ErrBlockFull", res[1].Err)
	}
}
