package circuit

import "github.com/zkrollup/zkrollup/rollup"

// Shape fixes the circuit's dimensions; keys are made for exactly one shape.
type Shape struct {
	AccountDepth, BalanceDepth int
	Slots, FeeSlots            int
	ChainID                    uint64
}

// ShapeOf returns the circuit shape of protocol parameters.
func ShapeOf(p rollup.Params) Shape {
	return Shape{AccountDepth: p.AccountDepth, BalanceDepth: p.BalanceDepth, Slots: p.BlockSlots, FeeSlots: p.FeeTokenSlots, ChainID: p.ChainID}
}
