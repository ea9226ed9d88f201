package circuit

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
)

// Assign builds the full assignment of the block circuit for block b, whose
// pre-state is st. It advances st through the block (every operation's
// effect on its two accounts, then the fee credits, exactly as the circuit
// applies them) and fails unless that lands on b.NewRoot — so the witness
// generator re-checks the native Machine on every block it assigns.
func Assign(st *state.State, s Shape, b *rollup.Block) (*BlockCircuit, error) {
	if s.Blob {
		return nil, fmt.Errorf("block %d: a blob-mode circuit needs the block's data point (AssignBlob)", b.Header.Number)
	}
	return assign(st, s, b, false, fr.Element{})
}

// AssignBlob is Assign for a blob-mode shape, whose commitment binds the
// block's data at the challenge r (rollup.Block.BlobBinding).
func AssignBlob(st *state.State, s Shape, b *rollup.Block, r fr.Element) (*BlockCircuit, error) {
	if !s.Blob {
		return nil, fmt.Errorf("block %d: the shape is not blob mode (Assign)", b.Header.Number)
	}
	return assign(st, s, b, false, r)
}

// assign with forge set is for tests that forge blocks the rules refuse: it
// applies the effects whatever they are (a balance that would leave
// [0, 2^128) wraps, which the circuit's range checks refuse anyway)
// and takes the root it lands on as the block's new root.
func assign(st *state.State, s Shape, b *rollup.Block, forge bool, r fr.Element) (*BlockCircuit, error) {
	if b.Slots != s.Slots {
		return nil, fmt.Errorf("block %d has the shape of %d slots, the circuit %d", b.Header.Number, b.Slots, s.Slots)
	}
	if b.SlotGroup != s.SlotGroup && !forge {
		return nil, fmt.Errorf("block %d was sealed with slot group %d, the circuit has %d", b.Header.Number, b.SlotGroup, s.SlotGroup)
	}
	at, used := rollup.Placement(b.SlotGroup, b.Ops)
	if used > s.Slots || len(b.Fees) > s.FeeSlots {
		return nil, fmt.Errorf("block %d has ops taking %d slots and %d fee tokens, circuit has %d and %d", b.Header.Number, used, len(b.Fees), s.Slots, s.FeeSlots)
	}
	if root, err := st.Root(); err != nil {
		return nil, err
	} else if root != b.OldRoot {
		return nil, fmt.Errorf("block %d: state root is not the block's old root", b.Header.Number)
	}
	c := NewBlockCircuit(s)
	c.Header = BlockHeader{OldRoot: el(b.OldRoot), NewRoot: el(b.NewRoot), Number: b.Header.Number, Timestamp: b.Header.Timestamp, FeeAccount: b.Header.FeeAccount}
	commitment := func() frontend.Variable {
		if s.Blob {
			return el(b.BlobCommitmentElement(r))
		}
		return el(b.CommitmentElement())
	}
	c.DataPoint = 0
	if s.Blob {
		c.DataPoint = el(r)
	}
	c.Commitment = commitment()
	for i, k := 0, 0; i < len(c.Slots); {
		op := rollup.ExecutedOp{Type: rollup.OpNoop} // an unused slot, or a transfer slot the next operation skipped
		if k < len(b.Ops) && at[k] == i {
			op = b.Ops[k]
			k++
		}
		var err error
		switch op.Type {
		case rollup.OpSpotTrade:
			if i+1 >= len(c.Slots) {
				return nil, fmt.Errorf("block %d: a trade in its last slot", b.Header.Number)
			}
			err = assignTrade(st, &c.Slots[i], &c.Slots[i+1], op, b.Fees, forge)
		default:
			err = assignSlot(st, &c.Slots[i], op, b.Fees, forge)
		}
		if err != nil {
			return nil, fmt.Errorf("block %d slot %d (%s): %w", b.Header.Number, i, op.Type, err)
		}
		i += op.Type.Width()
	}
	for j := range c.FeeTokens {
		credit := rollup.FeeCredit{}
		if j < len(b.Fees) {
			credit = b.Fees[j]
		}
		c.FeeTokens[j] = credit.Token
		w, err := st.Witness(b.Header.FeeAccount, credit.Token)
		if err != nil {
			return nil, err
		}
		c.FeeOpenings[j] = opening(w, s.OrderDepth)
		nb, of := w.Balance.Add(credit.Amount)
		if of && !forge {
			return nil, fmt.Errorf("fee credit overflows")
		}
		if err := st.SetBalance(b.Header.FeeAccount, credit.Token, nb); err != nil {
			return nil, err
		}
	}
	root, err := st.Root()
	if err != nil {
		return nil, err
	}
	if forge {
		b.NewRoot = root
		c.Header.NewRoot = el(root)
		c.Commitment = commitment()
	} else if root != b.NewRoot {
		return nil, fmt.Errorf("block %d: replaying its operations gives another root than the block's", b.Header.Number)
	}
	return c, nil
}

