package rollup

import (
	"fmt"
	"slices"

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
	// SpotTrade: Account is the taker, To the maker; the taker sells Amount
	// (Fill) of Token and buys AmountB (ToFill, what the maker sells) of
	// TokenB; each side's order slot (bit 15: the order's first fill) and
	// fee rate in basis points of what it receives. CancelOrder: OrderSlot.
	OrderSlot, ToOrderSlot uint16
	TokenB                 uint16
	AmountB                num.U128
	Fill, ToFill           PackedFill
	FeeBips, ToFeeBips     uint8

	Tx Tx // the request; nil when decoded from pubdata
}

// FeeValue returns the unpacked fee (zero for priority operations and Noop).
func (o *ExecutedOp) FeeValue() num.U128 { return o.Fee.Value() }

// EncodePubdata appends the operation's fixed-size pubdata to b, laid out
// by its type's OpSpec.Pubdata. An unknown type appends its type byte only.
func (o *ExecutedOp) EncodePubdata(b []byte) []byte {
	b = append(b, byte(o.Type))
	s, err := spec(o.Type)
	if err != nil {
		return b
	}
	for _, f := range s.Pubdata {
		b = o.appendField(b, f)
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
		op, err := DecodeOpPubdata(b[off : off+n])
		if err != nil {
			return nil, fmt.Errorf("byte %d: %w", off, err)
		}
		ops = append(ops, op)
		off += n
	}
	return ops, nil
}

// DecodeOpPubdata parses the pubdata of exactly one operation.
func DecodeOpPubdata(b []byte) (ExecutedOp, error) {
	if len(b) == 0 {
		return ExecutedOp{}, fmt.Errorf("%w: empty pubdata", ErrMalformed)
	}
	s, err := spec(OpType(b[0]))
	if err != nil {
		return ExecutedOp{}, err
	}
	if len(b) != s.PubdataSize() {
		return ExecutedOp{}, fmt.Errorf("%w: %s pubdata is %d bytes, got %d", ErrMalformed, s.Name, s.PubdataSize(), len(b))
	}
	r := &reader{b: b, off: 1}
	o := ExecutedOp{Type: s.Type}
	for _, f := range s.Pubdata {
		if err := o.readField(r, f); err != nil {
			return o, err
		}
	}
	return o, nil
}

// PadPubdata expands compact pubdata to the form the block commitment hashes:
// each operation right-padded with zeros to SlotBytes (and one zero slot
// more for each further slot it takes: a SpotTrade's second), then zero
// slots (Noops) up to slots. The L1 contract performs the same expansion.
func PadPubdata(compact []byte, slots int) ([]byte, error) {
	ops, err := DecodePubdata(compact)
	if err != nil {
		return nil, err
	}
	if used := SlotsUsed(ops); used > slots {
		return nil, fmt.Errorf("%w: %d operations take %d slots, the block has %d", ErrBlockFull, len(ops), used, slots)
	}
	out := make([]byte, slots*SlotBytes)
	off, slot := 0, 0
	for i := range ops {
		n := PubdataSize(ops[i].Type)
		copy(out[slot*SlotBytes:], compact[off:off+n])
		off += n
		slot += ops[i].Type.Width()
	}
	return out, nil
}

// Accounts are the accounts the operation names: its acting account and,
// when its pubdata has a receiver (a transfer's, a trade's maker), that
// one too. Noop and DepositRefund name none. (The fee account, credited by every fee, is
// not among them.)
func (o *ExecutedOp) Accounts() []uint32 {
	s, err := spec(o.Type)
	if err != nil || o.Type == OpNoop || o.Type == OpDepositRefund {
		return nil // a refunded deposit took no account (its account field is 0)
	}
	out := []uint32{o.Account}
	if slices.ContainsFunc(s.Pubdata, func(f Field) bool { return f == FieldTo || f == FieldTo24 }) && o.To != o.Account {
		out = append(out, o.To)
	}
	return out
}
