package da

import (
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// randomSegments returns n segments of the given size, deterministic in seed.
func randomSegments(n, size int, seed uint64) [][]byte {
	r := rand.New(rand.NewPCG(seed, 0))
	segs := make([][]byte, n)
	for i := range segs {
		segs[i] = make([]byte, size)
		for j := range segs[i] {
			segs[i][j] = byte(r.Uint32())
		}
	}
	return segs
}

func mustPack(t testing.TB, segs [][]byte) []kzg4844.Blob {
	t.Helper()
	blobs, err := Pack(segs)
	if err != nil {
		t.Fatal(err)
	}
	return blobs
}

// testPoint is a canonical evaluation point (first byte 0, so below the
// BLS12-381 modulus) derived from i.
func testPoint(i uint64) [32]byte {
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], i)
	z := sha256.Sum256(buf[:])
	z[0] = 0
	return z
}
