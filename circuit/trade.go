package circuit

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
)

// The rules of orders, SpotTrade and CancelOrder (issue 17), native in
// rollup/op_trade.go, rollup/op_cancel.go and rollup/order.go.

// Signed fields of orders and cancels that are not pubdata fields: keys of
// the slot's field map beside rollup's (values the registry never uses).
const (
	fieldPlainSlot  rollup.Field = 200 + iota // the order slot as signed: 16 bits, no flags
	fieldGeneration                           // 32 bits
	fieldTokenB                               // 16 bits: the token the order buys
	fieldAmountSell                           // 40 bits packed
	fieldAmountBuy                            // 40 bits packed
	fieldOrderFlags                           // 8 bits: bit 0 the buy flag
	fieldMaxFee                               // 8 bits
	fieldValidFrom                            // 32 bits
	fieldValidUntil                           // 32 bits
)

// tradeVals are a slot's trading fields, decomposed and range-checked.
type tradeVals struct {
	sold, received    frontend.Variable // unpacked Fill and FillB
	sellAmt, buyAmt   frontend.Variable // unpacked AmountSell, AmountBuy
	slotBits          []frontend.Variable
	fresh, buy        frontend.Variable
	bits              map[rollup.Field][]frontend.Variable
	fillBE, fillBBE   []frontend.Variable
	orderSlotBE       []frontend.Variable
	toSlotBE, toFeeBE []frontend.Variable
	feeBipsBE         []frontend.Variable
	tokBBE            []frontend.Variable
}

// tradeFields decomposes the slot's trading fields (each to its width)
// and binds those an operation does not use to zero. A transfer slot
// (general false) holds them all to zero and returns constant zeros.
func (b *blockBuilder) tradeFields(s *Slot, f opFlags, general bool) tradeVals {
	api := b.api
	if !general {
		return zeroTradeFields(api, s)
	}
	var t tradeVals
	t.bits = map[rollup.Field][]frontend.Variable{}
	gen := bitsBE(api, s.Generation, 32)
	t.tokBBE = bitsBE(api, s.TokenB, 16)
	var sellBits, buyBits []frontend.Variable
	t.sellAmt, sellBits = Unpack(api, s.AmountSell, 40) // ErrPackedOutOfRange
	t.buyAmt, buyBits = Unpack(api, s.AmountBuy, 40)
	maxFee := bitsBE(api, s.MaxFeeBips, 8)
	from, until := bitsBE(api, s.ValidFrom, 32), bitsBE(api, s.ValidUntil, 32)
	t.sold, t.fillBE = Unpack(api, s.Fill, 32)
	t.received, t.fillBBE = Unpack(api, s.FillB, 32)
	t.feeBipsBE = bitsBE(api, s.FeeBips, 8)
	t.toSlotBE, t.toFeeBE = bitsBE(api, s.ToOrderSlot, 16), bitsBE(api, s.ToFeeBips, 8)
	slotLE := api.ToBinary(s.OrderSlot, 16)
	t.fresh, t.buy = slotLE[15], slotLE[14]
	depth := len(s.Order.Path)
	for k := depth; k < 14; k++ {
		api.AssertIsEqual(slotLE[k], 0) // ErrOrderSlotOutOfRange
	}
	t.slotBits = slotLE[:depth]
	t.orderSlotBE = make([]frontend.Variable, 16)
	plain := make([]frontend.Variable, 16) // the slot as signed: no flags
	for i := range 16 {
		t.orderSlotBE[15-i] = slotLE[i]
		plain[15-i] = slotLE[i]
		if i >= 14 {
			plain[15-i] = 0
		}
	}
	flags := append(constBits(0, 7), t.buy)
	t.bits[fieldPlainSlot], t.bits[fieldGeneration], t.bits[fieldTokenB] = plain, gen, t.tokBBE
	t.bits[fieldAmountSell], t.bits[fieldAmountBuy], t.bits[fieldOrderFlags] = sellBits, buyBits, flags
	t.bits[fieldMaxFee], t.bits[fieldValidFrom], t.bits[fieldValidUntil] = maxFee, from, until

	notHalf := api.Sub(1, f.half)
	for _, v := range []frontend.Variable{s.TokenB, s.AmountSell, s.AmountBuy, s.MaxFeeBips, s.ValidFrom, s.ValidUntil, s.Fill, s.FillB,
		s.FeeBips, s.TradeFee, s.FeeRem} {
		implies(api, notHalf, v, 0)
	}
	implies(api, api.Sub(1, f.trade), s.ToOrderSlot, 0)
	implies(api, api.Sub(1, f.trade), s.ToFeeBips, 0)
	notOrdered := api.Sub(1, f.ordered)
	for _, v := range append([]frontend.Variable{s.OrderSlot, s.Generation, s.Order.OldGeneration, s.Order.OldFilled}, s.Order.Path...) {
		implies(api, notOrdered, v, 0)
	}
	implies(api, f.cancel, t.buy, 0) // a cancel's slot carries no buy flag
	return t
}

