package bench

import (
	"context"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
)

// fakeL1 serves fixed logs and receipts (the sharing arithmetic is what is
// tested here; the real contract's events and receipts are read by
// `zkrollup bench --l1-rpc`, docs/BENCHMARKS.md).
type fakeL1 struct {
	logs []types.Log
	gas  map[common.Hash]uint64
}

func (f fakeL1) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

func (f fakeL1) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not served")
}

func (f fakeL1) BlockNumber(context.Context) (uint64, error) { return 100, nil }

func (f fakeL1) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	g, ok := f.gas[h]
	if !ok {
		return nil, errors.New("no receipt")
	}
	return &types.Receipt{GasUsed: g}, nil
}

type fakeNode map[uint64]int // L2 block -> operations

func (f fakeNode) Block(_ context.Context, n uint64) (*api.Block, error) {
	return &api.Block{Number: n, Ops: make([]api.BlockOp, f[n])}, nil
}

// TestMeasureL1SharesEachTransactionAmongItsBlocks: a transaction's gas is
// shared equally among the L2 blocks its events name (a commitProveExecute
// names each block three times, and counts once, as its own stage), and
// only the measured range's shares count; removed logs and other events
// are left out.
func TestMeasureL1SharesEachTransactionAmongItsBlocks(t *testing.T) {
	a, err := rollupcontract.RollupMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := func(name string, tx byte, block uint64, l1Block uint64) types.Log {
		return types.Log{Topics: []common.Hash{a.Events[name].ID, common.BigToHash(new(big.Int).SetUint64(block))},
			TxHash: common.Hash{tx}, BlockNumber: l1Block}
	}
	commit, prove, exec := "BlockCommitted", "BlockProven", "BlockExecuted"
	f := fakeL1{
		logs: []types.Log{
			ev(commit, 1, 1, 10), ev(commit, 1, 2, 10), ev(commit, 1, 3, 10), // blocks 1-3: 300 gas, 2 and 3 measured
			ev(prove, 2, 2, 11), ev(prove, 2, 3, 11), // 400 gas, both measured
			ev(exec, 3, 2, 12), ev(exec, 3, 3, 12), ev(exec, 3, 4, 12), ev(exec, 3, 5, 12), // 800 gas, half measured
			ev(commit, 4, 9, 13), // outside the range: not counted
			// commitProveExecute of blocks 4-5: 600 gas, half measured (block 4)
			ev(commit, 6, 4, 15), ev(prove, 6, 4, 15), ev(exec, 6, 4, 15),
			ev(commit, 6, 5, 15), ev(prove, 6, 5, 15), ev(exec, 6, 5, 15),
		},
		gas: map[common.Hash]uint64{{1}: 300, {2}: 400, {3}: 800, {4}: 1000, {6}: 600},
	}
	removed := ev(prove, 5, 2, 14)
	removed.Removed = true
	f.logs = append(f.logs, removed)
	c, err := MeasureL1(context.Background(), f, common.Address{}, 0, fakeNode{2: 16, 3: 4, 4: 10}, 2, 4)
	if err != nil {
		t.Fatal(err)
	}
	want := [4]StageCost{{"commit", 1, 2, 200}, {"prove", 1, 2, 400}, {"execute", 1, 3, 600}, {"one-tx", 1, 1, 300}}
	for i, s := range c.Stages {
		if s.Name != want[i].Name || s.Txs != want[i].Txs || s.Blocks != want[i].Blocks || math.Abs(s.Gas-want[i].Gas) > 1e-9 {
			t.Errorf("stage %d: %+v, want %+v", i, s, want[i])
		}
	}
	if c.Ops != 30 || c.TotalGas() != 1500 {
		t.Fatalf("%d ops, %v gas; want 30 and 1500", c.Ops, c.TotalGas())
	}
	if _, err := MeasureL1(context.Background(), f, common.Address{}, 0, fakeNode{}, 3, 2); err == nil {
		t.Fatal("an empty range was measured")
	}
}
