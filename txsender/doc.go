// Package txsender sends the operator's L1 transactions. Each is a row in
// the store, written before anything is broadcast: the operation's key
// (so an operation is never sent twice), the nonce it got (assigned under
// a lock, in order), its fees and every attempt's hash. A transaction not
// mined within StuckAfter is signed again with the same nonce and fees
// raised by at least 12.5% (above the 10% replacement rule), up to
// MaxFeeCap. It is confirmed after Confirmations blocks; a reverted one is
// marked failed with the decoded revert reason. After a restart, sent
// transactions are checked and re-sent with their nonce.
package txsender
