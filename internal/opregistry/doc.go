// Package opregistry holds the test that keeps every per-operation table of
// the code base in step with the operation registry (rollup.Ops): the
// mempool's admission rules, the circuit's gadgets and signature layouts,
// the scenario notation, and the L1 contract's op sizes. Adding an
// operation type to the registry makes the test name each place that still
// needs an entry. It has no code of its own.
package opregistry
