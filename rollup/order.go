package rollup

import (
	"encoding/binary"
	"fmt"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
)

// OrderTag is the first byte of an order's signed bytes. An order is not an
// operation (a SpotTrade settles two), so the tag is outside the OpType
// numbering: no operation's signed bytes start with it.
const OrderTag byte = 0x40

// FeeBipsDenominator: fee rates are in basis points of what a side receives.
const FeeBipsDenominator = 10_000

// Order is a limit order signed once with the account's L2 key and filled
// by any number of SpotTrades, each at the maker's price, until its size
// is filled or it is cancelled, replaced or expired.
//
// Its state lives in the account's order tree at Slot: the leaf holds the
// slot's Generation and what the order of that generation has filled. An
// order of the slot's generation continues it; an order of the next
// generation starts afresh (the previous order of the slot is then
// replaced for good); any other generation is refused. A wallet picks a
// slot whose order is done (filled, cancelled or expired) and signs the
// next generation.
type Order struct {
	Account    uint32
	Slot       uint16 // order tree slot, < 2^OrderDepth
	Generation uint32 // >= 1
	TokenSell  uint16
	TokenBuy   uint16
	// The limit price is the exact ratio AmountBuy / AmountSell: every fill
	// gives at least AmountBuy per AmountSell. The order's size is
	// AmountSell (a sell order: filled counts what it sold) or, with Buy,
	// AmountBuy (filled counts what it bought).
	AmountSell PackedAmount
	AmountBuy  PackedAmount
	Buy        bool
	MaxFeeBips uint8  // the highest fee rate it pays, in basis points of what it receives
	ValidFrom  uint32 // unix seconds: a block's timestamp must be within [ValidFrom, ValidUntil]
	ValidUntil uint32
	PubKey     [crypto.PublicKeySize]byte
	Signature  crypto.Signature
}

// OrderSignedSize is the length of an order's signed bytes.
const OrderSignedSize = 1 + 4 + 2 + 4 + 2 + 2 + PackedAmountSize + PackedAmountSize + 1 + 1 + 4 + 4

// OrderWireSize is the length of an order's encoding (EncodeOrder).
const OrderWireSize = OrderSignedSize + crypto.PublicKeySize + crypto.SignatureSize

// SignedBytes returns the bytes an order's signature covers:
// tag | account 4 | slot 2 | generation 4 | sell 2 | buy 2 | amount sell 5
// | amount buy 5 | flags 1 (bit 0: Buy) | max fee bips 1 | valid from 4 |
// valid until 4 (35 bytes).
func (o *Order) SignedBytes() []byte {
	b := make([]byte, 0, OrderSignedSize)
	b = append(b, OrderTag)
	b = binary.BigEndian.AppendUint32(b, o.Account)
	b = binary.BigEndian.AppendUint16(b, o.Slot)
	b = binary.BigEndian.AppendUint32(b, o.Generation)
	b = binary.BigEndian.AppendUint16(b, o.TokenSell)
	b = binary.BigEndian.AppendUint16(b, o.TokenBuy)
	b = append(b, o.AmountSell[:]...)
	b = append(b, o.AmountBuy[:]...)
	var flags byte
	if o.Buy {
		flags = 1
	}
	b = append(b, flags, o.MaxFeeBips)
	b = binary.BigEndian.AppendUint32(b, o.ValidFrom)
	return binary.BigEndian.AppendUint32(b, o.ValidUntil)
}

// EncodeOrder returns an order's canonical encoding: its signed bytes, the
// public key and the signature.
func EncodeOrder(o *Order) []byte {
	b := make([]byte, 0, OrderWireSize)
	b = append(b, o.SignedBytes()...)
	b = append(b, o.PubKey[:]...)
	return append(b, o.Signature[:]...)
}

