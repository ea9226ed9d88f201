package prover

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	bnfr "github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkrollup/zkrollup/circuit"
)

// Errors callers can test for.
var (
	ErrBadWitness = errors.New("witness does not satisfy the block circuit")
	ErrBadProof   = errors.New("proof does not verify")
	ErrPanic      = errors.New("prover panicked")
	ErrBadKey     = errors.New("verifying key of an unsupported shape")
)

// Compile builds the block circuit's constraint system for a shape.
func Compile(s circuit.Shape) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit.NewBlockCircuit(s))
	if err != nil {
		return nil, fmt.Errorf("compile block circuit %+v: %w", s, err)
	}
	return ccs, nil
}

// UnsafeSetup runs a Groth16 setup with local randomness. Whoever ran it can
// forge proofs: it is for tests and development only; production keys come
// from an MPC ceremony.
func UnsafeSetup(ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, nil, fmt.Errorf("groth16 setup: %w", err)
	}
	return pk, vk, nil
}

// CompileExit builds the exit circuit's constraint system (exodus mode).
func CompileExit(accountDepth, balanceDepth, orderDepth int) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit.NewExitCircuit(accountDepth, balanceDepth, orderDepth))
	if err != nil {
		return nil, fmt.Errorf("compile exit circuit (depths %d/%d/%d): %w", accountDepth, balanceDepth, orderDepth, err)
	}
	return ccs, nil
}

// EncodeWitness serializes a full assignment (a *circuit.BlockCircuit or a
// *circuit.ExitCircuit) for a prover worker.
func EncodeWitness(assignment frontend.Circuit) ([]byte, error) {
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("build witness: %w", err)
	}
	return w.MarshalBinary()
}

// Prove reads a serialized full witness and writes the proof, in the form
// the exported Solidity verifier accepts. It never panics.
func Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, witnessBytes io.Reader, out io.Writer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrPanic, r)
		}
	}()
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	if _, err := w.ReadFrom(witnessBytes); err != nil {
		return fmt.Errorf("%w: decode: %v", ErrBadWitness, err)
	}
	proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadWitness, err)
	}
	_, err = proof.WriteTo(out)
	return err
}

// PublicCommitment is the public input — the block commitment — of a
// serialized full block witness.
func PublicCommitment(witnessBytes []byte) (*big.Int, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	if _, err := w.ReadFrom(bytes.NewReader(witnessBytes)); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrBadWitness, err)
	}
	pub, err := w.Public()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadWitness, err)
	}
	v, ok := pub.Vector().(bnfr.Vector)
	if !ok || len(v) != 1 {
		return nil, fmt.Errorf("%w: not one public input, as a block witness has", ErrBadWitness)
	}
	return v[0].BigInt(new(big.Int)), nil
}

// Verify checks a proof of the block whose commitment is given.
func Verify(vk groth16.VerifyingKey, proof []byte, commitment *big.Int) error {
	return verify(vk, proof, &circuit.BlockCircuit{Commitment: commitment})
}

// VerifyExit checks an exit proof against its five public inputs.
func VerifyExit(vk groth16.VerifyingKey, proof []byte, public *circuit.ExitCircuit) error {
	return verify(vk, proof, public)
}

func verify(vk groth16.VerifyingKey, proof []byte, public frontend.Circuit) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrPanic, r)
		}
	}()
	p := groth16.NewProof(ecc.BN254)
	if _, err := p.ReadFrom(bytes.NewReader(proof)); err != nil {
		return fmt.Errorf("%w: decode: %v", ErrBadProof, err)
	}
	pub, err := frontend.NewWitness(public, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return err
	}
	if err := groth16.Verify(p, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %v", ErrBadProof, err)
	}
	return nil
}
