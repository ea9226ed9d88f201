package api_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// notBySubmission names the rule errors no zkr_submitTx call can be
// refused with, and why. Every other rollup.RuleErrors and mempool.Errors
// entry must have a case in TestEveryRuleErrorReachesTheClient.
var notBySubmission = map[error]string{
	rollup.ErrNotPackable: "a packed amount always decodes to an exact value: only packing, in the wallet, refuses an amount",
	rollup.ErrAccountExists: "a TransferToNew takes the next free account id, which is empty unless the state is corrupt; " +
		"genesis refuses a non-empty state with it",
	rollup.ErrAddressMismatch:   "only a Deposit (from L1) is checked against the owner of an account id",
	rollup.ErrAddressHasAccount: "no rule returns it at present",
	rollup.ErrNonceOverflow:     "an account reaches nonce 2^32-1 only after 4 billion transactions",
	rollup.ErrBalanceOverflow: "admission reads the sender's balance only: the recipient's overflow is refused at apply, " +
		"and the client reads it in zkr_getTxStatus's reason",
	rollup.ErrBlockFull:        "at apply only: the sequencer requeues the transaction for the next block",
	rollup.ErrTooManyFeeTokens: "at apply only: the sequencer requeues the transaction for the next block",
	// trading (issue 17): a CancelOrder's slot rules are the state's, checked at apply (the client reads the
	// refusal in zkr_getTxStatus's reason); a SpotTrade is never submitted: whoever matches orders builds it
	rollup.ErrOrderSlotOutOfRange: "a CancelOrder's slot is checked at apply",
	rollup.ErrOrderGeneration:     "a CancelOrder's generation is checked at apply",
	rollup.ErrOrderReplaced:       "a CancelOrder's generation is checked at apply",
	rollup.ErrOrderCancelled:      "a CancelOrder's order is checked at apply",
	rollup.ErrOrderOverfill:       "SpotTrades are built by the matcher, not submitted",
	rollup.ErrOrderNotYetValid:    "SpotTrades are built by the matcher, not submitted",
	rollup.ErrOrderExpired:        "SpotTrades are built by the matcher, not submitted",
	rollup.ErrLimitPrice:          "SpotTrades are built by the matcher, not submitted",
	rollup.ErrNotMakerPrice:       "SpotTrades are built by the matcher, not submitted",
	rollup.ErrFeeOverCap:          "SpotTrades are built by the matcher, not submitted",
	rollup.ErrSelfTrade:           "SpotTrades are built by the matcher, not submitted",
	rollup.ErrSameToken:           "SpotTrades are built by the matcher, not submitted",
	rollup.ErrOrdersDoNotMatch:    "SpotTrades are built by the matcher, not submitted",
	rollup.ErrTradeAmountTooLarge: "SpotTrades are built by the matcher, not submitted",
	mempool.ErrNotL2: "DecodeL2Tx refuses the type byte of an L1 operation first (ErrUnknownOpType); ErrNotL2 guards a " +
		"submittable type without an admission rule (mempool's TestEverySubmittableTypeHasAnAdmissionRule)",
}