// DecodeOrder parses EncodeOrder's bytes. It checks the structure only
// (length, tag, flags, amounts in range); the signature and the rules are
// checked when the order trades (or by CheckOrder).
func DecodeOrder(b []byte) (*Order, error) {
	if len(b) != OrderWireSize {
		return nil, fmt.Errorf("%w: an order is %d bytes, got %d", ErrMalformed, OrderWireSize, len(b))
	}
	if b[0] != OrderTag {
		return nil, fmt.Errorf("%w: order tag %#x, want %#x", ErrMalformed, b[0], OrderTag)
	}
	o := &Order{}
	o.readWire(&reader{b: b, off: 1})
	if b[1+4+2+4+2+2+2*PackedAmountSize]&^1 != 0 {
		return nil, fmt.Errorf("%w: order flags %#x", ErrMalformed, b[1+4+2+4+2+2+2*PackedAmountSize])
	}
	if _, err := o.AmountSell.Value(); err != nil {
		return nil, err
	}
	if _, err := o.AmountBuy.Value(); err != nil {
		return nil, err
	}
	return o, nil
}

// readWire reads an order after its tag.
func (o *Order) readWire(r *reader) {
	o.Account = r.u32()
	o.Slot = r.u16()
	o.Generation = r.u32()
	o.TokenSell = r.u16()
	o.TokenBuy = r.u16()
	r.into(o.AmountSell[:])
	r.into(o.AmountBuy[:])
	o.Buy = r.u8()&1 == 1
	o.MaxFeeBips = r.u8()
	o.ValidFrom = r.u32()
	o.ValidUntil = r.u32()
	r.into(o.PubKey[:])
	r.into(o.Signature[:])
}

// SignOrder fills in o's public key and signature.
func SignOrder(k *crypto.PrivateKey, chainID uint64, o *Order) error {
	o.PubKey = k.Public().Bytes()
	sig, err := k.Sign(MessageHash(chainID, o.SignedBytes()))
	o.Signature = sig
	return err
}

// checkOrderSignature verifies o's signature statelessly and returns the
// hash of the key that signed it.
func checkOrderSignature(keys *crypto.KeyCache, chainID uint64, o *Order) (crypto.PubKeyHash, error) {
	pkh, err := verifyL2(keys, chainID, o.PubKey, o.SignedBytes(), o.Signature)
	if err != nil {
		return pkh, fmt.Errorf("order of account %d slot %d: %w", o.Account, o.Slot, err)
	}
	return pkh, nil
}

// size is the order's size and whether it counts what it buys.
func (o *Order) size() (num.U128, error) {
	if o.Buy {
		return o.AmountBuy.Value()
	}
	return o.AmountSell.Value()
}

// OrderFilled is the order tree leaf value of a cancelled order: nothing
// more can fill it.
var OrderFilled = num.FromBytes([16]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})

// orderState is an order's slot as a fill or a cancel finds it: the filled
// amount the order starts from, and whether it starts the slot's next
// generation.
type orderState struct {
	filled num.U128
	fresh  bool
}

// slotFlag marks an order's first fill (or a cancel of an order that never
// traded) in FieldOrderSlot.
const slotFlag = 1 << 15

// publishedSlot is the slot as pubdata carries it.
func (s orderState) publishedSlot(slot uint16) uint16 {
	if s.fresh {
		return slot | slotFlag
	}
	return slot
}

// orderSlot applies the slot rules to an order (slot, generation) of
// account id: the slot fits the tree, and the generation is the slot's
// (the order continues) or the next (it starts afresh); any other is
// replaced or not yet allowed.
func (m *Machine) orderSlot(id uint32, slot uint16, generation uint32) (orderState, error) {
	if uint64(slot) >= 1<<m.p.OrderDepth {
		return orderState{}, fmt.Errorf("%w: slot %d, order tree depth %d", ErrOrderSlotOutOfRange, slot, m.p.OrderDepth)
	}
	leaf, err := m.st.Order(id, uint32(slot))
	if err != nil {
		return orderState{}, err
	}
	switch {
	case generation == 0:
		return orderState{}, fmt.Errorf("%w: generation 0 (the first order of a slot is generation 1)", ErrOrderGeneration)
	case generation == leaf.Generation:
		return orderState{filled: leaf.Filled}, nil
	case leaf.Generation != ^uint32(0) && generation == leaf.Generation+1:
		return orderState{fresh: true}, nil
	case generation < leaf.Generation:
		return orderState{}, fmt.Errorf("%w: account %d slot %d is at generation %d, the order is %d", ErrOrderReplaced, id, slot, leaf.Generation, generation)
	default:
		return orderState{}, fmt.Errorf("%w: account %d slot %d is at generation %d, the order is %d (the next is %d)",
			ErrOrderGeneration, id, slot, leaf.Generation, generation, leaf.Generation+1)
	}
}

