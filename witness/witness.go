// Package witness rebuilds sealed blocks from the store and assigns the
// block circuit for them: it keeps two replicas of the state, one to
// re-execute each block's stored operations (giving the rollup.Block the
// L1 calls need) and one at each block's pre-state for circuit.Assign,
// which re-checks the native result. Blocks go through it in order.
package witness

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/replica"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/store"
)

// ErrOutOfOrder means a block was asked for before the one it follows.
var ErrOutOfOrder = errors.New("witness: blocks must be generated in order")

// Generator holds the replicas. Not safe for concurrent use.
type Generator struct {
	db     *store.DB
	p      rollup.Params
	m      *rollup.Machine
	pre    *state.State
	next   uint64 // the next block to rebuild
	blocks map[uint64]*rollup.Block
}

// New starts both replicas at genesis with the operator's fee account.
// (They live in memory: a restart replays from block 1.)
func New(db *store.DB, p rollup.Params, operator common.Address) (*Generator, error) {
	m, err := replica.Machine(p, operator)
	if err != nil {
		return nil, err
	}
	pre, err := replica.Genesis(p, operator)
	if err != nil {
		return nil, err
	}
	return &Generator{db: db, p: p, m: m, pre: pre, next: 1, blocks: map[uint64]*rollup.Block{}}, nil
}

// Next is the block the generator expects next.
func (g *Generator) Next() uint64 { return g.next }

// Block returns a rebuilt block (kept until Forget).
func (g *Generator) Block(n uint64) (*rollup.Block, bool) {
	b, ok := g.blocks[n]
	return b, ok
}

// Forget drops rebuilt blocks up to n (executed on L1).
func (g *Generator) Forget(n uint64) {
	for k := range g.blocks {
		if k <= n {
			delete(g.blocks, k)
		}
	}
}

// Witness rebuilds block n, checks it against the stored root and
// commitment, and returns the serialized full witness of the block circuit.
func (g *Generator) Witness(ctx context.Context, n uint64) ([]byte, *rollup.Block, error) {
	if n != g.next {
		return nil, nil, fmt.Errorf("%w: want block %d, asked for %d", ErrOutOfOrder, g.next, n)
	}
	sb, err := g.db.Block(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	b, err := replica.Replay(g.m, sb)
	if err != nil {
		return nil, nil, err
	}
	if err := g.m.State().Commit(nil); err != nil {
		return nil, nil, err
	}
	if b.Commitment() != sb.Commitment {
		return nil, nil, fmt.Errorf("block %d re-executes to another commitment than the stored one", n)
	}
	a, err := circuit.Assign(g.pre, circuit.ShapeWithSlots(g.p, b.Slots), b)
	if err != nil {
		return nil, nil, fmt.Errorf("assign block %d: %w", n, err)
	}
	if err := g.pre.Commit(nil); err != nil {
		return nil, nil, err
	}
	w, err := prover.EncodeWitness(a)
	if err != nil {
		return nil, nil, err
	}
	g.blocks[n] = b
	g.next++
	return w, b, nil
}
