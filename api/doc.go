// Package api serves the rollup's JSON-RPC 2.0 over HTTP and WebSocket
// (go-ethereum's rpc server: batch requests, subscriptions, body limits):
// submit a signed transaction, its status and receipt, accounts in the
// pending, committed and verified views, blocks, tokens, and
// subscriptions to new blocks and to an account's changes. Methods live in
// the "zkr" namespace (zkr_submitTx, ...). It holds no state of its own.
package api
