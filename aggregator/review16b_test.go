package aggregator

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/store"
	"github.com/zkrollup/zkrollup/txsender"
)

// Review 16b: the split of a proof batch L1 would refuse. split must halve
// only for the batch verifier's ProofInvalid, send back only a proof L1
// refuses alone, and with the batch formation of l1 reach every refused
// proof in a bounded number of estimates, never sending back a good one.

// rpcError is an L1 node's error carrying revert data, as go-ethereum's
// JSON-RPC client returns it.
type rpcError struct{ data []byte }

func (e rpcError) Error() string          { return "execution reverted" }
func (e rpcError) ErrorCode() int         { return 3 }
func (e rpcError) ErrorData() interface{} { return hexutil.Encode(e.data) }

func selector(sig string) []byte { return ethcrypto.Keccak256([]byte(sig))[:4] }

// refused is what hand returns when the sender's estimate reverts with data.
func refused(first, last uint64, data []byte) error {
	err := fmt.Errorf("prove:%d-%d: %w: %w", first, last, txsender.ErrReverted, rpcError{data})
	return fmt.Errorf("prove of blocks %d-%d would revert: %w", first, last, err)
}

func testAggregator(t *testing.T) *Aggregator {
	t.Helper()
	db, err := store.Open(context.Background(), store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &Aggregator{db: db, log: slog.New(slog.NewTextHandler(io.Discard, nil)), now: time.Now}
}

// TestReview16bSplitOnlyOnProofInvalid: only a revert of the batch
// verifier's ProofInvalid, from the sender's estimate, halves a batch or
// sends a proof back; any other revert (the contract's own errors, the
// verifier's BadBatch, no data, a panic, Error(string)), a transport error
// or ProofInvalid data not marked as a revert leaves the cap alone,
// rejects nothing and is reported.
func TestReview16bSplitOnlyOnProofInvalid(t *testing.T) {
	ctx := context.Background()
	a := testAggregator(t)
	proofInvalid := selector("ProofInvalid()")
	wrongStored := append(selector("WrongStoredBlock(uint64)"), make([]byte, 32)...)
	badBatch := append(selector("BadBatch(uint256)"), make([]byte, 32)...)
	errString := hexutil.MustDecode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000003" +
		"6261640000000000000000000000000000000000000000000000000000000000")
	panicData := append(selector("Panic(uint256)"), make([]byte, 32)...)
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"WrongStoredBlock", refused(1, 4, wrongStored)},
		{"BadBatch", refused(1, 4, badBatch)},
		{"Error(string)", refused(1, 4, errString)},
		{"Panic", refused(1, 4, panicData)},
		{"no data", fmt.Errorf("prove:1-4: %w: %w", txsender.ErrReverted, errors.New("execution reverted"))},
		{"ProofInvalid data, not a revert", fmt.Errorf("prove:1-4: estimate gas: %w", rpcError{proofInvalid})},
		{"transport", errors.New("connection refused")},
		{"ProofInvalid with trailing junk in another error's place", refused(1, 4, append(selector("ProofInvalidX()"), 1))},
	} {
		for _, n := range []int{1, 2, 4} {
			a.proveCap = 3
			err := a.split(ctx, 1, n, tc.err)
			if err == nil {
				t.Fatalf("%s (%d blocks): swallowed", tc.name, n)
			}
			if errors.Is(err, store.ErrNotFound) {
				t.Fatalf("%s (%d blocks): a proof was sent back", tc.name, n)
			}
			if a.proveCap != 3 {
				t.Fatalf("%s (%d blocks): the cap moved to %d", tc.name, n, a.proveCap)
			}
		}
	}
	// ProofInvalid: halve, then send the lone proof back (the store has no
	// request here, so RejectProof reports ErrNotFound: it was called)
	for n, want := range map[int]int{2: 1, 3: 1, 4: 2, 5: 2, 16: 8, 17: 8} {
		a.proveCap = 0
		if err := a.split(ctx, 7, n, refused(7, 7+uint64(n)-1, proofInvalid)); err != nil || a.proveCap != want {
			t.Fatalf("ProofInvalid over %d blocks: cap %d (%v), want %d", n, a.proveCap, err, want)
		}
	}
	a.proveCap = 1
	if err := a.split(ctx, 7, 1, refused(7, 7, proofInvalid)); !errors.Is(err, store.ErrNotFound) || a.proveCap != 0 {
		t.Fatalf("ProofInvalid of one block: %v, cap %d; want it sent back", err, a.proveCap)
	}
	a.proveCap = 5
	if err := a.split(ctx, 7, 5, nil); err != nil || a.proveCap != 0 {
		t.Fatalf("a batch sent: %v, cap %d", err, a.proveCap)
	}
}

