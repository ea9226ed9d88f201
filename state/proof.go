package state

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state/smt"
)

// AccountWitness is what the circuit and the exodus exit need to open one
// account and one of its balances against the state root. The account's
// order tree enters only through its root.
type AccountWitness struct {
	ID          uint32
	Account     Account
	BalanceRoot fr.Element
	OrderRoot   fr.Element
	AccountPath smt.Proof // in the account tree, bottom-up
	Token       uint16
	Balance     num.U128
	BalancePath smt.Proof // in the account's balance tree, bottom-up
	Root        fr.Element
}

// Witness opens account id and its balance of token against the current root.
func (s *State) Witness(id uint32, token uint16) (AccountWitness, error) {
	w := AccountWitness{ID: id, Token: token}
	root, err := s.Root()
	if err != nil {
		return w, err
	}
	e, err := s.load(id)
	if err != nil {
		return w, err
	}
	if w.BalanceRoot, err = e.bal.Root(); err != nil {
		return w, err
	}
	if w.OrderRoot, err = e.ord.Root(); err != nil {
		return w, fmt.Errorf("order root of account %d: %w", id, err)
	}
	if w.BalancePath, err = e.bal.Proof(uint64(token)); err != nil {
		return w, fmt.Errorf("balance proof: %w", err)
	}
	if w.Balance, err = s.Balance(id, token); err != nil {
		return w, err
	}
	if w.AccountPath, err = s.tree.Proof(uint64(id)); err != nil {
		return w, fmt.Errorf("account proof: %w", err)
	}
	w.Account, w.Root = e.acc, root
	return w, nil
}

// Verify checks the witness against its root with the given depths.
func (w AccountWitness) Verify(cfg Config) bool {
	if !smt.VerifyProof(w.BalanceRoot, cfg.BalanceDepth, uint64(w.Token), w.Balance.Element(), w.BalancePath) {
		return false
	}
	leaf := LeafHash(w.Account, w.BalanceRoot, w.OrderRoot)
	return smt.VerifyProof(w.Root, cfg.AccountDepth, uint64(w.ID), leaf, w.AccountPath)
}
