package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/state/smt"
)

// Key prefixes in the kv.Store. Part of the on-disk format.
var (
	prefixAccountTree  = []byte("t")
	prefixAccount      = []byte("a") // + id(4) -> account record
	prefixBalances     = []byte("b") // + id(4) -> balance tree nodes
	prefixAddress      = []byte("x") // + address(20) -> id(4)
	prefixOrders       = []byte("o") // + id(4) -> order tree nodes (its leaves are hashes)
	prefixOrderRecords = []byte("O") // + id(4) slot(4) -> order leaf (generation 4, filled 16)
	keyNextAccount     = []byte("m/next-account")
)

// Config fixes the shape of the state.
type Config struct {
	AccountDepth int // account tree depth: at most 2^AccountDepth accounts
	BalanceDepth int // balance tree depth: token ids below 2^BalanceDepth
	OrderDepth   int // order tree depth: order slots below 2^OrderDepth per account
}

// Check validates the depths.
func (c Config) Check() error {
	if c.AccountDepth < 1 || c.AccountDepth > 31 {
		return fmt.Errorf("account tree depth %d out of range [1, 31]", c.AccountDepth)
	}
	if c.BalanceDepth < 1 || c.BalanceDepth > 16 {
		return fmt.Errorf("balance tree depth %d out of range [1, 16]", c.BalanceDepth)
	}
	if c.OrderDepth < 1 || c.OrderDepth > MaxOrderDepth {
		return fmt.Errorf("order tree depth %d out of range [1, %d]", c.OrderDepth, MaxOrderDepth)
	}
	return nil
}

// ErrAccountIDOutOfRange is returned for an id that does not fit the tree.
var ErrAccountIDOutOfRange = errors.New("account id does not fit the account tree")

// State is the account state. It buffers changes in memory until Commit,
// which writes them to the store in one atomic batch. It is not safe for
// concurrent use: one writer (the state keeper) owns it.
type State struct {
	cfg     Config
	store   kv.Store
	tree    *smt.Tree
	loaded  map[uint32]*entry // accounts read or written since the last Commit
	dirty   map[uint32]struct{}
	addrs   map[common.Address]uint32 // address index additions since the last Commit
	tokens  map[uint16]common.Address // token registrations since the last Commit
	nextID  uint32
	rootOK  bool
	rootVal fr.Element
}

type entry struct {
	acc      Account
	bal      *smt.Tree
	ord      *smt.Tree
	orders   map[uint32]OrderLeaf // order leaves set since the last Commit, by slot; made on first use
	recDirty bool                 // the record changed since the last Commit
}

// Open opens the state kept in store (empty if the store is new).
func Open(store kv.Store, cfg Config) (*State, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	tree, err := smt.New(store, prefixAccountTree, cfg.AccountDepth)
	if err != nil {
		return nil, err
	}
	s := &State{cfg: cfg, store: store, tree: tree}
	s.reset()
	v, found, err := store.Get(keyNextAccount)
	if err != nil {
		return nil, fmt.Errorf("read next account id: %w", err)
	}
	if found {
		if len(v) != 4 {
			return nil, fmt.Errorf("corrupt next account id: %d bytes", len(v))
		}
		s.nextID = binary.BigEndian.Uint32(v)
	}
	return s, nil
}

func (s *State) reset() {
	s.loaded = make(map[uint32]*entry)
	s.dirty = make(map[uint32]struct{})
	s.addrs = make(map[common.Address]uint32)
	s.tokens = make(map[uint16]common.Address)
	s.rootOK = false
}

// Config returns the state's shape.
func (s *State) Config() Config { return s.cfg }

// NextAccountID is the id the next created account gets by policy: one more
// than the highest id ever created.
func (s *State) NextAccountID() uint32 { return s.nextID }

func accountKey(id uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte{}, prefixAccount...), id)
}

func balancePrefix(id uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte{}, prefixBalances...), id)
}

func (s *State) checkID(id uint32) error {
	if uint64(id) >= 1<<s.cfg.AccountDepth {
		return fmt.Errorf("%w: id %d, tree depth %d", ErrAccountIDOutOfRange, id, s.cfg.AccountDepth)
	}
	return nil
}

