package blobcircuit

import "testing"

// TestBlobCircuitHasNoCommitment: the batch verifier takes circuits without
// gnark commitments and with one public input (prover.ExportBatchSolidity).
func TestBlobCircuitHasNoCommitment(t *testing.T) {
	for _, n := range []int{1, 3} {
		placeholder, err := NewCircuit(n)
		if err != nil {
			t.Fatal(err)
		}
		cs := compileR1CS(t, placeholder)
		if got := len(cs.GetCommitments().CommitmentIndexes()); got != 0 {
			t.Errorf("n=%d: %d commitments, want 0", n, got)
		}
		if got := cs.GetNbPublicVariables(); got != 2 { // the constant 1 and Input
			t.Errorf("n=%d: %d public variables, want 2 (1 and Input)", n, got)
		}
	}
}
