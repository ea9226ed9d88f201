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
	"github.com/ethereum/go-ethereum/rpc"

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
	// Commitment and StateRoot are what the block's BlockCommitted event
	// says. A block committed, proven and executed by commitProveExecute
	// with later blocks in the same transaction has no stored hash
	// (storedBlockHashes is zero for it for good): the restore checks it
	// against these instead. A source that leaves them zero cannot deliver
	// such a block.
	Commitment [32]byte
	StateRoot  [32]byte
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
	// does not call commitBlocks or commitProveExecute itself (a contract
	// calling it for the operator); its data needs a source that reads call
	// traces.
	ErrNotCommitCall = errors.New("the transaction that committed the block does not call commitBlocks or commitProveExecute directly")
	// ErrMissingCommit: L1 executed a block whose commit this scan did not
	// see (the scan started too late, or the node lost the logs).
	ErrMissingCommit = errors.New("an executed block has no commit event in the scanned L1 range")
)

// DefaultLogBlocks is how many L1 blocks one log query spans (halved when
// the node refuses a range).
const DefaultLogBlocks = 5000

// CalldataSource reads blocks from the calldata of commitBlocks and
// commitProveExecute transactions: BlockCommitted events say which
// transaction committed a block (the last one before its BlockExecuted,
// since a reverted block is committed again) and what commitment and
// state root the contract computed for it, and the transaction's input
// holds the block.
type CalldataSource struct {
	C         Chain
	Contract  common.Address
	LogBlocks uint64 // L1 blocks per log query; 0: DefaultLogBlocks
	// Tracer reads the calls of a commit transaction that reached the
	// contract through another contract (a multisig, a relayer); nil: such
	// commits are refused with ErrNotCommitCall. NewCalldataSource sets it
	// when the chain client speaks raw JSON-RPC (ethclient does).
	Tracer CallTracer

	abi     *rollupcontract.Rollup
	commits []commitMethod                  // the methods that commit blocks
	decoded map[common.Hash][]decodedCommit // commit transactions by hash
}

// commitMethod is a contract method whose first two arguments are the
// last stored block and the blocks it commits after it: commitBlocks and
// commitProveExecute.
type commitMethod struct {
	name string
	sel  []byte
	in   abi.Arguments
}

// commitMethods are the names of the methods CalldataSource decodes.
var commitMethods = []string{"commitBlocks", "commitProveExecute"}

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
	s := &CalldataSource{C: c, Contract: contract, abi: rollupcontract.NewRollup(), decoded: map[common.Hash][]decodedCommit{}}
	for _, name := range commitMethods {
		m, ok := parsed.Methods[name]
		if !ok || len(m.Inputs) < 2 {
			return nil, fmt.Errorf("the Rollup ABI has no %s(last, blocks, ...)", name)
		}
		s.commits = append(s.commits, commitMethod{name: name, sel: m.ID, in: m.Inputs})
	}
	if rc, ok := c.(interface{ Client() *rpc.Client }); ok {
		s.Tracer = RPCTracer{C: rc.Client()}
	}
	return s, nil
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
	seen := map[uint64]pending{}
	next := after + 1
	if next > upTo {
		return nil
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{s.Contract}, Topics: [][]common.Hash{{committedID, executedID}}}
	return ScanLogs(ctx, s.C, q, resume, head, s.LogBlocks, func(logs []types.Log) (bool, error) {
		for _, lg := range logs {
			if lg.Removed || lg.Address != s.Contract || len(lg.Topics) < 2 {
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
			if n != next {
				continue // executed out of order cannot happen; beyond the target is for a later run
			}
			p, ok := seen[n]
			if !ok {
				return false, fmt.Errorf("%w: block %d (executed in L1 block %d, scan from %d)", ErrMissingCommit, n, lg.BlockNumber, resume)
			}
			delete(seen, n)
			cb, err := s.commitOf(ctx, p.log, n)
			if err != nil {
				return false, err
			}
			cb.Resume = lg.BlockNumber
			for _, q := range seen {
				cb.Resume = min(cb.Resume, q.l1Block)
			}
			if err := fn(cb); err != nil {
				return false, err
			}
			if next++; next > upTo {
				return false, nil
			}
		}
		return true, nil
	})
}

// ScanLogs calls fn with the logs q selects (its block range ignored) in
// L1 blocks from..to, in order, one query of step blocks at a time (0:
// DefaultLogBlocks), halving the step while the node refuses a range (a
// provider's range or result limit). fn returns false to stop.
func ScanLogs(ctx context.Context, c ethereum.LogFilterer, q ethereum.FilterQuery, from, to, step uint64,
	fn func([]types.Log) (bool, error)) error {
	if step == 0 {
		step = DefaultLogBlocks
	}
	for from <= to {
		end := min(to, from+step-1)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(end)
		logs, err := c.FilterLogs(ctx, q)
		if err != nil {
			if step > 1 && ctx.Err() == nil {
				step /= 2
				continue
			}
			return fmt.Errorf("L1 logs %d..%d: %w", from, end, err)
		}
		more, err := fn(logs)
		if err != nil || !more {
			return err
		}
		from = end + 1
	}
	return nil
}

