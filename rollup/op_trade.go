package rollup

import (
	"fmt"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
)

// SpotTrade settles two orders of opposite sides: the taker sells
// TakerFill of its sell token to the maker, the maker sells MakerFill of
// the other token to the taker, at the maker's price (the taker pays the
// least that meets the maker's limit, MakerFill × the maker's ratio
// rounded up). Each side pays a fee of FeeBips basis points of what it
// receives (in that token, at most its order's MaxFeeBips), credited to
// the block's fee account. Nobody signs a trade: each order is signed by
// its account, and whoever matches them (the matching engine, a test
// helper) builds the trade. It takes two slots of the block circuit, one
// per order.
type SpotTrade struct {
	Taker, Maker Order
	TakerFill    PackedFill // what the taker sells (of Taker.TokenSell)
	MakerFill    PackedFill // what the maker sells (of Maker.TokenSell)
	TakerFeeBips uint8
	MakerFeeBips uint8

	// fromL1: rebuilt from pubdata (ReplayPubdata), which does not publish
	// the orders' signatures, prices, sizes, validity or fee caps: the
	// block's proof checked them; the replay applies what they did.
	fromL1 bool
}

// TxType is the operation type of a SpotTrade.
func (*SpotTrade) TxType() OpType { return OpSpotTrade }

func (t *SpotTrade) appendWire(b []byte) []byte {
	b = append(b, byte(OpSpotTrade))
	b = append(b, EncodeOrder(&t.Taker)...)
	b = append(b, EncodeOrder(&t.Maker)...)
	b = append(b, t.TakerFill[:]...)
	b = append(b, t.MakerFill[:]...)
	return append(b, t.TakerFeeBips, t.MakerFeeBips)
}

func (t *SpotTrade) readWire(r *reader) error {
	for _, o := range []*Order{&t.Taker, &t.Maker} {
		d, err := DecodeOrder(r.next(OrderWireSize))
		if err != nil {
			return err
		}
		*o = *d
	}
	r.into(t.TakerFill[:])
	r.into(t.MakerFill[:])
	t.TakerFeeBips, t.MakerFeeBips = r.u8(), r.u8()
	if _, err := t.TakerFill.Value(); err != nil {
		return err
	}
	_, err := t.MakerFill.Value()
	return err
}

// Order slot as pubdata carries it (FieldOrderSlot): the slot in the low
// 14 bits, bit 14 set for a buy order (its fills count what it buys),
// bit 15 for an order's first fill.
const (
	slotBuyFlag = 1 << 14
	// MaxOrderDepth is the deepest order tree pubdata can address.
	MaxOrderDepth = 14
)

// side is one order of a trade as the rules see it.
type side struct {
	o        *Order
	acc      state.Account
	st       orderState
	sells    num.U128 // what it sells
	receives num.U128 // what it receives before its fee
	fee      num.U128
	bips     uint8
	filled   num.U128 // the order's filled amount after the trade
}

