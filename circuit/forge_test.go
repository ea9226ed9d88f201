package circuit

import (
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// forgeOp is what a dishonest operator would put in a block for tx: the
// operation with every field the native code would fill, and none of its
// checks. ok is false where no such operation can even be written down
// (a key that does not decode, an amount that does not unpack).
func forgeOp(r *scenario.Runner, tx rollup.Tx) (op rollup.ExecutedOp, ok bool) {
	st := r.State
	resolve := func(addr [20]byte) (uint32, bool) {
		id, found, _ := st.AccountByAddress(addr)
		if found {
			return id, false
		}
		return st.NextAccountID(), true
	}
	switch t := tx.(type) {
	case *rollup.Deposit:
		id, _ := resolve(t.To)
		return rollup.ExecutedOp{Type: rollup.OpDeposit, Account: id, Address: t.To, Token: t.Token, Amount: t.Amount, Tx: tx}, true
	case *rollup.Transfer:
		amt, err := t.Amount.Value()
		if err != nil {
			return op, false
		}
		to, isNew := resolve(t.To)
		ty := rollup.OpTransfer
		if isNew {
			ty = rollup.OpTransferToNew
		}
		return rollup.ExecutedOp{Type: ty, Account: t.From, To: to, Address: t.To, Token: t.Token, PackedAmount: t.Amount, Amount: amt, Fee: t.Fee, Tx: tx}, true
	case *rollup.Withdraw:
		return rollup.ExecutedOp{Type: rollup.OpWithdraw, Account: t.From, Address: t.To, Token: t.Token, Amount: t.Amount, Fee: t.Fee, Tx: tx}, true
	case *rollup.FullExit:
		bal, _ := st.Balance(t.AccountID, t.Token) // the whole balance, owner or not
		return rollup.ExecutedOp{Type: rollup.OpFullExit, Account: t.AccountID, Address: t.Owner, Token: t.Token, Amount: bal, Tx: tx}, true
	case *rollup.ChangePubKey:
		pk, err := crypto.PublicKeyFromBytes(t.NewPubKey[:])
		if err != nil {
			return op, false
		}
		acc, _ := st.Account(t.AccountID)
		return rollup.ExecutedOp{Type: rollup.OpChangePubKey, Account: t.AccountID, PubKeyHash: pk.Hash(), Address: acc.Address, Nonce: t.Nonce, Token: t.FeeToken, Fee: t.Fee, Tx: tx}, true
	case *rollup.CancelOrder:
		return rollup.ExecutedOp{Type: rollup.OpCancelOrder, Account: t.Account, Token: t.FeeToken, Fee: t.Fee,
			OrderSlot: publishedSlot(st, t.Account, t.Slot, t.Generation, false), Tx: tx}, true
	case *rollup.SpotTrade:
		a, err := t.TakerFill.Value()
		if err != nil {
			return op, false
		}
		b, err := t.MakerFill.Value()
		if err != nil {
			return op, false
		}
		tk, mk := &t.Taker, &t.Maker
		return rollup.ExecutedOp{Type: rollup.OpSpotTrade, Account: tk.Account, To: mk.Account, Token: tk.TokenSell, TokenB: tk.TokenBuy,
			Amount: a, AmountB: b, Fill: t.TakerFill, ToFill: t.MakerFill, FeeBips: t.TakerFeeBips, ToFeeBips: t.MakerFeeBips,
			OrderSlot:   publishedSlot(st, tk.Account, tk.Slot, tk.Generation, tk.Buy),
			ToOrderSlot: publishedSlot(st, mk.Account, mk.Slot, mk.Generation, mk.Buy), Tx: tx}, true
	}
	return op, false
}

// publishedSlot is an order slot as pubdata carries it, flagged as the
// first fill when the generation is the slot's next.
func publishedSlot(st *state.State, id uint32, slot uint16, gen uint32, buy bool) uint16 {
	v := slot
	if leaf, err := st.Order(id, uint32(slot)); err == nil && gen == leaf.Generation+1 {
		v |= 1 << 15
	}
	if buy {
		v |= 1 << 14
	}
	return v
}

// feesOf is the fee credits a forged block needs for its one operation: an
// L2 operation's fee in its token, a trade's two sides' fees in what each
// receives.
func feesOf(op rollup.ExecutedOp) []rollup.FeeCredit {
	if op.Type != rollup.OpSpotTrade {
		if fee := op.FeeValue(); !fee.IsZero() {
			return []rollup.FeeCredit{{Token: op.Token, Amount: fee}}
		}
		return nil
	}
	var out []rollup.FeeCredit
	for _, c := range []struct {
		tok  uint16
		got  num.U128
		bips uint8
	}{{op.TokenB, op.AmountB, op.FeeBips}, {op.Token, op.Amount, op.ToFeeBips}} {
		fee := new(big.Int).Mul(c.got.Big(), big.NewInt(int64(c.bips)))
		fee.Quo(fee, big.NewInt(rollup.FeeBipsDenominator))
		if fee.Sign() == 0 {
			continue
		}
		v, _ := num.FromBig(fee)
		if len(out) > 0 && out[0].Token == c.tok {
			out[0].Amount, _ = out[0].Amount.Add(v)
			continue
		}
		out = append(out, rollup.FeeCredit{Token: c.tok, Amount: v})
	}
	return out
}

// structural rejections are limits of the block's shape: the circuit has no
// room to even express them, so there is nothing to forge.
var structural = map[string]string{
	"full":      "a block has exactly BlockSlots slots",
	"feetokens": "a block has exactly FeeTokenSlots fee credits",
	"packing":   "an unpackable amount has no packed encoding to put in a slot",
	"token":     "no Merkle opening exists for a token id outside the balance tree; IndexBits refuses the id (TestMerkleRootMatchesSMT/index out of range)",
	"account":   "no Merkle opening exists for an account id outside the tree; IndexBits refuses the id",
	"orderslot": "no Merkle opening exists for an order slot outside the order tree; the circuit asserts the slot's bits above the tree's depth are zero",
}

// contractChecked rejections are the L1 contract's to make, not the
// circuit's: ChangePubKey's secp256k1 authorisation is verified by the
// contract at commit from the pubdata (address, nonce, key hash). The test
// asserts that the circuit does accept them, so this division of labour is
// visible and cannot change silently.
var contractChecked = map[string]bool{"ethsig": true}

// TestCircuitRejectsEveryNativeRejection: for every operation the rule table
// expects the native code to refuse, a block that applies it anyway — with
// roots and commitment made consistent, as a dishonest prover would — is
// not satisfiable.
func TestCircuitRejectsEveryNativeRejection(t *testing.T) {
	forged := 0
	for _, tc := range append(append([]scenario.RuleCase(nil), scenario.RuleCases...), scenario.TradeCases...) {
		lines := strings.Split(strings.TrimSpace(tc.Text), "\n")
		for i, line := range lines {
			line = strings.TrimSpace(line)
			f := strings.Fields(line)
			if len(f) == 0 || !strings.HasPrefix(f[len(f)-1], "!") {
				continue
			}
			want := f[len(f)-1][1:]
			if why, ok := structural[want]; ok {
				t.Logf("%s line %d (%s): not forgeable: %s", tc.Name, i+1, want, why)
				continue
			}
			t.Run(tc.Name+"/"+want, func(t *testing.T) {
				r, err := scenario.New(rollup.TestParams)
				if err != nil {
					t.Fatal(err)
				}
				if err := r.Exec(strings.Join(lines[:i], "\n")); err != nil {
					t.Fatal(err)
				}
				if _, err := r.Seal(); err != nil { // forge on a block boundary
					t.Fatal(err)
				}
				tx, err := r.Build(line)
				if err != nil {
					t.Fatal(err)
				}
				op, ok := forgeOp(r, tx)
				if !ok {
					t.Skipf("%q cannot be written as a slot", line)
				}
				root, _ := r.State.Root()
				// at the time the native rules refused it at (orders' validity)
				ts := uint64(1_700_000_000 + len(r.Blocks) + 1)
				b := &rollup.Block{Header: rollup.BlockHeader{Number: 99, Timestamp: ts, FeeAccount: rollup.FeeAccountID}, Slots: testShape.Slots,
					OldRoot: root, Ops: []rollup.ExecutedOp{op}, Fees: feesOf(op)}
				a, err := assign(r.State, testShape, b, true, fr.Element{})
				if err != nil {
					t.Fatalf("forging: %v", err)
				}
				err = solves(NewBlockCircuit(testShape), a)
				if contractChecked[want] {
					if err != nil {
						t.Fatalf("%q: the circuit refuses what only the contract checks: %v", line, err)
					}
					return
				}
				if err == nil {
					t.Fatalf("%q: native rejects (%s), circuit accepts the forged block", line, want)
				}
				forged++
			})
		}
	}
	if forged < 17 {
		t.Fatalf("only %d rejections forged and refused", forged)
	}
}

// TestCircuitRejectsForgeriesBeyondTheTable: forgeries that no single
// scenario line expresses, each against a rule the native code enforces by
// construction.
func TestCircuitRejectsForgeriesBeyondTheTable(t *testing.T) {
	cases := []struct {
		name, setup, line string
		mutate            func(r *scenario.Runner, op *rollup.ExecutedOp)
	}{
		{"stranger's full exit takes the balance", "deposit A 100 ETH", "fullexit A ETH by B", nil}, // forgeOp takes the whole balance
		{"deposit into another address's account", "deposit A 100 ETH", "deposit B 5 ETH", func(r *scenario.Runner, op *rollup.ExecutedOp) {
			op.Account, _ = r.AccountID("A")
		}},
		{"transfer creates over an existing account", "deposit A 100 ETH\ndeposit B 1 ETH\nchangepubkey A", "transfer A C 5 ETH", func(r *scenario.Runner, op *rollup.ExecutedOp) {
			op.To, _ = r.AccountID("B") // C's new account placed on B's id
		}},
		{"transfer to an existing account under another address", "deposit A 100 ETH\ndeposit B 1 ETH\ndeposit C 1 ETH\nchangepubkey A", "transfer A B 5 ETH", func(r *scenario.Runner, op *rollup.ExecutedOp) {
			op.To, _ = r.AccountID("C") // B signed, C receives
		}},
		{"full exit of more than the balance", "deposit A 100 ETH", "fullexit A ETH", func(r *scenario.Runner, op *rollup.ExecutedOp) {
			op.Amount = num.FromUint64(101)
		}},
		{"fee dropped from the pubdata", "deposit A 100 ETH\nchangepubkey A", "transfer A B 5 ETH fee 1", func(r *scenario.Runner, op *rollup.ExecutedOp) {
			op.Fee = rollup.PackedFee{} // the signed fee was 1
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := scenario.New(rollup.TestParams)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Exec(tc.setup); err != nil {
				t.Fatal(err)
			}
			if _, err := r.Seal(); err != nil {
				t.Fatal(err)
			}
			tx, err := r.Build(tc.line)
			if err != nil {
				t.Fatal(err)
			}
			op, ok := forgeOp(r, tx)
			if !ok {
				t.Fatal("not forgeable")
			}
			if tc.mutate != nil {
				tc.mutate(r, &op)
			}
			root, _ := r.State.Root()
			b := &rollup.Block{Header: rollup.BlockHeader{Number: 99, Timestamp: 1}, Slots: testShape.Slots, OldRoot: root, Ops: []rollup.ExecutedOp{op}}
			if fee := op.FeeValue(); !fee.IsZero() {
				b.Fees = []rollup.FeeCredit{{Token: op.Token, Amount: fee}}
			}
			a, err := assign(r.State, testShape, b, true, fr.Element{})
			if err != nil {
				t.Fatalf("forging: %v", err)
			}
			if solves(NewBlockCircuit(testShape), a) == nil {
				t.Fatal("circuit accepts the forged block")
			}
		})
	}
}
