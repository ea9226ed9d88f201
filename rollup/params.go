package rollup

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/state"
)

// Params are the protocol parameters a deployment fixes once: the circuit's
// keys and the L1 contract are built for exactly these values.
type Params struct {
	AccountDepth int // account tree depth
	BalanceDepth int // balance tree depth (token ids below 2^BalanceDepth)
	OrderDepth   int // order tree depth: each account's order slots below 2^OrderDepth (1..15)
	BlockSlots   int // the most operations a block holds; unused slots are Noops (Placement)
	// Shapes is the deployment's ladder of block shapes (issue 16): the slot
	// counts a block may have, ascending, the largest equal to BlockSlots;
	// each has its own circuit keys and L1 verifier. A sealed block takes the
	// smallest shape that holds its operations (ShapeFor), natively, in the
	// circuit's witness and in the contract, so a quiet rollup does not
	// prove empty slots. Empty means the one shape BlockSlots.
	Shapes        []int
	FeeTokenSlots int // distinct fee tokens one block may collect
	// ChainID identifies this deployment in every L2 signature and L1
	// authorisation, so a signature for one rollup can never be replayed on
	// another. It must be unique per deployment: do not reuse an L1 chain id
	// (two rollups on one L1 would then share it).
	ChainID uint64
	// BlobCapacity is blob mode (issue 19): non-zero, block data goes to L1
	// in EIP-4844 blobs, the block circuit binds rollup.BlobBinding, and a
	// blob circuit of this many field elements (at most 4,096, a whole
	// blob) proves each blob's content; a commit's data must fit in its
	// blobs' first BlobCapacity elements. Zero: calldata mode.
	BlobCapacity int
	// SlotGroup types the block's slots (issue 19, blob mode only): in
	// every group of SlotGroup slots the first two take any operation and
	// the others only what fits a transfer slot (OpSpec.TransferSlot:
	// Transfer, TransferToNew, Noop), whose circuit leaves out every other
	// operation's gadgets. An operation that needs a general slot goes to
	// the next one free and the transfer slots it skips stay empty
	// (Placement). Zero: every slot takes any operation. Calldata mode
	// cannot have it: its contract lays the pubdata out in slots without
	// knowing their types.
	SlotGroup int `json:",omitempty"`
	// L1 is where the deployment's contract lives. A ChangePubKey's L1
	// authorisation names it, so a signature for one deployment is never
	// accepted by another, even one with the same ChainID. It is set when
	// the deployment is known (the node reads it from its deployment); zero
	// when the rollup runs without an L1. It is not part of the circuit.
	L1 L1Domain
}

// L1Domain names a deployment on L1: the L1 network's chain id and the
// rollup contract's address.
type L1Domain struct {
	ChainID  uint64
	Contract common.Address
}

// AuthDomain is what a ChangePubKey's L1 authorisation binds: the rollup's
// chain id and its L1 deployment.
type AuthDomain struct {
	ChainID uint64 // the rollup's (Params.ChainID)
	L1      L1Domain
}

// Auth is the authorisation domain of these params.
func (p Params) Auth() AuthDomain { return AuthDomain{ChainID: p.ChainID, L1: p.L1} }

// Profiles used across the project: "test" keeps proving cheap, "dev" is
// what `zkrollup dev` runs (4 slots: its first start sets up the keys in
// about 1.5 minutes on 2 cores, where 8 slots took 2m37s and pushed
// `make run` to the first executed block past 3 minutes), "prod" is the
// production shape.
var (
	TestParams = Params{AccountDepth: 6, BalanceDepth: 4, OrderDepth: 2, BlockSlots: 4, FeeTokenSlots: 2, ChainID: 1337}
	// LadderTestParams is TestParams with a ladder of two shapes, for the
	// tests of the ladder itself (the other tests keep one shape, one key set).
	LadderTestParams = Params{AccountDepth: 6, BalanceDepth: 4, OrderDepth: 2, BlockSlots: 4, Shapes: []int{2, 4}, FeeTokenSlots: 2, ChainID: 1337}
	DevParams        = Params{AccountDepth: 10, BalanceDepth: 6, OrderDepth: 8, BlockSlots: 16, Shapes: []int{4, 16}, FeeTokenSlots: 2, ChainID: 1337}
	ProdParams       = Params{AccountDepth: 24, BalanceDepth: 10, OrderDepth: 14, BlockSlots: 64, Shapes: []int{8, 16, 64}, FeeTokenSlots: 4, ChainID: 0x7a6b72_0001}
)

// Ladder is the block shapes, ascending (Shapes, or BlockSlots alone).
func (p Params) Ladder() []int {
	if len(p.Shapes) == 0 {
		return []int{p.BlockSlots}
	}
	return p.Shapes
}

