package rollup

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// ChangePubKey registers NewPubKey as the account's L2 key. It is signed by
// the new key and authorised by the account's L1 address with EthSignature
// (an EIP-191 personal signature over EthMessage).
type ChangePubKey struct {
	AccountID    uint32
	NewPubKey    [crypto.PublicKeySize]byte
	FeeToken     uint16
	Fee          PackedFee
	Nonce        uint32
	Signature    crypto.Signature
	EthSignature [65]byte
}

// TxType is the operation type of a ChangePubKey request.
func (*ChangePubKey) TxType() OpType { return OpChangePubKey }

func (c *ChangePubKey) appendWire(b []byte) []byte {
	b = append(b, byte(OpChangePubKey))
	b = binary.BigEndian.AppendUint32(b, c.AccountID)
	b = append(b, c.NewPubKey[:]...)
	b = binary.BigEndian.AppendUint16(b, c.FeeToken)
	b = append(b, c.Fee[:]...)
	b = binary.BigEndian.AppendUint32(b, c.Nonce)
	b = append(b, c.Signature[:]...)
	return append(b, c.EthSignature[:]...)
}

func (c *ChangePubKey) readWire(r *reader) error {
	c.AccountID = r.u32()
	r.into(c.NewPubKey[:])
	c.FeeToken = r.u16()
	r.into(c.Fee[:])
	c.Nonce = r.u32()
	r.into(c.Signature[:])
	r.into(c.EthSignature[:])
	return nil
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

// EthMessage is what an account's L1 key signs (EIP-191 personal_sign) to
// authorise a ChangePubKey: "zkrollup:cpk" | rollup chain id 8 | L1 chain id
// 8 | contract 20 | account 4 | nonce 4 | pubkey hash 20 (76 bytes). The L1
// contract rebuilds it from pubdata, its own address and block.chainid, so
// an authorisation for one deployment is refused by every other.
func EthMessage(d AuthDomain, account, nonce uint32, pkh crypto.PubKeyHash) []byte {
	b := make([]byte, 0, 76)
	b = append(b, "zkrollup:cpk"...)
	b = binary.BigEndian.AppendUint64(b, d.ChainID)
	b = binary.BigEndian.AppendUint64(b, d.L1.ChainID)
	b = append(b, d.L1.Contract[:]...)
	b = binary.BigEndian.AppendUint32(b, account)
	b = binary.BigEndian.AppendUint32(b, nonce)
	return append(b, pkh[:]...)
}

// SignEthAuth adds the L1 authorisation of c, signed by the account owner's
// L1 key. c.NewPubKey must already be set.
func SignEthAuth(key *ecdsa.PrivateKey, d AuthDomain, c *ChangePubKey) error {
	pkh, err := c.PubKeyHash()
	if err != nil {
		return err
	}
	sig, err := ethcrypto.Sign(ethDigest(EthMessage(d, c.AccountID, c.Nonce, pkh)), key)
	if err != nil {
		return fmt.Errorf("sign L1 authorisation: %w", err)
	}
	copy(c.EthSignature[:], sig)
	c.EthSignature[64] += 27
	return nil
}

// signature of a ChangePubKey is checked against the key it registers.
func (c *ChangePubKey) signature() ([crypto.PublicKeySize]byte, []byte, crypto.Signature, error) {
	sb, err := c.SignedBytes()
	return c.NewPubKey, sb, c.Signature, err
}

// Recipient: a key change sends nothing to anyone.
func (*ChangePubKey) Recipient() (common.Address, bool) { return common.Address{}, false }

// SignedBy: see L2Tx.
func (c *ChangePubKey) SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature) {
	return c.NewPubKey, c.Signature
}

// Spend of a ChangePubKey: the fee only.
func (c *ChangePubKey) Spend() (Spend, error) {
	return Spend{Account: c.AccountID, Nonce: c.Nonce, Token: c.FeeToken, FeeToken: c.FeeToken, Fee: c.Fee.Value()}, nil
}

func (m *Machine) changePubKey(c *ChangePubKey, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpChangePubKey, Account: c.AccountID, Token: c.FeeToken, Fee: c.Fee, Nonce: c.Nonce}
	fee := c.Fee.Value()
	if err := m.checkToken(c.FeeToken); err != nil {
		return op, false, err
	}
	if err := m.checkAccountID(c.AccountID); err != nil {
		return op, false, err
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	op.PubKeyHash = sig.pkh
	acc, err := m.st.Account(c.AccountID)
	if err != nil {
		return op, false, err
	}
	if !acc.Exists() {
		return op, false, fmt.Errorf("%w: account %d", ErrAccountNotFound, c.AccountID)
	}
	op.Address = acc.Address
	if err := checkNonce(c.AccountID, acc, c.Nonce); err != nil {
		return op, false, err
	}
	signer, err := RecoverEthSigner(EthMessage(m.p.Auth(), c.AccountID, c.Nonce, sig.pkh), c.EthSignature)
	if err != nil {
		return op, false, err
	}
	if signer != acc.Address {
		return op, false, fmt.Errorf("%w: signed by %s, account %d belongs to %s", ErrBadEthSignature, signer, c.AccountID, acc.Address)
	}
	bal, err := m.debit(c.AccountID, c.FeeToken, num.U128{}, fee)
	if err != nil {
		return op, false, err
	}
	addFee, err := m.reserveFee(c.FeeToken, fee)
	if err != nil {
		return op, false, err
	}
	acc.PubKeyHash = sig.pkh
	acc.Nonce++
	if err := m.st.SetBalance(c.AccountID, c.FeeToken, bal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(c.AccountID, acc); err != nil {
		return op, false, err
	}
	addFee()
	return op, false, nil
}

// changePubKeyFromPubdata rebuilds a ChangePubKey to the published key
// hash with the block's L1 authorisation, which the rules check against
// the account's owner as they do for any other.
func changePubKeyFromPubdata(_ *Machine, o *ExecutedOp, ethSig [65]byte) (proven, error) {
	return proven{tx: &ChangePubKey{AccountID: o.Account, FeeToken: o.Token, Fee: o.Fee, Nonce: o.Nonce, EthSignature: ethSig},
		sig: &sigResult{pkh: o.PubKeyHash}}, nil
}
