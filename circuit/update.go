package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkrollup/zkrollup/state/smt"
)

// AccountOpening opens one account and one of its balances against a state
// root: the witness of one account update (state.AccountWitness). The
// account's order tree enters as its root only.
type AccountOpening struct {
	ID          frontend.Variable
	Address     frontend.Variable
	PubKeyHash  frontend.Variable
	Nonce       frontend.Variable
	OrderRoot   frontend.Variable // the account's order tree root
	Token       frontend.Variable
	Balance     frontend.Variable
	BalancePath []frontend.Variable // balance-tree siblings, bottom-up
	AccountPath []frontend.Variable // account-tree siblings, bottom-up

	// orderDepth is the order tree's depth: an empty account's order root
	// must be the empty tree's of this depth (Open). Not a witness value;
	// NewAccountOpening sets it.
	orderDepth int
}

// NewAccountOpening allocates the paths for the given depths.
func NewAccountOpening(accountDepth, balanceDepth, orderDepth int) AccountOpening {
	return AccountOpening{BalancePath: make([]frontend.Variable, balanceDepth), AccountPath: make([]frontend.Variable, accountDepth), orderDepth: orderDepth}
}

// AccountAfter is what an update writes: the account record, the new
// balance of the opened token and the new order root (the opened one when
// the update places or fills no order).
type AccountAfter struct {
	Address, PubKeyHash, Nonce, Balance, OrderRoot frontend.Variable
}

// Update asserts that o opens an account under root (see Open) and returns
// the root after writing `after` into it.
func (h *Hasher) Update(root frontend.Variable, o AccountOpening, after AccountAfter) frontend.Variable {
	idBits, tokBits := h.Open(root, o)
	newBalRoot := h.MerkleRoot(after.Balance, tokBits, o.BalancePath)
	leaf := h.LeafHash(Account{Address: after.Address, PubKeyHash: after.PubKeyHash, Nonce: after.Nonce, BalanceRoot: newBalRoot, OrderRoot: after.OrderRoot})
	return h.MerkleRoot(leaf, idBits, o.AccountPath)
}

// Open asserts that o opens an account and one of its balances under root
// and returns the path bits of the account id and the token. It enforces
// what the native state holds by construction: an empty account (address 0)
// has empty balance and order trees and a zero key hash and nonce (its
// leaf, 0, binds none of them), and the ids fit their trees.
func (h *Hasher) Open(root frontend.Variable, o AccountOpening) (idBits, tokBits []frontend.Variable) {
	if o.orderDepth < 1 || o.orderDepth > smt.MaxDepth {
		h.fail(fmt.Errorf("account opening with order tree depth %d: allocate it with NewAccountOpening", o.orderDepth))
		o.orderDepth = 1 // go on defining; Define returns the error
	}
	api := h.api
	idBits = IndexBits(api, o.ID, len(o.AccountPath))
	tokBits = IndexBits(api, o.Token, len(o.BalancePath))
	balRoot := h.MerkleRoot(o.Balance, tokBits, o.BalancePath)
	isEmpty := api.IsZero(o.Address)
	empty := smt.EmptyRoot(len(o.BalancePath))
	api.AssertIsEqual(api.Select(isEmpty, balRoot, empty.BigInt(new(big.Int))), empty.BigInt(new(big.Int)))
	emptyOrders := smt.EmptyRoot(o.orderDepth)
	implies(api, isEmpty, o.OrderRoot, emptyOrders.BigInt(new(big.Int)))
	implies(api, isEmpty, o.PubKeyHash, 0)
	implies(api, isEmpty, o.Nonce, 0)
	leaf := h.LeafHash(Account{Address: o.Address, PubKeyHash: o.PubKeyHash, Nonce: o.Nonce, BalanceRoot: balRoot, OrderRoot: o.OrderRoot})
	api.AssertIsEqual(h.MerkleRoot(leaf, idBits, o.AccountPath), root)
	return idBits, tokBits
}
