package prover

import (
	"bytes"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
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

// SolidityProof converts a proof from Prove into the bytes the exported
// verifier's verifyProof takes.
func SolidityProof(proof []byte) ([]byte, error) {
	p := groth16.NewProof(ecc.BN254)
	if _, err := p.ReadFrom(bytes.NewReader(proof)); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrBadProof, err)
	}
	bp, ok := p.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("%w: not a BN254 proof", ErrBadProof)
	}
	return bp.MarshalSolidity(), nil
}
