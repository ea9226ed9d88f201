package state

import (
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/state/smt"
)

func order(gen uint32, filled uint64) OrderLeaf {
	return OrderLeaf{Generation: gen, Filled: num.FromUint64(filled)}
}

func mustOrder(t *testing.T, st *State, id, slot uint32) OrderLeaf {
	t.Helper()
	l, err := st.Order(id, slot)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestOrderLeafHash(t *testing.T) {
	if h := (OrderLeaf{}).Hash(); !h.IsZero() {
		t.Fatal("the zero order leaf does not hash to 0")
	}
	l := order(3, 500)
	var g fr.Element
	g.SetUint64(3)
	if want := crypto.HashTagged(crypto.DomainOrderLeaf, g, num.FromUint64(500).Element()); l.Hash() != want {
		t.Fatal("order leaf hash is not HashTagged(DomainOrderLeaf, generation, filled)")
	}
	seen := map[fr.Element]OrderLeaf{}
	for _, l := range []OrderLeaf{order(1, 0), order(0, 1), order(1, 1), order(2, 0), order(0, 2), {Generation: 1 << 31, Filled: num.FromBytes([16]byte{0: 0xff})}} {
		if h := l.Hash(); l.IsZero() || h.IsZero() {
			t.Errorf("%+v: a used slot's leaf is 0", l)
		}
		if prev, dup := seen[l.Hash()]; dup {
			t.Errorf("%+v and %+v hash alike", l, prev)
		}
		seen[l.Hash()] = l
	}
	// the account leaf and the order leaf of the same numbers differ (domains)
	var a, b fr.Element
	a.SetUint64(1)
	b.SetUint64(2)
	if crypto.HashTagged(crypto.DomainOrderLeaf, a, b) == crypto.HashTagged(crypto.DomainAccountLeaf, a, b) {
		t.Fatal("order and account leaves share a domain")
	}
}

func TestOrdersSetGetCommitReopen(t *testing.T) {
	s, err := kv.OpenPebble(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st := open(t, s)
	alice := common.HexToAddress("0xa11ce")
	if err := st.SetAccount(3, Account{Address: alice}); err != nil {
		t.Fatal(err)
	}
	if l := mustOrder(t, st, 3, 5); !l.IsZero() {
		t.Fatalf("an unused slot reads %+v", l)
	}
	if err := st.SetOrder(3, 5, order(1, 250)); err != nil {
		t.Fatal(err)
	}
	if err := st.SetOrder(3, 0, order(7, 0)); err != nil {
		t.Fatal(err)
	}
	if l := mustOrder(t, st, 3, 5); l != order(1, 250) {
		t.Fatalf("uncommitted order reads %+v", l)
	}
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	want := root(t, st)
	if l := mustOrder(t, st, 3, 5); l != order(1, 250) {
		t.Fatalf("committed order reads %+v", l)
	}
	re := open(t, s)
	if root(t, re) != want {
		t.Fatal("reopened state has another root")
	}
	for slot, w := range map[uint32]OrderLeaf{0: order(7, 0), 5: order(1, 250), 1: {}} {
		if l := mustOrder(t, re, 3, slot); l != w {
			t.Fatalf("after reopen slot %d reads %+v, want %+v", slot, l, w)
		}
	}
	if l := mustOrder(t, re, 4, 5); !l.IsZero() {
		t.Fatalf("another account's slot reads %+v", l)
	}

	// emptying a slot removes its record and brings the root back
	if err := re.SetOrder(3, 0, OrderLeaf{}); err != nil {
		t.Fatal(err)
	}
	if err := re.Commit(nil); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := s.Get(orderKey(3, 0)); found {
		t.Fatal("the record of an emptied slot is still stored")
	}
	only5 := open(t, kv.NewMemory())
	_ = only5.SetAccount(3, Account{Address: alice})
	_ = only5.SetOrder(3, 5, order(1, 250))
	if root(t, only5) != root(t, re) {
		t.Fatal("emptying a slot does not give the root of a tree without it")
	}
}

func TestOrderChangesTheRoot(t *testing.T) {
	st := open(t, kv.NewMemory())
	_ = st.SetAccount(1, Account{Address: common.HexToAddress("0x1")})
	_ = st.SetBalance(1, 2, num.FromUint64(9))
	before := root(t, st)
	seen := map[fr.Element]string{before: "no order"}
	for _, tc := range []struct {
		name string
		slot uint32
		l    OrderLeaf
	}{
		{"an order placed", 2, order(1, 0)},
		{"it is partly filled", 2, order(1, 40)},
		{"it is filled further", 2, order(1, 41)},
		{"the slot takes the next generation", 2, order(2, 0)},
		{"another slot", 7, order(1, 0)},
	} {
		if err := st.SetOrder(1, tc.slot, tc.l); err != nil {
			t.Fatal(err)
		}
		r := root(t, st)
		if prev, ok := seen[r]; ok {
			t.Fatalf("%s: the root is the one of %q", tc.name, prev)
		}
		seen[r] = tc.name
	}
	// the root is the account leaf over the order tree built from scratch
	leaves := map[uint64]fr.Element{2: order(2, 0).Hash(), 7: order(1, 0).Hash()}
	or, err := smt.RootFromLeaves(cfg.OrderDepth, leaves)
	if err != nil {
		t.Fatal(err)
	}
	br, _ := smt.RootFromLeaves(cfg.BalanceDepth, map[uint64]fr.Element{2: num.FromUint64(9).Element()})
	acc, _ := st.Account(1)
	want, _ := smt.RootFromLeaves(cfg.AccountDepth, map[uint64]fr.Element{1: LeafHash(acc, br, or)})
	if root(t, st) != want {
		t.Fatal("state root differs from the root rebuilt from the leaves")
	}
	// unwinding every order gives the state without orders
	_ = st.SetOrder(1, 2, OrderLeaf{})
	_ = st.SetOrder(1, 7, OrderLeaf{})
	if root(t, st) != before {
		t.Fatal("emptied order tree does not give the root before the orders")
	}
}

func TestOrderDiscardAndFailedCommit(t *testing.T) {
	fs := &flakyStore{Store: kv.NewMemory()}
	st := open(t, fs)
	_ = st.SetAccount(1, Account{Address: common.HexToAddress("0x1")})
	_ = st.SetOrder(1, 1, order(1, 10))
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	want := root(t, st)

	_ = st.SetOrder(1, 1, order(1, 20))
	_ = st.SetOrder(1, 3, order(1, 0))
	if root(t, st) == want {
		t.Fatal("order changes did not change the root")
	}
	if err := st.Discard(); err != nil {
		t.Fatal(err)
	}
	if root(t, st) != want || mustOrder(t, st, 1, 1) != order(1, 10) || !mustOrder(t, st, 1, 3).IsZero() {
		t.Fatal("Discard did not restore the committed orders")
	}

	_ = st.SetOrder(1, 1, order(1, 30))
	_ = st.SetOrder(1, 2, order(4, 0))
	fs.failCommits = true
	if err := st.Commit(nil); !errors.Is(err, ErrRolledBack) {
		t.Fatalf("failed commit: got %v, want ErrRolledBack", err)
	}
	fs.failCommits = false
	if root(t, st) != want || mustOrder(t, st, 1, 1) != order(1, 10) || !mustOrder(t, st, 1, 2).IsZero() {
		t.Fatal("a failed commit did not roll the orders back")
	}
	if re := open(t, fs); root(t, re) != want || mustOrder(t, re, 1, 2) != (OrderLeaf{}) {
		t.Fatal("a failed commit wrote orders")
	}

	// once the account has been read, writing an order does no I/O
	if _, err := st.Order(1, 2); err != nil {
		t.Fatal(err)
	}
	fs.failReads = true
	if err := st.SetOrder(1, 2, order(5, 5)); err != nil {
		t.Fatalf("SetOrder after a read did I/O: %v", err)
	}
}

func TestOrderSlotOutOfRange(t *testing.T) {
	st := open(t, kv.NewMemory())
	_ = st.SetAccount(1, Account{Address: common.HexToAddress("0x1")})
	before := root(t, st)
	slot := uint32(1) << cfg.OrderDepth
	if _, err := st.Order(1, slot); !errors.Is(err, ErrOrderSlotOutOfRange) {
		t.Errorf("Order: %v", err)
	}
	if err := st.SetOrder(1, slot, order(1, 1)); !errors.Is(err, ErrOrderSlotOutOfRange) {
		t.Errorf("SetOrder: %v", err)
	}
	if _, err := st.OrderWitness(1, slot); !errors.Is(err, ErrOrderSlotOutOfRange) {
		t.Errorf("OrderWitness: %v", err)
	}
	if _, err := st.Order(1, 1<<31); !errors.Is(err, ErrOrderSlotOutOfRange) {
		t.Errorf("Order of slot 2^31: %v", err)
	}
	if root(t, st) != before {
		t.Fatal("a refused order changed the root")
	}
	if err := st.SetOrder(1, slot-1, order(1, 1)); err != nil {
		t.Fatalf("the last slot: %v", err)
	}
	if _, err := st.Order(1<<cfg.AccountDepth, 0); !errors.Is(err, ErrAccountIDOutOfRange) {
		t.Errorf("Order of an account outside the tree: %v", err)
	}
}

func TestOrderWitness(t *testing.T) {
	st := open(t, kv.NewMemory())
	_ = st.SetAccount(5, Account{Address: common.HexToAddress("0x5"), Nonce: 1})
	_ = st.SetBalance(5, 2, num.FromUint64(77))
	_ = st.SetOrder(5, 6, order(2, 33))
	_ = st.SetOrder(5, 1, order(1, 0))
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	aw, err := st.Witness(5, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !aw.Verify(cfg) {
		t.Fatal("account witness of an account with orders does not verify")
	}
	bad := aw
	bad.OrderRoot = smt.EmptyRoot(cfg.OrderDepth)
	if bad.Verify(cfg) {
		t.Fatal("account witness verifies with another order root")
	}
	for _, slot := range []uint32{6, 1, 0} {
		w, err := st.OrderWitness(5, slot)
		if err != nil {
			t.Fatal(err)
		}
		if w.OrderRoot != aw.OrderRoot || !w.Verify(cfg) {
			t.Fatalf("slot %d: order witness does not verify against the account's order root", slot)
		}
		for name, mutate := range map[string]func(*OrderWitness){
			"generation": func(w *OrderWitness) { w.Leaf.Generation++ },
			"filled":     func(w *OrderWitness) { w.Leaf.Filled = num.FromUint64(1234) },
			"slot":       func(w *OrderWitness) { w.Slot ^= 1 },
			"root":       func(w *OrderWitness) { w.OrderRoot = fr.NewElement(1) },
		} {
			m := w
			m.Path.Siblings = append([]fr.Element(nil), w.Path.Siblings...)
			mutate(&m)
			if m.Verify(cfg) {
				t.Errorf("slot %d: witness with another %s verifies", slot, name)
			}
		}
		// RootWith is the order root after SetOrder; the account witness
		// over it is the state's new root
		next := order(w.Leaf.Generation+1, 5)
		got, err := w.RootWith(cfg, next)
		if err != nil {
			t.Fatal(err)
		}
		_ = st.SetOrder(5, slot, next)
		after, err := st.Witness(5, 2)
		if err != nil {
			t.Fatal(err)
		}
		if got != after.OrderRoot || !after.Verify(cfg) {
			t.Fatalf("slot %d: RootWith does not give the order root after the write", slot)
		}
		if err := st.Discard(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEmptyAccountHasEmptyOrderTree(t *testing.T) {
	st := open(t, kv.NewMemory())
	_ = st.SetAccount(1, Account{Address: common.HexToAddress("0x1")})
	for _, id := range []uint32{1, 2} {
		w, err := st.Witness(id, 0)
		if err != nil {
			t.Fatal(err)
		}
		if w.OrderRoot != smt.EmptyRoot(cfg.OrderDepth) {
			t.Fatalf("account %d without orders: order root is not the empty tree's", id)
		}
		if !w.Verify(cfg) {
			t.Fatalf("account %d: witness does not verify", id)
		}
	}
	ow, err := st.OrderWitness(2, 3)
	if err != nil || !ow.Verify(cfg) || !ow.Leaf.IsZero() || ow.OrderRoot != smt.EmptyRoot(cfg.OrderDepth) {
		t.Fatalf("order witness of an empty account: %+v, %v", ow, err)
	}
}
