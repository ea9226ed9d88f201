// Package crypto owns the rollup's native cryptography: the one SNARK-friendly
// hash (Poseidon2 over BN254's scalar field, 2-to-1 compression), its domain
// tags, and EdDSA keys and signatures on BN254's twisted Edwards curve
// (BabyJubJub-style, from gnark-crypto).
//
// Every function here has an in-circuit twin in package circuit; the two must
// agree bit for bit. This package must never import SQL, networking or L1
// code, and it never panics on caller input.
package crypto
