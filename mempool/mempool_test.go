package mempool

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/store"
)

// rig is a pool over a scenario's state and a real SQLite store.
type rig struct {
	t    *testing.T
	sc   *scenario.Runner
	pool *Pool
	db   *store.DB
	last []byte // the last setup transaction submitted
}

// newRig: A has 100 ETH and a registered key; B has 50 ETH and no key;
// C has no account.
func newRig(t *testing.T, cfg Config) *rig {
	t.Helper()
	sc, err := scenario.Run(rollup.TestParams, `
deposit A 100 ETH
deposit B 50 ETH
changepubkey A
> block`, nil)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), store.Config{SQLitePath: filepath.Join(t.TempDir(), "pool.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if cfg.MaxTxBytes == 0 {
		cfg.MaxTxBytes = DefaultConfig.MaxTxBytes
	}
	p := New(cfg, rollup.TestParams, db, sc.State, &sync.Mutex{})
	return &rig{t: t, sc: sc, pool: p, db: db}
}

func (r *rig) raw(line string) []byte {
	r.t.Helper()
	tx, err := r.sc.Build(line)
	if err != nil {
		r.t.Fatalf("%q: %v", line, err)
	}
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		r.t.Fatal(err)
	}
	return raw
}

// resigned builds line, changes it with edit and signs it again with the
// sender's keys (L2, and L1 for a key change), so that only the edit is wrong.
func (r *rig) resigned(line string, edit func(rollup.Tx)) []byte {
	r.t.Helper()
	tx, err := r.sc.Build(line)
	if err != nil {
		r.t.Fatalf("%q: %v", line, err)
	}
	edit(tx)
	name, chain := strings.Fields(line)[1], rollup.TestParams.ChainID
	switch tx := tx.(type) {
	case *rollup.Transfer:
		err = rollup.SignTransfer(r.sc.Key(name), chain, tx)
	case *rollup.Withdraw:
		err = rollup.SignWithdraw(r.sc.Key(name), chain, tx)
	case *rollup.ChangePubKey:
		if err = rollup.SignChangePubKey(r.sc.Key(name), chain, tx); err == nil {
			err = rollup.SignEthAuth(r.sc.L1Key(name), rollup.TestParams.Auth(), tx)
		}
	}
	if err != nil {
		r.t.Fatal(err)
	}
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		r.t.Fatal(err)
	}
	return raw
}

func (r *rig) submit(raw []byte) error {
	_, err := r.pool.Submit(context.Background(), raw)
	return err
}

