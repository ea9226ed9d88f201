package rollup

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// Withdraw moves Amount of Token from account From to L1 address To, paying
// Fee in the same token. The amount is exact (not packed).
type Withdraw struct {
	From      uint32
	To        common.Address
	Token     uint16
	Amount    num.U128
	Fee       PackedFee
	Nonce     uint32
	PubKey    [crypto.PublicKeySize]byte
	Signature crypto.Signature
}

// TxType is the operation type of a Withdraw request.
func (*Withdraw) TxType() OpType { return OpWithdraw }

func (w *Withdraw) appendWire(b []byte) []byte {
	b = append(b, w.SignedBytes()...)
	b = append(b, w.PubKey[:]...)
	return append(b, w.Signature[:]...)
}

func (w *Withdraw) readWire(r *reader) error {
	w.From = r.u32()
	r.into(w.To[:])
	w.Token = r.u16()
	w.Amount = r.u128()
	r.into(w.Fee[:])
	w.Nonce = r.u32()
	r.into(w.PubKey[:])
	r.into(w.Signature[:])
	return nil
}

// SignedBytes returns the bytes a Withdraw's signature covers:
// type | from 4 | to 20 | token 2 | amount 16 | fee 2 | nonce 4 (49 bytes).
func (w *Withdraw) SignedBytes() []byte {
	b := make([]byte, 0, 49)
	b = append(b, byte(OpWithdraw))
	b = binary.BigEndian.AppendUint32(b, w.From)
	b = append(b, w.To[:]...)
	b = binary.BigEndian.AppendUint16(b, w.Token)
	amt := w.Amount.Bytes()
	b = append(b, amt[:]...)
	b = append(b, w.Fee[:]...)
	return binary.BigEndian.AppendUint32(b, w.Nonce)
}

// SignWithdraw fills in w's public key and signature.
func SignWithdraw(k *crypto.PrivateKey, chainID uint64, w *Withdraw) error {
	w.PubKey = k.Public().Bytes()
	sig, err := k.Sign(MessageHash(chainID, w.SignedBytes()))
	w.Signature = sig
	return err
}

func (w *Withdraw) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	return w.PubKey, w.SignedBytes(), w.Signature, nil
}

// Recipient of a Withdraw: the L1 address paid out.
func (w *Withdraw) Recipient() (common.Address, bool) { return w.To, true }

// SignedBy: see L2Tx.
func (w *Withdraw) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return w.PubKey, w.Signature
}

// Spend of a Withdraw: the amount and the fee, both in Token.
func (w *Withdraw) Spend() (Spend, error) {
	return Spend{Account: w.From, Nonce: w.Nonce, Token: w.Token, Amount: w.Amount, FeeToken: w.Token, Fee: w.Fee.Value()}, nil
}

func (m *Machine) withdraw(w *Withdraw, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpWithdraw, Account: w.From, Address: w.To, Token: w.Token, Amount: w.Amount, Fee: w.Fee}
	fee := w.Fee.Value()
	if err := m.checkToken(w.Token); err != nil {
		return op, false, err
	}
	if w.To == (common.Address{}) {
		return op, false, ErrZeroAddress
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	from, err := m.signer(w.From, sig.pkh, w.Nonce)
	if err != nil {
		return op, false, err
	}
	bal, err := m.debit(w.From, w.Token, w.Amount, fee)
	if err != nil {
		return op, false, err
	}
	addFee, err := m.reserveFee(w.Token, fee)
	if err != nil {
		return op, false, err
	}
	from.Nonce++
	if err := m.st.SetBalance(w.From, w.Token, bal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(w.From, from); err != nil {
		return op, false, err
	}
	addFee()
	return op, false, nil
}

// withdrawFromPubdata rebuilds a Withdraw signed by the account's
// registered key at its next nonce.
func withdrawFromPubdata(m *Machine, o *ExecutedOp, _ [65]byte) (proven, error) {
	sig, nonce, err := m.signerKey(o.Account)
	if err != nil {
		return proven{}, err
	}
	return proven{tx: &Withdraw{From: o.Account, To: o.Address, Token: o.Token, Amount: o.Amount, Fee: o.Fee, Nonce: nonce},
		sig: sig}, nil
}
