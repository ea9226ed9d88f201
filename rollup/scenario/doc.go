// Package scenario runs rollup scenarios written in a compact text notation,
// one command per line, so tests (native and circuit alike) read like the
// story they check:
//
//	deposit A 100 ETH
//	changepubkey A
//	transfer A B 6 fee 1
//	withdraw B 5
//	transfer A B 1000 !insufficient
//	> block
//	expect A ETH 93
//
// Commands: deposit NAME AMOUNT TOKEN [refund] (refund: the operator's
// account policy names no account, so the deposit is refunded on L1); changepubkey NAME; transfer FROM TO
// AMOUNT [TOKEN]; withdraw NAME AMOUNT [TOKEN] (the token defaults to ETH); fullexit NAME TOKEN [by NAME];
// "> block" seals the open block; expect NAME TOKEN AMOUNT checks a balance;
// expect-nonce NAME N checks a nonce. L2 commands take options: fee N
// (same token; for changepubkey "fee N TOKEN"), nonce N (override),
// signer NAME (sign with another's key), badsig (corrupt the signature),
// ethsigner NAME (L1 authorisation by another address). A trailing !NAME says
// the command must fail with that error (see Errors). Names get
// deterministic L1 and L2 keys; "op" is the operator that collects fees.
// Tokens: ETH=0, DAI=1, USDC=2, or T<n>.
//
// It holds no rules of its own: everything goes through rollup.Machine.
package scenario
