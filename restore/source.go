package restore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/l1"
)

// Committed is one block as the operator committed it on L1.
type Committed struct {
	Number  uint64
	Block   l1.CommitBlock // header, new root, compact pubdata, ChangePubKey authorisations
	L1Block uint64         // the L1 block of the commit transaction
	TxHash  common.Hash    // the commit transaction
	// Resume is the L1 block from which a later scan finds every block
	// after this one (the restore cursor keeps it).
	Resume uint64
}

// Source yields executed blocks from L1 data.
type Source interface {
	// Blocks calls fn, in order, for every block numbered after..upTo, each
	// in the version L1 executed, reading L1 from block resume up to head.
	// It stops at fn's first error and returns it.
	Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(Committed) error) error
}

// Chain is what restoring needs of an L1 node (ethclient and the
// simulated backend's client are ones).
type Chain interface {
	ethereum.ContractCaller
	ethereum.BlockNumberReader
	ethereum.LogFilterer
	TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error)
}

// Errors of the calldata source.
var (
	// ErrNotCommitCall: a BlockCommitted event came from a transaction that
	// does not call commitBlocks itself (a contract calling it for the
	// operator); its data needs a source that reads call traces.
	ErrNotCommitCall = errors.New("the transaction that committed the block does not call commitBlocks directly")
	// ErrMissingCommit: L1 executed a block whose commit this scan did not
	// see (the scan started too late, or the node lost the logs).
	ErrMissingCommit = errors.New("an executed block has no commit event in the scanned L1 range")
)

// DefaultLogBlocks is how many L1 blocks one log query spans (halved when
// the node refuses a range).
const DefaultLogBlocks = 5000

// CalldataSource reads blocks from the calldata of commitBlocks
// transactions: BlockCommitted events say which transaction committed a
// block (the last one before its BlockExecuted, since a reverted block is
// committed again), and its input holds the block.
type CalldataSource struct {
	C         Chain
	Contract  common.Address
	LogBlocks uint64 // L1 blocks per log query; 0: DefaultLogBlocks

	abi       *rollupcontract.Rollup
	commitIn  abi.Arguments
	commitSel []byte
	decoded   map[common.Hash]decodedCommit // commit transactions by hash
}

type decodedCommit struct {
	first  uint64 // the number of blocks[0]
	blocks []l1.CommitBlock
}

// NewCalldataSource returns a source reading contract's commits from c.
func NewCalldataSource(c Chain, contract common.Address) (*CalldataSource, error) {
	parsed, err := rollupcontract.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	m, ok := parsed.Methods["commitBlocks"]
	if !ok {
		return nil, errors.New("the Rollup ABI has no commitBlocks")
	}
	return &CalldataSource{C: c, Contract: contract, abi: rollupcontract.NewRollup(), commitIn: m.Inputs,
		commitSel: m.ID, decoded: map[common.Hash]decodedCommit{}}, nil
}

// pending is the latest commit seen of a block not yet delivered.
type pending struct {
	l1Block uint64
	log     types.Log
}

// Blocks implements Source.
func (s *CalldataSource) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(Committed) error) error {
	committedID := s.abi.GetABI().Events["BlockCommitted"].ID
	executedID := s.abi.GetABI().Events["BlockExecuted"].ID
	step := s.LogBlocks
	if step == 0 {
		step = DefaultLogBlocks
	}
	seen := map[uint64]pending{}
	next := after + 1
	for from := resume; from <= head && next <= upTo; {
		to := min(head, from+step-1)
		logs, err := s.C.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{s.Contract}, Topics: [][]common.Hash{{committedID, executedID}},
		})
		if err != nil {
			if step > 1 && ctx.Err() == nil { // a node's range or result limit: ask for less
				step /= 2
				continue
			}
			return fmt.Errorf("L1 logs %d..%d: %w", from, to, err)
		}
		for _, lg := range logs {
			if lg.Removed || len(lg.Topics) < 2 {
				continue
			}
			n := new(big.Int).SetBytes(lg.Topics[1][:]).Uint64()
			if n < next {
				continue
			}
			if lg.Topics[0] == committedID {
				seen[n] = pending{l1Block: lg.BlockNumber, log: lg}
				continue
			}
			if n != next || n > upTo {
				continue // executed out of order cannot happen; beyond the target is for a later run
			}
			p, ok := seen[n]
			if !ok {
				return fmt.Errorf("%w: block %d (executed in L1 block %d, scan from %d)", ErrMissingCommit, n, lg.BlockNumber, resume)
			}
			delete(seen, n)
			cb, err := s.commitOf(ctx, p.log, n)
			if err != nil {
				return err
			}
			cb.Resume = lg.BlockNumber
			for _, q := range seen {
				cb.Resume = min(cb.Resume, q.l1Block)
			}
			if err := fn(cb); err != nil {
				return err
			}
			next++
			if next > upTo {
				return nil
			}
		}
		from = to + 1
	}
	return nil
}

// commitOf reads block n from the input of the transaction that emitted
// its BlockCommitted event.
func (s *CalldataSource) commitOf(ctx context.Context, lg types.Log, n uint64) (Committed, error) {
	d, ok := s.decoded[lg.TxHash]
	if !ok {
		tx, err := s.C.TransactionInBlock(ctx, lg.BlockHash, lg.TxIndex)
		if err != nil {
			return Committed{}, fmt.Errorf("block %d: commit transaction %s: %w", n, lg.TxHash, err)
		}
		if d, err = s.decode(tx.Data()); err != nil {
			return Committed{}, fmt.Errorf("block %d: commit transaction %s: %w", n, lg.TxHash, err)
		}
		if len(s.decoded) >= 64 {
			clear(s.decoded)
		}
		s.decoded[lg.TxHash] = d
	}
	if n < d.first || n-d.first >= uint64(len(d.blocks)) {
		return Committed{}, fmt.Errorf("block %d: commit transaction %s commits blocks %d..%d", n, lg.TxHash, d.first, d.first+uint64(len(d.blocks))-1)
	}
	return Committed{Number: n, Block: d.blocks[n-d.first], L1Block: lg.BlockNumber, TxHash: lg.TxHash}, nil
}

// decode unpacks commitBlocks(last, blocks) calldata.
func (s *CalldataSource) decode(data []byte) (decodedCommit, error) {
	if len(data) < 4 || !bytes.Equal(data[:4], s.commitSel) {
		return decodedCommit{}, ErrNotCommitCall
	}
	args, err := s.commitIn.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return decodedCommit{}, fmt.Errorf("%w: commitBlocks arguments: %v", ErrNotCommitCall, err)
	}
	var d decodedCommit
	var last l1.StoredBlock
	if err := abiConvert(args[0], &last); err != nil {
		return d, err
	}
	if err := abiConvert(args[1], &d.blocks); err != nil {
		return d, err
	}
	d.first = last.Number + 1
	return d, nil
}

// abiConvert copies an unpacked ABI value into the binding's type.
func abiConvert(v any, into any) (err error) {
	defer func() {
		if r := recover(); r != nil { // abi.ConvertType panics on a shape it cannot copy
			err = fmt.Errorf("commitBlocks arguments: %v", r)
		}
	}()
	abi.ConvertType(v, into)
	return nil
}
