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
// A blob transaction (EIP-4844, type 3; EnqueueBlob) keeps its blobs in
// its row; the sidecar (commitments and cell proofs, about a second a
// blob) is computed once per process and again after a restart. Its first
// attempt offers twice the blob base fee, up to MaxBlobFeeCap; a stuck one
// is replaced with every price doubled, which geth's blob pool requires.
// As geth holds an account's transactions in one pool at a time, a blob
// transaction is signed only when no calldata one is unmined, and the
// other way round.
//
// A gas estimate that reverts is ErrReverted with the contract's reason;
// an L1 node that cannot be reached, or refuses for another reason, is its
// own error, and so is a receipt look-up that fails ("not mined" is only
// the node's "not found").
package txsender
