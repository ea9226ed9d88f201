package rollup

import (
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

// The L2Tx methods of the signed request types.
