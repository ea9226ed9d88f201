// Package keys owns the circuit keys on disk: it runs the Groth16 setup for a
// profile (with local randomness, marked unsafe for production), writes the
// proving and verifying keys with SHA-256 checksums into the data directory
// atomically, and reuses them on the next start after verifying the
// checksums. It prints progress while the setup runs.
package keys
