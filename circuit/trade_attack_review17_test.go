package circuit

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// Review of issue 17 (trading), as an attacker: blocks a dishonest prover
// would build slot by slot — each slot's witness consistent with the state
// it leaves (the roots and the commitment recomputed, as a prover would),
// only the rule under attack broken — must not satisfy the block circuit.
// Every forgery has an honest control built by the same harness, so a
// refusal is the rule's and not the harness's.

const r17Setup = `
	deposit A 100000 ETH
	deposit B 200000 DAI
	deposit C 200000 DAI
	deposit D 100000 ETH
	> block
	changepubkey A
	changepubkey B
	changepubkey C
	changepubkey D
	> block
`

// r17Runner runs setup then text, and seals a block boundary to forge on.
func r17Runner(t *testing.T, text string) *scenario.Runner {
	t.Helper()
	r, err := scenario.Run(rollup.TestParams, r17Setup+text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Seal(); err != nil {
		t.Fatal(err)
	}
	return r
}

// r17Side is one half of a trade as a (dishonest) prover assigns it.
type r17Side struct {
	ty        rollup.OpType
	o         rollup.Order
	published uint16 // Slot.OrderSlot: what the slot claims (flags included)
	open      int    // the order slot opened and written (-1: published's low 14 bits)
	fill, got rollup.PackedFill
	bips      uint8
	// the taker's slot publishes the maker's account, order slot and rate
	to     uint32
	toSlot uint16
	toBips uint8
	// fee, rem override floor(received·bips/10^4) and its remainder; feeSlot
	// (>= 0) overrides the credit the fee goes to
	fee, rem *big.Int
	feeSlot  int
}

// r17Sides are the two honest halves of tx on the runner's state.
func r17Sides(t *testing.T, r *scenario.Runner, line string) (taker, maker r17Side, op rollup.ExecutedOp) {
	t.Helper()
	tx, err := r.Build(line)
	if err != nil {
		t.Fatal(err)
	}
	op, ok := forgeOp(r, tx)
	if !ok {
		t.Fatalf("%q: not writable as a slot", line)
	}
	tr := tx.(*rollup.SpotTrade)
	taker = r17Side{ty: rollup.OpSpotTrade, o: tr.Taker, published: op.OrderSlot, open: -1, fill: op.Fill, got: op.ToFill, bips: op.FeeBips,
		to: tr.Maker.Account, toSlot: op.ToOrderSlot, toBips: op.ToFeeBips, feeSlot: -1}
	maker = r17Side{ty: OpTradeMaker, o: tr.Maker, published: op.ToOrderSlot, open: -1, fill: op.ToFill, got: op.Fill, bips: op.ToFeeBips, feeSlot: -1}
	return taker, maker, op
}

// r17AssignSide assigns one half of a trade and applies to st what the
// circuit would compute from the slot: the sell balance debited, the order
// slot opened at `open` and written with the generation and the filled
// amount the published flags give (fresh: from 0; buy: counting what it
// receives), the buy balance credited net of the fee.
func r17AssignSide(st *state.State, s *Slot, d r17Side, fees []rollup.FeeCredit) error {
	o := &d.o
	sold, err := d.fill.Value()
	if err != nil {
		return err
	}
	rec, err := d.got.Value()
	if err != nil {
		return err
	}
	s.Type, s.Account, s.To, s.Token, s.Amount = uint64(d.ty), o.Account, 0, o.TokenSell, sold.Big()
	s.Address, s.PackedAmount, s.PackedFee, s.PubKeyHash, s.Nonce, s.FeeSlot = 0, 0, 0, 0, 0, 0
	s.SubgroupQ = twistededwards.Point{X: 0, Y: 1}
	zeroTrade(s)
	if d.ty == rollup.OpSpotTrade {
		s.To, s.ToOrderSlot, s.ToFeeBips = d.to, uint64(d.toSlot), uint64(d.toBips)
	}
	s.TokenB = o.TokenBuy
	s.AmountSell, s.AmountBuy = new(big.Int).SetBytes(o.AmountSell[:]), new(big.Int).SetBytes(o.AmountBuy[:])
	s.MaxFeeBips, s.ValidFrom, s.ValidUntil = uint64(o.MaxFeeBips), uint64(o.ValidFrom), uint64(o.ValidUntil)
	s.Fill, s.FillB = new(big.Int).SetBytes(d.fill[:]), new(big.Int).SetBytes(d.got[:])
	s.FeeBips = uint64(d.bips)
	q, m := new(big.Int).QuoRem(new(big.Int).Mul(rec.Big(), big.NewInt(int64(d.bips))), big.NewInt(rollup.FeeBipsDenominator), new(big.Int))
	if d.fee != nil {
		q, m = d.fee, d.rem
	}
	s.TradeFee, s.FeeRem = q, new(big.Int).Mod(m, fr.Modulus())
	if q.Sign() != 0 {
		s.FeeSlot = d.feeSlot
		if d.feeSlot < 0 {
			s.FeeSlot = 0
			for j := range fees {
				if fees[j].Token == o.TokenBuy {
					s.FeeSlot = j
				}
			}
		}
	}
	sig, err := sigAssignment(o.PubKey, o.Signature)
	if err != nil {
		return err
	}
	s.Sig = sig.Signature

	wa, err := st.Witness(o.Account, o.TokenSell)
	if err != nil {
		return err
	}
	s.A = opening(wa, s.A.orderDepth)
	slot := uint32(d.published & (1<<14 - 1))
	if d.open >= 0 {
		slot = uint32(d.open)
	}
	w, err := st.OrderWitness(o.Account, slot)
	if err != nil {
		return err
	}
	s.OrderSlot, s.Generation = uint64(d.published), o.Generation
	s.Order.OldGeneration, s.Order.OldFilled = w.Leaf.Generation, w.Leaf.Filled.Big()
	for i, sib := range w.Path.Siblings {
		s.Order.Path[i] = el(sib)
	}
	filled := w.Leaf.Filled
	if d.published&(1<<15) != 0 {
		filled = num.U128{}
	}
	add := sold
	if d.published&(1<<14) != 0 {
		add = rec
	}
	filled, _ = filled.Add(add)
	if err := st.SetOrder(o.Account, slot, state.OrderLeaf{Generation: o.Generation, Filled: filled}); err != nil {
		return err
	}
	bal, _ := wa.Balance.Sub(sold)
	if err := write(st, o.Account, o.TokenSell, wa.Account, bal); err != nil {
		return err
	}
	wb, err := st.Witness(o.Account, o.TokenBuy)
	if err != nil {
		return err
	}
	s.B = opening(wb, s.B.orderDepth)
	fee, err := num.FromBig(q)
	if err != nil {
		return err
	}
	net, _ := rec.Sub(fee)
	bal, _ = wb.Balance.Add(net)
	return write(st, o.Account, o.TokenBuy, wb.Account, bal)
}

// r17Slot assigns one slot and applies its effect to st.
type r17Slot func(st *state.State, s *Slot, fees []rollup.FeeCredit) error

func r17SideSlot(d r17Side) r17Slot {
	return func(st *state.State, s *Slot, fees []rollup.FeeCredit) error { return r17AssignSide(st, s, d, fees) }
}

func r17OpSlot(op rollup.ExecutedOp) r17Slot {
	return func(st *state.State, s *Slot, fees []rollup.FeeCredit) error {
		return assignSlot(st, s, op, fees, true)
	}
}

// r17Block assigns a block slot by slot (nil or missing: a Noop) on the
// runner's state, credits fees, takes the root it lands on as the new
// root, and commits to pubs: each slot's pubdata (nil: zeros).
func r17Block(t *testing.T, r *scenario.Runner, slots []r17Slot, pubs []*rollup.ExecutedOp, fees []rollup.FeeCredit) *BlockCircuit {
	t.Helper()
	st := r.State
	oldRoot, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	n := uint64(len(r.Blocks) + 1)
	hdr := rollup.BlockHeader{Number: n, Timestamp: 1_700_000_000 + n, FeeAccount: rollup.FeeAccountID}
	c := NewBlockCircuit(testShape)
	c.DataPoint = 0 // calldata mode
	c.Header = BlockHeader{OldRoot: el(oldRoot), Number: hdr.Number, Timestamp: hdr.Timestamp, FeeAccount: hdr.FeeAccount}
	for i := range c.Slots {
		f := r17OpSlot(rollup.ExecutedOp{Type: rollup.OpNoop})
		if i < len(slots) && slots[i] != nil {
			f = slots[i]
		}
		if err := f(st, &c.Slots[i], fees); err != nil {
			t.Fatalf("slot %d: %v", i, err)
		}
	}
	for j := range c.FeeTokens {
		credit := rollup.FeeCredit{}
		if j < len(fees) {
			credit = fees[j]
		}
		c.FeeTokens[j] = credit.Token
		w, err := st.Witness(hdr.FeeAccount, credit.Token)
		if err != nil {
			t.Fatal(err)
		}
		c.FeeOpenings[j] = opening(w, testShape.OrderDepth)
		nb, _ := w.Balance.Add(credit.Amount)
		if err := st.SetBalance(hdr.FeeAccount, credit.Token, nb); err != nil {
			t.Fatal(err)
		}
	}
	newRoot, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	c.Header.NewRoot = el(newRoot)
	c.Commitment = r17Commit(oldRoot, newRoot, hdr, pubs)
	return c
}

// r17Commit is the commitment to the padded pubdata pubs, slot by slot.
func r17Commit(oldRoot, newRoot fr.Element, hdr rollup.BlockHeader, pubs []*rollup.ExecutedOp) *big.Int {
	padded := make([]byte, testShape.Slots*rollup.SlotBytes)
	for i, p := range pubs {
		if p != nil {
			p.EncodePubdata(padded[i*rollup.SlotBytes : i*rollup.SlotBytes])
		}
	}
	cm := rollup.Commitment(oldRoot, newRoot, hdr, padded)
	var e fr.Element
	e.SetBytes(cm[:])
	return el(e)
}

func r17MustSolve(t *testing.T, c *BlockCircuit) {
	t.Helper()
	if err := solves(NewBlockCircuit(testShape), c); err != nil {
		t.Fatalf("control: the honest block built by the same harness is refused: %v", err)
	}
}

func r17MustFail(t *testing.T, c *BlockCircuit) {
	t.Helper()
	if err := solves(NewBlockCircuit(testShape), c); err == nil {
		t.Fatal("the circuit accepts the forged block")
	} else {
		t.Logf("refused: %.160s", err)
	}
}

func r17Fill(t *testing.T, v uint64) rollup.PackedFill {
	t.Helper()
	p, err := rollup.PackFill(num.FromUint64(v))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const r17Orders = `
	order M A sell 10000 ETH for 20000 DAI maxfee 10
	order T B sell 20000 DAI for 10000 ETH maxfee 30
	order M2 D sell 10000 ETH for 20000 DAI maxfee 10
	order T2 C sell 20000 DAI for 10000 ETH maxfee 30
`

// TestReview17HarnessControls: the slot-by-slot harness builds blocks the
// circuit accepts when nothing is forged (a trade with fees, two trades),
// so that every refusal below is the attacked rule's.
func TestReview17HarnessControls(t *testing.T) {
	t.Run("one trade with fees", func(t *testing.T) {
		r := r17Runner(t, r17Orders)
		tk, mk, op := r17Sides(t, r, "trade T M 20000 10000 fees 30 10")
		r17MustSolve(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, feesOf(op)))
	})
	t.Run("two trades", func(t *testing.T) {
		r := r17Runner(t, r17Orders)
		tk1, mk1, op1 := r17Sides(t, r, "trade T M 20000 10000")
		tk2, mk2, op2 := r17Sides(t, r, "trade T2 M2 20000 10000")
		r17MustSolve(t, r17Block(t, r, []r17Slot{r17SideSlot(tk1), r17SideSlot(mk1), r17SideSlot(tk2), r17SideSlot(mk2)},
			[]*rollup.ExecutedOp{&op1, nil, &op2, nil}, nil))
	})
}

// TestReview17HalfTrades: a trade's taker slot without its maker slot (a
// Noop, another taker, the last slot) and a maker slot without a taker
// slot are refused: the taker's effects without the maker's would take the
// taker's tokens and pay it from nowhere.
func TestReview17HalfTrades(t *testing.T) {
	cases := []struct {
		name  string
		build func(t *testing.T, r *scenario.Runner) *BlockCircuit
	}{
		{"taker then Noop", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			tk, _, op := r17Sides(t, r, "trade T M 20000 10000")
			return r17Block(t, r, []r17Slot{r17SideSlot(tk)}, []*rollup.ExecutedOp{&op}, nil)
		}},
		{"taker in the last slot", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			tk, _, op := r17Sides(t, r, "trade T M 20000 10000")
			return r17Block(t, r, []r17Slot{nil, nil, nil, r17SideSlot(tk)}, []*rollup.ExecutedOp{nil, nil, nil, &op}, nil)
		}},
		{"maker alone in the first slot", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			_, mk, _ := r17Sides(t, r, "trade T M 20000 10000")
			return r17Block(t, r, []r17Slot{r17SideSlot(mk)}, nil, nil)
		}},
		{"maker after a Noop", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			_, mk, _ := r17Sides(t, r, "trade T M 20000 10000")
			return r17Block(t, r, []r17Slot{nil, r17SideSlot(mk)}, nil, nil)
		}},
		{"maker after a complete trade", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			tk, mk, op := r17Sides(t, r, "trade T M 20000 10000")
			_, mk2, _ := r17Sides(t, r, "trade T2 M2 20000 10000")
			return r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk), r17SideSlot(mk2)}, []*rollup.ExecutedOp{&op}, nil)
		}},
		{"taker then another taker then its maker", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			tk1, _, op1 := r17Sides(t, r, "trade T M 20000 10000")
			tk2, mk2, op2 := r17Sides(t, r, "trade T2 M2 20000 10000")
			return r17Block(t, r, []r17Slot{r17SideSlot(tk1), r17SideSlot(tk2), r17SideSlot(mk2)}, []*rollup.ExecutedOp{&op1, &op2}, nil)
		}},
		{"taker of one trade, maker of another", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			tk1, _, op1 := r17Sides(t, r, "trade T M 20000 10000")
			_, mk2, _ := r17Sides(t, r, "trade T2 M2 20000 10000")
			return r17Block(t, r, []r17Slot{r17SideSlot(tk1), r17SideSlot(mk2)}, []*rollup.ExecutedOp{&op1}, nil)
		}},
		{"two trades with their makers swapped", func(t *testing.T, r *scenario.Runner) *BlockCircuit {
			// the same balances move as in the honest pair: only the link
			// between a taker slot's To and its maker slot refuses it
			tk1, mk1, op1 := r17Sides(t, r, "trade T M 20000 10000")
			tk2, mk2, op2 := r17Sides(t, r, "trade T2 M2 20000 10000")
			return r17Block(t, r, []r17Slot{r17SideSlot(tk1), r17SideSlot(mk2), r17SideSlot(tk2), r17SideSlot(mk1)},
				[]*rollup.ExecutedOp{&op1, nil, &op2, nil}, nil)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r17MustFail(t, tc.build(t, r17Runner(t, r17Orders)))
		})
	}
}

