package l1_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	ethparams "github.com/ethereum/go-ethereum/params"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// fakeTransfers is the compact pubdata of n transfers as a busy rollup with
// up to a million accounts would publish them: random account ids below
// 10^6 (the top byte of each id is zero), tokens 0-3, random amounts of
// 1-10 significant digits and 1-3 digit fees.
func fakeTransfers(rng *rand.Rand, n int) []byte {
	var out []byte
	for range n {
		amount, err := rollup.PackAmount(mul(rng.Uint64N(1e10)+1, pow10(rng.IntN(9)+9)))
		if err != nil {
			panic(err)
		}
		fee, err := rollup.PackFee(mul(rng.Uint64N(999)+1, pow10(rng.IntN(4)+12)))
		if err != nil {
			panic(err)
		}
		op := rollup.ExecutedOp{
			Type: rollup.OpTransfer, Account: rng.Uint32N(1e6), To: rng.Uint32N(1e6),
			Token: uint16(rng.IntN(4)), PackedAmount: amount, Fee: fee,
		}
		out = op.EncodePubdata(out)
	}
	return out
}

func mul(a, b uint64) num.U128 {
	v, _ := num.FromUint64(a).MulUint64(b) // < 2^64 * 2^64: never overflows 128 bits
	return v
}

func pow10(e int) uint64 {
	v := uint64(1)
	for range e {
		v *= 10
	}
	return v
}

// commitGas deploys a production-depth contract with blockSlots slots and
// measures committing full blocks of transfers: one block per transaction
// (steady state, after a first commit has warmed the counters) and, where
// the transaction stays under go-ethereum's 128 KiB pool limit, k blocks
// per transaction. The verifiers are not called by commitBlocks.
func commitGas(t *testing.T, slots int, k int) (one, perBlockK, floor uint64, calldata int) {
	gov := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(gov))
	addr := deployLight(t, c, gov, lightConfig(evmtest.Addr(gov), slots))
	rng := rand.New(rand.NewPCG(uint64(slots), 7))
	last := lightGenesis()
	commit := func(n int) uint64 {
		var bs []l1.CommitBlock
		stored := last
		for range n {
			var root fr.Element
			root.SetUint64(rng.Uint64())
			b := l1.CommitBlock{
				Timestamp: uint64(time.Now().Unix()), FeeAccount: 0, NewStateRoot: root.Bytes(),
				Pubdata: fakeTransfers(rng, slots),
			}
			bs = append(bs, b)
			stored = storedOfCommit(stored, b, slots)
		}
		data := abiR.PackCommitBlocks(last, bs)
		if n == 1 {
			calldata, floor = len(data), calldataFloor(data)
		}
		r := c.MustSend(t, gov, &addr, nil, data)
		last = stored
		return r.GasUsed
	}
	commit(1) // first writes of the counters
	one = commit(1)
	if k > 1 {
		perBlockK = commit(k) / uint64(k)
	}
	return one, perBlockK, floor, calldata
}

// calldataFloor is EIP-7623's minimum gas of a transaction with this
// calldata (Prague and later): 21,000 + 10 per token, a zero byte being one
// token and any other byte four.
func calldataFloor(data []byte) uint64 {
	tokens := uint64(0)
	for _, b := range data {
		if b == 0 {
			tokens++
		} else {
			tokens += 4
		}
	}
	return 21_000 + 10*tokens
}

// storedOfCommit computes what the contract stores for a committed block
// of transfers only (no priority operations, no withdrawals).
func storedOfCommit(prev l1.StoredBlock, b l1.CommitBlock, slots int) l1.StoredBlock {
	var oldRoot, newRoot fr.Element
	oldRoot.SetBytes(prev.StateRoot[:])
	newRoot.SetBytes(b.NewStateRoot[:])
	h := rollup.BlockHeader{Number: prev.Number + 1, Timestamp: b.Timestamp, FeeAccount: b.FeeAccount}
	padded, err := rollup.PadPubdata(b.Pubdata, slots)
	if err != nil {
		panic(err)
	}
	return l1.StoredBlock{
		Number: h.Number, Slots: uint16(slots), Timestamp: h.Timestamp, StateRoot: b.NewStateRoot,
		Commitment: rollup.Commitment(oldRoot, newRoot, h, padded),
	}
}

// TestGasReport measures what the L1 pays per block and per transfer.
// Commit is measured at each block size with realistic transfer pubdata;
// prove and execute with real proofs of the test profile, whose batch
// verifier has the same shape as production's (one public input, no gnark
// commitment), so its gas does not depend on the block size. The table
// goes to docs/BENCHMARKS.md; `-v` prints it.
func TestGasReport(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A\nchangepubkey B")
	for range 3 {
		e.block(`transfer A B 1000000000000000 ETH fee 10000000000000
			transfer B A 1000000000000000 ETH fee 10000000000000
			transfer A B 2000000000000000 ETH fee 10000000000000
			transfer B A 2000000000000000 ETH fee 10000000000000`)
	}
	e.commit(1)
	e.commit(1)
	e.commit(2)
	e.proveBlocks(1) // first writes of the counters
	prove1 := e.proveBlocks(1).GasUsed
	prove2 := e.proveBlocks(2).GasUsed
	e.execute(1)
	exec1 := e.execute(1).GasUsed
	exec2 := e.execute(2).GasUsed
	proveMarginal, execMarginal := prove2-prove1, exec2-exec1

	var sb strings.Builder
	fmt.Fprintf(&sb, "prove: 1 block per tx %d gas, each further block in the same tx +%d\n", prove1, proveMarginal)
	fmt.Fprintf(&sb, "execute (transfers only): 1 block per tx %d gas, each further block +%d\n", exec1, execMarginal)
	fmt.Fprintf(&sb, "| slots | commit calldata bytes | EIP-7623 floor of that calldata | commit gas (1 block/tx) | per transfer, 1 block per tx each step | commit gas per block, k blocks/tx | per transfer, k blocks/tx each step |\n")
	fmt.Fprintf(&sb, "|---|---|---|---|---|---|---|\n")
	for _, slots := range []int{4, 64, 256, 1024, 4096} {
		k := max(1, min(8, 120_000/(slots*18+500)))
		one, perK, floor, cd := commitGas(t, slots, k)
		single := float64(one+prove1+exec1) / float64(slots)
		row := fmt.Sprintf("| %d | %d | %d | %d | %.0f |", slots, cd, floor, one, single)
		if k > 1 {
			// k blocks per commit, prove and execute transaction
			proveK := (prove1 + uint64(k-1)*proveMarginal) / uint64(k)
			execK := (exec1 + uint64(k-1)*execMarginal) / uint64(k)
			row += fmt.Sprintf(" %d (k=%d) | %.0f |", perK, k, float64(perK+proveK+execK)/float64(slots))
		} else {
			row += " — (one block fills a transaction) | — |"
		}
		fmt.Fprintln(&sb, row)
		if one > ethparams.MaxTxGas {
			t.Errorf("%d slots: a commit needs %d gas, over the %d per-transaction cap", slots, one, ethparams.MaxTxGas)
		}
	}
	t.Logf("gas report (go-ethereum simulated backend, Osaka rules):\n%s", sb.String())
}
