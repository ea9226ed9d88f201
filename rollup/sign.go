package rollup

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
)

// msgChunk is how many signed bytes go into one field element of the message
// hash: 31 bytes always fit below the BN254 scalar modulus.
const msgChunk = 31

// SignedBytes returns the bytes a Transfer's signature covers:
// type | from 4 | to 20 | token 2 | amount 5 | fee 2 | nonce 4 (38 bytes).
func (t *Transfer) SignedBytes() []byte {
	b := make([]byte, 0, 38)
	b = append(b, byte(OpTransfer))
	b = binary.BigEndian.AppendUint32(b, t.From)
	b = append(b, t.To[:]...)
	b = binary.BigEndian.AppendUint16(b, t.Token)
	b = append(b, t.Amount[:]...)
	b = append(b, t.Fee[:]...)
	return binary.BigEndian.AppendUint32(b, t.Nonce)
}

// SignedBytes returns the bytes a Withdraw's signature covers:
// type | from 4 | to 20 | token 2 | amount 16 | fee 2 | nonce 4 (49 bytes).
func (w *Withdraw) SignedBytes() []byte {
	b := make([]byte, 0, 49)
	b = append(b, byte(OpWithdraw))
	b = binary.BigEndian.AppendUint32(b, w.From)
	b = append(b, w.To[:]...)
	b = binary.BigEndian.AppendUint16(b, w.Token)
	amt := w.Amount.Bytes()
	b = append(b, amt[:]...)
	b = append(b, w.Fee[:]...)
	return binary.BigEndian.AppendUint32(b, w.Nonce)
}

// SignedBytes returns the bytes a ChangePubKey's L2 signature covers:
// type | account 4 | new pubkey hash 20 | fee token 2 | fee 2 | nonce 4 (33
// bytes). It returns an error only if NewPubKey is not a valid key.
func (c *ChangePubKey) SignedBytes() ([]byte, error) {
	pkh, err := c.PubKeyHash()
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, 33)
	b = append(b, byte(OpChangePubKey))
	b = binary.BigEndian.AppendUint32(b, c.AccountID)
	b = append(b, pkh[:]...)
	b = binary.BigEndian.AppendUint16(b, c.FeeToken)
	b = append(b, c.Fee[:]...)
	return binary.BigEndian.AppendUint32(b, c.Nonce), nil
}

// PubKeyHash is the hash of the key being registered.
func (c *ChangePubKey) PubKeyHash() (crypto.PubKeyHash, error) {
	pk, err := crypto.PublicKeyFromBytes(c.NewPubKey[:])
	if err != nil {
		return crypto.PubKeyHash{}, err
	}
	return pk.Hash(), nil
}

// MessageHash turns signed bytes into the field element a signature signs:
// HashChain(Compress(DomainTx, chainID), chunks...), where the bytes are cut
// into 31-byte big-endian chunks (the last one shorter).
func MessageHash(chainID uint64, signed []byte) fr.Element {
	tag, id := crypto.DomainTx.Tag(), fr.Element{}
	id.SetUint64(chainID)
	iv := crypto.Compress(&tag, &id)
	chunks := make([]fr.Element, 0, (len(signed)+msgChunk-1)/msgChunk)
	for i := 0; i < len(signed); i += msgChunk {
		var e fr.Element
		e.SetBytes(signed[i:min(i+msgChunk, len(signed))])
		chunks = append(chunks, e)
	}
	return crypto.HashChain(iv, chunks...)
}

// SignTransfer fills in t's public key and signature.
func SignTransfer(k *crypto.PrivateKey, chainID uint64, t *Transfer) error {
	t.PubKey = k.Public().Bytes()
	sig, err := k.Sign(MessageHash(chainID, t.SignedBytes()))
	t.Signature = sig
	return err
}

// SignWithdraw fills in w's public key and signature.
func SignWithdraw(k *crypto.PrivateKey, chainID uint64, w *Withdraw) error {
	w.PubKey = k.Public().Bytes()
	sig, err := k.Sign(MessageHash(chainID, w.SignedBytes()))
	w.Signature = sig
	return err
}

// SignChangePubKey sets k as c's new key and signs c with it. The L1
// authorisation (EthSignature) is added separately with SignEthAuth.
func SignChangePubKey(k *crypto.PrivateKey, chainID uint64, c *ChangePubKey) error {
	c.NewPubKey = k.Public().Bytes()
	sb, err := c.SignedBytes()
	if err != nil {
		return err
	}
	c.Signature, err = k.Sign(MessageHash(chainID, sb))
	return err
}

// verifyL2 checks an L2 signature over signed bytes; it is stateless.
func verifyL2(keys *crypto.KeyCache, chainID uint64, pub [crypto.PublicKeySize]byte, signed []byte, sig crypto.Signature) (crypto.PubKeyHash, error) {
	pk, pkh, err := keys.Get(pub)
	if err != nil {
		return crypto.PubKeyHash{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if !pk.Verify(MessageHash(chainID, signed), sig) {
		return crypto.PubKeyHash{}, ErrBadSignature
	}
	return pkh, nil
}

// EthMessage is what an account's L1 key signs (EIP-191 personal_sign) to
// authorise a ChangePubKey: "zkrollup:cpk" | chain id 8 | account 4 | nonce 4
// | pubkey hash 20 (48 bytes). The L1 contract rebuilds it from pubdata.
func EthMessage(chainID uint64, account, nonce uint32, pkh crypto.PubKeyHash) []byte {
	b := make([]byte, 0, 48)
	b = append(b, "zkrollup:cpk"...)
	b = binary.BigEndian.AppendUint64(b, chainID)
	b = binary.BigEndian.AppendUint32(b, account)
	b = binary.BigEndian.AppendUint32(b, nonce)
	return append(b, pkh[:]...)
}

// ethDigest is keccak256("\x19Ethereum Signed Message:\n48" || msg).
func ethDigest(msg []byte) []byte {
	return ethcrypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d", len(msg))), msg)
}

// secp256k1N2 is half the secp256k1 group order: signatures with a larger s
// are the malleable twin of a low-s one.
var secp256k1N2 = new(big.Int).Rsh(ethcrypto.S256().Params().N, 1)

// RecoverEthSigner returns the L1 address that produced sig over msg. sig is
// r | s | v. It accepts exactly what OpenZeppelin's ECDSA.recover accepts and
// what the L1 contract will: v in {27, 28} and s in the lower half of the
// group order, so no signature the contract would refuse passes here.
func RecoverEthSigner(msg []byte, sig [65]byte) (common.Address, error) {
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, fmt.Errorf("%w: v is %d, want 27 or 28", ErrBadEthSignature, sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1N2) > 0 {
		return common.Address{}, fmt.Errorf("%w: s is in the upper half of the curve order", ErrBadEthSignature)
	}
	s := sig
	s[64] -= 27
	pub, err := ethcrypto.SigToPub(ethDigest(msg), s[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadEthSignature, err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// SignEthAuth adds the L1 authorisation of c, signed by the account owner's
// L1 key. c.NewPubKey must already be set.
func SignEthAuth(key *ecdsa.PrivateKey, chainID uint64, c *ChangePubKey) error {
	pkh, err := c.PubKeyHash()
	if err != nil {
		return err
	}
	sig, err := ethcrypto.Sign(ethDigest(EthMessage(chainID, c.AccountID, c.Nonce, pkh)), key)
	if err != nil {
		return fmt.Errorf("sign L1 authorisation: %w", err)
	}
	copy(c.EthSignature[:], sig)
	c.EthSignature[64] += 27
	return nil
}

// The L2Tx methods of the signed request types.

func (t *Transfer) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	return t.PubKey, t.SignedBytes(), t.Signature, nil
}

func (w *Withdraw) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	return w.PubKey, w.SignedBytes(), w.Signature, nil
}

// signature of a ChangePubKey is checked against the key it registers.
func (c *ChangePubKey) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	sb, err := c.SignedBytes()
	return c.NewPubKey, sb, c.Signature, err
}

// SignedBy implementations.
func (t *Transfer) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return t.PubKey, t.Signature
}
func (w *Withdraw) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return w.PubKey, w.Signature
}
func (c *ChangePubKey) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return c.NewPubKey, c.Signature
}

// Spend of a Transfer: the unpacked amount and the fee, both in Token.
func (t *Transfer) Spend() (Spend, error) {
	amount, err := t.Amount.Value()
	if err != nil {
		return Spend{}, err
	}
	return Spend{Account: t.From, Nonce: t.Nonce, Token: t.Token, Amount: amount, FeeToken: t.Token, Fee: t.Fee.Value()}, nil
}

// Spend of a Withdraw: the amount and the fee, both in Token.
func (w *Withdraw) Spend() (Spend, error) {
	return Spend{Account: w.From, Nonce: w.Nonce, Token: w.Token, Amount: w.Amount, FeeToken: w.Token, Fee: w.Fee.Value()}, nil
}

// Spend of a ChangePubKey: the fee only.
func (c *ChangePubKey) Spend() (Spend, error) {
	return Spend{Account: c.AccountID, Nonce: c.Nonce, Token: c.FeeToken, FeeToken: c.FeeToken, Fee: c.Fee.Value()}, nil
}