// TestReview17SlotsDisagree: a maker slot that checks its own order
// consistently but disagrees with what the taker slot published (fills,
// fee rate, order slot, tokens) is refused.
func TestReview17SlotsDisagree(t *testing.T) {
	extra := r17Orders + `
	order M3 A sell 10000 ETH for 20000 DAI slot 1 maxfee 10
	order M4 A sell 10000 ETH for 20000 USDC slot 2
`
	cases := []struct {
		name   string
		mutate func(t *testing.T, r *scenario.Runner, mk *r17Side) []rollup.FeeCredit
	}{
		{"maker sells half, at its own price", func(t *testing.T, r *scenario.Runner, mk *r17Side) []rollup.FeeCredit {
			mk.fill, mk.got = r17Fill(t, 5000), r17Fill(t, 10000)
			return nil
		}},
		{"maker's fills swapped with the taker's", func(t *testing.T, r *scenario.Runner, mk *r17Side) []rollup.FeeCredit {
			mk.fill, mk.got = mk.got, mk.fill
			return nil
		}},
		{"maker pays another fee rate than published", func(t *testing.T, r *scenario.Runner, mk *r17Side) []rollup.FeeCredit {
			mk.bips = 10
			return []rollup.FeeCredit{{Token: 1, Amount: num.FromUint64(20)}}
		}},
		{"maker's order in another slot than published", func(t *testing.T, r *scenario.Runner, mk *r17Side) []rollup.FeeCredit {
			o, _ := r.Order("M3")
			mk.o, mk.published = *o, 1|1<<15
			return nil
		}},
		{"maker's order buys another token", func(t *testing.T, r *scenario.Runner, mk *r17Side) []rollup.FeeCredit {
			o, _ := r.Order("M4")
			mk.o, mk.published = *o, 2|1<<15
			return nil
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := r17Runner(t, extra)
			tk, mk, op := r17Sides(t, r, "trade T M 20000 10000")
			fees := tc.mutate(t, r, &mk)
			r17MustFail(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, fees))
		})
	}
}