// writeOrder records an order's new filled amount.
func (m *Machine) writeOrder(id uint32, slot uint16, generation uint32, filled num.U128) error {
	return m.st.SetOrder(id, uint32(slot), state.OrderLeaf{Generation: generation, Filled: filled})
}

// mulGE reports a*b >= c*d exactly (256-bit products).
func mulGE(a, b, c, d num.U128) bool {
	var x, y uint256.Int
	x.Mul(u256(a), u256(b))
	y.Mul(u256(c), u256(d))
	return !x.Lt(&y)
}

func u256(v num.U128) *uint256.Int {
	b := v.Bytes()
	return new(uint256.Int).SetBytes(b[:])
}

// feeOf is floor(received * bips / FeeBipsDenominator).
func feeOf(received num.U128, bips uint8) num.U128 {
	var x uint256.Int
	x.Mul(u256(received), uint256.NewInt(uint64(bips)))
	x.Div(&x, uint256.NewInt(FeeBipsDenominator))
	return low128(&x)
}

// low128 is x's low 128 bits (the callers' values fit).
func low128(x *uint256.Int) num.U128 {
	b := x.Bytes32()
	var lo [16]byte
	copy(lo[:], b[16:])
	return num.FromBytes(lo)
}

// OrderHash names an order: keccak256 of its signed bytes.
func OrderHash(o *Order) [32]byte {
	return [32]byte(ethcrypto.Keccak256(o.SignedBytes()))
}

// OrderState is what checking an order reads of the state (*state.State
// is one).
type OrderState interface {
	Account(id uint32) (state.Account, error)
	Balance(id uint32, token uint16) (num.U128, error)
	Order(id uint32, slot uint32) (state.OrderLeaf, error)
}

// CheckOrder checks an order on its own, as a node accepts it before any
// trade: what a SpotTrade would check of it alone — signed by its
// account's key, tokens in range and different, amounts non-zero and
// below 2^120, its slot's generation current or next, not cancelled, not
// filled, not expired at now (unix seconds). It returns how much of its
// sell token the rest of the order can still take from the account.
func CheckOrder(p Params, keys *crypto.KeyCache, st OrderState, o *Order, now uint64) (num.U128, error) {
	return checkOrder(p, keys, st, o, now, true)
}

// CheckOrderSignature verifies an order's signature by the key it
// carries and returns that key's hash (the account's key is compared by
// OrderLeft): a node checks it before it takes any lock.
func CheckOrderSignature(keys *crypto.KeyCache, chainID uint64, o *Order) (crypto.PubKeyHash, error) {
	return checkOrderSignature(keys, chainID, o)
}

// OrderLeft is CheckOrder for an order whose signature was checked when
// it was accepted: everything but the EdDSA verification (its key must
// still be the account's).
func OrderLeft(p Params, keys *crypto.KeyCache, st OrderState, o *Order, now uint64) (num.U128, error) {
	return checkOrder(p, keys, st, o, now, false)
}

