package circuit

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

var blobShape = func() Shape { s := testShape; s.Blob = true; return s }()

// replayBlob assigns every block of a finished scenario in blob mode, at
// a challenge r drawn per block.
func replayBlob(t *testing.T, r *scenario.Runner) ([]*BlockCircuit, []*rollup.Block, []fr.Element) {
	t.Helper()
	fresh, err := scenario.New(r.P)
	if err != nil {
		t.Fatal(err)
	}
	var out []*BlockCircuit
	var points []fr.Element
	for _, b := range r.Blocks {
		var x fr.Element
		if _, err := x.SetRandom(); err != nil {
			t.Fatal(err)
		}
		a, err := AssignBlob(fresh.State, blobShape, b, x)
		if err != nil {
			t.Fatalf("assign: %v", err)
		}
		if err := fresh.State.Commit(nil); err != nil {
			t.Fatal(err)
		}
		out, points = append(out, a), append(points, x)
	}
	return out, r.Blocks, points
}

// TestBlobCircuitAcceptsNativeBlocksOfEveryType: in blob mode too, the
// blocks the native rules build in the rule table are accepted, their
// commitment being rollup.BlobCommitment at the block's point. The slots'
// rules are the calldata circuit's (TestCircuitAcceptsEveryNativeBlock
// runs every case); what blob mode adds depends only on the operation
// types, so the cases run here are the fewest, in table order, whose
// blocks hold every type the table has.
func TestBlobCircuitAcceptsNativeBlocksOfEveryType(t *testing.T) {
	seen := map[rollup.OpType]bool{}
	for _, tc := range append(append([]scenario.RuleCase(nil), scenario.RuleCases...), scenario.TradeCases...) {
		r, err := scenario.Run(rollup.TestParams, tc.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		fresh := false
		for _, b := range r.Blocks {
			for _, op := range b.Ops {
				fresh = fresh || !seen[op.Type]
				seen[op.Type] = true
			}
		}
		if !fresh {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			as, _, _ := replayBlob(t, r)
			for i, a := range as {
				if err := solves(NewBlockCircuit(blobShape), a); err != nil {
					t.Fatalf("block %d: native accepts, circuit does not: %v", i+1, err)
				}
			}
		})
	}
}

// TestBlobCommitmentBindsEveryPart: a blob-mode proof is refused when its
// public commitment differs from the native one in any bound part — the
// data hash, the point, either evaluation, or when it is the calldata
// commitment — and when the point in the witness is not the one committed.
func TestBlobCommitmentBindsEveryPart(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, `
		deposit A 1000 ETH
		deposit B 10 ETH
		changepubkey A
		changepubkey B
		> block
		transfer A B 100 ETH fee 1
		withdraw A 50 ETH fee 1
		transfer B new:C 3 ETH fee 1
		> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	as, blocks, points := replayBlob(t, r)
	one := fr.One()
	for i, a := range as {
		b, x := blocks[i], points[i]
		mustSolve(t, "the native block", NewBlockCircuit(blobShape), a)
		bind := b.BlobBinding(x)
		if len(b.L1Pubdata()) == 0 {
			t.Fatalf("block %d has no operation the contract reads: the test would not cover L1Eval", i+1)
		}
		for name, change := range map[string]func(*rollup.BlobBinding){
			"another data hash":     func(v *rollup.BlobBinding) { v.DataHash.Add(&v.DataHash, &one) },
			"another point":         func(v *rollup.BlobBinding) { v.Point.Add(&v.Point, &one) },
			"another evaluation":    func(v *rollup.BlobBinding) { v.Eval.Add(&v.Eval, &one) },
			"another L1 evaluation": func(v *rollup.BlobBinding) { v.L1Eval.Add(&v.L1Eval, &one) },
			"another length":        func(v *rollup.BlobBinding) { v.Length++ },
		} {
			v := bind
			change(&v)
			c := rollup.BlobCommitment(b.OldRoot, b.NewRoot, b.Header, v)
			w := *a
			w.Commitment = new(big.Int).SetBytes(c[:])
			mustFail(t, name, NewBlockCircuit(blobShape), &w)
		}
		w := *a
		w.Commitment = big2(b.CommitmentElement())
		mustFail(t, "the calldata commitment", NewBlockCircuit(blobShape), &w)

		var y fr.Element
		y.Add(&x, &one)
		w = *a
		w.DataPoint = big2(y)
		mustFail(t, "a point other than the committed one", NewBlockCircuit(blobShape), &w)
	}
}

// TestBlobDataMatchesNative: the evaluations and the data hash the circuit
// builds are the native ones (the commitment of a solved witness is
// rollup.BlobCommitment), and the native evaluation is Σ p_k·r^k.
func TestBlobDataMatchesNative(t *testing.T) {
	var r fr.Element
	r.SetUint64(3)
	got := rollup.EvalBytes([]byte{1, 2, 0, 5}, r)
	var want fr.Element
	want.SetUint64(1 + 2*3 + 5*27)
	if got != want {
		t.Fatalf("EvalBytes = %s, want %s", got.String(), want.String())
	}
	if e := rollup.EvalBytes(nil, r); !e.IsZero() {
		t.Fatalf("EvalBytes of nothing = %s, want 0", e.String())
	}
	padded := make([]byte, 2*rollup.SlotBytes)
	padded[30], padded[31], padded[rollup.SlotBytes] = 7, 9, 1
	els := rollup.DataElements(padded)
	wants := []*big.Int{big.NewInt(7), new(big.Int).Lsh(big.NewInt(9), 8*21), new(big.Int).Lsh(big.NewInt(1), 8*30), big.NewInt(0)}
	if len(els) != len(wants) {
		t.Fatalf("DataElements gave %d elements for two slots, want 4", len(els))
	}
	for i, w := range wants {
		if big2(els[i]).Cmp(w) != 0 {
			t.Errorf("element %d = %s, want %s (a slot is a 31-byte and a 22-byte big-endian integer)", i, els[i].String(), w)
		}
	}
}

// TestCalldataCircuitBindsNoDataPoint: outside blob mode the data point is
// zero (every witness value is bound).
func TestCalldataCircuitBindsNoDataPoint(t *testing.T) {
	r, err := scenario.Run(rollup.TestParams, "deposit A 1000 ETH\n> block", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := replay(t, r)[0]
	w := *a
	w.DataPoint = 1
	mustFail(t, "a data point in calldata mode", NewBlockCircuit(testShape), &w)
}

// TestCircuitNameOfCalldataShapesIsUnchanged: key manifests made before
// blob mode name the circuit "block %+v" of the shape without the Blob
// field; those keys must still match.
func TestCircuitNameOfCalldataShapesIsUnchanged(t *testing.T) {
	type before struct {
		AccountDepth, BalanceDepth, OrderDepth int
		Slots, FeeSlots                        int
		ChainID                                uint64
	}
	s := ShapeOf(rollup.DevParams)
	old := fmt.Sprintf("block %+v", before{s.AccountDepth, s.BalanceDepth, s.OrderDepth, s.Slots, s.FeeSlots, s.ChainID})
	if got := s.CircuitName(); got != old {
		t.Fatalf("CircuitName = %q, keys made before blob mode say %q", got, old)
	}
	s.Blob = true
	if got := s.CircuitName(); got != old+" blob" {
		t.Fatalf("blob-mode CircuitName = %q, want %q", got, old+" blob")
	}
}
