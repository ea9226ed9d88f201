package restore

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
)

// Scanner is the part of reading blocks from L1 that every source shares:
// it scans the contract's BlockCommitted and BlockExecuted logs, finds for
// each executed block the transaction that committed it (the last one
// before its BlockExecuted, since a reverted block is committed again),
// and hands that transaction's commit calls to the source's decoder: the
// transaction's own input, or, when it reached the contract through
// another contract, the calls its trace shows. CalldataSource and
// BlobSource embed it.
type Scanner struct {
	C         Chain
	Contract  common.Address
	LogBlocks uint64 // L1 blocks per log query; 0: DefaultLogBlocks
	// Tracer reads the calls of a commit transaction that reached the
	// contract through another contract (a multisig, a relayer); nil: such
	// commits are refused with ErrNotCommitCall. The sources' constructors
	// set it when the chain client speaks raw JSON-RPC (ethclient does).
	Tracer CallTracer

	abi     *rollupcontract.Rollup
	decoded map[common.Hash][]decodedCommit // commit transactions by hash
}

func newScanner(c Chain, contract common.Address) Scanner {
	s := Scanner{C: c, Contract: contract, abi: rollupcontract.NewRollup(), decoded: map[common.Hash][]decodedCommit{}}
	if rc, ok := c.(interface{ Client() *rpc.Client }); ok {
		s.Tracer = RPCTracer{C: rc.Client()}
	}
	return s
}

// commitDecoder is what a source adds to Scanner: it recognises and
// decodes the calls that commit blocks in its data mode.
type commitDecoder interface {
	// isCommit reports whether input calls one of its commit methods.
	isCommit(input []byte) bool
	// decodeCall decodes such a call, made by transaction tx.
	decodeCall(ctx context.Context, tx *types.Transaction, input []byte) (decodedCommit, error)
	// methodNames names its commit methods, for messages.
	methodNames() string
}

// decodedCommit is one commit call: the blocks it committed after the
// stored block it names.
type decodedCommit struct {
	first  uint64      // the number of blocks[0]
	blocks []Committed // what the call says of each (Block, and a blob commit's fields)
}

// pending is the latest commit seen of a block not yet delivered.
type pending struct {
	l1Block uint64
	log     types.Log
}

// blocks implements Source.Blocks with d decoding the commit calls.
func (s *Scanner) blocks(ctx context.Context, d commitDecoder, after, resume, upTo, head uint64, fn func(Committed) error) error {
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
			cb, err := s.commitOf(ctx, d, p.log, n)
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

// commitOf reads block n from the commit calls of the transaction that
// emitted its BlockCommitted event.
func (s *Scanner) commitOf(ctx context.Context, d commitDecoder, lg types.Log, n uint64) (Committed, error) {
	ds, ok := s.decoded[lg.TxHash]
	if !ok {
		var err error
		if ds, err = s.commitsOf(ctx, d, lg); err != nil {
			return Committed{}, fmt.Errorf("block %d: commit transaction %s: %w", n, lg.TxHash, err)
		}
		if len(s.decoded) >= 64 {
			clear(s.decoded)
		}
		s.decoded[lg.TxHash] = ds
	}
	// An event whose data does not decode leaves them zero: a block L1
	// stores a hash for needs none, one it stores none for is then
	// refused (ErrNotOnL1).
	ev, evErr := s.abi.UnpackBlockCommittedEvent(&lg)
	// One transaction may commit block n more than once (an operator
	// contract committing, reverting and committing again): lg is the
	// last BlockCommitted event for n, so the call is the last one that
	// covers n — the last whose new root is the event's, if the event
	// decodes (review of issue 19: the first call made a restore refuse
	// the state L1 executed).
	var out *Committed
	for i := len(ds) - 1; i >= 0; i-- {
		dc := ds[i]
		if n < dc.first || n-dc.first >= uint64(len(dc.blocks)) {
			continue
		}
		cb := dc.blocks[n-dc.first]
		cb.Number, cb.L1Block, cb.TxHash = n, lg.BlockNumber, lg.TxHash
		if evErr == nil {
			cb.Commitment, cb.StateRoot = ev.Commitment, ev.StateRoot
			if cb.Block.NewStateRoot != ev.StateRoot {
				if out == nil {
					out = &cb
				}
				continue
			}
		}
		return cb, nil
	}
	if out != nil {
		return *out, nil
	}
	return Committed{}, fmt.Errorf("block %d: commit transaction %s commits other blocks", n, lg.TxHash)
}

// commitsOf decodes every commit call a transaction made to the contract:
// its own input, or the calls its trace shows.
func (s *Scanner) commitsOf(ctx context.Context, d commitDecoder, lg types.Log) ([]decodedCommit, error) {
	tx, err := s.C.TransactionInBlock(ctx, lg.BlockHash, lg.TxIndex)
	if err != nil {
		return nil, err
	}
	if tx.To() != nil && *tx.To() == s.Contract {
		if !d.isCommit(tx.Data()) {
			return nil, fmt.Errorf("%w: it calls the contract, but not %s", ErrNotCommitCall, d.methodNames())
		}
		dc, err := d.decodeCall(ctx, tx, tx.Data())
		if err != nil {
			return nil, err
		}
		return []decodedCommit{dc}, nil
	}
	if s.Tracer == nil {
		return nil, fmt.Errorf("%w (%s), and the L1 node offers no call traces (debug_traceTransaction)", ErrNotCommitCall, d.methodNames())
	}
	calls, err := s.Tracer.TraceCalls(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%w (%s); its call trace: %w", ErrNotCommitCall, d.methodNames(), err)
	}
	var out []decodedCommit
	for _, c := range calls {
		if c.To != s.Contract || !d.isCommit(c.Input) {
			continue
		}
		dc, err := d.decodeCall(ctx, tx, c.Input)
		if err != nil {
			return nil, err
		}
		out = append(out, dc)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: its trace shows no %s call", ErrNotCommitCall, d.methodNames())
	}
	return out, nil
}
