package l1_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/l1"
)

// TestBlobGasReport measures what L1 pays per transfer in blob mode for
// full production blocks, with ZKROLLUP_MEASURE_BLOB_GAS=1. The contract
// never reads blob data and every verifier takes one public input, so the
// execution gas of a commit, a proof batch and an execution depends only
// on how many blocks and blobs they hold (and on the L1 pubdata, which
// transfers have none of), not on the block or blob circuit's size: the
// test-profile blocks here, proven for real, cost L1 what 4,096-slot
// blocks in full blobs cost. Blob gas is 131,072 a blob; the figure per
// transfer counts it at a blob base fee equal to the execution base fee.
func TestBlobGasReport(t *testing.T) {
	if os.Getenv("ZKROLLUP_MEASURE_BLOB_GAS") == "" {
		t.Skip("set ZKROLLUP_MEASURE_BLOB_GAS=1 to measure blob mode's L1 gas per transfer (proves 24 blocks)")
	}
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A\nchangepubkey B")
	// one transfer a block keeps ten blocks' data within the test blob
	// circuit's 496 bytes; the gas is the same (see above)
	for range 23 {
		e.block("transfer A B 1000000000000000 ETH fee 10000000000000")
	}
	e.commitBlobs(1) // first writes of the counters
	e.proveBlocks(1)
	e.execute(1)

	// A 4,096-slot block of transfers is 73,728 bytes of blob data: k
	// blobs hold floor(k · 126,976 / 73,728) of them.
	const perBlock = 4096 * 18
	var sb strings.Builder
	fmt.Fprintf(&sb, "| L1 calls | blobs a tx | 4,096-transfer blocks | commit gas | prove gas | execute gas | blob gas | gas per transfer |\n|---|---|---|---|---|---|---|---|\n")
	for _, k := range []int{1, 6} {
		blocks := k * da.BytesPerBlob / perBlock
		bc, err := l1.BuildBlobCommitIn(e.blocks[e.nCommit:e.nCommit+blocks], e.p.BlobCapacity, k)
		if err != nil {
			t.Fatal(err)
		}
		r, err := e.sendBlobCommit(bc, e.blobProofs(bc))
		if err != nil {
			t.Fatal(err)
		}
		e.recordBlobCommit(bc, blocks)
		commit, blobGas := r.GasUsed, r.BlobGasUsed
		prove := e.proveBlocks(blocks).GasUsed
		exec := e.execute(blocks).GasUsed
		perTransfer := float64(commit+prove+exec+blobGas) / float64(blocks*4096)
		fmt.Fprintf(&sb, "| staged | %d | %d | %d | %d | %d | %d | **%.1f** |\n", k, blocks, commit, prove, exec, blobGas, perTransfer)
	}
	// the same in one commitProveExecuteBlobs a batch
	for _, k := range []int{1, 6} {
		blocks := k * da.BytesPerBlob / perBlock
		r := e.oneTxBlobsIn(blocks, k, nil)
		perTransfer := float64(r.GasUsed+r.BlobGasUsed) / float64(blocks*4096)
		fmt.Fprintf(&sb, "| one tx | %d | %d | %d (all three) | | | %d | **%.1f** |\n", k, blocks, r.GasUsed, r.BlobGasUsed, perTransfer)
	}
	t.Logf("blob mode, gas per transfer of full 4,096-slot transfer blocks (go-ethereum simulated backend, Osaka):\n%s", sb.String())
}
