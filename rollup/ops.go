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

var opNames = [...]string{"Noop", "Deposit", "Transfer", "TransferToNew", "Withdraw", "FullExit", "ChangePubKey"}

func (t OpType) String() string {
	if int(t) < len(opNames) {
		return opNames[t]
	}
	return "Unknown"
}

// Pubdata sizes in bytes, per operation. zkSync Lite for comparison: transfer
// 20, transfer-to-new 40, deposit 45, withdraw 47, full exit 43, change pubkey
// 61 (its token ids are 4 bytes, ours 2).
var pubdataSize = [...]int{
	OpNoop:          1,
	OpDeposit:       43, // type, account 4, token 2, amount 16, address 20
	OpTransfer:      18, // type, from 4, to 4, token 2, packed amount 5, packed fee 2
	OpTransferToNew: 38, // type, from 4, to 4, address 20, token 2, packed amount 5, packed fee 2
	OpWithdraw:      45, // type, account 4, token 2, amount 16, packed fee 2, address 20
	OpFullExit:      43, // type, account 4, address 20, token 2, amount 16
	OpChangePubKey:  53, // type, account 4, pubkey hash 20, address 20, nonce 4, fee token 2, packed fee 2
}

// SlotBytes is the size of one slot in the padded pubdata the block
// commitment hashes: the largest operation's pubdata.
const SlotBytes = 53

// PubdataSize returns the pubdata size of an operation type, or 0 if unknown.
func PubdataSize(t OpType) int {
	if int(t) < len(pubdataSize) {
		return pubdataSize[t]
	}
	return 0
}

// Tx is an operation request: an L2 transaction a user signs, or an L1
// priority operation the watcher reads from the contract.
type Tx interface {
	TxType() OpType
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

// IsPriority reports whether t arrives from L1 (and so can never be refused).
func (t OpType) IsPriority() bool { return t == OpDeposit || t == OpFullExit }
