package rollup

import (
	"encoding/binary"
	"fmt"
)

// Field is one field of an operation's pubdata: a field of ExecutedOp with
// its width. Integers are big-endian.
type Field uint8

// Pubdata fields.
const (
	FieldAccount      Field = iota + 1 // ExecutedOp.Account, 4 bytes
	FieldTo                            // ExecutedOp.To, 4 bytes
	FieldAddress                       // ExecutedOp.Address, 20 bytes
	FieldToken                         // ExecutedOp.Token, 2 bytes
	FieldAmount                        // ExecutedOp.Amount, 16 bytes
	FieldPackedAmount                  // ExecutedOp.PackedAmount, 5 bytes
	FieldFee                           // ExecutedOp.Fee (packed), 2 bytes
	FieldPubKeyHash                    // ExecutedOp.PubKeyHash, 20 bytes
	FieldNonce                         // ExecutedOp.Nonce, 4 bytes
)

var fieldSizes = [...]int{
	FieldAccount: 4, FieldTo: 4, FieldAddress: 20, FieldToken: 2, FieldAmount: 16,
	FieldPackedAmount: PackedAmountSize, FieldFee: PackedFeeSize, FieldPubKeyHash: 20, FieldNonce: 4,
}

var fieldNames = [...]string{
	FieldAccount: "account", FieldTo: "to", FieldAddress: "address", FieldToken: "token", FieldAmount: "amount",
	FieldPackedAmount: "packed amount", FieldFee: "fee", FieldPubKeyHash: "pubkey hash", FieldNonce: "nonce",
}

// Size is the field's width in bytes (0 for an unknown field).
func (f Field) Size() int {
	if int(f) < len(fieldSizes) {
		return fieldSizes[f]
	}
	return 0
}

func (f Field) String() string {
	if int(f) < len(fieldNames) && fieldNames[f] != "" {
		return fieldNames[f]
	}
	return fmt.Sprintf("field(%d)", uint8(f))
}

// appendField appends field f of o.
func (o *ExecutedOp) appendField(b []byte, f Field) []byte {
	switch f {
	case FieldAccount:
		return binary.BigEndian.AppendUint32(b, o.Account)
	case FieldTo:
		return binary.BigEndian.AppendUint32(b, o.To)
	case FieldAddress:
		return append(b, o.Address[:]...)
	case FieldToken:
		return binary.BigEndian.AppendUint16(b, o.Token)
	case FieldAmount:
		amt := o.Amount.Bytes()
		return append(b, amt[:]...)
	case FieldPackedAmount:
		return append(b, o.PackedAmount[:]...)
	case FieldFee:
		return append(b, o.Fee[:]...)
	case FieldPubKeyHash:
		return append(b, o.PubKeyHash[:]...)
	case FieldNonce:
		return binary.BigEndian.AppendUint32(b, o.Nonce)
	}
	return b
}

// readField reads field f into o; a packed amount also sets o.Amount.
func (o *ExecutedOp) readField(r *reader, f Field) error {
	switch f {
	case FieldAccount:
		o.Account = r.u32()
	case FieldTo:
		o.To = r.u32()
	case FieldAddress:
		r.into(o.Address[:])
	case FieldToken:
		o.Token = r.u16()
	case FieldAmount:
		o.Amount = r.u128()
	case FieldPackedAmount:
		r.into(o.PackedAmount[:])
		v, err := o.PackedAmount.Value()
		if err != nil {
			return err
		}
		o.Amount = v
	case FieldFee:
		r.into(o.Fee[:])
	case FieldPubKeyHash:
		r.into(o.PubKeyHash[:])
	case FieldNonce:
		o.Nonce = r.u32()
	default:
		return fmt.Errorf("%w: %s", ErrMalformed, f)
	}
	return nil
}
