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

	Sig       Signature            // for operations without a signature: any valid signature
	SubgroupQ twistededwards.Point // ChangePubKey: [8]SubgroupQ = Sig.PubKey

	A, B AccountOpening
}

// NewSlot allocates a slot's paths.
func NewSlot(s Shape) Slot {
	return Slot{A: NewAccountOpening(s.AccountDepth, s.BalanceDepth, s.OrderDepth), B: NewAccountOpening(s.AccountDepth, s.BalanceDepth, s.OrderDepth)}
}

// gadgets lists the operation types whose rules the slot circuit
// implements (slotrules.go, and their witness in witness.go). A type of
// the registry (rollup.Ops) missing here is refused by every slot;
// internal/opregistry's test fails until it is added.
var gadgets = []rollup.OpType{
	rollup.OpNoop, rollup.OpDeposit, rollup.OpTransfer, rollup.OpTransferToNew,
	rollup.OpWithdraw, rollup.OpFullExit, rollup.OpChangePubKey, rollup.OpDepositRefund,
}

// Implements reports whether the block circuit has the rules of type t.
func Implements(t rollup.OpType) bool { return slices.Contains(gadgets, t) }

// opFlags is the one-hot decoding of a slot's type.
type opFlags struct {
	is                                                              map[rollup.OpType]frontend.Variable
	noop, deposit, transfer, toNew, withdraw, fullExit, cpk, refund frontend.Variable
	anyTransfer, signed                                             frontend.Variable
}

func decodeType(api frontend.API, t frontend.Variable) opFlags {
	f := opFlags{is: map[rollup.OpType]frontend.Variable{}}
	sum := frontend.Variable(0)
	for _, k := range gadgets {
		f.is[k] = api.IsZero(api.Sub(t, uint64(k)))
		sum = api.Add(sum, f.is[k])
	}
	// exactly one type: an unknown type byte matches none
	api.AssertIsEqual(sum, 1)
	f.noop, f.deposit, f.transfer, f.toNew = f.is[rollup.OpNoop], f.is[rollup.OpDeposit], f.is[rollup.OpTransfer], f.is[rollup.OpTransferToNew]
	f.withdraw, f.fullExit, f.cpk = f.is[rollup.OpWithdraw], f.is[rollup.OpFullExit], f.is[rollup.OpChangePubKey]
	f.refund = f.is[rollup.OpDepositRefund]
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