func (s *State) load(id uint32) (*entry, error) {
	if e, ok := s.loaded[id]; ok {
		return e, nil
	}
	if err := s.checkID(id); err != nil {
		return nil, err
	}
	e := &entry{}
	v, found, err := s.store.Get(accountKey(id))
	if err != nil {
		return nil, fmt.Errorf("read account %d: %w", id, err)
	}
	if found {
		if e.acc, err = unmarshalAccount(v); err != nil {
			return nil, fmt.Errorf("account %d: %w", id, err)
		}
	}
	if e.bal, err = smt.New(s.store, balancePrefix(id), s.cfg.BalanceDepth); err != nil {
		return nil, err
	}
	if e.ord, err = smt.New(s.store, orderTreePrefix(id), s.cfg.OrderDepth); err != nil {
		return nil, err
	}
	s.loaded[id] = e
	return e, nil
}

// Account returns the record of account id (the zero record if it does not exist).
func (s *State) Account(id uint32) (Account, error) {
	e, err := s.load(id)
	if err != nil {
		return Account{}, err
	}
	return e.acc, nil
}

// Balance returns the balance of token in account id.
func (s *State) Balance(id uint32, token uint16) (num.U128, error) {
	e, err := s.load(id)
	if err != nil {
		return num.U128{}, err
	}
	v, err := e.bal.Get(uint64(token))
	if err != nil {
		return num.U128{}, fmt.Errorf("account %d token %d: %w", id, token, err)
	}
	return num.FromElement(&v)
}

// SetAccount writes the record of account id. Creating an account (a record
// that did not exist) also points the address index at it: the rules' policy
// creates at most one account per address, so the index names that one.
// Once the account has been read (as every rule check does first), SetAccount
// does no I/O and cannot fail.
func (s *State) SetAccount(id uint32, a Account) error {
	e, err := s.load(id)
	if err != nil {
		return err
	}
	if !e.acc.Exists() && a.Exists() {
		s.addrs[a.Address] = id
		if id >= s.nextID {
			s.nextID = id + 1
		}
	}
	e.acc = a
	e.recDirty = true
	s.touch(id)
	return nil
}

// SetBalance writes the balance of token in account id.
func (s *State) SetBalance(id uint32, token uint16, v num.U128) error {
	e, err := s.load(id)
	if err != nil {
		return err
	}
	if err := e.bal.Set(uint64(token), v.Element()); err != nil {
		return fmt.Errorf("account %d token %d: %w", id, token, err)
	}
	s.touch(id)
	return nil
}

func (s *State) touch(id uint32) {
	s.dirty[id] = struct{}{}
	s.rootOK = false
}

// AccountByAddress looks up the account created for an L1 address.
func (s *State) AccountByAddress(addr common.Address) (uint32, bool, error) {
	if id, ok := s.addrs[addr]; ok {
		return id, true, nil
	}
	v, found, err := s.store.Get(append(append([]byte{}, prefixAddress...), addr[:]...))
	if err != nil || !found {
		return 0, false, err
	}
	if len(v) != 4 {
		return 0, false, fmt.Errorf("corrupt address index for %s", addr)
	}
	return binary.BigEndian.Uint32(v), true, nil
}

// Root returns the account tree root, hashing every changed balance tree,
// order tree and account leaf once. Accounts are hashed in parallel.
func (s *State) Root() (fr.Element, error) {
	if s.rootOK {
		return s.rootVal, nil
	}
	ids := make([]uint32, 0, len(s.dirty))
	for id := range s.dirty {
		ids = append(ids, id)
	}
	leaves := make([]fr.Element, len(ids))
	errs := make([]error, len(ids))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(ids)/32))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(ids); i += workers {
				e := s.loaded[ids[i]]
				br, err := e.bal.Root()
				if err != nil {
					errs[i] = fmt.Errorf("balance root of account %d: %w", ids[i], err)
					continue
				}
				or, err := e.ord.Root()
				if err != nil {
					errs[i] = fmt.Errorf("order root of account %d: %w", ids[i], err)
					continue
				}
				leaves[i] = LeafHash(e.acc, br, or)
			}
		}()
	}
	wg.Wait()
	for i, id := range ids {
		if errs[i] != nil {
			return fr.Element{}, errs[i]
		}
		if err := s.tree.Set(uint64(id), leaves[i]); err != nil {
			return fr.Element{}, err
		}
	}
	clear(s.dirty)
	r, err := s.tree.Root()
	if err != nil {
		return fr.Element{}, err
	}
	s.rootVal, s.rootOK = r, true
	return r, nil
}

