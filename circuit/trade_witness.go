package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
)

// zeroTrade assigns 0 to every trading field of a slot that does not use
// them (the circuit binds them to 0).
func zeroTrade(s *Slot) {
	for _, v := range []*frontend.Variable{&s.OrderSlot, &s.Generation, &s.TokenB, &s.AmountSell, &s.AmountBuy, &s.MaxFeeBips,
		&s.ValidFrom, &s.ValidUntil, &s.Fill, &s.FillB, &s.FeeBips, &s.TradeFee, &s.FeeRem, &s.ToOrderSlot, &s.ToFeeBips,
		&s.Order.OldGeneration, &s.Order.OldFilled} {
		*v = 0
	}
	for i := range s.Order.Path {
		s.Order.Path[i] = 0
	}
}

// openOrder assigns the order slot of account id that a trade side or a
// cancel changes: the published slot, the generation and the opening of
// the slot before the change.
func openOrder(st *state.State, s *Slot, id uint32, published uint16, generation uint32) error {
	slot := uint32(published & (1<<14 - 1))
	w, err := st.OrderWitness(id, slot)
	if err != nil {
		return err
	}
	s.OrderSlot, s.Generation = uint64(published), generation
	s.Order.OldGeneration, s.Order.OldFilled = w.Leaf.Generation, w.Leaf.Filled.Big()
	if len(w.Path.Siblings) != len(s.Order.Path) {
		return fmt.Errorf("order tree of depth %d, the circuit's is %d", len(w.Path.Siblings), len(s.Order.Path))
	}
	for i, sib := range w.Path.Siblings {
		s.Order.Path[i] = el(sib)
	}
	return nil
}

// assignTrade assigns a SpotTrade's two slots, the taker's side then the
// maker's, advancing st as the circuit does: each side's account in the
// token it sells (debited) with its order slot, then in the token it buys
// (credited net of its fee).
func assignTrade(st *state.State, sT, sM *Slot, op rollup.ExecutedOp, fees []rollup.FeeCredit, forge bool) error {
	t, ok := op.Tx.(*rollup.SpotTrade)
	if !ok {
		return fmt.Errorf("a SpotTrade without its request")
	}
	sides := []struct {
		s         *Slot
		ty        rollup.OpType
		o         *rollup.Order
		slot      uint16 // as published
		fill, got rollup.PackedFill
		sold, rec num.U128
		bips      uint8
	}{
		{sT, rollup.OpSpotTrade, &t.Taker, op.OrderSlot, op.Fill, op.ToFill, op.Amount, op.AmountB, op.FeeBips},
		{sM, OpTradeMaker, &t.Maker, op.ToOrderSlot, op.ToFill, op.Fill, op.AmountB, op.Amount, op.ToFeeBips},
	}
	for i, d := range sides {
		s, o := d.s, d.o
		s.Type, s.Account, s.To, s.Token, s.Amount = uint64(d.ty), o.Account, 0, o.TokenSell, d.sold.Big()
		s.Address, s.PackedAmount, s.PackedFee, s.PubKeyHash, s.Nonce, s.FeeSlot = 0, 0, 0, 0, 0, 0
		s.SubgroupQ = twistededwards.Point{X: 0, Y: 1}
		zeroTrade(s)
		if i == 0 {
			s.To, s.ToOrderSlot, s.ToFeeBips = t.Maker.Account, uint64(op.ToOrderSlot), uint64(op.ToFeeBips)
		}
		s.TokenB = o.TokenBuy
		s.AmountSell, s.AmountBuy = new(big.Int).SetBytes(o.AmountSell[:]), new(big.Int).SetBytes(o.AmountBuy[:])
		s.MaxFeeBips, s.ValidFrom, s.ValidUntil = uint64(o.MaxFeeBips), uint64(o.ValidFrom), uint64(o.ValidUntil)
		s.Fill, s.FillB = new(big.Int).SetBytes(d.fill[:]), new(big.Int).SetBytes(d.got[:])
		s.FeeBips = uint64(d.bips)
		// fee = floor(received · bips / 10,000), and the remainder
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(d.rec.Big(), big.NewInt(int64(d.bips))), big.NewInt(rollup.FeeBipsDenominator), new(big.Int))
		s.TradeFee, s.FeeRem = q, r
		fee, err := num.FromBig(q)
		if err != nil {
			return err
		}
		if !fee.IsZero() {
			if s.FeeSlot, err = feeSlotOf(fees, o.TokenBuy, forge); err != nil {
				return err
			}
		}
		sig, err := sigAssignment(o.PubKey, o.Signature)
		if err != nil {
			return err
		}
		s.Sig = sig.Signature

		// A: the side's account in the token it sells, and its order slot
		wa, err := st.Witness(o.Account, o.TokenSell)
		if err != nil {
			return err
		}
		s.A = opening(wa, s.A.orderDepth)
		if err := openOrder(st, s, o.Account, d.slot, o.Generation); err != nil {
			return err
		}
		leaf, err := st.Order(o.Account, uint32(o.Slot))
		if err != nil {
			return err
		}
		filled := leaf.Filled
		if d.slot&(1<<15) != 0 { // the order's first fill
			filled = num.U128{}
		}
		add := d.sold
		if o.Buy {
			add = d.rec
		}
		filled, of := filled.Add(add)
		if of && !forge {
			return fmt.Errorf("order of account %d slot %d overflows", o.Account, o.Slot)
		}
		if err := st.SetOrder(o.Account, uint32(o.Slot), state.OrderLeaf{Generation: o.Generation, Filled: filled}); err != nil {
			return err
		}
		bal, of := wa.Balance.Sub(d.sold)
		if of && !forge {
			return fmt.Errorf("account %d balance out of range", o.Account)
		}
		if err := write(st, o.Account, o.TokenSell, wa.Account, bal); err != nil {
			return err
		}

		// B: the same account in the token it buys, credited net of its fee
		wb, err := st.Witness(o.Account, o.TokenBuy)
		if err != nil {
			return err
		}
		s.B = opening(wb, s.B.orderDepth)
		net, _ := d.rec.Sub(fee)
		bal, of = wb.Balance.Add(net)
		if of && !forge {
			return fmt.Errorf("account %d balance overflows", o.Account)
		}
		if err := write(st, o.Account, o.TokenBuy, wb.Account, bal); err != nil {
			return err
		}
	}
	return nil
}
