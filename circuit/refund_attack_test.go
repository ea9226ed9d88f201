package circuit

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// Review of issue 14 (independent attack tests): what a dishonest operator
// could prove with a DepositRefund slot (type 7), and whether the shared
// pubdata selection lays out every op type exactly as the native encoder.

// refundRunner is a scenario after "deposit A 100 ETH", sealed: A owns an
// account, the operator owns account 0.
func refundRunner(t *testing.T) *scenario.Runner {
	t.Helper()
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\ndeposit A 9 DAI"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Seal(); err != nil {
		t.Fatal(err)
	}
	return r
}

// forgeRefund assigns a one-slot block with op (forge mode: the effects
// assign applies, the root it lands on), then lets mutate change the
// witness and the published op; the commitment is recomputed from the
// published op, as a dishonest prover would.
func forgeRefund(t *testing.T, r *scenario.Runner, op rollup.ExecutedOp, fees []rollup.FeeCredit,
	mutate func(c *BlockCircuit, b *rollup.Block)) error {
	t.Helper()
	root, _ := r.State.Root()
	b := &rollup.Block{Header: rollup.BlockHeader{Number: 99, Timestamp: 1, FeeAccount: rollup.FeeAccountID},
		Slots: testShape.Slots, OldRoot: root, Ops: []rollup.ExecutedOp{op}, Fees: fees}
	c, err := assign(r.State, testShape, b, true, fr.Element{})
	if err != nil {
		t.Fatalf("forging: %v", err)
	}
	if mutate != nil {
		mutate(c, b)
		c.Commitment = el(b.CommitmentElement())
	}
	err = solves(NewBlockCircuit(testShape), c)
	if err != nil {
		t.Logf("refused: %v", err)
	}
	return err
}

// TestRefundSlotForgeries: an honest refund is accepted (the control); a
// refund that also credits L2 (the depositor would be paid on L1 and on
// L2), one that names an account, one of nothing or to the zero address,
// and one that charges a fee are refused.
func TestRefundSlotForgeries(t *testing.T) {
	refund := func(r *scenario.Runner) rollup.ExecutedOp {
		return rollup.ExecutedOp{Type: rollup.OpDepositRefund, Address: r.Address("B"), Token: 1, Amount: num.FromUint64(7)}
	}
	t.Run("honest refund", func(t *testing.T) {
		r := refundRunner(t)
		if err := forgeRefund(t, r, refund(r), nil, nil); err != nil {
			t.Fatalf("the circuit refuses an honest refund: %v", err)
		}
	})
	t.Run("refund that also credits the depositor's account 0 on L2", func(t *testing.T) {
		// The operator deposits to itself: account 0 is its own. The slot
		// applies a Deposit's credit but publishes a refund.
		r := refundRunner(t)
		dep := rollup.ExecutedOp{Type: rollup.OpDeposit, Account: rollup.FeeAccountID, Address: r.Address("op"), Token: 0, Amount: num.FromUint64(50)}
		err := forgeRefund(t, r, dep, nil, func(c *BlockCircuit, b *rollup.Block) {
			c.Slots[0].Type = uint64(rollup.OpDepositRefund)
			b.Ops[0].Type = rollup.OpDepositRefund
		})
		if err == nil {
			t.Fatal("a refund that credits L2 too is accepted: the depositor is paid twice")
		}
	})
	t.Run("refund that credits an existing account of the depositor", func(t *testing.T) {
		r := refundRunner(t)
		a, _ := r.AccountID("A")
		dep := rollup.ExecutedOp{Type: rollup.OpDeposit, Account: a, Address: r.Address("A"), Token: 0, Amount: num.FromUint64(50)}
		err := forgeRefund(t, r, dep, nil, func(c *BlockCircuit, b *rollup.Block) {
			c.Slots[0].Type = uint64(rollup.OpDepositRefund)
			b.Ops[0].Type = rollup.OpDepositRefund
		})
		if err == nil {
			t.Fatal("a refund that credits the depositor's account is accepted")
		}
	})
	t.Run("refund naming an account", func(t *testing.T) {
		r := refundRunner(t)
		op := refund(r)
		op.Account, _ = r.AccountID("A")
		if forgeRefund(t, r, op, nil, nil) == nil {
			t.Fatal("a refund with a non-zero account id is accepted")
		}
	})
	t.Run("refund of nothing", func(t *testing.T) {
		r := refundRunner(t)
		op := refund(r)
		op.Amount = num.U128{}
		if forgeRefund(t, r, op, nil, nil) == nil {
			t.Fatal("a refund of amount 0 is accepted")
		}
	})
	t.Run("refund to the zero address", func(t *testing.T) {
		r := refundRunner(t)
		op := refund(r)
		op.Address = [20]byte{}
		if forgeRefund(t, r, op, nil, nil) == nil {
			t.Fatal("a refund to the zero address is accepted")
		}
	})
	t.Run("refund that pays the operator a fee", func(t *testing.T) {
		// A fee minted out of a refund: the fee account is credited 3 DAI
		// that no account paid.
		r := refundRunner(t)
		op := refund(r)
		fee, err := rollup.PackFee(num.FromUint64(3))
		if err != nil {
			t.Fatal(err)
		}
		op.Fee = fee
		err = forgeRefund(t, r, op, []rollup.FeeCredit{{Token: 1, Amount: num.FromUint64(3)}}, func(c *BlockCircuit, b *rollup.Block) {
			c.Slots[0].PackedFee = new(big.Int).SetBytes(fee[:])
		})
		if err == nil {
			t.Fatal("a refund that pays a fee is accepted")
		}
	})
}

