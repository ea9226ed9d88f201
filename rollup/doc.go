// Package rollup owns the rules of the rollup: the operations (Deposit,
// FullExit, Transfer, Withdraw, ChangePubKey, Noop), their signed encodings
// and fixed-size pubdata, the packed amount formats, the state transition
// (Machine.Apply) and blocks with their commitment.
//
// The block circuit (package circuit) implements the same rules; this package
// is the reference it is tested against. Rules (what a valid block may do) are
// kept apart from the operator's policies (which account id a new address
// gets, which tokens are listed); see docs/ARCHITECTURE.md. This package must
// never import SQL, networking or L1 clients, and never panics on input.
package rollup
