package rollup

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// CancelOrder cancels account Account's order of generation Generation in
// order slot Slot, paying Fee in FeeToken: nothing can fill it afterwards.
// The generation is the slot's current one or the next (an order signed
// and never traded); the slot then holds it as filled.
type CancelOrder struct {
	Account    uint32
	Slot       uint16
	Generation uint32
	FeeToken   uint16
	Fee        PackedFee
	Nonce      uint32
	PubKey     [crypto.PublicKeySize]byte
	Signature  crypto.Signature
}

// TxType is the operation type of a CancelOrder request.
func (*CancelOrder) TxType() OpType { return OpCancelOrder }

func (c *CancelOrder) appendWire(b []byte) []byte {
	b = append(b, c.SignedBytes()...)
	b = append(b, c.PubKey[:]...)
	return append(b, c.Signature[:]...)
}

func (c *CancelOrder) readWire(r *reader) error {
	c.Account = r.u32()
	c.Slot = r.u16()
	c.Generation = r.u32()
	c.FeeToken = r.u16()
	r.into(c.Fee[:])
	c.Nonce = r.u32()
	r.into(c.PubKey[:])
	r.into(c.Signature[:])
	return nil
}

// SignedBytes returns the bytes a CancelOrder's signature covers:
// type | account 4 | slot 2 | generation 4 | fee token 2 | fee 2 | nonce 4
// (19 bytes).
func (c *CancelOrder) SignedBytes() []byte {
	b := make([]byte, 0, 19)
	b = append(b, byte(OpCancelOrder))
	b = binary.BigEndian.AppendUint32(b, c.Account)
	b = binary.BigEndian.AppendUint16(b, c.Slot)
	b = binary.BigEndian.AppendUint32(b, c.Generation)
	b = binary.BigEndian.AppendUint16(b, c.FeeToken)
	b = append(b, c.Fee[:]...)
	return binary.BigEndian.AppendUint32(b, c.Nonce)
}

// SignCancelOrder fills in c's public key and signature.
func SignCancelOrder(k *crypto.PrivateKey, chainID uint64, c *CancelOrder) error {
	c.PubKey = k.Public().Bytes()
	sig, err := k.Sign(MessageHash(chainID, c.SignedBytes()))
	c.Signature = sig
	return err
}

func (c *CancelOrder) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	return c.PubKey, c.SignedBytes(), c.Signature, nil
}

// Recipient: a cancel sends nothing anywhere.
func (c *CancelOrder) Recipient() (common.Address, bool) { return common.Address{}, false }

// SignedBy: see L2Tx.
func (c *CancelOrder) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return c.PubKey, c.Signature
}

// Spend of a CancelOrder: its fee only.
func (c *CancelOrder) Spend() (Spend, error) {
	return Spend{Account: c.Account, Nonce: c.Nonce, Token: c.FeeToken, FeeToken: c.FeeToken, Fee: c.Fee.Value()}, nil
}

func (m *Machine) cancelOrder(c *CancelOrder, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpCancelOrder, Account: c.Account, Token: c.FeeToken, Fee: c.Fee}
	fee := c.Fee.Value()
	if err := m.checkToken(c.FeeToken); err != nil {
		return op, false, err
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	acc, err := m.signer(c.Account, sig.pkh, c.Nonce)
	if err != nil {
		return op, false, err
	}
	st, err := m.orderSlot(c.Account, c.Slot, c.Generation)
	if err != nil {
		return op, false, err
	}
	if !st.fresh && st.filled == OrderFilled {
		return op, false, fmt.Errorf("%w: account %d slot %d generation %d", ErrOrderCancelled, c.Account, c.Slot, c.Generation)
	}
	op.OrderSlot = st.publishedSlot(c.Slot)
	bal, err := m.debit(c.Account, c.FeeToken, num.U128{}, fee)
	if err != nil {
		return op, false, err
	}
	addFee, err := m.reserveFee(c.FeeToken, fee)
	if err != nil {
		return op, false, err
	}
	acc.Nonce++
	if err := m.st.SetBalance(c.Account, c.FeeToken, bal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(c.Account, acc); err != nil {
		return op, false, err
	}
	if err := m.writeOrder(c.Account, c.Slot, c.Generation, OrderFilled); err != nil {
		return op, false, err
	}
	addFee()
	return op, false, nil
}

// cancelFromPubdata rebuilds a CancelOrder: signed by the account's
// registered key at its next nonce, of the slot's current generation, or
// the next one when the pubdata flags it.
func cancelFromPubdata(m *Machine, o *ExecutedOp, _ [65]byte) (proven, error) {
	sig, nonce, err := m.signerKey(o.Account)
	if err != nil {
		return proven{}, err
	}
	slot := o.OrderSlot &^ slotFlag
	gen, err := m.publishedGeneration(o.Account, o.OrderSlot)
	if err != nil {
		return proven{}, err
	}
	return proven{tx: &CancelOrder{Account: o.Account, Slot: slot, Generation: gen, FeeToken: o.Token, Fee: o.Fee, Nonce: nonce},
		sig: sig}, nil
}

// publishedGeneration is the generation an order slot as pubdata carries
// it (FieldOrderSlot) names: the slot's, or the next one when flagged.
func (m *Machine) publishedGeneration(id uint32, published uint16) (uint32, error) {
	slot := published &^ slotFlag
	if err := m.checkAccountID(id); err != nil {
		return 0, err
	}
	if uint64(slot) >= 1<<m.p.OrderDepth {
		return 0, fmt.Errorf("%w: slot %d, order tree depth %d", ErrOrderSlotOutOfRange, slot, m.p.OrderDepth)
	}
	leaf, err := m.st.Order(id, uint32(slot))
	if err != nil {
		return 0, err
	}
	if published&slotFlag != 0 {
		return leaf.Generation + 1, nil
	}
	return leaf.Generation, nil
}
