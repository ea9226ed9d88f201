package rollup_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

// TestReplayPubdataFollowsEveryTradeCase: blocks with trades and cancels
// re-execute from their pubdata alone (which carries no order) to the same
// root, pubdata and commitment.
func TestReplayPubdataFollowsEveryTradeCase(t *testing.T) {
	for _, c := range scenario.TradeCases {
		t.Run(c.Name, func(t *testing.T) {
			r := runner(t, rollup.TestParams, c.Text+"\n> block")
			replayAll(t, r, follower(t, r))
		})
	}
}

// TestSpotTradePubdataIs24Bytes: the goal of issue 17 (Loopring: 28).
func TestSpotTradePubdataIs24Bytes(t *testing.T) {
	if n := rollup.PubdataSize(rollup.OpSpotTrade); n != 24 {
		t.Fatalf("a SpotTrade publishes %d bytes, want 24", n)
	}
	if w := rollup.OpSpotTrade.Width(); w != 2 {
		t.Fatalf("a SpotTrade takes %d slots, want 2", w)
	}
}

// tradeWorld is accounts trading two tokens at random.
type tradeWorld struct {
	r     *scenario.Runner
	names []string
	slots map[string]uint16 // next free order slot of each name
}

// randomTrade defines two crossing orders of two distinct random accounts
// at random prices and sizes and matches them, with random fees.
func (w *tradeWorld) randomTrade(rng *rand.Rand, k int) error {
	i := rng.IntN(len(w.names))
	j := (i + 1 + rng.IntN(len(w.names)-1)) % len(w.names)
	maker, taker := w.names[i], w.names[j]
	x, y := "ETH", "DAI"
	if rng.IntN(2) == 0 {
		x, y = y, x
	}
	price := 1 + rng.IntN(9) // the maker asks price y per x... its order: sell y for price*y of x
	size := 1 + rng.IntN(50)
	mk, tk := fmt.Sprintf("M%d", k), fmt.Sprintf("T%d", k)
	mSlot, mGen := w.next(maker)
	tSlot, tGen := w.next(taker)
	buyFlag := ""
	if rng.IntN(2) == 0 {
		buyFlag = " buy"
	}
	if err := w.r.Exec(fmt.Sprintf("order %s %s sell %d %s for %d %s slot %d gen %d maxfee 50%s", mk, maker, size*100, y, size*100*price, x,
		mSlot, mGen, buyFlag)); err != nil {
		return err
	}
	// the taker pays up to one more per unit
	if err := w.r.Exec(fmt.Sprintf("order %s %s sell %d %s for %d %s slot %d gen %d maxfee 50", tk, taker, size*100*(price+1), x, size*100, y,
		tSlot, tGen)); err != nil {
		return err
	}
	_, err := w.r.Try(fmt.Sprintf("match %s %s fees %d %d", tk, mk, rng.IntN(51), rng.IntN(51)))
	return err
}

// next is a name's next order slot (in turn) and the generation a new
// order there takes: one past the slot's.
func (w *tradeWorld) next(name string) (uint16, uint32) {
	s := w.slots[name]
	w.slots[name] = (s + 1) % 4
	id, _ := w.r.AccountID(name)
	leaf, _ := w.r.State.Order(id, uint32(s))
	return s, leaf.Generation + 1
}