// TestReview17FlagsLie: the published first-fill flag (bit 15) and buy
// flag (bit 14) of an order slot are what the circuit computes the fill
// with; lying about them would reuse a cancelled order, refill a filled
// one, carry a previous generation's fill over, or count a sell order's
// fills in the token it buys (overfilling it). Each is refused, on the
// maker's and on the taker's side.
func TestReview17FlagsLie(t *testing.T) {
	cases := []struct {
		name, setup, line string
		side              string // "maker" or "taker"
		mutate            func(d *r17Side)
	}{
		{"cancelled maker order reused as a fresh fill", r17Orders + "cancel A 0 1\n> block", "trade T M 20000 10000", "maker",
			func(d *r17Side) { d.published |= 1 << 15 }},
		{"cancelled taker order reused as a fresh fill", r17Orders + "cancel B 0 1\n> block", "trade T M 20000 10000", "taker",
			func(d *r17Side) { d.published |= 1 << 15 }},
		{"filled maker order refilled as a fresh fill", r17Orders + "trade T2 M 20000 10000\n> block", "trade T M 20000 10000", "maker",
			func(d *r17Side) { d.published |= 1 << 15 }},
		{"next generation continuing the previous one's fill", r17Orders + "trade T M 8000 4000\n> block\norder N A sell 10000 ETH for 20000 DAI gen 2",
			"trade T2 N 2000 1000", "maker", func(d *r17Side) { d.published &^= 1 << 15 }},
		{"sell order counted as a buy order (overfills it)", r17Orders + "trade T2 M 12000 6000\n> block", "trade T M 14000 7000", "maker",
			func(d *r17Side) { d.published |= 1 << 14 }},
		{"buy order counted as a sell order", `
			order M A sell 20000 ETH for 40000 DAI
			order T B sell 20000 DAI for 10000 ETH buy
			trade T M 12000 6000
			> block`, "trade T M 12000 6000", "taker",
			func(d *r17Side) { d.published &^= 1 << 14 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Run("control", func(t *testing.T) {
				// the line as the honest prover writes it: refused natively
				// (or accepted, and then by the circuit too)
				r := r17Runner(t, tc.setup)
				_, err := r.Try(tc.line)
				t.Logf("native: %v", err)
			})
			r := r17Runner(t, tc.setup)
			tk, mk, op := r17Sides(t, r, tc.line)
			if tc.side == "maker" {
				tc.mutate(&mk)
				op.ToOrderSlot, tk.toSlot = mk.published, mk.published
			} else {
				tc.mutate(&tk)
				op.OrderSlot = tk.published
			}
			r17MustFail(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, nil))
		})
	}
}