func (m *Machine) spotTrade(t *SpotTrade, sig *sigResult) (ExecutedOp, bool, error) {
	tk, mk := &t.Taker, &t.Maker
	op := ExecutedOp{Type: OpSpotTrade, Account: tk.Account, To: mk.Account, Token: tk.TokenSell, TokenB: tk.TokenBuy,
		Fill: t.TakerFill, ToFill: t.MakerFill, FeeBips: t.TakerFeeBips, ToFeeBips: t.MakerFeeBips}
	a, err := t.TakerFill.Value()
	if err != nil {
		return op, false, err
	}
	b, err := t.MakerFill.Value()
	if err != nil {
		return op, false, err
	}
	op.Amount, op.AmountB = a, b
	if a.IsZero() || b.IsZero() {
		return op, false, fmt.Errorf("%w: the taker sells %s, the maker %s", ErrZeroAmount, a, b)
	}
	if !belowTradeLimit(a) || !belowTradeLimit(b) {
		return op, false, fmt.Errorf("%w: fills %s and %s", ErrTradeAmountTooLarge, a, b)
	}
	x, y := tk.TokenSell, tk.TokenBuy
	for _, tok := range []uint16{x, y} {
		if err := m.checkToken(tok); err != nil {
			return op, false, err
		}
	}
	if x == y {
		return op, false, fmt.Errorf("%w: token %d", ErrSameToken, x)
	}
	if mk.TokenSell != y || mk.TokenBuy != x {
		return op, false, fmt.Errorf("%w: the taker sells %d for %d, the maker %d for %d", ErrOrdersDoNotMatch, x, y, mk.TokenSell, mk.TokenBuy)
	}
	if tk.Account == mk.Account {
		return op, false, fmt.Errorf("%w: account %d", ErrSelfTrade, tk.Account)
	}
	if !t.fromL1 && (sig == nil || sig.orders == nil) {
		r := checkTradeSignatures(m.keys, m.p.ChainID, t)
		sig = &r
	}
	if !t.fromL1 && sig.err != nil {
		return op, false, sig.err
	}
	sides := [2]side{{o: tk, sells: a, receives: b, bips: t.TakerFeeBips}, {o: mk, sells: b, receives: a, bips: t.MakerFeeBips}}
	for i := range sides {
		s := &sides[i]
		var signer *crypto.PubKeyHash
		if !t.fromL1 {
			signer = &sig.orders[i]
		}
		if err := m.orderSide(s, signer); err != nil {
			return op, false, fmt.Errorf("%s: %w", [2]string{"taker", "maker"}[i], err)
		}
	}
	if !t.fromL1 {
		if err := checkPrices(tk, mk, a, b); err != nil {
			return op, false, err
		}
	}
	op.OrderSlot, op.ToOrderSlot = sides[0].published(), sides[1].published()

	// balances: each side's sell token debited, its buy token credited net
	// of its fee (four distinct balances: two accounts, two tokens)
	type write struct {
		id  uint32
		tok uint16
		v   num.U128
	}
	var writes []write
	for _, s := range sides {
		sold, err := m.debit(s.o.Account, s.o.TokenSell, s.sells, num.U128{})
		if err != nil {
			return op, false, err
		}
		bal, err := m.st.Balance(s.o.Account, s.o.TokenBuy)
		if err != nil {
			return op, false, err
		}
		net, _ := s.receives.Sub(s.fee) // fee <= receives: bips < 10000
		bal, of := bal.Add(net)
		if of {
			return op, false, fmt.Errorf("%w: account %d token %d", ErrBalanceOverflow, s.o.Account, s.o.TokenBuy)
		}
		writes = append(writes, write{s.o.Account, s.o.TokenSell, sold}, write{s.o.Account, s.o.TokenBuy, bal})
	}
	addFees, err := m.reserveFees(FeeCredit{Token: y, Amount: sides[0].fee}, FeeCredit{Token: x, Amount: sides[1].fee})
	if err != nil {
		return op, false, err
	}
	for _, w := range writes {
		if err := m.st.SetBalance(w.id, w.tok, w.v); err != nil {
			return op, false, err
		}
	}
	for _, s := range sides {
		if err := m.writeOrder(s.o.Account, s.o.Slot, s.o.Generation, s.filled); err != nil {
			return op, false, err
		}
	}
	addFees()
	return op, false, nil
}

// orderSide checks one order of a trade against its account and its slot
// and computes its fee and filled amount; signer is the key that signed
// the order. nil signer: the trade is rebuilt from pubdata, and the checks
// that need what pubdata does not carry (signature, validity, fee cap,
// size) were the proof's.
func (m *Machine) orderSide(s *side, signer *crypto.PubKeyHash) error {
	fromL1 := signer == nil
	o := s.o
	if err := m.checkAccountID(o.Account); err != nil {
		return err
	}
	acc, err := m.st.Account(o.Account)
	if err != nil {
		return err
	}
	switch {
	case !acc.Exists():
		return fmt.Errorf("%w: account %d", ErrAccountNotFound, o.Account)
	case acc.PubKeyHash.IsZero():
		return fmt.Errorf("%w: account %d", ErrNoPubKey, o.Account)
	}
	if !fromL1 {
		if pkh := *signer; pkh != acc.PubKeyHash {
			return fmt.Errorf("%w: account %d has %s, order signed by %s", ErrPubKeyMismatch, o.Account, acc.PubKeyHash, pkh)
		}
		ts := m.blk.hdr.Timestamp
		if ts < uint64(o.ValidFrom) {
			return fmt.Errorf("%w: valid from %d, block time %d", ErrOrderNotYetValid, o.ValidFrom, ts)
		}
		if ts > uint64(o.ValidUntil) {
			return fmt.Errorf("%w: valid until %d, block time %d", ErrOrderExpired, o.ValidUntil, ts)
		}
		if s.bips > o.MaxFeeBips {
			return fmt.Errorf("%w: %d bips, the order allows %d", ErrFeeOverCap, s.bips, o.MaxFeeBips)
		}
	}
	s.acc = acc
	if s.st, err = m.orderSlot(o.Account, o.Slot, o.Generation); err != nil {
		return err
	}
	if !s.st.fresh && s.st.filled == OrderFilled {
		return fmt.Errorf("%w: account %d slot %d generation %d", ErrOrderCancelled, o.Account, o.Slot, o.Generation)
	}
	add := s.sells
	if o.Buy {
		add = s.receives
	}
	filled, of := s.st.filled.Add(add)
	if !fromL1 {
		size, err := o.size()
		if err != nil {
			return err
		}
		if of || filled.Cmp(size) > 0 {
			return fmt.Errorf("%w: filled %s + %s, size %s", ErrOrderOverfill, s.st.filled, add, size)
		}
	} else if of || filled == OrderFilled {
		return fmt.Errorf("%w: filled %s + %s", ErrOrderOverfill, s.st.filled, add)
	}
	s.filled = filled
	s.fee = feeOf(s.receives, s.bips) // < receives: a byte of bips is at most 2.55 %
	return nil
}

