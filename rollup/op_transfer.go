package rollup

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/state"
)

// Transfer moves Amount of Token from account From to the account owned by
// L1 address To (created if To has none), paying Fee in the same token.
type Transfer struct {
	From      uint32
	To        common.Address
	Token     uint16
	Amount    PackedAmount
	Fee       PackedFee
	Nonce     uint32
	PubKey    [crypto.PublicKeySize]byte
	Signature crypto.Signature
}

// TxType is the operation type of a Transfer request.
func (*Transfer) TxType() OpType { return OpTransfer }

func (t *Transfer) appendWire(b []byte) []byte {
	b = append(b, t.SignedBytes()...)
	b = append(b, t.PubKey[:]...)
	return append(b, t.Signature[:]...)
}

func (t *Transfer) readWire(r *reader) error {
	t.From = r.u32()
	r.into(t.To[:])
	t.Token = r.u16()
	r.into(t.Amount[:])
	r.into(t.Fee[:])
	t.Nonce = r.u32()
	r.into(t.PubKey[:])
	r.into(t.Signature[:])
	_, err := t.Amount.Value()
	return err
}

// SignedBytes returns the bytes a Transfer's signature covers:
// type | from 4 | to 20 | token 2 | amount 5 | fee 2 | nonce 4 (38 bytes).
func (t *Transfer) SignedBytes() []byte {
	b := make([]byte, 0, 38)
	b = append(b, byte(OpTransfer))
	b = binary.BigEndian.AppendUint32(b, t.From)
	b = append(b, t.To[:]...)
	b = binary.BigEndian.AppendUint16(b, t.Token)
	b = append(b, t.Amount[:]...)
	b = append(b, t.Fee[:]...)
	return binary.BigEndian.AppendUint32(b, t.Nonce)
}

// SignTransfer fills in t's public key and signature.
func SignTransfer(k *crypto.PrivateKey, chainID uint64, t *Transfer) error {
	t.PubKey = k.Public().Bytes()
	sig, err := k.Sign(MessageHash(chainID, t.SignedBytes()))
	t.Signature = sig
	return err
}

func (t *Transfer) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	return t.PubKey, t.SignedBytes(), t.Signature, nil
}

// Recipient of a Transfer: the owner of the receiving account.
func (t *Transfer) Recipient() (common.Address, bool) { return t.To, true }

// SignedBy: see L2Tx.
func (t *Transfer) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return t.PubKey, t.Signature
}

// Spend of a Transfer: the unpacked amount and the fee, both in Token.
func (t *Transfer) Spend() (Spend, error) {
	amount, err := t.Amount.Value()
	if err != nil {
		return Spend{}, err
	}
	return Spend{Account: t.From, Nonce: t.Nonce, Token: t.Token, Amount: amount, FeeToken: t.Token, Fee: t.Fee.Value()}, nil
}

func (m *Machine) transfer(t *Transfer, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpTransfer, Account: t.From, Address: t.To, Token: t.Token, PackedAmount: t.Amount, Fee: t.Fee}
	amount, err := t.Amount.Value()
	if err != nil {
		return op, false, err
	}
	op.Amount = amount
	fee := t.Fee.Value()
	if err := m.checkToken(t.Token); err != nil {
		return op, false, err
	}
	if t.To == (common.Address{}) {
		return op, false, ErrZeroAddress
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	from, err := m.signer(t.From, sig.pkh, t.Nonce)
	if err != nil {
		return op, false, err
	}
	fromBal, err := m.debit(t.From, t.Token, amount, fee)
	if err != nil {
		return op, false, err
	}
	toID, isNew, err := m.resolveAddress(t.To)
	if err != nil {
		return op, false, err
	}
	op.To = toID
	if isNew {
		op.Type = OpTransferToNew
		if to, err := m.st.Account(toID); err != nil {
			return op, false, err
		} else if to.Exists() {
			return op, false, fmt.Errorf("%w: account %d", ErrAccountExists, toID)
		}
	}
	toBal := fromBal // a transfer to oneself credits the debited balance
	if toID != t.From {
		if toBal, err = m.st.Balance(toID, t.Token); err != nil {
			return op, false, err
		}
	}
	toBal, of := toBal.Add(amount)
	if of {
		return op, false, fmt.Errorf("%w: account %d token %d", ErrBalanceOverflow, toID, t.Token)
	}
	addFee, err := m.reserveFee(t.Token, fee)
	if err != nil {
		return op, false, err
	}
	from.Nonce++
	if err := m.st.SetBalance(t.From, t.Token, fromBal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(t.From, from); err != nil {
		return op, false, err
	}
	if isNew {
		if err := m.st.SetAccount(toID, state.Account{Address: t.To}); err != nil {
			return op, false, err
		}
	}
	if err := m.st.SetBalance(toID, t.Token, toBal); err != nil {
		return op, false, err
	}
	addFee()
	return op, isNew, nil
}

// transferFromPubdata rebuilds a Transfer or TransferToNew: signed by the
// sender's registered key at its next nonce, to the owner of the receiving
// account (a TransferToNew publishes the new owner's address).
func transferFromPubdata(m *Machine, o *ExecutedOp, _ [65]byte) (proven, error) {
	sig, nonce, err := m.signerKey(o.Account)
	if err != nil {
		return proven{}, err
	}
	to := o.Address
	if o.Type == OpTransfer {
		if err := m.checkAccountID(o.To); err != nil {
			return proven{}, err
		}
		acc, err := m.st.Account(o.To)
		if err != nil {
			return proven{}, err
		}
		to = acc.Address // zero for an empty account: the rules refuse it
	}
	return proven{tx: &Transfer{From: o.Account, To: to, Token: o.Token, Amount: o.PackedAmount, Fee: o.Fee, Nonce: nonce},
		sig: sig, credit: o.To}, nil
}
