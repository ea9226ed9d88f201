package l1_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
)

// TestConstructorBoundsPriorityExpiry (issue 14, item 3): the constructor
// refuses a priority expiry below 10 blocks (0 would let anyone start exodus
// right after the first deposit) or above 2^24 (at 2^64 - 1 every request
// overflowed block.number + expiry); within the bounds a request expires
// exactly expiry blocks after the block that made it.
func TestConstructorBoundsPriorityExpiry(t *testing.T) {
	gov := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(gov))
	code := common.FromHex(rollupcontract.RollupMetaData.Bin)
	for _, tc := range []struct {
		blocks uint64
		ok     bool
	}{
		{0, false}, {1, false}, {9, false}, {10, true}, {20_000, true},
		{1 << 24, true}, {1<<24 + 1, false}, {1 << 32, false}, {math.MaxUint64, false},
	} {
		cfg := lightConfig(evmtest.Addr(gov), 4)
		cfg.PriorityExpiryBlocks = tc.blocks
		r, err := c.Send(gov, nil, nil, append(code, abiR.PackConstructor(cfg)...))
		if !tc.ok {
			if err == nil {
				t.Errorf("expiry %d: the constructor accepted it", tc.blocks)
				continue
			}
			re := l1.DecodeRevert(err)
			if re == nil || re.Name != "PriorityExpiryOutOfRange" || len(re.Args) != 3 ||
				re.Args[0] != tc.blocks || re.Args[1] != uint64(10) || re.Args[2] != uint64(1<<24) {
				t.Errorf("expiry %d: refused with %v, want PriorityExpiryOutOfRange(%d, 10, 16777216)", tc.blocks, err, tc.blocks)
			}
			continue
		}
		if err != nil {
			t.Errorf("expiry %d: refused: %v", tc.blocks, err)
			continue
		}
		// A deposit's request expires expiry blocks after its own block.
		addr := r.ContractAddress
		d := c.MustSend(t, gov, &addr, big.NewInt(1), abiR.PackDepositETH(evmtest.Addr(gov), big.NewInt(1)))
		var got *rollupcontract.RollupPriorityRequest
		for _, lg := range d.Logs {
			if ev, err := abiR.UnpackPriorityRequestEvent(lg); err == nil {
				got = ev
			}
		}
		if want := d.BlockNumber.Uint64() + tc.blocks; got == nil || got.Expiry != want {
			t.Errorf("expiry %d: request %+v, want expiry %d", tc.blocks, got, want)
		}
	}
	// The bounds are public, for deployment tools.
	addr := deployLight(t, c, gov, lightConfig(evmtest.Addr(gov), 4))
	for _, b := range []struct {
		name   string
		data   []byte
		unpack func([]byte) (uint64, error)
		want   uint64
	}{
		{"MIN_PRIORITY_EXPIRY_BLOCKS", abiR.PackMINPRIORITYEXPIRYBLOCKS(), abiR.UnpackMINPRIORITYEXPIRYBLOCKS, 10},
		{"MAX_PRIORITY_EXPIRY_BLOCKS", abiR.PackMAXPRIORITYEXPIRYBLOCKS(), abiR.UnpackMAXPRIORITYEXPIRYBLOCKS, 1 << 24},
	} {
		out, err := c.Call(evmtest.Addr(gov), addr, b.data)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := b.unpack(out); err != nil || got != b.want {
			t.Errorf("%s = %d (%v), want %d", b.name, got, err, b.want)
		}
	}
}