// TestTradesConserveEveryToken: per token, the sum of all balances (fee
// account included) is unchanged by any sequence of trades and cancels —
// trades only move value between their two accounts and the fee account.
func TestTradesConserveEveryToken(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 17))
	r := runner(t, rollup.TestParams, "")
	w := &tradeWorld{r: r, slots: map[string]uint16{}}
	setup := ""
	for i := range 6 {
		name := fmt.Sprintf("U%d", i)
		w.names = append(w.names, name)
		setup += fmt.Sprintf("deposit %s 100000000 ETH\ndeposit %s 100000000 DAI\n> block\nchangepubkey %s\n> block\n", name, name, name)
	}
	if err := r.Exec(setup); err != nil {
		t.Fatal(err)
	}
	total := func() [2]num.U128 {
		var out [2]num.U128
		for id := uint32(0); id < 8; id++ {
			for tok := range out {
				b, err := r.State.Balance(id, uint16(tok))
				if err != nil {
					t.Fatal(err)
				}
				out[tok], _ = out[tok].Add(b)
			}
		}
		return out
	}
	before := total()
	trades := 0
	for k := range 300 {
		if rng.IntN(10) == 0 {
			name := w.names[rng.IntN(len(w.names))]
			slot, gen := w.next(name)
			_, _ = r.Try(fmt.Sprintf("cancel %s %d %d", name, slot, gen-uint32(rng.IntN(2))))
		} else if err := w.randomTrade(rng, k); err == nil {
			trades++
		}
		if r.Machine.OpenBlockSlots() >= r.P.BlockSlots-1 || rng.IntN(3) == 0 {
			if _, err := r.Seal(); err != nil {
				t.Fatal(err)
			}
			if got := total(); got != before {
				t.Fatalf("after %d operations: totals %v, were %v", k+1, got, before)
			}
		}
	}
	if _, err := r.Seal(); err != nil {
		t.Fatal(err)
	}
	if got := total(); got != before {
		t.Fatalf("totals %v, were %v", got, before)
	}
	if trades < 50 {
		t.Fatalf("only %d of 300 random trades settled: the test exercises too little", trades)
	}
	t.Logf("%d trades settled; ETH and DAI totals unchanged", trades)
	replayAll(t, r, follower(t, r))
}

func FuzzDecodeOrder(f *testing.F) {
	k, _ := crypto.KeyFromSeed([]byte("fuzz-order"))
	o := &rollup.Order{Account: 3, Slot: 2, Generation: 1, TokenSell: 1, TokenBuy: 0, Buy: true, MaxFeeBips: 9, ValidUntil: 99}
	o.AmountSell, _ = rollup.PackAmount(num.FromUint64(500))
	o.AmountBuy, _ = rollup.PackAmount(num.FromUint64(7))
	if err := rollup.SignOrder(k, 1, o); err != nil {
		f.Fatal(err)
	}
	f.Add(rollup.EncodeOrder(o))
	f.Add([]byte{rollup.OrderTag})
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := rollup.DecodeOrder(b)
		if err != nil {
			return
		}
		if out := rollup.EncodeOrder(o); !bytes.Equal(out, b) {
			t.Fatalf("decode/encode changed %x into %x", b, out)
		}
	})
}

// FuzzDecodeTradeAndCancel: a SpotTrade's and a CancelOrder's wire
// encodings round-trip or are refused.
func FuzzDecodeTradeAndCancel(f *testing.F) {
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		f.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\ndeposit B 100 DAI\n> block\norder M A sell 10 ETH for 20 DAI\norder T B sell 20 DAI for 10 ETH"); err != nil {
		f.Fatal(err)
	}
	for _, line := range []string{"trade T M 20 10 fees 1 2", "cancel A 1 1 fee 1 ETH"} {
		tx, err := r.Build(line)
		if err != nil {
			f.Fatal(err)
		}
		b, err := rollup.EncodeTx(tx)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := rollup.DecodeTx(b)
		if err != nil {
			return
		}
		out, err := rollup.EncodeTx(tx)
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("decode/encode changed %x into %x (%v)", b, out, err)
		}
	})
}

// BenchmarkApplyTrades settles SpotTrades at production depths between
// 1000 accounts (issue 17's goal: 3,000 trades a second on 2 cores), 32
// trades a block (64 slots), the state root computed at every block end.
// "verify-sigs": each trade's two order signatures are checked in
// parallel first (ApplyBatch); "sigs-checked-at-intake": they were
// checked before (CheckSig, as the mempool checks transactions' and the
// node checks an order's at zkr_submitOrder) and ApplySigChecked trusts
// the check.
func BenchmarkApplyTrades(b *testing.B) {
	for _, mode := range []string{"verify-sigs", "sigs-checked-at-intake"} {
		b.Run(mode, func(b *testing.B) { benchTrades(b, mode == "verify-sigs") })
	}
}

