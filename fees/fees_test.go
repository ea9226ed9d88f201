package fees

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// small is a configuration whose quotes can be checked by hand.
func small() Config {
	return Config{GasPrice: big.NewInt(2), PubdataGasPerByte: 40, ProveGas: 1000, ExecuteGas: 200, CommitGas: 100,
		ProvingWeiPerSlot: big.NewInt(7), Tolerance: 10,
		TokenPrices: map[uint16]*big.Rat{1: big.NewRat(1, 2), 2: big.NewRat(1000, 1)}}
}

// TestQuoteArithmetic: gas = pubdata bytes × 40 + ⌈(1000 + 200 + 100) / 4
// slots⌉ = … + 325; wei = gas × 2 + 7; the token amount is rounded up, the
// fee up to a packable value, the least accepted is 10% below the total.
func TestQuoteArithmetic(t *testing.T) {
	p := rollup.TestParams // 4 slots, tokens 0-15
	floored := small()
	floored.FloorWei = big.NewInt(5000)
	for _, c := range []struct {
		name                 string
		cfg                  Config
		typ                  rollup.OpType
		token                uint16
		gas                  uint64
		totalWei, total, fee int64
		least                int64
		want                 error
	}{
		{"transfer in ETH", small(), rollup.OpTransfer, 0, 18*40 + 325, 2097, 2097, 2100, 1888, nil},
		{"transfer to a new address", small(), rollup.OpTransferToNew, 0, 38*40 + 325, 3697, 3697, 3700, 3328, nil},
		{"withdraw", small(), rollup.OpWithdraw, 0, 45*40 + 325, 4257, 4257, 4260, 3832, nil},
		{"key change", small(), rollup.OpChangePubKey, 0, 53*40 + 325, 4897, 4897, 4900, 4408, nil},
		{"a token at half a wei a unit", small(), rollup.OpTransfer, 1, 1045, 2097, 4194, 4200, 3775, nil},
		{"a token at 1000 wei a unit: rounded up", small(), rollup.OpTransfer, 2, 1045, 2097, 3, 3, 3, nil},
		{"the floor", floored, rollup.OpTransfer, 0, 1045, 5000, 5000, 5000, 4500, nil},
		{"a token with no price", small(), rollup.OpTransfer, 3, 0, 0, 0, 0, 0, ErrNoPrice},
		{"a token beyond the balance tree", small(), rollup.OpTransfer, 16, 0, 0, 0, 0, 0, rollup.ErrTokenOutOfRange},
		{"an unknown type", small(), rollup.OpType(200), 0, 0, 0, 0, 0, 0, rollup.ErrUnknownOpType},
		{"zero: any token, nothing to pay", Config{Zero: true}, rollup.OpWithdraw, 3, 0, 0, 0, 0, 0, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			q, err := New(c.cfg, p, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := q.Quote(c.typ, c.token)
			if c.want != nil || err != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("got %v, want %v", err, c.want)
				}
				return
			}
			if got.Gas != c.gas || got.TotalWei.Int64() != c.totalWei || got.Total.Int64() != c.total ||
				got.Fee.Int64() != c.fee || got.Least.Int64() != c.least {
				t.Fatalf("got gas %d, wei %s, total %s, fee %s, least %s; want %d, %d, %d, %d, %d",
					got.Gas, got.TotalWei, got.Total, got.Fee, got.Least, c.gas, c.totalWei, c.total, c.fee, c.least)
			}
			if got.Gas != got.PubdataGas+got.BlockGas || got.PubdataBytes != rollup.PubdataSize(c.typ) || got.Slots != p.BlockSlots {
				t.Errorf("parts do not add up: %+v", got)
			}
			u, err := num.FromBig(got.Fee)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := rollup.PackFee(u); err != nil {
				t.Errorf("fee %s does not pack: %v", got.Fee, err)
			}
		})
	}
}

// TestQuotesAtTheDefaults prints (and pins) the ETH quotes at 1 gwei with
// the measured defaults, at the dev (4 slots) and production (64 slots)
// block sizes, and at 4,096 slots: the figures in docs/BENCHMARKS.md.
func TestQuotesAtTheDefaults(t *testing.T) {
	cfg := Default()
	cfg.GasPrice = big.NewInt(1_000_000_000)
	want := map[int]map[rollup.OpType]string{
		16:   {rollup.OpTransfer: "23900000000000", rollup.OpTransferToNew: "24700000000000", rollup.OpWithdraw: "25000000000000", rollup.OpChangePubKey: "25300000000000"},
		64:   {rollup.OpTransfer: "6520000000000", rollup.OpTransferToNew: "7320000000000", rollup.OpWithdraw: "7600000000000", rollup.OpChangePubKey: "7920000000000"},
		4096: {rollup.OpTransfer: "827000000000", rollup.OpTransferToNew: "1627000000000", rollup.OpWithdraw: "1907000000000", rollup.OpChangePubKey: "2230000000000"},
	}
	big4096 := rollup.ProdParams
	big4096.BlockSlots = 4096 // the largest block docs/BENCHMARKS.md measured a commit of
	for _, p := range []rollup.Params{rollup.DevParams, rollup.ProdParams, big4096} {
		q, err := New(cfg, p, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, typ := range []rollup.OpType{rollup.OpTransfer, rollup.OpTransferToNew, rollup.OpWithdraw, rollup.OpChangePubKey} {
			got, err := q.Quote(typ, 0)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%4d slots, 1 gwei: %-13s %3d bytes, gas %6d + %6d = %6d, %s wei + proving %s = %s wei, fee %s wei",
				p.BlockSlots, typ, got.PubdataBytes, got.PubdataGas, got.BlockGas, got.Gas,
				new(big.Int).Mul(new(big.Int).SetUint64(got.Gas), got.GasPrice), got.ProvingWei, got.TotalWei, got.Fee)
			if w := want[p.BlockSlots][typ]; got.Fee.String() != w {
				t.Errorf("%d slots %s: fee %s, want %s", p.BlockSlots, typ, got.Fee, w)
			}
		}
	}
}

