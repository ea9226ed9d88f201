package state

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/state/kv"
)

// Token registry: which L1 token each token id stands for. Id 0 is ETH (the
// zero address) and is always listed. Listing happens on L1 (the contract's
// governance); the L1 watcher registers what it reads. The registry is
// policy input (which tokens the mempool accepts); the rules only require a
// token id to fit the balance tree.
var (
	prefixTokenByID   = []byte("k") // + id(2) -> address(20)
	prefixTokenByAddr = []byte("K") // + address(20) -> id(2)
)

// ETH is the token id of ether.
const ETH uint16 = 0

// Errors of the registry.
var (
	ErrTokenIDTaken     = errors.New("token id is already registered to another address")
	ErrTokenListed      = errors.New("token address is already registered under another id")
	ErrTokenIDTooLarge  = errors.New("token id does not fit the balance tree")
	ErrTokenNotListed   = errors.New("token is not listed on L1")
	errTokenZeroAddress = errors.New("only ETH (id 0) has the zero address")
)

// RegisterToken lists addr under id. Registering the same pair again is a
// no-op; anything that would make the mapping ambiguous is an error. It is
// written with the next Commit.
func (s *State) RegisterToken(id uint16, addr common.Address) error {
	if uint64(id) >= 1<<s.cfg.BalanceDepth {
		return fmt.Errorf("%w: id %d, balance tree depth %d", ErrTokenIDTooLarge, id, s.cfg.BalanceDepth)
	}
	if (id == ETH) != (addr == common.Address{}) {
		return fmt.Errorf("token %d at %s: %w", id, addr, errTokenZeroAddress)
	}
	if cur, ok, err := s.TokenAddress(id); err != nil {
		return err
	} else if ok {
		if cur != addr {
			return fmt.Errorf("%w: id %d is %s", ErrTokenIDTaken, id, cur)
		}
		return nil
	}
	if cur, ok, err := s.TokenID(addr); err != nil {
		return err
	} else if ok {
		return fmt.Errorf("%w: %s is id %d", ErrTokenListed, addr, cur)
	}
	s.tokens[id] = addr
	return nil
}

// TokenAddress returns the L1 address of token id.
func (s *State) TokenAddress(id uint16) (common.Address, bool, error) {
	if id == ETH {
		return common.Address{}, true, nil
	}
	if a, ok := s.tokens[id]; ok {
		return a, true, nil
	}
	v, found, err := s.store.Get(binary.BigEndian.AppendUint16(append([]byte{}, prefixTokenByID...), id))
	if err != nil || !found {
		return common.Address{}, false, err
	}
	if len(v) != common.AddressLength {
		return common.Address{}, false, fmt.Errorf("corrupt token record %d", id)
	}
	return common.BytesToAddress(v), true, nil
}

// TokenID returns the id of the L1 token at addr.
func (s *State) TokenID(addr common.Address) (uint16, bool, error) {
	if addr == (common.Address{}) {
		return ETH, true, nil
	}
	for id, a := range s.tokens {
		if a == addr {
			return id, true, nil
		}
	}
	v, found, err := s.store.Get(append(append([]byte{}, prefixTokenByAddr...), addr[:]...))
	if err != nil || !found {
		return 0, false, err
	}
	if len(v) != 2 {
		return 0, false, fmt.Errorf("corrupt token index for %s", addr)
	}
	return binary.BigEndian.Uint16(v), true, nil
}

// CheckListed returns ErrTokenNotListed unless token id is registered.
func (s *State) CheckListed(id uint16) error {
	_, ok, err := s.TokenAddress(id)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: token %d", ErrTokenNotListed, id)
	}
	return nil
}

func (s *State) commitTokens(b kv.Batch) {
	for id, addr := range s.tokens {
		b.Set(binary.BigEndian.AppendUint16(append([]byte{}, prefixTokenByID...), id), addr[:])
		b.Set(append(append([]byte{}, prefixTokenByAddr...), addr[:]...), binary.BigEndian.AppendUint16(nil, id))
	}
}