// TestEveryRuleErrorReachesTheClient submits, through the JSON-RPC server
// of a running sequencer, one transaction per rule error a submission can
// break, and checks that the client gets code -32000 (-32002 for a full
// pool) with the error's data.kind, never -32603 "internal".
func TestEveryRuleErrorReachesTheClient(t *testing.T) {
	roomy := mempool.DefaultConfig
	cases := []struct {
		err    error
		cfg    *mempool.Config // nil: roomy
		before []string        // submitted first, admitted
		line   string          // a scenario command, or
		raw    func(f *fixture) []byte
		code   int // 0: api.CodeInvalidTx
		kind   string
	}{
		{err: rollup.ErrMalformed, raw: func(*fixture) []byte { return []byte{byte(rollup.OpTransfer), 1} }, kind: "malformed"},
		{err: rollup.ErrUnknownOpType, line: "deposit C 5 ETH", kind: "unknown_op_type"},
		{err: rollup.ErrPackedOutOfRange, raw: func(f *fixture) []byte {
			b := f.raw(t, "transfer A B 1 ETH")
			copy(b[27:32], []byte{0xff, 0xff, 0xff, 0xff, 0xff}) // packed amount: all ones
			return b
		}, kind: "packed_out_of_range"},
		{err: rollup.ErrAccountOutOfRange, raw: func(f *fixture) []byte {
			return f.resigned(t, "transfer A B 1 ETH", func(tx rollup.Tx) { tx.(*rollup.Transfer).From = 1 << rollup.TestParams.AccountDepth })
		}, kind: "account_out_of_range"},
		{err: rollup.ErrTokenOutOfRange, line: "transfer A B 1 T16", kind: "token_out_of_range"},
		{err: rollup.ErrZeroAddress, raw: func(f *fixture) []byte {
			return f.resigned(t, "withdraw A 1 ETH", func(tx rollup.Tx) { tx.(*rollup.Withdraw).To = common.Address{} })
		}, kind: "zero_address"},
		{err: rollup.ErrAccountNotFound, line: "transfer C A 1 ETH", kind: "account_not_found"},
		{err: rollup.ErrNoPubKey, line: "transfer B A 1 ETH", kind: "no_pubkey"},
		{err: rollup.ErrPubKeyMismatch, line: "transfer A B 1 ETH signer B", kind: "pubkey_mismatch"},
		{err: rollup.ErrBadSignature, line: "transfer A B 1 ETH badsig", kind: "signature"},
		{err: rollup.ErrBadEthSignature, line: "changepubkey B ethsigner A", kind: "eth_signature"},
		{err: rollup.ErrNonceMismatch, line: "transfer A B 1 ETH nonce 0", kind: "nonce"},
		{err: rollup.ErrInsufficientFunds, line: "transfer A B 5000 ETH", kind: "insufficient_funds"},
		{err: mempool.ErrTooLarge, raw: func(f *fixture) []byte {
			return append(f.raw(t, "transfer A B 1 ETH"), make([]byte, mempool.DefaultConfig.MaxTxBytes)...)
		}, kind: "too_large"},
		{err: mempool.ErrFeeTooLow, cfg: &mempool.Config{MaxTxs: 100, MaxPerAccount: 8, MaxTxBytes: 512, Fees: flatFees(t, 2)},
			line: "transfer A B 1 ETH fee 1", kind: "fee_too_low"},
		{err: mempool.ErrFeeToken, cfg: &mempool.Config{MaxTxs: 100, MaxPerAccount: 8, MaxTxBytes: 512, Fees: flatFees(t, 2)},
			line: "changepubkey B fee 2 DAI", kind: "fee_token"},
		{err: rollup.ErrZeroAmount, line: "transfer A B 0 ETH", kind: "zero_amount"},
		{err: mempool.ErrSelfTransfer, line: "transfer A A 1 ETH", kind: "self_transfer"},
		{err: mempool.ErrPoolFull, cfg: &mempool.Config{MaxTxs: 1, MaxPerAccount: 8, MaxTxBytes: 512},
			before: []string{"transfer A B 1 ETH"}, line: "transfer A B 1 ETH nonce 2", code: api.CodeBusy, kind: "busy"},
		{err: mempool.ErrQueueFull, cfg: &mempool.Config{MaxTxs: 100, MaxPerAccount: 1, MaxTxBytes: 512},
			before: []string{"transfer A B 1 ETH"}, line: "transfer A B 1 ETH nonce 2", kind: "queue_full"},
		{err: mempool.ErrDuplicate, before: []string{"transfer A B 1 ETH"}, line: "transfer A B 1 ETH", kind: "duplicate"},
		{err: mempool.ErrNonceAhead, line: "transfer A B 1 ETH nonce 5", kind: "nonce_ahead"},
	}
	covered := map[error]bool{}
	for _, c := range cases {
		covered[c.err] = true
		t.Run(c.kind, func(t *testing.T) {
			cfg := roomy
			if c.cfg != nil {
				cfg = *c.cfg
			}
			f := newRulesFixture(t, cfg)
			for _, l := range c.before {
				if code, out := f.submitRaw(t, f.raw(t, l)); code != 0 {
					t.Fatalf("setup %q: %v", l, out)
				}
			}
			raw := c.raw
			if raw == nil {
				raw = func(f *fixture) []byte { return f.raw(t, c.line) }
			}
			code, out := f.submitRaw(t, raw(f))
			want := c.code
			if want == 0 {
				want = api.CodeInvalidTx
			}
			data, _ := out["data"].(map[string]any)
			kind, _ := data["kind"].(string)
			msg, _ := out["message"].(string)
			if code != want || kind != c.kind {
				t.Fatalf("got %d %q (%q), want %d %q", code, kind, msg, want, c.kind)
			}
			if !strings.Contains(msg, c.err.Error()) {
				t.Errorf("message %q does not carry %q", out["message"], c.err)
			}
		})
	}
	for _, e := range append(rollup.RuleErrors(), mempool.Errors()...) {
		why, skipped := notBySubmission[e]
		switch {
		case covered[e] && skipped:
			t.Errorf("%v has a case and is listed as not reachable by a submission (%s)", e, why)
		case !covered[e] && !skipped:
			t.Errorf("%v: add a case that submits a transaction breaking it, or say in notBySubmission why none can", e)
		}
	}
}

