package circuit

import (
	"github.com/zkrollup/zkrollup/crypto"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/rollup"
)

// slot applies one slot's operation to root and returns the new root and the
// slot's padded pubdata bits. Every rule of rollup's apply.go is here; the
// comments name the native error each constraint stands for.
func (b *blockBuilder) slot(root frontend.Variable, s *Slot, feeTokens []frontend.Variable) (frontend.Variable, []frontend.Variable, error) {
	api, h := b.api, b.h
	f := decodeType(api, s.Type)
	notSigned := api.Sub(1, f.signed)

	// Field widths (ErrAccountOutOfRange / ErrTokenOutOfRange come from the openings).
	acc, to, addr := bitsBE(api, s.Account, 32), bitsBE(api, s.To, 32), bitsBE(api, s.Address, 160)
	tok, amt, pkh := bitsBE(api, s.Token, 16), bitsBE(api, s.Amount, 128), bitsBE(api, s.PubKeyHash, 160)
	nonce := bitsBE(api, s.Nonce, 32)
	unpacked, packed := Unpack(api, s.PackedAmount, 40) // ErrPackedOutOfRange
	fee, feeBits := Unpack(api, s.PackedFee, 16)

	// Fields an operation does not use are zero, so every witness value is bound.
	implies(api, api.Sub(1, f.anyTransfer), s.PackedAmount, 0)
	implies(api, api.Sub(1, f.anyTransfer), s.To, 0)
	implies(api, f.anyTransfer, s.Amount, unpacked)
	implies(api, notSigned, s.PackedFee, 0)
	implies(api, notSigned, s.Nonce, 0)
	implies(api, api.Sub(1, f.cpk), s.PubKeyHash, 0)
	implies(api, f.noop, s.Account, 0)
	implies(api, f.noop, s.Address, 0)
	implies(api, f.noop, s.Token, 0)
	implies(api, api.Add(f.noop, f.cpk), s.Amount, 0) // found unbound for ChangePubKey by TestEverySingleWitnessChangeIsRejected

	// Signature over the operation's signed bytes (rollup.SignedBytes).
	// Every signed layout is two 31-byte chunks: select the chunks by type and
	// hash once (one hash instead of three); 0 when the slot is unsigned.
	layouts := []struct {
		flag frontend.Variable
		w    *BitWriter
	}{
		{f.anyTransfer, NewBitWriter(api).BitsBE(cat(constBits(uint64(rollup.OpTransfer), 8), acc, addr, tok, packed, feeBits, nonce))},
		{f.withdraw, NewBitWriter(api).BitsBE(cat(constBits(uint64(rollup.OpWithdraw), 8), acc, addr, tok, amt, feeBits, nonce))},
		{f.cpk, NewBitWriter(api).BitsBE(cat(constBits(uint64(rollup.OpChangePubKey), 8), acc, pkh, tok, feeBits, nonce))},
	}
	chunks := []frontend.Variable{0, 0}
	for _, l := range layouts {
		for k, c := range l.w.Chunks(31) {
			chunks[k] = api.Add(chunks[k], api.Mul(l.flag, c))
		}
	}
	iv := h.Compress(uint64(crypto.DomainTx), b.chainID)
	msg := api.Mul(f.signed, h.HashChain(iv, chunks...))
	valid, err := IsValidSignature(api, b.curve, s.Sig, msg)
	if err != nil {
		return nil, nil, err
	}
	api.AssertIsEqual(valid, 1) // ErrBadSignature (unsigned slots carry any valid signature of 0)
	sigKeyHash := h.PubKeyHash(s.Sig.PubKey.X, s.Sig.PubKey.Y)
	// ChangePubKey: the new key is in the prime-order subgroup (native key decoding).
	p := twistededwards.Point{X: api.Select(f.cpk, s.Sig.PubKey.X, 0), Y: api.Select(f.cpk, s.Sig.PubKey.Y, 1)}
	AssertInSubgroup(b.curve, p, s.SubgroupQ)
	implies(api, api.Sub(1, f.cpk), s.SubgroupQ.X, 0)
	implies(api, api.Sub(1, f.cpk), s.SubgroupQ.Y, 1)

	// ---- account A: the acting account ----
	a := s.A
	api.AssertIsEqual(a.ID, s.Account)
	api.AssertIsEqual(a.Token, s.Token)
	aExists := api.Sub(1, api.IsZero(a.Address))
	sender := api.Add(f.anyTransfer, f.withdraw)
	implies(api, f.signed, aExists, 1)                          // ErrAccountNotFound
	implies(api, sender, api.IsZero(a.PubKeyHash), 0)           // ErrNoPubKey
	implies(api, sender, sigKeyHash, a.PubKeyHash)              // ErrPubKeyMismatch
	implies(api, f.cpk, sigKeyHash, s.PubKeyHash)               // the registered key is the signing key
	implies(api, f.cpk, a.Address, s.Address)                   // pubdata names the owner (the contract checks its L1 signature)
	implies(api, f.signed, s.Nonce, a.Nonce)                    // ErrNonceMismatch
	assertFits(api, api.Mul(f.signed, api.Add(a.Nonce, 1)), 32) // ErrNonceOverflow
	isZeroAddr := api.IsZero(s.Address)
	implies(api, api.Add(f.deposit, f.anyTransfer, f.withdraw), isZeroAddr, 0) // ErrZeroAddress
	implies(api, f.deposit, api.IsZero(s.Amount), 0)                           // ErrZeroAmount
	implies(api, api.Mul(f.deposit, aExists), a.Address, s.Address)            // ErrAddressMismatch
	// full exit: the owner's whole balance, or nothing
	isOwner := api.Mul(aExists, api.IsZero(api.Sub(a.Address, s.Address)))
	implies(api, f.fullExit, s.Amount, api.Mul(isOwner, a.Balance))

	debit := api.Add(api.Mul(sender, api.Add(s.Amount, fee)), api.Mul(f.cpk, fee), api.Mul(f.fullExit, s.Amount))
	credit := api.Mul(f.deposit, s.Amount)
	aBalance := api.Sub(api.Add(a.Balance, credit), debit)
	assertFits(api, aBalance, 128) // ErrInsufficientFunds below zero, ErrBalanceOverflow above 2^128-1
	create := api.Mul(f.deposit, api.Sub(1, aExists))
	root = h.Update(root, a, AccountAfter{
		Address:    api.Select(create, s.Address, a.Address),
		PubKeyHash: api.Select(f.cpk, s.PubKeyHash, a.PubKeyHash),
		Nonce:      api.Add(a.Nonce, f.signed),
		Balance:    aBalance,
	})

	// ---- account B: a transfer's receiver; otherwise A again, unchanged ----
	o := s.B
	api.AssertIsEqual(o.ID, api.Select(f.anyTransfer, s.To, s.Account))
	api.AssertIsEqual(o.Token, s.Token)
	implies(api, f.transfer, o.Address, s.Address)  // the receiver is the account of the signed address
	implies(api, f.toNew, api.IsZero(o.Address), 1) // ErrAccountExists
	bBalance := api.Add(o.Balance, api.Mul(f.anyTransfer, s.Amount))
	assertFits(api, bBalance, 128) // ErrBalanceOverflow
	root = h.Update(root, o, AccountAfter{
		Address:    api.Select(f.toNew, s.Address, o.Address),
		PubKeyHash: o.PubKeyHash,
		Nonce:      o.Nonce,
		Balance:    bBalance,
	})

	// ---- fee: collected by one of the block's fee credits ----
	feeIsZero := api.IsZero(fee)
	implies(api, feeIsZero, s.FeeSlot, 0)
	var selSum, selToken frontend.Variable = 0, 0
	for j := range feeTokens {
		sel := api.IsZero(api.Sub(s.FeeSlot, j))
		selSum = api.Add(selSum, sel)
		selToken = api.Add(selToken, api.Mul(sel, feeTokens[j]))
		b.feeSums[j] = api.Add(b.feeSums[j], api.Mul(sel, fee))
	}
	api.AssertIsEqual(selSum, 1)                           // FeeSlot names a credit (ErrTooManyFeeTokens natively)
	implies(api, api.Sub(1, feeIsZero), selToken, s.Token) // and that credit is in the fee's token

	return root, b.pubdata(f, acc, to, addr, tok, amt, packed, feeBits, pkh, nonce), nil
}

