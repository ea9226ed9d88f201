package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// Review 19: blob-mode binding of the block circuit against the native
// encoding (question 2). The tests assert refusals: they fail when an
// attack goes through.

// TestReview19TradeBetweenL1Ops: a SpotTrade (24 bytes in its first slot,
// nothing in its maker slot) between operations the contract reads shifts
// the compact offsets but not the L1 ones. The circuit's binding must be
// the native one, and the commitments an operator would like instead —
// the L1 pubdata with the trade's bytes in it, the padded pubdata (the
// maker slot's zeros in the blob), a length that counts the maker slot —
// are refused.
func TestReview19TradeBetweenL1Ops(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, `
		deposit A 100000 ETH
		deposit B 200000 DAI
		> block
		changepubkey A
		changepubkey B
		> block
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH
		withdraw A 7 ETH fee 1
		match T M
		fullexit B ETH
		> block
		order M2 A sell 1000 ETH for 2000 DAI slot 1
		order T2 B sell 2000 DAI for 1000 ETH slot 1
		match T2 M2
		deposit C 5 ETH
		withdraw A 3 ETH fee 1
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	as, blocks, points := replayBlob(t, r)
	tested := 0
	for i, a := range as {
		b, x := blocks[i], points[i]
		hasTrade := false
		for _, op := range b.Ops {
			hasTrade = hasTrade || op.Type == rollup.OpSpotTrade
		}
		if !hasTrade {
			continue
		}
		if len(b.L1Pubdata()) == 0 {
			t.Fatalf("block %d: no L1 op", i+1)
		}
		tested++
		mustSolve(t, "the native trade block", NewBlockCircuit(blobShape), a)
		bind := b.BlobBinding(x)
		for name, v := range map[string]rollup.BlobBinding{
			"L1 eval over all the compact pubdata": {Length: bind.Length, DataHash: bind.DataHash, Point: x, Eval: bind.Eval,
				L1Eval: rollup.EvalBytes(b.Pubdata(), x)},
			"eval over the padded pubdata": {Length: uint32(len(b.PaddedPubdata())), DataHash: bind.DataHash, Point: x,
				Eval: rollup.EvalBytes(b.PaddedPubdata(), x), L1Eval: bind.L1Eval},
			"length counting the maker slot": {Length: bind.Length + rollup.SlotBytes, DataHash: bind.DataHash, Point: x,
				Eval: bind.Eval, L1Eval: bind.L1Eval},
			"eval with the maker slot as 53 zero bytes": {Length: bind.Length + rollup.SlotBytes, DataHash: bind.DataHash,
				Point: x, Eval: evalWithGap(b, x), L1Eval: bind.L1Eval},
		} {
			c := rollup.BlobCommitment(b.OldRoot, b.NewRoot, b.Header, v)
			w := *a
			w.Commitment = new(big.Int).SetBytes(c[:])
			mustFail(t, name, NewBlockCircuit(blobShape), &w)
		}
	}
	if tested != 2 {
		t.Fatalf("%d trade blocks tested, want 2", tested)
	}
}

// evalWithGap is the compact pubdata with SlotBytes zeros after each
// trade's 24 bytes (what a blob would carry if the maker slot were laid
// out), evaluated at x.
func evalWithGap(b *rollup.Block, x fr.Element) fr.Element {
	var out []byte
	for i := range b.Ops {
		out = b.Ops[i].EncodePubdata(out)
		if b.Ops[i].Type == rollup.OpSpotTrade {
			out = append(out, make([]byte, rollup.SlotBytes)...)
		}
	}
	return rollup.EvalBytes(out, x)
}

// TestReview19DataHashIsOverPaddedSlots: the data hash binds the padded
// slots (two elements each); a data hash over the compact pubdata cut
// into elements, or over the padded pubdata of a larger shape, is refused.
func TestReview19DataHashIsOverPaddedSlots(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 1000 ETH\nchangepubkey A\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	as, blocks, points := replayBlob(t, r)
	b, x, a := blocks[0], points[0], as[0]
	mustSolve(t, "native", NewBlockCircuit(blobShape), a)
	bind := b.BlobBinding(x)
	compact := b.Pubdata()
	compact = append(compact, make([]byte, (rollup.SlotBytes-len(compact)%rollup.SlotBytes)%rollup.SlotBytes)...)
	bigger := append(b.PaddedPubdata(), make([]byte, rollup.SlotBytes)...)
	for name, h := range map[string]fr.Element{
		"hash of the compact pubdata": rollup.DataHash(compact),
		"hash of one more empty slot": rollup.DataHash(bigger),
	} {
		if h == bind.DataHash {
			continue // the same bytes (no gap): nothing to test
		}
		v := bind
		v.DataHash = h
		c := rollup.BlobCommitment(b.OldRoot, b.NewRoot, b.Header, v)
		w := *a
		w.Commitment = new(big.Int).SetBytes(c[:])
		mustFail(t, name, NewBlockCircuit(blobShape), &w)
	}
}
