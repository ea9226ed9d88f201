package state

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
)

// Account is an account's record without its balances.
type Account struct {
	Address    common.Address    // L1 address that owns the account; never zero for an existing account
	PubKeyHash crypto.PubKeyHash // zero until the owner registers an L2 key (ChangePubKey)
	Nonce      uint32
}

// Exists reports whether the record describes a created account. Accounts are
// only ever created with a non-zero address, so the zero record is "empty".
func (a Account) Exists() bool { return a.Address != (common.Address{}) }

// LeafHash is the account tree leaf of an existing account:
// HashTagged(DomainAccountLeaf, address, pubKeyHash, nonce, balanceRoot, orderRoot).
// An empty account's leaf is 0, which keeps the tree sparse (and binds
// nothing: the circuit holds an empty account to empty balance and order
// trees).
func LeafHash(a Account, balanceRoot, orderRoot fr.Element) fr.Element {
	if !a.Exists() {
		return fr.Element{}
	}
	var addr, nonce fr.Element
	addr.SetBytes(a.Address[:])
	nonce.SetUint64(uint64(a.Nonce))
	return crypto.HashTagged(crypto.DomainAccountLeaf, addr, a.PubKeyHash.Element(), nonce, balanceRoot, orderRoot)
}

const accountRecordSize = common.AddressLength + crypto.PubKeyHashLen + 4

func (a Account) marshal() []byte {
	b := make([]byte, 0, accountRecordSize)
	b = append(b, a.Address[:]...)
	b = append(b, a.PubKeyHash[:]...)
	return binary.BigEndian.AppendUint32(b, a.Nonce)
}

func unmarshalAccount(b []byte) (Account, error) {
	var a Account
	if len(b) != accountRecordSize {
		return a, fmt.Errorf("corrupt account record: %d bytes, want %d", len(b), accountRecordSize)
	}
	copy(a.Address[:], b[:20])
	copy(a.PubKeyHash[:], b[20:40])
	a.Nonce = binary.BigEndian.Uint32(b[40:])
	return a, nil
}
