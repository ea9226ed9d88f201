package circuit

import (
	"slices"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/rollup"
)

// Slot is one operation slot of the block circuit: the union of every
// operation's fields (rollup.ExecutedOp), its signature, and the two account
// openings it updates in order — A, the acting account, then B, the
// receiver of a transfer (for other operations B is opened and left as is).
type Slot struct {
	Type         frontend.Variable // rollup.OpType
	Account      frontend.Variable // 32 bits
	To           frontend.Variable // 32 bits
	Address      frontend.Variable // 160 bits: see rollup.ExecutedOp.Address; for a Transfer the receiver's address (signed, not published)
	Token        frontend.Variable // 16 bits; also the fee token
	Amount       frontend.Variable // 128 bits: Deposit, Withdraw, FullExit
	PackedAmount frontend.Variable // 40 bits: Transfer, TransferToNew
	PackedFee    frontend.Variable // 16 bits
	PubKeyHash   frontend.Variable // 160 bits: ChangePubKey's new key hash
	Nonce        frontend.Variable // 32 bits: the signed nonce of an L2 operation
	FeeSlot      frontend.Variable // which block fee credit collects this slot's fee

	// Trading (issue 17). A SpotTrade takes two slots, the taker's (Type
	// OpSpotTrade) then the maker's (Type OpTradeMaker); each checks its own
	// order, signature and account — A is the side's account in the token
	// it sells (Token, selling Amount), B the same account in the token it
	// buys (TokenB) — and the block links the two (linkTrade). A
	// CancelOrder uses OrderSlot, Generation and the order opening.
	OrderSlot   frontend.Variable // 16 bits, as pubdata carries it: slot | 1<<14 buy order | 1<<15 first fill of the generation
	Generation  frontend.Variable // 32 bits: the order's generation
	TokenB      frontend.Variable // 16 bits: the token the order buys
	AmountSell  frontend.Variable // 40 bits packed: the order's limit amounts
	AmountBuy   frontend.Variable // 40 bits packed
	MaxFeeBips  frontend.Variable // 8 bits
	ValidFrom   frontend.Variable // 32 bits
	ValidUntil  frontend.Variable // 32 bits
	Fill        frontend.Variable // 32 bits packed: what this side sells
	FillB       frontend.Variable // 32 bits packed: what this side receives, before its fee
	FeeBips     frontend.Variable // 8 bits: the fee rate this side pays
	TradeFee    frontend.Variable // floor(received · FeeBips / 10,000), bound with FeeRem
	FeeRem      frontend.Variable // the remainder of that division
	ToOrderSlot frontend.Variable // the taker's slot publishes the maker's order slot
	ToFeeBips   frontend.Variable // and fee rate
	Order       OrderOpening      // the order slot, opened in A's order tree

	Sig       Signature            // for operations without a signature: any valid signature
	SubgroupQ twistededwards.Point // ChangePubKey: [8]SubgroupQ = Sig.PubKey

	A, B AccountOpening
}

// OrderOpening opens one order slot (its index is Slot.OrderSlot's low bits)
// of the acting account's order tree: the leaf before the operation and the
// siblings of its path (state.OrderWitness).
type OrderOpening struct {
	OldGeneration frontend.Variable
	OldFilled     frontend.Variable
	Path          []frontend.Variable // order-tree siblings, bottom-up
}

// OpTradeMaker is the circuit's type of a SpotTrade's second slot (the
// maker's order). It is no operation of the registry: it publishes nothing
// (its slot of the padded pubdata is zeros) and only ever follows a
// SpotTrade's first slot.
const OpTradeMaker rollup.OpType = 0x80

// NewSlot allocates a slot's paths.
func NewSlot(s Shape) Slot {
	return Slot{A: NewAccountOpening(s.AccountDepth, s.BalanceDepth, s.OrderDepth), B: NewAccountOpening(s.AccountDepth, s.BalanceDepth, s.OrderDepth),
		Order: OrderOpening{Path: make([]frontend.Variable, s.OrderDepth)}}
}

// gadgets lists the operation types whose rules the slot circuit
// implements (slotrules.go, and their witness in witness.go). A type of
// the registry (rollup.Ops) missing here is refused by every slot;
// internal/opregistry's test fails until it is added.
var gadgets = []rollup.OpType{
	rollup.OpNoop, rollup.OpDeposit, rollup.OpTransfer, rollup.OpTransferToNew,
	rollup.OpWithdraw, rollup.OpFullExit, rollup.OpChangePubKey, rollup.OpDepositRefund,
	rollup.OpSpotTrade, rollup.OpCancelOrder, OpTradeMaker,
}

// Implements reports whether the block circuit has the rules of type t
// (OpTradeMaker is the circuit's own, the second slot of a SpotTrade).
func Implements(t rollup.OpType) bool { return t != OpTradeMaker && slices.Contains(gadgets, t) }

// opFlags is the one-hot decoding of a slot's type.
type opFlags struct {
	is                                                              map[rollup.OpType]frontend.Variable
	noop, deposit, transfer, toNew, withdraw, fullExit, cpk, refund frontend.Variable
	trade, maker, cancel                                            frontend.Variable // a SpotTrade's two slots; CancelOrder
	anyTransfer, signed, half, ordered                              frontend.Variable // half: either slot of a trade; ordered: half or cancel
}

// In a transfer slot (general false: rollup.Params.SlotGroup) the flag of
// every type that does not fit one (rollup.OpType.FitsTransferSlot) is the
// constant 0: its rules fold away, and the type is refused like an
// unknown one.
func decodeType(api frontend.API, t frontend.Variable, general bool) opFlags {
	f := opFlags{is: map[rollup.OpType]frontend.Variable{}}
	sum := frontend.Variable(0)
	for _, k := range gadgets {
		if !general && !k.FitsTransferSlot() {
			f.is[k] = 0
			continue
		}
		f.is[k] = api.IsZero(api.Sub(t, uint64(k)))
		sum = api.Add(sum, f.is[k])
	}
	// exactly one type: an unknown type byte matches none
	api.AssertIsEqual(sum, 1)
	f.noop, f.deposit, f.transfer, f.toNew = f.is[rollup.OpNoop], f.is[rollup.OpDeposit], f.is[rollup.OpTransfer], f.is[rollup.OpTransferToNew]
	f.withdraw, f.fullExit, f.cpk = f.is[rollup.OpWithdraw], f.is[rollup.OpFullExit], f.is[rollup.OpChangePubKey]
	f.refund = f.is[rollup.OpDepositRefund]
	f.trade, f.maker, f.cancel = f.is[rollup.OpSpotTrade], f.is[OpTradeMaker], f.is[rollup.OpCancelOrder]
	f.half = api.Add(f.trade, f.maker)
	f.ordered = api.Add(f.half, f.cancel)
	f.anyTransfer = api.Add(f.transfer, f.toNew)
	f.signed = frontend.Variable(0)
	for _, k := range gadgets {
		if s, err := rollup.Spec(k); err == nil && s.Signed {
			f.signed = api.Add(f.signed, f.is[k])
		}
	}
	return f
}

// implies asserts cond ⇒ (a == b) for a boolean cond.
func implies(api frontend.API, cond, a, b frontend.Variable) {
	api.AssertIsEqual(api.Mul(cond, api.Sub(a, b)), 0)
}

// assertFits asserts v < 2^n.
func assertFits(api frontend.API, v frontend.Variable, n int) { api.ToBinary(v, n) }
