package circuit

import (
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

func countR1CS(t *testing.T, c frontend.Circuit) int {
	t.Helper()
	cs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return cs.GetNbConstraints()
}

// TestConstraintBudget logs what the block circuit's parts cost at
// production depths (account tree 24, balance tree 10), the numbers behind
// the slot layout decision in docs/ARCHITECTURE.md.
func TestConstraintBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles production-size gadgets")
	}
	upd := &updateCircuit{Open: NewAccountOpening(24, 10)}
	nUpd := countR1CS(t, upd)
	nSig := countR1CS(t, &transferSigCircuit{})
	base := countR1CS(t, &commitmentCircuit{}) // 2 slots of 53 bytes + header
	t.Logf("account update (open + write), depths 24/10: %d R1CS", nUpd)
	t.Logf("transfer message hash + EdDSA check: %d R1CS", nSig)
	t.Logf("commitment, header + 2x53-byte slots: %d R1CS", base)
	if nUpd < 24*2*186 || nSig < 7000 {
		t.Fatalf("counts below the sum of their hashes: %d, %d", nUpd, nSig)
	}
}