// zeroTradeFields asserts a transfer slot's trading fields and order
// opening zero and returns them as constants, so every rule over them
// folds away.
func zeroTradeFields(api frontend.API, s *Slot) tradeVals {
	for _, v := range append([]frontend.Variable{s.OrderSlot, s.Generation, s.TokenB, s.AmountSell, s.AmountBuy, s.MaxFeeBips,
		s.ValidFrom, s.ValidUntil, s.Fill, s.FillB, s.FeeBips, s.TradeFee, s.FeeRem, s.ToOrderSlot, s.ToFeeBips,
		s.Order.OldGeneration, s.Order.OldFilled}, s.Order.Path...) {
		api.AssertIsEqual(v, 0)
	}
	t := tradeVals{sold: 0, received: 0, sellAmt: 0, buyAmt: 0, fresh: 0, buy: 0, bits: map[rollup.Field][]frontend.Variable{}}
	t.slotBits = constBits(0, len(s.Order.Path))
	t.fillBE, t.fillBBE = constBits(0, 32), constBits(0, 32)
	t.orderSlotBE, t.toSlotBE = constBits(0, 16), constBits(0, 16)
	t.toFeeBE, t.feeBipsBE, t.tokBBE = constBits(0, 8), constBits(0, 8), constBits(0, 16)
	t.bits[fieldPlainSlot], t.bits[fieldGeneration], t.bits[fieldTokenB] = constBits(0, 16), constBits(0, 32), constBits(0, 16)
	t.bits[fieldAmountSell], t.bits[fieldAmountBuy], t.bits[fieldOrderFlags] = constBits(0, 40), constBits(0, 40), constBits(0, 8)
	t.bits[fieldMaxFee], t.bits[fieldValidFrom], t.bits[fieldValidUntil] = constBits(0, 8), constBits(0, 32), constBits(0, 32)
	return t
}

// addFields adds the trading fields to the slot's field map (pubdata and
// signed layouts).
func (t tradeVals) addFields(fields map[rollup.Field][]frontend.Variable, acc, to, tok []frontend.Variable) {
	for k, v := range t.bits {
		fields[k] = v
	}
	addTradePubdata(fields, acc, to, tok, t.tokBBE, t.orderSlotBE, t.toSlotBE, t.fillBE, t.fillBBE, t.feeBipsBE, t.toFeeBE)
}

// addTradePubdata maps the pubdata fields of trades and cancels to bits
// (big-endian): account ids in their low 24 bits (the account tree is at
// most 24 deep for trades) and tokens in their low 12 (the balance tree at
// most 12).
func addTradePubdata(fields map[rollup.Field][]frontend.Variable, acc, to, tok, tokB, slot, toSlot, fill, fillB, bips, toBips []frontend.Variable) {
	fields[rollup.FieldAccount24] = acc[8:]
	fields[rollup.FieldTo24] = to[8:]
	fields[rollup.FieldOrderSlot] = slot
	fields[rollup.FieldToOrderSlot] = toSlot
	fields[rollup.FieldTokenPair] = append(append([]frontend.Variable{}, tok[4:]...), tokB[4:]...)
	fields[rollup.FieldFill] = fill
	fields[rollup.FieldToFill] = fillB
	fields[rollup.FieldFeeBips] = bips
	fields[rollup.FieldToFeeBips] = toBips
}

// maxU128 is a cancelled order's filled amount.
var maxU128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// orderRules applies a trade side's or a cancel's rules to its order slot
// and returns the acting account's order root after the slot (the opened
// root, unchanged, for every other operation).
func (b *blockBuilder) orderRules(s *Slot, f opFlags, t tradeVals, orderRoot frontend.Variable) frontend.Variable {
	api, h := b.api, b.h
	o := s.Order
	// the slot as it was, under the account's order root
	oldFull := h.HashTagged(crypto.DomainOrderLeaf, o.OldGeneration, o.OldFilled)
	oldEmpty := api.Mul(api.IsZero(o.OldGeneration), api.IsZero(o.OldFilled))
	oldLeaf := api.Select(oldEmpty, 0, oldFull)
	implies(api, f.ordered, h.MerkleRoot(oldLeaf, t.slotBits, o.Path), orderRoot)

	// generation: the slot's (continue) or the next (a fresh order), never 0
	g := s.Generation
	isNext := api.IsZero(api.Sub(g, api.Add(o.OldGeneration, 1)))
	isSame := api.IsZero(api.Sub(g, o.OldGeneration))
	implies(api, f.ordered, api.Add(isNext, isSame), 1) // ErrOrderReplaced, ErrOrderGeneration
	implies(api, f.ordered, t.fresh, isNext)            // pubdata flags the first fill of the generation
	implies(api, f.ordered, api.IsZero(g), 0)           // ErrOrderGeneration: generation 0
	notFresh := api.Sub(1, t.fresh)
	cancelled := api.IsZero(api.Sub(o.OldFilled, maxU128))
	implies(api, f.ordered, api.Mul(notFresh, cancelled), 0) // ErrOrderCancelled
	base := api.Mul(notFresh, o.OldFilled)

	// a trade's side: its fill counts what it sells, or for a buy order
	// what it buys, and stays within the order's size
	add := api.Select(t.buy, t.received, t.sold)
	size := api.Select(t.buy, t.buyAmt, t.sellAmt)
	filled := api.Add(base, add)
	assertFits(api, api.Mul(f.half, api.Sub(size, filled)), 128) // ErrOrderOverfill
	b.tradeChecks(s, f, t)

	newFilled := api.Select(f.cancel, maxU128, filled)
	newLeaf := h.HashTagged(crypto.DomainOrderLeaf, g, newFilled)
	return api.Select(f.ordered, h.MerkleRoot(newLeaf, t.slotBits, o.Path), orderRoot)
}

