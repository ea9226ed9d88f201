package da

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// fuzzBlobs builds nblobs%(MaxBlobsPerTx+2) blobs holding raw at offset off:
// as stream payload (always canonical) when payload is set, else as raw blob
// bytes (so first bytes of elements may be non-zero).
func fuzzBlobs(nblobs uint8, off uint32, payload bool, raw []byte) []kzg4844.Blob {
	blobs := make([]kzg4844.Blob, int(nblobs)%(MaxBlobsPerTx+2))
	if payload {
		if len(blobs) == 0 {
			return blobs
		}
		size := len(blobs) * BytesPerBlob
		start := int(off % uint32(size))
		raw = raw[:min(len(raw), size-start)]
		w := streamWriter{blobs: blobs, off: start}
		w.write(raw)
		return blobs
	}
	size := len(blobs) * len(kzg4844.Blob{})
	for i, b := range raw {
		if size == 0 {
			break
		}
		p := (int(off%uint32(size)) + i) % size
		blobs[p/len(kzg4844.Blob{})][p%len(kzg4844.Blob{})] = b
	}
	return blobs
}

// fuzzLengths reads big-endian int32 lengths, four bytes each.
func fuzzLengths(b []byte) []int {
	lengths := make([]int, 0, len(b)/4)
	for ; len(b) >= 4; b = b[4:] {
		lengths = append(lengths, int(int32(binary.BigEndian.Uint32(b))))
	}
	return lengths
}

func lengthBytes(lengths ...int32) []byte {
	var out []byte
	for _, n := range lengths {
		out = binary.BigEndian.AppendUint32(out, uint32(n))
	}
	return out
}

// FuzzUnpack checks that Unpack never panics and that whatever it accepts
// Pack turns back into the same blobs.
func FuzzUnpack(f *testing.F) {
	f.Add(uint8(1), uint32(0), true, []byte("abc"), lengthBytes(3))
	f.Add(uint8(1), uint32(0), true, []byte("abc"), lengthBytes(1, 0, 2))
	f.Add(uint8(2), uint32(BytesPerBlob-2), true, []byte("spans"), lengthBytes(BytesPerBlob-2, 5))
	f.Add(uint8(1), uint32(40), false, []byte{0, 1, 2}, lengthBytes(70))
	f.Add(uint8(0), uint32(0), true, []byte{}, lengthBytes())
	f.Add(uint8(1), uint32(0), true, []byte{}, lengthBytes(-1))
	f.Fuzz(func(t *testing.T, nblobs uint8, off uint32, payload bool, raw, lens []byte) {
		blobs := fuzzBlobs(nblobs, off, payload, raw)
		lengths := fuzzLengths(lens)
		segs, err := Unpack(blobs, lengths)
		if err != nil {
			return
		}
		for i, s := range segs {
			if len(s) != lengths[i] {
				t.Fatalf("segment %d has %d bytes, want %d", i, len(s), lengths[i])
			}
		}
		again, err := Pack(segs)
		if err != nil {
			t.Fatalf("Pack refused what Unpack accepted: %v", err)
		}
		if len(again) != len(blobs) {
			t.Fatalf("re-packed into %d blobs, want %d", len(again), len(blobs))
		}
		for i := range blobs {
			if !bytes.Equal(again[i][:], blobs[i][:]) {
				t.Fatalf("re-packed blob %d differs", i)
			}
		}
	})
}