// commitOf reads block n from the input of the transaction that emitted
// its BlockCommitted event, or, when that transaction reached the contract
// through another contract, from the calls a trace shows it made.
func (s *CalldataSource) commitOf(ctx context.Context, lg types.Log, n uint64) (Committed, error) {
	ds, ok := s.decoded[lg.TxHash]
	if !ok {
		var err error
		if ds, err = s.commitsOf(ctx, lg); err != nil {
			return Committed{}, fmt.Errorf("block %d: commit transaction %s: %w", n, lg.TxHash, err)
		}
		if len(s.decoded) >= 64 {
			clear(s.decoded)
		}
		s.decoded[lg.TxHash] = ds
	}
	for _, d := range ds {
		if n >= d.first && n-d.first < uint64(len(d.blocks)) {
			cb := Committed{Number: n, Block: d.blocks[n-d.first], L1Block: lg.BlockNumber, TxHash: lg.TxHash}
			// An event whose data does not decode leaves them zero: a block
			// L1 stores a hash for needs none, one it stores none for is
			// then refused (ErrNotOnL1).
			if ev, err := s.abi.UnpackBlockCommittedEvent(&lg); err == nil {
				cb.Commitment, cb.StateRoot = ev.Commitment, ev.StateRoot
			}
			return cb, nil
		}
	}
	return Committed{}, fmt.Errorf("block %d: commit transaction %s commits other blocks", n, lg.TxHash)
}

// commitMethod returns the commit method whose selector data starts with.
func (s *CalldataSource) commitMethod(data []byte) (commitMethod, bool) {
	if len(data) < 4 {
		return commitMethod{}, false
	}
	for _, m := range s.commits {
		if bytes.Equal(data[:4], m.sel) {
			return m, true
		}
	}
	return commitMethod{}, false
}

// commitsOf decodes every commitBlocks and commitProveExecute call a
// transaction made to the contract: its own input, or the calls its trace
// shows.
func (s *CalldataSource) commitsOf(ctx context.Context, lg types.Log) ([]decodedCommit, error) {
	tx, err := s.C.TransactionInBlock(ctx, lg.BlockHash, lg.TxIndex)
	if err != nil {
		return nil, err
	}
	if tx.To() != nil && *tx.To() == s.Contract {
		d, err := s.decode(tx.Data())
		if err != nil {
			return nil, err
		}
		return []decodedCommit{d}, nil
	}
	if s.Tracer == nil {
		return nil, fmt.Errorf("%w, and the L1 node offers no call traces (debug_traceTransaction)", ErrNotCommitCall)
	}
	calls, err := s.Tracer.TraceCalls(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%w; its call trace: %w", ErrNotCommitCall, err)
	}
	var out []decodedCommit
	for _, c := range calls {
		if _, ok := s.commitMethod(c.Input); c.To != s.Contract || !ok {
			continue
		}
		d, err := s.decode(c.Input)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: its trace shows no commitBlocks or commitProveExecute call", ErrNotCommitCall)
	}
	return out, nil
}

// decode unpacks the calldata of commitBlocks(last, blocks) or
// commitProveExecute(last, blocks, proofs, pendingOps): the blocks
// committed after last (the proofs and the pending operations say nothing
// the stored block does not).
func (s *CalldataSource) decode(data []byte) (decodedCommit, error) {
	m, ok := s.commitMethod(data)
	if !ok {
		return decodedCommit{}, ErrNotCommitCall
	}
	args, err := m.in.Unpack(data[4:])
	if err != nil || len(args) != len(m.in) {
		return decodedCommit{}, fmt.Errorf("%w: %s arguments: %v", ErrNotCommitCall, m.name, err)
	}
	var d decodedCommit
	var last l1.StoredBlock
	if err := abiConvert(m.name, args[0], &last); err != nil {
		return d, err
	}
	if err := abiConvert(m.name, args[1], &d.blocks); err != nil {
		return d, err
	}
	d.first = last.Number + 1
	return d, nil
}

// abiConvert copies an unpacked ABI value of method's arguments into the
// binding's type.
func abiConvert(method string, v any, into any) (err error) {
	defer func() {
		if r := recover(); r != nil { // abi.ConvertType panics on a shape it cannot copy
			err = fmt.Errorf("%s arguments: %v", method, r)
		}
	}()
	abi.ConvertType(v, into)
	return nil
}
