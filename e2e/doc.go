// Package e2e holds the end-to-end tests: the whole rollup against an L1,
// driven through the wallet as a user would. One test runs `zkrollup dev`
// in process; another runs the zkrollup binary as separate processes
// against anvil (an external L1 node), killing the node mid-way.
package e2e
