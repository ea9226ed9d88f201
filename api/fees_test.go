package api_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestGetTxFeeQuotesWhatAdmissionCharges: zkr_getTxFee gives the quote and
// its parts (at 1 wei a gas and 1 gas a pubdata byte: a transfer 18, to an
// address with no account 38, a withdrawal 45, in a token at ½ wei a unit
// twice that), refuses what it cannot price with the error's kind, and a
// transfer signed with the quoted fee is admitted.
func TestGetTxFeeQuotesWhatAdmissionCharges(t *testing.T) {
	q, err := fees.New(fees.Config{GasPrice: big.NewInt(1), PubdataGasPerByte: 1, Tolerance: 10,
		TokenPrices: map[uint16]*big.Rat{2: big.NewRat(1, 2)}}, rollup.TestParams, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := mempool.DefaultConfig
	cfg.Fees = q
	f := newRulesFixture(t, cfg) // A is registered with the quoted fee, C has no account
	a, c := f.mirror.Address("A").Hex(), f.mirror.Address("C").Hex()
	for _, x := range []struct {
		params                string
		typ, fee, minFee, wei string
		gas                   uint64
		code                  int
		kind                  string
	}{
		{params: `["transfer"]`, typ: "Transfer", gas: 18, wei: "18", fee: "18", minFee: "17"},
		{params: `["transfer", 0, "` + a + `"]`, typ: "Transfer", gas: 18, wei: "18", fee: "18", minFee: "17"},
		{params: `["Transfer", 0, "` + c + `"]`, typ: "TransferToNew", gas: 38, wei: "38", fee: "38", minFee: "35"},
		{params: `["withdraw", 2]`, typ: "Withdraw", gas: 45, wei: "45", fee: "90", minFee: "81"},
		{params: `["changePubKey"]`, typ: "ChangePubKey", gas: 53, wei: "53", fee: "53", minFee: "48"},
		{params: `["changepubkey", 1]`, code: api.CodeInvalidTx, kind: "fee_token"},
		{params: `["transfer", 16]`, code: api.CodeInvalidTx, kind: "token_out_of_range"},
		{params: `["deposit"]`, code: api.CodeInvalid, kind: "invalid_params"},
	} {
		_, out := f.post(t, `{"jsonrpc":"2.0","id":1,"method":"zkr_getTxFee","params":`+x.params+`}`)
		if x.code != 0 {
			code, msg := errCode(out)
			e, _ := out["error"].(map[string]any)
			data, _ := e["data"].(map[string]any)
			if code != x.code || data["kind"] != x.kind {
				t.Errorf("%s: got %d %v (%s), want %d %s", x.params, code, data["kind"], msg, x.code, x.kind)
			}
			continue
		}
		r, ok := out["result"].(map[string]any)
		if !ok {
			t.Fatalf("%s: %v", x.params, out)
		}
		if r["type"] != x.typ || r["gas"] != float64(x.gas) || r["totalWei"] != x.wei || r["fee"] != x.fee || r["minFee"] != x.minFee ||
			r["gasPrice"] != "1" || r["slots"] != float64(rollup.TestParams.BlockSlots) {
			t.Errorf("%s: got %v, want type %s gas %d wei %s fee %s minFee %s", x.params, r, x.typ, x.gas, x.wei, x.fee, x.minFee)
		}
	}

	// The client, then a transfer signed with the quoted fee.
	ctx := context.Background()
	cl, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	b := f.mirror.Address("B")
	got, err := cl.TxFee(ctx, "transfer", 0, &b)
	if err != nil || got.Fee != "18" || got.Type != "Transfer" {
		t.Fatalf("client: %+v (%v)", got, err)
	}
	if code, out := f.submitRaw(t, f.raw(t, "transfer A B 1 ETH fee "+got.Fee)); code != 0 {
		t.Fatalf("a transfer at the quoted fee: %v", out)
	}
	code, out := f.submitRaw(t, f.raw(t, "transfer A B 1 ETH fee 16 nonce 2"))
	if msg, _ := out["message"].(string); code != api.CodeInvalidTx || !strings.Contains(msg, "the quote for a Transfer is 18") {
		t.Fatalf("below the quote: %d %v", code, out)
	}
}
