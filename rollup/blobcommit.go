package rollup

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
)

// Blob mode (issue 19): the block's data goes to L1 in EIP-4844 blobs,
// which the contract cannot read, instead of calldata, which it hashes.
// The block circuit then no longer hashes the pubdata with SHA-256; its
// public input binds three things instead:
//
//   - DataHash, a Poseidon2 hash of the padded pubdata, which fixes the
//     block's data before any challenge is drawn;
//   - Eval = Σ p_k·r^k over the compact pubdata bytes p (Block.Pubdata,
//     what the blob carries), at a point r the contract derives from the
//     blobs' versioned hashes, the blob circuit's hash of the blob
//     elements, every block's DataHash and the L1 calldata (so after all
//     of them are fixed); the blob circuit shows the blob's bytes give the
//     same value at r, and two different byte strings agree at a random
//     point with probability at most len/2^253;
//   - L1Eval = Σ q_k·r^k over L1Pubdata q, the operations the contract
//     must read (priority operations, withdrawals, ChangePubKey's L1
//     authorisation), which the operator sends again as calldata and the
//     contract evaluates at r itself.
//
// docs/ARCHITECTURE.md ("Blob data") has the whole argument.

// DataElements cuts padded pubdata (whole slots) into the field elements
// DataHash chains: each slot's SlotBytes as a 31-byte and a 22-byte
// big-endian integer.
func DataElements(padded []byte) []fr.Element {
	out := make([]fr.Element, 0, 2*len(padded)/SlotBytes)
	for s := 0; s+SlotBytes <= len(padded); s += SlotBytes {
		var a, b fr.Element
		a.SetBytes(padded[s : s+31])
		b.SetBytes(padded[s+31 : s+SlotBytes])
		out = append(out, a, b)
	}
	return out
}

// DataHash is the Poseidon2 hash of a block's padded pubdata:
// HashTagged(DomainBlockData, DataElements(padded)...).
func DataHash(padded []byte) fr.Element {
	return crypto.HashTagged(crypto.DomainBlockData, DataElements(padded)...)
}

// EvalBytes is Σ data[k]·r^k in BN254's scalar field.
func EvalBytes(data []byte, r fr.Element) fr.Element {
	var acc, b fr.Element
	for k := len(data) - 1; k >= 0; k-- {
		acc.Mul(&acc, &r)
		b.SetUint64(uint64(data[k]))
		acc.Add(&acc, &b)
	}
	return acc
}

// L1Pubdata is the compact pubdata of the block's operations the contract
// reads (OpSpec.ReadByL1), back to back in block order.
func (b *Block) L1Pubdata() []byte {
	var out []byte
	for i := range b.Ops {
		if s, err := spec(b.Ops[i].Type); err == nil && s.ReadByL1 {
			out = b.Ops[i].EncodePubdata(out)
		}
	}
	return out
}

// BlobBinding is what a blob-mode block commitment binds besides the header.
type BlobBinding struct {
	Length   uint32     // len(Pubdata): where the next block's data starts in the blobs
	DataHash fr.Element // DataHash(PaddedPubdata)
	Point    fr.Element // r: the challenge the contract derives
	Eval     fr.Element // EvalBytes(Pubdata, r)
	L1Eval   fr.Element // EvalBytes(L1Pubdata, r)
}

// BlobBinding computes the block's binding at the challenge r.
func (b *Block) BlobBinding(r fr.Element) BlobBinding {
	data := b.Pubdata()
	return BlobBinding{
		Length: uint32(len(data)), DataHash: DataHash(b.PaddedPubdata()), Point: r,
		Eval: EvalBytes(data, r), L1Eval: EvalBytes(b.L1Pubdata(), r),
	}
}

// BlobCommitment is a blob-mode block's public input, computed identically
// by the block circuit and the L1 contract:
//
//	sha256(oldRoot 32 | newRoot 32 | number 8 | timestamp 8 | feeAccount 4 |
//	       length 4 | dataHash 32 | r 32 | eval 32 | l1Eval 32)
//
// with the top three bits cleared (as Commitment).
func BlobCommitment(oldRoot, newRoot fr.Element, h BlockHeader, bind BlobBinding) [32]byte {
	hs := sha256.New()
	for _, e := range []fr.Element{oldRoot, newRoot} {
		b := e.Bytes()
		hs.Write(b[:])
	}
	var hdr [24]byte
	binary.BigEndian.PutUint64(hdr[0:], h.Number)
	binary.BigEndian.PutUint64(hdr[8:], h.Timestamp)
	binary.BigEndian.PutUint32(hdr[16:], h.FeeAccount)
	binary.BigEndian.PutUint32(hdr[20:], bind.Length)
	hs.Write(hdr[:])
	for _, e := range []fr.Element{bind.DataHash, bind.Point, bind.Eval, bind.L1Eval} {
		b := e.Bytes()
		hs.Write(b[:])
	}
	var c [32]byte
	hs.Sum(c[:0])
	c[0] &= 0x1f
	return c
}

// BlobCommitmentElement is the block's blob-mode commitment at r as the
// field element its proof binds.
func (b *Block) BlobCommitmentElement(r fr.Element) fr.Element {
	c := BlobCommitment(b.OldRoot, b.NewRoot, b.Header, b.BlobBinding(r))
	var e fr.Element
	e.SetBytes(c[:])
	return e
}
