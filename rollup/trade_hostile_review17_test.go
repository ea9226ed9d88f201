package rollup_test

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
)

// Review of issue 17 (trading): the native rules on hostile input. An L2
// request decoded from anyone's bytes, and a committed block's pubdata
// replayed by a follower, must be refused with an error, never a panic.

func r17NoPanic(t *testing.T, what string, b []byte, f func()) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s %x: panic: %v", what, b, p)
		}
	}()
	f()
}

// TestReview17DecodeHostileTradeBytes: SpotTrade and CancelOrder wire
// bytes with random bytes flipped, truncated or extended, and random
// orders, decode or are refused; what decodes re-encodes to the same bytes.
func TestReview17DecodeHostileTradeBytes(t *testing.T) {
	r := runner(t, rollup.TestParams, `
		deposit A 100 ETH
		deposit B 100 DAI
		> block
		order M A sell 10 ETH for 20 DAI buy maxfee 9 slot 3 gen 7
		order T B sell 20 DAI for 10 ETH`)
	var seeds [][]byte
	for _, line := range []string{"trade T M 20 10 fees 1 2", "cancel A 1 1 fee 1 ETH"} {
		tx, err := r.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		b, err := rollup.EncodeTx(tx)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	rng := rand.New(rand.NewPCG(17, 17))
	decoded := 0
	for i := range 50000 {
		b := append([]byte(nil), seeds[i%len(seeds)]...)
		switch rng.IntN(4) {
		case 0: // flip a few bytes
			for range 1 + rng.IntN(4) {
				b[rng.IntN(len(b))] = byte(rng.Uint32())
			}
		case 1:
			b = b[:rng.IntN(len(b))]
		case 2:
			b = append(b, byte(rng.Uint32()))
		case 3: // random bytes of the exact size, the type byte kept
			for k := 1; k < len(b); k++ {
				b[k] = byte(rng.Uint32())
			}
		}
		r17NoPanic(t, "DecodeTx", b, func() {
			tx, err := rollup.DecodeTx(b)
			if err != nil {
				return
			}
			decoded++
			out, err := rollup.EncodeTx(tx)
			if err != nil || string(out) != string(b) {
				t.Fatalf("DecodeTx %x re-encodes to %x (%v)", b, out, err)
			}
		})
	}
	for range 20000 {
		b := make([]byte, rollup.OrderWireSize)
		for k := range b {
			b[k] = byte(rng.Uint32())
		}
		b[0] = rollup.OrderTag
		if rng.IntN(2) == 0 {
			b[1+4+2+4+2+2+2*rollup.PackedAmountSize] &= 1
		}
		r17NoPanic(t, "DecodeOrder", b, func() { _, _ = rollup.DecodeOrder(b) })
	}
	t.Logf("%d mutated requests decoded (and round-tripped)", decoded)
}

// TestReview17ReplayHostileTradePubdata: a follower replaying committed
// pubdata with a SpotTrade or CancelOrder whose bytes are anything (account
// ids above the tree, tokens above the balance tree, order slots with any
// flags, a generation counter at 2^32-1, fills of 2^128 and more, zero
// fills) refuses it with an error and never panics; a replay that goes
// through leaves the state as it found it once discarded.
func TestReview17ReplayHostileTradePubdata(t *testing.T) {
	r := runner(t, rollup.TestParams, `
		deposit A 100000 ETH
		deposit B 200000 DAI
		> block
		changepubkey A
		changepubkey B
		> block
		order M A sell 10000 ETH for 20000 DAI maxfee 10
		order T B sell 20000 DAI for 10000 ETH maxfee 30
		trade T M 8000 4000 fees 30 10
		cancel A 1 1
		> block`)
	last := r.Blocks[len(r.Blocks)-1]
	if len(last.Ops) != 2 || last.Ops[0].Type != rollup.OpSpotTrade {
		t.Fatalf("the last block is not a trade and a cancel")
	}
	m := follower(t, r)
	replayBlocks(t, m, r.Blocks[:len(r.Blocks)-1])
	good := last.Pubdata()
	ops := [][]byte{last.Ops[0].EncodePubdata(nil), last.Ops[1].EncodePubdata(nil)}
	rng := rand.New(rand.NewPCG(17, 2))
	accepted := 0
	try := func(what string, pubdata []byte) {
		r17NoPanic(t, what, pubdata, func() {
			if _, err := m.ReplayPubdataDeferred(last.Header, pubdata, nil); err != nil {
				return
			}
			accepted++
			if err := m.State().Discard(); err != nil {
				t.Fatal(err)
			}
		})
	}
	try("the block", good)
	if accepted != 1 {
		t.Fatal("the honest block does not replay")
	}
	// crafted fields of the trade: every byte of the 24 at extreme values
	for k := 1; k < len(ops[0]); k++ {
		for _, v := range []byte{0, 0x3f, 0x40, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
			p := append([]byte(nil), ops[0]...)
			p[k] = v
			try(fmt.Sprintf("trade byte %d = %#x", k, v), append(p, ops[1]...))
		}
	}
	for k := 1; k < len(ops[1]); k++ {
		for _, v := range []byte{0, 0x40, 0x80, 0xff} {
			p := append([]byte(nil), ops[1]...)
			p[k] = v
			try(fmt.Sprintf("cancel byte %d = %#x", k, v), append(append([]byte(nil), ops[0]...), p...))
		}
	}
	// fills at 2^128 and above, zero fills
	for _, fill := range []uint32{0, 34028236<<5 | 31, 34028237<<5 | 31, 1<<32 - 1} {
		p := append([]byte(nil), ops[0]...)
		binary.BigEndian.PutUint32(p[1+3+3+2+2+3:], fill)
		try(fmt.Sprintf("fill %#x", fill), p)
	}
	// random trades and cancels, alone and in pairs
	for range 20000 {
		var p []byte
		for range 1 + rng.IntN(2) {
			src := ops[rng.IntN(2)]
			q := append([]byte(nil), src...)
			for range 1 + rng.IntN(6) {
				q[1+rng.IntN(len(q)-1)] = byte(rng.Uint32())
			}
			p = append(p, q...)
		}
		try("random", p)
	}
	t.Logf("%d hostile pubdata replays went through (each a block the rules allow)", accepted-1)
	// after all that, the honest block still replays to its root
	if _, err := m.ReplayPubdata(last.Header, good, nil, last.NewRoot.Bytes()); err != nil {
		t.Fatalf("the honest block after the hostile ones: %v", err)
	}
}

// TestReview17FreshFlagAtTheLastGeneration: a slot at generation 2^32-1
// has no next generation; a replayed cancel or trade flagged as its first
// fill is refused (publishedGeneration wraps to 0), as natively.
func TestReview17FreshFlagAtTheLastGeneration(t *testing.T) {
	r := runner(t, rollup.TestParams, `
		deposit A 100000 ETH
		deposit B 200000 DAI
		> block
		changepubkey A
		changepubkey B
		> block`)
	id, _ := r.AccountID("A")
	if err := r.State.SetOrder(id, 2, state.OrderLeaf{Generation: ^uint32(0)}); err != nil {
		t.Fatal(err)
	}
	if err := r.State.Commit(nil); err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("cancel A 2 4294967295\n> block"); err != nil {
		t.Fatal(err)
	}
	b := r.Blocks[len(r.Blocks)-1]
	op := b.Ops[0]
	if op.OrderSlot != 2 {
		t.Fatalf("published slot %#x", op.OrderSlot)
	}
	if _, err := r.Try("cancel A 2 0"); err == nil {
		t.Fatal("generation 0 (the wrapped next) accepted natively")
	}
	// replayed on the state before the cancel with the fresh flag set
	r2 := runner(t, rollup.TestParams, `
		deposit A 100000 ETH
		deposit B 200000 DAI
		> block
		changepubkey A
		changepubkey B
		> block`)
	if err := r2.State.SetOrder(id, 2, state.OrderLeaf{Generation: ^uint32(0)}); err != nil {
		t.Fatal(err)
	}
	if err := r2.State.Commit(nil); err != nil {
		t.Fatal(err)
	}
	op.OrderSlot |= 1 << 15
	_, err := r2.Machine.ReplayPubdataDeferred(b.Header, op.EncodePubdata(nil), nil)
	if err == nil {
		t.Fatal("a fresh flag on generation 2^32-1 replays")
	}
	t.Logf("refused: %v", err)
}
