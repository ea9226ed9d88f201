package rollup

import "errors"

// Errors of the state transition. Apply wraps them with the values involved;
// test with errors.Is. Every one leaves the state unchanged.
var (
	// Encoding and limits.
	ErrNotPackable       = errors.New("amount cannot be packed exactly: round it to fewer significant digits")
	ErrPackedOutOfRange  = errors.New("packed value is 2^128 or more")
	ErrMalformed         = errors.New("malformed encoding")
	ErrUnknownOpType     = errors.New("unknown operation type")
	ErrAccountOutOfRange = errors.New("account id does not fit the account tree")
	ErrTokenOutOfRange   = errors.New("token id does not fit the balance tree")
	ErrZeroAddress       = errors.New("the zero address cannot own an account")
	ErrZeroAmount        = errors.New("amount must be greater than zero")
	ErrNoAccount         = errors.New("no account can receive it: the account tree is full") // an AccountPolicy's answer; a Deposit is then refunded

	// Accounts.
	ErrAccountNotFound    = errors.New("account does not exist")
	ErrAccountExists      = errors.New("account id is already taken")
	ErrAddressMismatch    = errors.New("account belongs to another L1 address")
	ErrAddressHasAccount  = errors.New("address already has an account: send to that account instead")
	ErrNoPubKey           = errors.New("account has no L2 key yet: register one with a ChangePubKey (`zkrollup wallet register`)")
	ErrPubKeyMismatch     = errors.New("transaction key does not match the account's registered key")
	ErrBadSignature       = errors.New("signature does not verify")
	ErrBadEthSignature    = errors.New("L1 authorisation signature is not from the account's L1 address")
	ErrNonceMismatch      = errors.New("nonce does not match the account's next nonce")
	ErrNonceOverflow      = errors.New("account nonce is exhausted")
	ErrInsufficientFunds  = errors.New("balance is lower than amount plus fee")
	ErrBalanceOverflow    = errors.New("balance would exceed 2^128-1")
	ErrBlockFull          = errors.New("block has no free slot: retry in the next block")
	ErrTooManyFeeTokens   = errors.New("block already collects the maximum number of fee tokens: retry in the next block")
	ErrFeeAccountNotFound = errors.New("block fee account does not exist")
	ErrNoBlock            = errors.New("no block is open: call BeginBlock first")
	ErrBlockOpen          = errors.New("a block is already open")

	// Orders and trades (issue 17).
	ErrOrderSlotOutOfRange = errors.New("order slot does not fit the account's order tree")
	ErrOrderGeneration     = errors.New("order generation is not the slot's current or next one")
	ErrOrderReplaced       = errors.New("order was replaced by a newer order in its slot")
	ErrOrderCancelled      = errors.New("order is cancelled")
	ErrOrderOverfill       = errors.New("fill would exceed the order's size")
	ErrOrderNotYetValid    = errors.New("order is not valid yet at the block's time")
	ErrOrderExpired        = errors.New("order has expired")
	ErrLimitPrice          = errors.New("fill is worse than the order's limit price")
	ErrNotMakerPrice       = errors.New("fill is not at the maker's price")
	ErrFeeOverCap          = errors.New("fee rate is above the order's maximum")
	ErrSelfTrade           = errors.New("an account cannot trade with itself")
	ErrSameToken           = errors.New("an order cannot sell and buy the same token")
	ErrOrdersDoNotMatch    = errors.New("the orders do not trade the same pair in opposite directions")
	ErrTradeAmountTooLarge = errors.New("an order's amounts and a trade's fills must be below 2^120")
)

// RuleErrors lists the errors a transaction can be refused with (the ones
// above but the machine's own: no block, block open, fee account missing).
// The API names each for clients; its test walks this list.
func RuleErrors() []error {
	return []error{
		ErrNotPackable, ErrPackedOutOfRange, ErrMalformed, ErrUnknownOpType, ErrAccountOutOfRange,
		ErrTokenOutOfRange, ErrZeroAddress, ErrZeroAmount, ErrAccountNotFound, ErrAccountExists,
		ErrAddressMismatch, ErrAddressHasAccount, ErrNoPubKey, ErrPubKeyMismatch, ErrBadSignature,
		ErrBadEthSignature, ErrNonceMismatch, ErrNonceOverflow, ErrInsufficientFunds, ErrBalanceOverflow,
		ErrBlockFull, ErrTooManyFeeTokens,
		ErrOrderSlotOutOfRange, ErrOrderGeneration, ErrOrderReplaced, ErrOrderCancelled, ErrOrderOverfill,
		ErrOrderNotYetValid, ErrOrderExpired, ErrLimitPrice, ErrNotMakerPrice, ErrFeeOverCap, ErrSelfTrade,
		ErrSameToken, ErrOrdersDoNotMatch, ErrTradeAmountTooLarge,
	}
}
