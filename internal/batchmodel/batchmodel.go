// Package batchmodel is the Groth16 batch verifier's check
// (prover/batchverifier.sol.tmpl) modelled in Go, for the tests that
// attack it: the weights it draws and the pairs whose product it checks.
// Proofs are prover.SolidityProof's bytes: A 64 | B 128 | C 64 [| D 64 |
// PoK 64].
package batchmodel

import (
	"fmt"
	"math/big"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"
)

// Offsets of a proof's points.
const (
	A = 0
	B = 64
	C = 192
	D = 256
	P = 320
)

var (
	bytesArr, _ = abi.NewType("bytes[]", "", nil)
	uintArr, _  = abi.NewType("uint256[]", "", nil)
	bytes32, _  = abi.NewType("bytes32", "", nil)
	uint256, _  = abi.NewType("uint256", "", nil)
	str, _      = abi.NewType("string", "", nil)
)

// Seed is verifyBatch's seed: keccak256(abi.encode(proofs, inputs)).
func Seed(proofs [][]byte, inputs []*big.Int) ([32]byte, error) {
	enc, err := abi.Arguments{{Type: bytesArr}, {Type: uintArr}}.Pack(proofs, inputs)
	if err != nil {
		return [32]byte{}, fmt.Errorf("batchmodel: %w", err)
	}
	return [32]byte(crypto.Keccak256(enc)), nil
}

// SubSeed is keccak256(abi.encode(seed, i)): r_i before its reduction.
func SubSeed(seed [32]byte, i int) [32]byte {
	enc, _ := abi.Arguments{{Type: bytes32}, {Type: uint256}}.Pack(seed, big.NewInt(int64(i)))
	return [32]byte(crypto.Keccak256(enc))
}

// Weights are the verifier's r_0..r_{n-1} and t under seed: r_i =
// keccak256(abi.encode(seed, i)) mod R, except r_0 = 1 when first (the
// verifier takes its first proof as it is), and t =
// keccak256(abi.encode(seed, "pedersen")) mod R.
func Weights(seed [32]byte, n int, first bool) ([]*big.Int, *big.Int) {
	rs := make([]*big.Int, n)
	for i := range rs {
		h := SubSeed(seed, i)
		rs[i] = new(big.Int).Mod(new(big.Int).SetBytes(h[:]), fr.Modulus())
	}
	if first && n > 0 {
		rs[0] = big.NewInt(1)
	}
	enc, _ := abi.Arguments{{Type: bytes32}, {Type: str}}.Pack(seed, "pedersen")
	return rs, new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(enc)), fr.Modulus())
}

// G1 reads the G1 point at off of a proof.
func G1(p []byte, off int) bn254.G1Affine {
	var q bn254.G1Affine
	q.X.SetBytes(p[off : off+32])
	q.Y.SetBytes(p[off+32 : off+64])
	return q
}

// G2 reads the G2 point at off of a proof (the precompile's order: x.A1,
// x.A0, y.A1, y.A0).
func G2(p []byte, off int) bn254.G2Affine {
	var q bn254.G2Affine
	q.X.A1.SetBytes(p[off : off+32])
	q.X.A0.SetBytes(p[off+32 : off+64])
	q.Y.A1.SetBytes(p[off+64 : off+96])
	q.Y.A0.SetBytes(p[off+96 : off+128])
	return q
}

// Pairs are the batch check's pairs for vk under weights rs and t, in the
// verifier's order: (r_i A_i, B_i)..., (Σ r_i C_i, −δ), ((Σ r_i) α, −β),
// (Σ r_i L_i, −γ) [, (t Σ r_i D_i, GσNeg), (t Σ r_i P_i, G) with a gnark
// commitment], L_i = K0 + x_i K1 [+ h_i K2 + D_i]. The batch holds when
// their pairing product is 1.
func Pairs(vk *groth16bn254.VerifyingKey, ps [][]byte, xs []*big.Int, rs []*big.Int, t *big.Int) ([]bn254.G1Affine, []bn254.G2Affine) {
	commit := len(vk.CommitmentKeys) == 1
	mul := func(q bn254.G1Affine, s *big.Int) bn254.G1Affine {
		var o bn254.G1Affine
		o.ScalarMultiplication(&q, new(big.Int).Mod(s, fr.Modulus()))
		return o
	}
	neg := func(q bn254.G2Affine) bn254.G2Affine {
		var n bn254.G2Affine
		n.Neg(&q)
		return n
	}
	var g1s []bn254.G1Affine
	var g2s []bn254.G2Affine
	var accC, accL, accD, accP bn254.G1Affine
	sumR := new(big.Int)
	for i, p := range ps {
		g1s, g2s = append(g1s, mul(G1(p, A), rs[i])), append(g2s, G2(p, B))
		c := mul(G1(p, C), rs[i])
		accC.Add(&accC, &c)
		l := vk.G1.K[0]
		k1 := mul(vk.G1.K[1], xs[i])
		l.Add(&l, &k1)
		if commit {
			d := G1(p, D)
			h := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(p[D:D+64])), fr.Modulus())
			k2 := mul(vk.G1.K[2], h)
			l.Add(&l, &k2)
			l.Add(&l, &d)
			rd, rp := mul(d, rs[i]), mul(G1(p, P), rs[i])
			accD.Add(&accD, &rd)
			accP.Add(&accP, &rp)
		}
		l = mul(l, rs[i])
		accL.Add(&accL, &l)
		sumR.Add(sumR, rs[i])
	}
	g1s = append(g1s, accC, mul(vk.G1.Alpha, sumR), accL)
	g2s = append(g2s, neg(vk.G2.Delta), neg(vk.G2.Beta), neg(vk.G2.Gamma))
	if commit {
		g1s = append(g1s, mul(accD, t), mul(accP, t))
		g2s = append(g2s, vk.CommitmentKeys[0].GSigmaNeg, vk.CommitmentKeys[0].G)
	}
	return g1s, g2s
}

// Holds evaluates the batch check of (ps, xs) for vk under weights rs and t.
func Holds(vk *groth16bn254.VerifyingKey, ps [][]byte, xs []*big.Int, rs []*big.Int, t *big.Int) (bool, error) {
	g1s, g2s := Pairs(vk, ps, xs, rs, t)
	return bn254.PairingCheck(g1s, g2s)
}
