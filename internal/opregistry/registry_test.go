package opregistry

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestEveryTableHasAnEntryForEveryOp walks the registry and names, for each
// operation type, every table that lacks it.
func TestEveryTableHasAnEntryForEveryOp(t *testing.T) {
	sizes, slotBytes := contractOpSizes(t)
	if slotBytes != rollup.SlotBytes {
		t.Errorf("Rollup.sol SLOT_BYTES is %d, rollup.SlotBytes %d", slotBytes, rollup.SlotBytes)
	}
	for _, s := range rollup.Ops() {
		if !circuit.Implements(s.Type) {
			t.Errorf("%s: circuit has no gadget: add its rules to circuit/slotrules.go, its witness to circuit/witness.go, and the type to circuit.gadgets", s.Name)
		}
		as, fields, ok := circuit.SignedLayout(s.Type)
		switch {
		case s.Signed && !ok:
			t.Errorf("%s: circuit has no signature layout: add one to circuit.signedLayouts", s.Name)
		case !s.Signed && ok:
			t.Errorf("%s: circuit checks a signature layout for an unsigned type", s.Name)
		case ok && as != s.Request:
			t.Errorf("%s: circuit's signed bytes start with type %s, the request is a %s", s.Name, as, s.Request)
		case ok:
			n := 1
			for _, f := range fields {
				n += f.Size()
			}
			if n > 62 {
				t.Errorf("%s: %d signed bytes do not fit the circuit's two 31-byte message chunks", s.Name, n)
			}
		}
		if got := mempool.Admits(s.Type); got != s.Submittable() {
			t.Errorf("%s: mempool admits = %v, submittable = %v: add or remove its key rule in mempool.admission", s.Name, got, s.Submittable())
		}
		if s.Request == s.Type && s.Type != rollup.OpNoop && !scenario.Builds(s.Type) {
			t.Errorf("%s: the scenario notation has no command for it: add one to rollup/scenario/build.go", s.Name)
		}
		if got, want := s.Replayable(), s.Type != rollup.OpNoop; got != want {
			t.Errorf("%s: replayable from L1 pubdata = %v, want %v: give it a fromPubdata in rollup/op_*.go (what a state rebuilt from L1 applies)", s.Name, got, want)
		}
		want := s.PubdataSize()
		if s.Type == rollup.OpNoop {
			want = 0 // refused in pubdata: Noops only pad the commitment
		}
		if got := int(sizes[s.Type]); got != want {
			t.Errorf("%s: Rollup.sol OP_SIZES says %d bytes, the registry %d: update OP_SIZES (and the op's handling in _commitOne)", s.Name, got, want)
		}
	}
	if n := len(rollup.Ops()); n < len(sizes) {
		for t2 := n; t2 < len(sizes); t2++ {
			if sizes[t2] != 0 {
				t.Errorf("Rollup.sol OP_SIZES knows type %d (%d bytes), the registry does not", t2, sizes[t2])
			}
		}
	}
}

// contractOpSizes deploys the real Rollup contract and reads OP_SIZES (one
// byte per type, index = type) and SLOT_BYTES through the generated bindings.
func contractOpSizes(t *testing.T) ([32]byte, int) {
	t.Helper()
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	c := rollupcontract.NewRollup()
	owner := evmtest.Addr(key)
	addr, _ := chain.Deploy(t, key, common.FromHex(rollupcontract.RollupMetaData.Bin), c.PackConstructor(rollupcontract.RollupConfig{
		BlockShapes: []uint16{1}, BlockVerifiers: []common.Address{owner}, ExitVerifier: owner, AccountDepth: big.NewInt(4),
		BalanceDepth: big.NewInt(4), RollupChainId: 1, PriorityExpiryBlocks: 100, Governance: owner, Operator: owner,
	}))
	call := func(data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
		out, err := chain.Call(owner, addr, data)
		if err != nil {
			t.Fatal(err)
		}
		v, err := unpack(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	var sizes [32]byte
	call(c.PackOPSIZES(), c.UnpackOPSIZES).FillBytes(sizes[:])
	for i, j := 0, len(sizes)-1; i < j; i, j = i+1, j-1 { // big-endian word: byte k of the packing is sizes[31-k]
		sizes[i], sizes[j] = sizes[j], sizes[i]
	}
	return sizes, int(call(c.PackSLOTBYTES(), c.UnpackSLOTBYTES).Int64())
}
