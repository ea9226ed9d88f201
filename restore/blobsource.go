package restore

import (
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/l1"
)

// ErrBlobCommit: a blob commit call (commitBlobBlocks or
// commitProveExecuteBlobs) and its transaction do not fit together as the
// contract requires (which it checked when it accepted them): the
// transaction read is not the one L1 executed.
var ErrBlobCommit = errors.New("a blob commit call does not fit its transaction")

// blobCommitMethods are the methods BlobSource decodes: each takes
// (last, blocks, blobs, ...).
var blobCommitMethods = []string{"commitBlobBlocks", "commitProveExecuteBlobs"}

// BlobSource reads blocks committed in blob mode (commitBlobBlocks or
// commitProveExecuteBlobs, sent in an EIP-4844 transaction): Scanner finds the transaction that
// committed each executed block; the call holds each block's header, new
// root, data length, ChangePubKey authorisations and L1 pubdata, and the
// transaction's blobs hold the blocks' compact pubdata back to back. L1
// nodes drop blobs after about 18 days, so they are read from an archive
// by versioned hash, and each is checked against the hash (the archive is
// untrusted: ErrBlobMismatch). Each block is delivered with the commit's
// challenge r (Committed.DataPoint), computed from the versioned hashes,
// the calldata's element hashes and the blocks' data as the contract
// computed it, so that the restorer can recompute what the contract
// stored (l1.StoredBlob).
type BlobSource struct {
	Scanner
	Archive BlobArchive

	commits commitSet
}

var _ Source = (*BlobSource)(nil)

// NewBlobSource returns a source reading contract's blob commits from c
// and their blobs from archive.
func NewBlobSource(c Chain, contract common.Address, archive BlobArchive) (*BlobSource, error) {
	cs, err := newCommitSet(blobCommitMethods, 3, "last, blocks, blobs, ...")
	if err != nil {
		return nil, err
	}
	return &BlobSource{Scanner: newScanner(c, contract), Archive: archive, commits: cs}, nil
}

// Blocks implements Source.
func (s *BlobSource) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(Committed) error) error {
	return s.blocks(ctx, s, after, resume, upTo, head, fn)
}

func (s *BlobSource) isCommit(input []byte) bool {
	_, ok := s.commits.of(input)
	return ok
}

func (s *BlobSource) methodNames() string { return "commitBlobBlocks or commitProveExecuteBlobs" }

// blobCall is a decoded blob commit call (the proofs and pending
// operations say nothing the stored blocks do not).
type blobCall struct {
	first  uint64 // the number of blocks[0]
	blocks []l1.BlobBlock
	blobs  []l1.BlobData
}

// decode unpacks the calldata of commitBlobBlocks(last, blocks, blobs,
// blobProofs) or commitProveExecuteBlobs(last, blocks, blobs, blobProofs,
// proofs, pendingOps).
func (s *BlobSource) decode(data []byte) (blobCall, error) {
	m, ok := s.commits.of(data)
	if !ok {
		return blobCall{}, ErrNotCommitCall
	}
	name := m.name
	args, err := m.in.Unpack(data[4:])
	if err != nil || len(args) != len(m.in) {
		return blobCall{}, fmt.Errorf("%w: %s arguments: %v", ErrNotCommitCall, name, err)
	}
	var c blobCall
	var last l1.StoredBlock
	if err := abiConvert(name, args[0], &last); err != nil {
		return blobCall{}, err
	}
	if err := abiConvert(name, args[1], &c.blocks); err != nil {
		return blobCall{}, err
	}
	if err := abiConvert(name, args[2], &c.blobs); err != nil {
		return blobCall{}, err
	}
	c.first = last.Number + 1
	return c, nil
}

// decodeCall decodes a blob commit call that tx made (directly or
// through another contract: BLOBHASH reads the transaction's blobs
// either way) and reads its blocks' data from the archive.
func (s *BlobSource) decodeCall(ctx context.Context, tx *types.Transaction, input []byte) (decodedCommit, error) {
	call, err := s.decode(input)
	if err != nil {
		return decodedCommit{}, err
	}
	vhs := tx.BlobHashes()
	if len(vhs) != len(call.blobs) || len(vhs) == 0 {
		return decodedCommit{}, fmt.Errorf("%w: it describes %d blobs, the transaction carries %d", ErrBlobCommit, len(call.blobs), len(vhs))
	}
	// the challenge, as Rollup._blobChallenge draws it
	hashes := make([]fr.Element, len(call.blobs))
	for i, b := range call.blobs {
		if err := hashes[i].SetBytesCanonical(b.DataHash[:]); err != nil {
			return decodedCommit{}, fmt.Errorf("%w: blob %d's element hash %x is not in the field", ErrBlobCommit, i, b.DataHash)
		}
	}
	data := make([]da.BlockData, len(call.blocks))
	lengths := make([]int, len(call.blocks))
	total := 0
	for i, b := range call.blocks {
		data[i] = da.BlockData{Length: b.DataLength, L1Pubdata: b.L1Pubdata}
		if err := data[i].DataHash.SetBytesCanonical(b.DataHash[:]); err != nil {
			return decodedCommit{}, fmt.Errorf("%w: block %d's data hash %x is not in the field", ErrBlobCommit, call.first+uint64(i), b.DataHash)
		}
		lengths[i] = int(b.DataLength)
		total += lengths[i]
	}
	r := da.DataPoint(da.Challenge(vhs, hashes, data))

	segments, err := s.segments(ctx, vhs, lengths, total)
	if err != nil {
		return decodedCommit{}, err
	}
	d := decodedCommit{first: call.first, blocks: make([]Committed, len(call.blocks))}
	for i, b := range call.blocks {
		point := r
		d.blocks[i] = Committed{
			Block: l1.CommitBlock{Timestamp: b.Timestamp, FeeAccount: b.FeeAccount, NewStateRoot: b.NewStateRoot,
				Pubdata: segments[i], EthSignatures: b.EthSignatures},
			DataPoint: &point, L1Pubdata: b.L1Pubdata, Slots: b.Slots, DataHash: data[i].DataHash,
		}
	}
	return d, nil
}

// segments reads the blobs that hold total bytes of block data (their
// versioned hashes are vhs' first ones), checks each against its hash,
// and cuts their payload into the blocks' segments. The contract accepts
// more blobs than the data needs (all zeros, or the data would not match
// them at r); the data is in the first ones, and the others are not read.
func (s *BlobSource) segments(ctx context.Context, vhs []common.Hash, lengths []int, total int) ([][]byte, error) {
	need := da.BlobsFor(total)
	if need > len(vhs) {
		return nil, fmt.Errorf("%w: its blocks have %d bytes of data, more than its %d blobs hold", ErrBlobCommit, total, len(vhs))
	}
	if s.Archive == nil {
		return nil, errors.New("blob mode: no blob archive to read the blocks' data from")
	}
	raw := make([]kzg4844.Blob, need)
	for i := range raw {
		b, err := verifiedBlob(ctx, s.Archive, vhs[i])
		if err != nil {
			return nil, err
		}
		raw[i] = *b
	}
	segments, err := da.Unpack(raw, lengths)
	if err != nil {
		return nil, fmt.Errorf("%w: the blobs' data: %w", ErrBlobCommit, err)
	}
	return segments, nil
}
