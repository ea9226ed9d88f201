package rollup

import (
	"bytes"

	"github.com/zkrollup/zkrollup/crypto"
)

// CheckSignature verifies an L2 transaction's signature statelessly and
// returns the hash of the key that signed it (for a ChangePubKey, the new
// key). keys may be shared by goroutines.
func CheckSignature(keys *crypto.KeyCache, chainID uint64, tx Tx) (crypto.PubKeyHash, error) {
	r := checkSignature(keys, chainID, tx)
	return r.pkh, r.err
}

// SigChecked is an L2 transaction whose signature CheckSig has checked.
// Only CheckSig makes one, so ApplySigChecked can trust it and skip a second
// EdDSA verification (the largest cost of a transfer): admission (the
// mempool) checks the signature once, before the state is consulted, and
// the sequencer's Apply reuses that check. (Not to be confused with the
// verified view of the state: blocks executed on L1.)
type SigChecked struct {
	tx      Tx
	enc     []byte // tx's encoding when it was checked
	chainID uint64
	pkh     crypto.PubKeyHash
	orders  *[2]crypto.PubKeyHash // a SpotTrade's orders' signers
}

// CheckSig checks tx's signature (a SpotTrade's: its two orders') for
// chainID.
func CheckSig(keys *crypto.KeyCache, chainID uint64, tx Tx) (SigChecked, error) {
	r := checkSignature(keys, chainID, tx)
	if r.err != nil {
		return SigChecked{}, r.err
	}
	enc, err := EncodeTx(tx)
	if err != nil {
		return SigChecked{}, err
	}
	return SigChecked{tx: tx, enc: enc, chainID: chainID, pkh: r.pkh, orders: r.orders}, nil
}

// unchanged reports whether the transaction is still the one checked (the
// check holds a pointer: a request changed since must be checked again).
func (v SigChecked) unchanged() bool {
	enc, err := EncodeTx(v.tx)
	return err == nil && bytes.Equal(enc, v.enc)
}

// Tx is the checked transaction.
func (v SigChecked) Tx() Tx { return v.tx }

// Signer is the hash of the key that signed it.
func (v SigChecked) Signer() crypto.PubKeyHash { return v.pkh }

// ApplySigChecked applies transactions checked by CheckSig, in order, as
// Apply would one by one; a transaction checked for another chain id,
// changed since its check, or a zero SigChecked is checked again.
func (m *Machine) ApplySigChecked(vs []SigChecked) []Result {
	out := make([]Result, len(vs))
	for i, v := range vs {
		if stopped(out, i) {
			continue
		}
		if v.tx == nil || v.chainID != m.p.ChainID || !v.unchanged() {
			out[i].Receipt, out[i].Err = m.Apply(v.tx)
			continue
		}
		out[i].Receipt, out[i].Err = m.apply(v.tx, &sigResult{pkh: v.pkh, orders: v.orders})
	}
	return out
}
