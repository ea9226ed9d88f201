package blobcircuit

import (
	"crypto/sha256"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestPayloadEvalIsEvalBytesOfThePayload packs a random payload into a blob
// with package da and checks PayloadEval over the blob's elements against
// rollup.EvalBytes over the payload (the blob's trailing zeros add nothing).
func TestPayloadEvalIsEvalBytesOfThePayload(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	for _, size := range []int{0, 1, 30, 31, 32, 1000, da.BytesPerBlob} {
		payload := make([]byte, size)
		for i := range payload {
			payload[i] = byte(rng.UintN(256))
		}
		blobs, err := da.Pack([][]byte{payload})
		if err != nil {
			t.Fatal(err)
		}
		elements := make([]blsfr.Element, FieldElementsPerBlob)
		for i := range elements {
			if err := elements[i].SetBytesCanonical(blobs[0][32*i : 32*i+32]); err != nil {
				t.Fatal(err)
			}
		}
		r := randomScalar(rng)
		got, err := PayloadEval(elements, r)
		if err != nil {
			t.Fatal(err)
		}
		if want := rollup.EvalBytes(payload, r); got != want {
			t.Errorf("%d bytes: got %s, want %s", size, got.String(), want.String())
		}
	}
}

func TestPayloadEvalRefusesElementsFrom2To248(t *testing.T) {
	var big248 blsfr.Element
	big248.SetBigInt(new(big.Int).Lsh(big.NewInt(1), ElementBits))
	if _, err := PayloadEval([]blsfr.Element{blsfr.NewElement(1), big248}, fr.NewElement(2)); !errors.Is(err, ErrElementTooLarge) {
		t.Errorf("got %v, want ErrElementTooLarge", err)
	}
}

// TestPublicInputIsTheContractsHash recomputes the contract's
// uint256(sha256(abi.encodePacked(dataHash, z, y, r, eval))) & ((1<<253)-1)
// with big integers.
func TestPublicInputIsTheContractsHash(t *testing.T) {
	rng := rand.New(rand.NewPCG(33, 34))
	for range 8 {
		d, r, e := randomScalar(rng), randomScalar(rng), randomScalar(rng)
		z, y := randomPoint(rng), randomPoint(rng)
		var packed []byte
		for _, v := range []*big.Int{d.BigInt(new(big.Int)), bigOf(z), bigOf(y), r.BigInt(new(big.Int)), e.BigInt(new(big.Int))} {
			packed = append(packed, v.FillBytes(make([]byte, 32))...)
		}
		sum := sha256.Sum256(packed)
		want := new(big.Int).SetBytes(sum[:])
		want.And(want, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 253), big.NewInt(1)))
		got := PublicInput(d, z, y, r, e)
		if got.BigInt(new(big.Int)).Cmp(want) != 0 {
			t.Errorf("got %s, want %s", got.String(), want)
		}
	}
}

// TestElementsHashBindsTheCapacity: trailing zero elements change the hash.
func TestElementsHashBindsTheCapacity(t *testing.T) {
	x := []fr.Element{fr.NewElement(5)}
	a, b := ElementsHash(x), ElementsHash(append(x, fr.Element{}))
	if a == b {
		t.Error("one element and the same followed by a zero hash alike")
	}
}

// TestPairedRootsAreOpposite pins what EvalBlob's pairing relies on:
// in bit-reversed order ω_{2g+1} = -ω_{2g}.
func TestPairedRootsAreOpposite(t *testing.T) {
	w := roots()
	for g := 0; 2*g < len(w); g++ {
		var s blsfr.Element
		if s.Add(&w[2*g], &w[2*g+1]); !s.IsZero() {
			t.Fatalf("ω_%d + ω_%d = %s, want 0", 2*g, 2*g+1, s.String())
		}
	}
}
