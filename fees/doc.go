// Package fees quotes what an L2 transaction must pay for what it costs
// the operator (zkSync Lite's get_tx_fee): the L1 gas of its pubdata, its
// share of the fixed L1 gas of the block it takes a slot in (commit, prove,
// execute), at the L1 gas price, plus the cost of proving its slot,
// converted into the token that pays. It reads the L1 gas price (or uses a
// configured one) and holds the operator's token prices.
//
// It never judges a transaction: the mempool compares a fee with the
// quote, and the rules know nothing of it. A dev network's quoter is zero.
package fees