// TestReview17SlotAboveTheOrderTree: an order slot with bits set between
// the tree's depth and bit 14 would alias a slot of the tree (the opening
// uses the low bits only): slot 4 of a depth-2 tree is slot 0. Refused
// whether the order signed the aliasing slot or slot 0. (The forgery test
// calls this rule structural and does not forge it.)
func TestReview17SlotAboveTheOrderTree(t *testing.T) {
	for _, tc := range []struct {
		name  string
		order string
	}{
		{"signed slot 4", "order M5 A sell 10000 ETH for 20000 DAI slot 4"},
		{"signed slot 8192", "order M5 A sell 10000 ETH for 20000 DAI slot 8192"},
		{"signed slot 0, published 4", "order M5 A sell 10000 ETH for 20000 DAI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := r17Runner(t, r17Orders+tc.order)
			if _, err := r.Try("trade T M5 20000 10000"); err != nil {
				t.Logf("native: %v", err)
			}
			r = r17Runner(t, r17Orders+tc.order)
			tk, mk, op := r17Sides(t, r, "trade T M5 20000 10000")
			alias := uint16(4)
			if mk.o.Slot != 0 {
				alias = mk.o.Slot
			}
			mk.published, mk.open = alias|1<<15, 0
			op.ToOrderSlot, tk.toSlot = mk.published, mk.published
			r17MustFail(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, nil))
		})
	}
}

