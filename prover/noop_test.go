package prover

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// noopBlock is the assignment of an empty block (all slots Noop) for a shape.
func noopBlock(s circuit.Shape) (*circuit.BlockCircuit, error) {
	p := rollup.Params{AccountDepth: s.AccountDepth, BalanceDepth: s.BalanceDepth, OrderDepth: s.OrderDepth, BlockSlots: s.Slots, FeeTokenSlots: s.FeeSlots, ChainID: s.ChainID,
		SlotGroup: s.SlotGroup}
	if s.Blob {
		p.BlobCapacity = 4096
	}
	r, err := scenario.New(p)
	if err != nil {
		return nil, err
	}
	b, err := r.Seal()
	if err != nil {
		return nil, err
	}
	fresh, err := scenario.New(p)
	if err != nil {
		return nil, err
	}
	if s.Blob { // any point: proving costs the same
		var r fr.Element
		r.SetUint64(7)
		return circuit.AssignBlob(fresh.State, s, b, r)
	}
	return circuit.Assign(fresh.State, s, b)
}
