package restore

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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
	// Commitment and StateRoot are what the block's BlockCommitted event
	// says. A block committed, proven and executed by commitProveExecute
	// with later blocks in the same transaction has no stored hash
	// (storedBlockHashes is zero for it for good): the restore checks it
	// against these instead. A source that leaves them zero cannot deliver
	// such a block.
	Commitment [32]byte
	StateRoot  [32]byte

	// A block committed in blob mode (commitBlobBlocks) has these; a
	// calldata commit leaves them zero.
	//
	// DataPoint is the commit's challenge r, at which the contract
	// computed the block's commitment (l1.StoredBlob).
	DataPoint *fr.Element
	// L1Pubdata is the operations the contract read from the commit's
	// calldata (BlobBlock.l1Pubdata): exactly the block's L1-read
	// operations (rollup.Block.L1Pubdata), or the block is not L1's.
	L1Pubdata []byte
	// Slots is the block's shape as the commit named it (in blob mode the
	// operator names it; the contract cannot count the operations).
	Slots uint16
	// DataHash is the block's data hash as the commit named it
	// (BlobBlock.dataHash): the hash of its padded pubdata in the layout
	// its proof used.
	DataHash fr.Element
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

// Errors of the sources.
var (
	// ErrNotCommitCall: a BlockCommitted event came from a transaction that
	// does not call the commit method (commitBlocks or commitProveExecute;
	// commitBlobBlocks in blob mode) itself (a contract calling it for the
	// operator); its data needs a source that reads call traces.
	ErrNotCommitCall = errors.New("the transaction that committed the block does not call the contract's commit method directly")
	// ErrMissingCommit: L1 executed a block whose commit this scan did not
	// see (the scan started too late, or the node lost the logs).
	ErrMissingCommit = errors.New("an executed block has no commit event in the scanned L1 range")
)

// DefaultLogBlocks is how many L1 blocks one log query spans (halved when
// the node refuses a range).
const DefaultLogBlocks = 5000

// CalldataSource reads blocks from the calldata of commitBlocks and
// commitProveExecute transactions (calldata mode): Scanner finds the
// transaction that committed each executed block, and its input holds the
// block.
type CalldataSource struct {
	Scanner

	commits commitSet // the methods that commit blocks
}

var _ Source = (*CalldataSource)(nil)

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

// commitSet is the commit methods a source decodes.
type commitSet []commitMethod

// newCommitSet looks the named methods up in the Rollup ABI; each must
// take at least minInputs arguments (args names them for the message).
func newCommitSet(names []string, minInputs int, args string) (commitSet, error) {
	parsed, err := rollupcontract.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	var out commitSet
	for _, name := range names {
		m, ok := parsed.Methods[name]
		if !ok || len(m.Inputs) < minInputs {
			return nil, fmt.Errorf("the Rollup ABI has no %s(%s)", name, args)
		}
		out = append(out, commitMethod{name: name, sel: m.ID, in: m.Inputs})
	}
	return out, nil
}

// of returns the commit method whose selector data starts with.
func (cs commitSet) of(data []byte) (commitMethod, bool) {
	if len(data) < 4 {
		return commitMethod{}, false
	}
	for _, m := range cs {
		if bytes.Equal(data[:4], m.sel) {
			return m, true
		}
	}
	return commitMethod{}, false
}

// NewCalldataSource returns a source reading contract's commits from c.
func NewCalldataSource(c Chain, contract common.Address) (*CalldataSource, error) {
	cs, err := newCommitSet(commitMethods, 2, "last, blocks, ...")
	if err != nil {
		return nil, err
	}
	return &CalldataSource{Scanner: newScanner(c, contract), commits: cs}, nil
}

// Blocks implements Source.
func (s *CalldataSource) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(Committed) error) error {
	return s.blocks(ctx, s, after, resume, upTo, head, fn)
}

func (s *CalldataSource) isCommit(input []byte) bool {
	_, ok := s.commits.of(input)
	return ok
}

func (s *CalldataSource) decodeCall(_ context.Context, _ *types.Transaction, input []byte) (decodedCommit, error) {
	return s.decode(input)
}

func (s *CalldataSource) methodNames() string { return "commitBlocks or commitProveExecute" }

// decode unpacks the calldata of commitBlocks(last, blocks) or
// commitProveExecute(last, blocks, proofs, pendingOps): the blocks
// committed after last (the proofs and the pending operations say nothing
// the stored block does not).
func (s *CalldataSource) decode(data []byte) (decodedCommit, error) {
	m, ok := s.commits.of(data)
	if !ok {
		return decodedCommit{}, ErrNotCommitCall
	}
	args, err := m.in.Unpack(data[4:])
	if err != nil || len(args) != len(m.in) {
		return decodedCommit{}, fmt.Errorf("%w: %s arguments: %v", ErrNotCommitCall, m.name, err)
	}
	var last l1.StoredBlock
	if err := abiConvert(m.name, args[0], &last); err != nil {
		return decodedCommit{}, err
	}
	var blocks []l1.CommitBlock
	if err := abiConvert(m.name, args[1], &blocks); err != nil {
		return decodedCommit{}, err
	}
	d := decodedCommit{first: last.Number + 1, blocks: make([]Committed, len(blocks))}
	for i := range blocks {
		d.blocks[i].Block = blocks[i]
	}
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