// pubdataEqCircuit computes one slot's pubdata bits from its fields with
// the block circuit's shared selection (blockBuilder.pubdata) and checks
// them against the plain sum Σ_type flag·layoutBits (the selection before
// the sharing) and against the natively encoded bytes.
type pubdataEqCircuit struct {
	Type, Account, To, Address, Token, Amount, PackedAmount, PackedFee, PubKeyHash, Nonce frontend.Variable
	// trading (issue 17)
	TokenB, OrderSlot, ToOrderSlot, Fill, FillB, FeeBips, ToFeeBips frontend.Variable
	Want                                                            [rollup.SlotBytes]frontend.Variable
}

func (c *pubdataEqCircuit) Define(api frontend.API) error {
	f := decodeType(api, c.Type, true)
	fields := map[rollup.Field][]frontend.Variable{
		rollup.FieldAccount: bitsBE(api, c.Account, 32), rollup.FieldTo: bitsBE(api, c.To, 32),
		rollup.FieldAddress: bitsBE(api, c.Address, 160), rollup.FieldToken: bitsBE(api, c.Token, 16),
		rollup.FieldAmount: bitsBE(api, c.Amount, 128), rollup.FieldPackedAmount: bitsBE(api, c.PackedAmount, 40),
		rollup.FieldFee: bitsBE(api, c.PackedFee, 16), rollup.FieldPubKeyHash: bitsBE(api, c.PubKeyHash, 160),
		rollup.FieldNonce: bitsBE(api, c.Nonce, 32),
	}
	addTradePubdata(fields, fields[rollup.FieldAccount], fields[rollup.FieldTo], fields[rollup.FieldToken], bitsBE(api, c.TokenB, 16),
		bitsBE(api, c.OrderSlot, 16), bitsBE(api, c.ToOrderSlot, 16), bitsBE(api, c.Fill, 32), bitsBE(api, c.FillB, 32),
		bitsBE(api, c.FeeBips, 8), bitsBE(api, c.ToFeeBips, 8))
	b := &blockBuilder{api: api}
	got := b.pubdata(f, fields)
	if len(got) != rollup.SlotBytes*8 {
		panic("pubdata length")
	}
	plain := make([]frontend.Variable, len(got))
	for k := range plain {
		plain[k] = 0
	}
	for _, t := range gadgets {
		s, err := rollup.Spec(t)
		if err != nil || t == rollup.OpNoop {
			continue
		}
		for k, bit := range layoutBits(fields, t, s.Pubdata) {
			plain[k] = api.Add(plain[k], api.Mul(f.is[t], bit))
		}
	}
	for k := range got {
		api.AssertIsEqual(got[k], plain[k])
	}
	for i := range c.Want {
		api.AssertIsEqual(fromBitsBE(api, got[i*8:i*8+8]), c.Want[i])
	}
	return nil
}

