package da

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"
)

// Sidecar builds the version-1 sidecar (EIP-7594: kzg4844.CellProofsPerBlob
// cell proofs per blob) that Osaka-era transaction pools require. (go-ethereum
// v1.17.10's pool refuses version 0; its eth_sendRawTransaction still converts
// a version-0 sidecar itself, marked for removal, so do not rely on it.)
// The sidecar holds blobs itself, not a copy, and blob i's cell proofs are
// Proofs[128*i : 128*(i+1)].
func Sidecar(blobs []kzg4844.Blob) (*types.BlobTxSidecar, error) {
	if len(blobs) == 0 {
		return nil, fmt.Errorf("%w: a sidecar needs at least one blob", ErrBlobCount)
	}
	if len(blobs) > MaxBlobsPerTx {
		return nil, fmt.Errorf("%w: %d blobs, at most %d per transaction", ErrTooMuchData, len(blobs), MaxBlobsPerTx)
	}
	// The library computes one blob's cell proofs on one core; the blobs
	// are independent, so compute them side by side.
	commitments := make([]kzg4844.Commitment, len(blobs))
	cellProofs := make([][]kzg4844.Proof, len(blobs))
	errs := make([]error, len(blobs))
	var wg sync.WaitGroup
	for i := range blobs {
		wg.Go(func() {
			c, err := Commit(&blobs[i])
			if err != nil {
				errs[i] = fmt.Errorf("sidecar blob %d: %w", i, err)
				return
			}
			p, err := kzg4844.ComputeCellProofs(&blobs[i])
			if err != nil {
				errs[i] = fmt.Errorf("%w: sidecar blob %d cell proofs: %w", ErrKZG, i, err)
				return
			}
			commitments[i], cellProofs[i] = c, p
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	proofs := make([]kzg4844.Proof, 0, len(blobs)*kzg4844.CellProofsPerBlob)
	for _, p := range cellProofs {
		proofs = append(proofs, p...)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, proofs), nil
}

// ErrTxParams: a field of TxParams is missing or out of range.
var ErrTxParams = errors.New("da: bad blob transaction parameters")

// TxParams are the fields of a blob transaction other than its blobs.
type TxParams struct {
	ChainID    *big.Int
	Nonce      uint64
	GasTipCap  *big.Int // max priority fee per gas, wei
	GasFeeCap  *big.Int // max fee per gas, wei
	BlobFeeCap *big.Int // max fee per blob gas, wei
	Gas        uint64
	To         common.Address
	Data       []byte
}

// BlobTx builds the unsigned type-3 transaction carrying the sidecar; its
// blob hashes are the sidecar's versioned hashes, in blob order.
func BlobTx(p TxParams, sc *types.BlobTxSidecar) (*types.BlobTx, error) {
	if sc == nil || len(sc.Blobs) == 0 {
		return nil, fmt.Errorf("%w: blob transaction without blobs", ErrBlobCount)
	}
	tx := &types.BlobTx{
		Nonce:   p.Nonce,
		Gas:     p.Gas,
		To:      p.To,
		Value:   new(uint256.Int),
		Data:    p.Data,
		Sidecar: sc,
	}
	for _, f := range []struct {
		name string
		in   *big.Int
		out  **uint256.Int
	}{
		{"chain id", p.ChainID, &tx.ChainID},
		{"gas tip cap", p.GasTipCap, &tx.GasTipCap},
		{"gas fee cap", p.GasFeeCap, &tx.GasFeeCap},
		{"blob fee cap", p.BlobFeeCap, &tx.BlobFeeCap},
	} {
		if f.in == nil || f.in.Sign() < 0 {
			return nil, fmt.Errorf("%w: %s is %v, set it to a non-negative value", ErrTxParams, f.name, f.in)
		}
		v, overflow := uint256.FromBig(f.in)
		if overflow {
			return nil, fmt.Errorf("%w: %s %v does not fit in 256 bits", ErrTxParams, f.name, f.in)
		}
		*f.out = v
	}
	tx.BlobHashes = sc.BlobHashes()
	return tx, nil
}