// TestReview16bSplitTerminatesAndRejectsOnlyRefusedProofs models l1's
// prove stage (consecutive complete proofs from the next unproven block,
// at most BlocksPerTx or the split's cap; a sent batch proves its blocks)
// over a queue where L1 refuses some blocks' proofs, with the real split
// deciding. For every batch size and every set of up to two refused
// blocks among the first 12: every refused proof is sent back exactly
// once (its second proof is good), no good proof is sent back, every
// block ends proven, and it takes a bounded number of estimates.
func TestReview16bSplitTerminatesAndRejectsOnlyRefusedProofs(t *testing.T) {
	ctx := context.Background()
	a := testAggregator(t)
	proofInvalid := selector("ProofInvalid()")
	const total = 12
	for _, perTx := range []int{1, 2, 3, 4, 5, 8, 16} {
		var sets [][]uint64
		sets = append(sets, nil)
		for i := uint64(1); i <= total; i++ {
			sets = append(sets, []uint64{i})
			for j := i + 1; j <= total; j++ {
				sets = append(sets, []uint64{i, j})
			}
		}
		for _, set := range sets {
			bad := map[uint64]bool{}
			for _, b := range set {
				bad[b] = true
			}
			rejected := map[uint64]int{}
			a.proveCap = 0
			proven, steps := uint64(0), 0
			for proven < total {
				steps++
				if steps > 200 {
					t.Fatalf("BlocksPerTx %d, refused %v: %d steps and %d of %d blocks proven", perTx, set, steps, proven, total)
				}
				limit := perTx
				if a.proveCap > 0 {
					limit = a.proveCap
				}
				first := proven + 1
				n := min(limit, int(total-proven))
				var err error
				for b := first; b < first+uint64(n); b++ {
					if bad[b] {
						err = refused(first, first+uint64(n)-1, proofInvalid)
					}
				}
				serr := a.split(ctx, first, n, err)
				switch {
				case err == nil && serr == nil:
					proven += uint64(n)
				case errors.Is(serr, store.ErrNotFound): // sent back: proven again, good this time
					if n != 1 {
						t.Fatalf("BlocksPerTx %d, refused %v: block %d sent back from a batch of %d", perTx, set, first, n)
					}
					if !bad[first] {
						t.Fatalf("BlocksPerTx %d, refused %v: the good proof of block %d sent back", perTx, set, first)
					}
					rejected[first]++
					bad[first] = false
				case serr == nil:
					// halved
				default:
					t.Fatalf("BlocksPerTx %d, refused %v: %v", perTx, set, serr)
				}
			}
			for _, b := range set {
				if rejected[b] != 1 {
					t.Fatalf("BlocksPerTx %d, refused %v: block %d sent back %d times", perTx, set, b, rejected[b])
				}
			}
			if len(rejected) != len(set) {
				t.Fatalf("BlocksPerTx %d, refused %v: sent back %v", perTx, set, rejected)
			}
		}
	}
}

// A batch too big for one L1 transaction (txsender.ErrTooMuchGas: a
// one-transaction batch of blocks full of withdrawals) is halved like a
// refused proof batch; a single block that is too big is reported and
// its proof kept (the proof is not what L1 refuses).
func TestSplitHalvesABatchOverTheGasCap(t *testing.T) {
	ctx := context.Background()
	a := testAggregator(t)
	tooBig := func(first, last uint64) error {
		return fmt.Errorf("all of blocks %d-%d: all:%d-%d: %w: estimated 17000000 gas", first, last, first, last, txsender.ErrTooMuchGas)
	}
	for n, want := range map[int]int{2: 1, 8: 4, 16: 8} {
		a.proveCap = 0
		if err := a.split(ctx, 3, n, tooBig(3, 3+uint64(n)-1)); err != nil || a.proveCap != want {
			t.Fatalf("%d blocks over the gas cap: cap %d (%v), want %d", n, a.proveCap, err, want)
		}
	}
	a.proveCap = 1
	err := a.split(ctx, 3, 1, tooBig(3, 3))
	if !errors.Is(err, txsender.ErrTooMuchGas) || errors.Is(err, store.ErrNotFound) || a.proveCap != 0 {
		t.Fatalf("one block over the gas cap: %v, cap %d; want the error reported and no proof sent back", err, a.proveCap)
	}
}
