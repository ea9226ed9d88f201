package da

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// PointEvaluationPrecompile is the address of the EIP-4844 point-evaluation
// precompile.
var PointEvaluationPrecompile = common.BytesToAddress([]byte{0x0a})

// PointEvaluationInputLen is the length of the precompile's input.
const PointEvaluationInputLen = 32 + 32 + 32 + 48 + 48

var (
	// ErrKZG: the KZG library refused an input (a blob or point that is not
	// made of canonical BLS12-381 scalars, a malformed commitment).
	ErrKZG = errors.New("da: KZG computation failed")
	// ErrInvalidProof: a point-evaluation proof does not verify.
	ErrInvalidProof = errors.New("da: KZG evaluation proof does not verify")
)

// Commit is the KZG commitment to a blob.
func Commit(blob *kzg4844.Blob) (kzg4844.Commitment, error) {
	c, err := kzg4844.BlobToCommitment(blob)
	if err != nil {
		return kzg4844.Commitment{}, fmt.Errorf("%w: commit to blob: %w", ErrKZG, err)
	}
	return c, nil
}

// VersionedHash is the hash by which L1 (BLOBHASH, the point-evaluation
// precompile) names a commitment: sha256 with the first byte replaced by
// version 0x01.
func VersionedHash(c kzg4844.Commitment) common.Hash {
	return kzg4844.CalcBlobHashV1(sha256.New(), &c)
}

// EvalProof evaluates the blob's polynomial at z (a canonical big-endian
// scalar, below the BLS12-381 modulus) and proves it: y = p(z).
func EvalProof(blob *kzg4844.Blob, z [32]byte) (y [32]byte, proof kzg4844.Proof, err error) {
	proof, claim, err := kzg4844.ComputeProof(blob, kzg4844.Point(z))
	if err != nil {
		return y, proof, fmt.Errorf("%w: prove evaluation at z=%x: %w", ErrKZG, z, err)
	}
	return claim, proof, nil
}

// VerifyEval checks a proof that the blob committed to by c evaluates to y at z.
func VerifyEval(c kzg4844.Commitment, z, y [32]byte, proof kzg4844.Proof) error {
	if err := kzg4844.VerifyProof(c, kzg4844.Point(z), kzg4844.Claim(y), proof); err != nil {
		return fmt.Errorf("%w: z=%x y=%x: %w", ErrInvalidProof, z, y, err)
	}
	return nil
}

// PointEvaluationInput is the 192-byte input of the point-evaluation
// precompile: versioned_hash | z | y | commitment | proof.
func PointEvaluationInput(versionedHash common.Hash, z, y [32]byte, c kzg4844.Commitment, proof kzg4844.Proof) []byte {
	in := make([]byte, 0, PointEvaluationInputLen)
	in = append(in, versionedHash[:]...)
	in = append(in, z[:]...)
	in = append(in, y[:]...)
	in = append(in, c[:]...)
	return append(in, proof[:]...)
}
