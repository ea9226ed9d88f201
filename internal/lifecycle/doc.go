// Package lifecycle is the one way the node's components start and stop:
// Start(ctx) / Stop(ctx) (Service). A Loop turns a component's driver — a
// function that runs until its context ends — into that lifecycle; a Group
// starts services in order, stops them in reverse, and stops them all when
// one fails. It never decides anything about the components themselves.
package lifecycle
