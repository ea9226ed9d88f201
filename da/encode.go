package da

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
)

// The blob layout: a blob is FieldElementsPerBlob big-endian field elements
// of 32 bytes. Each element's first byte is 0 and its other 31 bytes carry
// stream data, so every element is below the BLS12-381 scalar modulus
// whatever the data.
const (
	FieldElementsPerBlob = params.BlobTxFieldElementsPerBlob // 4096
	BytesPerFieldElement = params.BlobTxBytesPerFieldElement // 32
	BytesPerElement      = BytesPerFieldElement - 1          // data bytes per element: 31
	BytesPerBlob         = FieldElementsPerBlob * BytesPerElement

	// MaxBlobsPerTx is the most blobs one transaction may carry since Osaka
	// (EIP-7594): go-ethereum v1.17.10's params.BlobTxMaxBlobs = 6, enforced
	// in core/state_transition.go when rules.IsOsaka.
	MaxBlobsPerTx = params.BlobTxMaxBlobs

	// MaxStreamBytes is the largest stream one transaction can carry.
	MaxStreamBytes = MaxBlobsPerTx * BytesPerBlob
)

// Sentinel errors; the returned errors wrap them with the details.
var (
	// ErrTooMuchData: the segments (or blobs) exceed what one transaction carries.
	ErrTooMuchData = errors.New("da: more data than one blob transaction carries")
	// ErrNonCanonical: a field element's first byte is not 0.
	ErrNonCanonical = errors.New("da: blob field element is not in the 31-byte packing")
	// ErrTrailingData: a byte after the last segment is not 0.
	ErrTrailingData = errors.New("da: non-zero data after the last segment")
	// ErrBadLength: a segment length is negative or runs past the stream.
	ErrBadLength = errors.New("da: bad segment length")
	// ErrBlobCount: the blobs are not the fewest that hold the segments.
	ErrBlobCount = errors.New("da: wrong number of blobs")
)

// BlobsFor is the number of blobs Pack uses for n stream bytes: the fewest
// that hold them, and at least one.
func BlobsFor(n int) int {
	if n <= 0 {
		return 1
	}
	return (n + BytesPerBlob - 1) / BytesPerBlob
}

// Pack lays the segments back to back from stream offset 0 into the fewest
// blobs that hold them (at least one); the rest of the stream is zero.
func Pack(segments [][]byte) ([]kzg4844.Blob, error) {
	total := 0
	for i, s := range segments {
		if len(s) > MaxStreamBytes-total {
			return nil, fmt.Errorf("%w: segments 0..%d need more than %d bytes, %d blobs of %d bytes each hold %d; split the blocks over more transactions",
				ErrTooMuchData, i, total+len(s)-1, MaxBlobsPerTx, BytesPerBlob, MaxStreamBytes)
		}
		total += len(s)
	}
	blobs := make([]kzg4844.Blob, BlobsFor(total))
	w := streamWriter{blobs: blobs}
	for _, s := range segments {
		w.write(s)
	}
	return blobs, nil
}

// streamWriter writes stream bytes into the data bytes of blobs that have room.
type streamWriter struct {
	blobs []kzg4844.Blob
	off   int // stream offset of the next byte
}

func (w *streamWriter) write(p []byte) {
	for len(p) > 0 {
		blob, elem, pos := w.off/BytesPerBlob, (w.off%BytesPerBlob)/BytesPerElement, w.off%BytesPerElement
		start := elem*BytesPerFieldElement + 1 + pos
		n := copy(w.blobs[blob][start:elem*BytesPerFieldElement+BytesPerFieldElement], p)
		p = p[n:]
		w.off += n
	}
}

// Stream returns the blobs' payload: each element's 31 data bytes, blob 0's
// first. It refuses an element whose first byte is not 0.
func Stream(blobs []kzg4844.Blob) ([]byte, error) {
	out := make([]byte, 0, len(blobs)*BytesPerBlob)
	for b := range blobs {
		for e := range FieldElementsPerBlob {
			fe := blobs[b][e*BytesPerFieldElement : (e+1)*BytesPerFieldElement]
			if fe[0] != 0 {
				return nil, fmt.Errorf("%w: blob %d element %d starts with byte %#02x, want 0 (the blob was not built by Pack)",
					ErrNonCanonical, b, e, fe[0])
			}
			out = append(out, fe[1:]...)
		}
	}
	return out, nil
}

// Unpack splits the blobs' stream into segments of the given lengths, laid
// back to back from offset 0. It requires what Pack produces: the fewest
// blobs that hold the segments (at least one) and only zero bytes after the
// last segment. The segments are copies.
func Unpack(blobs []kzg4844.Blob, lengths []int) ([][]byte, error) {
	if len(blobs) > MaxBlobsPerTx {
		return nil, fmt.Errorf("%w: %d blobs, at most %d per transaction", ErrTooMuchData, len(blobs), MaxBlobsPerTx)
	}
	stream, err := Stream(blobs)
	if err != nil {
		return nil, err
	}
	segments := make([][]byte, len(lengths))
	off := 0
	for i, n := range lengths {
		if n < 0 {
			return nil, fmt.Errorf("%w: segment %d has length %d", ErrBadLength, i, n)
		}
		if n > len(stream)-off {
			return nil, fmt.Errorf("%w: segment %d (%d bytes at offset %d) ends past the %d-byte stream of %d blobs",
				ErrBadLength, i, n, off, len(stream), len(blobs))
		}
		segments[i] = append([]byte(nil), stream[off:off+n]...)
		off += n
	}
	if want := BlobsFor(off); len(blobs) != want {
		return nil, fmt.Errorf("%w: %d blobs carry %d bytes of segments, which Pack puts in %d; check the segment lengths", ErrBlobCount, len(blobs), off, want)
	}
	for i := off; i < len(stream); i++ {
		if stream[i] != 0 {
			return nil, fmt.Errorf("%w: stream byte %d (blob %d element %d) is %#02x, after segments ending at offset %d",
				ErrTrailingData, i, i/BytesPerBlob, (i%BytesPerBlob)/BytesPerElement, stream[i], off)
		}
	}
	return segments, nil
}
