// Package keys owns the circuit keys on disk: it runs the Groth16 setup for a
// profile (with local randomness, marked unsafe for production), writes the
// proving and verifying keys with SHA-256 checksums into the data directory
// atomically, and reuses them on the next start after verifying the
// checksums. It prints progress while the setup runs.
//
// A deployment's exit keys are different: its exit verifier was compiled
// from them, so LoadExit loads them, pinned by the SHA-256 of their manifest,
// and never sets up new ones; CopySet publishes a key set next to the
// deployment file.
package keys
