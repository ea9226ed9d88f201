package prover

import (
	_ "embed"
	"fmt"
	"io"
	"text/template"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

//go:embed batchverifier.sol.tmpl
var batchVerifierSource string

var batchVerifierTemplate = template.Must(template.New("batchverifier").Parse(batchVerifierSource))

// ExportBatchSolidity writes the Solidity contract `Verifier` whose
// verifyBatch(proofs, inputs) checks K proofs of vk's circuit in one pairing
// check (K + 3 pairs, K + 5 with gnark's commitment): the block verifier
// the Rollup contract calls once per proveBlocks. It takes the keys of a
// circuit with one public input and at most one Pedersen commitment that
// commits to no public input (the block circuit's shape); proofs are
// SolidityProof's bytes.
func ExportBatchSolidity(vk groth16.VerifyingKey, w io.Writer) error {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return fmt.Errorf("%w: batch verifier: not a BN254 verifying key", ErrBadKey)
	}
	commit := len(k.CommitmentKeys)
	if commit > 1 || len(k.G1.K) != 2+commit || (commit == 1 && len(k.PublicAndCommitmentCommitted[0]) != 0) {
		return fmt.Errorf("%w: batch verifier: the key has %d K points and %d commitments; it takes one public input and at most one commitment", ErrBadKey, len(k.G1.K), commit)
	}
	type g1 struct{ X, Y string }
	type g2 struct{ X1, X0, Y1, Y0 string }
	p1 := func(p bn254.G1Affine) g1 { return g1{p.X.String(), p.Y.String()} }
	p2 := func(p bn254.G2Affine) g2 {
		return g2{p.X.A1.String(), p.X.A0.String(), p.Y.A1.String(), p.Y.A0.String()}
	}
	neg := func(p bn254.G2Affine) g2 {
		var n bn254.G2Affine
		n.Neg(&p)
		return p2(n)
	}
	d := struct {
		Commit                       bool
		FixedPairs, ProofBytes       int
		Alpha                        g1
		BetaNeg, GammaNeg, DeltaNeg  g2
		K                            []g1
		PedersenG, PedersenGSigmaNeg g2
	}{
		Commit: commit == 1, FixedPairs: 3 + 2*commit, ProofBytes: 256 + 128*commit,
		Alpha: p1(k.G1.Alpha), BetaNeg: neg(k.G2.Beta), GammaNeg: neg(k.G2.Gamma), DeltaNeg: neg(k.G2.Delta),
	}
	for _, p := range k.G1.K {
		d.K = append(d.K, p1(p))
	}
	if commit == 1 {
		d.PedersenG, d.PedersenGSigmaNeg = p2(k.CommitmentKeys[0].G), p2(k.CommitmentKeys[0].GSigmaNeg)
	}
	if err := batchVerifierTemplate.Execute(w, d); err != nil {
		return fmt.Errorf("export batch verifier: %w", err)
	}
	return nil
}
