package scenario

// RuleCase is a named scenario.
type RuleCase struct {
	Name string
	Text string
}

// RuleCases is one scenario per rule, valid and invalid, for
// rollup.TestParams. The native tests (TestRules) and the circuit's
// differential tests run the same table.
var RuleCases = []RuleCase{
	{"DepositCreatesAccount", `
		deposit A 100 ETH
		expect A ETH 100
		expect-nonce A 0`},
	{"DepositToExistingAccountAdds", `
		deposit A 100 ETH
		deposit A 50 ETH
		deposit A 7 DAI
		expect A ETH 150
		expect A DAI 7`},
	{"DepositZeroAmountRejected", `deposit A 0 ETH !zero`},
	{"DepositNoAccountTakesIsRefunded", `
		deposit A 100 ETH
		deposit B 5 DAI refund
		deposit A 7 ETH refund
		> block
		expect A ETH 100`},
	{"DepositTokenOutOfRangeRejected", `deposit A 5 T16 !token`},
	{"DepositOverflowRejected", `
		deposit A 340282366920938463463374607431768211455 ETH
		deposit A 1 ETH !overflow`},
	{"ChangePubKeyRegistersKey", `
		deposit A 10 ETH
		changepubkey A
		expect-nonce A 1`},
	{"ChangePubKeyWithFee", `
		deposit A 10 ETH
		changepubkey A fee 2 ETH
		> block
		expect A ETH 8
		expect op ETH 2`},
	{"ChangePubKeyNeedsOwnersL1Signature", `
		deposit A 10 ETH
		changepubkey A ethsigner B !ethsig`},
	{"ChangePubKeyBadL2SignatureRejected", `
		deposit A 10 ETH
		changepubkey A badsig !sig`},
	{"ChangePubKeyUnknownAccountRejected", `changepubkey A !notfound`},
	{"ChangePubKeyWrongNonceRejected", `
		deposit A 10 ETH
		changepubkey A nonce 3 !nonce`},
	{"ChangePubKeyFeeAboveBalanceRejected", `
		deposit A 10 ETH
		changepubkey A fee 11 ETH !insufficient`},
	{"TransferToExistingAccount", `
		deposit A 100 ETH
		deposit B 1 ETH
		changepubkey A
		transfer A B 6 fee 1
		> block
		expect A ETH 93
		expect B ETH 7
		expect op ETH 1
		expect-nonce A 2`},
	{"TransferToNewAddressCreatesAccount", `
		deposit A 100 ETH
		changepubkey A
		transfer A C 40 ETH
		expect C ETH 40
		expect-nonce C 0`},
	{"TransferToSelfPaysOnlyFee", `
		deposit A 100 ETH
		changepubkey A
		transfer A A 30 ETH fee 2
		> block
		expect A ETH 98`},
	{"TransferWholeBalance", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 99 ETH fee 1
		expect A ETH 0`},
	{"TransferAboveBalanceRejected", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 100 ETH fee 1 !insufficient
		expect A ETH 100`},
	{"TransferWithoutKeyRejected", `
		deposit A 100 ETH
		transfer A B 1 ETH !nopubkey`},
	{"TransferSignedByAnotherKeyRejected", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 1 ETH signer B !pubkey`},
	{"TransferBadSignatureRejected", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 1 ETH badsig !sig`},
	{"TransferReplayedNonceRejected", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 1 ETH
		transfer A B 1 ETH nonce 1 !nonce`},
	{"TransferFutureNonceRejected", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 1 ETH nonce 7 !nonce`},
	{"TransferFromMissingAccountRejected", `transfer A B 1 ETH !notfound`},
	{"TransferUnpackableAmountRejected", `
		deposit A 100000000000000000000 ETH
		changepubkey A
		transfer A B 34359738369 ETH !packing`},
	{"TransferLargePackableAmount", `
		deposit A 100000000000000000000 ETH
		changepubkey A
		transfer A B 34359738360000000000 ETH
		expect B ETH 34359738360000000000`},
	{"TransferOverflowingReceiverRejected", `
		deposit A 100 ETH
		deposit B 340282366920938463463374607431768211455 ETH
		changepubkey A
		transfer A B 1 ETH !overflow`},
	{"TransferTokenOutOfRangeRejected", `
		deposit A 100 ETH
		changepubkey A
		transfer A B 1 T16 !token`},
	{"FeeTokensPerBlockLimited", `
		deposit A 100 ETH
		deposit A 100 DAI
		deposit A 100 USDC
		changepubkey A
		> block
		transfer A B 1 ETH fee 1
		transfer A B 1 DAI fee 1
		transfer A B 1 USDC fee 1 !feetokens
		transfer A B 1 USDC
		> block
		transfer A B 1 USDC fee 1`},
	{"BlockSlotsLimited", `
		deposit A 1 ETH
		deposit B 1 ETH
		deposit C 1 ETH
		deposit D 1 ETH
		deposit E 1 ETH !full
		> block
		deposit E 1 ETH`},
	{"WithdrawDebitsAmountAndFee", `
		deposit A 100 ETH
		changepubkey A
		withdraw A 50 ETH fee 3
		> block
		expect A ETH 47
		expect op ETH 3`},
	{"WithdrawAboveBalanceRejected", `
		deposit A 100 ETH
		changepubkey A
		withdraw A 100 ETH fee 1 !insufficient`},
	{"WithdrawWrongNonceRejected", `
		deposit A 100 ETH
		changepubkey A
		withdraw A 1 ETH nonce 0 !nonce`},
	{"WithdrawBadSignatureRejected", `
		deposit A 100 ETH
		changepubkey A
		withdraw A 1 ETH badsig !sig`},
	{"FullExitByOwnerTakesWholeBalance", `
		deposit A 100 ETH
		fullexit A ETH
		expect A ETH 0`},
	{"FullExitByStrangerExitsNothing", `
		deposit A 100 ETH
		fullexit A ETH by B
		expect A ETH 100`},
	{"FullExitOfMissingAccountExitsNothing", `fullexit A ETH`},
	{"FullExitTokenOutOfRangeRejected", `
		deposit A 100 ETH
		fullexit A T16 !token`},
}
