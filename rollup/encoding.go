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
	s, err := spec(OpType(b[0]))
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