// TestReview17FeeForgeries: the fee is exactly floor(received·bips/10^4),
// collected in the token the side receives: a fee one lower (remainder
// 10^4 higher) or one higher (remainder negative), or credited to the
// fee account in the other token, is refused.
func TestReview17FeeForgeries(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(tk *r17Side) []rollup.FeeCredit
	}{
		{"fee 1 lower, remainder + 10000", func(tk *r17Side) []rollup.FeeCredit {
			tk.fee, tk.rem = big.NewInt(29), big.NewInt(10000)
			return []rollup.FeeCredit{{Token: 0, Amount: num.FromUint64(29)}, {Token: 1, Amount: num.FromUint64(20)}}
		}},
		{"fee 1 higher, remainder - 10000", func(tk *r17Side) []rollup.FeeCredit {
			tk.fee, tk.rem = big.NewInt(31), big.NewInt(-10000)
			return []rollup.FeeCredit{{Token: 0, Amount: num.FromUint64(31)}, {Token: 1, Amount: num.FromUint64(20)}}
		}},
		{"taker's ETH fee credited as DAI", func(tk *r17Side) []rollup.FeeCredit {
			tk.feeSlot = 1
			return []rollup.FeeCredit{{Token: 0, Amount: num.FromUint64(0)}, {Token: 1, Amount: num.FromUint64(50)}}
		}},
		{"taker's fee taken from the received amount but credited nowhere", func(tk *r17Side) []rollup.FeeCredit {
			return []rollup.FeeCredit{{Token: 1, Amount: num.FromUint64(20)}}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := r17Runner(t, r17Orders)
			tk, mk, op := r17Sides(t, r, "trade T M 20000 10000 fees 30 10")
			fees := tc.mutate(&tk)
			r17MustFail(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, fees))
		})
	}
}

