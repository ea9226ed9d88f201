package rollup

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

func TestPaddedPubdataMatchesPadPubdata(t *testing.T) {
	b := &Block{Slots: 8, Ops: sampleOps()}
	padded, err := PadPubdata(b.Pubdata(), b.Slots)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(padded, b.PaddedPubdata()) {
		t.Fatal("PadPubdata(Pubdata()) differs from PaddedPubdata()")
	}
	if len(padded) != 8*SlotBytes {
		t.Fatalf("padded length %d, want %d", len(padded), 8*SlotBytes)
	}
	if _, err := PadPubdata(b.Pubdata(), 5); err == nil {
		t.Fatal("6 ops padded into 5 slots")
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
