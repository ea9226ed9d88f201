package rollup

import (
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// TxHash identifies a transaction: keccak256 of its canonical encoding
// (EncodeTx), signature included, so two different submissions never
// share a hash and the same bytes always do.
func TxHash(tx Tx) ([32]byte, error) {
	b, err := EncodeTx(tx)
	if err != nil {
		return [32]byte{}, err
	}
	return ethcrypto.Keccak256Hash(b), nil
}
