package l1

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/rollup"
)

type (
	// BlobBlock is a block as commitBlobBlocks takes it.
	BlobBlock = rollupcontract.RollupBlobBlock
	// BlobData is one blob as commitBlobBlocks takes it.
	BlobData = rollupcontract.RollupBlobData
)

// ErrBlobCapacity means the blocks' data reaches past what the blob
// circuit reads of a blob (its capacity, in field elements).
var ErrBlobCapacity = errors.New("block data beyond the blob circuit's capacity")

// BlobCommit is everything a blob-mode commit of some blocks needs but the
// proofs: the contract's arguments, the blobs and their sidecar, the
// challenge's points, and each blob's elements for the blob circuit.
type BlobCommit struct {
	Blocks   []BlobBlock
	Blobs    []BlobData // Kzg filled; the proofs go beside them
	Raw      []kzg4844.Blob
	Sidecar  *types.BlobTxSidecar
	Point    fr.Element     // r: where block data and blob payloads are evaluated
	Z, Y     [][32]byte     // each blob's opening point and value (BLS12-381)
	Elements [][]fr.Element // each blob's first Capacity elements
	Capacity int

	blocks []*rollup.Block
	data   []da.BlockData
}

// BuildBlobCommit lays blocks' compact pubdata into blobs and computes
// what commitBlobBlocks checks: versioned hashes, the elements' hashes,
// the challenge, every block's binding at r, every blob's KZG opening at
// its z and its payload's value at r. capacity is the blob circuit's.
func BuildBlobCommit(blocks []*rollup.Block, capacity int) (*BlobCommit, error) {
	return BuildBlobCommitIn(blocks, capacity, 0)
}

// BuildBlobCommitIn is BuildBlobCommit with at least minBlobs blobs (the
// ones past the data all zeros): for measuring what a commit of more
// blobs costs.
func BuildBlobCommitIn(blocks []*rollup.Block, capacity, minBlobs int) (*BlobCommit, error) {
	if len(blocks) == 0 {
		return nil, errors.New("l1: a blob commit of no blocks")
	}
	raw, data, err := packBlocks(blocks)
	if err != nil {
		return nil, err
	}
	if minBlobs > da.MaxBlobsPerTx {
		return nil, fmt.Errorf("l1: %d blobs: %w", minBlobs, da.ErrTooMuchData)
	}
	for len(raw) < minBlobs {
		raw = append(raw, kzg4844.Blob{})
	}
	bc := &BlobCommit{Raw: raw, Capacity: capacity, blocks: blocks, data: data}
	if err := bc.derive(); err != nil {
		return nil, err
	}
	return bc, nil
}

// RebuildBlobCommit recomputes from bc's blobs (Raw) everything that
// depends on them — versioned hashes, element hashes, the challenge, the
// openings, the payloads' values and the blocks' bindings at the new r —
// keeping its blocks. Tests use it to commit blobs that differ from the
// blocks' data with everything else consistent.
func RebuildBlobCommit(bc *BlobCommit) (*BlobCommit, error) {
	out := &BlobCommit{Raw: bc.Raw, Capacity: bc.Capacity, blocks: bc.blocks, data: bc.data}
	if err := out.derive(); err != nil {
		return nil, err
	}
	return out, nil
}

// packBlocks lays blocks' compact pubdata into blobs and returns what the
// challenge takes of each block.
func packBlocks(blocks []*rollup.Block) ([]kzg4844.Blob, []da.BlockData, error) {
	segments := make([][]byte, len(blocks))
	data := make([]da.BlockData, len(blocks))
	for i, b := range blocks {
		segments[i] = b.Pubdata()
		data[i] = da.BlockData{Length: uint32(len(segments[i])), DataHash: rollup.DataHash(b.PaddedPubdata()), L1Pubdata: b.L1Pubdata()}
	}
	raw, err := da.Pack(segments)
	if err != nil {
		return nil, nil, fmt.Errorf("l1: blob commit of blocks %d-%d: %w", blocks[0].Header.Number, blocks[len(blocks)-1].Header.Number, err)
	}
	return raw, data, nil
}

