// Package l1 is the Go side of the rollup contract (contracts/src/Rollup.sol):
// it turns sealed blocks into the arguments of commitBlocks, proveBlocks and
// executeBlocks, computes natively what the contract stores for a block, reads
// priority requests back into rollup transactions, and decodes the
// contract's revert reasons. The node's transactions go through the L1
// sender (txsender); Transact is the user tools' one-shot send-and-wait.
package l1

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/rollup"
)

type (
	// StoredBlock is what the contract keeps (the hash of) for a block.
	StoredBlock = rollupcontract.RollupStoredBlock
	// CommitBlock is one block's argument to commitBlocks.
	CommitBlock = rollupcontract.RollupCommitBlock
)

// Errors of this package.
var (
	ErrMissingEthSignature = errors.New("ChangePubKey operation carries no L1 authorisation (decoded from pubdata?)")
	ErrBadPriorityRequest  = errors.New("malformed priority request")
)

// Genesis is the stored block 0 of a contract deployed with genesis root root.
func Genesis(root fr.Element) StoredBlock {
	return StoredBlock{StateRoot: root.Bytes()}
}

// Commit returns block b's argument to commitBlocks: header, new root,
// compact pubdata and the L1 authorisations of its ChangePubKey operations.
func Commit(b *rollup.Block) (CommitBlock, error) {
	c := CommitBlock{
		Timestamp:    b.Header.Timestamp,
		FeeAccount:   b.Header.FeeAccount,
		NewStateRoot: b.NewRoot.Bytes(),
		Pubdata:      b.Pubdata(),
	}
	sigs, err := ethSignatures(b)
	if err != nil {
		return CommitBlock{}, err
	}
	c.EthSignatures = sigs
	return c, nil
}

// ethSignatures are the L1 authorisations of b's ChangePubKeys, 65 bytes
// each in order, as a commit carries them.
func ethSignatures(b *rollup.Block) ([]byte, error) {
	var out []byte
	for i := range b.Ops {
		if b.Ops[i].Type != rollup.OpChangePubKey {
			continue
		}
		cpk, ok := b.Ops[i].Tx.(*rollup.ChangePubKey)
		if !ok || cpk == nil {
			return nil, fmt.Errorf("block %d op %d: %w", b.Header.Number, i, ErrMissingEthSignature)
		}
		out = append(out, cpk.EthSignature[:]...)
	}
	return out, nil
}

// Stored computes natively what commitBlocks stores for block b: the
// contract and this function must agree byte for byte (tests check it).
func Stored(b *rollup.Block) StoredBlock { return storedWith(b, b.Commitment()) }

// storedWith is what the contract stores for b with the given commitment
// (calldata or blob mode).
func storedWith(b *rollup.Block, commitment [32]byte) StoredBlock {
	s := StoredBlock{
		Number:     b.Header.Number,
		Slots:      uint16(b.Slots),
		Timestamp:  b.Header.Timestamp,
		StateRoot:  b.NewRoot.Bytes(),
		Commitment: commitment,
	}
	for i := range b.Ops {
		if b.Ops[i].Type.IsPriority() {
			s.PriorityOps++
		}
	}
	var h common.Hash
	for _, op := range PendingOps(b) {
		h = ethcrypto.Keccak256Hash(h[:], op)
	}
	s.PendingOpsHash = h
	return s
}

// PendingOps is block b's argument to executeBlocks: the pubdata of its
// withdrawals and full exits, in order.
func PendingOps(b *rollup.Block) [][]byte {
	var out [][]byte
	for i := range b.Ops {
		if b.Ops[i].Type.IsWithdrawal() {
			out = append(out, b.Ops[i].EncodePubdata(nil))
		}
	}
	return out
}

// HashStored is the contract's hashStoredBlock: keccak256(abi.encode(b)).
func HashStored(b StoredBlock) common.Hash {
	var buf [7 * 32]byte
	binary.BigEndian.PutUint64(buf[24:], b.Number)
	binary.BigEndian.PutUint16(buf[62:], b.Slots)
	binary.BigEndian.PutUint64(buf[88:], b.PriorityOps)
	binary.BigEndian.PutUint64(buf[120:], b.Timestamp)
	copy(buf[128:], b.PendingOpsHash[:])
	copy(buf[160:], b.StateRoot[:])
	copy(buf[192:], b.Commitment[:])
	return ethcrypto.Keccak256Hash(buf[:])
}

// DecodePriorityRequest turns the pubdata of a PriorityRequest event into
// the transaction the state keeper applies (*rollup.Deposit or
// *rollup.FullExit). The event carries the operation's pubdata (the
// registry's layout) with the operator's part still zero: a deposit's
// account id, a full exit's amount.
func DecodePriorityRequest(opType uint8, pubdata []byte) (rollup.Tx, error) {
	t := rollup.OpType(opType)
	if !t.IsPriority() {
		return nil, fmt.Errorf("%w: op type %d", ErrBadPriorityRequest, opType)
	}
	if len(pubdata) == 0 || pubdata[0] != opType {
		return nil, fmt.Errorf("%w: %s of %d bytes", ErrBadPriorityRequest, t, len(pubdata))
	}
	op, err := rollup.DecodeOpPubdata(pubdata)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPriorityRequest, err)
	}
	// A priority op no L1 request makes (a DepositRefund answers a
	// Deposit's) is not a request either.
	tx, err := op.PriorityRequest()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPriorityRequest, err)
	}
	return tx, nil
}

// Shapes is the contract's argument for p's ladder: its block shapes and
// one verifier each. One verifier given serves every shape (tests' stand-ins).
func Shapes(p rollup.Params, verifiers ...common.Address) ([]uint16, []common.Address) {
	ladder := p.Ladder()
	shapes := make([]uint16, len(ladder))
	vs := make([]common.Address, len(ladder))
	for i, n := range ladder {
		shapes[i] = uint16(n)
		if len(verifiers) == 1 {
			vs[i] = verifiers[0]
		} else if i < len(verifiers) {
			vs[i] = verifiers[i]
		}
	}
	return shapes, vs
}
