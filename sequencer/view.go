package sequencer

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/replica"
	"github.com/zkrollup/zkrollup/state"
)

// view is the mempool's window on the pending state; the mempool calls it
// with the state lock held.
type view struct{ s *Sequencer }

func (v view) Account(id uint32) (state.Account, error) { return v.s.st.Account(id) }
func (v view) AccountByAddress(a common.Address) (uint32, bool, error) {
	return v.s.st.AccountByAddress(a)
}
func (v view) Balance(id uint32, token uint16) (num.U128, error) {
	return v.s.st.Balance(id, token)
}

// AccountState is an account as the pending state holds it.
type AccountState struct {
	ID       uint32
	Account  state.Account
	Balances map[uint16]num.U128 // non-zero balances
}

// maxTokensListed bounds the token ids an account view scans.
const maxTokensListed = 64

// PendingAccount reads an account by id from the pending state (after the
// latest mini-block).
func (s *Sequencer) PendingAccount(id uint32) (AccountState, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return readAccount(s.st, id)
}

// PendingAccountByAddress finds an L1 address's account.
func (s *Sequencer) PendingAccountByAddress(a common.Address) (AccountState, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok, err := s.st.AccountByAddress(a)
	if err != nil || !ok {
		return AccountState{}, false, err
	}
	return readAccount(s.st, id)
}

// PendingRoot is the state root after the latest mini-block.
func (s *Sequencer) PendingRoot() (fr.Element, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.Root()
}

func readAccount(st *state.State, id uint32) (AccountState, bool, error) {
	acc, err := st.Account(id)
	if err != nil || !acc.Exists() {
		return AccountState{}, false, err
	}
	out := AccountState{ID: id, Account: acc, Balances: map[uint16]num.U128{}}
	n := min(1<<st.Config().BalanceDepth, maxTokensListed)
	for t := 0; t < n; t++ {
		b, err := st.Balance(id, uint16(t))
		if err != nil {
			return AccountState{}, false, err
		}
		if !b.IsZero() {
			out.Balances[uint16(t)] = b
		}
	}
	return out, true, nil
}

// AccountAt reads an account in a view, by address (when addr is set) or
// id: status.ViewPending (after the latest mini-block), ViewSealed (after
// the latest sealed block) or ViewVerified (after the latest block executed
// on L1, see AdvanceVerified).
func (s *Sequencer) AccountAt(v status.View, addr *common.Address, id uint32) (AccountState, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var st *state.State
	switch v {
	case status.ViewPending:
		st = s.st
	case status.ViewSealed:
		// A fresh reader of the store sees only what the last seal committed.
		c, err := state.Open(s.kv, s.p.StateConfig())
		if err != nil {
			return AccountState{}, false, err
		}
		st = c
	case status.ViewVerified:
		st = s.verified.State()
	default:
		return AccountState{}, false, fmt.Errorf("unknown state view %q: pending, committed or verified", v)
	}
	if addr != nil {
		found, ok, err := st.AccountByAddress(*addr)
		if err != nil || !ok {
			return AccountState{}, false, err
		}
		id = found
	}
	return readAccount(st, id)
}

// NextNonce is the nonce an account's next transaction must carry: its
// pending nonce plus its transactions queued in the mempool, read
// together so that a mini-block cannot fall between the two.
func (s *Sequencer) NextNonce(id uint32) (uint32, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	acc, err := s.st.Account(id)
	if err != nil {
		return 0, err
	}
	return acc.Nonce + uint32(s.pool.Queued(id)), nil
}

// AdvanceVerified moves the verified view forward to block n (the last
// block executed on L1) by re-applying the stored blocks it lacks. Lower n
// changes nothing. The view lives in memory: after a restart it starts at
// genesis and the first call catches it up.
func (s *Sequencer) AdvanceVerified(ctx context.Context, n uint64) error {
	for {
		s.mu.Lock()
		next := s.verifiedAt + 1
		s.mu.Unlock()
		if next > n {
			return nil
		}
		b, err := s.db.Block(ctx, next)
		if err != nil {
			return fmt.Errorf("verified view: %w", err)
		}
		s.mu.Lock()
		_, err = replica.Replay(s.verified, b)
		if err == nil {
			err = s.verified.State().Commit(nil)
		}
		if err == nil {
			s.verifiedAt = next
		}
		s.mu.Unlock()
		if err != nil {
			return fmt.Errorf("verified view: %w", err)
		}
	}
}

// VerifiedBlock is the block the verified view is at.
func (s *Sequencer) VerifiedBlock() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.verifiedAt
}

// ReadPending calls f with the pending state (after the latest
// mini-block), the sequencer's lock held: f must only read, and not keep
// the state.
func (s *Sequencer) ReadPending(f func(st *state.State) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return f(s.st)
}
