package rollup

import (
	"encoding/binary"
	"fmt"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// Wire sizes of EncodeTx: the signed bytes, then the public key and the
// signature (and for ChangePubKey the L1 signature). Priority operations are
// encoded for storage only.
const (
	transferWireSize     = 38 + crypto.PublicKeySize + crypto.SignatureSize
	withdrawWireSize     = 49 + crypto.PublicKeySize + crypto.SignatureSize
	changePubKeyWireSize = 1 + 4 + crypto.PublicKeySize + 2 + PackedFeeSize + 4 + crypto.SignatureSize + 65
	depositWireSize      = 1 + 20 + 2 + 16
	fullExitWireSize     = 1 + 4 + 20 + 2
)

// EncodeTx returns the canonical byte encoding of tx, which DecodeTx reverses.
func EncodeTx(tx Tx) ([]byte, error) {
	switch t := tx.(type) {
	case *Transfer:
		b := t.SignedBytes()
		b = append(b, t.PubKey[:]...)
		return append(b, t.Signature[:]...), nil
	case *Withdraw:
		b := t.SignedBytes()
		b = append(b, t.PubKey[:]...)
		return append(b, t.Signature[:]...), nil
	case *ChangePubKey:
		b := make([]byte, 0, changePubKeyWireSize)
		b = append(b, byte(OpChangePubKey))
		b = binary.BigEndian.AppendUint32(b, t.AccountID)
		b = append(b, t.NewPubKey[:]...)
		b = binary.BigEndian.AppendUint16(b, t.FeeToken)
		b = append(b, t.Fee[:]...)
		b = binary.BigEndian.AppendUint32(b, t.Nonce)
		b = append(b, t.Signature[:]...)
		return append(b, t.EthSignature[:]...), nil
	case *Deposit:
		b := make([]byte, 0, depositWireSize)
		b = append(b, byte(OpDeposit))
		b = append(b, t.To[:]...)
		b = binary.BigEndian.AppendUint16(b, t.Token)
		amt := t.Amount.Bytes()
		return append(b, amt[:]...), nil
	case *FullExit:
		b := make([]byte, 0, fullExitWireSize)
		b = append(b, byte(OpFullExit))
		b = binary.BigEndian.AppendUint32(b, t.AccountID)
		b = append(b, t.Owner[:]...)
		return binary.BigEndian.AppendUint16(b, t.Token), nil
	case nil:
		return nil, fmt.Errorf("%w: nil transaction", ErrMalformed)
	}
	return nil, fmt.Errorf("%w: %T", ErrUnknownOpType, tx)
}

// reader consumes a byte slice field by field; the caller checks the total
// length first, so reads never run past the end.
type reader struct {
	b   []byte
	off int
}

func (r *reader) next(n int) []byte { s := r.b[r.off : r.off+n]; r.off += n; return s }
func (r *reader) u8() uint8         { return r.next(1)[0] }
func (r *reader) u16() uint16       { return binary.BigEndian.Uint16(r.next(2)) }
func (r *reader) u32() uint32       { return binary.BigEndian.Uint32(r.next(4)) }
func (r *reader) into(dst []byte)   { copy(dst, r.next(len(dst))) }
func (r *reader) u128() num.U128 {
	var a [16]byte
	r.into(a[:])
	return num.FromBytes(a)
}

// DecodeL2Tx parses a transaction a user submitted: Transfer, Withdraw or
// ChangePubKey. Deposits and full exits only ever come from the L1 contract
// (through the L1 watcher), so user bytes claiming to be one are refused.
func DecodeL2Tx(b []byte) (Tx, error) {
	if len(b) > 0 && OpType(b[0]).IsPriority() {
		return nil, fmt.Errorf("%w: %s is an L1 operation: submit it to the L1 contract", ErrUnknownOpType, OpType(b[0]))
	}
	return DecodeTx(b)
}

// DecodeTx parses the canonical encoding of a transaction. It checks the
// structure only (length, type, amounts in range); signatures and state rules
// are checked by Apply.
func DecodeTx(b []byte) (Tx, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty transaction", ErrMalformed)
	}
	t := OpType(b[0])
	want := map[OpType]int{
		OpTransfer: transferWireSize, OpWithdraw: withdrawWireSize, OpChangePubKey: changePubKeyWireSize,
		OpDeposit: depositWireSize, OpFullExit: fullExitWireSize,
	}[t]
	if want == 0 {
		return nil, fmt.Errorf("%w: type byte %d", ErrUnknownOpType, b[0])
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: %s is %d bytes, got %d", ErrMalformed, t, want, len(b))
	}
	r := &reader{b: b, off: 1}
	switch t {
	case OpTransfer:
		tx := &Transfer{From: r.u32()}
		r.into(tx.To[:])
		tx.Token = r.u16()
		r.into(tx.Amount[:])
		r.into(tx.Fee[:])
		tx.Nonce = r.u32()
		r.into(tx.PubKey[:])
		r.into(tx.Signature[:])
		if _, err := tx.Amount.Value(); err != nil {
			return nil, err
		}
		return tx, nil
	case OpWithdraw:
		tx := &Withdraw{From: r.u32()}
		r.into(tx.To[:])
		tx.Token = r.u16()
		tx.Amount = r.u128()
		r.into(tx.Fee[:])
		tx.Nonce = r.u32()
		r.into(tx.PubKey[:])
		r.into(tx.Signature[:])
		return tx, nil
	case OpChangePubKey:
		tx := &ChangePubKey{AccountID: r.u32()}
		r.into(tx.NewPubKey[:])
		tx.FeeToken = r.u16()
		r.into(tx.Fee[:])
		tx.Nonce = r.u32()
		r.into(tx.Signature[:])
		r.into(tx.EthSignature[:])
		return tx, nil
	case OpDeposit:
		tx := &Deposit{}
		r.into(tx.To[:])
		tx.Token = r.u16()
		tx.Amount = r.u128()
		return tx, nil
	default: // OpFullExit
		tx := &FullExit{AccountID: r.u32()}
		r.into(tx.Owner[:])
		tx.Token = r.u16()
		return tx, nil
	}
}
