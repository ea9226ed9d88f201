package circuit

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/rollup"
)

// blobData builds a blob-mode block's binding (rollup.BlobBinding) from
// the slots' padded pubdata bits, slot by slot: the Poseidon2 data hash,
// and the compact pubdata and L1 pubdata evaluated at the point r.
//
// A slot's padded pubdata is its operation's compact pubdata followed by
// zeros, so its contribution at byte offset o is r^o·Σ_j b_j·r^j over all
// SlotBytes bytes (the zeros add nothing), and the next slot starts at
// o + size, size being the operation's pubdata length (0 for an empty slot
// and a trade's second slot, which publish nothing). Per slot: one
// product per pubdata byte, a few for the offset, two Poseidon2
// compressions — against ≈ 22k constraints for hashing the same 53 bytes
// with SHA-256.
type blobData struct {
	api          frontend.API
	pw           []frontend.Variable // r^0 … r^SlotBytes
	elems        []frontend.Variable // DataElements, two a slot
	eval, l1Eval frontend.Variable
	at, l1At     frontend.Variable // r^offset of the next slot's first byte, in each string
	length       frontend.Variable // the compact pubdata's length in bytes
}

func newBlobData(api frontend.API, r frontend.Variable) *blobData {
	pw := make([]frontend.Variable, rollup.SlotBytes+1)
	pw[0] = 1
	for j := 1; j < len(pw); j++ {
		pw[j] = api.Mul(pw[j-1], r)
	}
	return &blobData{api: api, pw: pw, eval: 0, l1Eval: 0, at: 1, l1At: 1, length: 0}
}

// add takes one slot's padded pubdata bits (most significant first) and
// its type flags.
func (d *blobData) add(bits []frontend.Variable, f opFlags) error {
	api := d.api
	if len(bits) != rollup.SlotBytes*8 {
		return fmt.Errorf("blob data: a slot of %d pubdata bits, want %d", len(bits), rollup.SlotBytes*8)
	}
	d.elems = append(d.elems, fromBitsBE(api, bits[:31*8]), fromBitsBE(api, bits[31*8:]))

	var local frontend.Variable = 0 // Σ_j b_j·r^j
	for j := range rollup.SlotBytes {
		local = api.Add(local, api.Mul(fromBitsBE(api, bits[8*j:8*j+8]), d.pw[j]))
	}
	// r^size and whether the contract reads the operation, from the type
	// flags (exactly one is set)
	var step, readByL1 frontend.Variable = 0, 0
	for _, t := range gadgets {
		size, l1 := 0, false
		if s, err := rollup.Spec(t); err == nil && t != rollup.OpNoop {
			size, l1 = s.PubdataSize(), s.ReadByL1
		}
		if size > rollup.SlotBytes {
			return fmt.Errorf("blob data: %s pubdata of %d bytes is over a slot", t, size)
		}
		step = api.Add(step, api.Mul(f.is[t], d.pw[size]))
		d.length = api.Add(d.length, api.Mul(f.is[t], size)) // a constant multiple: free
		if l1 {
			readByL1 = api.Add(readByL1, f.is[t])
		}
	}
	term := api.Mul(local, d.at)
	d.eval = api.Add(d.eval, term)
	d.at = api.Mul(d.at, step)

	l1Term := api.Mul(local, d.l1At)
	d.l1Eval = api.Add(d.l1Eval, api.Mul(readByL1, l1Term))
	// l1At·(readByL1 ? step : 1)
	d.l1At = api.Add(d.l1At, api.Mul(readByL1, api.Sub(api.Mul(d.l1At, step), d.l1At)))
	return nil
}

// BlobBinding is rollup.BlobBinding in the circuit.
type BlobBinding struct {
	Length, DataHash, Point, Eval, L1Eval frontend.Variable
}

// binding is the block's binding at the point r.
func (d *blobData) binding(h *Hasher, r frontend.Variable) BlobBinding {
	return BlobBinding{Length: d.length, DataHash: h.HashTagged(crypto.DomainBlockData, d.elems...), Point: r, Eval: d.eval, L1Eval: d.l1Eval}
}

// BlobCommitment is rollup.BlobCommitment: sha256 over the header, the
// data's length (4 bytes), its hash, r and the two evaluations (each as 32
// canonical big-endian bytes), with the top three bits cleared.
func BlobCommitment(api frontend.API, h BlockHeader, b BlobBinding) (frontend.Variable, error) {
	w := HeaderBits(api, h).Field(b.Length, 32)
	for _, v := range []frontend.Variable{b.DataHash, b.Point, b.Eval, b.L1Eval} {
		w.BitsBE([]frontend.Variable{0, 0}).Field(v, 254)
	}
	digest, err := sha256Bits(api, w.Bits())
	if err != nil {
		return nil, err
	}
	return fromBitsBE(api, digest[3:]), nil
}
