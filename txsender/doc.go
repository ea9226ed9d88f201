// Package txsender sends the operator's L1 transactions. Each is a row in
// the store, written before anything is broadcast: the operation's key
// (so an operation is never sent twice), the nonce it got (assigned under
// a lock, in order), its fees and every attempt's hash. A transaction not
// mined within StuckAfter is signed again with the same nonce and fees
// raised by at least 12.5% (above the 10% replacement rule), up to
// MaxFeeCap. It is confirmed after Confirmations blocks; a reverted one is
// marked failed with the decoded revert reason. When another transaction
// of the account took its nonce (the account's nonce is past it,
// Confirmations deep, and none of its attempts has a receipt), it is
// logged and queued again, with the cause, for a new nonce. After a
// restart, sent transactions are checked and re-sent with their nonce.
//
// A gas estimate that reverts is ErrReverted with the contract's reason;
// an L1 node that cannot be reached, or refuses for another reason, is its
// own error, and so is a receipt look-up that fails ("not mined" is only
// the node's "not found").
package txsender
