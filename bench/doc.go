// Package bench is the load generator behind `zkrollup bench`: it creates
// accounts on a running node (funded by a dev account, each registering
// its L2 key), sends signed transfers over JSON-RPC with a given
// concurrency, and reports throughput and soft-confirmation latency (from
// submit to the transaction entering the pending block, as the node's
// pendingTxs WebSocket subscription announces it).
package bench
