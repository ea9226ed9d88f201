package mempool

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/rollup"
)

// flat quotes n wei for every operation, in ETH only, with no tolerance.
func flat(n int64) FeeQuoter {
	q, err := fees.New(fees.Config{GasPrice: new(big.Int), ProvingWeiPerSlot: big.NewInt(n)}, rollup.TestParams, nil, nil)
	if err != nil {
		panic(err)
	}
	return q
}

// TestAdmissionChargesTheQuote: at 1 wei a gas and 1 gas a pubdata byte,
// a transfer is quoted 18, a transfer to an address with no account 38
// (it becomes a TransferToNew), a withdrawal 45 and a key change 53; a fee
// down to 10% below the quote is admitted, one below that is refused with
// the quote in the error, and a token with no price cannot pay.
func TestAdmissionChargesTheQuote(t *testing.T) {
	q, err := fees.New(fees.Config{GasPrice: big.NewInt(1), PubdataGasPerByte: 1, Tolerance: 10,
		TokenPrices: map[uint16]*big.Rat{2: big.NewRat(1, 2)}}, rollup.TestParams, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		before []string
		line   string
		want   error  // nil: admitted
		quote  string // in the refusal
	}{
		{line: "transfer A B 10 ETH fee 18"},
		{line: "transfer A B 10 ETH fee 17"}, // ⌈18 × 0.9⌉
		{line: "transfer A B 10 ETH fee 16", want: ErrFeeTooLow, quote: "the quote for a Transfer is 18"},
		{line: "transfer A C 10 ETH fee 18", want: ErrFeeTooLow, quote: "the quote for a TransferToNew is 38"},
		{line: "transfer A C 10 ETH fee 38"},
		{line: "transfer A B 10 ETH", want: ErrFeeTooLow, quote: "is 18"},
		{line: "withdraw A 10 ETH fee 40", want: ErrFeeTooLow, quote: "the quote for a Withdraw is 45"},
		{line: "withdraw A 10 ETH fee 41"},
		{line: "changepubkey B fee 47 ETH", want: ErrFeeTooLow, quote: "the quote for a ChangePubKey is 53"},
		{line: "changepubkey B fee 48 ETH"},
		{line: "changepubkey B fee 60 DAI", want: ErrFeeToken},
		{before: []string{"deposit A 1000 USDC"}, line: "transfer A B 10 USDC fee 32", want: ErrFeeTooLow, quote: "is 36"}, // 18 wei at ½ wei a unit
		{before: []string{"deposit A 1000 USDC"}, line: "transfer A B 10 USDC fee 33"},
	} {
		t.Run(c.line, func(t *testing.T) {
			r := newRig(t, Config{MaxTxs: 100, MaxPerAccount: 8, Fees: q})
			for _, l := range c.before {
				if err := r.sc.Exec(l + "\n> block"); err != nil {
					t.Fatal(err)
				}
			}
			err := r.submit(r.raw(c.line))
			switch {
			case c.want == nil && err != nil:
				t.Fatalf("refused: %v", err)
			case c.want != nil && !errors.Is(err, c.want):
				t.Fatalf("got %v, want %v", err, c.want)
			case c.quote != "" && !strings.Contains(err.Error(), c.quote):
				t.Fatalf("%q does not give the quote (%q)", err, c.quote)
			}
		})
	}
}

// TestPoolQuotesATransferToANewAddressAsTransferToNew: what the API
// quotes is what admission charges.
func TestPoolQuotesATransferToANewAddressAsTransferToNew(t *testing.T) {
	q, _ := fees.New(fees.Config{GasPrice: big.NewInt(1), PubdataGasPerByte: 1}, rollup.TestParams, nil, nil)
	r := newRig(t, Config{MaxTxs: 100, MaxPerAccount: 8, Fees: q})
	b, c := r.sc.Address("B"), r.sc.Address("C")
	for _, x := range []struct {
		to   *common.Address
		want rollup.OpType
	}{{nil, rollup.OpTransfer}, {&b, rollup.OpTransfer}, {&c, rollup.OpTransferToNew}} {
		if got, err := r.pool.Quote(rollup.OpTransfer, 0, x.to); err != nil || got.Type != x.want {
			t.Errorf("to %v: quoted %s (%v), want %s", x.to, got.Type, err, x.want)
		}
	}
	if got, err := r.pool.Quote(rollup.OpWithdraw, 0, nil); err != nil || got.Fee.Int64() != 45 {
		t.Errorf("withdraw: %v (%v), want 45", got.Fee, err)
	}
}

// TestNoQuoterMeansZeroFees: a pool without a quoter (tests, dev
// networks) admits a zero fee in any token it holds.
func TestNoQuoterMeansZeroFees(t *testing.T) {
	r := newRig(t, Config{MaxTxs: 100, MaxPerAccount: 8})
	if err := r.sc.Exec("deposit A 10 DAI\n> block"); err != nil {
		t.Fatal(err)
	}
	if err := r.submit(r.raw("transfer A B 1 DAI")); err != nil {
		t.Fatal(err)
	}
	got, err := r.pool.Quote(rollup.OpChangePubKey, 5, nil)
	if err != nil || got.Fee.Sign() != 0 || got.Least.Sign() != 0 {
		t.Fatalf("quote %+v (%v), want zero", got, err)
	}
}
