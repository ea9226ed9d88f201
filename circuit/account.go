package circuit

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkrollup/zkrollup/crypto"
)

// Account is an account leaf's preimage in the circuit.
type Account struct {
	Address     frontend.Variable // 160-bit L1 address; 0 for an empty account
	PubKeyHash  frontend.Variable // 160-bit key hash
	Nonce       frontend.Variable
	BalanceRoot frontend.Variable
	OrderRoot   frontend.Variable // root of the account's order tree
}

// LeafHash is state.LeafHash: the tagged hash of the record for an existing
// account (non-zero address) and 0 for an empty one.
func (h *Hasher) LeafHash(a Account) frontend.Variable {
	full := h.HashTagged(crypto.DomainAccountLeaf, a.Address, a.PubKeyHash, a.Nonce, a.BalanceRoot, a.OrderRoot)
	return h.api.Select(h.api.IsZero(a.Address), 0, full)
}
