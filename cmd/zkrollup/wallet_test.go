package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/wallet"
)

// fakeNodes serves what the wallet reads before it signs: the rollup's
// parameters, the account and the tokens (zkr_*), and the L1 chain id
// (eth_chainId). It counts submissions.
type fakeNodes struct {
	account   api.Account
	submitted atomic.Int32
	asked     []string // the fee quotes asked: "type token to"
}

func (f *fakeNodes) Params() api.Params {
	c := common.Address{0xc0}
	return api.Params{ChainID: rollup.TestParams.ChainID, Contract: &c, L1ChainID: 31337}
}

func (f *fakeNodes) GetAccount(string, *string) (*api.Account, error) { return &f.account, nil }

func (f *fakeNodes) Tokens() []api.Token { return []api.Token{{ID: 0, Symbol: "ETH"}} }

// GetTxFee quotes 116,543 units (not packable: the wallet rounds it up to
// 116,600) for a transfer, 45,000 for anything else.
func (f *fakeNodes) GetTxFee(typ string, token *uint16, to *common.Address) (*api.TxFee, error) {
	tok, dest := uint16(0), "-"
	if token != nil {
		tok = *token
	}
	if to != nil {
		dest = to.Hex()
	}
	f.asked = append(f.asked, fmt.Sprintf("%s %d %s", typ, tok, dest))
	if typ == "transfer" {
		return &api.TxFee{Fee: "116543"}, nil
	}
	return &api.TxFee{Fee: "45000"}, nil
}

func (f *fakeNodes) SubmitTx(hexutil.Bytes) (common.Hash, error) {
	f.submitted.Add(1)
	return common.Hash{}, errors.New("a dry run must not submit")
}

type fakeEth struct{}

func (fakeEth) ChainId() *hexutil.Big { return (*hexutil.Big)(big.NewInt(31337)) }

// TestWalletDryRunSignsWithoutSubmitting: transfer, withdraw and register
// with --dry-run print the signed transaction — its wire encoding, which
// decodes to what was asked and whose signature verifies, and its hash —
// and submit nothing.
func TestWalletDryRunSignsWithoutSubmitting(t *testing.T) {
	dev, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeNodes{account: api.Account{ID: 5, Address: dev.Address, Nonce: 3, NextNonce: 4, View: "pending"}}
	srv := rpc.NewServer()
	if err := srv.RegisterName("zkr", f); err != nil {
		t.Fatal(err)
	}
	if err := srv.RegisterName("eth", fakeEth{}); err != nil {
		t.Fatal(err)
	}
	http := httptest.NewServer(srv)
	defer http.Close()
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	for _, c := range []struct {
		args   []string
		typ    rollup.OpType
		amount string // decimal wei
		to     *common.Address
	}{
		{[]string{"transfer", to.Hex(), "1.5", "--fee", "0.001"}, rollup.OpTransfer, "1500000000000000000", &to},
		{[]string{"withdraw", "2", "--to", to.Hex()}, rollup.OpWithdraw, "2000000000000000000", &to},
		{[]string{"register"}, rollup.OpChangePubKey, "0", nil},
	} {
		t.Run(c.args[0], func(t *testing.T) {
			base := []string{"wallet", "--dev", "0", "--l2", http.URL, "--l1", http.URL, "--dry-run"}
			var out, errOut bytes.Buffer
			if code := run(append(append(base, c.args...), "--json"), &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var got wallet.Signed
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatalf("%v: %s", err, out.String())
			}
			tx, err := rollup.DecodeL2Tx(got.Tx)
			if err != nil {
				t.Fatalf("the printed tx does not decode: %v", err)
			}
			if tx.TxType() != c.typ || got.Type != c.typ.String() || got.Submitted {
				t.Fatalf("type %v (printed %q, submitted %v), want %v", tx.TxType(), got.Type, got.Submitted, c.typ)
			}
			if h, _ := rollup.TxHash(tx); common.Hash(h) != got.Hash {
				t.Errorf("hash %s, want %x", got.Hash, h)
			}
			if _, err := rollup.CheckSig(crypto.NewKeyCache(4), rollup.TestParams.ChainID, tx); err != nil {
				t.Errorf("signature: %v", err)
			}
			sp, _ := tx.(rollup.L2Tx).Spend()
			if sp.Account != 5 || sp.Nonce != 4 || sp.Amount.String() != c.amount {
				t.Errorf("spend %+v, want account 5, nonce 4 (the pending next nonce), amount %s", sp, c.amount)
			}
			if got.Fields["account"] != float64(5) || got.Fields["nonce"] != float64(4) || got.Fields["amount"] != c.amount {
				t.Errorf("fields %v", got.Fields)
			}
			if r, ok := tx.(rollup.L2Tx).Recipient(); c.to != nil && (!ok || r != *c.to || got.Fields["to"] != c.to.Hex()) {
				t.Errorf("recipient %s (printed %v), want %s", r, got.Fields["to"], c.to)
			}
			// Without --json: the hash and the hex, for a person to copy.
			out.Reset()
			if code := run(append(base, c.args...), &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			for _, want := range []string{"not submitted", got.Hash.Hex(), hexutil.Encode(got.Tx)} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("output lacks %q:\n%s", want, out.String())
				}
			}
		})
	}
	if n := f.submitted.Load(); n != 0 {
		t.Fatalf("%d submissions in dry runs", n)
	}
}

// TestWalletSignsTheNodesQuoteUnlessAFeeIsGiven: without --fee, transfer,
// withdraw and register ask the node's quote for their type (a transfer
// with its recipient), round it up to a packable fee and sign it; --fee
// overrides it without asking.
func TestWalletSignsTheNodesQuoteUnlessAFeeIsGiven(t *testing.T) {
	dev, err := node.Dev(0)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	for _, c := range []struct {
		args  []string
		fee   string // signed
		asked string // the quote asked; "": none
	}{
		{[]string{"transfer", to.Hex(), "1.5"}, "116600", "transfer 0 " + to.Hex()},
		{[]string{"withdraw", "2"}, "45000", "withdraw 0 -"},
		{[]string{"register"}, "45000", "changepubkey 0 -"},
		{[]string{"transfer", to.Hex(), "1.5", "--fee", "0.001"}, "1000000000000000", ""},
		{[]string{"register", "--fee", "0"}, "0", ""},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			f := &fakeNodes{account: api.Account{ID: 5, Address: dev.Address, Nonce: 3, NextNonce: 4, View: "pending"}}
			srv := rpc.NewServer()
			if err := srv.RegisterName("zkr", f); err != nil {
				t.Fatal(err)
			}
			if err := srv.RegisterName("eth", fakeEth{}); err != nil {
				t.Fatal(err)
			}
			http := httptest.NewServer(srv)
			defer http.Close()
			var out, errOut bytes.Buffer
			args := append([]string{"wallet", "--dev", "0", "--l2", http.URL, "--l1", http.URL, "--dry-run", "--json"}, c.args...)
			if code := run(args, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var got struct {
				Tx hexutil.Bytes `json:"tx"`
			}
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatalf("%v: %s", err, out.String())
			}
			tx, err := rollup.DecodeL2Tx(got.Tx)
			if err != nil {
				t.Fatal(err)
			}
			sp, _ := tx.(rollup.L2Tx).Spend()
			if sp.Fee.String() != c.fee {
				t.Errorf("signed fee %s, want %s", sp.Fee, c.fee)
			}
			asked := strings.Join(f.asked, "; ")
			if asked != c.asked {
				t.Errorf("asked for %q, want %q", asked, c.asked)
			}
		})
	}
}