func checkOrder(p Params, keys *crypto.KeyCache, st OrderState, o *Order, now uint64, verify bool) (num.U128, error) {
	for _, tok := range []uint16{o.TokenSell, o.TokenBuy} {
		if uint64(tok) >= 1<<p.BalanceDepth {
			return num.U128{}, fmt.Errorf("%w: token %d, tree depth %d", ErrTokenOutOfRange, tok, p.BalanceDepth)
		}
	}
	if o.TokenSell == o.TokenBuy {
		return num.U128{}, fmt.Errorf("%w: token %d", ErrSameToken, o.TokenSell)
	}
	sell, err := o.AmountSell.Value()
	if err != nil {
		return num.U128{}, err
	}
	buy, err := o.AmountBuy.Value()
	if err != nil {
		return num.U128{}, err
	}
	if sell.IsZero() || buy.IsZero() {
		return num.U128{}, fmt.Errorf("%w: an order sells %s for %s", ErrZeroAmount, sell, buy)
	}
	if !belowTradeLimit(sell) || !belowTradeLimit(buy) {
		return num.U128{}, fmt.Errorf("%w: an order sells %s for %s", ErrTradeAmountTooLarge, sell, buy)
	}
	if p.AccountDepth < 32 && uint64(o.Account) >= 1<<p.AccountDepth {
		return num.U128{}, fmt.Errorf("%w: id %d", ErrAccountOutOfRange, o.Account)
	}
	if uint64(o.Slot) >= 1<<p.OrderDepth {
		return num.U128{}, fmt.Errorf("%w: slot %d, order tree depth %d", ErrOrderSlotOutOfRange, o.Slot, p.OrderDepth)
	}
	if now > uint64(o.ValidUntil) {
		return num.U128{}, fmt.Errorf("%w: valid until %d, now %d", ErrOrderExpired, o.ValidUntil, now)
	}
	var pkh crypto.PubKeyHash
	if verify {
		pkh, err = checkOrderSignature(keys, p.ChainID, o)
	} else {
		_, pkh, err = keys.Get(o.PubKey)
	}
	if err != nil {
		return num.U128{}, err
	}
	acc, err := st.Account(o.Account)
	if err != nil {
		return num.U128{}, err
	}
	switch {
	case !acc.Exists():
		return num.U128{}, fmt.Errorf("%w: account %d", ErrAccountNotFound, o.Account)
	case acc.PubKeyHash.IsZero():
		return num.U128{}, fmt.Errorf("%w: account %d", ErrNoPubKey, o.Account)
	case acc.PubKeyHash != pkh:
		return num.U128{}, fmt.Errorf("%w: account %d has %s, order signed by %s", ErrPubKeyMismatch, o.Account, acc.PubKeyHash, pkh)
	}
	leaf, err := st.Order(o.Account, uint32(o.Slot))
	if err != nil {
		return num.U128{}, err
	}
	var filled num.U128
	switch {
	case o.Generation == 0 || (o.Generation != leaf.Generation && (leaf.Generation == ^uint32(0) || o.Generation != leaf.Generation+1)):
		if o.Generation != 0 && o.Generation < leaf.Generation {
			return num.U128{}, fmt.Errorf("%w: account %d slot %d is at generation %d", ErrOrderReplaced, o.Account, o.Slot, leaf.Generation)
		}
		return num.U128{}, fmt.Errorf("%w: account %d slot %d is at generation %d, the order is %d", ErrOrderGeneration, o.Account, o.Slot,
			leaf.Generation, o.Generation)
	case o.Generation == leaf.Generation:
		if leaf.Filled == OrderFilled {
			return num.U128{}, fmt.Errorf("%w: account %d slot %d generation %d", ErrOrderCancelled, o.Account, o.Slot, o.Generation)
		}
		filled = leaf.Filled
	}
	size := sell
	if o.Buy {
		size = buy
	}
	left, under := size.Sub(filled)
	if under || left.IsZero() {
		return num.U128{}, fmt.Errorf("%w: the order is filled (%s of %s)", ErrOrderOverfill, filled, size)
	}
	if !o.Buy {
		return left, nil
	}
	// a buy order sells at most ceil(left · sell / buy)
	var x, r uint256.Int
	x.Mul(u256(left), u256(sell))
	r.Mod(&x, u256(buy))
	x.Div(&x, u256(buy))
	if !r.IsZero() {
		x.AddUint64(&x, 1)
	}
	return low128(&x), nil // <= sell < 2^120
}