// ShapeFor is the shape a block of n operations is sealed into: the
// smallest of the ladder that holds them (BlockSlots when none does; such a
// block is refused before it is sealed: ErrBlockFull).
func (p Params) ShapeFor(n int) int {
	for _, s := range p.Ladder() {
		if n <= s {
			return s
		}
	}
	return p.BlockSlots
}

// MaxShapes bounds a ladder: each shape is a key set to set up and a
// verifier to deploy.
const MaxShapes = 8

// Check reports the first parameter that is out of range.
func (p Params) Check() error {
	if err := p.StateConfig().Check(); err != nil { // the tree depths, order depth included
		return err
	}
	// a SpotTrade's pubdata carries account ids in 3 bytes, tokens in 12
	// bits and order slots in 14 bits (rollup/op_trade.go)
	if p.AccountDepth > 24 || p.BalanceDepth > 12 || p.OrderDepth > MaxOrderDepth {
		return fmt.Errorf("tree depths %d/%d/%d: trades need an account tree of at most 24, a balance tree of at most 12 "+
			"and an order tree of at most %d", p.AccountDepth, p.BalanceDepth, p.OrderDepth, MaxOrderDepth)
	}
	if p.BlockSlots < 1 || p.BlockSlots > 4096 {
		return fmt.Errorf("block slots %d out of range [1, 4096]", p.BlockSlots)
	}
	if len(p.Shapes) > MaxShapes {
		return fmt.Errorf("a ladder of %d block shapes: at most %d", len(p.Shapes), MaxShapes)
	}
	for i, n := range p.Shapes {
		if n < 1 || (i > 0 && n <= p.Shapes[i-1]) {
			return fmt.Errorf("block shapes %v: not ascending slot counts from 1", p.Shapes)
		}
	}
	if len(p.Shapes) > 0 && p.Shapes[len(p.Shapes)-1] != p.BlockSlots {
		return fmt.Errorf("block shapes %v: the largest must be the block slots, %d", p.Shapes, p.BlockSlots)
	}
	if p.ChainID == 0 {
		return fmt.Errorf("chain id 0: give the deployment a unique non-zero id")
	}
	if p.FeeTokenSlots < 1 || p.FeeTokenSlots > 16 {
		return fmt.Errorf("fee token slots %d out of range [1, 16]", p.FeeTokenSlots)
	}
	if p.BlobCapacity < 0 || p.BlobCapacity > 4096 {
		return fmt.Errorf("blob capacity %d out of range [0, 4096] field elements (0: calldata mode)", p.BlobCapacity)
	}
	if p.SlotGroup != 0 {
		if p.SlotGroup < 3 || p.SlotGroup > 4096 {
			return fmt.Errorf("slot group %d out of range [3, 4096] (0: every slot takes any operation)", p.SlotGroup)
		}
		if p.BlobCapacity == 0 {
			return fmt.Errorf("slot group %d in calldata mode: typed slots need blob mode (a blob capacity)", p.SlotGroup)
		}
	}
	return nil
}

// GeneralSlot reports whether block slot i takes any operation (the
// others take only what fits a transfer slot; see SlotGroup).
func (p Params) GeneralSlot(i int) bool { return GeneralSlot(p.SlotGroup, i) }

// GeneralSlot is Params.GeneralSlot for slot group g.
func GeneralSlot(g, i int) bool { return g == 0 || i%g < 2 }

// MaxSkip is how many transfer slots an operation of type t may leave
// empty before it under p's slot group (SlotFor): none when every slot is
// general or t fits a transfer slot; G − 2 for a one-slot operation
// arriving just after a group's general slots, G − 1 for a trade arriving
// on a group's second slot. Fees charge for them (fees.Quote).
func (p Params) MaxSkip(t OpType) int {
	if p.SlotGroup == 0 || t.FitsTransferSlot() {
		return 0
	}
	return p.SlotGroup - 3 + t.Width()
}

// SlotFor is the first block slot at or after from where an operation of
// type t can go under slot group g: from itself when t fits a transfer
// slot or every slot is general, else the first run of t.Width() general
// slots (a SpotTrade's two slots start a group).
func SlotFor(g, from int, t OpType) int {
	if g == 0 || t.FitsTransferSlot() {
		return from
	}
	for i := from; ; i++ {
		ok := true
		for k := range t.Width() {
			ok = ok && GeneralSlot(g, i+k)
		}
		if ok {
			return i
		}
	}
}

// Placement is the block slot of each of ops under slot group g (each at
// SlotFor the previous one's end) and the slots they take in all,
// skipped transfer slots included.
func Placement(g int, ops []ExecutedOp) (at []int, used int) {
	at = make([]int, len(ops))
	for i := range ops {
		at[i] = SlotFor(g, used, ops[i].Type)
		used = at[i] + ops[i].Type.Width()
	}
	return at, used
}

// StateConfig is the state shape these params imply.
func (p Params) StateConfig() state.Config {
	return state.Config{AccountDepth: p.AccountDepth, BalanceDepth: p.BalanceDepth, OrderDepth: p.OrderDepth}
}
