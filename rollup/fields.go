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
	// SpotTrade and CancelOrder (issue 17): the taker's fields, then the
	// maker's (the To side).
	FieldAccount24   // ExecutedOp.Account in 3 bytes (trades need AccountDepth <= 24)
	FieldTo24        // ExecutedOp.To in 3 bytes
	FieldOrderSlot   // ExecutedOp.OrderSlot, 2 bytes: the slot, and bit 15 set for an order's first fill
	FieldToOrderSlot // ExecutedOp.ToOrderSlot, 2 bytes
	FieldTokenPair   // ExecutedOp.Token (the taker sells) and TokenB (it buys), 12 bits each in 3 bytes
	FieldFill        // ExecutedOp.Fill, 4 bytes: what the taker sells (sets Amount)
	FieldToFill      // ExecutedOp.ToFill, 4 bytes: what the maker sells (sets AmountB)
	FieldFeeBips     // ExecutedOp.FeeBips, 1 byte
	FieldToFeeBips   // ExecutedOp.ToFeeBips, 1 byte
)

var fieldSizes = [...]int{
	FieldAccount: 4, FieldTo: 4, FieldAddress: 20, FieldToken: 2, FieldAmount: 16,
	FieldPackedAmount: PackedAmountSize, FieldFee: PackedFeeSize, FieldPubKeyHash: 20, FieldNonce: 4,
	FieldAccount24: 3, FieldTo24: 3, FieldOrderSlot: 2, FieldToOrderSlot: 2, FieldTokenPair: 3,
	FieldFill: PackedFillSize, FieldToFill: PackedFillSize, FieldFeeBips: 1, FieldToFeeBips: 1,
}

var fieldNames = [...]string{
	FieldAccount: "account", FieldTo: "to", FieldAddress: "address", FieldToken: "token", FieldAmount: "amount",
	FieldPackedAmount: "packed amount", FieldFee: "fee", FieldPubKeyHash: "pubkey hash", FieldNonce: "nonce",
	FieldAccount24: "account (3 bytes)", FieldTo24: "maker account (3 bytes)", FieldOrderSlot: "order slot",
	FieldToOrderSlot: "maker order slot", FieldTokenPair: "token pair", FieldFill: "fill", FieldToFill: "maker fill",
	FieldFeeBips: "fee bips", FieldToFeeBips: "maker fee bips",
}

// MaxTradeToken is the largest token id a SpotTrade's pubdata carries
// (FieldTokenPair's 12 bits), and MaxTradeAccount the largest account id
// (FieldAccount24).
const (
	MaxTradeToken   = 1<<12 - 1
	MaxTradeAccount = 1<<24 - 1
)

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
	case FieldAccount24:
		return append(b, byte(o.Account>>16), byte(o.Account>>8), byte(o.Account))
	case FieldTo24:
		return append(b, byte(o.To>>16), byte(o.To>>8), byte(o.To))
	case FieldOrderSlot:
		return binary.BigEndian.AppendUint16(b, o.OrderSlot)
	case FieldToOrderSlot:
		return binary.BigEndian.AppendUint16(b, o.ToOrderSlot)
	case FieldTokenPair:
		pair := uint32(o.Token&MaxTradeToken)<<12 | uint32(o.TokenB&MaxTradeToken)
		return append(b, byte(pair>>16), byte(pair>>8), byte(pair))
	case FieldFill:
		return append(b, o.Fill[:]...)
	case FieldToFill:
		return append(b, o.ToFill[:]...)
	case FieldFeeBips:
		return append(b, o.FeeBips)
	case FieldToFeeBips:
		return append(b, o.ToFeeBips)
	}
	return b
}

func u24(b []byte) uint32 { return uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2]) }

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
	case FieldAccount24:
		o.Account = u24(r.next(3))
	case FieldTo24:
		o.To = u24(r.next(3))
	case FieldOrderSlot:
		o.OrderSlot = r.u16()
	case FieldToOrderSlot:
		o.ToOrderSlot = r.u16()
	case FieldTokenPair:
		pair := u24(r.next(3))
		o.Token, o.TokenB = uint16(pair>>12), uint16(pair&MaxTradeToken)
	case FieldFill:
		r.into(o.Fill[:])
		v, err := o.Fill.Value()
		if err != nil {
			return err
		}
		o.Amount = v
	case FieldToFill:
		r.into(o.ToFill[:])
		v, err := o.ToFill.Value()
		if err != nil {
			return err
		}
		o.AmountB = v
	case FieldFeeBips:
		o.FeeBips = r.u8()
	case FieldToFeeBips:
		o.ToFeeBips = r.u8()
	default:
		return fmt.Errorf("%w: %s", ErrMalformed, f)
	}
	return nil
}
