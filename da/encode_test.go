package da

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

func TestPackLayoutPutsStreamByteInElementDataBytes(t *testing.T) {
	stream := make([]byte, BytesPerBlob+40)
	for i := range stream {
		stream[i] = byte(i%251) + 1
	}
	blobs := mustPack(t, [][]byte{stream[:10], stream[10:]})
	for _, c := range []struct{ off, blob, index int }{
		{0, 0, 1},
		{30, 0, 31},
		{31, 0, 33},
		{BytesPerBlob - 1, 0, len(kzg4844.Blob{}) - 1},
		{BytesPerBlob, 1, 1},
		{BytesPerBlob + 39, 1, 32 + 9},
	} {
		if got, want := blobs[c.blob][c.index], stream[c.off]; got != want {
			t.Errorf("stream byte %d: blob %d byte %d is %d, want %d", c.off, c.blob, c.index, got, want)
		}
	}
	for b := range blobs {
		for e := range FieldElementsPerBlob {
			if blobs[b][e*BytesPerFieldElement] != 0 {
				t.Fatalf("blob %d element %d: first byte %d, want 0", b, e, blobs[b][e*BytesPerFieldElement])
			}
		}
	}
}

func TestPackUnpackRoundTrips(t *testing.T) {
	for _, c := range []struct {
		name      string
		sizes     []int
		wantBlobs int
	}{
		{"no segments", nil, 1},
		{"empty segments", []int{0, 0, 0}, 1},
		{"small segments", []int{1, 30, 31, 32, 0, 100}, 1},
		{"exactly one full blob", []int{BytesPerBlob}, 1},
		{"full blob from two segments", []int{1000, BytesPerBlob - 1000}, 1},
		{"one byte over a blob", []int{BytesPerBlob, 1}, 2},
		{"segment spans two blobs", []int{BytesPerBlob - 7, 20, 5}, 2},
		{"all blobs full", []int{MaxStreamBytes - 1, 1}, MaxBlobsPerTx},
	} {
		t.Run(c.name, func(t *testing.T) {
			segs := make([][]byte, len(c.sizes))
			for i, n := range c.sizes {
				segs[i] = randomSegments(1, n, uint64(i))[0]
			}
			blobs := mustPack(t, segs)
			if len(blobs) != c.wantBlobs {
				t.Fatalf("got %d blobs, want %d", len(blobs), c.wantBlobs)
			}
			got, err := Unpack(blobs, c.sizes)
			if err != nil {
				t.Fatal(err)
			}
			for i := range segs {
				if !bytes.Equal(got[i], segs[i]) {
					t.Fatalf("segment %d differs after the round trip", i)
				}
			}
			stream, err := Stream(blobs)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(stream), c.wantBlobs*BytesPerBlob; got != want {
				t.Fatalf("stream length %d, want %d", got, want)
			}
			if want := bytes.Join(segs, nil); !bytes.Equal(stream[:len(want)], want) {
				t.Fatal("stream does not start with the concatenated segments")
			}
		})
	}
}

func TestPackRefusesMoreThanMaxBlobsOfData(t *testing.T) {
	_, err := Pack([][]byte{make([]byte, MaxStreamBytes), {1}})
	if !errors.Is(err, ErrTooMuchData) {
		t.Fatalf("got %v, want %v", err, ErrTooMuchData)
	}
	if !strings.Contains(err.Error(), "segments 0..1") {
		t.Errorf("error %q does not name the segments", err)
	}
}

func TestStreamRefusesElementWithNonZeroFirstByte(t *testing.T) {
	blobs := mustPack(t, [][]byte{make([]byte, BytesPerBlob+1)})
	blobs[1][17*BytesPerFieldElement] = 0x01
	_, err := Stream(blobs)
	if !errors.Is(err, ErrNonCanonical) {
		t.Fatalf("got %v, want %v", err, ErrNonCanonical)
	}
	if !strings.Contains(err.Error(), "blob 1 element 17 ") {
		t.Errorf("error %q does not say which blob and element", err)
	}
	if _, err := Unpack(blobs, []int{1}); !errors.Is(err, ErrNonCanonical) {
		t.Errorf("Unpack: got %v, want %v", err, ErrNonCanonical)
	}
}

func TestUnpackRefuses(t *testing.T) {
	one := mustPack(t, [][]byte{{1, 2, 3}})
	two := mustPack(t, [][]byte{make([]byte, BytesPerBlob+1)})
	dirty := mustPack(t, [][]byte{{1, 2, 3}})
	dirty[0][5*BytesPerFieldElement+3] = 9 // stream offset 5*31+2 = 157
	for _, c := range []struct {
		name    string
		blobs   []kzg4844.Blob
		lengths []int
		want    error
		msg     string
	}{
		{"negative length", one, []int{3, -1}, ErrBadLength, "segment 1 has length -1"},
		{"length past the stream", one, []int{BytesPerBlob + 1}, ErrBadLength, "segment 0"},
		{"lengths summing past the stream", one, []int{BytesPerBlob, 1}, ErrBadLength, "segment 1 (1 bytes at offset 126976)"},
		{"data after the last segment", one, []int{2}, ErrTrailingData, "stream byte 2"},
		{"data far after the last segment", dirty, []int{3}, ErrTrailingData, "stream byte 157 (blob 0 element 5)"},
		{"no blobs", nil, nil, ErrBlobCount, "0 blobs"},
		{"more blobs than the segments need", two, []int{1}, ErrBlobCount, "2 blobs carry 1 bytes"},
		{"more blobs than a transaction carries", make([]kzg4844.Blob, MaxBlobsPerTx+1), nil, ErrTooMuchData, "7 blobs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Unpack(c.blobs, c.lengths)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Errorf("error %q does not contain %q", err, c.msg)
			}
		})
	}
}

func TestUnpackReturnsCopies(t *testing.T) {
	blobs := mustPack(t, [][]byte{{1, 2, 3}})
	segs, err := Unpack(blobs, []int{3})
	if err != nil {
		t.Fatal(err)
	}
	segs[0][0] = 7
	if blobs[0][1] != 1 {
		t.Fatal("changing a segment changed the blob")
	}
}