// checkPrices: the taker gets at least its limit, the maker exactly its
// price rounded up to its favour (a = ceil(b × maker buy / maker sell)).
// All products are exact.
func checkPrices(tk, mk *Order, a, b num.U128) error {
	tS, err := tk.AmountSell.Value()
	if err != nil {
		return err
	}
	tB, err := tk.AmountBuy.Value()
	if err != nil {
		return err
	}
	mS, err := mk.AmountSell.Value()
	if err != nil {
		return err
	}
	mB, err := mk.AmountBuy.Value()
	if err != nil {
		return err
	}
	if tS.IsZero() || tB.IsZero() || mS.IsZero() || mB.IsZero() {
		return fmt.Errorf("%w: an order's amounts are zero", ErrZeroAmount)
	}
	for _, v := range []num.U128{tS, tB, mS, mB} {
		if !belowTradeLimit(v) {
			return fmt.Errorf("%w: an order's amount is %s", ErrTradeAmountTooLarge, v)
		}
	}
	if !mulGE(b, tS, a, tB) {
		return fmt.Errorf("%w: the taker gets %s for %s, its limit is %s for %s", ErrLimitPrice, b, a, tB, tS)
	}
	if !mulGE(a, mS, b, mB) {
		return fmt.Errorf("%w: the maker gets %s for %s, its limit is %s for %s", ErrLimitPrice, a, b, mB, mS)
	}
	less, _ := a.Sub(num.FromUint64(1))
	if mulGE(less, mS, b, mB) {
		return fmt.Errorf("%w: the maker's price gives %s for %s; the taker pays more", ErrNotMakerPrice, b, a)
	}
	return nil
}

// TradeAmountBits bounds an order's amounts and a trade's fills (< 2^120):
// the circuit compares products of two of them as field elements, which
// must stay below the BN254 modulus (2^253.6).
const TradeAmountBits = 120

func belowTradeLimit(v num.U128) bool { return v.Big().BitLen() <= TradeAmountBits }

// published is the side's order slot as pubdata carries it.
func (s side) published() uint16 {
	v := s.st.publishedSlot(s.o.Slot)
	if s.o.Buy {
		v |= slotBuyFlag
	}
	return v
}

// reserveFees reserves several fee credits at once (a trade collects in
// two tokens): they fit the block's fee tokens together or not at all.
func (m *Machine) reserveFees(fs ...FeeCredit) (func(), error) {
	saved := append([]FeeCredit(nil), m.blk.fees...)
	for _, f := range fs {
		c, err := m.reserveFee(f.Token, f.Amount)
		if err != nil {
			m.blk.fees = saved
			return nil, err
		}
		c() // the next reservation sees this one
	}
	done := m.blk.fees
	m.blk.fees = saved
	return func() { m.blk.fees = done }, nil
}

// tradeFromPubdata rebuilds a SpotTrade from its pubdata and the orders'
// slots: what the orders did, not what they said (see SpotTrade.fromL1).
func tradeFromPubdata(m *Machine, o *ExecutedOp, _ [65]byte) (proven, error) {
	t := &SpotTrade{TakerFill: o.Fill, MakerFill: o.ToFill, TakerFeeBips: o.FeeBips, MakerFeeBips: o.ToFeeBips, fromL1: true}
	for _, s := range []struct {
		ord       *Order
		id        uint32
		slot      uint16
		sell, buy uint16
	}{{&t.Taker, o.Account, o.OrderSlot, o.Token, o.TokenB}, {&t.Maker, o.To, o.ToOrderSlot, o.TokenB, o.Token}} {
		gen, err := m.publishedGeneration(s.id, s.slot&^slotBuyFlag)
		if err != nil {
			return proven{}, err
		}
		*s.ord = Order{Account: s.id, Slot: s.slot &^ (slotFlag | slotBuyFlag), Generation: gen, TokenSell: s.sell, TokenBuy: s.buy,
			Buy: s.slot&slotBuyFlag != 0}
	}
	return proven{tx: t}, nil
}
