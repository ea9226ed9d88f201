package rollup

import "github.com/zkrollup/zkrollup/crypto"

// CheckSignature verifies an L2 transaction's signature statelessly and
// returns the hash of the key that signed it (for a ChangePubKey, the new
// key). Admission (the mempool) checks it before the state is consulted;
// Apply checks it again. keys may be shared by goroutines.
func CheckSignature(keys *crypto.KeyCache, chainID uint64, tx Tx) (crypto.PubKeyHash, error) {
	r := checkSignature(keys, chainID, tx)
	return r.pkh, r.err
}
