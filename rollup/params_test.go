package rollup_test

import (
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
)

// TestOrderDepth: every profile gives each account an order tree, of the
// depth the state is opened with, and Check refuses a depth outside 1..14
// (the state takes 15; a trade's pubdata addresses 14 bits of slot) and
// trees deeper than a trade's pubdata addresses.
func TestOrderDepth(t *testing.T) {
	for name, c := range map[string]struct {
		p    rollup.Params
		want int
	}{
		"test": {rollup.TestParams, 2}, "ladder test": {rollup.LadderTestParams, 2},
		"dev": {rollup.DevParams, 8}, "prod": {rollup.ProdParams, 14},
	} {
		if c.p.OrderDepth != c.want || c.p.StateConfig().OrderDepth != c.want {
			t.Errorf("%s: order depth %d (state %d), want %d", name, c.p.OrderDepth, c.p.StateConfig().OrderDepth, c.want)
		}
	}
	for _, d := range []int{0, -1, 16, 32} {
		q := rollup.TestParams
		q.OrderDepth = d
		if err := q.Check(); err == nil || !strings.Contains(err.Error(), "order tree depth") {
			t.Errorf("order depth %d: %v, want an order tree depth error", d, err)
		}
	}
	for _, d := range []int{1, 14} {
		q := rollup.TestParams
		q.OrderDepth = d
		if err := q.Check(); err != nil {
			t.Errorf("order depth %d: %v", d, err)
		}
	}
	for _, q := range []rollup.Params{
		func() rollup.Params { q := rollup.TestParams; q.OrderDepth = 15; return q }(),
		func() rollup.Params { q := rollup.TestParams; q.AccountDepth = 25; return q }(),
		func() rollup.Params { q := rollup.TestParams; q.BalanceDepth = 13; return q }(),
	} {
		if err := q.Check(); err == nil || !strings.Contains(err.Error(), "trades need") {
			t.Errorf("depths %d/%d/%d: %v, want the trade pubdata's limit", q.AccountDepth, q.BalanceDepth, q.OrderDepth, err)
		}
	}
}
