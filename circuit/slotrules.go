package circuit

import (
	"fmt"
	"slices"

	"github.com/zkrollup/zkrollup/crypto"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/rollup"
)

// slot applies one slot's operation to root and returns the new root and the
// slot's padded pubdata bits. Every rule of rollup's apply.go is here; the
// comments name the native error each constraint stands for.
//
// A transfer slot (general false) has only the gadgets of the operations
// that fit one: its trading fields and order opening are held to zero and
// no order-tree update is built.
func (b *blockBuilder) slot(root frontend.Variable, s *Slot, feeTokens []frontend.Variable, general bool) (frontend.Variable, []frontend.Variable, opFlags, error) {
	api, h := b.api, b.h
	f := decodeType(api, s.Type, general)
	notSigned := api.Sub(1, f.signed)

	// Field widths (ErrAccountOutOfRange / ErrTokenOutOfRange come from the openings).
	acc, to, addr := bitsBE(api, s.Account, 32), bitsBE(api, s.To, 32), bitsBE(api, s.Address, 160)
	tok := bitsBE(api, s.Token, 16)
	// A transfer slot lays out neither Amount (a transfer publishes and
	// signs the packed amount; Amount is bound to its unpacking or to 0
	// below) nor a key hash (held to 0 below): no decompositions for them.
	amt, pkh := constBits(0, 128), constBits(0, 160)
	if general {
		amt, pkh = bitsBE(api, s.Amount, 128), bitsBE(api, s.PubKeyHash, 160)
	}
	nonce := bitsBE(api, s.Nonce, 32)
	unpacked, packed := Unpack(api, s.PackedAmount, 40) // ErrPackedOutOfRange
	fee, feeBits := Unpack(api, s.PackedFee, 16)
	tr := b.tradeFields(s, f, general)

	// Fields an operation does not use are zero, so every witness value is bound.
	implies(api, api.Sub(1, f.anyTransfer), s.PackedAmount, 0)
	implies(api, api.Sub(1, api.Add(f.anyTransfer, f.trade)), s.To, 0) // a trade's first slot names the maker
	implies(api, f.anyTransfer, s.Amount, unpacked)
	implies(api, f.half, s.Amount, tr.sold) // a trade's side sells Amount of Token
	implies(api, notSigned, s.PackedFee, 0)
	implies(api, notSigned, s.Nonce, 0)
	implies(api, api.Sub(1, f.cpk), s.PubKeyHash, 0)
	implies(api, api.Add(f.noop, f.refund), s.Account, 0) // a refund opens account 0 and changes nothing
	implies(api, api.Add(f.noop, f.ordered), s.Address, 0)
	implies(api, f.noop, s.Token, 0)
	implies(api, api.Add(f.noop, f.cpk, f.cancel), s.Amount, 0) // found unbound for ChangePubKey by TestEverySingleWitnessChangeIsRejected

	// Signature over the operation's signed bytes (rollup.SignedBytes, an
	// order's for a trade's slots), laid out by signedLayouts. Every signed
	// layout is one or two 31-byte chunks: select the chunks by type and
	// hash once (not once per layout); 0 when the slot is unsigned.
	fields := map[rollup.Field][]frontend.Variable{
		rollup.FieldAccount: acc, rollup.FieldTo: to, rollup.FieldAddress: addr, rollup.FieldToken: tok,
		rollup.FieldAmount: amt, rollup.FieldPackedAmount: packed, rollup.FieldFee: feeBits,
		rollup.FieldPubKeyHash: pkh, rollup.FieldNonce: nonce,
	}
	tr.addFields(fields, acc, to, tok)
	chunks := []frontend.Variable{0, 0}
	var oneChunk frontend.Variable = 0 // the slot's layout fits one chunk (a cancel's 19 bytes)
	for _, l := range signedLayouts {
		var flag frontend.Variable = 0
		for _, t := range l.ops {
			flag = api.Add(flag, f.is[t])
		}
		w := NewBitWriter(api).BitsBE(layoutBits(fields, l.as, l.fields))
		cs := w.Chunks(31)
		if len(cs) > len(chunks) {
			return nil, nil, f, fmt.Errorf("the signed layout of %s is longer than %d chunks", l.as, len(chunks))
		}
		if len(cs) == 1 {
			oneChunk = api.Add(oneChunk, flag)
		}
		for k, c := range cs {
			chunks[k] = api.Add(chunks[k], api.Mul(flag, c))
		}
	}
	// rollup.MessageHash chains the chunks there are: one or two
	iv := h.Compress(uint64(crypto.DomainTx), b.chainID)
	h1 := h.Compress(iv, chunks[0])
	hasMsg := api.Add(f.signed, f.half)
	msg := api.Mul(hasMsg, api.Select(oneChunk, h1, h.Compress(h1, chunks[1])))
	valid, err := IsValidSignature(api, b.curve, s.Sig, msg)
	if err != nil {
		return nil, nil, f, err
	}
	api.AssertIsEqual(valid, 1) // ErrBadSignature (unsigned slots carry any valid signature of 0)
	sigKeyHash := h.PubKeyHash(s.Sig.PubKey.X, s.Sig.PubKey.Y)
	// ChangePubKey: the new key is in the prime-order subgroup (native key decoding).
	if general { // a transfer slot has no ChangePubKey: its SubgroupQ is held to (0, 1) below
		p := twistededwards.Point{X: api.Select(f.cpk, s.Sig.PubKey.X, 0), Y: api.Select(f.cpk, s.Sig.PubKey.Y, 1)}
		AssertInSubgroup(b.curve, p, s.SubgroupQ)
	}
	// No slot's key is the identity (native: crypto.ErrBadPublicKey). It is
	// in the subgroup, and under it R = [S]G verifies for any message: a
	// ChangePubKey to it would let anyone sign for the account. Other slots'
	// keys are registered ones or the fixed key of unsigned slots, never it.
	isIdentity := api.Mul(api.IsZero(s.Sig.PubKey.X), api.IsZero(api.Sub(s.Sig.PubKey.Y, 1)))
	api.AssertIsEqual(isIdentity, 0)
	implies(api, api.Sub(1, f.cpk), s.SubgroupQ.X, 0)
	implies(api, api.Sub(1, f.cpk), s.SubgroupQ.Y, 1)

	// ---- account A: the acting account ----
	a := s.A
	api.AssertIsEqual(a.ID, s.Account)
	api.AssertIsEqual(a.Token, s.Token)
	aExists := api.Sub(1, api.IsZero(a.Address))
	sender := api.Add(f.anyTransfer, f.withdraw)
	keyed := api.Add(sender, f.half, f.cancel)                  // signed with the account's registered key
	implies(api, f.signed, aExists, 1)                          // ErrAccountNotFound
	implies(api, keyed, api.IsZero(a.PubKeyHash), 0)            // ErrNoPubKey (an empty account has none)
	implies(api, keyed, sigKeyHash, a.PubKeyHash)               // ErrPubKeyMismatch
	implies(api, f.cpk, sigKeyHash, s.PubKeyHash)               // the registered key is the signing key
	implies(api, f.cpk, a.Address, s.Address)                   // pubdata names the owner (the contract checks its L1 signature)
	implies(api, f.signed, s.Nonce, a.Nonce)                    // ErrNonceMismatch
	assertFits(api, api.Mul(f.signed, api.Add(a.Nonce, 1)), 32) // ErrNonceOverflow
	isZeroAddr := api.IsZero(s.Address)
	implies(api, api.Add(f.deposit, f.refund, f.anyTransfer, f.withdraw), isZeroAddr, 0) // ErrZeroAddress (checked before a deposit can be refunded)
	implies(api, api.Add(f.deposit, f.refund), api.IsZero(s.Amount), 0)                  // ErrZeroAmount
	implies(api, api.Mul(f.deposit, aExists), a.Address, s.Address)                      // ErrAddressMismatch
	// full exit: the owner's whole balance, or nothing
	isOwner := api.Mul(aExists, api.IsZero(api.Sub(a.Address, s.Address)))
	implies(api, f.fullExit, s.Amount, api.Mul(isOwner, a.Balance))

	debit := api.Add(api.Mul(sender, api.Add(s.Amount, fee)), api.Mul(api.Add(f.cpk, f.cancel), fee), api.Mul(f.fullExit, s.Amount),
		api.Mul(f.half, s.Amount))
	credit := api.Mul(f.deposit, s.Amount)
	aBalance := api.Sub(api.Add(a.Balance, credit), debit)
	assertFits(api, aBalance, 128) // ErrInsufficientFunds below zero, ErrBalanceOverflow above 2^128-1
	create := api.Mul(f.deposit, api.Sub(1, aExists))
	orderRoot := a.OrderRoot
	if general {
		orderRoot = b.orderRules(s, f, tr, a.OrderRoot)
	}
	root = h.Update(root, a, AccountAfter{
		Address:    api.Select(create, s.Address, a.Address),
		PubKeyHash: api.Select(f.cpk, s.PubKeyHash, a.PubKeyHash),
		Nonce:      api.Add(a.Nonce, f.signed),
		Balance:    aBalance,
		OrderRoot:  orderRoot,
	})

	// ---- account B: a transfer's receiver; a trade's side in the token it
	// buys; otherwise A again, unchanged ----
	o := s.B
	api.AssertIsEqual(o.ID, api.Select(f.anyTransfer, s.To, s.Account))
	api.AssertIsEqual(o.Token, api.Select(f.half, s.TokenB, s.Token))
	implies(api, f.transfer, o.Address, s.Address)  // the receiver is the account of the signed address
	implies(api, f.toNew, api.IsZero(o.Address), 1) // ErrAccountExists
	bBalance := api.Add(o.Balance, api.Mul(f.anyTransfer, s.Amount), api.Mul(f.half, api.Sub(tr.received, s.TradeFee)))
	assertFits(api, bBalance, 128) // ErrBalanceOverflow
	root = h.Update(root, o, AccountAfter{
		Address:    api.Select(f.toNew, s.Address, o.Address),
		PubKeyHash: o.PubKeyHash,
		Nonce:      o.Nonce,
		Balance:    bBalance,
		OrderRoot:  o.OrderRoot,
	})

	// ---- fee: collected by one of the block's fee credits (a trade's side
	// pays in the token it receives) ----
	slotFee := api.Select(f.half, s.TradeFee, fee)
	feeToken := api.Select(f.half, s.TokenB, s.Token)
	feeIsZero := api.IsZero(slotFee)
	implies(api, feeIsZero, s.FeeSlot, 0)
	var selSum, selToken frontend.Variable = 0, 0
	for j := range feeTokens {
		sel := api.IsZero(api.Sub(s.FeeSlot, j))
		selSum = api.Add(selSum, sel)
		selToken = api.Add(selToken, api.Mul(sel, feeTokens[j]))
		b.feeSums[j] = api.Add(b.feeSums[j], api.Mul(sel, slotFee))
	}
	api.AssertIsEqual(selSum, 1)                            // FeeSlot names a credit (ErrTooManyFeeTokens natively)
	implies(api, api.Sub(1, feeIsZero), selToken, feeToken) // and that credit is in the fee's token

	b.linkTrade(s, f)
	return root, b.pubdata(f, fields), f, nil
}

