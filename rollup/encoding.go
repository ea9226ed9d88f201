package rollup

import (
	"encoding/binary"
	"fmt"

	"github.com/zkrollup/zkrollup/num"
)

// EncodeTx returns the canonical byte encoding of tx, which DecodeTx
// reverses: the type byte, then for L2 transactions the signed bytes, the
// public key and the signature (and for ChangePubKey the L1 signature).
// Priority operations are encoded for storage only.
func EncodeTx(tx Tx) ([]byte, error) {
	s, err := specOf(tx)
	if err != nil {
		return nil, err
	}
	return tx.appendWire(make([]byte, 0, s.wireSize)), nil
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

// DecodeL2Tx parses a transaction a user submitted (an OpSpec.Submittable
// type). Deposits and full exits only ever come from the L1 contract
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
	s, err := Spec(OpType(b[0]))
	if err != nil || s.newTx == nil {
		return nil, fmt.Errorf("%w: type byte %d", ErrUnknownOpType, b[0])
	}
	if len(b) != s.wireSize {
		return nil, fmt.Errorf("%w: %s is %d bytes, got %d", ErrMalformed, s.Name, s.wireSize, len(b))
	}
	tx := s.newTx()
	if err := tx.readWire(&reader{b: b, off: 1}); err != nil {
		return nil, err
	}
	return tx, nil
}

// Wire encodings of the request types.

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

func (c *ChangePubKey) appendWire(b []byte) []byte {
	b = append(b, byte(OpChangePubKey))
	b = binary.BigEndian.AppendUint32(b, c.AccountID)
	b = append(b, c.NewPubKey[:]...)
	b = binary.BigEndian.AppendUint16(b, c.FeeToken)
	b = append(b, c.Fee[:]...)
	b = binary.BigEndian.AppendUint32(b, c.Nonce)
	b = append(b, c.Signature[:]...)
	return append(b, c.EthSignature[:]...)
}

func (c *ChangePubKey) readWire(r *reader) error {
	c.AccountID = r.u32()
	r.into(c.NewPubKey[:])
	c.FeeToken = r.u16()
	r.into(c.Fee[:])
	c.Nonce = r.u32()
	r.into(c.Signature[:])
	r.into(c.EthSignature[:])
	return nil
}

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
