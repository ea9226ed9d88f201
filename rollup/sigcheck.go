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

// Verified is an L2 transaction whose signature Verify has checked. Only
// Verify makes one, so ApplyVerified can trust it and skip the second
// EdDSA verification (the largest cost of a transfer).
type Verified struct {
	tx      Tx
	chainID uint64
	pkh     crypto.PubKeyHash
}

// Verify checks tx's signature for chainID.
func Verify(keys *crypto.KeyCache, chainID uint64, tx Tx) (Verified, error) {
	pkh, err := CheckSignature(keys, chainID, tx)
	if err != nil {
		return Verified{}, err
	}
	return Verified{tx: tx, chainID: chainID, pkh: pkh}, nil
}

// Tx is the verified transaction.
func (v Verified) Tx() Tx { return v.tx }

// Signer is the hash of the key that signed it.
func (v Verified) Signer() crypto.PubKeyHash { return v.pkh }

// ApplyVerified applies transactions verified by Verify, in order, as Apply
// would one by one; a transaction verified for another chain id (or a zero
// Verified) is checked again.
func (m *Machine) ApplyVerified(vs []Verified) []Result {
	out := make([]Result, len(vs))
	for i, v := range vs {
		if v.tx == nil || v.chainID != m.p.ChainID {
			out[i].Receipt, out[i].Err = m.Apply(v.tx)
			continue
		}
		out[i].Receipt, out[i].Err = m.apply(v.tx, &sigResult{pkh: v.pkh})
	}
	return out
}