// pubdata lays out the slot's pubdata (rollup.ExecutedOp.EncodePubdata),
// zero-padded to rollup.SlotBytes, selected by the type flags.
func (b *blockBuilder) pubdata(f opFlags, acc, to, addr, tok, amt, packed, fee, pkh, nonce []frontend.Variable) []frontend.Variable {
	ty := func(t rollup.OpType) []frontend.Variable { return constBits(uint64(t), 8) }
	layouts := []struct {
		flag frontend.Variable
		bits []frontend.Variable
	}{
		{f.deposit, cat(ty(rollup.OpDeposit), acc, tok, amt, addr)},
		{f.transfer, cat(ty(rollup.OpTransfer), acc, to, tok, packed, fee)},
		{f.toNew, cat(ty(rollup.OpTransferToNew), acc, to, addr, tok, packed, fee)},
		{f.withdraw, cat(ty(rollup.OpWithdraw), acc, tok, amt, fee, addr)},
		{f.fullExit, cat(ty(rollup.OpFullExit), acc, addr, tok, amt)},
		{f.cpk, cat(ty(rollup.OpChangePubKey), acc, pkh, addr, nonce, tok, fee)},
	}
	out := make([]frontend.Variable, rollup.SlotBytes*8)
	for k := range out {
		var v frontend.Variable = 0
		for _, l := range layouts {
			if k < len(l.bits) {
				v = b.api.Add(v, b.api.Mul(l.flag, l.bits[k]))
			}
		}
		out[k] = v
	}
	return out
}
