package rollup

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// ExecutedOp is an operation as it was applied in a block: the request with
// the operator's choices resolved (receiving account id, whether it was
// created) and the outcome (a full exit's amount). Its fields are exactly
// what the pubdata carries, so EncodePubdata and DecodePubdata round-trip.
type ExecutedOp struct {
	Type         OpType
	Account      uint32            // acting account: sender, depositee, exiting or re-keyed account
	To           uint32            // Transfer, TransferToNew: receiving account
	Address      common.Address    // Deposit, FullExit, ChangePubKey: owner; Transfer, TransferToNew: receiver (signed; a Transfer does not publish it, so it is zero when decoded); Withdraw: L1 receiver
	Token        uint16            // the token; also the fee token
	Amount       num.U128          // unpacked amount (a FullExit's actual amount)
	PackedAmount PackedAmount      // Transfer, TransferToNew
	Fee          PackedFee         // L2 operations
	PubKeyHash   crypto.PubKeyHash // ChangePubKey
	Nonce        uint32            // ChangePubKey: the nonce the L1 authorisation signs

	Tx Tx // the request; nil when decoded from pubdata
}

// FeeValue returns the unpacked fee (zero for priority operations and Noop).
func (o *ExecutedOp) FeeValue() num.U128 { return o.Fee.Value() }

// EncodePubdata appends the operation's fixed-size pubdata to b.
func (o *ExecutedOp) EncodePubdata(b []byte) []byte {
	b = append(b, byte(o.Type))
	amt := o.Amount.Bytes()
	switch o.Type {
	case OpDeposit:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, amt[:]...)
		b = append(b, o.Address[:]...)
	case OpTransfer, OpTransferToNew:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = binary.BigEndian.AppendUint32(b, o.To)
		if o.Type == OpTransferToNew {
			b = append(b, o.Address[:]...)
		}
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, o.PackedAmount[:]...)
		b = append(b, o.Fee[:]...)
	case OpWithdraw:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, amt[:]...)
		b = append(b, o.Fee[:]...)
		b = append(b, o.Address[:]...)
	case OpFullExit:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = append(b, o.Address[:]...)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, amt[:]...)
	case OpChangePubKey:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = append(b, o.PubKeyHash[:]...)
		b = append(b, o.Address[:]...)
		b = binary.BigEndian.AppendUint32(b, o.Nonce)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, o.Fee[:]...)
	}
	return b
}

// DecodePubdata parses a block's compact pubdata (operations back to back)
// into operations. Anyone can rebuild the state from L1 with it.
func DecodePubdata(b []byte) ([]ExecutedOp, error) {
	var ops []ExecutedOp
	for off := 0; off < len(b); {
		t := OpType(b[off])
		n := PubdataSize(t)
		if n == 0 || t == OpNoop {
			return nil, fmt.Errorf("%w: byte %d: operation type %d", ErrUnknownOpType, off, b[off])
		}
		if off+n > len(b) {
			return nil, fmt.Errorf("%w: byte %d: %s needs %d bytes, %d left", ErrMalformed, off, t, n, len(b)-off)
		}
		op, err := decodeOne(b[off : off+n])
		if err != nil {
			return nil, fmt.Errorf("byte %d: %w", off, err)
		}
		ops = append(ops, op)
		off += n
	}
	return ops, nil
}

func decodeOne(b []byte) (ExecutedOp, error) {
	r := &reader{b: b}
	o := ExecutedOp{Type: OpType(r.u8())}
	switch o.Type {
	case OpDeposit:
		o.Account, o.Token, o.Amount = r.u32(), r.u16(), r.u128()
		r.into(o.Address[:])
	case OpTransfer, OpTransferToNew:
		o.Account, o.To = r.u32(), r.u32()
		if o.Type == OpTransferToNew {
			r.into(o.Address[:])
		}
		o.Token = r.u16()
		r.into(o.PackedAmount[:])
		r.into(o.Fee[:])
		v, err := o.PackedAmount.Value()
		if err != nil {
			return o, err
		}
		o.Amount = v
	case OpWithdraw:
		o.Account, o.Token, o.Amount = r.u32(), r.u16(), r.u128()
		r.into(o.Fee[:])
		r.into(o.Address[:])
	case OpFullExit:
		o.Account = r.u32()
		r.into(o.Address[:])
		o.Token, o.Amount = r.u16(), r.u128()
	case OpChangePubKey:
		o.Account = r.u32()
		r.into(o.PubKeyHash[:])
		r.into(o.Address[:])
		o.Nonce, o.Token = r.u32(), r.u16()
		r.into(o.Fee[:])
	}
	return o, nil
}

// PadPubdata expands compact pubdata to the form the block commitment hashes:
// each operation right-padded with zeros to SlotBytes, then zero slots (Noops)
// up to slots. The L1 contract performs the same expansion.
func PadPubdata(compact []byte, slots int) ([]byte, error) {
	ops, err := DecodePubdata(compact)
	if err != nil {
		return nil, err
	}
	if len(ops) > slots {
		return nil, fmt.Errorf("%w: %d operations for %d slots", ErrBlockFull, len(ops), slots)
	}
	out := make([]byte, slots*SlotBytes)
	off := 0
	for i := range ops {
		n := PubdataSize(ops[i].Type)
		copy(out[i*SlotBytes:], compact[off:off+n])
		off += n
	}
	return out, nil
}
