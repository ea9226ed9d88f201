package state

import (
	"errors"
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/state/smt"
)

var cfg = Config{AccountDepth: 8, BalanceDepth: 4, OrderDepth: 3}

func open(t *testing.T, s kv.Store) *State {
	t.Helper()
	st, err := Open(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func root(t *testing.T, st *State) fr.Element {
	t.Helper()
	r, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEmptyStateRoot(t *testing.T) {
	if root(t, open(t, kv.NewMemory())) != smt.EmptyRoot(cfg.AccountDepth) {
		t.Fatal("empty state root is not the empty tree root")
	}
}

func TestConfigChecked(t *testing.T) {
	for _, c := range []Config{{0, 4, 3}, {33, 4, 3}, {8, 0, 3}, {8, 17, 3}, {8, 4, 0}, {8, 4, 16}, {8, 4, -1}} {
		if _, err := Open(kv.NewMemory(), c); err == nil {
			t.Errorf("Open accepted %+v", c)
		}
	}
}

func TestCommitPersistsAndReopens(t *testing.T) {
	s, err := kv.OpenPebble(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st := open(t, s)
	alice := common.HexToAddress("0xa11ce")
	if err := st.SetAccount(3, Account{Address: alice, Nonce: 2}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetBalance(3, 1, num.FromUint64(500)); err != nil {
		t.Fatal(err)
	}
	if st.NextAccountID() != 4 {
		t.Fatalf("next id %d, want 4", st.NextAccountID())
	}
	var extraWritten bool
	if err := st.Commit(func(b kv.Batch) error { b.Set([]byte("z/extra"), []byte{1}); extraWritten = true; return nil }); err != nil {
		t.Fatal(err)
	}
	want := root(t, st)
	re := open(t, s)
	if root(t, re) != want {
		t.Fatal("reopened state has another root")
	}
	if acc, _ := re.Account(3); acc.Address != alice || acc.Nonce != 2 {
		t.Fatalf("account after reopen: %+v", acc)
	}
	if bal, _ := re.Balance(3, 1); bal != num.FromUint64(500) {
		t.Fatalf("balance after reopen: %s", bal)
	}
	if id, ok, _ := re.AccountByAddress(alice); !ok || id != 3 {
		t.Fatalf("address index after reopen: %d %v", id, ok)
	}
	if re.NextAccountID() != 4 {
		t.Fatalf("next id after reopen %d", re.NextAccountID())
	}
	if _, found, _ := s.Get([]byte("z/extra")); !found || !extraWritten {
		t.Fatal("extra write not committed with the state")
	}
}

func TestDiscardDropsUncommittedChanges(t *testing.T) {
	st := open(t, kv.NewMemory())
	_ = st.SetAccount(1, Account{Address: common.HexToAddress("0x1")})
	_ = st.Commit(nil)
	want := root(t, st)
	_ = st.SetAccount(2, Account{Address: common.HexToAddress("0x2")})
	_ = st.SetBalance(1, 0, num.FromUint64(9))
	if root(t, st) == want {
		t.Fatal("changes did not change the root")
	}
	if err := st.Discard(); err != nil {
		t.Fatal(err)
	}
	if root(t, st) != want || st.NextAccountID() != 2 {
		t.Fatal("Discard did not restore the committed state")
	}
	if _, ok, _ := st.AccountByAddress(common.HexToAddress("0x2")); ok {
		t.Fatal("discarded account still indexed")
	}
}

func TestWitnessVerifiesAndBindsEveryField(t *testing.T) {
	st := open(t, kv.NewMemory())
	_ = st.SetAccount(5, Account{Address: common.HexToAddress("0x5"), Nonce: 1})
	_ = st.SetBalance(5, 2, num.FromUint64(77))
	_ = st.SetAccount(6, Account{Address: common.HexToAddress("0x6")})
	w, err := st.Witness(5, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !w.Verify(cfg) {
		t.Fatal("witness does not verify")
	}
	for name, mutate := range map[string]func(*AccountWitness){
		"balance": func(w *AccountWitness) { w.Balance = num.FromUint64(78) },
		"nonce":   func(w *AccountWitness) { w.Account.Nonce++ },
		"address": func(w *AccountWitness) { w.Account.Address[0] ^= 1 },
		"id":      func(w *AccountWitness) { w.ID = 4 },
		"token":   func(w *AccountWitness) { w.Token = 3 },
		"orders":  func(w *AccountWitness) { w.OrderRoot = fr.NewElement(1) },
	} {
		m := w
		m.Account = w.Account
		mutate(&m)
		if m.Verify(cfg) {
			t.Errorf("witness with changed %s verifies", name)
		}
	}
	empty, err := st.Witness(7, 0)
	if err != nil || !empty.Verify(cfg) || empty.Account.Exists() {
		t.Fatal("witness of an empty account does not verify as empty")
	}
}

func TestCorruptAccountRecordIsAnError(t *testing.T) {
	s := kv.NewMemory()
	b := s.NewBatch()
	b.Set(accountKey(1), []byte{1, 2, 3})
	_ = b.Commit()
	if _, err := open(t, s).Account(1); err == nil {
		t.Fatal("corrupt record read without error")
	}
}

func TestLeafHashOfEmptyAccountIsZero(t *testing.T) {
	if l := LeafHash(Account{}, smt.EmptyRoot(4), smt.EmptyRoot(3)); !l.IsZero() {
		t.Fatal("empty account leaf is not 0")
	}
	if l := LeafHash(Account{Address: common.HexToAddress("0x1")}, smt.EmptyRoot(4), smt.EmptyRoot(3)); l.IsZero() {
		t.Fatal("existing account leaf is 0")
	}
}

func TestTokenRegistry(t *testing.T) {
	s := kv.NewMemory()
	st := open(t, s)
	dai, usdc := common.HexToAddress("0xda1"), common.HexToAddress("0x05dc")
	if err := st.RegisterToken(1, dai); err != nil {
		t.Fatal(err)
	}
	if err := st.RegisterToken(1, dai); err != nil {
		t.Fatalf("re-registering the same pair: %v", err)
	}
	for name, tc := range map[string]struct {
		id   uint16
		addr common.Address
		want error
	}{
		"id taken":       {1, usdc, ErrTokenIDTaken},
		"address listed": {2, dai, ErrTokenListed},
		"id too large":   {16, usdc, ErrTokenIDTooLarge},
	} {
		if err := st.RegisterToken(tc.id, tc.addr); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", name, err, tc.want)
		}
	}
	if err := st.RegisterToken(3, common.Address{}); err == nil {
		t.Error("a non-ETH token registered with the zero address")
	}
	if err := st.CheckListed(2); !errors.Is(err, ErrTokenNotListed) {
		t.Errorf("unlisted token: %v", err)
	}
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	re := open(t, s)
	if id, ok, _ := re.TokenID(dai); !ok || id != 1 {
		t.Fatalf("after reopen TokenID(dai) = %d %v", id, ok)
	}
	if a, ok, _ := re.TokenAddress(1); !ok || a != dai {
		t.Fatalf("after reopen TokenAddress(1) = %s %v", a, ok)
	}
	if err := re.CheckListed(ETH); err != nil {
		t.Fatalf("ETH not listed: %v", err)
	}
	if err := re.RegisterToken(2, dai); !errors.Is(err, ErrTokenListed) {
		t.Fatalf("after reopen, relisting dai: %v", err)
	}
}

func TestAccountsOfListsEveryCommittedAccountOfAnAddress(t *testing.T) {
	st, err := Open(kv.NewMemory(), Config{AccountDepth: 6, BalanceDepth: 4, OrderDepth: 2})
	if err != nil {
		t.Fatal(err)
	}
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	for id, owner := range map[uint32]common.Address{3: a, 7: b, 40: a, 63: a} {
		if err := st.SetAccount(id, Account{Address: owner}); err != nil {
			t.Fatal(err)
		}
	}
	if ids, err := st.AccountsOf(a); err != nil || len(ids) != 0 {
		t.Fatalf("uncommitted accounts listed: %v, %v", ids, err)
	}
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	ids, err := st.AccountsOf(a)
	if err != nil || fmt.Sprint(ids) != "[3 40 63]" {
		t.Fatalf("AccountsOf(a) = %v, %v; want [3 40 63]", ids, err)
	}
	if ids, _ := st.AccountsOf(common.HexToAddress("0xc")); len(ids) != 0 {
		t.Fatalf("a stranger owns %v", ids)
	}
}