// TestSharedPubdataSelectionMatchesNative (issue 14, item 2 of the
// review): for every op type the circuit implements and random values of
// every field (used by the type or not), the shared selection gives
// exactly the plain sum and the bytes of rollup.ExecutedOp.EncodePubdata
// zero-padded to SlotBytes; a flipped byte is refused.
func TestSharedPubdataSelectionMatchesNative(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 7))
	fill := func(b []byte) {
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
	}
	const rounds = 4
	for _, ty := range gadgets {
		for round := range rounds {
			var op rollup.ExecutedOp
			op.Type = ty
			op.Account, op.To, op.Nonce = rng.Uint32(), rng.Uint32(), rng.Uint32()
			op.Token, op.TokenB = uint16(rng.Uint32()), uint16(rng.Uint32())
			op.OrderSlot, op.ToOrderSlot = uint16(rng.Uint32()), uint16(rng.Uint32())
			op.FeeBips, op.ToFeeBips = uint8(rng.Uint32()), uint8(rng.Uint32())
			fill(op.Fill[:])
			fill(op.ToFill[:])
			fill(op.Address[:])
			fill(op.PackedAmount[:])
			fill(op.Fee[:])
			fill(op.PubKeyHash[:])
			var amt [16]byte
			fill(amt[:])
			if round == 0 { // all ones: every bit of every field set
				op.Account, op.To, op.Nonce, op.Token = ^uint32(0), ^uint32(0), ^uint32(0), ^uint16(0)
				op.TokenB, op.OrderSlot, op.ToOrderSlot, op.FeeBips, op.ToFeeBips = ^uint16(0), ^uint16(0), ^uint16(0), 0xff, 0xff
				for _, b := range [][]byte{op.Address[:], op.PackedAmount[:], op.Fee[:], op.PubKeyHash[:], amt[:], op.Fill[:], op.ToFill[:]} {
					for i := range b {
						b[i] = 0xff
					}
				}
			}
			u, err := num.FromBig(new(big.Int).SetBytes(amt[:]))
			if err != nil {
				t.Fatal(err)
			}
			op.Amount = u
			pd := op.EncodePubdata(nil)
			if ty == OpTradeMaker {
				pd = nil // a trade's second slot publishes nothing: its slot of the padded pubdata is zeros
			}
			w := &pubdataEqCircuit{
				Type: uint64(ty), Account: op.Account, To: op.To, Address: new(big.Int).SetBytes(op.Address[:]),
				Token: op.Token, Amount: op.Amount.Big(), PackedAmount: new(big.Int).SetBytes(op.PackedAmount[:]),
				PackedFee: new(big.Int).SetBytes(op.Fee[:]), PubKeyHash: new(big.Int).SetBytes(op.PubKeyHash[:]), Nonce: op.Nonce,
				TokenB: op.TokenB, OrderSlot: op.OrderSlot, ToOrderSlot: op.ToOrderSlot, Fill: new(big.Int).SetBytes(op.Fill[:]),
				FillB: new(big.Int).SetBytes(op.ToFill[:]), FeeBips: op.FeeBips, ToFeeBips: op.ToFeeBips,
			}
			for i := range w.Want {
				var v byte
				if i < len(pd) {
					v = pd[i]
				}
				w.Want[i] = v
			}
			if err := solves(&pubdataEqCircuit{}, w); err != nil {
				t.Fatalf("%s round %d: the circuit's pubdata is not the native %x: %v", ty, round, pd, err)
			}
			// not vacuous: one changed byte (inside the op or in its padding) is refused
			i := rng.IntN(rollup.SlotBytes)
			bad := *w
			bad.Want[i] = (int(w.Want[i].(byte)) + 1) % 256
			if solves(&pubdataEqCircuit{}, &bad) == nil {
				t.Fatalf("%s: byte %d changed, still accepted", ty, i)
			}
		}
	}
}

// TestFullTreeRefundsAreProven (issue 14, item 1, end to end): once every
// account id is taken, a deposit to a new address is refunded (natively,
// with no state change) while a deposit to an existing owner is still
// credited and a transfer to a new address is refused; the blocks, refunds
// included, are accepted by the circuit on a fresh replay. A refund
// changes no balance: the depositor is paid on L1 only.
func TestFullTreeRefundsAreProven(t *testing.T) {
	p := rollup.TestParams
	p.AccountDepth = 2 // the operator and three accounts
	r, err := scenario.New(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\ndeposit B 1 ETH\ndeposit C 1 ETH\nchangepubkey A\n> block"); err != nil {
		t.Fatal(err)
	}
	before, _ := r.State.Root()
	rc, err := r.Try("deposit D 5 DAI")
	if err != nil {
		t.Fatalf("deposit into a full tree: %v", err)
	}
	if rc.Op.Type != rollup.OpDepositRefund || rc.Op.Account != 0 || rc.Created {
		t.Fatalf("deposit into a full tree: %+v (created %v), want a refund of account 0", rc.Op, rc.Created)
	}
	if after, _ := r.State.Root(); after != before {
		t.Fatal("the refund changed the L2 state")
	}
	rc, err = r.Try("deposit B 7 ETH")
	if err != nil || rc.Op.Type != rollup.OpDeposit {
		t.Fatalf("deposit to an existing owner in a full tree: %+v %v, want it credited", rc, err)
	}
	if _, err := r.Try("transfer A D 1 ETH"); err == nil {
		t.Fatal("a transfer to a new address in a full tree is accepted")
	}
	if err := r.Exec("deposit D 3 ETH\n> block\nexpect B ETH 8"); err != nil {
		t.Fatal(err)
	}
	refunds := 0
	for _, b := range r.Blocks {
		for _, op := range b.Ops {
			if op.Type == rollup.OpDepositRefund {
				refunds++
			}
		}
	}
	if refunds != 2 {
		t.Fatalf("%d refunds in the blocks, want 2", refunds)
	}
	for i, a := range replay(t, r) {
		if err := solves(NewBlockCircuit(ShapeOf(p)), a); err != nil {
			t.Fatalf("block %d: native accepts, circuit refuses: %v", i+1, err)
		}
	}
}