// BlobPoint is the data point r a blob commit of blocks would draw
// (BuildBlobCommit's Point) without the openings, proofs and sidecar: what
// a block's witness needs once its commit is fixed.
func BlobPoint(blocks []*rollup.Block, capacity int) (fr.Element, error) {
	if len(blocks) == 0 {
		return fr.Element{}, errors.New("l1: a blob commit of no blocks")
	}
	raw, data, err := packBlocks(blocks)
	if err != nil {
		return fr.Element{}, err
	}
	bc := &BlobCommit{Raw: raw, Capacity: capacity, data: data}
	if _, _, _, err := bc.challenge(); err != nil {
		return fr.Element{}, err
	}
	return bc.Point, nil
}

// challenge computes the blobs' elements, their hashes and KZG
// commitments, and the commit's challenge and data point.
func (bc *BlobCommit) challenge() ([32]byte, []kzg4844.Commitment, []fr.Element, error) {
	raw := bc.Raw
	vhs := make([]common.Hash, len(raw))
	hashes := make([]fr.Element, len(raw))
	commitments := make([]kzg4844.Commitment, len(raw))
	bc.Elements = nil
	for i := range raw {
		els, err := da.Elements(&raw[i], bc.Capacity)
		if err != nil {
			return [32]byte{}, nil, nil, fmt.Errorf("l1: blob %d: %w (%w)", i, ErrBlobCapacity, err)
		}
		bc.Elements = append(bc.Elements, els)
		hashes[i] = da.ElementsHash(els)
		if commitments[i], err = da.Commit(&raw[i]); err != nil {
			return [32]byte{}, nil, nil, fmt.Errorf("l1: blob %d: %w", i, err)
		}
		vhs[i] = da.VersionedHash(commitments[i])
	}
	c := da.Challenge(vhs, hashes, bc.data)
	bc.Point = da.DataPoint(c)
	return c, commitments, hashes, nil
}

// derive computes everything but the raw blobs and the blocks' data.
func (bc *BlobCommit) derive() error {
	raw := bc.Raw
	c, commitments, hashes, err := bc.challenge()
	if err != nil {
		return err
	}
	for i := range raw {
		z := da.EvalPoint(c, i)
		y, proof, err := da.EvalProof(&raw[i], z)
		if err != nil {
			return fmt.Errorf("l1: blob %d: %w", i, err)
		}
		payload, err := da.Stream(raw[i : i+1])
		if err != nil {
			return fmt.Errorf("l1: blob %d: %w", i, err)
		}
		bc.Z, bc.Y = append(bc.Z, z), append(bc.Y, y)
		kzg := append(append([]byte{}, commitments[i][:]...), proof[:]...)
		eval := rollup.EvalBytes(payload, bc.Point)
		bc.Blobs = append(bc.Blobs, BlobData{DataHash: hashes[i].Bytes(), Y: y, Eval: eval.Bytes(), Kzg: kzg})
	}
	for i, b := range bc.blocks {
		sigs, err := ethSignatures(b)
		if err != nil {
			return err
		}
		bind := b.BlobBinding(bc.Point)
		bc.Blocks = append(bc.Blocks, BlobBlock{
			Timestamp: b.Header.Timestamp, FeeAccount: b.Header.FeeAccount, Slots: uint16(b.Slots),
			DataLength: bind.Length, NewStateRoot: b.NewRoot.Bytes(), DataHash: bind.DataHash.Bytes(),
			Eval: bind.Eval.Bytes(), L1Pubdata: bc.data[i].L1Pubdata, EthSignatures: sigs,
		})
	}
	return bc.BuildSidecar()
}

// BuildSidecar (re)computes the sidecar of bc's blobs.
func (bc *BlobCommit) BuildSidecar() error {
	sc, err := da.Sidecar(bc.Raw)
	if err != nil {
		return fmt.Errorf("l1: blob sidecar: %w", err)
	}
	bc.Sidecar = sc
	return nil
}

// StoredBlob is what the contract stores for a block committed in blob
// mode at the point r: Stored with rollup.BlobCommitment.
func StoredBlob(b *rollup.Block, r fr.Element) StoredBlock {
	return StoredBlobWith(b, b.BlobBinding(r))
}

// StoredBlobWith is StoredBlob for the binding bind (a restore takes the
// data hash from the commit: see restore's storedFor).
func StoredBlobWith(b *rollup.Block, bind rollup.BlobBinding) StoredBlock {
	return storedWith(b, rollup.BlobCommitment(b.OldRoot, b.NewRoot, b.Header, bind))
}
