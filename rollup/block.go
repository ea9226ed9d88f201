package rollup

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/num"
)

// BlockHeader is what the operator fixes when it opens a block.
type BlockHeader struct {
	Number     uint64
	Timestamp  uint64 // unix seconds
	FeeAccount uint32 // receives the block's fees; must exist when the block opens
}

// FeeCredit is the total fee a block collected in one token.
type FeeCredit struct {
	Token  uint16
	Amount num.U128
}

// Block is a sealed block.
type Block struct {
	Header BlockHeader
	Slots  int // operation slots of the block circuit; SlotsUsed(Ops) <= Slots
	// SlotGroup is the params' (Params.SlotGroup) when the block was
	// sealed: where its operations sit in its slots (Placement).
	SlotGroup int
	OldRoot   fr.Element
	NewRoot   fr.Element
	Ops       []ExecutedOp
	Fees      []FeeCredit // in order of first use; credited to FeeAccount after the last op
}

// Pubdata is the compact pubdata published on L1: the operations' pubdata
// back to back (unused slots publish nothing).
func (b *Block) Pubdata() []byte {
	var out []byte
	for i := range b.Ops {
		out = b.Ops[i].EncodePubdata(out)
	}
	return out
}

// PaddedPubdata is the pubdata the commitment hashes (see PadPubdata): each
// operation's pubdata at its slot (Placement), zeros elsewhere.
func (b *Block) PaddedPubdata() []byte {
	out := make([]byte, b.Slots*SlotBytes)
	at, _ := Placement(b.SlotGroup, b.Ops)
	for i := range b.Ops {
		b.Ops[i].EncodePubdata(out[at[i]*SlotBytes : at[i]*SlotBytes])
	}
	return out
}

// Commitment is the block's public input, computed identically by the
// circuit and the L1 contract:
//
//	sha256(oldRoot 32 | newRoot 32 | number 8 | timestamp 8 | feeAccount 4 | padded pubdata)
//
// with the top three bits cleared so that it is below the BN254 scalar modulus.
func (b *Block) Commitment() [32]byte {
	return Commitment(b.OldRoot, b.NewRoot, b.Header, b.PaddedPubdata())
}

// CommitmentElement is the commitment as the field element the proof binds.
func (b *Block) CommitmentElement() fr.Element {
	c := b.Commitment()
	var e fr.Element
	e.SetBytes(c[:])
	return e
}

// Commitment computes a block commitment from its parts.
func Commitment(oldRoot, newRoot fr.Element, h BlockHeader, padded []byte) [32]byte {
	hs := sha256.New()
	o, n := oldRoot.Bytes(), newRoot.Bytes()
	hs.Write(o[:])
	hs.Write(n[:])
	var hdr [20]byte
	binary.BigEndian.PutUint64(hdr[0:], h.Number)
	binary.BigEndian.PutUint64(hdr[8:], h.Timestamp)
	binary.BigEndian.PutUint32(hdr[16:], h.FeeAccount)
	hs.Write(hdr[:])
	hs.Write(padded)
	var c [32]byte
	hs.Sum(c[:0])
	c[0] &= 0x1f
	return c
}
