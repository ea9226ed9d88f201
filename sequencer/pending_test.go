package sequencer

import (
	"bytes"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// FuzzDecodePending: the pending-block decoder never panics, and whatever
// it accepts encodes back to the same bytes.
func FuzzDecodePending(f *testing.F) {
	id := uint64(7)
	ob := &openBlock{header: rollup.BlockHeader{Number: 3, Timestamp: 9, FeeAccount: 1}, openedAt: 42,
		ops: []pendingOp{{hash: [32]byte{1}, raw: []byte{2, 3}}, {hash: [32]byte{4}, priority: &id, raw: []byte{1}}, {hash: [32]byte{5}, fill: &store.FillPos{Seq: 3, Sub: 4}, raw: []byte{9}}}}
	f.Add(ob.encode())
	f.Add([]byte{})
	f.Add(make([]byte, 32))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeOpen(b)
		if err != nil {
			return
		}
		if again := got.encode(); !bytes.Equal(again, b) {
			t.Fatalf("decode/encode changed the bytes:\n%x\n%x", b, again)
		}
	})
}
