package rollup

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
)

// FullExit withdraws an account's whole balance of a token, requested on L1
// by the account's owner. It can never fail: a request by someone who is not
// the owner exits an amount of zero.
type FullExit struct {
	AccountID uint32
	Owner     common.Address // the L1 sender of the request
	Token     uint16
}

// TxType is the operation type of a FullExit request.
func (*FullExit) TxType() OpType { return OpFullExit }

func (f *FullExit) appendWire(b []byte) []byte {
	b = append(b, byte(OpFullExit))
	b = binary.BigEndian.AppendUint32(b, f.AccountID)
	b = append(b, f.Owner[:]...)
	return binary.BigEndian.AppendUint16(b, f.Token)
}

func (f *FullExit) readWire(r *reader) error {
	f.AccountID = r.u32()
	r.into(f.Owner[:])
	f.Token = r.u16()
	return nil
}

func (m *Machine) fullExit(f *FullExit, _ *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpFullExit, Account: f.AccountID, Address: f.Owner, Token: f.Token}
	if err := m.checkAccountID(f.AccountID); err != nil {
		return op, false, err
	}
	if err := m.checkToken(f.Token); err != nil {
		return op, false, err
	}
	acc, err := m.st.Account(f.AccountID)
	if err != nil {
		return op, false, err
	}
	if !acc.Exists() || acc.Address != f.Owner {
		return op, false, nil // not the owner's: exits nothing, but is still processed
	}
	if op.Amount, err = m.st.Balance(f.AccountID, f.Token); err != nil {
		return op, false, err
	}
	return op, false, m.st.SetBalance(f.AccountID, f.Token, num.U128{})
}

// fullExitFromPubdata: a FullExit is its L1 request; the rules work out
// the amount, which must be the one published.
func fullExitFromPubdata(_ *Machine, o *ExecutedOp, _ [65]byte) (proven, error) {
	return proven{tx: &FullExit{AccountID: o.Account, Owner: o.Address, Token: o.Token}}, nil
}