func assignSlot(st *state.State, s *Slot, op rollup.ExecutedOp, fees []rollup.FeeCredit, forge bool) error {
	s.Type, s.Account, s.To, s.Token = uint64(op.Type), op.Account, op.To, op.Token
	s.Address = new(big.Int).SetBytes(op.Address[:])
	s.Amount = op.Amount.Big()
	s.PackedAmount, s.PackedFee = 0, 0
	if op.Type == rollup.OpTransfer || op.Type == rollup.OpTransferToNew {
		s.PackedAmount = new(big.Int).SetBytes(op.PackedAmount[:])
	}
	s.PubKeyHash = new(big.Int).SetBytes(op.PubKeyHash[:])
	s.Nonce, s.FeeSlot = 0, 0
	s.SubgroupQ = twistededwards.Point{X: 0, Y: 1}
	zeroTrade(s)
	fee := op.FeeValue()
	if !fee.IsZero() {
		var err error
		if s.FeeSlot, err = feeSlotOf(fees, op.Token, forge); err != nil {
			return err
		}
	}
	sig, err := signatureOf(op)
	if err != nil {
		return err
	}
	s.Sig = sig.Signature

	// account A
	wa, err := st.Witness(op.Account, op.Token)
	if err != nil {
		return err
	}
	s.A = opening(wa, s.A.orderDepth)
	acc, bal := wa.Account, wa.Balance
	var of bool
	switch op.Type {
	case rollup.OpDeposit:
		if !acc.Exists() {
			acc.Address = op.Address
		}
		bal, of = bal.Add(op.Amount)
	case rollup.OpTransfer, rollup.OpTransferToNew, rollup.OpWithdraw, rollup.OpChangePubKey, rollup.OpCancelOrder:
		s.PackedFee = new(big.Int).SetBytes(op.Fee[:])
		s.Nonce = acc.Nonce
		total := fee
		switch op.Type {
		case rollup.OpCancelOrder:
			c, ok := op.Tx.(*rollup.CancelOrder)
			if !ok {
				return fmt.Errorf("a CancelOrder without its request")
			}
			if err := openOrder(st, s, op.Account, op.OrderSlot, c.Generation); err != nil {
				return err
			}
			if err := st.SetOrder(op.Account, uint32(c.Slot), state.OrderLeaf{Generation: c.Generation, Filled: rollup.OrderFilled}); err != nil {
				return err
			}
		case rollup.OpChangePubKey:
			acc.PubKeyHash = op.PubKeyHash
			x, y := sig.pub.Point()
			qx, qy := SubgroupWitness(x, y)
			s.SubgroupQ = twistededwards.Point{X: el(qx), Y: el(qy)}
		default:
			total, _ = op.Amount.Add(fee)
		}
		acc.Nonce++
		bal, of = bal.Sub(total)
	case rollup.OpFullExit:
		bal, of = bal.Sub(op.Amount)
	}
	if of && !forge {
		return fmt.Errorf("account %d balance out of range", op.Account)
	}
	if err := write(st, op.Account, op.Token, acc, bal); err != nil {
		return err
	}

	// account B
	bID := op.Account
	if op.Type == rollup.OpTransfer || op.Type == rollup.OpTransferToNew {
		bID = op.To
	}
	wb, err := st.Witness(bID, op.Token)
	if err != nil {
		return err
	}
	s.B = opening(wb, s.B.orderDepth)
	acc, bal = wb.Account, wb.Balance
	if op.Type == rollup.OpTransfer || op.Type == rollup.OpTransferToNew {
		if op.Type == rollup.OpTransferToNew {
			acc.Address = op.Address
		}
		if bal, of = bal.Add(op.Amount); of && !forge {
			return fmt.Errorf("account %d balance overflows", bID)
		}
	}
	return write(st, bID, op.Token, acc, bal)
}