// signedLayout is the layout of the bytes an operation's signature covers:
// the type byte `as` (the request type: a TransferToNew signs a Transfer),
// then fields. It must match the request's native SignedBytes.
type signedLayout struct {
	as     rollup.OpType
	ops    []rollup.OpType // the op types signed with this layout
	fields []rollup.Field
}

// signedLayouts selects the signed bytes of every signed op type
// (rollup.OpSpec.Signed); internal/opregistry's test fails when a signed
// type has none.
var signedLayouts = []signedLayout{
	// an order (rollup.Order.SignedBytes), signed by the side of either slot of a trade
	{as: rollup.OpType(rollup.OrderTag), ops: []rollup.OpType{rollup.OpSpotTrade, OpTradeMaker},
		fields: []rollup.Field{rollup.FieldAccount, fieldPlainSlot, fieldGeneration, rollup.FieldToken, fieldTokenB, fieldAmountSell,
			fieldAmountBuy, fieldOrderFlags, fieldMaxFee, fieldValidFrom, fieldValidUntil}},
	{as: rollup.OpCancelOrder, ops: []rollup.OpType{rollup.OpCancelOrder},
		fields: []rollup.Field{rollup.FieldAccount, fieldPlainSlot, fieldGeneration, rollup.FieldToken, rollup.FieldFee, rollup.FieldNonce}},
	{as: rollup.OpTransfer, ops: []rollup.OpType{rollup.OpTransfer, rollup.OpTransferToNew},
		fields: []rollup.Field{rollup.FieldAccount, rollup.FieldAddress, rollup.FieldToken, rollup.FieldPackedAmount, rollup.FieldFee, rollup.FieldNonce}},
	{as: rollup.OpWithdraw, ops: []rollup.OpType{rollup.OpWithdraw},
		fields: []rollup.Field{rollup.FieldAccount, rollup.FieldAddress, rollup.FieldToken, rollup.FieldAmount, rollup.FieldFee, rollup.FieldNonce}},
	{as: rollup.OpChangePubKey, ops: []rollup.OpType{rollup.OpChangePubKey},
		fields: []rollup.Field{rollup.FieldAccount, rollup.FieldPubKeyHash, rollup.FieldToken, rollup.FieldFee, rollup.FieldNonce}},
}

