package scenario_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// Review of issue 17: the test helper `match` against brute force. For
// random small orders (sell or buy, any prices), every trade match builds
// is one the native rules accept, and it is the largest trade of the two
// orders at the maker's price; where match finds none, none exists.

const r17MatchSetup = `
	deposit A 1000000 ETH
	deposit B 1000000 DAI
	> block
	changepubkey A
	changepubkey B
	> block
`

type r17Ord struct {
	sell, buy uint64
	isBuy     bool
}

func (o r17Ord) flag() string {
	if o.isBuy {
		return " buy"
	}
	return ""
}

// r17Best is the largest b (what the maker sells) of a valid trade of
// taker tk and maker mk, both unfilled, or 0.
func r17Best(tk, mk r17Ord) (b, a uint64) {
	for bb := uint64(1); bb <= 4*max(mk.sell, mk.buy, tk.sell, tk.buy); bb++ {
		aa := (bb*mk.buy + mk.sell - 1) / mk.sell
		switch {
		case mk.isBuy && aa > mk.buy, !mk.isBuy && bb > mk.sell: // maker's size
			continue
		case tk.isBuy && bb > tk.buy, !tk.isBuy && aa > tk.sell: // taker's size
			continue
		case bb*tk.sell < aa*tk.buy: // taker's limit
			continue
		}
		b, a = bb, aa
	}
	return b, a
}

func TestReview17MatchIsTheLargestValidTrade(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 5))
	var missed, smaller []string
	matched := 0
	for i := range 1500 {
		mk := r17Ord{1 + rng.Uint64N(25), 1 + rng.Uint64N(25), rng.IntN(2) == 0}
		tk := r17Ord{1 + rng.Uint64N(25), 1 + rng.Uint64N(25), rng.IntN(2) == 0}
		text := r17MatchSetup + fmt.Sprintf("order M A sell %d ETH for %d DAI%s\norder T B sell %d DAI for %d ETH%s\n",
			mk.sell, mk.buy, mk.flag(), tk.sell, tk.buy, tk.flag())
		r, err := scenario.Run(rollup.TestParams, text, nil)
		if err != nil {
			t.Fatal(err)
		}
		wantB, wantA := r17Best(tk, mk)
		tx, err := r.Build("match T M")
		name := fmt.Sprintf("case %d: maker %+v, taker %+v", i, mk, tk)
		if err != nil {
			if wantB != 0 {
				missed = append(missed, fmt.Sprintf("%s: match fails (%v), trade %d for %d exists", name, err, wantA, wantB))
			}
			continue
		}
		tr := tx.(*rollup.SpotTrade)
		a, _ := tr.TakerFill.Value()
		b, _ := tr.MakerFill.Value()
		if _, err := r.Apply(tx); err != nil {
			t.Fatalf("%s: match built %s for %s, the rules refuse it: %v", name, a, b, err)
		}
		matched++
		if b.Big().Uint64() != wantB {
			smaller = append(smaller, fmt.Sprintf("%s: match fills %s for %s, the largest is %d for %d", name, a, b, wantA, wantB))
		}
	}
	for _, s := range missed {
		t.Log(s)
	}
	for _, s := range smaller {
		t.Log(s)
	}
	t.Logf("1500 random pairs, %d matched; %d where match finds no trade though one exists; %d where it finds a smaller one",
		matched, len(missed), len(smaller))
	if matched < 300 {
		t.Fatal("too few crossing pairs: the test exercises too little")
	}
}
