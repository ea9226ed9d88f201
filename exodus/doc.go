// Package exodus is a user's way out when the operator has stopped or
// censors: with only an L1 node, the user's key, the deployment file and
// the exit circuit's key set published next to it, it
//
//   - tells whether exodus mode is active or can be activated (the oldest
//     unexecuted L1 request has expired) and activates it;
//   - rebuilds the state up to the last executed block from L1 data
//     (package restore), checked block by block against the contract;
//   - proves, with the exit circuit, what each of the user's accounts
//     holds of each token and sends performExodus;
//   - cancels the L1 requests no executed block processed, which refunds
//     the user's unprocessed deposits and the priority fees;
//   - pays out everything credited to the user's address.
//
// `zkrollup wallet exodus` runs it in one command.
package exodus
