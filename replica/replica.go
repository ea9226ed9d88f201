package replica

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// Genesis is a fresh state in memory at genesis, the operator owning the
// fee account: the state every replica starts from.
func Genesis(p rollup.Params, operator common.Address) (*state.State, error) {
	st, err := state.Open(kv.NewMemory(), p.StateConfig())
	if err != nil {
		return nil, err
	}
	if err := rollup.InitGenesis(st, operator); err != nil {
		return nil, err
	}
	return st, nil
}

// Machine is a state machine over a fresh Genesis state.
func Machine(p rollup.Params, operator common.Address) (*rollup.Machine, error) {
	st, err := Genesis(p, operator)
	if err != nil {
		return nil, err
	}
	return rollup.NewMachine(p, st)
}

// Replay re-applies stored block b to m and checks that it ends at b's
// stored root (rollup.ErrReplayMismatch otherwise). The caller commits
// m's state.
func Replay(m *rollup.Machine, b *store.Block) (*rollup.Block, error) {
	return m.Replay(rollup.BlockHeader{Number: b.Number, Timestamp: b.Timestamp, FeeAccount: b.FeeAccount}, b.Txs(), b.NewRoot)
}
