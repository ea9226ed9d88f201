package scenario

// tradeSetup gives A 100000 ETH and B, C 200000 DAI each, all with keys,
// in blocks 1 and 2: what follows is in block 3 (time 1_700_000_003).
const tradeSetup = `
		deposit A 100000 ETH
		deposit B 200000 DAI
		deposit C 200000 DAI
		> block
		changepubkey A
		changepubkey B
		changepubkey C
		> block
`

// TradeCases is one scenario per order, trade and cancel rule (issue 17),
// valid and invalid, for rollup.TestParams (order tree depth 2: slots 0-3).
// Block times are 1_700_000_000 + the block number.
var TradeCases = []RuleCase{
	{"TradeFillsBothOrders", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH
		match T M
		expect A ETH 90000
		expect A DAI 20000
		expect B DAI 180000
		expect B ETH 10000
		expect-order A 0 1 10000
		expect-order B 0 1 20000`},
	{"TradePartialFillsThenOverfillRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T1 B sell 8000 DAI for 4000 ETH
		order T2 C sell 12000 DAI for 6000 ETH
		match T1 M
		expect-order A 0 1 4000
		> block
		match T2 M
		expect-order A 0 1 10000
		expect A DAI 20000
		expect C ETH 6000
		order T3 B sell 2000 DAI for 1000 ETH slot 1
		trade T3 M 2 1 !overfill`},
	{"TradeAtTheMakersPriceTakerImproves", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 30000 DAI for 10000 ETH
		match T M
		expect B DAI 180000
		expect B ETH 10000
		expect-order B 0 1 20000`},
	{"TradeBelowMakersLimitRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH
		trade T M 19999 10000 !limit`},
	{"TradeAboveMakersPriceRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 30000 DAI for 10000 ETH
		trade T M 20001 10000 !makerprice`},
	{"TradeBelowTakersLimitRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 12000 ETH
		trade T M 20000 10000 !limit`},
	{"TradeMakersPriceRoundsUpForTheMaker", tradeSetup + `
		order M A sell 3 ETH for 7 DAI
		order T B sell 10 DAI for 3 ETH
		trade T M 3 1
		expect A DAI 3
		expect B ETH 1
		trade T M 2 1 !limit`},
	{"TradeFeesInWhatEachReceives", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI maxfee 10
		order T B sell 20000 DAI for 10000 ETH maxfee 30
		match T M fees 30 10
		> block
		expect B ETH 9970
		expect A DAI 19980
		expect op ETH 30
		expect op DAI 20`},
	{"TradeFeeRoundsDown", tradeSetup + `
		order M A sell 100 ETH for 200 DAI maxfee 255
		order T B sell 200 DAI for 100 ETH maxfee 255
		match T M fees 255 1
		> block
		expect B ETH 98
		expect op ETH 2
		expect A DAI 200`},
	{"TradeFeeOverTheOrdersCapRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI maxfee 10
		order T B sell 20000 DAI for 10000 ETH maxfee 30
		match T M fees 31 10 !feecap
		match T M fees 30 11 !feecap`},
	{"TradeExpiredOrderRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI until 1700000003
		order T B sell 20000 DAI for 10000 ETH
		> block
		match T M !expired`},
	{"TradeOrderNotYetValidRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH from 1800000000
		match T M !notyet`},
	{"TradeOrderValidAtItsBounds", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI until 1700000003
		order T B sell 20000 DAI for 10000 ETH from 1700000003
		match T M`},
	{"CancelledOrderCannotTrade", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH
		cancel A 0 1
		expect-order A 0 1 cancelled
		expect-nonce A 2
		trade T M 20000 10000 !cancelled
		cancel A 0 1 !cancelled`},
	{"CancelAfterAPartialFill", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI
		order T B sell 4000 DAI for 2000 ETH
		match T M
		cancel A 0 1 fee 1 ETH
		> block
		expect-order A 0 1 cancelled
		expect A ETH 97999
		expect op ETH 1
		order T2 C sell 4000 DAI for 2000 ETH
		trade T2 M 4000 2000 !cancelled`},
	{"CancelRules", tradeSetup + `
		cancel A 0 2 !generation
		cancel A 4 1 !orderslot
		cancel A 0 1 nonce 5 !nonce
		cancel A 0 1 badsig !sig
		cancel A 0 1 signer B !pubkey
		cancel A 0 1 fee 200000 ETH !insufficient
		cancel A 0 1`},
	{"NewGenerationReplacesTheSlotsOrder", tradeSetup + `
		order M1 A sell 10000 ETH for 20000 DAI
		order T B sell 20000 DAI for 10000 ETH
		trade T M1 2000 1000
		order M2 A sell 5000 ETH for 15000 DAI gen 2
		order T2 C sell 30000 DAI for 10000 ETH
		match T2 M2
		expect-order A 0 2 5000
		> block
		trade T M1 2000 1000 !replaced
		order M4 A sell 1 ETH for 1 DAI gen 4
		match T M4 !generation`},
	{"OrderGenerationZeroRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI gen 0
		order T B sell 20000 DAI for 10000 ETH
		match T M !generation`},
	{"OrderSlotOutOfRangeRefused", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI slot 4
		order T B sell 20000 DAI for 10000 ETH
		trade T M 20000 10000 !orderslot`},
	{"BuyOrderCountsWhatItBuys", tradeSetup + `
		order M A sell 10000 ETH for 20000 DAI buy
		order T B sell 8000 DAI for 4000 ETH
		match T M
		expect-order A 0 1 8000
		order T2 C sell 30000 DAI for 15000 ETH
		match T2 M
		expect-order A 0 1 20000
		expect A ETH 90000
		> block
		trade T2 M 2 1 !overfill`},
	{"SelfTradeRefused", tradeSetup + `
		deposit A 1000 DAI
		order M A sell 100 ETH for 200 DAI
		order T A sell 200 DAI for 100 ETH slot 1
		trade T M 200 100 !selftrade`},
	{"SameTokenBothSidesRefused", tradeSetup + `
		order M A sell 100 ETH for 200 ETH
		order T B sell 200 ETH for 100 ETH
		trade T M 200 100 !sametoken`},
	{"OrdersOfAnotherPairRefused", tradeSetup + `
		order M A sell 100 ETH for 200 DAI
		order T B sell 200 DAI for 100 USDC
		trade T M 200 100 !nomatch`},
	{"UnknownTokenRefused", tradeSetup + `
		order M A sell 100 T16 for 200 DAI
		order T B sell 200 DAI for 100 T16
		trade T M 200 100 !token`},
	{"TradeInsufficientBalanceRefused", tradeSetup + `
		order M A sell 200000 ETH for 200000 DAI
		order T B sell 200000 DAI for 200000 ETH
		match T M !insufficient`},
	{"TradeBadOrderSignatureRefused", tradeSetup + `
		order M A sell 100 ETH for 200 DAI badsig
		order T B sell 200 DAI for 100 ETH
		match T M !sig`},
	{"TradeOrderSignedByAnotherKeyRefused", tradeSetup + `
		order M A sell 100 ETH for 200 DAI signer C
		order T B sell 200 DAI for 100 ETH
		match T M !pubkey`},
	{"TradeAccountWithoutKeyRefused", `
		deposit A 100 ETH
		deposit B 200 DAI
		changepubkey B
		order M A sell 100 ETH for 200 DAI
		order T B sell 200 DAI for 100 ETH
		> block
		match T M !nopubkey`},
	{"TradeAmountsAbove2To120Refused", tradeSetup + `
		order M A sell 100 ETH for 2000000000000000000000000000000000000 DAI
		order T B sell 200 DAI for 100 ETH
		trade T M 200 100 !toolarge
		order M2 A sell 100 ETH for 200 DAI slot 1
		trade T M2 2000000000000000000000000000000000000 100 !toolarge`},
	{"TradeZeroFillRefused", tradeSetup + `
		order M A sell 100 ETH for 200 DAI
		order T B sell 200 DAI for 100 ETH
		trade T M 0 0 !zero`},
	{"TradeTakesTwoSlots", tradeSetup + `
		> block
		order M A sell 100 ETH for 200 DAI
		order T B sell 200 DAI for 100 ETH
		transfer A B 1 ETH
		transfer A B 1 ETH
		transfer A B 1 ETH
		match T M !full
		> block
		transfer A B 1 ETH
		transfer A B 1 ETH
		match T M`},
}
