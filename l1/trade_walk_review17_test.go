package l1_test

import (
	"encoding/binary"
	"testing"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Review of issue 17 (trading), the contract's side: the commit walk gives
// a SpotTrade two slots (its pubdata, then zeros) exactly as the native
// padding does, never lets one start in a block's last slot, and accepts
// what the native decoder accepts.

func r17Trade(fill, toFill uint32) rollup.ExecutedOp {
	op := rollup.ExecutedOp{Type: rollup.OpSpotTrade, Account: 1, To: 2, Token: 0, TokenB: 1, OrderSlot: 1 << 15, ToOrderSlot: 1<<15 | 3,
		FeeBips: 30, ToFeeBips: 10}
	binary.BigEndian.PutUint32(op.Fill[:], fill)
	binary.BigEndian.PutUint32(op.ToFill[:], toFill)
	return op
}

func r17Transfer() rollup.ExecutedOp {
	p, _ := rollup.PackAmount(num.FromUint64(5))
	return rollup.ExecutedOp{Type: rollup.OpTransfer, Account: 1, To: 2, Token: 0, PackedAmount: p, Amount: num.FromUint64(5)}
}

// TestReview17TradeTakesTwoSlotsOnL1: in a 4-slot deployment a trade fits
// after two transfers, before them, or twice (the stored block, commitment
// included, is l1.Stored's: the contract pads the trade's second slot with
// zeros as rollup.Block.PaddedPubdata does); a trade after three
// transfers, or a third operation after two trades, is TooManyOperations.
func TestReview17TradeTakesTwoSlotsOnL1(t *testing.T) {
	tr, tf := r17Trade(20000<<5, 10000<<5), r17Transfer()
	fits := map[string][]rollup.ExecutedOp{
		"transfer, transfer, trade": {tf, tf, tr},
		"trade, transfer, transfer": {tr, tf, tf},
		"trade, trade":              {tr, tr},
		"transfer, trade, transfer": {tf, tr, tf},
	}
	for name, ops := range fits {
		t.Run(name, func(t *testing.T) {
			m := newMockRollup(t)
			m.commit(m.block(ops...)) // checks the stored hash against l1.Stored
		})
	}
	overflows := map[string][]rollup.ExecutedOp{
		"transfer x3, trade":      {tf, tf, tf, tr},
		"trade, trade, transfer":  {tr, tr, tf},
		"transfer, trade, trade":  {tf, tr, tr},
		"trade, transfer x2, one": {tr, tf, tf, tf},
	}
	for name, ops := range overflows {
		t.Run(name, func(t *testing.T) {
			m := newMockRollup(t)
			b := m.block(ops...)
			b.Slots = 8 // what the ops would need; the deployment has 4
			wantRevert(t, name, m.tryCommit(b), "TooManyOperations")
		})
	}
}

// TestReview17FindingContractAcceptsUndecodableTradeFill (FAILS: finding):
// a SpotTrade's packed fills (27-bit mantissa, 5-bit exponent) can encode
// 2^128 or more; rollup.DecodePubdata (and so ReplayPubdata, restore) and
// the circuit refuse them, so the block can never be proven or replayed.
// For Transfer's packed amount the contract refuses exactly that at commit
// (issue 14 item 15, PackedAmountOutOfRange: "the contract accepts exactly
// what the native decoder accepts"); for a SpotTrade it accepts it.
func TestReview17FindingContractAcceptsUndecodableTradeFill(t *testing.T) {
	bad := uint32(34028237)<<5 | 31 // 34028237 · 10^31 > 2^128 - 1
	for _, c := range []struct {
		name string
		op   rollup.ExecutedOp
	}{
		{"taker fill", r17Trade(bad, 10000<<5)},
		{"maker fill", r17Trade(20000<<5, bad)},
	} {
		t.Run(c.name, func(t *testing.T) {
			pubdata := c.op.EncodePubdata(nil)
			if _, err := rollup.DecodePubdata(pubdata); err == nil {
				t.Fatal("the native decoder accepts the fill")
			}
			m := newMockRollup(t)
			re := m.tryCommit(m.block(c.op))
			if re == nil {
				t.Fatalf("the contract commits a SpotTrade whose %s the native decoder refuses (%x): a block no proof and no replay can follow", c.name, pubdata)
			}
			t.Logf("refused: %v", re)
		})
	}
	// the boundary: the largest fill below 2^128 is accepted by both
	ok := r17Trade(uint32(34028236)<<5|31, 10000<<5)
	if _, err := rollup.DecodePubdata(ok.EncodePubdata(nil)); err != nil {
		t.Fatal(err)
	}
	m := newMockRollup(t)
	if re := m.tryCommit(m.block(ok)); re != nil {
		t.Fatalf("a fill below 2^128 refused: %v", re)
	}
}
