package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
)

// Deposit credits an L1 deposit to the account of To (created if needed).
type Deposit struct {
	To     common.Address
	Token  uint16
	Amount num.U128
}

// TxType is the operation type of a Deposit request.
func (*Deposit) TxType() OpType { return OpDeposit }

func (d *Deposit) appendWire(b []byte) []byte {
	b = append(b, byte(OpDeposit))
	b = append(b, d.To[:]...)
	b = binary.BigEndian.AppendUint16(b, d.Token)
	amt := d.Amount.Bytes()
	return append(b, amt[:]...)
}

func (d *Deposit) readWire(r *reader) error {
	r.into(d.To[:])
	d.Token = r.u16()
	d.Amount = r.u128()
	return nil
}

func (m *Machine) deposit(d *Deposit, _ *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpDeposit, Address: d.To, Token: d.Token, Amount: d.Amount}
	if d.To == (common.Address{}) {
		return op, false, ErrZeroAddress
	}
	if d.Amount.IsZero() {
		return op, false, ErrZeroAmount
	}
	if err := m.checkToken(d.Token); err != nil {
		return op, false, err
	}
	id, isNew, err := m.resolveAddress(d.To)
	if errors.Is(err, ErrNoAccount) || errors.Is(err, ErrAccountOutOfRange) {
		// No account takes it: refunded on L1, never stuck in the queue.
		return ExecutedOp{Type: OpDepositRefund, Address: d.To, Token: d.Token, Amount: d.Amount}, false, nil
	}
	if err != nil {
		return op, false, err
	}
	op.Account = id
	acc, err := m.st.Account(id)
	if err != nil {
		return op, false, err
	}
	if acc.Exists() && acc.Address != d.To {
		return op, false, fmt.Errorf("%w: account %d", ErrAddressMismatch, id)
	}
	bal, err := m.st.Balance(id, d.Token)
	if err != nil {
		return op, false, err
	}
	nb, of := bal.Add(d.Amount)
	if of {
		return op, false, fmt.Errorf("%w: account %d token %d", ErrBalanceOverflow, id, d.Token)
	}
	if isNew {
		if err := m.st.SetAccount(id, state.Account{Address: d.To}); err != nil {
			return op, false, err
		}
	}
	return op, isNew, m.st.SetBalance(id, d.Token, nb)
}

// RequestPubdata is the pubdata of a deposit request as the contract's
// PriorityRequest event carries it: the account id is 0 (the operator
// chooses it when the deposit is applied).
func (d *Deposit) RequestPubdata() []byte {
	op := ExecutedOp{Type: OpDeposit, Token: d.Token, Amount: d.Amount, Address: d.To}
	return op.EncodePubdata(nil)
}

// depositFromPubdata: a Deposit or DepositRefund is its L1 request; the
// pubdata's account id is where it went (a refund names none).
func depositFromPubdata(_ *Machine, o *ExecutedOp, _ [65]byte) (proven, error) {
	return proven{tx: &Deposit{To: o.Address, Token: o.Token, Amount: o.Amount}, credit: o.Account,
		refund: o.Type == OpDepositRefund}, nil
}
