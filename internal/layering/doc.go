// Package layering has no code, only tests of how this module's packages
// may import each other. The order is the layer diagram in
// docs/ARCHITECTURE.md, read by the test: a package imports only packages on
// lower lines, and every package is on a line. The lines the design says
// must never be crossed are checked on the whole import closure: the rules,
// state, crypto and circuit know nothing of SQL, networks, NATS or L1
// clients; the prover worker is stateless; nothing below node imports node
// or cmd. A failure names the import chain to cut (A → B → C).
//
// Nothing may import this package.
package layering
