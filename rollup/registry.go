package rollup

import (
	"fmt"
	"reflect"
	"slices"
)

// OpSpec is everything the rules know about one operation type. The
// registry (Ops, Spec) holds one per type; every other table in the code
// base — the mempool's admission, the API's error kinds, the circuit's
// gadgets and signature layouts, the contract's op sizes — is checked
// against it by internal/opregistry's test, which names the place that
// lacks an entry when a type is added here.
type OpSpec struct {
	Type OpType
	Name string
	// Pubdata is the operation's pubdata after the type byte, field by
	// field (ExecutedOp's fields). Native encoding and decoding and the
	// circuit's pubdata bits are all laid out from it.
	Pubdata []Field
	// Priority: the operation arrives from the L1 priority queue and can
	// never be refused by the operator (Deposit, FullExit).
	Priority bool
	// Signed: the operation carries an L2 signature, and its request type
	// implements L2Tx (it is what users submit through the API).
	Signed bool
	// Withdrawal: executeBlocks pays the operation's amount out on L1.
	Withdrawal bool
	// ReadByL1: the contract reads the operation's pubdata when the block
	// is committed (to match the priority queue, to pay a withdrawal, to
	// check ChangePubKey's L1 authorisation). In blob mode these are the
	// operations sent again as calldata (Block.L1Pubdata).
	ReadByL1 bool
	// Slots is how many block-circuit slots the operation takes (0: one).
	// A SpotTrade takes two, one per order; its pubdata fills the first
	// slot of the padded pubdata and the second is zeros.
	Slots int
	// TransferSlot: the operation fits a transfer slot of a typed block
	// (Params.SlotGroup), whose circuit has only the gadgets of these
	// types. The others need a general slot.
	TransferSlot bool
	// Request is the request (Tx) type that executes as this operation:
	// itself, or for TransferToNew the Transfer that created the account.
	// Noop has none (it only pads blocks).
	Request OpType

	newTx func() Tx // an empty request to decode into; nil if Request != Type
	// fromL1 rebuilds a priority request from its pubdata (the L1
	// contract's PriorityRequest event carries it); nil for L2 types.
	fromL1 func(o *ExecutedOp) Tx
	// fromPubdata rebuilds the request an operation decoded from a
	// committed block's pubdata stood for (ReplayPubdata); ethSig is the
	// block's L1 authorisation for a ChangePubKey. nil for Noop.
	fromPubdata func(m *Machine, o *ExecutedOp, ethSig [65]byte) (proven, error)
	apply       applyFunc    // the rule; nil if Request != Type
	wireSize    int          // EncodeTx's length; set at init from newTx
	txType      reflect.Type // newTx's dynamic type; set at init
}

// applyFunc applies one request to the open block: the executed operation,
// whether it created an account, or an error that changed nothing. sig is
// the outcome of the stateless signature check (nil for unsigned types).
type applyFunc func(m *Machine, tx Tx, sig *sigResult) (ExecutedOp, bool, error)

// PubdataSize is the operation's pubdata length in bytes, type byte included.
func (s *OpSpec) PubdataSize() int {
	n := 1
	for _, f := range s.Pubdata {
		n += f.Size()
	}
	return n
}

// Submittable reports whether users submit this type as an L2 transaction
// (through the API and the mempool).
func (s *OpSpec) Submittable() bool { return s.Signed && s.Request == s.Type }

