package state

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state/smt"
)

// MaxOrderDepth is the deepest order tree a Config may ask for.
const MaxOrderDepth = 15

// ErrOrderSlotOutOfRange is returned for an order slot that does not fit the
// order tree (slot ≥ 2^OrderDepth).
var ErrOrderSlotOutOfRange = errors.New("order slot does not fit the order tree")

// OrderLeaf is one slot of an account's order tree: the state of the limit
// order the slot holds. Generation counts the orders the slot has held (a
// new order takes the next generation, so an old signed order cannot be
// filled again once its slot moved on); Filled is how much of the current
// generation's order has been filled. The zero leaf (generation 0, nothing
// filled) is an unused slot.
type OrderLeaf struct {
	Generation uint32
	Filled     num.U128
}

// IsZero reports whether l is the unused slot's leaf.
func (l OrderLeaf) IsZero() bool { return l.Generation == 0 && l.Filled.IsZero() }

// Hash is the order tree leaf: 0 for the zero leaf (keeping the tree
// sparse), else HashTagged(DomainOrderLeaf, generation, filled).
func (l OrderLeaf) Hash() fr.Element {
	if l.IsZero() {
		return fr.Element{}
	}
	var g fr.Element
	g.SetUint64(uint64(l.Generation))
	return crypto.HashTagged(crypto.DomainOrderLeaf, g, l.Filled.Element())
}

const orderRecordSize = 4 + 16

func (l OrderLeaf) marshal() []byte {
	b := binary.BigEndian.AppendUint32(make([]byte, 0, orderRecordSize), l.Generation)
	f := l.Filled.Bytes()
	return append(b, f[:]...)
}

func unmarshalOrder(b []byte) (OrderLeaf, error) {
	if len(b) != orderRecordSize {
		return OrderLeaf{}, fmt.Errorf("corrupt order record: %d bytes, want %d", len(b), orderRecordSize)
	}
	var f [16]byte
	copy(f[:], b[4:])
	return OrderLeaf{Generation: binary.BigEndian.Uint32(b[:4]), Filled: num.FromBytes(f)}, nil
}

func orderTreePrefix(id uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte{}, prefixOrders...), id)
}

func orderKey(id, slot uint32) []byte {
	k := binary.BigEndian.AppendUint32(append([]byte{}, prefixOrderRecords...), id)
	return binary.BigEndian.AppendUint32(k, slot)
}

func (s *State) checkSlot(slot uint32) error {
	if uint64(slot) >= 1<<s.cfg.OrderDepth {
		return fmt.Errorf("%w: slot %d, order tree depth %d", ErrOrderSlotOutOfRange, slot, s.cfg.OrderDepth)
	}
	return nil
}

// Order returns the leaf of order slot slot of account id (the zero leaf if
// the slot was never used).
func (s *State) Order(id, slot uint32) (OrderLeaf, error) {
	if err := s.checkSlot(slot); err != nil {
		return OrderLeaf{}, err
	}
	e, err := s.load(id)
	if err != nil {
		return OrderLeaf{}, err
	}
	if l, ok := e.orders[slot]; ok {
		return l, nil
	}
	v, found, err := s.store.Get(orderKey(id, slot))
	if err != nil {
		return OrderLeaf{}, fmt.Errorf("read order %d of account %d: %w", slot, id, err)
	}
	if !found {
		return OrderLeaf{}, nil
	}
	l, err := unmarshalOrder(v)
	if err != nil {
		return OrderLeaf{}, fmt.Errorf("account %d order %d: %w", id, slot, err)
	}
	return l, nil
}

// SetOrder writes order slot slot of account id. Like SetBalance, once the
// account has been read it does no I/O.
func (s *State) SetOrder(id, slot uint32, l OrderLeaf) error {
	if err := s.checkSlot(slot); err != nil {
		return err
	}
	e, err := s.load(id)
	if err != nil {
		return err
	}
	if err := e.ord.Set(uint64(slot), l.Hash()); err != nil {
		return fmt.Errorf("account %d order %d: %w", id, slot, err)
	}
	if e.orders == nil {
		e.orders = make(map[uint32]OrderLeaf)
	}
	e.orders[slot] = l
	s.touch(id)
	return nil
}

// OrderWitness opens one slot of an account's order tree against the
// account's order root (AccountWitness.OrderRoot).
type OrderWitness struct {
	Slot      uint32
	Leaf      OrderLeaf
	Path      smt.Proof // in the account's order tree, bottom-up
	OrderRoot fr.Element
}

// OrderWitness opens order slot slot of account id against its current order root.
func (s *State) OrderWitness(id, slot uint32) (OrderWitness, error) {
	w := OrderWitness{Slot: slot}
	if err := s.checkSlot(slot); err != nil {
		return w, err
	}
	e, err := s.load(id)
	if err != nil {
		return w, err
	}
	if w.Leaf, err = s.Order(id, slot); err != nil {
		return w, err
	}
	if w.OrderRoot, err = e.ord.Root(); err != nil {
		return w, fmt.Errorf("order root of account %d: %w", id, err)
	}
	if w.Path, err = e.ord.Proof(uint64(slot)); err != nil {
		return w, fmt.Errorf("order proof: %w", err)
	}
	return w, nil
}

// Verify checks the witness against its order root with the given depths.
func (w OrderWitness) Verify(cfg Config) bool {
	return smt.VerifyProof(w.OrderRoot, cfg.OrderDepth, uint64(w.Slot), w.Leaf.Hash(), w.Path)
}

// RootWith is the order root after writing l into the witness's slot: the
// path folded up from l's hash (the root the circuit computes for an update
// of this slot).
func (w OrderWitness) RootWith(cfg Config, l OrderLeaf) (fr.Element, error) {
	return smt.ComputeRoot(cfg.OrderDepth, uint64(w.Slot), l.Hash(), w.Path)
}
