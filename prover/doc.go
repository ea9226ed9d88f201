// Package prover owns proving and verifying block proofs with gnark's
// Groth16 on BN254: compile the block circuit for a shape, set up keys
// (locally, for tests and development: unsafe for production), prove from a
// serialized witness and verify. It is what a stateless prover worker runs,
// so it reads and writes bytes only and imports no storage or networking.
// A panic inside gnark is turned into an error: a bad witness must never
// crash a worker.
package prover