// registry is indexed by OpType; its order is the protocol's numbering.
var registry = [...]OpSpec{
	OpNoop: {Type: OpNoop, Name: "Noop", Request: OpNoop, TransferSlot: true},
	OpDeposit: {Type: OpDeposit, Name: "Deposit", Priority: true, ReadByL1: true, Request: OpDeposit,
		// account (the operator's choice) | token | amount | owner
		Pubdata: []Field{FieldAccount, FieldToken, FieldAmount, FieldAddress},
		newTx:   func() Tx { return &Deposit{} }, apply: applyAs((*Machine).deposit),
		fromL1:      func(o *ExecutedOp) Tx { return &Deposit{To: o.Address, Token: o.Token, Amount: o.Amount} },
		fromPubdata: depositFromPubdata},
	OpTransfer: {Type: OpTransfer, Name: "Transfer", Signed: true, Request: OpTransfer, TransferSlot: true,
		Pubdata: []Field{FieldAccount, FieldTo, FieldToken, FieldPackedAmount, FieldFee},
		newTx:   func() Tx { return &Transfer{} }, apply: applyAs((*Machine).transfer), fromPubdata: transferFromPubdata},
	OpTransferToNew: {Type: OpTransferToNew, Name: "TransferToNew", Signed: true, Request: OpTransfer, TransferSlot: true,
		Pubdata:     []Field{FieldAccount, FieldTo, FieldAddress, FieldToken, FieldPackedAmount, FieldFee},
		fromPubdata: transferFromPubdata},
	OpWithdraw: {Type: OpWithdraw, Name: "Withdraw", Signed: true, Withdrawal: true, ReadByL1: true, Request: OpWithdraw,
		Pubdata: []Field{FieldAccount, FieldToken, FieldAmount, FieldFee, FieldAddress},
		newTx:   func() Tx { return &Withdraw{} }, apply: applyAs((*Machine).withdraw), fromPubdata: withdrawFromPubdata},
	OpFullExit: {Type: OpFullExit, Name: "FullExit", Priority: true, Withdrawal: true, ReadByL1: true, Request: OpFullExit,
		// account | owner | token | amount (the operator fills it in)
		Pubdata: []Field{FieldAccount, FieldAddress, FieldToken, FieldAmount},
		newTx:   func() Tx { return &FullExit{} }, apply: applyAs((*Machine).fullExit),
		fromL1:      func(o *ExecutedOp) Tx { return &FullExit{AccountID: o.Account, Owner: o.Address, Token: o.Token} },
		fromPubdata: fullExitFromPubdata},
	OpChangePubKey: {Type: OpChangePubKey, Name: "ChangePubKey", Signed: true, ReadByL1: true, Request: OpChangePubKey,
		Pubdata: []Field{FieldAccount, FieldPubKeyHash, FieldAddress, FieldNonce, FieldToken, FieldFee},
		newTx:   func() Tx { return &ChangePubKey{} }, apply: applyAs((*Machine).changePubKey),
		fromPubdata: changePubKeyFromPubdata},
	// A Deposit that no account takes (the account tree is full, or the
	// operator's AccountPolicy names none) is refunded: its amount is
	// credited to the depositor's pending balance on L1 when the block is
	// executed, so every priority operation has a provable outcome.
	OpDepositRefund: {Type: OpDepositRefund, Name: "DepositRefund", Priority: true, Withdrawal: true, ReadByL1: true, Request: OpDeposit,
		// laid out as a Deposit (account 0), so the circuit shares its bits
		Pubdata:     []Field{FieldAccount, FieldToken, FieldAmount, FieldAddress},
		fromPubdata: depositFromPubdata},
	// Trading (issue 17). A SpotTrade is built from two signed orders by
	// whoever matches them; nobody signs the trade itself.
	OpSpotTrade: {Type: OpSpotTrade, Name: "SpotTrade", Request: OpSpotTrade, Slots: 2,
		// taker 3 | maker 3 | taker slot 2 | maker slot 2 | sell/buy tokens 3 | taker fill 4 | maker fill 4 | fee bips 1 + 1: 24 bytes
		Pubdata: []Field{FieldAccount24, FieldTo24, FieldOrderSlot, FieldToOrderSlot, FieldTokenPair, FieldFill, FieldToFill,
			FieldFeeBips, FieldToFeeBips},
		newTx: func() Tx { return &SpotTrade{} }, apply: applyAs((*Machine).spotTrade), fromPubdata: tradeFromPubdata},
	OpCancelOrder: {Type: OpCancelOrder, Name: "CancelOrder", Signed: true, Request: OpCancelOrder,
		Pubdata: []Field{FieldAccount, FieldOrderSlot, FieldToken, FieldFee},
		newTx:   func() Tx { return &CancelOrder{} }, apply: applyAs((*Machine).cancelOrder), fromPubdata: cancelFromPubdata},
}

// Width is how many block slots an operation of type t takes (one for an
// unknown type).
func (t OpType) Width() int {
	if s, err := spec(t); err == nil && s.Slots > 1 {
		return s.Slots
	}
	return 1
}

// FitsTransferSlot reports whether an operation of type t may go in a
// transfer slot of a typed block (OpSpec.TransferSlot; false for an
// unknown type).
func (t OpType) FitsTransferSlot() bool {
	s, err := spec(t)
	return err == nil && s.TransferSlot
}

// SlotsUsed is how many block slots ops take in a block of untyped slots
// (Placement for typed ones).
func SlotsUsed(ops []ExecutedOp) int {
	_, n := Placement(0, ops)
	return n
}

