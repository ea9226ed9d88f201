package rollup

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// OpType is the first byte of every operation's pubdata and signed encoding.
// Values are protocol: never renumber.
//
// Each operation lives in one file, op_<name>.go: its request type, wire
// encoding, signed bytes and signing, what it spends, and its rule (a
// Machine method that checks every rule first and writes only once all have
// passed, so an error leaves the state as it was). registry.go holds its
// entry: name, pubdata fields, flags, and the functions above.
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
	OpDepositRefund OpType = 7 // a Deposit no account can take: returned on L1
	OpSpotTrade     OpType = 8 // settles two orders; takes two block slots
	OpCancelOrder   OpType = 9
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
	// Recipient is the L1 address the transaction sends its amount to (a
	// transfer's receiving account's owner, a withdrawal's L1 recipient);
	// ok is false for a type that names none (a key change). The rules
	// refuse the zero address (ErrZeroAddress).
	Recipient() (to common.Address, ok bool)
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