func benchTrades(b *testing.B, verify bool) {
	p := rollup.ProdParams
	p.BlockSlots, p.Shapes = 64, nil
	st, err := state.Open(kv.NewMemory(), p.StateConfig())
	if err != nil {
		b.Fatal(err)
	}
	const accounts = 1000
	keys := make([]*crypto.PrivateKey, accounts)
	m, err := rollup.NewMachine(p, st)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.SetAccount(0, state.Account{Address: [20]byte{0xfe}}); err != nil {
		b.Fatal(err)
	}
	big, _ := num.Parse("1000000000000000000000000")
	for i := range keys {
		keys[i], _ = crypto.KeyFromSeed([]byte(fmt.Sprintf("bench-trader-%d", i)))
		pub := keys[i].Public()
		id := uint32(i + 1)
		if err := st.SetAccount(id, state.Account{Address: [20]byte{1, byte(i >> 8), byte(i)}, PubKeyHash: pub.Hash()}); err != nil {
			b.Fatal(err)
		}
		for tok := uint16(0); tok < 2; tok++ {
			if err := st.SetBalance(id, tok, big); err != nil {
				b.Fatal(err)
			}
		}
	}
	gen := map[[2]uint32]uint32{} // (account, slot) -> generation used
	order := func(id uint32, slot uint16, sell, buy uint16, amountSell, amountBuy uint64) rollup.Order {
		g := gen[[2]uint32{id, uint32(slot)}] + 1
		gen[[2]uint32{id, uint32(slot)}] = g
		o := rollup.Order{Account: id, Slot: slot, Generation: g, TokenSell: sell, TokenBuy: buy, MaxFeeBips: 20, ValidUntil: ^uint32(0)}
		o.AmountSell, _ = rollup.PackAmount(num.FromUint64(amountSell))
		o.AmountBuy, _ = rollup.PackAmount(num.FromUint64(amountBuy))
		if err := rollup.SignOrder(keys[id-1], p.ChainID, &o); err != nil {
			b.Fatal(err)
		}
		return o
	}
	rng := rand.New(rand.NewPCG(3, 3))
	keyCache := crypto.NewKeyCache(1 << 12)
	var block uint64
	nTrades := 0
	for b.Loop() {
		b.StopTimer()
		txs := make([]rollup.Tx, 32)
		for i := range txs {
			mk := uint32(1 + rng.IntN(accounts))
			tk := uint32(1 + (int(mk)+rng.IntN(accounts-1))%accounts)
			slot := uint16(rng.IntN(1 << 10))
			mo := order(mk, slot, 0, 1, 1000, 2000) // sells 1000 of token 0 for 2000 of token 1
			to := order(tk, slot, 1, 0, 3000, 1000)
			fa, _ := rollup.PackFill(num.FromUint64(2000))
			fb, _ := rollup.PackFill(num.FromUint64(1000))
			txs[i] = &rollup.SpotTrade{Taker: to, Maker: mo, TakerFill: fa, MakerFill: fb, TakerFeeBips: 10, MakerFeeBips: 5}
		}
		var checked []rollup.SigChecked
		if !verify {
			for _, tx := range txs {
				c, err := rollup.CheckSig(keyCache, p.ChainID, tx)
				if err != nil {
					b.Fatal(err)
				}
				checked = append(checked, c)
			}
		}
		block++
		b.StartTimer()
		if err := m.BeginBlock(rollup.BlockHeader{Number: block, Timestamp: 1_700_000_000}); err != nil {
			b.Fatal(err)
		}
		var results []rollup.Result
		if verify {
			results = m.ApplyBatch(txs)
		} else {
			results = m.ApplySigChecked(checked)
		}
		for i, res := range results {
			if res.Err != nil {
				b.Fatalf("trade %d: %v", i, res.Err)
			}
		}
		if _, err := m.SealBlock(); err != nil {
			b.Fatal(err)
		}
		nTrades += len(txs)
	}
	b.ReportMetric(float64(nTrades)/b.Elapsed().Seconds(), "trades/s")
}
