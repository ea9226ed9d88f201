package rollup_test

import (
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestLadderShapes: a block takes the smallest shape of the ladder that
// holds its operations, and a ladder must be ascending, end at BlockSlots
// and hold at most MaxShapes shapes.
func TestLadderShapes(t *testing.T) {
	p := rollup.ProdParams // 8 / 16 / 64
	for n, want := range map[int]int{0: 8, 1: 8, 8: 8, 9: 16, 16: 16, 17: 64, 64: 64} {
		if got := p.ShapeFor(n); got != want {
			t.Errorf("ShapeFor(%d) = %d, want %d", n, got, want)
		}
	}
	if got := rollup.TestParams.Ladder(); len(got) != 1 || got[0] != 4 {
		t.Errorf("a profile without shapes has the ladder %v, want [4]", got)
	}
	for _, c := range []struct {
		shapes []int
		want   string
	}{
		{[]int{16, 8, 64}, "not ascending"},
		{[]int{8, 8, 64}, "not ascending"},
		{[]int{0, 64}, "not ascending"},
		{[]int{8, 16}, "the largest must be the block slots"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 64}, "at most"},
	} {
		q := p
		q.Shapes = c.shapes
		if err := q.Check(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("shapes %v: %v, want an error saying %q", c.shapes, err, c.want)
		}
	}
	for _, q := range []rollup.Params{rollup.TestParams, rollup.LadderTestParams, rollup.DevParams, rollup.ProdParams} {
		if err := q.Check(); err != nil {
			t.Errorf("%+v: %v", q, err)
		}
	}
}

// TestBlocksSealIntoTheirShape: the rules give a sealed block the smallest
// shape that holds it, and its padded pubdata (what the commitment hashes)
// has exactly that many slots.
func TestBlocksSealIntoTheirShape(t *testing.T) {
	r, err := scenario.New(rollup.LadderTestParams) // 2 / 4
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\n> block\ndeposit B 1 ETH\nchangepubkey A\ntransfer A B 1 ETH\n> block"); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{2, 4} {
		b := r.Blocks[i]
		if b.Slots != want || len(b.PaddedPubdata()) != want*rollup.SlotBytes {
			t.Errorf("block %d of %d ops: %d slots, %d padded bytes; want %d slots", i+1, len(b.Ops), b.Slots, len(b.PaddedPubdata()), want)
		}
	}
}
