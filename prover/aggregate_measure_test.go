package prover

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/rollup"
)

// aggregateCircuit verifies K Groth16 proofs of one block circuit (its
// verifying key a constant of the circuit) inside BN254: option (b) of
// issue 16, recursion with emulated BN254 arithmetic. The inner public
// inputs stay private here; binding them to one outer public input (a
// hash over the K block commitments) is not part of what is measured.
type aggregateCircuit struct {
	Proofs    []stdgroth16.Proof[sw_bn254.G1Affine, sw_bn254.G2Affine]
	Witnesses []stdgroth16.Witness[sw_bn254.ScalarField]
	vk        stdgroth16.VerifyingKey[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl] `gnark:"-"`
}

func (c *aggregateCircuit) Define(api frontend.API) error {
	v, err := stdgroth16.NewVerifier[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](api)
	if err != nil {
		return err
	}
	for i := range c.Proofs {
		if err := v.AssertProof(c.vk, c.Proofs[i], c.Witnesses[i]); err != nil {
			return fmt.Errorf("inner proof %d: %w", i, err)
		}
	}
	return nil
}

// TestMeasureRecursiveAggregation measures option (b) of issue 16 for
// ZKROLLUP_MEASURE_AGG=K: K proofs of the test-profile block circuit
// (depths 6/4, 4 slots; the aggregation circuit's size depends on the
// inner verifying key's shape — one public input and one commitment, as
// every profile's block circuit has — not on the inner circuit's size)
// verified in one BN254 circuit: constraints, compile, setup and prove
// time, proving-key size. ZKROLLUP_MEASURE_AGG_COMPILE_ONLY=1 stops after
// compiling (for K too large to set up here). Run it under /usr/bin/time
// -v for the peak memory.
func TestMeasureRecursiveAggregation(t *testing.T) {
	k, err := strconv.Atoi(os.Getenv("ZKROLLUP_MEASURE_AGG"))
	if err != nil || k < 1 {
		t.Skip("set ZKROLLUP_MEASURE_AGG=K to measure the aggregation of K block proofs in one BN254 circuit")
	}
	field := ecc.BN254.ScalarField()
	shape := circuit.ShapeOf(rollup.TestParams)
	inner, err := Compile(shape)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := UnsafeSetup(inner)
	if err != nil {
		t.Fatal(err)
	}
	a, err := noopBlock(shape)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(a, field)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	// the commitment's hash to field must be one the outer circuit can
	// compute: not the Solidity verifier's
	proof, err := groth16.Prove(inner, pk, w, stdgroth16.GetNativeProverOptions(field, field))
	if err != nil {
		t.Fatal(err)
	}
	innerProve := time.Since(start)
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub, stdgroth16.GetNativeVerifierOptions(field, field)); err != nil {
		t.Fatal(err)
	}
	cvk, err := stdgroth16.ValueOfVerifyingKeyFixed[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](vk)
	if err != nil {
		t.Fatal(err)
	}
	cproof, err := stdgroth16.ValueOfProof[sw_bn254.G1Affine, sw_bn254.G2Affine](proof)
	if err != nil {
		t.Fatal(err)
	}
	cw, err := stdgroth16.ValueOfWitness[sw_bn254.ScalarField](pub)
	if err != nil {
		t.Fatal(err)
	}
	outer := &aggregateCircuit{vk: cvk}
	assign := &aggregateCircuit{}
	for i := 0; i < k; i++ {
		outer.Proofs = append(outer.Proofs, stdgroth16.PlaceholderProof[sw_bn254.G1Affine, sw_bn254.G2Affine](inner))
		outer.Witnesses = append(outer.Witnesses, stdgroth16.PlaceholderWitness[sw_bn254.ScalarField](inner))
		assign.Proofs = append(assign.Proofs, cproof)
		assign.Witnesses = append(assign.Witnesses, cw)
	}
	start = time.Now()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, outer)
	if err != nil {
		t.Fatal(err)
	}
	compile := time.Since(start)
	t.Logf("MEASURE_AGG K=%d: %d constraints (%d per inner proof), compile %s; inner block proof %s",
		k, ccs.GetNbConstraints(), ccs.GetNbConstraints()/k, compile.Round(time.Millisecond), innerProve.Round(time.Millisecond))
	if os.Getenv("ZKROLLUP_MEASURE_AGG_COMPILE_ONLY") != "" {
		return
	}
	start = time.Now()
	opk, ovk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Since(start)
	var pkb bytes.Buffer
	if _, err := opk.WriteRawTo(&pkb); err != nil {
		t.Fatal(err)
	}
	ow, err := frontend.NewWitness(assign, field)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	oproof, err := groth16.Prove(ccs, opk, ow)
	if err != nil {
		t.Fatal(err)
	}
	prove := time.Since(start)
	opub, err := ow.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(oproof, ovk, opub); err != nil {
		t.Fatal(err)
	}
	t.Logf("MEASURE_AGG K=%d: setup %s, prove %s (%.1f s per inner proof), raw proving key %d MB",
		k, setup.Round(time.Second), prove.Round(time.Millisecond), prove.Seconds()/float64(k), pkb.Len()>>20)
}
