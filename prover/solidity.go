package prover

import (
	"fmt"
	"io"

	"github.com/consensys/gnark/backend/groth16"
)

// ExportSolidity writes the Solidity contract that verifies block proofs
// made with vk's proving key (gnark's exporter; proofs must come from Prove,
// which targets it).
func ExportSolidity(vk groth16.VerifyingKey, w io.Writer) error {
	if err := vk.ExportSolidity(w); err != nil {
		return fmt.Errorf("export Solidity verifier: %w", err)
	}
	return nil
}
