package mempool

// Attack tests of admission through rollup.L2Tx.Spend and the key-rule table
// (a5c549a): what the pool refused before (9e68335's type switches) it
// still refuses, for every submittable type, and a refused submission
// leaves the pool and the store as they were.

import (
	"context"
	"errors"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
)

func TestAdmissionAttacks(t *testing.T) {
	withMin := Config{MaxTxs: 100, MaxPerAccount: 8, Fees: flat(2)}
	roomy := Config{MaxTxs: 100, MaxPerAccount: 8}
	retype := func(line string, ty rollup.OpType) func(r *rig) []byte {
		return func(r *rig) []byte {
			b := r.raw(line)
			b[0] = byte(ty)
			return b
		}
	}
	for _, c := range []struct {
		name   string
		cfg    Config
		before []string
		line   string
		raw    func(r *rig) []byte
		want   error // nil: admitted (a control)
	}{
		// types that are no request of their own, or none at all
		{name: "transfer bytes typed TransferToNew", cfg: roomy, raw: retype("transfer A B 1 ETH", rollup.OpTransferToNew), want: rollup.ErrUnknownOpType},
		{name: "transfer bytes typed Noop", cfg: roomy, raw: retype("transfer A B 1 ETH", rollup.OpNoop), want: rollup.ErrUnknownOpType},
		{name: "withdraw bytes typed TransferToNew", cfg: roomy, raw: retype("withdraw A 1 ETH", rollup.OpTransferToNew), want: rollup.ErrUnknownOpType},
		{name: "type byte past the registry", cfg: roomy, raw: retype("transfer A B 1 ETH", rollup.OpType(len(rollup.Ops()))), want: rollup.ErrUnknownOpType},
		{name: "transfer bytes typed Withdraw", cfg: roomy, raw: retype("transfer A B 1 ETH", rollup.OpWithdraw), want: rollup.ErrMalformed},
		{name: "transfer bytes typed Deposit", cfg: roomy, raw: retype("transfer A B 1 ETH", rollup.OpDeposit), want: rollup.ErrUnknownOpType},
		// the quoted fee, for every submittable type
		{name: "withdraw fee below the minimum", cfg: withMin, line: "withdraw A 5 ETH fee 1", want: ErrFeeTooLow},
		{name: "key change fee below the minimum", cfg: withMin, line: "changepubkey B fee 1 ETH", want: ErrFeeTooLow},
		{name: "control: key change at the minimum", cfg: withMin, line: "changepubkey B fee 2 ETH"},
		{name: "control: withdraw at the minimum", cfg: withMin, line: "withdraw A 5 ETH fee 2"},
		// what a key change spends: its fee, in its fee token
		{name: "key change fee above the balance", cfg: roomy, line: "changepubkey B fee 51 ETH", want: rollup.ErrInsufficientFunds},
		{name: "key change fee in a token not held", cfg: roomy, line: "changepubkey B fee 1 DAI", want: rollup.ErrInsufficientFunds},
		{name: "key change fee after queued spending", cfg: roomy, before: []string{"changepubkey B fee 30 ETH", "transfer B A 15 ETH nonce 1"},
			line: "transfer B A 6 ETH nonce 2", want: rollup.ErrInsufficientFunds},
		// amount and fee together overflow 128 bits
		{name: "withdraw amount plus fee overflows", cfg: roomy, line: "withdraw A 340282366920938463463374607431768211455 ETH fee 1", want: rollup.ErrInsufficientFunds},
		// the key rules
		{name: "withdraw signed by another key", cfg: roomy, line: "withdraw A 1 ETH signer B", want: rollup.ErrPubKeyMismatch},
		{name: "withdraw from an account with no key", cfg: roomy, line: "withdraw B 1 ETH", want: rollup.ErrNoPubKey},
		{name: "key queued for another account", cfg: roomy, before: []string{"changepubkey B"},
			line: "transfer A B 1 ETH signer B", want: rollup.ErrPubKeyMismatch},
		{name: "control: key queued for the account", cfg: roomy, before: []string{"changepubkey B"},
			line: "transfer B A 1 ETH nonce 1"},
		{name: "key change of an account that does not exist", cfg: roomy, line: "changepubkey C", want: rollup.ErrAccountNotFound},
		{name: "key change badly signed", cfg: roomy, line: "changepubkey B badsig", want: rollup.ErrBadSignature},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := newRig(t, c.cfg)
			for _, l := range c.before {
				if err := r.submit(r.raw(l)); err != nil {
					t.Fatalf("setup %q: %v", l, err)
				}
			}
			raw := c.raw
			if raw == nil {
				raw = func(r *rig) []byte { return r.raw(c.line) }
			}
			before := r.pool.Len()
			err := r.submit(raw(r))
			switch {
			case c.want == nil && err != nil:
				t.Fatalf("control refused: %v", err)
			case c.want != nil && !errors.Is(err, c.want):
				t.Fatalf("got %v, want %v", err, c.want)
			}
			wantLen := before
			if c.want == nil {
				wantLen++
			}
			if got := r.pool.Len(); got != wantLen {
				t.Errorf("pool holds %d, want %d", got, wantLen)
			}
			stored, err := r.db.MempoolTxs(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(stored) != wantLen {
				t.Errorf("store holds %d, want %d", len(stored), wantLen)
			}
		})
	}
}
