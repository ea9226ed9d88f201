// Package blobcircuit owns the blob circuit: the BN254 Groth16 statement
// about one EIP-4844 blob that the L1 contract checks beside the KZG
// point evaluation (Rollup._checkBlobs), with one public input,
//
//	Input = sha256(dataHash | z | y | r | eval) with the top three bits cleared,
//
// for private elements (the first n of the blob, the rest zero), z, y, r,
// eval and dataHash such that:
//
//   - y = P(z), P the blob polynomial over BLS12-381's scalar field, z and
//     y canonical (EvalBlob; twin Evaluate, checked against go-ethereum's
//     kzg4844);
//   - dataHash = crypto.HashTagged(DomainBlobData, elements...) (twin
//     ElementsHash);
//   - eval = Σ p_k·r^k over the payload bytes p, each element's 31 bytes
//     (PayloadEval, equal to rollup.EvalBytes over the payload);
//   - every element is below 2^248 (31-byte packing).
//
// NewAssignment fills a witness, PublicInput is the contract's hash.
//
// The compiled circuit has no gnark commitment, which our batch verifier
// does not support: gnark's emulated arithmetic checks its products with a
// challenge from api.Commit (whatever API wrapper hides frontend.Committer:
// the builder runs the deferred check itself), so the arithmetic mod the
// BLS12-381 scalar modulus here is our own, deterministic, built from bit
// decompositions (fq.go, identity.go).
//
// It never derives z or r (the contract's Fiat–Shamir challenges), never
// packs bytes into elements (package da), never talks to L1, and never
// panics on caller input: the gadgets and Define return errors.
package blobcircuit
