package circuit

// Attack tests of the table-driven slot circuit (e09576c): the type
// decoding (gadgets), the signature layouts (signedLayouts) and the pubdata
// bits (from rollup's registry). A slot whose type byte no gadget has, or
// whose signature covers other bytes than the native SignedBytes (another
// type byte: a TransferToNew signed as itself, a Transfer signed as a
// Withdraw; or the operation's pubdata), must not solve.

import (
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestSlotRefusesTypesWithoutGadget: a Noop slot relabelled with a type
// byte no gadget implements (its pubdata, all zero, and every other value
// unchanged) does not solve; the untouched block does.
func TestSlotRefusesTypesWithoutGadget(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 100 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := replay(t, r)[0]
	if err := solves(NewBlockCircuit(testShape), a); err != nil {
		t.Fatalf("control: the native block does not solve: %v", err)
	}
	last := len(a.Slots) - 1
	if a.Slots[last].Type != uint64(rollup.OpNoop) {
		t.Fatalf("slot %d is %v, want a Noop", last, a.Slots[last].Type)
	}
	p := new(big.Int).Sub(field, big.NewInt(1))
	for _, ty := range []any{uint64(len(rollup.Ops())), uint64(8), uint64(255), uint64(256), p} {
		c := *a
		c.Slots = append([]Slot(nil), a.Slots...)
		c.Slots[last].Type = ty
		if solves(NewBlockCircuit(testShape), &c) == nil {
			t.Errorf("a slot of type %v (no gadget) solves", ty)
		}
	}
	for _, s := range rollup.Ops() {
		if !Implements(s.Type) {
			t.Errorf("%s has no gadget", s.Name)
		}
	}
	if Implements(rollup.OpType(len(rollup.Ops()))) {
		t.Errorf("a gadget for type %d, which the registry does not know", len(rollup.Ops()))
	}
}

// resignCase is one signed operation of the scenario below and the user
// whose L2 key signs it.
var resignCases = []struct {
	line, signer string
	want         rollup.OpType // the op it executes as
}{
	{"transfer A B 5 ETH fee 1", "A", rollup.OpTransfer},
	{"transfer A C 5 ETH fee 1", "A", rollup.OpTransferToNew},
	{"withdraw A 5 ETH fee 1", "A", rollup.OpWithdraw},
	{"changepubkey B fee 1 ETH", "B", rollup.OpChangePubKey},
	{"cancel A 1 1 fee 1 ETH", "A", rollup.OpCancelOrder},
}

const resignSetup = "deposit A 100 ETH\ndeposit B 10 ETH\nchangepubkey A"

// signedBytesOf is the native SignedBytes of a signed request.
func signedBytesOf(t *testing.T, tx rollup.Tx) []byte {
	t.Helper()
	switch x := tx.(type) {
	case *rollup.Transfer:
		return x.SignedBytes()
	case *rollup.Withdraw:
		return x.SignedBytes()
	case *rollup.ChangePubKey:
		b, err := x.SignedBytes()
		if err != nil {
			t.Fatal(err)
		}
		return b
	case *rollup.CancelOrder:
		return x.SignedBytes()
	}
	t.Fatalf("%T is not signed", tx)
	return nil
}

// setSignature replaces the request's signature (its key unchanged).
func setSignature(tx rollup.Tx, sig crypto.Signature) {
	switch x := tx.(type) {
	case *rollup.Transfer:
		x.Signature = sig
	case *rollup.Withdraw:
		x.Signature = sig
	case *rollup.ChangePubKey:
		x.Signature = sig
	case *rollup.CancelOrder:
		x.Signature = sig
	}
}

// forgeSigned builds the case's request in a fresh scenario, has msg (in
// place of its signed bytes) signed by its signer, and forges the block
// that applies it: everything else is as the native rules would make it.
func forgeSigned(t *testing.T, line, signer string, msg func(tx rollup.Tx, op rollup.ExecutedOp) []byte) (*BlockCircuit, rollup.Tx, rollup.ExecutedOp) {
	t.Helper()
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec(resignSetup); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Seal(); err != nil {
		t.Fatal(err)
	}
	tx, err := r.Build(line)
	if err != nil {
		t.Fatal(err)
	}
	if pub, _ := tx.(rollup.L2Tx).SignedBy(); pub != r.Key(signer).Public().Bytes() {
		t.Fatalf("%q is not signed by %s's key", line, signer)
	}
	op, ok := forgeOp(r, tx)
	if !ok {
		t.Fatalf("%q: not forgeable", line)
	}
	if msg != nil {
		sig, err := r.Key(signer).Sign(rollup.MessageHash(r.P.ChainID, msg(tx, op)))
		if err != nil {
			t.Fatal(err)
		}
		setSignature(tx, sig)
	}
	root, _ := r.State.Root()
	b := &rollup.Block{Header: rollup.BlockHeader{Number: 99, Timestamp: 1, FeeAccount: rollup.FeeAccountID}, Slots: testShape.Slots, OldRoot: root,
		Ops: []rollup.ExecutedOp{op}, Fees: feesOf(op)}
	a, err := assign(r.State, testShape, b, true, fr.Element{})
	if err != nil {
		t.Fatalf("forging: %v", err)
	}
	return a, tx, op
}

// TestSignatureOverOtherBytesRefused: each signed op type, signed over its
// native SignedBytes, solves (control); signed over the same bytes under
// any other signed type byte (a TransferToNew as itself, a Transfer as a
// Withdraw or a ChangePubKey, ...) or over its pubdata, it does not, and
// the native signature check refuses it too.
func TestSignatureOverOtherBytesRefused(t *testing.T) {
	signedTypes := []byte{}
	for _, s := range rollup.Ops() {
		if s.Signed {
			signedTypes = append(signedTypes, byte(s.Type))
		}
	}
	for _, tc := range resignCases {
		t.Run(tc.line, func(t *testing.T) {
			a, _, op := forgeSigned(t, tc.line, tc.signer, func(tx rollup.Tx, _ rollup.ExecutedOp) []byte { return signedBytesOf(t, tx) })
			if op.Type != tc.want {
				t.Fatalf("executes as %s, want %s", op.Type, tc.want)
			}
			if err := solves(NewBlockCircuit(testShape), a); err != nil {
				t.Fatalf("control: signed over its native bytes, does not solve: %v", err)
			}
			type variant struct {
				name string
				msg  func(tx rollup.Tx, op rollup.ExecutedOp) []byte
			}
			var variants []variant
			for _, ty := range append(signedTypes, byte(rollup.OpNoop), byte(rollup.OpDeposit), byte(rollup.OpFullExit)) {
				ty := ty
				variants = append(variants, variant{"type byte " + rollup.OpType(ty).String(), func(tx rollup.Tx, _ rollup.ExecutedOp) []byte {
					b := signedBytesOf(t, tx)
					b[0] = ty
					return b
				}})
			}
			variants = append(variants, variant{"its pubdata", func(_ rollup.Tx, op rollup.ExecutedOp) []byte { return op.EncodePubdata(nil) }})
			tried := 0
			for _, v := range variants {
				a, tx, _ := forgeSigned(t, tc.line, tc.signer, v.msg)
				native := signedBytesOf(t, tx)
				if same := v.msg(tx, op); string(same) == string(native) {
					continue // the native bytes themselves: the control above
				}
				tried++
				if _, err := rollup.CheckSignature(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx); !errors.Is(err, rollup.ErrBadSignature) {
					t.Errorf("signed over %s: native check %v, want ErrBadSignature", v.name, err)
				}
				if solves(NewBlockCircuit(testShape), a) == nil {
					t.Errorf("signed over %s: the circuit accepts it", v.name)
				}
			}
			if tried != len(variants)-1 {
				t.Fatalf("%d of %d forgeries tried", tried, len(variants))
			}
		})
	}
}

// TestSignedLayoutsAreTheNativeSignedBytes: the circuit's signed layout of
// each signed op type (the type byte it signs as, then its fields, as
// pubdata fields encode them) is byte for byte the request's native
// SignedBytes, for every signed type the registry has.
func TestSignedLayoutsAreTheNativeSignedBytes(t *testing.T) {
	seen := map[rollup.OpType]bool{}
	for _, tc := range resignCases {
		_, tx, op := forgeSigned(t, tc.line, tc.signer, nil)
		// the slot's nonce witness is the account's (the signed nonce);
		// only a ChangePubKey's op carries it
		sp, err := tx.(rollup.L2Tx).Spend()
		if err != nil {
			t.Fatal(err)
		}
		op.Nonce = sp.Nonce
		as, fields, ok := SignedLayout(op.Type)
		if !ok {
			t.Fatalf("%s: no signed layout", op.Type)
		}
		b := []byte{byte(as)}
		for _, f := range fields {
			b = append(b, fieldBytes(t, op, f)...)
		}
		if native := signedBytesOf(t, tx); string(b) != string(native) {
			t.Errorf("%s: circuit signs %x, native SignedBytes %x", op.Type, b, native)
		}
		seen[op.Type] = true
	}
	for _, s := range rollup.Ops() {
		if s.Signed && !seen[s.Type] {
			t.Errorf("%s is signed but no case here covers it: add one to resignCases", s.Name)
		}
	}
}

// fieldBytes encodes one pubdata field of o (rollup's layout: big-endian
// integers, fixed-size byte strings).
func fieldBytes(t *testing.T, o rollup.ExecutedOp, f rollup.Field) []byte {
	t.Helper()
	var b []byte
	switch f {
	case rollup.FieldAccount:
		b = binary.BigEndian.AppendUint32(b, o.Account)
	case rollup.FieldTo:
		b = binary.BigEndian.AppendUint32(b, o.To)
	case rollup.FieldAddress:
		b = o.Address[:]
	case rollup.FieldToken:
		b = binary.BigEndian.AppendUint16(b, o.Token)
	case rollup.FieldAmount:
		a := o.Amount.Bytes()
		b = a[:]
	case rollup.FieldPackedAmount:
		b = o.PackedAmount[:]
	case rollup.FieldFee:
		b = o.Fee[:]
	case rollup.FieldPubKeyHash:
		b = o.PubKeyHash[:]
	case rollup.FieldNonce:
		b = binary.BigEndian.AppendUint32(b, o.Nonce)
	case fieldPlainSlot: // the circuit's own fields of a cancel's signed bytes
		return binary.BigEndian.AppendUint16(b, o.OrderSlot&(1<<14-1))
	case fieldGeneration:
		c, ok := o.Tx.(*rollup.CancelOrder)
		if !ok {
			t.Fatalf("a generation field in a %s", o.Type)
		}
		return binary.BigEndian.AppendUint32(b, c.Generation)
	default:
		t.Fatalf("unknown field %s", f)
	}
	if len(b) != f.Size() {
		t.Fatalf("field %s: %d bytes, Size says %d", f, len(b), f.Size())
	}
	return b
}