// TestReview17OrderOfAnotherChain: an order signed for another chain id
// (the same key, account and terms) is refused natively and by the circuit.
func TestReview17OrderOfAnotherChain(t *testing.T) {
	r := r17Runner(t, r17Orders)
	tk, mk, op := r17Sides(t, r, "trade T M 20000 10000")
	o, _ := r.Order("M")
	other := *o
	if err := rollup.SignOrder(r.Key("A"), r.P.ChainID+1, &other); err != nil {
		t.Fatal(err)
	}
	mk.o = other
	r17MustFail(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, nil))
}

// TestReview17MakerSlotPublishesZeros: the commitment binds the maker
// slot's padded pubdata to zeros (what the contract pads): a commitment
// with anything there is refused.
func TestReview17MakerSlotPublishesZeros(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, r17Setup+r17Orders+"trade T M 20000 10000 fees 30 10\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	blocks := replay(t, r)
	a, b := blocks[len(blocks)-1], r.Blocks[len(r.Blocks)-1]
	if b.Ops[0].Type != rollup.OpSpotTrade {
		t.Fatal("no trade")
	}
	op := b.Ops[0]
	r17MustSolve(t, a)
	cmt := func(pubs ...*rollup.ExecutedOp) *big.Int { return r17Commit(b.OldRoot, b.NewRoot, b.Header, pubs) }
	if got := cmt(&op, nil); got.Cmp(a.Commitment.(*big.Int)) != 0 {
		t.Fatal("the harness's commitment is not the block's")
	}
	maker := rollup.ExecutedOp{Type: rollup.OpSpotTrade, Account: op.To, To: op.Account, OrderSlot: op.ToOrderSlot, Token: op.TokenB, TokenB: op.Token,
		Fill: op.ToFill, ToFill: op.Fill, FeeBips: op.ToFeeBips}
	for name, pubs := range map[string][]*rollup.ExecutedOp{
		"the trade again":       {&op, &op},
		"the maker's own trade": {&op, &maker},
		"a Withdraw":            {&op, {Type: rollup.OpWithdraw, Account: 1, Token: 0, Amount: num.FromUint64(1)}},
	} {
		t.Run(name, func(t *testing.T) {
			c := *a
			c.Commitment = cmt(pubs...)
			r17MustFail(t, &c)
		})
	}
}

