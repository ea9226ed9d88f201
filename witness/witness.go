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

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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
	db   *store.DB
	p    rollup.Params
	m    *rollup.Machine
	pre  *state.State
	next uint64 // the next block to rebuild
	// nextAssign is the next block to assign (≤ next): in blob mode a
	// block is assigned once its commit's data point is known
	nextAssign uint64
	blocks     map[uint64]*rollup.Block
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
	return &Generator{db: db, p: p, m: m, pre: pre, next: 1, nextAssign: 1, blocks: map[uint64]*rollup.Block{}}, nil
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
// commitment, and returns the serialized full witness of the block circuit
// (calldata mode: Rebuild then Assign).
func (g *Generator) Witness(ctx context.Context, n uint64) ([]byte, *rollup.Block, error) {
	b, err := g.Rebuild(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	w, err := g.Assign(n, fr.Element{})
	if err != nil {
		return nil, nil, err
	}
	return w, b, nil
}

// Rebuild re-executes block n from the store (blocks in order), checks it
// against its stored commitment and keeps it (Block).
func (g *Generator) Rebuild(ctx context.Context, n uint64) (*rollup.Block, error) {
	if n != g.next {
		return nil, fmt.Errorf("%w: want block %d, asked for %d", ErrOutOfOrder, g.next, n)
	}
	sb, err := g.db.Block(ctx, n)
	if err != nil {
		return nil, err
	}
	b, err := replica.Replay(g.m, sb)
	if err != nil {
		return nil, err
	}
	if err := g.m.State().Commit(nil); err != nil {
		return nil, err
	}
	if b.Commitment() != sb.Commitment {
		return nil, fmt.Errorf("block %d re-executes to another commitment than the stored one", n)
	}
	g.blocks[n] = b
	g.next++
	return b, nil
}

// NextAssign is the block Assign expects next.
func (g *Generator) NextAssign() uint64 { return g.nextAssign }

// Assign assigns the block circuit for rebuilt block n (blocks in order)
// and returns the serialized full witness. In blob mode r is the data
// point of the commit that holds the block (its witness cannot be made
// before); in calldata mode it is ignored.
func (g *Generator) Assign(n uint64, r fr.Element) ([]byte, error) {
	if n != g.nextAssign {
		return nil, fmt.Errorf("%w: want to assign block %d, asked for %d", ErrOutOfOrder, g.nextAssign, n)
	}
	b, ok := g.blocks[n]
	if !ok {
		return nil, fmt.Errorf("block %d is not rebuilt", n)
	}
	shape := circuit.ShapeWithSlots(g.p, b.Slots)
	var a *circuit.BlockCircuit
	var err error
	if shape.Blob {
		a, err = circuit.AssignBlob(g.pre, shape, b, r)
	} else {
		a, err = circuit.Assign(g.pre, shape, b)
	}
	if err != nil {
		return nil, fmt.Errorf("assign block %d: %w", n, err)
	}
	if err := g.pre.Commit(nil); err != nil {
		return nil, err
	}
	w, err := prover.EncodeWitness(a)
	if err != nil {
		return nil, err
	}
	g.nextAssign++
	return w, nil
}
