package circuit

import (
	"fmt"

	tedwardsid "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkrollup/zkrollup/rollup"
)

// BlockCircuit proves one block: the state goes from Header.OldRoot to
// Header.NewRoot by applying the slots' operations under the rules of
// package rollup, then crediting the collected fees; the only public input is
// the block commitment over the header and the pubdata built from the slots.
type BlockCircuit struct {
	Commitment  frontend.Variable `gnark:",public"`
	Header      BlockHeader
	DataPoint   frontend.Variable // blob mode: the challenge r of rollup.BlobBinding; 0 otherwise
	Slots       []Slot
	FeeTokens   []frontend.Variable // the block's fee credits (rollup.Block.Fees, padded with token 0)
	FeeOpenings []AccountOpening    // the fee account, opened for each credit in turn

	shape Shape
}

// NewBlockCircuit allocates a circuit of the given shape.
func NewBlockCircuit(s Shape) *BlockCircuit {
	c := &BlockCircuit{shape: s, Slots: make([]Slot, s.Slots), FeeTokens: make([]frontend.Variable, s.FeeSlots), FeeOpenings: make([]AccountOpening, s.FeeSlots)}
	for i := range c.Slots {
		c.Slots[i] = NewSlot(s)
	}
	for i := range c.FeeOpenings {
		c.FeeOpenings[i] = NewAccountOpening(s.AccountDepth, s.BalanceDepth, s.OrderDepth)
	}
	return c
}

// Define implements frontend.Circuit.
func (c *BlockCircuit) Define(api frontend.API) error {
	if len(c.Slots) == 0 || len(c.FeeTokens) != len(c.FeeOpenings) {
		return fmt.Errorf("block circuit: %d slots, %d fee tokens, %d fee openings", len(c.Slots), len(c.FeeTokens), len(c.FeeOpenings))
	}
	// a trade's pubdata carries account ids in 24 bits, tokens in 12 and
	// order slots in 14 (rollup.Params.Check refuses deeper trees too)
	if s := c.shape; s.AccountDepth > 24 || s.BalanceDepth > 12 || s.OrderDepth > rollup.MaxOrderDepth {
		return fmt.Errorf("block circuit: depths %d/%d/%d are beyond what a trade's pubdata addresses (24/12/%d)", s.AccountDepth,
			s.BalanceDepth, s.OrderDepth, rollup.MaxOrderDepth)
	}
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	curve, err := twistededwards.NewEdCurve(api, tedwardsid.BN254)
	if err != nil {
		return err
	}
	b := &blockBuilder{api: api, h: h, curve: curve, chainID: c.shape.ChainID, feeSums: make([]frontend.Variable, len(c.FeeTokens)),
		timestamp: c.Header.Timestamp,
		link:      tradeLink{open: 0, taker: 0, maker: 0, makerSlot: 0, makerBips: 0, x: 0, y: 0, fillA: 0, fillB: 0}}
	for j := range b.feeSums {
		b.feeSums[j] = 0
	}
	root := c.Header.OldRoot
	var pubdata []frontend.Variable
	var data *blobData
	if c.shape.Blob {
		data = newBlobData(api, c.DataPoint)
	} else {
		api.AssertIsEqual(c.DataPoint, 0) // every witness value is bound
	}
	var lay layout
	for i := range c.Slots {
		var bits []frontend.Variable
		var f opFlags
		if root, bits, f, err = b.slot(root, &c.Slots[i], c.FeeTokens, c.shape.general(i)); err != nil {
			return fmt.Errorf("slot %d: %w", i, err)
		}
		lay.place(api, c.shape, i, f)
		if data != nil {
			if err := data.add(bits, f); err != nil {
				return fmt.Errorf("slot %d: %w", i, err)
			}
		} else {
			pubdata = append(pubdata, bits...)
		}
	}
	api.AssertIsEqual(b.link.open, 0) // no trade's first slot is the block's last
	// fees are credited to the fee account after the last operation
	for j, tok := range c.FeeTokens {
		o := c.FeeOpenings[j]
		api.AssertIsEqual(o.ID, c.Header.FeeAccount)
		api.AssertIsEqual(o.Token, tok)
		api.AssertIsEqual(api.IsZero(o.Address), 0) // the fee account exists
		implies(api, api.IsZero(b.feeSums[j]), tok, 0)
		credited := api.Add(o.Balance, b.feeSums[j])
		assertFits(api, credited, 128)
		root = h.Update(root, o, AccountAfter{Address: o.Address, PubKeyHash: o.PubKeyHash, Nonce: o.Nonce, Balance: credited, OrderRoot: o.OrderRoot})
	}
	api.AssertIsEqual(root, c.Header.NewRoot)
	var commitment frontend.Variable
	if data != nil {
		commitment, err = BlobCommitment(api, c.Header, data.binding(h, c.DataPoint))
	} else {
		commitment, err = Commitment(api, c.Header, pubdata)
	}
	if err != nil {
		return err
	}
	api.AssertIsEqual(commitment, c.Commitment)
	return h.Err()
}

// layout holds the operations to rollup.Placement: each at the first slot
// at or after the previous one's end where it fits (rollup.SlotFor). A
// Noop between operations (a gap) is allowed only where the next
// operation skipped slots it could not take: never before a transfer
// (it fits any slot), before a one-slot operation only if no slot of the
// gap is general, before a trade only if no slot of the gap starts a
// group. Without it a block's operations could be proven in another
// layout than the native one: same state transition and compact data,
// another data hash (found by the review of typed slots, issue 19).
type layout struct {
	gap, gapGeneral, gapGroup frontend.Variable // the slots before this one end in a gap; it holds a general slot; a group start
}

func (l *layout) place(api frontend.API, s Shape, i int, f opFlags) {
	if i == 0 {
		l.gap, l.gapGeneral, l.gapGroup = 0, 0, 0
	}
	single := api.Sub(api.Sub(1, f.noop), api.Add(f.anyTransfer, f.half)) // needs one general slot
	api.AssertIsEqual(api.Mul(l.gap, f.anyTransfer), 0)
	api.AssertIsEqual(api.Mul(single, l.gapGeneral), 0)
	api.AssertIsEqual(api.Mul(f.trade, l.gapGroup), 0)
	// the gap after this slot: this slot if it is a Noop, and what it holds
	if s.general(i) {
		l.gapGeneral = f.noop
	} else {
		l.gapGeneral = api.Mul(f.noop, l.gapGeneral)
	}
	if rollup.SlotFor(s.SlotGroup, i, rollup.OpSpotTrade) == i { // two general slots start here
		l.gapGroup = f.noop
	} else {
		l.gapGroup = api.Mul(f.noop, l.gapGroup)
	}
	l.gap = f.noop
}

type blockBuilder struct {
	api       frontend.API
	h         *Hasher
	curve     twistededwards.Curve
	chainID   uint64
	feeSums   []frontend.Variable
	timestamp frontend.Variable // the block's: orders must be valid at it
	link      tradeLink         // what the previous slot leaves for a trade's second slot
}

// bitsBE decomposes v into n bits, most significant first, asserting v < 2^n.
func bitsBE(api frontend.API, v frontend.Variable, n int) []frontend.Variable {
	le := api.ToBinary(v, n)
	be := make([]frontend.Variable, n)
	for i := range le {
		be[n-1-i] = le[i]
	}
	return be
}

func constBits(v uint64, n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for i := range n {
		out[i] = (v >> (n - 1 - i)) & 1
	}
	return out
}

func cat(parts ...[]frontend.Variable) []frontend.Variable {
	var out []frontend.Variable
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