// tradeChecks are a trade side's checks that need no state: amounts,
// prices, validity, the fee rate and its fee.
func (b *blockBuilder) tradeChecks(s *Slot, f opFlags, t tradeVals) {
	api := b.api
	half := f.half
	for _, v := range []frontend.Variable{t.sold, t.received, t.sellAmt, t.buyAmt} {
		implies(api, half, api.IsZero(v), 0)                      // ErrZeroAmount
		assertFits(api, api.Mul(half, v), rollup.TradeAmountBits) // ErrTradeAmountTooLarge
	}
	// products of two amounts below 2^120 stay below 2^240, far below the
	// field's modulus: a difference that is negative wraps above 2^241
	limit := api.Sub(api.Mul(t.received, t.sellAmt), api.Mul(t.sold, t.buyAmt))
	assertFits(api, api.Mul(half, limit), 2*rollup.TradeAmountBits+1) // ErrLimitPrice: received/sold >= buy/sell
	// the maker gets exactly its price rounded up to its favour: one unit
	// less would not meet its limit
	exact := api.Sub(api.Mul(t.sold, t.buyAmt), api.Add(api.Mul(api.Sub(t.received, 1), t.sellAmt), 1))
	assertFits(api, api.Mul(f.maker, exact), 2*rollup.TradeAmountBits+1) // ErrNotMakerPrice
	implies(api, half, api.IsZero(api.Sub(s.Token, s.TokenB)), 0)        // ErrSameToken
	// valid at the block's time
	assertFits(api, api.Mul(half, api.Sub(b.timestamp, s.ValidFrom)), 64)  // ErrOrderNotYetValid
	assertFits(api, api.Mul(half, api.Sub(s.ValidUntil, b.timestamp)), 64) // ErrOrderExpired
	assertFits(api, api.Mul(half, api.Sub(s.MaxFeeBips, s.FeeBips)), 8)    // ErrFeeOverCap
	// the fee: floor(received · bips / 10,000)
	api.AssertIsEqual(api.Mul(t.received, s.FeeBips), api.Add(api.Mul(s.TradeFee, rollup.FeeBipsDenominator), s.FeeRem))
	assertFits(api, s.FeeRem, 14)
	assertFits(api, api.Sub(rollup.FeeBipsDenominator-1, s.FeeRem), 14)
	assertFits(api, s.TradeFee, 128)
}

// tradeLink is what a SpotTrade's first slot leaves for its second.
type tradeLink struct {
	open                                                   frontend.Variable // the previous slot was a trade's first
	taker, maker, makerSlot, makerBips, x, y, fillA, fillB frontend.Variable
}

// linkTrade binds a trade's two slots: the second is the maker's side of
// the first (the account, slot and fee rate the first published, the
// tokens and fills the other way round), of another account, and a
// first slot is always followed by its second.
func (b *blockBuilder) linkTrade(s *Slot, f opFlags) {
	api := b.api
	l := b.link
	api.AssertIsEqual(f.maker, l.open) // a maker's slot follows a taker's, and only then
	implies(api, f.maker, s.Account, l.maker)
	implies(api, f.maker, s.OrderSlot, l.makerSlot)
	implies(api, f.maker, s.FeeBips, l.makerBips)
	implies(api, f.maker, s.Token, l.y)
	implies(api, f.maker, s.TokenB, l.x)
	implies(api, f.maker, s.Fill, l.fillB)
	implies(api, f.maker, s.FillB, l.fillA)
	implies(api, f.maker, api.IsZero(api.Sub(s.Account, l.taker)), 0) // ErrSelfTrade
	b.link = tradeLink{open: f.trade, taker: s.Account, maker: s.To, makerSlot: s.ToOrderSlot, makerBips: s.ToFeeBips,
		x: s.Token, y: s.TokenB, fillA: s.Fill, fillB: s.FillB}
}