// TestPackUpIsTheNextPackableFee: for every value up to 40,000, and for
// large ones, PackUp is packable, not below the value, and no packable
// value lies between them.
func TestPackUpIsTheNextPackableFee(t *testing.T) {
	const n = 40_000
	next := make([]int64, n+1) // the smallest packable value ≥ i (0: none up to n)
	for i := int64(n); i >= 0; i-- {
		if _, err := rollup.PackFee(num.FromUint64(uint64(i))); err == nil {
			next[i] = i
		} else if i < n {
			next[i] = next[i+1]
		}
	}
	for v := int64(0); v <= n; v++ {
		got, err := PackUp(big.NewInt(v))
		if err != nil {
			t.Fatalf("%d: %v", v, err)
		}
		if next[v] != 0 && got.Int64() != next[v] {
			t.Fatalf("PackUp(%d) = %s, want %d", v, got, next[v])
		}
		if got.Int64() < v {
			t.Fatalf("PackUp(%d) = %s is below it", v, got)
		}
	}
	for _, c := range []struct{ v, want string }{
		{"123456789000000000000000000", "123500000000000000000000000"},
		{"20470000000000000000000000000000000", "20470000000000000000000000000000000"}, // 2047e31, the largest
	} {
		v, _ := new(big.Int).SetString(c.v, 10)
		if got, err := PackUp(v); err != nil || got.String() != c.want {
			t.Errorf("PackUp(%s) = %v, %v; want %s", c.v, got, err, c.want)
		}
	}
	tooBig, _ := new(big.Int).SetString("20470000000000000000000000000000001", 10)
	if _, err := PackUp(tooBig); !errors.Is(err, rollup.ErrNotPackable) {
		t.Errorf("above the largest packable fee: %v", err)
	}
}

// fakeL1 answers the gas price reads.
type fakeL1 struct {
	base, tip *big.Int
	err       error
}

func (f *fakeL1) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	if f.err != nil {
		return nil, f.err
	}
	return &types.Header{BaseFee: f.base}, nil
}

func (f *fakeL1) SuggestGasTipCap(context.Context) (*big.Int, error) { return f.tip, f.err }

// TestGasPriceFromTheL1: without a configured price the quoter reads the
// L1's base fee plus tip at Start, and keeps the last price when a later
// read fails.
func TestGasPriceFromTheL1(t *testing.T) {
	l1 := &fakeL1{base: big.NewInt(7e9), tip: big.NewInt(2e9)}
	cfg := Default()
	q, err := New(cfg, rollup.DevParams, l1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Quote(rollup.OpTransfer, 0); err == nil {
		t.Fatal("quoted before any gas price was read")
	}
	ctx := context.Background()
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Stop(ctx)
	got, err := q.Quote(rollup.OpTransfer, 0)
	if err != nil || got.GasPrice.Int64() != 9e9 {
		t.Fatalf("gas price %v (%v), want 9 gwei", got.GasPrice, err)
	}
	l1.err = errors.New("L1 down")
	if err := q.refresh(ctx); err == nil {
		t.Fatal("a failed read reported no error")
	}
	if p, err := q.GasPrice(); err != nil || p.Int64() != 9e9 {
		t.Fatalf("after a failed read: %v (%v), want the last price", p, err)
	}
	if _, err := New(cfg, rollup.DevParams, nil, nil); err == nil {
		t.Fatal("a quoter with neither a gas price nor an L1 was built")
	}
}

func TestConfigCheck(t *testing.T) {
	for name, c := range map[string]Config{
		"tolerance of 100%": {GasPrice: big.NewInt(1), Tolerance: 100},
		"negative price":    {GasPrice: big.NewInt(-1)},
		"a price for ETH":   {GasPrice: big.NewInt(1), TokenPrices: map[uint16]*big.Rat{0: big.NewRat(1, 1)}},
		"a zero price":      {GasPrice: big.NewInt(1), TokenPrices: map[uint16]*big.Rat{1: new(big.Rat)}},
		"no refresh":        {},
	} {
		if err := c.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := Default().Check(); err != nil {
		t.Errorf("the default: %v", err)
	}
}

// TestQuoteChargesSkippedTransferSlots: under typed slots (groups of 4 in
// a 4-slot block: G G T T) a withdrawal may leave two transfer slots
// empty before it (rollup.Params.MaxSkip) and pays for three slots'
// share of the block and of proving; a transfer pays for one, as in an
// untyped block.
func TestQuoteChargesSkippedTransferSlots(t *testing.T) {
	p := rollup.TestParams
	p.BlobCapacity, p.SlotGroup = 64, 4
	q, err := New(small(), p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		typ     rollup.OpType
		charged int
		gas     uint64
		wei     int64
	}{
		{rollup.OpTransfer, 1, 18*40 + 325, (18*40+325)*2 + 7},
		{rollup.OpWithdraw, 3, 45*40 + 3*325, (45*40+3*325)*2 + 3*7},
	} {
		got, err := q.Quote(c.typ, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got.SlotsCharged != c.charged || got.Gas != c.gas || got.TotalWei.Int64() != c.wei {
			t.Errorf("%s: %d slots charged, gas %d, wei %s; want %d, %d, %d", c.typ, got.SlotsCharged, got.Gas, got.TotalWei, c.charged, c.gas, c.wei)
		}
	}
}