// TestAdmissionRefusesWhatBreaksARule: one case per admission rule, with
// the error a client is told; a refused transaction leaves the pool as it was.
func TestAdmissionRefusesWhatBreaksARule(t *testing.T) {
	roomy := Config{MaxTxs: 100, MaxPerAccount: 8}
	for _, c := range []struct {
		name   string
		cfg    Config
		before []string // admitted first
		line   string   // a scenario command, or
		raw    func(r *rig) []byte
		want   error // nil: admitted
	}{
		{name: "a valid transfer is admitted", cfg: roomy, line: "transfer A B 10 ETH fee 1"},
		{name: "a valid withdraw (to the sender's own L1 address) is admitted", cfg: roomy, line: "withdraw A 10 ETH"},
		{name: "a key change authorised on L1 is admitted", cfg: roomy, line: "changepubkey B"},
		{name: "a transfer queued behind a key change uses the new key", cfg: roomy,
			before: []string{"changepubkey B"}, line: "transfer B A 1 ETH nonce 1"},
		{name: "nonces queue in order", cfg: roomy,
			before: []string{"transfer A B 1 ETH"}, line: "transfer A B 1 ETH nonce 2"},

		{name: "larger than the pool accepts", cfg: Config{MaxTxs: 100, MaxPerAccount: 8, MaxTxBytes: 10},
			line: "transfer A B 10 ETH", want: ErrTooLarge},
		{name: "empty bytes", cfg: roomy, raw: func(*rig) []byte { return []byte{} }, want: rollup.ErrMalformed},
		{name: "truncated transfer", cfg: roomy, raw: func(r *rig) []byte { return r.raw("transfer A B 10 ETH")[:40] }, want: rollup.ErrMalformed},
		{name: "unknown type byte", cfg: roomy, raw: func(*rig) []byte { return []byte{0xee, 1, 2} }, want: rollup.ErrUnknownOpType},
		{name: "a deposit comes only from L1", cfg: roomy, line: "deposit C 5 ETH", want: rollup.ErrUnknownOpType},
		{name: "a full exit comes only from L1", cfg: roomy, line: "fullexit A ETH", want: rollup.ErrUnknownOpType},
		{name: "packed amount of 2^128 or more", cfg: roomy, raw: func(r *rig) []byte {
			b := r.raw("transfer A B 10 ETH")
			copy(b[27:32], []byte{0xff, 0xff, 0xff, 0xff, 0xff}) // amount: mantissa and exponent all ones
			return b
		}, want: rollup.ErrPackedOutOfRange},
		{name: "transfer to the zero address", cfg: roomy, raw: func(r *rig) []byte {
			return r.resigned("transfer A B 10 ETH", func(tx rollup.Tx) { tx.(*rollup.Transfer).To = common.Address{} })
		}, want: rollup.ErrZeroAddress},
		{name: "withdraw to the zero address", cfg: roomy, raw: func(r *rig) []byte {
			return r.resigned("withdraw A 10 ETH", func(tx rollup.Tx) { tx.(*rollup.Withdraw).To = common.Address{} })
		}, want: rollup.ErrZeroAddress},
		{name: "transfer of a token beyond the balance tree", cfg: roomy, line: "transfer A B 1 T16", want: rollup.ErrTokenOutOfRange},
		{name: "withdraw of a token beyond the balance tree", cfg: roomy, line: "withdraw A 1 T65535", want: rollup.ErrTokenOutOfRange},
		{name: "key change fee in a token beyond the balance tree", cfg: roomy, line: "changepubkey B fee 1 T16", want: rollup.ErrTokenOutOfRange},
		{name: "the last token of the balance tree is judged by its balance", cfg: roomy, line: "transfer A B 1 T15", want: rollup.ErrInsufficientFunds},
		{name: "sender id beyond the account tree", cfg: roomy, raw: func(r *rig) []byte {
			return r.resigned("transfer A B 1 ETH", func(tx rollup.Tx) { tx.(*rollup.Transfer).From = 1 << rollup.TestParams.AccountDepth })
		}, want: rollup.ErrAccountOutOfRange},
		{name: "key change of an account id beyond the account tree", cfg: roomy, raw: func(r *rig) []byte {
			return r.resigned("changepubkey B", func(tx rollup.Tx) { tx.(*rollup.ChangePubKey).AccountID = 1<<32 - 1 })
		}, want: rollup.ErrAccountOutOfRange},
		{name: "fee below the operator's quote", cfg: Config{MaxTxs: 100, MaxPerAccount: 8, Fees: flat(2)},
			line: "transfer A B 10 ETH fee 1", want: ErrFeeTooLow},
		{name: "fee in a token the operator has no price for", cfg: Config{MaxTxs: 100, MaxPerAccount: 8, Fees: flat(2)},
			line: "transfer A B 10 DAI fee 2", want: ErrFeeToken},
		{name: "transfer of 0", cfg: roomy, line: "transfer A B 0 ETH", want: rollup.ErrZeroAmount},
		{name: "transfer of 0 with fee 0 of an unlisted token", cfg: roomy, line: "transfer A B 0 T9", want: rollup.ErrZeroAmount},
		{name: "withdraw of 0", cfg: roomy, line: "withdraw A 0 ETH", want: rollup.ErrZeroAmount},
		{name: "transfer to oneself", cfg: roomy, line: "transfer A A 1 ETH", want: ErrSelfTransfer},
		{name: "bad signature", cfg: roomy, line: "transfer A B 10 ETH badsig", want: rollup.ErrBadSignature},
		{name: "sender has no account", cfg: roomy, line: "transfer C A 1 ETH", want: rollup.ErrAccountNotFound},
		{name: "sender has no L2 key", cfg: roomy, line: "transfer B A 1 ETH", want: rollup.ErrNoPubKey},
		{name: "signed by another key", cfg: roomy, line: "transfer A B 1 ETH signer B", want: rollup.ErrPubKeyMismatch},
		{name: "key change not authorised by the owner", cfg: roomy, line: "changepubkey B ethsigner A", want: rollup.ErrBadEthSignature},
		{name: "nonce already used", cfg: roomy, line: "transfer A B 1 ETH nonce 0", want: rollup.ErrNonceMismatch},
		{name: "nonce ahead of the queue", cfg: roomy, line: "transfer A B 1 ETH nonce 3", want: ErrNonceAhead},
		{name: "more than the balance", cfg: roomy, line: "transfer A B 100 ETH fee 1", want: rollup.ErrInsufficientFunds},
		{name: "balance already spent by queued transactions", cfg: roomy,
			before: []string{"transfer A B 60 ETH"}, line: "withdraw A 50 ETH nonce 2", want: rollup.ErrInsufficientFunds},
		{name: "submitted twice", cfg: roomy, before: []string{"transfer A B 1 ETH"},
			raw: func(r *rig) []byte { return r.last }, want: ErrDuplicate},
		{name: "account queue full", cfg: Config{MaxTxs: 100, MaxPerAccount: 1},
			before: []string{"transfer A B 1 ETH"}, line: "transfer A B 1 ETH nonce 2", want: ErrQueueFull},
		{name: "pool full", cfg: Config{MaxTxs: 1, MaxPerAccount: 8},
			before: []string{"transfer A B 1 ETH"}, line: "changepubkey B", want: ErrPoolFull},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := newRig(t, c.cfg)
			for _, l := range c.before {
				r.last = r.raw(l)
				if err := r.submit(r.last); err != nil {
					t.Fatalf("setup %q: %v", l, err)
				}
			}
			var raw []byte
			if c.raw != nil {
				raw = c.raw(r)
			} else {
				raw = r.raw(c.line)
			}
			before := r.pool.Len()
			err := r.submit(raw)
			switch {
			case c.want == nil && err != nil:
				t.Fatalf("refused: %v", err)
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

// TestEverySubmittableTypeHasAnAdmissionRule: an op type users submit is
// admitted only with a key rule of its own; no other type has one.
func TestEverySubmittableTypeHasAnAdmissionRule(t *testing.T) {
	for _, s := range rollup.Ops() {
		if got := Admits(s.Type); got != s.Submittable() {
			t.Errorf("%s: Admits = %v, but the registry says submittable = %v: add or remove its entry in mempool.admission", s.Name, got, s.Submittable())
		}
	}
}

// TestConcurrentSubmissionsAreAllPersisted: submitters racing through the
// group commit are each acknowledged once their row is stored, and every
// acknowledged transaction is queued.
func TestConcurrentSubmissionsAreAllPersisted(t *testing.T) {
	const n = 24
	r := newRig(t, Config{MaxTxs: 1000, MaxPerAccount: 8})
	raws := make([][]byte, n)
	for i := range raws {
		name := fmt.Sprintf("U%d", i)
		if err := r.sc.Exec(fmt.Sprintf("deposit %s 10 ETH\nchangepubkey %s\n> block", name, name)); err != nil {
			t.Fatal(err)
		}
		raws[i] = r.raw(fmt.Sprintf("transfer %s A 1 ETH", name))
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range raws {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = r.submit(raws[i])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("submission %d: %v", i, err)
		}
	}
	stored, err := r.db.MempoolTxs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != n || r.pool.Len() != n {
		t.Fatalf("stored %d, queued %d, want %d each", len(stored), r.pool.Len(), n)
	}
	if got := len(r.pool.Take(2 * n)); got != n {
		t.Fatalf("took %d, want %d", got, n)
	}
}
