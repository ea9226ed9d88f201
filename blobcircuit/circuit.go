package blobcircuit

import (
	"fmt"
	"math/big"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/crypto"
)

// Circuit proves, for its n = len(Elements) private elements, the first n
// of a blob whose other elements are zero:
//
//   - Y = P(Z), P the blob polynomial, with Z and Y canonical (EvalBlob);
//   - DataHash = crypto.HashTagged(DomainBlobData, elements...) (ElementsHash);
//   - Eval = Σ p_k·R^k over the payload bytes p (PayloadEval);
//   - Input = PublicInput(DataHash, Z, Y, R, Eval), its only public input,
//     which the L1 contract computes from the blob's opening and r.
//
// It has no gnark commitment, as the batch verifier requires.
type Circuit struct {
	Input    frontend.Variable `gnark:",public"`
	Elements []frontend.Variable
	Z, Y     emulated.Element[emparams.BLS12381Fr]
	R        frontend.Variable
	Eval     frontend.Variable
	DataHash frontend.Variable
}

// NewCircuit returns the circuit of capacity n, ready to compile.
func NewCircuit(n int) (*Circuit, error) {
	if n < 1 || n > FieldElementsPerBlob {
		return nil, fmt.Errorf("circuit of capacity %d: %w", n, ErrCapacity)
	}
	return &Circuit{Elements: make([]frontend.Variable, n)}, nil
}

// NewAssignment returns the full assignment of the capacity-n circuit for
// the blob whose first elements are elements (the rest zero), opened at z,
// its payload evaluated at r: Y = Evaluate(elements, z), DataHash =
// ElementsHash of the n elements, Eval = PayloadEval(elements, r) and Input
// = PublicInput of them. It refuses what the circuit refuses: ErrCapacity,
// ErrElementTooLarge, ErrPointInDomain.
func NewAssignment(n int, elements []blsfr.Element, z blsfr.Element, r fr.Element) (*Circuit, error) {
	c, err := NewCircuit(n)
	if err != nil {
		return nil, err
	}
	if len(elements) > n {
		return nil, fmt.Errorf("%d elements in capacity %d: %w", len(elements), n, ErrCapacity)
	}
	native, err := nativeElements(elements, n)
	if err != nil {
		return nil, err
	}
	y, err := Evaluate(elements, z)
	if err != nil {
		return nil, err
	}
	eval, err := PayloadEval(elements, r)
	if err != nil {
		return nil, err
	}
	h := ElementsHash(native)
	for i := range native {
		c.Elements[i] = native[i]
	}
	c.Z = emulated.ValueOf[emparams.BLS12381Fr](z.BigInt(new(big.Int)))
	c.Y = emulated.ValueOf[emparams.BLS12381Fr](y.BigInt(new(big.Int)))
	c.R, c.Eval, c.DataHash = r, eval, h
	c.Input = PublicInput(h, z, y, r, eval)
	return c, nil
}

// Define asserts the four statements of Circuit. Each element is decomposed
// once, into the 248 bits the evaluation and the payload bytes share.
func (c *Circuit) Define(api frontend.API) error {
	n := len(c.Elements)
	if n < 1 || n > FieldElementsPerBlob {
		return fmt.Errorf("blob circuit of %d elements: %w", n, ErrCapacity)
	}
	zBits, err := canonicalBits(api, &c.Z)
	if err != nil {
		return fmt.Errorf("blob circuit: z: %w", err)
	}
	yBits, err := canonicalBits(api, &c.Y)
	if err != nil {
		return fmt.Errorf("blob circuit: y: %w", err)
	}
	e := elementBits(api, c.Elements)
	if err := evalBits(newFq(api), e, zBits, yBits); err != nil {
		return fmt.Errorf("blob circuit: %w", err)
	}

	h, err := circuit.NewHasher(api)
	if err != nil {
		return fmt.Errorf("blob circuit: hasher: %w", err)
	}
	api.AssertIsEqual(h.HashTagged(crypto.DomainBlobData, c.Elements...), c.DataHash)
	if err := h.Err(); err != nil {
		return fmt.Errorf("blob circuit: %w", err)
	}
	api.AssertIsEqual(payloadEval(api, e, c.R), c.Eval)

	input, err := inputOf(api, c.DataHash, zBits, yBits, c.R, c.Eval)
	if err != nil {
		return fmt.Errorf("blob circuit: %w", err)
	}
	api.AssertIsEqual(input, c.Input)
	return nil
}

// payloadEval is Σ_k p_k·r^k over the payload bytes p of the elements, each
// element's 31 bytes most significant first (byte b of element t is p_k,
// k = 31t + b), by Horner's rule from the last byte: one constraint a byte.
func payloadEval(api frontend.API, e [][]frontend.Variable, r frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for t := len(e) - 1; t >= 0; t-- {
		for b := BytesPerElement - 1; b >= 0; b-- {
			lo := 8 * (BytesPerElement - 1 - b)
			acc = api.Add(api.Mul(acc, r), weigh(api, e[t][lo:lo+8], 0))
		}
	}
	return acc
}

// inputOf is PublicInput in the circuit: SHA-256 (no lookup table, no
// commitment) over the five values as 32 canonical big-endian bytes each,
// the top three bits cleared. z and y come as canonical bits, least
// significant first; the BN254 values are decomposed canonically here.
func inputOf(api frontend.API, dataHash frontend.Variable, zBits, yBits []frontend.Variable, r, eval frontend.Variable) (frontend.Variable, error) {
	w := circuit.NewBitWriter(api)
	w.BitsBE([]frontend.Variable{0, 0}).Field(dataHash, 254)
	w.BitsBE(bitsBE(zBits)).BitsBE(bitsBE(yBits))
	w.BitsBE([]frontend.Variable{0, 0}).Field(r, 254)
	w.BitsBE([]frontend.Variable{0, 0}).Field(eval, 254)
	digest, err := circuit.SHA256Bits(api, w.Bits())
	if err != nil {
		return nil, fmt.Errorf("input hash: %w", err)
	}
	return circuit.FromBitsBE(api, digest[3:]), nil
}
