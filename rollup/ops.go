package rollup

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// OpType is the first byte of every operation's pubdata and signed encoding.
// Values are protocol: never renumber.
type OpType uint8

// Operation types.
const (
	OpNoop          OpType = 0
	OpDeposit       OpType = 1 // L1 priority operation
	OpTransfer      OpType = 2 // to an existing account
	OpTransferToNew OpType = 3 // creates the receiving account
	OpWithdraw      OpType = 4
	OpFullExit      OpType = 5 // L1 priority operation
	OpChangePubKey  OpType = 6
)

// Tx is an operation request: an L2 transaction a user signs, or an L1
// priority operation the watcher reads from the contract.
type Tx interface {
	TxType() OpType
	// appendWire appends the canonical encoding after the type byte
	// (EncodeTx); readWire reverses it (DecodeTx checked the length).
	appendWire(b []byte) []byte
	readWire(r *reader) error
}

// L2Tx is a transaction a user signs and submits (OpSpec.Signed): it names
// the account that signs and pays, and what it spends.
type L2Tx interface {
	Tx
	// Spend is what the transaction takes from its sender.
	Spend() (Spend, error)
	// SignedBy returns the key the signature is checked against (for a
	// key change, the key it registers) and the signature.
	SignedBy() ([crypto.PublicKeySize]byte, crypto.Signature)
	// signature returns the key the signature is checked against, the
	// signed bytes and the signature.
	signature() (pub [crypto.PublicKeySize]byte, signed []byte, sig crypto.Signature, err error)
}

// Spend is what an L2 transaction takes from its sender: Amount of Token
// (zero for a key change) and Fee of FeeToken, at Nonce.
type Spend struct {
	Account  uint32
	Nonce    uint32
	Token    uint16
	Amount   num.U128
	FeeToken uint16
	Fee      num.U128
}

// Deposit credits an L1 deposit to the account of To (created if needed).
type Deposit struct {
	To     common.Address
	Token  uint16
	Amount num.U128
}

// FullExit withdraws an account's whole balance of a token, requested on L1
// by the account's owner. It can never fail: a request by someone who is not
// the owner exits an amount of zero.
type FullExit struct {
	AccountID uint32
	Owner     common.Address // the L1 sender of the request
	Token     uint16
}

// Transfer moves Amount of Token from account From to the account owned by
// L1 address To (created if To has none), paying Fee in the same token.
type Transfer struct {
	From      uint32
	To        common.Address
	Token     uint16
	Amount    PackedAmount
	Fee       PackedFee
	Nonce     uint32
	PubKey    [crypto.PublicKeySize]byte
	Signature crypto.Signature
}

// Withdraw moves Amount of Token from account From to L1 address To, paying
// Fee in the same token. The amount is exact (not packed).
type Withdraw struct {
	From      uint32
	To        common.Address
	Token     uint16
	Amount    num.U128
	Fee       PackedFee
	Nonce     uint32
	PubKey    [crypto.PublicKeySize]byte
	Signature crypto.Signature
}

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

// TxType implementations.
func (*Deposit) TxType() OpType      { return OpDeposit }
func (*FullExit) TxType() OpType     { return OpFullExit }
func (*Transfer) TxType() OpType     { return OpTransfer }
func (*Withdraw) TxType() OpType     { return OpWithdraw }
func (*ChangePubKey) TxType() OpType { return OpChangePubKey }
