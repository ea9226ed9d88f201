package circuit

import (
	"fmt"

	"github.com/zkrollup/zkrollup/rollup"
)

// Shape fixes the circuit's dimensions; keys are made for exactly one shape.
type Shape struct {
	AccountDepth, BalanceDepth, OrderDepth int
	Slots, FeeSlots                        int
	ChainID                                uint64
	// Blob: the block's data goes to L1 in blobs, and the commitment binds
	// rollup.BlobBinding instead of hashing the pubdata (rollup.BlobCommitment).
	Blob bool
	// SlotGroup types the slots (rollup.Params.SlotGroup): slots outside
	// the first two of each group of SlotGroup have only the transfer
	// gadgets. Zero: every slot has every operation's.
	SlotGroup int
}

// general reports whether slot i has every operation's gadgets.
func (s Shape) general(i int) bool { return rollup.GeneralSlot(s.SlotGroup, i) }

// CircuitName names the shape's block circuit in key manifests and caches:
// "block {AccountDepth:… ChainID:…}" as before blob mode existed, with
// " blob" after it for a blob-mode shape and " group N" for typed slots, so
// keys made before them still match.
func (s Shape) CircuitName() string {
	name := fmt.Sprintf("block {AccountDepth:%d BalanceDepth:%d OrderDepth:%d Slots:%d FeeSlots:%d ChainID:%d}",
		s.AccountDepth, s.BalanceDepth, s.OrderDepth, s.Slots, s.FeeSlots, s.ChainID)
	if s.Blob {
		name += " blob"
	}
	if s.SlotGroup != 0 {
		name += fmt.Sprintf(" group %d", s.SlotGroup)
	}
	return name
}

// ShapeOf returns the circuit shape of protocol parameters: their largest
// block shape.
func ShapeOf(p rollup.Params) Shape { return ShapeWithSlots(p, p.BlockSlots) }

// ShapeWithSlots is the circuit of p's block shape of the given slots.
func ShapeWithSlots(p rollup.Params, slots int) Shape {
	return Shape{AccountDepth: p.AccountDepth, BalanceDepth: p.BalanceDepth, OrderDepth: p.OrderDepth, Slots: slots, FeeSlots: p.FeeTokenSlots, ChainID: p.ChainID, Blob: p.BlobCapacity > 0,
		SlotGroup: p.SlotGroup}
}

// Shapes are the circuits of p's ladder, ascending.
func Shapes(p rollup.Params) []Shape {
	var out []Shape
	for _, n := range p.Ladder() {
		out = append(out, ShapeWithSlots(p, n))
	}
	return out
}
