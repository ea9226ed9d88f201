package l1_test

import (
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
)

// TestTradesProvenOnL1: a block with a SpotTrade (two slots) and a block
// with a trade and a CancelOrder are committed, proven with real Groth16
// proofs of the block circuit and executed by the real contract; what L1
// stores for them is what l1.Stored computes natively (the contract's
// walk pads a trade's second slot with zeros, as the circuit commits), and
// the balances and order slots are the native rules'.
func TestTradesProvenOnL1(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("B", e.dai, wei("5000000000000000000000"))
	e.block(`changepubkey A
		changepubkey B`)
	b := e.block(`order M A sell 400000000000000000 ETH for 1000000000000000000000 DAI maxfee 10
		order T B sell 1000000000000000000000 DAI for 400000000000000000 ETH maxfee 30
		match T M fees 30 10`)
	if len(b.Ops) != 1 || b.Ops[0].Type != rollup.OpSpotTrade || b.Slots != 2 {
		t.Fatalf("block 3: %d ops in a %d-slot block, want one trade in the 2-slot shape", len(b.Ops), b.Slots)
	}
	b = e.block(`order M2 A sell 100000000000000000 ETH for 300000000000000000000 DAI slot 1 maxfee 10
		order T2 B sell 300000000000000000000 DAI for 100000000000000000 ETH slot 1
		match T2 M2 fees 0 10
		cancel A 2 1`)
	if len(b.Ops) != 2 || b.Slots != 4 {
		t.Fatalf("block 4: %d ops in a %d-slot block, want a trade and a cancel in the 4-slot shape", len(b.Ops), b.Slots)
	}
	r := e.oneTx(3) // commits, proves (real proofs) and executes; checks the stored hash
	t.Logf("3 blocks with two trades and a cancel in one commitProveExecute: %d gas", r.GasUsed)
	for _, c := range []struct {
		name  string
		token uint16
		want  string
	}{
		{"A", 0, "500000000000000000"},     // 1 ETH less 0.4 and 0.1 sold
		{"A", 1, "1298700000000000000000"}, // 1000 and 300 DAI received, less 10 bips of each (1 and 0.3)
		{"B", 0, "498800000000000000"},     // 0.4 ETH less 30 bips (0.0012), and 0.1
		{"B", 1, "3700000000000000000000"}, // 5000 less 1000 and 300 sold
	} {
		if got := e.l2Balance(c.name, c.token); got.Cmp(wei(c.want)) != 0 {
			t.Errorf("%s token %d: %s, want %s", c.name, c.token, got, c.want)
		}
	}
}