// feeSlotOf is the index of the block's fee credit in token (-1 when
// forging a block without it).
func feeSlotOf(fees []rollup.FeeCredit, token uint16, forge bool) (int, error) {
	for j := range fees {
		if fees[j].Token == token {
			return j, nil
		}
	}
	if !forge {
		return -1, fmt.Errorf("fee token %d is not among the block's fee credits", token)
	}
	return -1, nil
}

func write(st *state.State, id uint32, token uint16, acc state.Account, bal num.U128) error {
	if err := st.SetAccount(id, acc); err != nil {
		return err
	}
	return st.SetBalance(id, token, bal)
}

// sigWitness carries the signature assignment and the key (for ChangePubKey's subgroup witness).
type sigWitness struct {
	Signature
	pub crypto.PublicKey
}

func signatureOf(op rollup.ExecutedOp) (sigWitness, error) {
	if l2, ok := op.Tx.(rollup.L2Tx); ok {
		pub, sig := l2.SignedBy()
		return sigAssignment(pub, sig)
	}
	if s, err := rollup.Spec(op.Type); err != nil || s.Signed {
		return sigWitness{}, fmt.Errorf("%s without its signed transaction", op.Type)
	}
	return dummySignature()
}

func sigAssignment(pub [crypto.PublicKeySize]byte, sig crypto.Signature) (sigWitness, error) {
	pk, err := crypto.PublicKeyFromBytes(pub[:])
	if err != nil {
		return sigWitness{}, err
	}
	r, s, err := crypto.SignatureParts(sig)
	if err != nil {
		return sigWitness{}, err
	}
	x, y := pk.Point()
	return sigWitness{
		Signature: Signature{R: twistededwards.Point{X: el(r[0]), Y: el(r[1])}, S: s, PubKey: twistededwards.Point{X: el(x), Y: el(y)}},
		pub:       pk,
	}, nil
}

// dummySignature is the valid signature of the message 0 that slots without
// a signature carry (the circuit checks one signature in every slot).
var dummySignature = sync.OnceValues(func() (sigWitness, error) {
	k, err := crypto.KeyFromSeed([]byte("zkrollup/unsigned-slot"))
	if err != nil {
		return sigWitness{}, err
	}
	sig, err := k.Sign(fr.Element{})
	if err != nil {
		return sigWitness{}, err
	}
	return sigAssignment(k.Public().Bytes(), sig)
})

// opening is the assignment of an account opening for a native witness in
// a tree of the given order depth (0 where the assignment is only ever a
// witness: the circuit it is checked against fixes the depths).
func opening(w state.AccountWitness, orderDepth int) AccountOpening {
	o := NewAccountOpening(len(w.AccountPath.Siblings), len(w.BalancePath.Siblings), orderDepth)
	o.ID, o.Token, o.Nonce = w.ID, w.Token, w.Account.Nonce
	o.OrderRoot = el(w.OrderRoot)
	o.Address = new(big.Int).SetBytes(w.Account.Address[:])
	o.PubKeyHash = new(big.Int).SetBytes(w.Account.PubKeyHash[:])
	o.Balance = w.Balance.Big()
	for i, s := range w.BalancePath.Siblings {
		o.BalancePath[i] = el(s)
	}
	for i, s := range w.AccountPath.Siblings {
		o.AccountPath[i] = el(s)
	}
	return o
}

func el(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }
