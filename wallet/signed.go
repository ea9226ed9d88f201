package wallet

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkrollup/zkrollup/rollup"
)

// Signed is a signed L2 transaction as `zkrollup wallet --dry-run` prints
// it: Tx is the wire encoding zkr_submitTx takes (rollup.EncodeTx), Hash
// the hash the node will know it by, and Fields what it says.
type Signed struct {
	Type      string         `json:"type"`
	Hash      common.Hash    `json:"hash"`
	Tx        hexutil.Bytes  `json:"tx"`
	Submitted bool           `json:"submitted"`
	Fields    map[string]any `json:"fields"`
}

// Describe encodes and hashes a signed transaction and lists its fields:
// account, nonce, token, amount, feeToken, fee (amounts in decimal base
// units), to (when the type sends to an address), pubKey (the key it is
// checked against: for a key change, the key it registers), signature,
// and for a key change the L1 authorisation (ethSignature).
func Describe(tx rollup.L2Tx) (Signed, error) {
	raw, err := rollup.EncodeTx(tx)
	if err != nil {
		return Signed{}, err
	}
	hash, err := rollup.TxHash(tx)
	if err != nil {
		return Signed{}, err
	}
	sp, err := tx.Spend()
	if err != nil {
		return Signed{}, err
	}
	pub, sig := tx.SignedBy()
	f := map[string]any{"account": sp.Account, "nonce": sp.Nonce, "token": sp.Token, "amount": sp.Amount.String(),
		"feeToken": sp.FeeToken, "fee": sp.Fee.String(), "pubKey": hexutil.Encode(pub[:]), "signature": hexutil.Encode(sig[:])}
	if to, ok := tx.Recipient(); ok {
		f["to"] = to.Hex()
	}
	if c, ok := tx.(*rollup.ChangePubKey); ok {
		f["ethSignature"] = hexutil.Encode(c.EthSignature[:])
	}
	return Signed{Type: tx.TxType().String(), Hash: hash, Tx: raw, Fields: f}, nil
}
