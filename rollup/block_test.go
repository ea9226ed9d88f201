package rollup

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

func TestPaddedPubdataMatchesPadPubdata(t *testing.T) {
	ops := sampleOps() // a SpotTrade among them: it takes two slots, the second zeros
	used := SlotsUsed(ops)
	if used != len(ops)+1 {
		t.Fatalf("%d ops take %d slots, want %d", len(ops), used, len(ops)+1)
	}
	b := &Block{Slots: 10, Ops: ops}
	padded, err := PadPubdata(b.Pubdata(), b.Slots)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(padded, b.PaddedPubdata()) {
		t.Fatal("PadPubdata(Pubdata()) differs from PaddedPubdata()")
	}
	if len(padded) != 10*SlotBytes {
		t.Fatalf("padded length %d, want %d", len(padded), 10*SlotBytes)
	}
	for i, op := range ops {
		if op.Type == OpSpotTrade {
			second := padded[(i+1)*SlotBytes : (i+2)*SlotBytes]
			if !bytes.Equal(second, make([]byte, SlotBytes)) {
				t.Fatalf("a trade's second slot is %x, want zeros", second)
			}
		}
	}
	if _, err := PadPubdata(b.Pubdata(), used-1); err == nil {
		t.Fatalf("ops taking %d slots padded into %d", used, used-1)
	}
}

// TestCommitmentGolden pins the commitment of a fixed block: the circuit and
// the L1 contract must reproduce this exact value.
func TestCommitmentGolden(t *testing.T) {
	var oldRoot, newRoot fr.Element
	oldRoot.SetUint64(1)
	newRoot.SetUint64(2)
	b := &Block{Header: BlockHeader{Number: 3, Timestamp: 1_700_000_000, FeeAccount: 0}, Slots: 4, OldRoot: oldRoot, NewRoot: newRoot, Ops: sampleOps()[:2]}
	c := b.Commitment()
	const golden = "035657360b18f9b1e44a9e8d6e32438877cfc2ece613da0ce4a94c0176574562"
	if got := hex.EncodeToString(c[:]); got != golden {
		t.Fatalf("commitment %s, want %s", got, golden)
	}
	if c[0]&0xe0 != 0 {
		t.Fatal("top three bits of the commitment are not cleared")
	}
	e := b.CommitmentElement()
	if eb := e.Bytes(); !bytes.Equal(eb[:], c[:]) {
		t.Fatal("commitment does not fit the field unchanged")
	}
}
