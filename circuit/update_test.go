package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

var updCfg = state.Config{AccountDepth: 5, BalanceDepth: 3}

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
	return nil
}

func newUpdateCircuit() *updateCircuit {
	return &updateCircuit{Open: NewAccountOpening(updCfg.AccountDepth, updCfg.BalanceDepth)}
}

func afterOf(a state.Account, bal num.U128) AccountAfter {
	return AccountAfter{Address: new(big.Int).SetBytes(a.Address[:]), PubKeyHash: new(big.Int).SetBytes(a.PubKeyHash[:]), Nonce: a.Nonce, Balance: bal.Big()}
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
	_ = st.SetAccount(9, state.Account{Address: common.HexToAddress("0xb0b")})
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		id    uint32
		token uint16
		acc   state.Account
		bal   num.U128
	}{
		{"debit and bump nonce", 2, 1, state.Account{Address: alice.Address, PubKeyHash: alice.PubKeyHash, Nonce: 4}, num.FromUint64(60)},
		{"credit another token", 2, 6, alice, num.FromUint64(1)},
		{"create an account", 17, 0, state.Account{Address: common.HexToAddress("0xca401")}, num.FromUint64(5)},
		{"no change", 9, 0, state.Account{Address: common.HexToAddress("0xb0b")}, num.U128{}},
	}
	for _, tc := range cases {
		w, err := st.Witness(tc.id, tc.token)
		if err != nil {
			t.Fatal(err)
		}
		_ = st.SetAccount(tc.id, tc.acc)
		_ = st.SetBalance(tc.id, tc.token, tc.bal)
		newRoot, _ := st.Root()
		c := newUpdateCircuit()
		a := &updateCircuit{Root: big2(w.Root), NewRoot: big2(newRoot), Open: opening(w), After: afterOf(tc.acc, tc.bal)}
		mustSolve(t, tc.name, c, a)
		bad := *a
		bad.After.Balance = new(big.Int).Add(tc.bal.Big(), big.NewInt(1))
		mustFail(t, tc.name+": another balance", c, &bad)
		bad = *a
		bad.Open.Balance = new(big.Int).Add(w.Balance.Big(), big.NewInt(1))
		mustFail(t, tc.name+": wrong old balance", c, &bad)
		if err := st.Commit(nil); err != nil {
			t.Fatal(err)
		}
	}

	// An empty account's leaf is 0 whatever balances are claimed for it: the
	// circuit must still refuse any balance the native state cannot hold.
	w, _ := st.Witness(20, 0)
	root, _ := st.Root()
	forged := opening(w)
	forged.Balance = 1000
	// the root the forgery would produce: account 20 created holding 1000
	_ = st.SetAccount(20, state.Account{Address: common.BytesToAddress([]byte{1})})
	_ = st.SetBalance(20, 0, num.FromUint64(1000))
	forgedRoot, _ := st.Root()
	if err := st.Discard(); err != nil {
		t.Fatal(err)
	}
	c := newUpdateCircuit()
	mustFail(t, "balance claimed for an empty account", c, &updateCircuit{Root: big2(root), NewRoot: big2(forgedRoot), Open: forged, After: AccountAfter{Address: 1, PubKeyHash: 0, Nonce: 0, Balance: 1000}})
	o := opening(w)
	o.ID = 20 + 1<<updCfg.AccountDepth
	mustFail(t, "account id out of range", c, &updateCircuit{Root: big2(root), NewRoot: big2(root), Open: o, After: AccountAfter{Address: 0, PubKeyHash: 0, Nonce: 0, Balance: 0}})
}