// ErrRolledBack wraps a failed Commit: nothing was written, and the state in
// memory was returned to the last committed state, so the changes since then
// must be made again.
var ErrRolledBack = errors.New("state commit failed; rolled back to the last committed state")

// Commit writes every change since the last Commit to the store atomically,
// together with the writes extra adds to the same batch (the caller's own
// records, so that state and its bookkeeping land together or not at all).
// It either writes everything, or nothing and returns ErrRolledBack: memory
// never holds a state the store does not.
func (s *State) Commit(extra func(kv.Batch) error) error {
	if err := s.commit(extra); err != nil {
		if derr := s.Discard(); derr != nil {
			return fmt.Errorf("%w: %v (and reloading failed: %v)", ErrRolledBack, err, derr)
		}
		return fmt.Errorf("%w: %v", ErrRolledBack, err)
	}
	return nil
}

func (s *State) commit(extra func(kv.Batch) error) error {
	if _, err := s.Root(); err != nil {
		return err
	}
	b := s.store.NewBatch()
	for id, e := range s.loaded {
		if e.recDirty {
			b.Set(accountKey(id), e.acc.marshal())
		}
		if err := e.bal.Commit(b); err != nil {
			return fmt.Errorf("commit balances of account %d: %w", id, err)
		}
		if err := e.ord.Commit(b); err != nil {
			return fmt.Errorf("commit orders of account %d: %w", id, err)
		}
		for slot, l := range e.orders {
			if l.IsZero() {
				b.Delete(orderKey(id, slot))
			} else {
				b.Set(orderKey(id, slot), l.marshal())
			}
		}
	}
	for addr, id := range s.addrs {
		b.Set(append(append([]byte{}, prefixAddress...), addr[:]...), binary.BigEndian.AppendUint32(nil, id))
	}
	if err := s.tree.Commit(b); err != nil {
		return fmt.Errorf("commit account tree: %w", err)
	}
	s.commitTokens(b)
	b.Set(keyNextAccount, binary.BigEndian.AppendUint32(nil, s.nextID))
	if extra != nil {
		if err := extra(b); err != nil {
			return err
		}
	}
	if err := b.Commit(); err != nil {
		return fmt.Errorf("commit state: %w", err)
	}
	root := s.rootVal
	s.reset()
	s.rootVal, s.rootOK = root, true
	return nil
}

// Discard drops every change since the last Commit.
func (s *State) Discard() error {
	s.tree.Discard()
	s.reset()
	v, found, err := s.store.Get(keyNextAccount)
	if err != nil {
		return fmt.Errorf("read next account id: %w", err)
	}
	s.nextID = 0
	if found && len(v) == 4 {
		s.nextID = binary.BigEndian.Uint32(v)
	}
	return nil
}

// AccountsOf lists, in id order, every committed account owned by addr.
// The address index names one account per address (the operator's
// policy), but the rules let an address own several (ids chosen by
// another policy), so this walks the committed account records: for a
// user's exodus, not for hot paths.
func (s *State) AccountsOf(addr common.Address) ([]uint32, error) {
	var ids []uint32
	var bad error
	err := s.store.Iterate(prefixAccount, func(k, v []byte) bool {
		if len(k) != len(prefixAccount)+4 {
			return true
		}
		a, err := unmarshalAccount(v)
		if err != nil {
			bad = err
			return false
		}
		if a.Address == addr {
			ids = append(ids, binary.BigEndian.Uint32(k[len(prefixAccount):]))
		}
		return true
	})
	if err == nil {
		err = bad
	}
	return ids, err
}