// TestReview17CancelForgeries: a cancel whose published slot carries the
// buy flag, names another slot than the signed one, drops its fee, or
// flags a fresh generation to cancel a cancelled order again (which a
// replay from pubdata would apply to the next generation) is refused.
func TestReview17CancelForgeries(t *testing.T) {
	cases := []struct {
		name, setup, line string
		mutate            func(op *rollup.ExecutedOp)
	}{
		{"control", "", "cancel A 0 1 fee 1 ETH", nil},
		{"buy flag on a cancel", "", "cancel A 0 1 fee 1 ETH", func(op *rollup.ExecutedOp) { op.OrderSlot |= 1 << 14 }},
		{"fee dropped", "", "cancel A 0 1 fee 1 ETH", func(op *rollup.ExecutedOp) { op.Fee = rollup.PackedFee{} }},
		{"cancelled again under a lying fresh flag", "cancel A 0 1 fee 1 ETH\n> block", "cancel A 0 1 fee 1 ETH",
			func(op *rollup.ExecutedOp) { op.OrderSlot |= 1 << 15 }},
		{"fresh flag dropped on a next generation", "trade T M 2000 1000\n> block", "cancel A 0 2 fee 1 ETH",
			func(op *rollup.ExecutedOp) { op.OrderSlot &^= 1 << 15 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := r17Runner(t, r17Orders+tc.setup)
			tx, err := r.Build(tc.line)
			if err != nil {
				t.Fatal(err)
			}
			op, ok := forgeOp(r, tx)
			if !ok {
				t.Fatal("not forgeable")
			}
			fees := feesOf(op)
			if tc.mutate != nil {
				tc.mutate(&op)
			}
			c := r17Block(t, r, []r17Slot{r17OpSlot(op)}, []*rollup.ExecutedOp{&op}, fees)
			if tc.mutate == nil {
				r17MustSolve(t, c)
				return
			}
			r17MustFail(t, c)
		})
	}
}

// TestReview17PricesNear2To120: orders and fills just below 2^120 settle
// natively and are proven; one fill step off the maker's exact price, or
// below the taker's limit, at those sizes is refused by both.
func TestReview17PricesNear2To120(t *testing.T) {
	const (
		big1 = "1329227990000000000000000000000000000" // 132922799e28 < 2^120 ≈ 1.3292279957e36
		big0 = "1329227980000000000000000000000000000" // 132922798e28
		half = "664613990000000000000000000000000000"  // 66461399e28
	)
	setup := `
		deposit A ` + big1 + ` ETH
		deposit B ` + big1 + ` DAI
		deposit C ` + big1 + ` DAI
		> block
		changepubkey A
		changepubkey B
		changepubkey C
		> block
		order M A sell ` + big1 + ` ETH for ` + big0 + ` DAI maxfee 255
		order T B sell ` + big0 + ` DAI for ` + big1 + ` ETH maxfee 255
		order T2 C sell ` + big1 + ` DAI for ` + half + ` ETH
		order M2 A sell ` + big0 + ` ETH for ` + big1 + ` DAI slot 1
		order T3 B sell ` + big1 + ` DAI for ` + big1 + ` ETH slot 1
	`
	t.Run("honest, at the limits, with fees", func(t *testing.T) {
		r, err := scenario.Run(rollup.TestParams, setup+"trade T M "+big0+" "+big1+" fees 255 255\n> block", nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range replay(t, r) {
			if err := solves(NewBlockCircuit(testShape), a); err != nil {
				t.Fatalf("block %d: native accepts, circuit refuses: %v", i+1, err)
			}
		}
	})
	for _, tc := range []struct{ name, line, want string }{
		{"taker pays one step above the maker's price", "trade T2 M " + big1 + " " + big1, "makerprice"},
		{"taker pays one step below the maker's price", "trade T M 1329227970000000000000000000000000000 " + big1, "limit"},
		{"taker gets less than its limit", "trade T3 M2 " + big1 + " " + big0, "limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := scenario.Run(rollup.TestParams, setup, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := r.Seal(); err != nil {
				t.Fatal(err)
			}
			_, nerr := r.Try(tc.line)
			if !errors.Is(nerr, scenario.Errors[tc.want]) {
				t.Fatalf("native: %v, want %s", nerr, tc.want)
			}
			t.Logf("native: %v", nerr)
			r, err = scenario.Run(rollup.TestParams, setup, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := r.Seal(); err != nil {
				t.Fatal(err)
			}
			tk, mk, op := r17Sides(t, r, tc.line)
			r17MustFail(t, r17Block(t, r, []r17Slot{r17SideSlot(tk), r17SideSlot(mk)}, []*rollup.ExecutedOp{&op}, nil))
		})
	}
}
