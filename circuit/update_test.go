package circuit

import (
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/state/smt"
)

var updCfg = state.Config{AccountDepth: 5, BalanceDepth: 3, OrderDepth: 2}

type updateCircuit struct {
	Root, NewRoot frontend.Variable
	Open          AccountOpening
	After         AccountAfter
}

func (c *updateCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.Update(c.Root, c.Open, c.After), c.NewRoot)
	return h.Err()
}

func newUpdateCircuit() *updateCircuit {
	return &updateCircuit{Open: NewAccountOpening(updCfg.AccountDepth, updCfg.BalanceDepth, updCfg.OrderDepth)}
}

func afterOf(a state.Account, bal num.U128, orderRoot fr.Element) AccountAfter {
	return AccountAfter{Address: new(big.Int).SetBytes(a.Address[:]), PubKeyHash: new(big.Int).SetBytes(a.PubKeyHash[:]), Nonce: a.Nonce, Balance: bal.Big(), OrderRoot: big2(orderRoot)}
}

func order(gen uint32, filled uint64) state.OrderLeaf {
	return state.OrderLeaf{Generation: gen, Filled: num.FromUint64(filled)}
}

func TestUpdateMatchesState(t *testing.T) {
	st, err := state.Open(kv.NewMemory(), updCfg)
	if err != nil {
		t.Fatal(err)
	}
	alice := state.Account{Address: common.HexToAddress("0xa11ce"), PubKeyHash: crypto.PubKeyHash{1}, Nonce: 3}
	_ = st.SetAccount(2, alice)
	_ = st.SetBalance(2, 1, num.FromUint64(100))
	_ = st.SetBalance(2, 5, num.FromUint64(7))
	_ = st.SetOrder(2, 1, order(1, 30)) // alice has orders: her order root is carried through
	_ = st.SetOrder(2, 3, order(4, 0))
	_ = st.SetAccount(9, state.Account{Address: common.HexToAddress("0xb0b")})
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		id     uint32
		token  uint16
		acc    state.Account
		bal    num.U128
		orders map[uint32]state.OrderLeaf // written with the update (the trade gadget's case)
	}{
		{"debit and bump nonce", 2, 1, state.Account{Address: alice.Address, PubKeyHash: alice.PubKeyHash, Nonce: 4}, num.FromUint64(60), nil},
		{"credit another token", 2, 6, alice, num.FromUint64(1), nil},
		{"create an account", 17, 0, state.Account{Address: common.HexToAddress("0xca401")}, num.FromUint64(5), nil},
		{"no change", 9, 0, state.Account{Address: common.HexToAddress("0xb0b")}, num.U128{}, nil},
		{"fill an order", 2, 1, alice, num.FromUint64(70), map[uint32]state.OrderLeaf{1: order(1, 40)}},
		{"a first order", 9, 0, state.Account{Address: common.HexToAddress("0xb0b")}, num.FromUint64(0), map[uint32]state.OrderLeaf{0: order(1, 0)}},
		{"cancel every order", 2, 5, alice, num.FromUint64(7), map[uint32]state.OrderLeaf{1: {}, 3: {}}},
	}
	for _, tc := range cases {
		w, err := st.Witness(tc.id, tc.token)
		if err != nil {
			t.Fatal(err)
		}
		_ = st.SetAccount(tc.id, tc.acc)
		_ = st.SetBalance(tc.id, tc.token, tc.bal)
		for slot, l := range tc.orders {
			_ = st.SetOrder(tc.id, slot, l)
		}
		newRoot, _ := st.Root()
		after, _ := st.Witness(tc.id, tc.token)
		if (after.OrderRoot == w.OrderRoot) != (len(tc.orders) == 0) {
			t.Fatalf("%s: the order root changed: %v, want %v", tc.name, after.OrderRoot != w.OrderRoot, len(tc.orders) > 0)
		}
		c := newUpdateCircuit()
		a := &updateCircuit{Root: big2(w.Root), NewRoot: big2(newRoot), Open: opening(w, updCfg.OrderDepth), After: afterOf(tc.acc, tc.bal, after.OrderRoot)}
		mustSolve(t, tc.name, c, a)
		bad := *a
		bad.After.Balance = new(big.Int).Add(tc.bal.Big(), big.NewInt(1))
		mustFail(t, tc.name+": another balance", c, &bad)
		bad = *a
		bad.Open.Balance = new(big.Int).Add(w.Balance.Big(), big.NewInt(1))
		mustFail(t, tc.name+": wrong old balance", c, &bad)
		bad = *a
		bad.Open.OrderRoot = new(big.Int).Add(big2(w.OrderRoot), big.NewInt(1))
		mustFail(t, tc.name+": wrong old order root", c, &bad)
		bad = *a
		if len(tc.orders) == 0 {
			bad.After.OrderRoot = new(big.Int).Add(big2(w.OrderRoot), big.NewInt(1))
			mustFail(t, tc.name+": another order root written", c, &bad)
		} else {
			bad.After.OrderRoot = big2(w.OrderRoot)
			mustFail(t, tc.name+": the order root left as it was", c, &bad)
		}
		if err := st.Commit(nil); err != nil {
			t.Fatal(err)
		}
	}

	// An empty account's leaf is 0 whatever balances are claimed for it: the
	// circuit must still refuse any balance the native state cannot hold.
	w, _ := st.Witness(20, 0)
	root, _ := st.Root()
	forged := opening(w, updCfg.OrderDepth)
	forged.Balance = 1000
	// the root the forgery would produce: account 20 created holding 1000
	_ = st.SetAccount(20, state.Account{Address: common.BytesToAddress([]byte{1})})
	_ = st.SetBalance(20, 0, num.FromUint64(1000))
	forgedRoot, _ := st.Root()
	if err := st.Discard(); err != nil {
		t.Fatal(err)
	}
	c := newUpdateCircuit()
	emptyOrders := big2(w.OrderRoot)
	mustFail(t, "balance claimed for an empty account", c, &updateCircuit{Root: big2(root), NewRoot: big2(forgedRoot), Open: forged, After: AccountAfter{Address: 1, PubKeyHash: 0, Nonce: 0, Balance: 1000, OrderRoot: emptyOrders}})
	o := opening(w, updCfg.OrderDepth)
	o.ID = 20 + 1<<updCfg.AccountDepth
	mustFail(t, "account id out of range", c, &updateCircuit{Root: big2(root), NewRoot: big2(root), Open: o, After: AccountAfter{Address: 0, PubKeyHash: 0, Nonce: 0, Balance: 0, OrderRoot: emptyOrders}})

	// Nor may an empty account carry orders: created with the address, it
	// would own them. The opening is honest but for the order root; the
	// forged new root is the account created holding that order.
	if w.OrderRoot != smt.EmptyRoot(updCfg.OrderDepth) {
		t.Fatal("an empty account's order root is not the empty tree's")
	}
	_ = st.SetAccount(20, state.Account{Address: common.BytesToAddress([]byte{1})})
	_ = st.SetOrder(20, 2, order(1, 0))
	forgedRoot, _ = st.Root()
	withOrders, _ := st.Witness(20, 0)
	if err := st.Discard(); err != nil {
		t.Fatal(err)
	}
	forged = opening(w, updCfg.OrderDepth)
	forged.OrderRoot = big2(withOrders.OrderRoot)
	mustFail(t, "orders claimed for an empty account", c, &updateCircuit{Root: big2(root), NewRoot: big2(forgedRoot), Open: forged, After: AccountAfter{Address: 1, PubKeyHash: 0, Nonce: 0, Balance: 0, OrderRoot: big2(withOrders.OrderRoot)}})
	honest := &updateCircuit{Root: big2(root), NewRoot: big2(root), Open: opening(w, updCfg.OrderDepth), After: AccountAfter{Address: 0, PubKeyHash: 0, Nonce: 0, Balance: 0, OrderRoot: emptyOrders}}
	mustSolve(t, "an empty account left empty", c, honest)
}

// TestOpeningNeedsItsOrderDepth: an opening made without NewAccountOpening
// has no order depth and does not compile (it could not hold an empty
// account to the empty order tree).
func TestOpeningNeedsItsOrderDepth(t *testing.T) {
	c := newUpdateCircuit()
	c.Open.orderDepth = 0
	if _, err := frontend.Compile(field, r1cs.NewBuilder, c); err == nil || !strings.Contains(err.Error(), "order tree depth") {
		t.Fatalf("compiled an opening without its order depth: %v", err)
	}
}
