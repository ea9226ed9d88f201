package api

import (
	"errors"

	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// JSON-RPC error codes of this API (the -32000 range is the server's).
const (
	CodeInvalidTx = -32000 // the transaction breaks a rule or admission check
	CodeNotFound  = -32001
	CodeBusy      = -32002 // the mempool is full: retry later
	CodeInvalid   = -32602 // invalid params (JSON-RPC standard)
	CodeInternal  = -32603
)

// Error is a JSON-RPC error with an actionable message; Data names the
// rule error when there is one.
type Error struct {
	Code int
	Msg  string
	Kind string
}

func (e *Error) Error() string          { return e.Msg }
func (e *Error) ErrorCode() int         { return e.Code }
func (e *Error) ErrorData() interface{} { return map[string]string{"kind": e.Kind} }

func invalidParams(msg string) error {
	return &Error{Code: CodeInvalid, Msg: msg, Kind: "invalid_params"}
}

// ruleKinds names the rule errors for scripts (error.data.kind): every
// rollup.RuleErrors and mempool.Errors entry but the pool being full,
// which is CodeBusy (TestEveryRuleErrorHasAKind).
var ruleKinds = map[error]string{
	rollup.ErrInsufficientFunds: "insufficient_funds", rollup.ErrNonceMismatch: "nonce",
	rollup.ErrBadSignature: "signature", rollup.ErrBadEthSignature: "eth_signature",
	rollup.ErrNoPubKey: "no_pubkey", rollup.ErrPubKeyMismatch: "pubkey_mismatch",
	rollup.ErrAccountNotFound: "account_not_found", rollup.ErrMalformed: "malformed",
	rollup.ErrUnknownOpType: "unknown_op_type", rollup.ErrNotPackable: "not_packable",
	rollup.ErrZeroAmount: "zero_amount", rollup.ErrTokenOutOfRange: "token_out_of_range",
	rollup.ErrAccountOutOfRange: "account_out_of_range", rollup.ErrZeroAddress: "zero_address",
	rollup.ErrPackedOutOfRange: "packed_out_of_range", rollup.ErrAccountExists: "account_exists",
	rollup.ErrAddressMismatch: "address_mismatch", rollup.ErrAddressHasAccount: "address_has_account",
	rollup.ErrNonceOverflow: "nonce_overflow", rollup.ErrBalanceOverflow: "balance_overflow",
	rollup.ErrBlockFull: "block_full", rollup.ErrTooManyFeeTokens: "too_many_fee_tokens",
	rollup.ErrOrderSlotOutOfRange: "order_slot_out_of_range", rollup.ErrOrderGeneration: "order_generation",
	rollup.ErrOrderReplaced: "order_replaced", rollup.ErrOrderCancelled: "order_cancelled",
	rollup.ErrOrderOverfill: "order_overfill", rollup.ErrOrderNotYetValid: "order_not_yet_valid",
	rollup.ErrOrderExpired: "order_expired", rollup.ErrLimitPrice: "limit_price", rollup.ErrNotMakerPrice: "not_maker_price",
	rollup.ErrFeeOverCap: "fee_over_cap", rollup.ErrSelfTrade: "self_trade", rollup.ErrSameToken: "same_token",
	rollup.ErrOrdersDoNotMatch: "orders_do_not_match", rollup.ErrTradeAmountTooLarge: "trade_amount_too_large",
	mempool.ErrTooLarge: "too_large", mempool.ErrNotL2: "not_l2", mempool.ErrFeeTooLow: "fee_too_low",
	mempool.ErrQueueFull: "queue_full", mempool.ErrDuplicate: "duplicate", mempool.ErrNonceAhead: "nonce_ahead",
	mempool.ErrSelfTransfer: "self_transfer", mempool.ErrFeeToken: "fee_token",
}

// toRPC maps an internal error to what the client sees.
func toRPC(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, mempool.ErrPoolFull) {
		return &Error{Code: CodeBusy, Msg: err.Error(), Kind: "busy"}
	}
	if errors.Is(err, store.ErrNotFound) {
		return &Error{Code: CodeNotFound, Msg: err.Error(), Kind: "not_found"}
	}
	for e, kind := range ruleKinds {
		if errors.Is(err, e) {
			return &Error{Code: CodeInvalidTx, Msg: err.Error(), Kind: kind}
		}
	}
	return &Error{Code: CodeInternal, Msg: "internal error: " + err.Error(), Kind: "internal"}
}
