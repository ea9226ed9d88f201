// Package l1 is the Go side of the rollup contract (contracts/src/Rollup.sol):
// it turns sealed blocks into the arguments of commitBlocks, proveBlocks and
// executeBlocks, computes natively what the contract stores for a block, reads
// priority requests back into rollup transactions, and decodes the
// contract's revert reasons. It sends nothing itself; the L1 sender does.
package l1

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/num"
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

// IsPriority reports whether an op type comes from the L1 priority queue.
func IsPriority(t rollup.OpType) bool { return t == rollup.OpDeposit || t == rollup.OpFullExit }

// IsWithdrawal reports whether an op type pays out on L1 when its block is
// executed (a Withdraw, or a FullExit).
func IsWithdrawal(t rollup.OpType) bool { return t == rollup.OpWithdraw || t == rollup.OpFullExit }

// Commit returns block b's argument to commitBlocks: header, new root,
// compact pubdata and the L1 authorisations of its ChangePubKey operations.
func Commit(b *rollup.Block) (CommitBlock, error) {
	c := CommitBlock{
		Timestamp:    b.Header.Timestamp,
		FeeAccount:   b.Header.FeeAccount,
		NewStateRoot: b.NewRoot.Bytes(),
		Pubdata:      b.Pubdata(),
	}
	for i := range b.Ops {
		if b.Ops[i].Type != rollup.OpChangePubKey {
			continue
		}
		cpk, ok := b.Ops[i].Tx.(*rollup.ChangePubKey)
		if !ok || cpk == nil {
			return CommitBlock{}, fmt.Errorf("block %d op %d: %w", b.Header.Number, i, ErrMissingEthSignature)
		}
		c.EthSignatures = append(c.EthSignatures, cpk.EthSignature[:]...)
	}
	return c, nil
}

// Stored computes natively what commitBlocks stores for block b: the
// contract and this function must agree byte for byte (tests check it).
func Stored(b *rollup.Block) StoredBlock {
	s := StoredBlock{
		Number:     b.Header.Number,
		Timestamp:  b.Header.Timestamp,
		StateRoot:  b.NewRoot.Bytes(),
		Commitment: b.Commitment(),
	}
	for i := range b.Ops {
		if IsPriority(b.Ops[i].Type) {
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
		if IsWithdrawal(b.Ops[i].Type) {
			out = append(out, b.Ops[i].EncodePubdata(nil))
		}
	}
	return out
}

// HashStored is the contract's hashStoredBlock: keccak256(abi.encode(b)).
func HashStored(b StoredBlock) common.Hash {
	var buf [6 * 32]byte
	binary.BigEndian.PutUint64(buf[24:], b.Number)
	binary.BigEndian.PutUint64(buf[56:], b.PriorityOps)
	binary.BigEndian.PutUint64(buf[88:], b.Timestamp)
	copy(buf[96:], b.PendingOpsHash[:])
	copy(buf[128:], b.StateRoot[:])
	copy(buf[160:], b.Commitment[:])
	return ethcrypto.Keccak256Hash(buf[:])
}

// PriorityRequest is a decoded PriorityRequest event of the contract.
type PriorityRequest struct {
	ID     uint64
	Expiry uint64 // L1 block from which it has expired
	Tx     rollup.Tx
}

// DecodePriorityRequest turns the pubdata of a PriorityRequest event into
// the transaction the state keeper applies (*rollup.Deposit or
// *rollup.FullExit).
func DecodePriorityRequest(opType uint8, pubdata []byte) (rollup.Tx, error) {
	switch rollup.OpType(opType) {
	case rollup.OpDeposit:
		// type | account 4 (0: the operator chooses) | token 2 | amount 16 | address 20
		if len(pubdata) != 43 || pubdata[0] != opType {
			return nil, fmt.Errorf("%w: deposit of %d bytes", ErrBadPriorityRequest, len(pubdata))
		}
		return &rollup.Deposit{
			Token:  binary.BigEndian.Uint16(pubdata[5:7]),
			Amount: num.FromBytes([16]byte(pubdata[7:23])),
			To:     common.Address(pubdata[23:43]),
		}, nil
	case rollup.OpFullExit:
		// type | account 4 | address 20 | token 2 | amount 16 (0: the operator fills it in)
		if len(pubdata) != 43 || pubdata[0] != opType {
			return nil, fmt.Errorf("%w: full exit of %d bytes", ErrBadPriorityRequest, len(pubdata))
		}
		return &rollup.FullExit{
			AccountID: binary.BigEndian.Uint32(pubdata[1:5]),
			Owner:     common.Address(pubdata[5:25]),
			Token:     binary.BigEndian.Uint16(pubdata[25:27]),
		}, nil
	}
	return nil, fmt.Errorf("%w: op type %d", ErrBadPriorityRequest, opType)
}
