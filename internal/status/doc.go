// Package status names the stages and statuses that move work through the
// node, one type per meaning, so that a word used for two things ("pending",
// "committed", "verified") is two names here. The values are the strings
// stored in the database and sent to JSON-RPC clients: they never change.
//
// It imports nothing and holds no logic beyond naming.
package status
