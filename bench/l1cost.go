package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/lifecycle"
	"github.com/zkrollup/zkrollup/restore"
)

// oneTxStage names commitProveExecute transactions in L1Cost.Stages.
const oneTxStage = "one-tx"

// BlockReader is what the L1 cost measurement reads of the node: a block's
// operations (*api.Client).
type BlockReader interface {
	Block(ctx context.Context, n uint64) (*api.Block, error)
}

// L1Reader is what the L1 cost measurement reads of the L1 node.
type L1Reader interface {
	ethereum.LogFilterer
	BlockNumber(ctx context.Context) (uint64, error)
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
}

// L1Cost is what the operator paid on L1 for a range of L2 blocks, read
// from its transactions' receipts: each commitBlocks, proveBlocks,
// executeBlocks and commitProveExecute transaction's gas is shared
// equally among the L2 blocks its events name, and the range's shares are
// summed.
type L1Cost struct {
	First, Last uint64         // the L2 blocks
	Ops         int            // operations in them
	Stages      [4]StageCost   // commit, prove, execute, all three in one transaction
	Backlog     []BacklogPoint // sealed L2 blocks not yet proven on L1, sampled during the load
	// Transfer → executed on L1: from each confirmed transfer's submission
	// to the first sample (one a second) that shows its block executed.
	ExecP50, ExecMax time.Duration
	Executed         int // transfers whose execution was seen
}

// StageCost is one L1 stage's share of the range.
type StageCost struct {
	Name   string
	Txs    int     // transactions that carried blocks of the range
	Blocks int     // blocks of the range they carried
	Gas    float64 // the range's share of their gas
}

// BacklogPoint is one sample of the node's progress.
type BacklogPoint struct {
	At                             time.Duration // since the load began
	Sealed, ProvenOnL1, ExecutedL1 uint64
	when                           time.Time
}

// TotalGas is the range's L1 gas.
func (c L1Cost) TotalGas() float64 {
	var g float64
	for _, s := range c.Stages {
		g += s.Gas
	}
	return g
}

func (c L1Cost) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "L1 cost of L2 blocks %d-%d (%d operations), from the operator's receipts:\n", c.First, c.Last, c.Ops)
	for _, s := range c.Stages {
		if s.Txs > 0 || s.Name != oneTxStage {
			fmt.Fprintf(&b, "  %-8s %3d transactions, %4d blocks, %12.0f gas\n", s.Name, s.Txs, s.Blocks, s.Gas)
		}
	}
	total := c.TotalGas()
	fmt.Fprintf(&b, "  total %.0f gas: %.0f per block, %.0f per L2 operation\n", total, total/float64(c.Last-c.First+1), total/float64(max(c.Ops, 1)))
	if len(c.Backlog) > 0 {
		fmt.Fprintf(&b, "proving backlog (sealed L2 blocks not yet proven on L1), every 10 s:")
		for i, p := range c.Backlog {
			if i%10 == 0 || i == len(c.Backlog)-1 {
				fmt.Fprintf(&b, " %s:%d", p.At.Round(time.Second), p.Sealed-min(p.Sealed, p.ProvenOnL1))
			}
		}
		fmt.Fprintln(&b)
	}
	if c.Executed > 0 {
		fmt.Fprintf(&b, "transfer submitted → executed on L1 (%d transfers): p50 %s, max %s\n", c.Executed,
			c.ExecP50.Round(time.Second), c.ExecMax.Round(time.Second))
	}
	return b.String()
}

// sampleBacklog records the node's progress every interval until ctx
// ends; the returned function waits for the last sample and gives them all.
func sampleBacklog(ctx context.Context, c *api.Client, start time.Time, every time.Duration) func() []BacklogPoint {
	var pts []BacklogPoint
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = lifecycle.Every(ctx, every, func(ctx context.Context) error {
			if s, err := c.Status(ctx); err == nil { // a missed sample is only a gap
				pts = append(pts, BacklogPoint{At: time.Since(start), when: time.Now(), Sealed: s.LatestBlock, ProvenOnL1: s.L1Proven, ExecutedL1: s.L1Executed})
			}
			return nil
		})
	}()
	return func() []BacklogPoint { <-done; return pts }
}

