package rollup

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/state"
)

// FeeAccountID is the account the genesis state creates for the operator.
const FeeAccountID = 0

// InitGenesis creates the genesis state in an empty st: one account, id 0,
// owned by operator, which collects fees. It commits the state.
func InitGenesis(st *state.State, operator common.Address) error {
	if operator == (common.Address{}) {
		return fmt.Errorf("genesis: %w", ErrZeroAddress)
	}
	if acc, err := st.Account(FeeAccountID); err != nil {
		return err
	} else if acc.Exists() {
		return fmt.Errorf("genesis: %w: state is not empty", ErrAccountExists)
	}
	if err := st.SetAccount(FeeAccountID, state.Account{Address: operator}); err != nil {
		return err
	}
	return st.Commit(nil)
}
