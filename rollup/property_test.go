package rollup_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/smt"
)

var tokens = []string{"ETH", "DAI", "USDC"}

// randomLine draws one transaction command over a small population, so that
// valid and invalid operations (missing accounts, missing keys, overdrafts,
// wrong nonces, wrong signers, strangers' exits) are all frequent.
func randomLine(rng *rand.Rand) string {
	user := func() string { return fmt.Sprintf("U%d", rng.IntN(6)) }
	tok := tokens[rng.IntN(len(tokens))]
	extra := ""
	switch rng.IntN(12) {
	case 0:
		extra = fmt.Sprintf(" nonce %d", rng.IntN(4))
	case 1:
		extra = " signer " + user()
	case 2:
		extra = " badsig"
	}
	switch rng.IntN(10) {
	case 0, 1:
		return fmt.Sprintf("deposit %s %d %s", user(), 1+rng.IntN(1000), tok)
	case 2:
		return fmt.Sprintf("changepubkey %s fee %d %s%s", user(), rng.IntN(3), tok, extra)
	case 3, 4, 5, 6:
		return fmt.Sprintf("transfer %s %s %d %s fee %d%s", user(), user(), rng.IntN(600), tok, rng.IntN(4), extra)
	case 7, 8:
		return fmt.Sprintf("withdraw %s %d %s fee %d%s", user(), rng.IntN(500), tok, rng.IntN(3), extra)
	default:
		by := ""
		if rng.IntN(3) == 0 {
			by = " by " + user()
		}
		return fmt.Sprintf("fullexit %s %s%s", user(), tok, by)
	}
}

type ledger map[uint16]num.U128

func (l ledger) add(t uint16, v num.U128) { l[t], _ = l[t].Add(v) }
func (l ledger) sub(t uint16, v num.U128) { l[t], _ = l[t].Sub(v) }

// TestPropertyRandomSequences runs random operation sequences and checks
// after every step: a failed op leaves the root unchanged; per-token supply
// (balances plus fees not yet credited) equals deposits minus withdrawals
// and exits; at every sealed block the root rebuilt from scratch equals the
// incremental root; at the end a reopened state has the same root.
func TestPropertyRandomSequences(t *testing.T) {
	for seed := range uint64(6) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 99))
			r, err := scenario.New(rollup.TestParams)
			if err != nil {
				t.Fatal(err)
			}
			supply, pendingFees := ledger{}, ledger{}
			applied, failed := 0, 0
			for step := range 300 {
				if rng.IntN(8) == 0 {
					seal(t, r, pendingFees)
					continue
				}
				line := randomLine(rng)
				before := root(t, r.State)
				rc, err := r.Try(line)
				if errors.Is(err, rollup.ErrBlockFull) || errors.Is(err, rollup.ErrTooManyFeeTokens) {
					seal(t, r, pendingFees)
					before = root(t, r.State)
					rc, err = r.Try(line)
				}
				if err != nil {
					failed++
					if after := root(t, r.State); after != before {
						t.Fatalf("step %d %q failed (%v) but changed the root", step, line, err)
					}
					continue
				}
				applied++
				op := rc.Op
				switch op.Type {
				case rollup.OpDeposit:
					supply.add(op.Token, op.Amount)
				case rollup.OpWithdraw, rollup.OpFullExit:
					supply.sub(op.Token, op.Amount)
				}
				if fee := op.FeeValue(); !fee.IsZero() {
					pendingFees.add(op.Token, fee)
				}
				checkSupply(t, r, supply, pendingFees, step, line)
			}
			seal(t, r, pendingFees)
			checkSupply(t, r, supply, pendingFees, -1, "end")
			if applied < 50 || failed < 50 {
				t.Fatalf("sequence too one-sided: %d applied, %d failed", applied, failed)
			}
			want := root(t, r.State)
			reopened, err := state.Open(r.Store, rollup.TestParams.StateConfig())
			if err != nil {
				t.Fatal(err)
			}
			if got := root(t, reopened); got != want {
				t.Fatal("reopened state has another root")
			}
		})
	}
}

func root(t *testing.T, st *state.State) fr.Element {
	t.Helper()
	r, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func seal(t *testing.T, r *scenario.Runner, pendingFees ledger) {
	t.Helper()
	b, err := r.Seal()
	if err != nil {
		t.Fatal(err)
	}
	clear(pendingFees)
	if got := rootFromScratch(t, r.State); got != b.NewRoot {
		t.Fatalf("block %d: root from scratch differs from the incremental root", b.Header.Number)
	}
}

// rootFromScratch recomputes the account root from every account's record
// balances and orders with smt.RootFromLeaves, independently of the incremental trees.
func rootFromScratch(t *testing.T, st *state.State) fr.Element {
	t.Helper()
	cfg := st.Config()
	leaves := map[uint64]fr.Element{}
	for id := range st.NextAccountID() {
		acc, err := st.Account(id)
		if err != nil {
			t.Fatal(err)
		}
		bals := map[uint64]fr.Element{}
		for tok := range uint16(1 << cfg.BalanceDepth) {
			b, err := st.Balance(id, tok)
			if err != nil {
				t.Fatal(err)
			}
			if !b.IsZero() {
				bals[uint64(tok)] = b.Element()
			}
		}
		br, err := smt.RootFromLeaves(cfg.BalanceDepth, bals)
		if err != nil {
			t.Fatal(err)
		}
		orders := map[uint64]fr.Element{}
		for slot := range uint32(1 << cfg.OrderDepth) {
			l, err := st.Order(id, slot)
			if err != nil {
				t.Fatal(err)
			}
			if !l.IsZero() {
				orders[uint64(slot)] = l.Hash()
			}
		}
		or, err := smt.RootFromLeaves(cfg.OrderDepth, orders)
		if err != nil {
			t.Fatal(err)
		}
		if acc.Exists() {
			leaves[uint64(id)] = state.LeafHash(acc, br, or)
		}
	}
	r, err := smt.RootFromLeaves(cfg.AccountDepth, leaves)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func checkSupply(t *testing.T, r *scenario.Runner, supply, pendingFees ledger, step int, line string) {
	t.Helper()
	for tok := range uint16(len(tokens)) {
		var sum num.U128
		for id := range r.State.NextAccountID() {
			b, err := r.State.Balance(id, tok)
			if err != nil {
				t.Fatal(err)
			}
			sum, _ = sum.Add(b)
		}
		sum, _ = sum.Add(pendingFees[tok])
		if sum != supply[tok] {
			t.Fatalf("step %d %q: token %d balances+pending fees %s, deposits-withdrawals %s", step, line, tok, sum, supply[tok])
		}
	}
}
