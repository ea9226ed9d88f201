// Package circuit owns the gnark circuits of the rollup and the gadgets they
// are built from. Each gadget is the in-circuit twin of one native definition
// (package crypto, state/smt, state, rollup) and is tested against it on the
// same inputs, valid and invalid: the circuit must accept exactly what the
// native code accepts.
//
// Rules live in constraints. A hint may only compute a value that a
// constraint then binds. This package must never import SQL, networks or L1
// clients.
package circuit