// waitExecuted waits until L2 block last is executed on L1.
func waitExecuted(ctx context.Context, c *api.Client, last uint64, limit time.Duration, out io.Writer) error {
	deadline := time.Now().Add(limit)
	next := time.Now()
	for {
		s, err := c.Status(ctx)
		if err != nil {
			return err
		}
		if s.L1Executed >= last {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("L2 block %d not executed on L1 after %s (sealed %d, committed %d, proven %d, executed %d)",
				last, limit, s.LatestBlock, s.L1Committed, s.L1Proven, s.L1Executed)
		}
		if time.Now().After(next) {
			fmt.Fprintf(out, "waiting for L2 block %d on L1: committed %d, proven %d, executed %d\n", last, s.L1Committed, s.L1Proven, s.L1Executed)
			next = time.Now().Add(10 * time.Second)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// MeasureL1 reads the L1 cost of L2 blocks first..last from the contract's
// BlockCommitted, BlockProven and BlockExecuted events since L1 block
// fromL1 and their transactions' receipts, and counts the blocks'
// operations through the node.
func MeasureL1(ctx context.Context, l1c L1Reader, contract common.Address, fromL1 uint64, c BlockReader, first, last uint64) (*L1Cost, error) {
	if last < first {
		return nil, errors.New("bench: no L2 blocks to measure")
	}
	a, err := rollupcontract.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	stages := []string{"BlockCommitted", "BlockProven", "BlockExecuted"}
	names := [4]string{"commit", "prove", "execute", oneTxStage}
	stageOf := map[common.Hash]int{}
	var topics []common.Hash
	for i, e := range stages {
		id := a.Events[e].ID
		stageOf[id] = i
		topics = append(topics, id)
	}
	// per transaction and stage: the blocks its events name, and those in
	// the range (a commitProveExecute names each block in all three)
	type txBlocks struct {
		stages      uint8
		all, range_ [3]int
	}
	txs := map[common.Hash]*txBlocks{}
	var order []common.Hash
	head, err := l1c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{contract}, Topics: [][]common.Hash{topics}}
	err = restore.ScanLogs(ctx, l1c, q, fromL1, head, 0, func(logs []types.Log) (bool, error) {
		for _, l := range logs {
			if len(l.Topics) < 2 || l.Removed {
				continue
			}
			n := new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()
			t := txs[l.TxHash]
			if t == nil {
				t = &txBlocks{}
				txs[l.TxHash] = t
				order = append(order, l.TxHash)
			}
			st := stageOf[l.Topics[0]]
			t.stages |= 1 << st
			t.all[st]++
			if n >= first && n <= last {
				t.range_[st]++
			}
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	cost := &L1Cost{First: first, Last: last}
	for i := range cost.Stages {
		cost.Stages[i].Name = names[i]
	}
	for _, h := range order {
		t := txs[h]
		st := bits.TrailingZeros8(t.stages) // the first stage it names
		if t.range_[st] == 0 {
			continue
		}
		r, err := l1c.TransactionReceipt(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("receipt of %s: %w", h, err)
		}
		s := &cost.Stages[st]
		if bits.OnesCount8(t.stages) > 1 {
			s = &cost.Stages[3]
		}
		s.Txs++
		s.Blocks += t.range_[st]
		s.Gas += float64(r.GasUsed) * float64(t.range_[st]) / float64(t.all[st])
	}
	for n := first; n <= last; n++ {
		b, err := c.Block(ctx, n)
		if err != nil {
			return nil, fmt.Errorf("L2 block %d: %w", n, err)
		}
		cost.Ops += len(b.Ops)
	}
	return cost, nil
}