// SignedLayout returns the signed fields of op type t (after its type
// byte) and the type byte it signs as; ok is false if the circuit has none.
// A SpotTrade's slots check its orders' signatures (rollup.Order's layout,
// tag rollup.OrderTag), not a signature of the trade: it has none.
func SignedLayout(t rollup.OpType) (as rollup.OpType, fields []rollup.Field, ok bool) {
	for _, l := range signedLayouts {
		if slices.Contains(l.ops, t) && l.as != rollup.OpType(rollup.OrderTag) {
			return l.as, l.fields, true
		}
	}
	return 0, nil, false
}

// layoutBits is the type byte t followed by the bits of fields.
func layoutBits(bits map[rollup.Field][]frontend.Variable, t rollup.OpType, fields []rollup.Field) []frontend.Variable {
	out := constBits(uint64(t), 8)
	for _, f := range fields {
		out = append(out, bits[f]...)
	}
	return out
}

// pubdata lays out the slot's pubdata (rollup.ExecutedOp.EncodePubdata, from
// the registry's rollup.OpSpec.Pubdata), zero-padded to rollup.SlotBytes,
// selected by the type flags. Output bit k is Σ flag·(that layout's bit k);
// layouts whose bit k is the same field bit share one product (their flags
// are summed first, which is free), so an operation laid out like another
// costs almost nothing.
func (b *blockBuilder) pubdata(f opFlags, fields map[rollup.Field][]frontend.Variable) []frontend.Variable {
	type source struct { // where a layout's bit comes from
		field rollup.Field // 0: the type byte, a constant
		bit   int          // the field's bit, or the type byte's bit value
	}
	type layout struct {
		flag frontend.Variable
		bits []source
	}
	var layouts []layout
	for _, t := range gadgets {
		s, err := rollup.Spec(t)
		if err != nil || t == rollup.OpNoop {
			continue // a Noop publishes nothing but its zero type byte
		}
		var bits []source
		for _, c := range constBits(uint64(t), 8) {
			bits = append(bits, source{bit: int(c.(uint64))})
		}
		for _, fl := range s.Pubdata {
			for j := range fields[fl] {
				bits = append(bits, source{field: fl, bit: j})
			}
		}
		layouts = append(layouts, layout{f.is[t], bits})
	}
	out := make([]frontend.Variable, rollup.SlotBytes*8)
	for k := range out {
		var v frontend.Variable = 0
		var order []source
		flags := map[source]frontend.Variable{}
		for _, l := range layouts {
			if k >= len(l.bits) {
				continue
			}
			src := l.bits[k]
			if src.field == 0 {
				if src.bit == 1 {
					v = b.api.Add(v, l.flag) // a type bit of 1: the flag itself
				}
				continue
			}
			if _, ok := flags[src]; !ok {
				order = append(order, src)
				flags[src] = 0
			}
			flags[src] = b.api.Add(flags[src], l.flag)
		}
		for _, src := range order {
			v = b.api.Add(v, b.api.Mul(flags[src], fields[src.field][src.bit]))
		}
		out[k] = v
	}
	return out
}