// SlotBytes is the size of one slot in the padded pubdata the block
// commitment hashes: the largest operation's pubdata (a constant, so that
// arrays can be sized by it; TestSlotBytesIsTheLargestPubdata checks it).
const SlotBytes = 53

func init() {
	for i := range registry {
		if s := &registry[i]; s.newTx != nil {
			s.wireSize = len(s.newTx().appendWire(nil))
			s.txType = reflect.TypeOf(s.newTx())
		}
	}
}

// Ops returns a copy of every operation type's spec, in type order.
func Ops() []OpSpec {
	out := make([]OpSpec, len(registry))
	for i := range registry {
		out[i], _ = Spec(OpType(i))
	}
	return out
}

// Spec returns a copy of the spec of type t, or ErrUnknownOpType. Callers
// cannot change the registry through it.
func Spec(t OpType) (OpSpec, error) {
	s, err := spec(t)
	if err != nil {
		return OpSpec{}, err
	}
	c := *s
	c.Pubdata = slices.Clone(s.Pubdata)
	return c, nil
}

// spec is the registry's own entry for t.
func spec(t OpType) (*OpSpec, error) {
	if int(t) < len(registry) {
		return &registry[t], nil
	}
	return nil, fmt.Errorf("%w: type byte %d", ErrUnknownOpType, uint8(t))
}

func (t OpType) String() string {
	if s, err := spec(t); err == nil {
		return s.Name
	}
	return "Unknown"
}

// IsPriority reports whether t arrives from L1 (and so can never be refused).
func (t OpType) IsPriority() bool {
	s, err := spec(t)
	return err == nil && s.Priority
}

// IsWithdrawal reports whether t pays out on L1 when its block is executed.
func (t OpType) IsWithdrawal() bool {
	s, err := spec(t)
	return err == nil && s.Withdrawal
}

// PubdataSize returns the pubdata size of an operation type, or 0 if unknown.
func PubdataSize(t OpType) int {
	if s, err := spec(t); err == nil {
		return s.PubdataSize()
	}
	return 0
}

// specOf returns the spec of a request's type, refusing nil requests and
// types that are not requests of their own (Noop, TransferToNew).
func specOf(tx Tx) (*OpSpec, error) {
	if tx == nil {
		return nil, fmt.Errorf("%w: nil transaction", ErrMalformed)
	}
	if v := reflect.ValueOf(tx); v.Kind() == reflect.Pointer && v.IsNil() {
		return nil, fmt.Errorf("%w: nil transaction", ErrMalformed)
	}
	s, err := spec(tx.TxType())
	if err != nil {
		return nil, err
	}
	if s.newTx == nil || s.apply == nil {
		return nil, fmt.Errorf("%w: %s is not a request", ErrUnknownOpType, s.Name)
	}
	// The registry dispatches on TxType, the behaviour comes from the
	// dynamic type: they must be the registry's pair (a wrapper embedding
	// a request, or one claiming another type, is refused).
	if reflect.TypeOf(tx) != s.txType {
		return nil, fmt.Errorf("%w: %T is not the %s request type", ErrUnknownOpType, tx, s.Name)
	}
	return s, nil
}

// applyAs adapts a rule over one request type to an applyFunc.
func applyAs[T Tx](f func(*Machine, T, *sigResult) (ExecutedOp, bool, error)) applyFunc {
	return func(m *Machine, tx Tx, sig *sigResult) (ExecutedOp, bool, error) {
		t, ok := tx.(T)
		if !ok {
			return ExecutedOp{}, false, fmt.Errorf("%w: %T does not implement %s", ErrUnknownOpType, tx, tx.TxType())
		}
		return f(m, t, sig)
	}
}

// PriorityRequest returns the L1 request an operation decoded from pubdata
// stands for (a Deposit or a FullExit). L2 operations have none: their
// pubdata does not carry the signature.
func (o *ExecutedOp) PriorityRequest() (Tx, error) {
	s, err := spec(o.Type)
	if err != nil {
		return nil, err
	}
	if s.fromL1 == nil {
		return nil, fmt.Errorf("%w: %s is not an L1 priority operation", ErrUnknownOpType, s.Name)
	}
	return s.fromL1(o), nil
}

// Replayable reports whether operations of this type can be re-executed
// from L1 pubdata alone (Machine.ReplayPubdata): every type a block holds.
func (s *OpSpec) Replayable() bool { return s.fromPubdata != nil }