// flatFees quotes n wei for every operation, in ETH only, with no tolerance.
func flatFees(t *testing.T, n int64) *fees.Quoter {
	t.Helper()
	q, err := fees.New(fees.Config{GasPrice: new(big.Int), ProvingWeiPerSlot: big.NewInt(n)}, rollup.TestParams, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// newRulesFixture: A (1000 ETH) has a registered key, B (50 ETH) has none,
// C has no account; the sequencer is then stopped so that what a case
// submits stays in the pool.
func newRulesFixture(t *testing.T, poolCfg mempool.Config) *fixture {
	t.Helper()
	f := newFixtureWith(t, poolCfg)
	ctx := context.Background()
	dep := rollup.Deposit{To: f.mirror.Address("B"), Amount: num.FromUint64(50)}
	if err := f.db.AddPriorityOps(ctx, []store.PriorityOp{{ID: 1, OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata()}}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.mirror.Apply(&dep); err != nil {
		t.Fatal(err)
	}
	q, err := f.seq.Pool().Quote(rollup.OpChangePubKey, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	cpk, err := f.mirror.Build("changepubkey A fee " + q.Fee.String() + " ETH")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := rollup.EncodeTx(cpk)
	if code, out := f.submitRaw(t, raw); code != 0 {
		t.Fatalf("changepubkey A: %v", out)
	}
	if _, err := f.mirror.Apply(cpk); err != nil {
		t.Fatal(err)
	}
	f.waitFor(t, func() bool {
		a, _, _ := f.seq.PendingAccountByAddress(f.mirror.Address("A"))
		_, bOK, _ := f.seq.PendingAccountByAddress(f.mirror.Address("B"))
		return a.Account.Nonce == 1 && bOK
	})
	if err := f.seq.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	return f
}

// raw is the encoding of a scenario command, built against the mirror.
func (f *fixture) raw(t *testing.T, line string) []byte {
	t.Helper()
	tx, err := f.mirror.Build(line)
	if err != nil {
		t.Fatalf("%q: %v", line, err)
	}
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// resigned builds line, changes it with edit and signs it again with the
// sender's key, so that only the edit is wrong.
func (f *fixture) resigned(t *testing.T, line string, edit func(rollup.Tx)) []byte {
	t.Helper()
	tx, err := f.mirror.Build(line)
	if err != nil {
		t.Fatalf("%q: %v", line, err)
	}
	edit(tx)
	key, chain := f.mirror.Key(strings.Fields(line)[1]), rollup.TestParams.ChainID
	switch tx := tx.(type) {
	case *rollup.Transfer:
		err = rollup.SignTransfer(key, chain, tx)
	case *rollup.Withdraw:
		err = rollup.SignWithdraw(key, chain, tx)
	default:
		err = errors.New("resigned: transfers and withdrawals only")
	}
	if err != nil {
		t.Fatal(err)
	}
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// submitRaw posts zkr_submitTx and returns the error's code and object
// (0 and nil on success).
func (f *fixture) submitRaw(t *testing.T, raw []byte) (int, map[string]any) {
	t.Helper()
	_, out := f.post(t, `{"jsonrpc":"2.0","id":1,"method":"zkr_submitTx","params":["`+hexutil.Encode(raw)+`"]}`)
	e, ok := out["error"].(map[string]any)
	if !ok {
		return 0, nil
	}
	code, _ := errCode(out)
	return code, e
}
