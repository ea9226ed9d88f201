package rollup_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestTypedSlotsParams: typed slots need blob mode and a group of at
// least 3 (two general slots and a transfer slot).
func TestTypedSlotsParams(t *testing.T) {
	p := rollup.TestParams
	p.SlotGroup = 4
	if err := p.Check(); err == nil {
		t.Error("typed slots in calldata mode accepted")
	}
	p.BlobCapacity = 64
	if err := p.Check(); err != nil {
		t.Errorf("typed slots in blob mode: %v", err)
	}
	for _, g := range []int{-1, 1, 2, 4097} {
		p.SlotGroup = g
		if err := p.Check(); err == nil {
			t.Errorf("slot group %d accepted", g)
		}
	}
}

// TestTypedSlotsBatchKeepsItsOrder: in a batch, once an operation finds
// no room, none after it is applied. Under typed slots (G G T T G G T T)
// the fifth withdrawal finds no general slot; the transfer after it would
// fit slot 6, but applied it would be refused for its nonce (the
// withdrawal before it did not happen) and its sender would lose it.
func TestTypedSlotsBatchKeepsItsOrder(t *testing.T) {
	p := rollup.TestParams
	p.BlobCapacity, p.SlotGroup, p.BlockSlots = 64, 4, 8
	for _, sigChecked := range []bool{false, true} {
		t.Run(fmt.Sprint("sigChecked=", sigChecked), func(t *testing.T) {
			r, err := scenario.Run(p, "deposit A 100 ETH\ndeposit B 1 ETH\nchangepubkey A\n> block", nil)
			if err != nil {
				t.Fatal(err)
			}
			var txs []rollup.Tx
			for n := 2; n <= 6; n++ { // block 3 opens with A's transfer of nonce 1
				tx, err := r.Build(fmt.Sprintf("withdraw A 1 ETH fee 1 nonce %d", n))
				if err != nil {
					t.Fatal(err)
				}
				txs = append(txs, tx)
			}
			tx, err := r.Build("transfer A B 1 fee 1 nonce 7")
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
			if _, err := r.Try("transfer A B 1 fee 1"); err != nil { // opens block 3 at slot 0
				t.Fatal(err)
			}
			var res []rollup.Result
			if sigChecked {
				vs := make([]rollup.SigChecked, len(txs))
				for i, tx := range txs {
					if vs[i], err = rollup.CheckSig(crypto.NewKeyCache(16), p.ChainID, tx); err != nil {
						t.Fatal(err)
					}
				}
				res = r.Machine.ApplySigChecked(vs)
			} else {
				res = r.Machine.ApplyBatch(txs)
			}
			want := []int{1, 4, 5, -1, -1, -1} // slots; -1: full
			for i, w := range want {
				switch {
				case w >= 0 && (res[i].Err != nil || res[i].Receipt.Slot != w):
					t.Errorf("op %d: slot %d, %v; want slot %d", i, res[i].Receipt.Slot, res[i].Err, w)
				case w < 0 && !errors.Is(res[i].Err, rollup.ErrBlockFull):
					t.Errorf("op %d: %v, want ErrBlockFull", i, res[i].Err)
				}
			}
		})
	}
}

// TestTypedSlotsMaxSkipIsTheMostSkipped: MaxSkip, what fees charge an
// operation for the transfer slots it may leave empty, is exactly the
// most SlotFor ever skips for it.
func TestTypedSlotsMaxSkipIsTheMostSkipped(t *testing.T) {
	for g := 3; g <= 10; g++ {
		p := rollup.TestParams
		p.BlobCapacity, p.SlotGroup = 64, g
		for _, spec := range rollup.Ops() {
			most := 0
			for from := range 3 * g {
				most = max(most, rollup.SlotFor(g, from, spec.Type)-from)
			}
			if got := p.MaxSkip(spec.Type); got != most {
				t.Errorf("group %d, %s: MaxSkip %d, SlotFor skips at most %d", g, spec.Name, got, most)
			}
		}
	}
	if got := rollup.TestParams.MaxSkip(rollup.OpWithdraw); got != 0 {
		t.Errorf("untyped slots: MaxSkip %d", got)
	}
}
