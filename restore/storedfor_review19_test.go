package restore

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestStoredForTakesTheCommitsDataHash (review of typed slots, issue 19):
// a blob-mode block's stored hash is computed with the data hash its
// commit names, not one recomputed from the native layout: had a layout
// other than rollup.Placement's ever been provable (it was, before the
// circuit held operations to it), a recomputation would stop every
// restore and exodus at that block though its data and root are L1's.
func TestStoredForTakesTheCommitsDataHash(t *testing.T) {
	p := rollup.TestParams
	p.BlobCapacity, p.SlotGroup, p.BlockSlots = 64, 4, 8
	r, err := scenario.Run(p, `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		> block
		transfer A B 6 fee 1
		transfer A B 2 fee 1
		transfer A B 3 fee 1
		withdraw A 10 ETH fee 1
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := r.Blocks[len(r.Blocks)-1]
	var x fr.Element
	x.SetUint64(12345)
	other := *b
	other.SlotGroup = 5 // the same operations at [0 1 2 5]: another padded pubdata
	bind := other.BlobBinding(x)
	if bind.DataHash == b.BlobBinding(x).DataHash {
		t.Fatal("the two layouts have one data hash: nothing to test")
	}
	onL1 := l1.StoredBlobWith(&other, bind)
	got, err := storedFor(b, Committed{Number: b.Header.Number, DataPoint: &x, Slots: uint16(b.Slots), L1Pubdata: b.L1Pubdata(), DataHash: bind.DataHash})
	if err != nil {
		t.Fatal(err)
	}
	if l1.HashStored(got) != l1.HashStored(onL1) {
		t.Fatal("the restored block's stored hash is not the one L1 holds for the commit's data hash")
	}
	// and with the native data hash, the native stored block
	native := b.BlobBinding(x)
	got, err = storedFor(b, Committed{Number: b.Header.Number, DataPoint: &x, Slots: uint16(b.Slots), L1Pubdata: b.L1Pubdata(), DataHash: native.DataHash})
	if err != nil {
		t.Fatal(err)
	}
	if l1.HashStored(got) != l1.HashStored(l1.StoredBlob(b, x)) {
		t.Fatal("with the native data hash the stored hash is not l1.StoredBlob's")
	}
}
