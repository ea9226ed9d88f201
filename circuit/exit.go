package circuit

import (
	"github.com/zkrollup/zkrollup/state"

	"github.com/consensys/gnark/frontend"
)

// ExitCircuit proves, for exodus mode, that account AccountID owned by L1
// address Owner holds Amount of Token in the state with root Root. All five
// are public inputs: the L1 contract supplies the last executed root and the
// claim, and pays Amount to Owner once per (account, token).
type ExitCircuit struct {
	Root      frontend.Variable `gnark:",public"`
	AccountID frontend.Variable `gnark:",public"`
	Owner     frontend.Variable `gnark:",public"`
	Token     frontend.Variable `gnark:",public"`
	Amount    frontend.Variable `gnark:",public"`

	PubKeyHash  frontend.Variable
	Nonce       frontend.Variable
	OrderRoot   frontend.Variable // the account's order tree root: open orders do not stop an exit
	BalancePath []frontend.Variable
	AccountPath []frontend.Variable

	orderDepth int
}

// NewExitCircuit allocates an exit circuit for the given depths.
func NewExitCircuit(accountDepth, balanceDepth, orderDepth int) *ExitCircuit {
	return &ExitCircuit{BalancePath: make([]frontend.Variable, balanceDepth), AccountPath: make([]frontend.Variable, accountDepth), orderDepth: orderDepth}
}

// Define implements frontend.Circuit.
func (c *ExitCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.IsZero(c.Owner), 0) // an empty account has no owner to pay
	assertFits(api, c.Owner, 160)
	assertFits(api, c.Amount, 128)
	h.Open(c.Root, AccountOpening{
		ID: c.AccountID, Address: c.Owner, PubKeyHash: c.PubKeyHash, Nonce: c.Nonce, OrderRoot: c.OrderRoot,
		Token: c.Token, Balance: c.Amount, BalancePath: c.BalancePath, AccountPath: c.AccountPath,
		orderDepth: c.orderDepth,
	})
	return h.Err()
}

// AssignExit is the exit circuit's assignment for a native account witness.
func AssignExit(w state.AccountWitness) *ExitCircuit {
	o := opening(w, 0) // the witness only: the circuit (NewExitCircuit) knows the order depth
	return &ExitCircuit{
		Root: el(w.Root), AccountID: w.ID, Owner: o.Address, Token: w.Token, Amount: o.Balance,
		PubKeyHash: o.PubKeyHash, Nonce: o.Nonce, OrderRoot: o.OrderRoot, BalancePath: o.BalancePath, AccountPath: o.AccountPath,
	}
}
