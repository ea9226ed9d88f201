// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rollupcontract

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RollupBlobBlock is an auto generated low-level Go binding around an user-defined struct.
type RollupBlobBlock struct {
	Timestamp     uint64
	FeeAccount    uint32
	Slots         uint16
	DataLength    uint32
	NewStateRoot  [32]byte
	DataHash      [32]byte
	Eval          [32]byte
	L1Pubdata     []byte
	EthSignatures []byte
}

// RollupBlobData is an auto generated low-level Go binding around an user-defined struct.
type RollupBlobData struct {
	DataHash [32]byte
	Y        [32]byte
	Eval     [32]byte
	Kzg      []byte
}

// RollupCommitBlock is an auto generated low-level Go binding around an user-defined struct.
type RollupCommitBlock struct {
	Timestamp     uint64
	FeeAccount    uint32
	NewStateRoot  [32]byte
	Pubdata       []byte
	EthSignatures []byte
}

// RollupConfig is an auto generated low-level Go binding around an user-defined struct.
type RollupConfig struct {
	BlockShapes          []uint16
	BlockVerifiers       []common.Address
	ExitVerifier         common.Address
	AccountDepth         *big.Int
	BalanceDepth         *big.Int
	RollupChainId        uint64
	PriorityExpiryBlocks uint64
	GenesisRoot          [32]byte
	Governance           common.Address
	Operator             common.Address
	PriorityFee          uint64
	FeeRecipient         common.Address
	BlobVerifier         common.Address
}

// RollupStoredBlock is an auto generated low-level Go binding around an user-defined struct.
type RollupStoredBlock struct {
	Number         uint64
	Slots          uint16
	PriorityOps    uint64
	Timestamp      uint64
	PendingOpsHash [32]byte
	StateRoot      [32]byte
	Commitment     [32]byte
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint16[]\",\"name\":\"blockShapes\",\"type\":\"uint16[]\"},{\"internalType\":\"contractIBlockVerifier[]\",\"name\":\"blockVerifiers\",\"type\":\"address[]\"},{\"internalType\":\"contractIExitVerifier\",\"name\":\"exitVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"accountDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"rollupChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityExpiryBlocks\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"priorityFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"contractIBlockVerifier\",\"name\":\"blobVerifier\",\"type\":\"address\"}],\"internalType\":\"structRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadBlobCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadBlobOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"BadEthSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShapes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlobCommitSplit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BlobDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"executed\",\"type\":\"uint64\"}],\"name\":\"BlocksInFlight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"DepositCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InExodusMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"available\",\"type\":\"uint128\"}],\"name\":\"InsufficientPendingBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"NotAWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInExodusMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"PackedAmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"PendingOpsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"PriorityExpiryOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityOpMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriorityOpNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityQueueExhausted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateRootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slots\",\"type\":\"uint256\"}],\"name\":\"TooManyOperations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"TruncatedPubdata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"UnknownOpType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnusedEthSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongDataMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongPriorityFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongStoredBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksCommitted\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksProven\",\"type\":\"uint64\"}],\"name\":\"BlocksReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"DepositCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"ExodusExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"ExodusMode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"PendingBalanceCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"PriorityRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOB_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_FEE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIZES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRIORITY_FEE_UNIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"addToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balanceDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"blobCommitEnd\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobVerifier\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockShapes\",\"outputs\":[{\"internalType\":\"uint16[]\",\"name\":\"shapes\",\"type\":\"uint16[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockSlots\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"blockVerifierOf\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksCommitted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksExecuted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"requests\",\"type\":\"bytes[]\"}],\"name\":\"cancelOutstandingDepositsForExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"eval\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"l1Pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlobBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"eval\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"kzg\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlobData[]\",\"name\":\"blobs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"blobProofs\",\"type\":\"bytes[]\"}],\"name\":\"commitBlobBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"commitProveExecute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"eval\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"l1Pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlobBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"eval\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"kzg\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlobData[]\",\"name\":\"blobs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"blobProofs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"commitProveExecuteBlobs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositERC20\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"executeBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitVerifier\",\"outputs\":[{\"internalType\":\"contractIExitVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"firstPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashStoredBlock\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCommittedPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"outstanding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"pendingBalances\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"lastExecuted\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"performExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityExpiryBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"priorityOps\",\"outputs\":[{\"internalType\":\"bytes20\",\"name\":\"hash\",\"type\":\"bytes20\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"feeGwei\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"proveBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"requestFullExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"revertBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollupChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"setPriorityFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"storedBlockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"tokenAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenIds\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPriorityOps\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalanceTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x6101a0806040523461085057616221803803809161001d8285610887565b8339810190602081830312610850578051906001600160401b03821161085057016101a081830312610850576040516101a081016001600160401b038111828210176106635760405281516001600160401b03811161085057820183601f8201121561085057805161008e816108aa565b9161009c6040519384610887565b81835260208084019260051b8201019086821161085057602001915b81831061086c57505050815260208201516001600160401b0381116108505782019280601f850112156108505783516100f0816108aa565b946100fe6040519687610887565b81865260208087019260051b82010192831161085057602001905b82821061085457505050602081019283526040820151916001600160a01b038316830361085057604082019283526060810151936060830194855260808201516080840190815260a0830161016d906108d5565b60a0850190815261018060c085016108d5565b9160c0860192835260e08501519760e0870198895261010086016101a3906108c1565b6101008801818152986101b961012089016108c1565b966101208a0199888b526101408a016101d1906108d5565b6101408201908152986101e76101608c016108c1565b9a61016083019b8c52610180016101fd906108c1565b61018083019081526007805461ffff19166001179055946001600160a01b03161590811561083e575b5061082f5761024085518015159081610823575b506108e9565b6102548651801515908161081757506108e9565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018d5110156108085787516001600160401b0316600a811080156107fb575b6107dc575080515191821580156107d2575b80156107c6575b61077c575f905f905b8482106106ea57505060e0528161010052515f1982019182116106d65761ffff916102df91610921565b511660c052516001600160a01b039081166080529051811660a05290516101205290516101405290516001600160401b039081166101605291518216610180528551600180546001600160a01b03191691831691909117815585519091165f908152600360205260409020805460ff1916909117905590519081169066b1a2bc2ec50000821180156106be575b61069857600a80546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1516001600160a01b031680610693575080516001600160a01b03165b6001600160a01b0316918215801561068a575b61067757600480546001600160a01b03191684179055604051927f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f9260209290917fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3235f80a2516001600160a01b03165f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a351600184526001600160a01b031692a2516040519060e082016001600160401b03811183821017610663576040525f825260208201915f835260408101915f835260608201915f835260c060808201915f835260a0810193845201925f84526040519461ffff60208701975f89525116604087015260018060401b03905116606086015260018060401b0390511660808501525160a08401525160c08301525160e082015260e0815261053761010082610887565b5190205f8052600c6020527f13649b2456f1b42fef0f0040b3aaeabcd21a76a0f3f5defd4f583839455116e8556040516158d7908161094a823960805181818161064f0152611f33015260a0518181816108bd0152818161183f01528181611dea0152818161238c015281816126dc015281816152bb0152818161534d015261539f015260c051818181611fb601528181614205015281816142270152818161424d01528181614430015281816145f30152818161469201526151be015260e051818181610386015261518d015261010051818181610360015261516b0152610120518181816102fe015261145c015261014051818181610e460152611db20152610160518181816112dd0152614fbd01526101805181818161156e015281816122da01526148810152f35b634e487b7160e01b5f52604160045260245ffd5b82631ecdd20960e31b5f5260045260245ffd5b503083146103ee565b6103db565b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b50633b9aca0082066001600160401b0316151561036c565b634e487b7160e01b5f52601160045260245ffd5b909161ffff6106fa848651610921565b511692831580156107bb575b801561078b575b61077c5782516001600160a01b0390610727908390610921565b51161561077c576001600160fc1b03811681036106d657600191848260041b1b1793828060a01b0361075a838651610921565b5116905f525f60205260405f2090838060a01b031982541617905501906102b5565b63a93c690160e01b5f5260045ffd5b50801515801561070d575084515f198201908282116106d65761ffff916107b191610921565b511684111561070d565b506110008411610706565b508281515114156102ac565b50600883116102a5565b632a14092b60e21b5f52600452600a602452630100000060445260645ffd5b5063010000008111610293565b6336659a7f60e01b5f5260045ffd5b6010915011155f61023a565b6020915011155f61023a565b63d92e233d60e01b5f5260045ffd5b6001600160a01b03161590505f610226565b5f80fd5b60208091610861846108c1565b815201910190610119565b825161ffff81168103610850578152602092830192016100b8565b601f909101601f19168101906001600160401b0382119082101761066357604052565b6001600160401b0381116106635760051b60200190565b51906001600160a01b038216820361085057565b51906001600160401b038216820361085057565b156108f057565b60405162461bcd60e51b815260206004820152600960248201526862616420736861706560b81b6044820152606490fd5b80518210156109355760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe60a0806040526004361015610012575f80fd5b5f905f3560e01c908162c9456514612aff575080630828fba2146129955780630994cb9e1461296e57806310603dad1461293357806313e7c9d8146128f6578063175b41d9146128d15780631a6274f714612651578063230795221461262b57806323651a331461260d578063238efcbc14612591578063264c09121461256f5780632b8c062a1461251e5780632ed51609146124f557806330952d4b1461231957806330f0a6d9146122fe5780633caddd94146122bb578063451c2b16146120275780634690484014611fff57806348ed7b3a14611fd95780634a770d0914611f9f5780634ce8544114611f6257806352822bfb14611f1e578063558a729714611e905780635aa6e67514611e6857806365e22bb214611e375780636d91cf0314611e1957806375b033ed14611dd5578063788ef4f514611d9b57806379d2496714611d7e5780637dd179f914611d555780637efcfe8514611a71578063824217c214611a1a57806395845c43146119f157806395a4767d146118025780639f181b5e146117e1578063a6c1cde014611777578063a7e7aacd146116c2578063ab9b2adf14611418578063ac91b4d514611301578063ad971653146112be578063b863846e1461128b578063c21204a214610fed578063c45c845d14610f97578063c90e344614610f76578063d38bfff414610f29578063d48bfca714610deb578063d514da5014610db0578063d93f92c514610cc7578063dbf814c214610ca7578063dc30c3e614610ab8578063dd54aaf31461085a578063dfa6323514610537578063e74b981b14610492578063ea36f9901461045a578063eac63a5b1461043e578063ecf5cc2e1461034a578063f39c38a014610321578063f86be708146102e65763fc97a303146102a6575f80fd5b346102e35760203660031901126102e35760209061ffff906040906001600160a01b036102d1612d80565b16815260058452205416604051908152f35b80fd5b50346102e357806003193601126102e35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346102e357806003193601126102e3576002546040516001600160a01b039091168152602090f35b50346102e357806003193601126102e3576103847f0000000000000000000000000000000000000000000000000000000000000000612fd3565b7f00000000000000000000000000000000000000000000000000000000000000009190815b81518110156103f4576001600160fc1b03811681036103e0578061ffff8560019360041b1c166103d98285613012565b52016103a9565b634e487b7160e01b83526011600452602483fd5b5090604051918291602083016020845282518091526020604085019301915b818110610421575050500390f35b825161ffff16845285945060209384019390920191600101610413565b50346102e357806003193601126102e3576020604051600a8152f35b50346102e35760203660031901126102e35760406020916001600160401b03610481612c2c565b168152600c83522054604051908152f35b50346102e35760203660031901126102e3576104ac612d80565b6001546001600160a01b03163303610528576001600160a01b03168015801561051f575b61050d57600480546001600160a01b031916821790557fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3238280a280f35b631ecdd20960e31b8252600452602490fd5b503081146104d0565b632d5be4cb60e21b8252600482fd5b50346107d257366003190161018081126107d25760e0136107d25760e4359063ffffffff82168092036107d257610104356001600160a01b03811692908381036107d257610124359061ffff82168083036107d25761014435936001600160801b038516968786036107d257610164356001600160401b0381116107d257366023820112156107d2578060040135906001600160401b0382116107d25736602483830101116107d2576105e8613224565b60ff600f54161561084b576001600160401b03600b5460801c166004356001600160401b0381168082036107d257821480159150610823575b6108115750835f52601060205260405f20855f5260205260ff60405f2054166107f95789156107ea576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160a082016001600160401b038111838210176107d65760405260a43582528560208301528460408301528660608301528b6080830152823b156107d257604051630af9a23560e21b815260c06004820152938492916106de9160c4850191602401613204565b905f602484015b600582106107b8575050509181805f9403915afa80156107ad57610770575b5060407f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc88016089188998461075d9a526010602052828b20865f52602052825f20600160ff1982541617905582519182526020820152a36135aa565b805f5160206158b75f395f51905f525d80f35b61075d97507f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc8801608916107a35f604093612c0b565b5f98509150610704565b6040513d5f823e3d90fd5b8251815286945060209283019260019290920191016106e5565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b631f2a200560e01b5f5260045ffd5b505050639f55e9db60e01b5f5260045260245260445ffd5b633746be9b60e11b5f5260045260245ffd5b50610837610832366004612d04565b612f21565b815f52600c60205260405f20541415610621565b630779d7d160e11b5f5260045ffd5b346107d257366003190161010081126107d25760e0136107d25760e4356001600160401b0381116107d257610893903690600401612b55565b9061089c613224565b60ff600f5416610aa957335f52600360205260ff60405f20541615610a9a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610a8b578115610a7c576001600160401b03600b5416806001600160401b0361090c612eb3565b161490811591610a59575b50610a36579061092636612c78565b6001600160401b03600a5460401c16925f925b84818510610996576001600160401b038451166001600160401b0319600b541617600b5567ffffffffffffffff60401b600a549160401b169067ffffffffffffffff60401b191617600a555f5f5160206158b75f395f51905f525d005b6109b36109c89184956109ad8886600197986131c8565b90614180565b956001600160401b0360408801511690613076565b946109d281612f21565b6001600160401b038251165f52600c60205260405f20556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060c084015160a085015182519182526020820152a29301929190610939565b6001600160401b03610a46612eb3565b633746be9b60e11b5f521660045260245ffd5b9050610a6761083236612c78565b905f52600c60205260405f2054141583610917565b630fd4b63760e31b5f5260045ffd5b6308edec6960e21b5f5260045ffd5b631f0853c160e21b5f5260045ffd5b637fa3dd5760e11b5f5260045ffd5b346107d257610ac636612da9565b92610ad696959496929192613224565b60ff600f5416610aa957335f52600360205260ff60405f20541615610a9a578615610a7c576001600160401b03600b5416806001600160401b03610b1989612ec9565b161490811591610c83575b50610c725792610b4492610b3c928695898098613b53565b933690612d04565b906001600160401b03600a5460401c16935f935b85818610610bcf576001600160401b0385818151165f52600d60205260405f20600160ff1982541617905551166001600160401b0319600b541617600b5567ffffffffffffffff60401b600a549160401b169067ffffffffffffffff60401b191617600a555f5f5160206158b75f395f51905f525d005b610bee83610c03928697610be88a87600198999a613035565b90613b6b565b966001600160401b0360408901511690613076565b95610c0d81612f21565b6001600160401b038251165f52600c60205260405f20556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060c084015160a085015182519182526020820152a2940193929190610b58565b6001600160401b03610a4687612ec9565b9050610c926108323689612d04565b905f52600c60205260405f2054141588610b24565b346107d2575f3660031901126107d2576020600a5460c01c604051908152f35b346107d25760203660031901126107d257610ce0612c2c565b6001546001600160a01b03163303610da1576001600160401b0381169066b1a2bc2ec5000082118015610d89575b610d6357600a80546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1005b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b506001600160401b03633b9aca008306161515610d0e565b632d5be4cb60e21b5f5260045ffd5b346107d257610dd9610dc136612e3c565b91610dca613224565b6001600160a01b0381166149b8565b5f5f5160206158b75f395f51905f525d005b346107d25760203660031901126107d257610e04612d80565b6001546001600160a01b03163303610da1576001600160a01b03168015610f1a57805f52600560205261ffff60405f205416610f085761ffff600754169060017f00000000000000000000000000000000000000000000000000000000000000001b821015610ef957805f52600560205260405f208261ffff19825416179055815f52600660205260405f20816001600160601b0360a01b8254161790556001820161ffff8111610ee55761ffff1661ffff1960075416176007557f78fc75a90b2d2aeb8c1d0cb138b1c62ac8390fae9e60666d4a7400fa263d47ea5f80a3005b634e487b7160e01b5f52601160045260245ffd5b633a4733d960e11b5f5260045ffd5b633fb6e97160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b346107d25760203660031901126107d257610f42612d80565b6001546001600160a01b03163303610da157600280546001600160a01b0319166001600160a01b0392909216919091179055005b346107d2575f3660031901126107d257602060405166b1a2bc2ec500008152f35b346107d257610fa536612e3c565b90610fae613224565b6001600160a01b0383169283158015610fe4575b610fd157610dd99350336149b8565b83631ecdd20960e31b5f5260045260245ffd5b50308414610fc2565b60603660031901126107d2576004356001600160a01b0381168082036107d257611015612e26565b6044356001600160a01b0381168082036107d257611031613224565b60ff600f5416610aa957835f52600560205260405f20549261ffff841695861561127857600a5460c01c95863403611261576040516370a0823160e01b815230600482015291602083602481855afa9283156107ad575f9361122d575b506001600160801b03604051946323b872dd60e01b5f5233600452306024521660445260205f60648180855af19060015f511482161561120e575b50836040525f606052156111fc57826024816020936370a0823160e01b82523060048301525afa80156107ad575f906111c8575b61110792506131f7565b9015610f1a5780156107ea5761112081610dd9966147f5565b6111298461476b565b604051600160f81b60208201525f602182015260f09390931b6001600160f01b0319166025840181905260809190911b6001600160801b0319166027840181905260609290921b6001600160601b03191660378401819052602b8452611190604b85612c0b565b604051926020840192835260228401526032830152602682526111b4604683612c0b565b905190206001600160601b03191690614845565b506020823d6020116111f4575b816111e260209383612c0b565b810103126107d25761110791516110fd565b3d91506111d5565b635274afe760e01b5f5260045260245ffd5b6001821516611224573b15153d151616896110c9565b843d5f823e3d90fd5b9092506020813d602011611259575b8161124960209383612c0b565b810103126107d25751918961108e565b3d915061123c565b866346cf1f8360e11b5f523460045260245260445ffd5b856342f22db560e01b5f5260045260245ffd5b346107d25760203660031901126107d25761ffff6112a7612c56565b165f526008602052602060405f2054604051908152f35b346107d2575f3660031901126107d25760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b60403660031901126107d257611315612d80565b61131d612e26565b611325613224565b60ff600f5416610aa957600a5460c01c906001600160801b0381169261134b83856131ea565b34036113f8576001600160a01b03811615610f1a5783156107ea5761137b61137684610dd9966131ea565b61476b565b604051600160f81b60208201525f60218201819052602582015260809290921b6001600160801b0319166027830181905260609190911b6001600160601b03191660378301819052602b8352906113d3604b84612c0b565b6040519160208301915f835260228401526032830152602682526111b4604683612c0b565b61140283856131ea565b6346cf1f8360e11b5f523460045260245260445ffd5b60403660031901126107d25761142c612d96565b6024356001600160a01b03811681036107d257611447613224565b60ff600f5416610aa95763ffffffff821660017f00000000000000000000000000000000000000000000000000000000000000001b8110156116b0575061148d90614729565b90600a5460c01c91823403611699577f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff9161167d916114cb8561476b565b604051600560f81b602082015260e09290921b6001600160e01b031916602183018190523360601b6025840181905260f09290921b6001600160f01b031916603984018190525f603b850152602b8452611526604b85612c0b565b604051926020840192835260248401526038830152601a825261154a603a83612c0b565b6001600160601b03199151902016936001600160401b03600a5460801c169461159c7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316613076565b91604051916115aa83612bf0565b825264ffffffffff8316602080840191825260056040808601918252633b9aca0090940465ffffffffffff1660608087019182525f8c8152600990945294909220945192519051915160a09190911b64ffffffffff60a01b169290931c9190911760c89190911b60ff60c81b161760d09190911b6001600160d01b03191617905561163485613058565b600a54906001600160401b0360801b9060801b16906001600160401b0360801b191617600a556001600160401b036040519384936005855260606020860152606085019061372f565b911660408301520390a25f5f5160206158b75f395f51905f525d005b826346cf1f8360e11b5f523460045260245260445ffd5b632352977d60e21b5f5260045260245ffd5b346107d2575f3660031901126107d2576116da613224565b600f5460ff8116610aa957600a546001600160401b038082169160801c16811090811591611757575b506117485760ff1916600117600f557fc71028c67eb0ef128ea270a59a674629e767d51c1af44ed6753fd2fad2c7b6775f80a15f5f5160206158b75f395f51905f525d005b635b45bd5b60e01b5f5260045ffd5b90505f52600960205264ffffffffff60405f205460a01c16431082611703565b346107d25760203660031901126107d2576001600160401b03611798612c2c565b165f526009602052608060405f2054604051906001600160601b03198160601b16825264ffffffffff8160a01c16602083015260ff8160c81c16604083015260d01c6060820152f35b346107d2575f3660031901126107d257602061ffff60075416604051908152f35b346107d25761181036612da9565b90919461181e949394613224565b60ff600f5416610aa957335f52600360205260ff60405f20541615610a9a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610a8b576040519661187888612bd5565b611880613abb565b885260208801905f8252604089015f81525f60608b01525f60808b015260a08a01906060825260c08b0192606084528815610a7c578a89148015906119e7575b6119d857600b546001600160401b038082169160801c168181036119c25750806001600160401b036118f184612ec9565b16149081159161199e575b5061198d5761190c903690612d04565b8b526001600160401b03600a54818160401c16865216905261192d87612fd3565b905261193886612fd3565b90525f5b85811061194e57610dd988888b614055565b6001906119876119758b51611964848b896131c8565b6001600160401b0387511691614180565b61198083888a612edd565b918d613f57565b0161193c565b610a466001600160401b0391612ec9565b90506119ad6108323684612d04565b905f52600c60205260405f205414158d6118fc565b90631f04def560e01b5f5260045260245260445ffd5b631fec674760e31b5f5260045ffd5b50868914156118c0565b346107d2575f3660031901126107d25760206001600160401b03600b5460401c16604051908152f35b346107d25760403660031901126107d257611a33612d80565b611a3b612c67565b9060018060a01b03165f52600e60205261ffff60405f2091165f5260205260206001600160801b0360405f205416604051908152f35b346107d25760403660031901126107d257611a8a612c2c565b6024356001600160401b0381116107d257611aa9903690600401612b55565b9091611ab3613224565b8060ff600f54161561084b576001600160401b0390611add600a5483811693849160801c16612f9c565b906001600160401b03808316911611611d4d575b506001600160401b038216908115611d3e578184036119d8575f5b6001600160401b0381169083821015611d08576001600160401b03611b318285613076565b1690815f526009602052611b4a60405f2093888a6130c8565b929093602b8414801590611cd9575b611cc6578054600160ff8260c81c16145f14611c575784602b116107d2576005860190611b863683613158565b6001600160601b0319906020815191012016906001600160601b03199060601b1603611c4457601786013560601c90600786106107d2573560f01c946017116107d2576001600160801b03611c29611c3093611c246001988460076001600160401b039c013560801c169080878a7fd2e8b874f057fbd358eee699a064bf12440c18df2420edb344ae8e1965474b6e6020604051878152a4866135aa565b61412a565b1690613514565b5f5260096020525f60408120550116611b0c565b82636a74ceb360e01b5f5260045260245ffd5b84601b959295116107d257611c6f366001880161311e565b6001600160601b0319906020815191012016906001600160601b03199060601b1603611cc6576019116107d2576001600160401b0393600193611c30916005013560601c906001600160801b0390611c299061412a565b50636a74ceb360e01b5f5260045260245ffd5b508315611cf45760ff815460c81c16853560f81c1415611b59565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03611d1a8685613076565b166001600160401b0319600a541617600a555f5f5160206158b75f395f51905f525d005b6380e681ab60e01b5f5260045ffd5b915084611af1565b346107d2575f3660031901126107d25760206001600160401b03600a5460401c16604051908152f35b346107d2575f3660031901126107d25760206040516201f0008152f35b346107d2575f3660031901126107d25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346107d2575f3660031901126107d2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346107d2575f3660031901126107d257602060405163010000008152f35b346107d25760203660031901126107d2576004355f525f602052602060018060a01b0360405f205416604051908152f35b346107d2575f3660031901126107d2576001546040516001600160a01b039091168152602090f35b346107d25760403660031901126107d257611ea9612d80565b602435908115158092036107d2576001546001600160a01b03163303610da1576001600160a01b0316908115610f1a5760207f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91835f526003825260405f2060ff1981541660ff8316179055604051908152a2005b346107d2575f3660031901126107d2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346107d25760203660031901126107d2576001600160401b03611f83612c2c565b165f52600d602052602060ff60405f2054166040519015158152f35b346107d2575f3660031901126107d25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346107d2575f3660031901126107d25760206001600160401b03600b5416604051908152f35b346107d2575f3660031901126107d2576004546040516001600160a01b039091168152602090f35b346107d257366003190161018081126107d25760e0136107d25760e4356001600160401b0381116107d257612060903690600401612b55565b90610104356001600160401b0381116107d257612081903690600401612b55565b919092610124356001600160401b0381116107d2576120a4903690600401612b55565b610144356001600160401b0381116107d2576120c4903690600401612b55565b969094610164356001600160401b0381116107d2576120e7903690600401612b55565b9390946120f2613224565b60ff600f5416610aa957335f52600360205260ff60405f20541615610a9a576040519861211e8a612bd5565b612126613abb565b8a5260208a01945f865260408b015f81525f60608d01525f60808d015260a08c016060815260c08d0191606083528b15610a7c578e8c148015906122b1575b6119d857600b546001600160401b038082169160801c168181036119c257506004356001600160401b038116918282036107d2578083149081159161228c575b50612279575050906121f79695949392918e6121c2366004612d04565b90526001600160401b03600a54818160401c168c521690526121e38c612fd3565b90526121ee8b612fd3565b90528986613b53565b915f5b868110612240576001600160401b03896122158c8b83614055565b5151165f52600d60205260405f20600160ff198254161790555f5f5160206158b75f395f51905f525d005b600190612273612268868c51612257858d8a613035565b6001600160401b0388511691613b6b565b61198083898b612edd565b016121fa565b50633746be9b60e11b5f5260045260245ffd5b905061229c610832366004612d04565b905f52600c60205260405f205414155f6121a5565b50898c1415612165565b346107d2575f3660031901126107d25760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346107d2575f3660031901126107d257602060405160358152f35b346107d25761232736612b85565b61233393929193613224565b60ff600f5416610aa9578115610a7c578082036119d857600b5493604085901c6001600160401b0316939261236781612fd3565b9361237182612fd3565b915f916001600160401b0389165b82841061243e57505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615158061241e575b612402579167ffffffffffffffff60401b9493916123d993613753565b60401b169067ffffffffffffffff60401b191617600b555f5f5160206158b75f395f51905f525d005b6001600160401b038563907a394960e01b5f521660045260245ffd5b506001600160401b0385165f52600d60205260ff60405f205416156123bc565b9091929761244b90612e86565b976001600160401b0389168281116124e357906001916124758b612470848989612ea3565b613259565b60c0612482838888612ea3565b013561248e838c613012565b526124a5602061249f848989612ea3565b01613026565b61ffff6124b2848a613012565b911690527f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a20192919061237f565b6347bcb32f60e01b5f5260045260245ffd5b346107d2575f3660031901126107d25760206001600160401b03600b5460801c16604051908152f35b346107d25760403660031901126107d257612537612d96565b63ffffffff612544612c67565b91165f52601060205261ffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b346107d2575f3660031901126107d257602060ff600f54166040519015158152f35b346107d2575f3660031901126107d257600254336001600160a01b03821614801590612605575b610da157600154336001600160a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b0319908116331760015516600255005b5033156125b8565b346107d2575f3660031901126107d2576020604051633b9aca008152f35b346107d2575f3660031901126107d25760206001600160401b03600a5416604051908152f35b346107d25760203660031901126107d2576004356001600160401b0381116107d257612681903690600401612b25565b9061268a613224565b60ff600f5416610aa957335f52600360205260ff60405f20541615610a9a578115610a7c57906001600160401b03600b5416916001600160401b03600a5460401c16915f915b818310612832575050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316151580612820575b80612800575b6127e457816040916001600160401b037faf0891836c1ac67f4454de6bf99ba118318b7263cf6244333ac76ee8a23fdc2c94168092816001600160401b03600b54948282198716179081600b5567ffffffffffffffff60401b600a54918a1b169067ffffffffffffffff60401b191617600a55871c16116127bc575b5050506001600160401b03600b54831c1682519182526020820152a15f5f5160206158b75f395f51905f525d005b67ffffffffffffffff60401b90851b16916001600160801b0319161717600b5583818161278e565b6001600160401b038263907a394960e01b5f521660045260245ffd5b506001600160401b0382165f52600d60205260ff60405f20541615612712565b506001600160401b038216151561270c565b909193926001600160401b03600b5460801c16936001600160401b038116948511156128be579061286b6128a992612470888787612ea3565b845f52600c6020525f6040812055845f52600d60205260405f2060ff1981541690556128a3604061289d888787612ea3565b01612ec9565b90612f9c565b928015610ee5575f19019360010191906126d0565b846316c087bd60e01b5f5260045260245ffd5b346107d2575f3660031901126107d2576020690b182b352b2d26122b00604051908152f35b346107d25760203660031901126107d2576001600160a01b03612917612d80565b165f526003602052602060ff60405f2054166040519015158152f35b346107d25760203660031901126107d25761ffff61294f612c56565b165f526006602052602060018060a01b0360405f205416604051908152f35b346107d25760e03660031901126107d257602061298d61083236612c78565b604051908152f35b346107d2576129a336612b85565b6129ae939193613224565b60ff600f5416610aa9578215610a7c578083036119d85790926001600160401b03600b5460801c16906001600160401b03600a5416925f955f925b868410612a7057600b805467ffffffffffffffff60801b1916608087901b67ffffffffffffffff60801b16179055600a805467ffffffffffffffff19166001600160401b0388161790558780612a4b575f5f5160206158b75f395f51905f525d005b600454612a6a916001600160801b0316906001600160a01b0316613514565b80610dd9565b9091929493612a7e90612e86565b936001600160401b03600b5460401c166001600160401b038616908111612aed5750600197612ae1916080612ab4898b88612ea3565b612abe8982613259565b612aca60408201612ec9565b612ad58b8a89612edd565b9390920135908a6132a8565b979095019291906129e9565b638afd48a760e01b5f5260045260245ffd5b346107d2575f3660031901126107d2576020906001600160401b03600a5460801c168152f35b9181601f840112156107d2578235916001600160401b0383116107d25760208085019460e085020101116107d257565b9181601f840112156107d2578235916001600160401b0383116107d2576020808501948460051b0101116107d257565b60406003198201126107d2576004356001600160401b0381116107d25781612baf91600401612b25565b92909291602435906001600160401b0382116107d257612bd191600401612b55565b9091565b60e081019081106001600160401b038211176107d657604052565b608081019081106001600160401b038211176107d657604052565b90601f801991011681019081106001600160401b038211176107d657604052565b600435906001600160401b03821682036107d257565b35906001600160401b03821682036107d257565b6004359061ffff821682036107d257565b6024359061ffff821682036107d257565b60e09060031901126107d25760405190612c9182612bd5565b816004356001600160401b03811681036107d257815260243561ffff811681036107d25760208201526044356001600160401b03811681036107d25760408201526064356001600160401b03811681036107d2576060820152608435608082015260a43560a082015260c060c435910152565b91908260e09103126107d257604051612d1c81612bd5565b8092612d2781612c42565b8252602081013561ffff811681036107d25760c09182916020850152612d4f60408201612c42565b6040850152612d6060608201612c42565b60608501526080810135608085015260a081013560a08501520135910152565b600435906001600160a01b03821682036107d257565b6004359063ffffffff821682036107d257565b90600319820161014081126107d25760e0136107d25760049160e4356001600160401b0381116107d25781612de091600401612b55565b92909291610104356001600160401b0381116107d25781612e0391600401612b55565b9290929161012435906001600160401b0382116107d257612bd191600401612b55565b602435906001600160801b03821682036107d257565b60609060031901126107d2576004356001600160a01b03811681036107d257906024356001600160a01b03811681036107d257906044356001600160801b03811681036107d25790565b6001600160401b03166001600160401b038114610ee55760010190565b9190811015611cf45760e0020190565b6004356001600160401b03811681036107d25790565b356001600160401b03811681036107d25790565b9190811015611cf45760051b81013590601e19813603018212156107d25701908135916001600160401b0383116107d2576020018260051b360381136107d2579190565b60405160c060208201926001600160401b03815116845261ffff60208201511660408401526001600160401b0360408201511660608401526001600160401b036060820151166080840152608081015160a084015260a081015182840152015160e082015260e08152612f9661010082612c0b565b51902090565b906001600160401b03809116911603906001600160401b038211610ee557565b6001600160401b0381116107d65760051b60200190565b90612fdd82612fbc565b612fea6040519182612c0b565b8281528092612ffb601f1991612fbc565b0190602036910137565b805115611cf45760200190565b8051821015611cf45760209160051b010190565b3561ffff811681036107d25790565b9190811015611cf45760051b8101359061011e19813603018212156107d2570190565b6001600160401b036001911601906001600160401b038211610ee557565b906001600160401b03809116911601906001600160401b038211610ee557565b903590601e19813603018212156107d257018035906001600160401b0382116107d2576020019181360383136107d257565b90821015611cf457612bd19160051b810190613096565b90821015611cf4570190565b909392938483116107d25784116107d2578101920390565b6001600160401b0381116107d657601f01601f191660200190565b91909161312b601a613103565b906131396040519283612c0b565b8193601a8352601a8201116107d25781601a603a9260205f9501370152565b9190916131656026613103565b906131736040519283612c0b565b81936026835260268201116107d25781602660469260205f9501370152565b92919261319e82613103565b916131ac6040519384612c0b565b8294818452818301116107d2578281602093845f960137010152565b9190811015611cf45760051b81013590609e19813603018212156107d2570190565b91908201809211610ee557565b91908203918211610ee557565b908060209392818452848401375f828201840152601f01601f1916010190565b5f5160206158b75f395f51905f525c61324a5760015f5160206158b75f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03918261326c83612ec9565b91169216821480159190613283575b506108115750565b6132939150610832903690612d04565b815f52600c60205260405f205414155f61327b565b94959693906132b79087613076565b925f915f5b81811061337d5750505003613361576001600160401b039093929316915b6001600160401b038116948386101561332b576001600160401b0391613316600192885f52600960205261331060405f2061412a565b906131ea565b965f5260096020525f604081205501166132da565b94509150916001600160401b03167f964a1cacc1856ec3fc82bdd1c4577ae8ccc942dc6b6a1ac5efaf3787a234200f5f80a29190565b6001600160401b0383631ddc730f60e11b5f521660045260245ffd5b6133888183856130c8565b909460405160208101918252828760408301376133b86040828581015f838201520301601f198101835282612c0b565b519020948115611cf457803560f81c600481148061350a575b156134415782602d116107d257601982013590836007116107d257600583013591846017116107d25760059261341691600786013560801c9160f01c9060601c6135aa565b14613426575b50506001016132bc565b9a87613437939b8b9360019e614b81565b999098905f61341c565b6005811480613500575b1561349557826019116107d25760058201359083601b116107d25760198301359184602b116107d25760059261349091601b86013560801c9160f01c9060601c6135aa565b613416565b60078114806134f6575b156134e45782602b116107d257601782013590836007116107d257600583013591846017116107d25760059261349091600786013560801c9160f01c9060601c6135aa565b630b04011760e11b5f5260045260245ffd5b50602b831461349f565b50602b831461344b565b50602d83146133d1565b906001600160801b03169081156135a65760018060a01b0316805f52600e60205260405f205f805260205260405f20826001600160801b03825416016001600160801b038111610ee5575f937f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926001600160801b03602093166001600160801b0319825416179055604051908152a3565b5050565b916001600160801b03169182156136455760018060a01b031690815f52600e60205260405f2061ffff82165f5260205260405f20836001600160801b03825416016001600160801b038111610ee5577f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926020926001600160801b0361ffff93166001600160801b03198254161790556040519586521693a3565b505050565b90602080835192838152019201905f5b8181106136675750505090565b825184526020938401939092019160010161365a565b9392909382604082016040835252606081019460608460051b83010193815f90601e19813603015b8383106136c75750505050506136c4939450602081840391015261364a565b90565b9091929396605f19868203018a528735828112156107d257830190602082359201916001600160401b0381116107d25780360383136107d2576137106020928392600195613204565b99019a0193019190989392986136a5565b5f198114610ee55760010190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9392600192915f805b87518610156137a0578015613777575b60019095019461375c565b50600161ffff613787878a613012565b511661ffff6137958a613005565b51161415905061376c565b909294509490929415613a495792918551916137bb83612fbc565b926137c96040519485612c0b565b8084526137d8601f1991612fbc565b0136602085013780915b8751831015613a3f576137f58385613012565b51613a345761ffff613807848a613012565b5116948296845b8a51811015613849578761ffff613825838e613012565b511614613835575b60010161380e565b97613841600191613721565b98905061382d565b509590939791949896929661385d84612fbc565b9361386b6040519586612c0b565b808552601f1961387a82612fbc565b01895b818110613a2357505061388f90612fd3565b9780978a5b8351811015613922578c8b8661ffff6138ad8589613012565b5116146138bf575b5050600101613894565b9a60016139128461391894819f8f8f8f928f9186613906926138fe8c8c9f6138ef6138f791839961390c9b6130c8565b959096613012565b5192613012565b523691613192565b92613012565b52613012565b52613721565b9990508c8b6138b5565b509598929094919a96975098929884528360205260018060a01b0360408520541690813b15613a1f5791849160405193849263389c660760e21b84526044840160406004860152825180915260648501602060648360051b880101940191875b8181106139ea57505050506139a58492839260031984830301602485015261364a565b03915afa80156139df579083916139c6575b50506001905b019194936137e2565b816139d091612c0b565b6139db57815f6139b7565b5080fd5b6040513d85823e3d90fd5b9296509294965092602080613a0b6001936063198c8203018852895161372f565b970194019101908996949288969492613982565b8480fd5b806060602080938a0101520161387d565b9394916001906139bd565b5050505050915050565b9461ffff9150613a5b90939293613005565b51165f908152602081905260409020546001600160a01b0316803b156107d257613a9e935f936040519586948593849363389c660760e21b85526004850161367d565b03915afa80156107ad57613aaf5750565b5f613ab991612c0b565b565b60405190613ac882612bd5565b5f60c0838281528260208201528260408201528260608201528260808201528260a08201520152565b9190811015611cf45760051b81013590607e19813603018212156107d2570190565b3d15613b3d573d90613b2482613103565b91613b326040519384612c0b565b82523d5f602084013e565b606090565b3563ffffffff811681036107d25790565b90613b6595949392915f6080526152b2565b60805190565b929190613b76613abb565b613b7f82612ec9565b6001600160401b03806060880151169116108015613f31575b613f0d576080820135955f5160206158975f395f51905f52871015613efe57604083019361ffff613bc886613026565b165f908152602081905260409020546001600160a01b031615613eef576001600160401b03613bf981895116613058565b1683526001600160401b03613c0d85612ec9565b1660608401528760a084015261ffff613c2586613026565b166020840152613c3860e0850185613096565b9790955f5f5f908b5f948794690b182b352b2d26122b00925b8d818310613dc057505050505050613c6d610100890189613096565b91905003613db157613c8c6001600160401b039160a0959b989b612f9c565b16604086015260808501520151825197613ca588612ec9565b97613cb260208201613b42565b613cbe60608301613b42565b905f5b888015613cef57905f5160206158975f395f51905f528c8c82945f19019c5f19910101355f1a920908613cc1565b50959a5f995060c095985060209a9394979c604051988c8a019a8b5260408a01526001600160401b03871b90871b1660608901526001600160401b03861b90861b16606888015263ffffffff60e01b9060e01b16607087015263ffffffff60e01b9060e01b16607486015260a082013560788601526098850152013560b883015260d882015260d88152613d8460f882612c0b565b604051918291518091835e8101838152039060025afa156107ad575f516001600160fd1b031660c0830152565b6305df175760e51b5f5260045ffd5b91613dd59181959899939b969b9794976130df565b3560f581901c6107f816999060f81c80156008828d04141715610ee557600981118015613ee2575b613ecc57508f613e1260ff898d1c16866131ea565b11613eb957613e2090613721565b9361ffff613e2d87613026565b168511613e9a578f93613e828f948f613e7a908b9a99968f968660ff9f9e9a60ff90828e613e668f94613e6c95613e919f1c16836131ea565b926130eb565b959094610100810190613096565b959094614cc0565b9a919a98909a9c1c16906131ea565b90939192613c51565b61ffff613ea687613026565b63646ed64b60e01b5f521660045260245ffd5b8363e4b4973360e01b5f5260045260245ffd5b8463dccf273160e01b5f5260045260245260445ffd5b5060ff888c1c1615613dfd565b63a93c690160e01b5f5260045ffd5b6336659a7f60e01b5f5260045ffd5b6001600160401b03613f1e83612ec9565b6343aa354960e11b5f521660045260245ffd5b50613f3b82612ec9565b610384420190814211610ee5576001600160401b031611613b98565b919290926001600160401b0360408501928184511682613f7e602088019282845116613076565b16905261400e828751169460c08801957fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c16246040885160a08c015182519182526020820152a2838089511691827f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a25116926080890151906040890196868851169260608b01968751956132a8565b9091521690525160a08201519061402b6080840192835190613012565b5261ffff60208401511661404560c0840151835190613012565b526140508151613721565b905252565b9061406e9060609360c08401519160a085015192613753565b805180516140856001600160401b03821692612f21565b825f52600c60205260405f205567ffffffffffffffff60401b600b54926001600160401b0360801b8360801b16936001600160401b0360c01b16179160401b161717600b556020810151600a5467ffffffffffffffff60401b6001600160401b036040850151169260401b16906001600160801b0319161717600a5501518061410b5750565b600454613ab9916001600160801b0316906001600160a01b0316613514565b5460d01c633b9aca00810290808204633b9aca001490151715610ee55790565b356001600160e01b0319811692919060048210614165575050565b6001600160e01b031960049290920360031b82901b16169150565b9092919261418c613abb565b9361419682612ec9565b6001600160401b03806060860151169116108015614703575b613f0d5760408201355f5160206158975f395f51905f52811015613efe576001600160401b036141e181865116613058565b1686526001600160401b036141f584612ec9565b1660608701528060a087015260357f0000000000000000000000000000000000000000000000000000000000000000027f000000000000000000000000000000000000000000000000000000000000000081046035147f0000000000000000000000000000000000000000000000000000000000000000151715610ee5576054019384605411610ee55760a0906142a461428e87613103565b9661429c6040519889612c0b565b808852613103565b601f19013660208801370151865190919060c01b6001600160c01b03191667ffffffffffffffff60801b6142d786612ec9565b60801b161763ffffffff60601b6142f060208701613b42565b60601b1617916020860152604085015260608401526143126060830183613096565b919283925f9283928392909190690b182b352b2d26122b00845b8281106143be575b50505050806080614346920190613096565b91905003613db1576001600160401b0361436661ffff9561437695612f9c565b1660408801526080870152615169565b16806020850152603581029080820460351490151715610ee5576054019081605411610ee557602091825f920160025afa156107d2575f516001600160fd1b031660c0830152565b828110614659575b8783821461465257506143da8184866130df565b3560f881901c9060f51c6107f81681156008838304141715610ee5578360ff911c169160098211801561464a575b614635578461441784836131ea565b11614623576008821491821561461a5760ff60025b16927f0000000000000000000000000000000000000000000000000000000000000000614459858e6131ea565b116145e757848f60748e916035878d0193020101376002821480156145dd575b1561451757505061448a83826131ea565b600619810193908411610ee5576144a181836131ea565b600119810192908311610ee5576144e6816144c46144eb956144f1988b8d6130eb565b6001600160d81b0319913591821691600582106144f7575b505060d81c61511c565b6131ea565b986131ea565b9661432c565b6001600160d81b031960059290920360031b82901b161690505f806144dc565b9193911561457e5750600e830190818411610ee5576012840191828511610ee5578461455161454b85614559948b8d6130eb565b9061414a565b60e01c61511c565b6016840193848111610ee5576144e68161455161454b6144f1986144eb978c8e6130eb565b9192909160081901614599575b6144f192916144eb916131ea565b9981976145ce918c6144eb9b6145be6145b66144f19897846131ea565b838b8d6130eb565b939092613e7a60808e018e613096565b919b909950909791925061458b565b5060038214614479565b63646ed64b60e01b5f527f000000000000000000000000000000000000000000000000000000000000000060045260245ffd5b60ff600161442c565b63e4b4973360e01b5f5260045260245ffd5b63dccf273160e01b5f5260045260245260445ffd5b508215614408565b9750614334565b80849d939a9b9c929994979596970190600282355f1a600381149182911417156146ee5760140291600760da1b600b82850101358116147f00000000000000000000000000000000000000000000000000000000000000008b146012848601018e1017176146ee57916012918a8f94607460019660358688019402010137010197019998919b9297909a9996959493956143be565b5090509b9297909a9998919b959493956143c6565b5061470d82612ec9565b610384420190814211610ee5576001600160401b0316116141af565b6001600160a01b031690811561476657815f52600560205261ffff60405f2054169182156147545750565b6342f22db560e01b5f5260045260245ffd5b5f9150565b80156147f2575f805260086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c7546147a591906131ea565b6001600160801b0381116147df575f805260086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c755565b632027862b60e11b5f525f60045260245ffd5b50565b81156135a65761ffff614816911691825f52600860205260405f20546131ea565b906001600160801b038211614833575f52600860205260405f2055565b632027862b60e11b5f5260045260245ffd5b6149ac907f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff92936001600160401b03600a5460801c16946148af7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316613076565b91604051916148bd83612bf0565b6001600160601b0319168252602082019064ffffffffff84168252604083016001815265ffffffffffff633b9aca006001600160401b0360608701941604168252885f52600960205260405f20935160601c9284549064ffffffffff60a01b905160a01b169160ff60c81b905160c81b169265ffffffffffff60d01b905160d01b169360018060d01b039165ffffffffffff60d01b161716171717905561496385613058565b600a54906001600160401b0360801b9060801b16906001600160401b0360801b191617600a556001600160401b036040519384936001855260606020860152606085019061372f565b911660408301520390a2565b909291926001600160801b036149cd85614729565b93169182156107ea5760018060a01b031692835f52600e60205260405f2061ffff82165f526020526001600160801b0360405f205416808411614b6f57839003906001600160801b038211610ee55761ffff91855f52600e60205260405f208383165f526020526001600160801b0360405f2091166001600160801b03198254161790551693845f52600860205260405f20614a6a8482546131f7565b905584614adc57505f808080856001600160a01b0386165af1614a8b613b13565b5015614acd577f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040915b82519182526001600160a01b03166020820152a3565b630db2c7f160e31b5f5260045ffd5b60405163a9059cbb60e01b5f9081526001600160a01b038481166004526024869052929092169160209060448180865af19060015f5114821615614b4e575b604052156111fc57507f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed30463391604091614ab7565b906001811516614b6657823b15153d15161690614b1b565b503d5f823e3d90fd5b63bba5571960e01b5f5260045260245ffd5b926001600160401b039096959496169381602b11601b850135906001600160801b03801983169260801c161515925b6001600160401b0386169780891015614c5357885f526009602052614bfa60405f2097600560ff614be08b61412a565b9a5460c81c16149a5f5260096020525f6040812055612e86565b9815614c415750506107d2575015614c34576019116107d257614c30916001600160801b0391909116906005013560601c613514565b9190565b5090506136c491936131ea565b9795614c4d919a6131ea565b98614bb0565b6001600160401b0382631ddc730f60e11b5f521660045260245ffd5b6001929190815b614c7e575050565b600180831614614ca5575b805f5160206158975f395f51905f5291099060011c9081614c76565b925f5160206158975f395f51905f5284819209939050614c89565b9291909397958415611cf457833560f81c95600187148015615112575b15614de05750505082602b116107d257614cfa3660058401613158565b8051602090910120600a546001600160401b03838116926001600160601b0319169160801c16821015614dcd57815f52600960205260405f205490600160ff8360c81c161491821592614db5575b5050614da35750614d5a600791612e86565b9314614d68575b5050929190565b6040614d9891838298959851948592602084019788528484013781015f838201520301601f198101835282612c0b565b519020925f80614d61565b636a74ceb360e01b5f5260045260245ffd5b60601b6001600160601b031916141590505f80614d48565b5063a13f432b60e01b5f5260045260245ffd5b909192939895600581145f14614eb3575050505081601b116107d257614e09366001880161311e565b8051602090910120600a546001600160401b03838116926001600160601b0319169160801c16821015614dcd57815f52600960205260405f205490600560ff8360c81c161491821592614e9b575b5050614da357506040614e6c614e9492612e86565b96838251948592602084019788528484013781015f838201520301601f198101835282612c0b565b5190209190565b60601b6001600160601b031916141590505f80614e57565b93989360048103614eef57505050506040614e9491838251948592602084019788528484013781015f838201520301601f198101835282612c0b565b9598979592949392600681036150fc57506041860195868111610ee5578287116150e957604051614f21606082612c0b565b60288152676c6c75703a63706b60c01b604060208301927f19457468657265756d205369676e6564204d6573736167653a0a37367a6b726f84520152856005116107d25760018501356001600160e01b031916603187106107d257602d8601356001600160e01b031916601988106107d2576001600160601b0319600588013516906040519260286020850195865e6001600160401b0360c01b7f000000000000000000000000000000000000000000000000000000000000000060c01b1660488501526001600160401b0360c01b4660c01b1660508501523060601b6058850152606c8401526070830152607482015260688152615021608882612c0b565b51902060208201808311610ee55761504461503e828588886130eb565b90615214565b9260408101809111610ee5578561506661503e8361506c956150769a8a6130eb565b956130df565b3560f81c90615230565b5060048193929310156150d55715928315936150ad575b50505061509b575091929190565b630265dbb160e41b5f5260045260245ffd5b90919250602d116107d2576019013560601c6001600160a01b039190911614155f808061508d565b634e487b7160e01b5f52602160045260245ffd5b85630265dbb160e41b5f5260045260245ffd5b8563dccf273160e01b5f5260045260245260445ffd5b5060078714614cdd565b601f6407ffffffff8260051c169116604d8111610ee557600a0a90818102918183041490151715610ee5576001600160801b03106151575750565b63c7e15aad60e01b5f5260045260245ffd5b7f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000005f5b8381106151e1575050505061ffff7f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160fc1b0381168103610ee55761ffff828260041b1c168084111561520c57506001016151ae565b935050505090565b359060208110615222575090565b5f199060200360031b1b1690565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116152a7579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156107ad575f516001600160a01b0381161561529d57905f905f90565b505f906001905f90565b5050505f9160039190565b5f9594929392907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615610a8b578386036119d8575f9584159283801561588c575b61587957854961585c575f9796975b86811061580057505f5b85811061577f57505f5160206158975f395f51905f52870660805261533986612fd3565b915f985f905f995b898310615517575050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b156107d2575f9161539b604051948593849363389c660760e21b85526004850161367d565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa80156107ad57615502575b5091938694879388915b80831061543c57505050506201f00083029283046201f0001417156154285711615419570361540a5750565b6344d461d160e11b8152600490fd5b6344d461d160e11b8352600483fd5b634e487b7160e01b85526011600452602485fd5b919490929661544c868486613035565b975f5160206158975f395f51905f5260a08a0135108015906154e7575b6154d85761547983608051614c6f565b906154c45788939263ffffffff6154b360605f5160206158975f395f51905f528f96816154ba9760c060019a9c0135900990089c01613b42565b16906131ea565b95019192906153de565b634e487b7160e01b8b52601260045260248bfd5b630474be3f60e51b8b5260048bfd5b505f5160206158975f395f51905f5260c08a01351015615469565b61550f9197505f90612c0b565b5f955f6153d4565b90919a6155258c8b85613af1565b5f5160206158975f395f51905f52813510801590615764575b615755577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018d6040516020810191868352604082015260408152615583606082612c0b565b519020066060820160606155978285613096565b905003615742575f8f60806155eb6155b0849588613096565b92908360405194859260208401974988528a604085015260208c0135606085015284840137810186838201520301601f198101835282612c0b565b5190600a620186a0fa6155fc613b13565b90159081156156ec575b506156d9575f6020916040840135938360405191818301938135855260408401520135606082015260805160808201528460a082015260a0815261564b60c082612c0b565b604051918291518091835e8101838152039060025afa156107ad575f516001600160fd1b031661567b8e89613012565b526201f0008d028d8082046201f0001490151715610ee55761569f90608051614c6f565b9b6156c5576001915f5160206158975f395f51905f5280925f9e0990089b019190615341565b634e487b7160e01b5f52601260045260245ffd5b8d632a16f58760e11b5f5260045260245ffd5b905060208151910120604051602081019061100082527f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001604082015260408152615737606082612c0b565b51902014155f615606565b8e632a16f58760e11b5f5260045260245ffd5b630474be3f60e51b5f5260045ffd5b505f5160206158975f395f51905f526040820135101561553e565b979660019061578f8a8887613035565b61579b60608201613b42565b9060a06157b56157ae60e0840184613096565b3691613192565b6020815191012091604051936020850195865263ffffffff60e01b9060e01b166040850152013560448301526064820152606481526157f5608482612c0b565b519020979801615315565b97968849801561584957906001916158198b8a8c613af1565b356040519160208301938452604083015260608201526060815261583e608082612c0b565b51902097980161530b565b896341943cf160e11b5f5260045260245ffd5b60018601808711610ee5576341943cf160e11b5f5260045260245ffd5b856341943cf160e11b5f5260045260245ffd5b50600686116152fc56fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint16[],address[],address,uint256,uint256,uint64,uint64,bytes32,address,address,uint64,address,address) c) returns()
func (rollup *Rollup) PackConstructor(c RollupConfig) []byte {
	enc, err := rollup.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBLOBBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79d24967.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BLOB_BYTES() view returns(uint256)
func (rollup *Rollup) PackBLOBBYTES() []byte {
	enc, err := rollup.abi.Pack("BLOB_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBLOBBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79d24967.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BLOB_BYTES() view returns(uint256)
func (rollup *Rollup) TryPackBLOBBYTES() ([]byte, error) {
	return rollup.abi.Pack("BLOB_BYTES")
}

// UnpackBLOBBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79d24967.
//
// Solidity: function BLOB_BYTES() view returns(uint256)
func (rollup *Rollup) UnpackBLOBBYTES(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("BLOB_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPRIORITYEXPIRYBLOCKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d91cf03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PRIORITY_EXPIRY_BLOCKS() view returns(uint64)
func (rollup *Rollup) PackMAXPRIORITYEXPIRYBLOCKS() []byte {
	enc, err := rollup.abi.Pack("MAX_PRIORITY_EXPIRY_BLOCKS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPRIORITYEXPIRYBLOCKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d91cf03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PRIORITY_EXPIRY_BLOCKS() view returns(uint64)
func (rollup *Rollup) TryPackMAXPRIORITYEXPIRYBLOCKS() ([]byte, error) {
	return rollup.abi.Pack("MAX_PRIORITY_EXPIRY_BLOCKS")
}

// UnpackMAXPRIORITYEXPIRYBLOCKS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d91cf03.
//
// Solidity: function MAX_PRIORITY_EXPIRY_BLOCKS() view returns(uint64)
func (rollup *Rollup) UnpackMAXPRIORITYEXPIRYBLOCKS(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("MAX_PRIORITY_EXPIRY_BLOCKS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXPRIORITYFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc90e3446.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PRIORITY_FEE() view returns(uint64)
func (rollup *Rollup) PackMAXPRIORITYFEE() []byte {
	enc, err := rollup.abi.Pack("MAX_PRIORITY_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPRIORITYFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc90e3446.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PRIORITY_FEE() view returns(uint64)
func (rollup *Rollup) TryPackMAXPRIORITYFEE() ([]byte, error) {
	return rollup.abi.Pack("MAX_PRIORITY_FEE")
}

// UnpackMAXPRIORITYFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc90e3446.
//
// Solidity: function MAX_PRIORITY_FEE() view returns(uint64)
func (rollup *Rollup) UnpackMAXPRIORITYFEE(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("MAX_PRIORITY_FEE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINPRIORITYEXPIRYBLOCKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac63a5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_PRIORITY_EXPIRY_BLOCKS() view returns(uint64)
func (rollup *Rollup) PackMINPRIORITYEXPIRYBLOCKS() []byte {
	enc, err := rollup.abi.Pack("MIN_PRIORITY_EXPIRY_BLOCKS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINPRIORITYEXPIRYBLOCKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac63a5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_PRIORITY_EXPIRY_BLOCKS() view returns(uint64)
func (rollup *Rollup) TryPackMINPRIORITYEXPIRYBLOCKS() ([]byte, error) {
	return rollup.abi.Pack("MIN_PRIORITY_EXPIRY_BLOCKS")
}

// UnpackMINPRIORITYEXPIRYBLOCKS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeac63a5b.
//
// Solidity: function MIN_PRIORITY_EXPIRY_BLOCKS() view returns(uint64)
func (rollup *Rollup) UnpackMINPRIORITYEXPIRYBLOCKS(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("MIN_PRIORITY_EXPIRY_BLOCKS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOPSIZES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x175b41d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SIZES() view returns(uint256)
func (rollup *Rollup) PackOPSIZES() []byte {
	enc, err := rollup.abi.Pack("OP_SIZES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSIZES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x175b41d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SIZES() view returns(uint256)
func (rollup *Rollup) TryPackOPSIZES() ([]byte, error) {
	return rollup.abi.Pack("OP_SIZES")
}

// UnpackOPSIZES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x175b41d9.
//
// Solidity: function OP_SIZES() view returns(uint256)
func (rollup *Rollup) UnpackOPSIZES(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("OP_SIZES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPRIORITYFEEUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23651a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PRIORITY_FEE_UNIT() view returns(uint64)
func (rollup *Rollup) PackPRIORITYFEEUNIT() []byte {
	enc, err := rollup.abi.Pack("PRIORITY_FEE_UNIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPRIORITYFEEUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23651a33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PRIORITY_FEE_UNIT() view returns(uint64)
func (rollup *Rollup) TryPackPRIORITYFEEUNIT() ([]byte, error) {
	return rollup.abi.Pack("PRIORITY_FEE_UNIT")
}

// UnpackPRIORITYFEEUNIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23651a33.
//
// Solidity: function PRIORITY_FEE_UNIT() view returns(uint64)
func (rollup *Rollup) UnpackPRIORITYFEEUNIT(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("PRIORITY_FEE_UNIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSLOTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30f0a6d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLOT_BYTES() view returns(uint256)
func (rollup *Rollup) PackSLOTBYTES() []byte {
	enc, err := rollup.abi.Pack("SLOT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLOTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30f0a6d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLOT_BYTES() view returns(uint256)
func (rollup *Rollup) TryPackSLOTBYTES() ([]byte, error) {
	return rollup.abi.Pack("SLOT_BYTES")
}

// UnpackSLOTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30f0a6d9.
//
// Solidity: function SLOT_BYTES() view returns(uint256)
func (rollup *Rollup) UnpackSLOTBYTES(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("SLOT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238efcbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptGovernance() returns()
func (rollup *Rollup) PackAcceptGovernance() []byte {
	enc, err := rollup.abi.Pack("acceptGovernance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238efcbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptGovernance() returns()
func (rollup *Rollup) TryPackAcceptGovernance() ([]byte, error) {
	return rollup.abi.Pack("acceptGovernance")
}

// PackAccountDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf86be708.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountDepth() view returns(uint256)
func (rollup *Rollup) PackAccountDepth() []byte {
	enc, err := rollup.abi.Pack("accountDepth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf86be708.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountDepth() view returns(uint256)
func (rollup *Rollup) TryPackAccountDepth() ([]byte, error) {
	return rollup.abi.Pack("accountDepth")
}

// UnpackAccountDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf86be708.
//
// Solidity: function accountDepth() view returns(uint256)
func (rollup *Rollup) UnpackAccountDepth(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("accountDepth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActivateExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7e7aacd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateExodusMode() returns()
func (rollup *Rollup) PackActivateExodusMode() []byte {
	enc, err := rollup.abi.Pack("activateExodusMode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7e7aacd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateExodusMode() returns()
func (rollup *Rollup) TryPackActivateExodusMode() ([]byte, error) {
	return rollup.abi.Pack("activateExodusMode")
}

// PackAddToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48bfca7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addToken(address token) returns()
func (rollup *Rollup) PackAddToken(token common.Address) []byte {
	enc, err := rollup.abi.Pack("addToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48bfca7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addToken(address token) returns()
func (rollup *Rollup) TryPackAddToken(token common.Address) ([]byte, error) {
	return rollup.abi.Pack("addToken", token)
}

// PackBalanceDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x788ef4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceDepth() view returns(uint256)
func (rollup *Rollup) PackBalanceDepth() []byte {
	enc, err := rollup.abi.Pack("balanceDepth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x788ef4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceDepth() view returns(uint256)
func (rollup *Rollup) TryPackBalanceDepth() ([]byte, error) {
	return rollup.abi.Pack("balanceDepth")
}

// UnpackBalanceDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x788ef4f5.
//
// Solidity: function balanceDepth() view returns(uint256)
func (rollup *Rollup) UnpackBalanceDepth(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("balanceDepth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobCommitEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ce85441.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobCommitEnd(uint64 ) view returns(bool)
func (rollup *Rollup) PackBlobCommitEnd(arg0 uint64) []byte {
	enc, err := rollup.abi.Pack("blobCommitEnd", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobCommitEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ce85441.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobCommitEnd(uint64 ) view returns(bool)
func (rollup *Rollup) TryPackBlobCommitEnd(arg0 uint64) ([]byte, error) {
	return rollup.abi.Pack("blobCommitEnd", arg0)
}

// UnpackBlobCommitEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ce85441.
//
// Solidity: function blobCommitEnd(uint64 ) view returns(bool)
func (rollup *Rollup) UnpackBlobCommitEnd(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("blobCommitEnd", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBlobVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75b033ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobVerifier() view returns(address)
func (rollup *Rollup) PackBlobVerifier() []byte {
	enc, err := rollup.abi.Pack("blobVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75b033ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobVerifier() view returns(address)
func (rollup *Rollup) TryPackBlobVerifier() ([]byte, error) {
	return rollup.abi.Pack("blobVerifier")
}

// UnpackBlobVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75b033ed.
//
// Solidity: function blobVerifier() view returns(address)
func (rollup *Rollup) UnpackBlobVerifier(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("blobVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBlockShapes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecf5cc2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockShapes() view returns(uint16[] shapes)
func (rollup *Rollup) PackBlockShapes() []byte {
	enc, err := rollup.abi.Pack("blockShapes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockShapes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecf5cc2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockShapes() view returns(uint16[] shapes)
func (rollup *Rollup) TryPackBlockShapes() ([]byte, error) {
	return rollup.abi.Pack("blockShapes")
}

// UnpackBlockShapes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xecf5cc2e.
//
// Solidity: function blockShapes() view returns(uint16[] shapes)
func (rollup *Rollup) UnpackBlockShapes(data []byte) ([]uint16, error) {
	out, err := rollup.abi.Unpack("blockShapes", data)
	if err != nil {
		return *new([]uint16), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint16)).(*[]uint16)
	return out0, nil
}

// PackBlockSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a770d09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockSlots() view returns(uint256)
func (rollup *Rollup) PackBlockSlots() []byte {
	enc, err := rollup.abi.Pack("blockSlots")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a770d09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockSlots() view returns(uint256)
func (rollup *Rollup) TryPackBlockSlots() ([]byte, error) {
	return rollup.abi.Pack("blockSlots")
}

// UnpackBlockSlots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a770d09.
//
// Solidity: function blockSlots() view returns(uint256)
func (rollup *Rollup) UnpackBlockSlots(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("blockSlots", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlockVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65e22bb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockVerifierOf(uint256 ) view returns(address)
func (rollup *Rollup) PackBlockVerifierOf(arg0 *big.Int) []byte {
	enc, err := rollup.abi.Pack("blockVerifierOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65e22bb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockVerifierOf(uint256 ) view returns(address)
func (rollup *Rollup) TryPackBlockVerifierOf(arg0 *big.Int) ([]byte, error) {
	return rollup.abi.Pack("blockVerifierOf", arg0)
}

// UnpackBlockVerifierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65e22bb2.
//
// Solidity: function blockVerifierOf(uint256 ) view returns(address)
func (rollup *Rollup) UnpackBlockVerifierOf(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("blockVerifierOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBlocksCommitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48ed7b3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocksCommitted() view returns(uint64)
func (rollup *Rollup) PackBlocksCommitted() []byte {
	enc, err := rollup.abi.Pack("blocksCommitted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocksCommitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48ed7b3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocksCommitted() view returns(uint64)
func (rollup *Rollup) TryPackBlocksCommitted() ([]byte, error) {
	return rollup.abi.Pack("blocksCommitted")
}

// UnpackBlocksCommitted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48ed7b3a.
//
// Solidity: function blocksCommitted() view returns(uint64)
func (rollup *Rollup) UnpackBlocksCommitted(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("blocksCommitted", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBlocksExecuted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ed51609.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocksExecuted() view returns(uint64)
func (rollup *Rollup) PackBlocksExecuted() []byte {
	enc, err := rollup.abi.Pack("blocksExecuted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocksExecuted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ed51609.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocksExecuted() view returns(uint64)
func (rollup *Rollup) TryPackBlocksExecuted() ([]byte, error) {
	return rollup.abi.Pack("blocksExecuted")
}

// UnpackBlocksExecuted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ed51609.
//
// Solidity: function blocksExecuted() view returns(uint64)
func (rollup *Rollup) UnpackBlocksExecuted(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("blocksExecuted", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBlocksProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95845c43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocksProven() view returns(uint64)
func (rollup *Rollup) PackBlocksProven() []byte {
	enc, err := rollup.abi.Pack("blocksProven")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocksProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95845c43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocksProven() view returns(uint64)
func (rollup *Rollup) TryPackBlocksProven() ([]byte, error) {
	return rollup.abi.Pack("blocksProven")
}

// UnpackBlocksProven is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95845c43.
//
// Solidity: function blocksProven() view returns(uint64)
func (rollup *Rollup) UnpackBlocksProven(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("blocksProven", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCancelOutstandingDepositsForExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7efcfe85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelOutstandingDepositsForExodusMode(uint64 count, bytes[] requests) returns()
func (rollup *Rollup) PackCancelOutstandingDepositsForExodusMode(count uint64, requests [][]byte) []byte {
	enc, err := rollup.abi.Pack("cancelOutstandingDepositsForExodusMode", count, requests)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelOutstandingDepositsForExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7efcfe85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelOutstandingDepositsForExodusMode(uint64 count, bytes[] requests) returns()
func (rollup *Rollup) TryPackCancelOutstandingDepositsForExodusMode(count uint64, requests [][]byte) ([]byte, error) {
	return rollup.abi.Pack("cancelOutstandingDepositsForExodusMode", count, requests)
}

// PackCommitBlobBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc30c3e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBlobBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,uint16,uint32,bytes32,bytes32,bytes32,bytes,bytes)[] blocks, (bytes32,bytes32,bytes32,bytes)[] blobs, bytes[] blobProofs) returns()
func (rollup *Rollup) PackCommitBlobBlocks(last RollupStoredBlock, blocks []RollupBlobBlock, blobs []RollupBlobData, blobProofs [][]byte) []byte {
	enc, err := rollup.abi.Pack("commitBlobBlocks", last, blocks, blobs, blobProofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBlobBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc30c3e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBlobBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,uint16,uint32,bytes32,bytes32,bytes32,bytes,bytes)[] blocks, (bytes32,bytes32,bytes32,bytes)[] blobs, bytes[] blobProofs) returns()
func (rollup *Rollup) TryPackCommitBlobBlocks(last RollupStoredBlock, blocks []RollupBlobBlock, blobs []RollupBlobData, blobProofs [][]byte) ([]byte, error) {
	return rollup.abi.Pack("commitBlobBlocks", last, blocks, blobs, blobProofs)
}

// PackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd54aaf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,bytes32,bytes,bytes)[] blocks) returns()
func (rollup *Rollup) PackCommitBlocks(last RollupStoredBlock, blocks []RollupCommitBlock) []byte {
	enc, err := rollup.abi.Pack("commitBlocks", last, blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd54aaf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,bytes32,bytes,bytes)[] blocks) returns()
func (rollup *Rollup) TryPackCommitBlocks(last RollupStoredBlock, blocks []RollupCommitBlock) ([]byte, error) {
	return rollup.abi.Pack("commitBlocks", last, blocks)
}

// PackCommitProveExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95a4767d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitProveExecute((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,bytes32,bytes,bytes)[] blocks, bytes[] proofs, bytes[][] pendingOps) returns()
func (rollup *Rollup) PackCommitProveExecute(last RollupStoredBlock, blocks []RollupCommitBlock, proofs [][]byte, pendingOps [][][]byte) []byte {
	enc, err := rollup.abi.Pack("commitProveExecute", last, blocks, proofs, pendingOps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitProveExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95a4767d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitProveExecute((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,bytes32,bytes,bytes)[] blocks, bytes[] proofs, bytes[][] pendingOps) returns()
func (rollup *Rollup) TryPackCommitProveExecute(last RollupStoredBlock, blocks []RollupCommitBlock, proofs [][]byte, pendingOps [][][]byte) ([]byte, error) {
	return rollup.abi.Pack("commitProveExecute", last, blocks, proofs, pendingOps)
}

// PackCommitProveExecuteBlobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x451c2b16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitProveExecuteBlobs((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,uint16,uint32,bytes32,bytes32,bytes32,bytes,bytes)[] blocks, (bytes32,bytes32,bytes32,bytes)[] blobs, bytes[] blobProofs, bytes[] proofs, bytes[][] pendingOps) returns()
func (rollup *Rollup) PackCommitProveExecuteBlobs(last RollupStoredBlock, blocks []RollupBlobBlock, blobs []RollupBlobData, blobProofs [][]byte, proofs [][]byte, pendingOps [][][]byte) []byte {
	enc, err := rollup.abi.Pack("commitProveExecuteBlobs", last, blocks, blobs, blobProofs, proofs, pendingOps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitProveExecuteBlobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x451c2b16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitProveExecuteBlobs((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,uint16,uint32,bytes32,bytes32,bytes32,bytes,bytes)[] blocks, (bytes32,bytes32,bytes32,bytes)[] blobs, bytes[] blobProofs, bytes[] proofs, bytes[][] pendingOps) returns()
func (rollup *Rollup) TryPackCommitProveExecuteBlobs(last RollupStoredBlock, blocks []RollupBlobBlock, blobs []RollupBlobData, blobProofs [][]byte, proofs [][]byte, pendingOps [][][]byte) ([]byte, error) {
	return rollup.abi.Pack("commitProveExecuteBlobs", last, blocks, blobs, blobProofs, proofs, pendingOps)
}

// PackDepositERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc21204a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositERC20(address token, uint128 amount, address to) payable returns()
func (rollup *Rollup) PackDepositERC20(token common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := rollup.abi.Pack("depositERC20", token, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc21204a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositERC20(address token, uint128 amount, address to) payable returns()
func (rollup *Rollup) TryPackDepositERC20(token common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return rollup.abi.Pack("depositERC20", token, amount, to)
}

// PackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac91b4d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositETH(address to, uint128 amount) payable returns()
func (rollup *Rollup) PackDepositETH(to common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("depositETH", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac91b4d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositETH(address to, uint128 amount) payable returns()
func (rollup *Rollup) TryPackDepositETH(to common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("depositETH", to, amount)
}

// PackExecuteBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0828fba2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[][] pendingOps) returns()
func (rollup *Rollup) PackExecuteBlocks(blocks []RollupStoredBlock, pendingOps [][][]byte) []byte {
	enc, err := rollup.abi.Pack("executeBlocks", blocks, pendingOps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0828fba2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[][] pendingOps) returns()
func (rollup *Rollup) TryPackExecuteBlocks(blocks []RollupStoredBlock, pendingOps [][][]byte) ([]byte, error) {
	return rollup.abi.Pack("executeBlocks", blocks, pendingOps)
}

// PackExitVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52822bfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitVerifier() view returns(address)
func (rollup *Rollup) PackExitVerifier() []byte {
	enc, err := rollup.abi.Pack("exitVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52822bfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitVerifier() view returns(address)
func (rollup *Rollup) TryPackExitVerifier() ([]byte, error) {
	return rollup.abi.Pack("exitVerifier")
}

// UnpackExitVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52822bfb.
//
// Solidity: function exitVerifier() view returns(address)
func (rollup *Rollup) UnpackExitVerifier(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("exitVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b8c062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exited(uint32 , uint16 ) view returns(bool)
func (rollup *Rollup) PackExited(arg0 uint32, arg1 uint16) []byte {
	enc, err := rollup.abi.Pack("exited", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b8c062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exited(uint32 , uint16 ) view returns(bool)
func (rollup *Rollup) TryPackExited(arg0 uint32, arg1 uint16) ([]byte, error) {
	return rollup.abi.Pack("exited", arg0, arg1)
}

// UnpackExited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b8c062a.
//
// Solidity: function exited(uint32 , uint16 ) view returns(bool)
func (rollup *Rollup) UnpackExited(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("exited", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x264c0912.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exodusMode() view returns(bool)
func (rollup *Rollup) PackExodusMode() []byte {
	enc, err := rollup.abi.Pack("exodusMode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x264c0912.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exodusMode() view returns(bool)
func (rollup *Rollup) TryPackExodusMode() ([]byte, error) {
	return rollup.abi.Pack("exodusMode")
}

// UnpackExodusMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (rollup *Rollup) UnpackExodusMode(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("exodusMode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (rollup *Rollup) PackFeeRecipient() []byte {
	enc, err := rollup.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (rollup *Rollup) TryPackFeeRecipient() ([]byte, error) {
	return rollup.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (rollup *Rollup) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFirstPriorityOp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23079522.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function firstPriorityOp() view returns(uint64)
func (rollup *Rollup) PackFirstPriorityOp() []byte {
	enc, err := rollup.abi.Pack("firstPriorityOp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFirstPriorityOp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23079522.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function firstPriorityOp() view returns(uint64)
func (rollup *Rollup) TryPackFirstPriorityOp() ([]byte, error) {
	return rollup.abi.Pack("firstPriorityOp")
}

// UnpackFirstPriorityOp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23079522.
//
// Solidity: function firstPriorityOp() view returns(uint64)
func (rollup *Rollup) UnpackFirstPriorityOp(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("firstPriorityOp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address)
func (rollup *Rollup) PackGovernance() []byte {
	enc, err := rollup.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address)
func (rollup *Rollup) TryPackGovernance() ([]byte, error) {
	return rollup.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (rollup *Rollup) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashStoredBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0994cb9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashStoredBlock((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) PackHashStoredBlock(b RollupStoredBlock) []byte {
	enc, err := rollup.abi.Pack("hashStoredBlock", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashStoredBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0994cb9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashStoredBlock((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) TryPackHashStoredBlock(b RollupStoredBlock) ([]byte, error) {
	return rollup.abi.Pack("hashStoredBlock", b)
}

// UnpackHashStoredBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0994cb9e.
//
// Solidity: function hashStoredBlock((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) UnpackHashStoredBlock(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("hashStoredBlock", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextCommittedPriorityOp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dd179f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextCommittedPriorityOp() view returns(uint64)
func (rollup *Rollup) PackNextCommittedPriorityOp() []byte {
	enc, err := rollup.abi.Pack("nextCommittedPriorityOp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextCommittedPriorityOp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dd179f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextCommittedPriorityOp() view returns(uint64)
func (rollup *Rollup) TryPackNextCommittedPriorityOp() ([]byte, error) {
	return rollup.abi.Pack("nextCommittedPriorityOp")
}

// UnpackNextCommittedPriorityOp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dd179f9.
//
// Solidity: function nextCommittedPriorityOp() view returns(uint64)
func (rollup *Rollup) UnpackNextCommittedPriorityOp(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("nextCommittedPriorityOp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operators(address ) view returns(bool)
func (rollup *Rollup) PackOperators(arg0 common.Address) []byte {
	enc, err := rollup.abi.Pack("operators", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operators(address ) view returns(bool)
func (rollup *Rollup) TryPackOperators(arg0 common.Address) ([]byte, error) {
	return rollup.abi.Pack("operators", arg0)
}

// UnpackOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13e7c9d8.
//
// Solidity: function operators(address ) view returns(bool)
func (rollup *Rollup) UnpackOperators(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("operators", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOutstanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb863846e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outstanding(uint16 ) view returns(uint256)
func (rollup *Rollup) PackOutstanding(arg0 uint16) []byte {
	enc, err := rollup.abi.Pack("outstanding", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutstanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb863846e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outstanding(uint16 ) view returns(uint256)
func (rollup *Rollup) TryPackOutstanding(arg0 uint16) ([]byte, error) {
	return rollup.abi.Pack("outstanding", arg0)
}

// UnpackOutstanding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb863846e.
//
// Solidity: function outstanding(uint16 ) view returns(uint256)
func (rollup *Rollup) UnpackOutstanding(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("outstanding", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x824217c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingBalances(address , uint16 ) view returns(uint128)
func (rollup *Rollup) PackPendingBalances(arg0 common.Address, arg1 uint16) []byte {
	enc, err := rollup.abi.Pack("pendingBalances", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x824217c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingBalances(address , uint16 ) view returns(uint128)
func (rollup *Rollup) TryPackPendingBalances(arg0 common.Address, arg1 uint16) ([]byte, error) {
	return rollup.abi.Pack("pendingBalances", arg0, arg1)
}

// UnpackPendingBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x824217c2.
//
// Solidity: function pendingBalances(address , uint16 ) view returns(uint128)
func (rollup *Rollup) UnpackPendingBalances(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("pendingBalances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c38a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingGovernance() view returns(address)
func (rollup *Rollup) PackPendingGovernance() []byte {
	enc, err := rollup.abi.Pack("pendingGovernance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c38a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingGovernance() view returns(address)
func (rollup *Rollup) TryPackPendingGovernance() ([]byte, error) {
	return rollup.abi.Pack("pendingGovernance")
}

// UnpackPendingGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf39c38a0.
//
// Solidity: function pendingGovernance() view returns(address)
func (rollup *Rollup) UnpackPendingGovernance(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("pendingGovernance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPerformExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfa63235.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function performExodus((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) lastExecuted, uint32 accountId, address owner, uint16 token, uint128 amount, bytes proof) returns()
func (rollup *Rollup) PackPerformExodus(lastExecuted RollupStoredBlock, accountId uint32, owner common.Address, token uint16, amount *big.Int, proof []byte) []byte {
	enc, err := rollup.abi.Pack("performExodus", lastExecuted, accountId, owner, token, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPerformExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfa63235.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function performExodus((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32) lastExecuted, uint32 accountId, address owner, uint16 token, uint128 amount, bytes proof) returns()
func (rollup *Rollup) TryPackPerformExodus(lastExecuted RollupStoredBlock, accountId uint32, owner common.Address, token uint16, amount *big.Int, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("performExodus", lastExecuted, accountId, owner, token, amount, proof)
}

// PackPriorityExpiryBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3caddd94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priorityExpiryBlocks() view returns(uint64)
func (rollup *Rollup) PackPriorityExpiryBlocks() []byte {
	enc, err := rollup.abi.Pack("priorityExpiryBlocks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriorityExpiryBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3caddd94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priorityExpiryBlocks() view returns(uint64)
func (rollup *Rollup) TryPackPriorityExpiryBlocks() ([]byte, error) {
	return rollup.abi.Pack("priorityExpiryBlocks")
}

// UnpackPriorityExpiryBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3caddd94.
//
// Solidity: function priorityExpiryBlocks() view returns(uint64)
func (rollup *Rollup) UnpackPriorityExpiryBlocks(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("priorityExpiryBlocks", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPriorityFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbf814c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priorityFee() view returns(uint64)
func (rollup *Rollup) PackPriorityFee() []byte {
	enc, err := rollup.abi.Pack("priorityFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriorityFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbf814c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priorityFee() view returns(uint64)
func (rollup *Rollup) TryPackPriorityFee() ([]byte, error) {
	return rollup.abi.Pack("priorityFee")
}

// UnpackPriorityFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbf814c2.
//
// Solidity: function priorityFee() view returns(uint64)
func (rollup *Rollup) UnpackPriorityFee(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("priorityFee", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPriorityOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c1cde0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priorityOps(uint64 ) view returns(bytes20 hash, uint40 expiry, uint8 opType, uint48 feeGwei)
func (rollup *Rollup) PackPriorityOps(arg0 uint64) []byte {
	enc, err := rollup.abi.Pack("priorityOps", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriorityOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c1cde0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priorityOps(uint64 ) view returns(bytes20 hash, uint40 expiry, uint8 opType, uint48 feeGwei)
func (rollup *Rollup) TryPackPriorityOps(arg0 uint64) ([]byte, error) {
	return rollup.abi.Pack("priorityOps", arg0)
}

// PriorityOpsOutput serves as a container for the return parameters of contract
// method PriorityOps.
type PriorityOpsOutput struct {
	Hash    [20]byte
	Expiry  *big.Int
	OpType  uint8
	FeeGwei *big.Int
}

// UnpackPriorityOps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6c1cde0.
//
// Solidity: function priorityOps(uint64 ) view returns(bytes20 hash, uint40 expiry, uint8 opType, uint48 feeGwei)
func (rollup *Rollup) UnpackPriorityOps(data []byte) (PriorityOpsOutput, error) {
	out, err := rollup.abi.Unpack("priorityOps", data)
	outstruct := new(PriorityOpsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hash = *abi.ConvertType(out[0], new([20]byte)).(*[20]byte)
	outstruct.Expiry = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.OpType = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.FeeGwei = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProveBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30952d4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[] proofs) returns()
func (rollup *Rollup) PackProveBlocks(blocks []RollupStoredBlock, proofs [][]byte) []byte {
	enc, err := rollup.abi.Pack("proveBlocks", blocks, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30952d4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[] proofs) returns()
func (rollup *Rollup) TryPackProveBlocks(blocks []RollupStoredBlock, proofs [][]byte) ([]byte, error) {
	return rollup.abi.Pack("proveBlocks", blocks, proofs)
}

// PackRequestFullExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9b2adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFullExit(uint32 accountId, address token) payable returns()
func (rollup *Rollup) PackRequestFullExit(accountId uint32, token common.Address) []byte {
	enc, err := rollup.abi.Pack("requestFullExit", accountId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFullExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9b2adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFullExit(uint32 accountId, address token) payable returns()
func (rollup *Rollup) TryPackRequestFullExit(accountId uint32, token common.Address) ([]byte, error) {
	return rollup.abi.Pack("requestFullExit", accountId, token)
}

// PackRevertBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a6274f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revertBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32)[] blocks) returns()
func (rollup *Rollup) PackRevertBlocks(blocks []RollupStoredBlock) []byte {
	enc, err := rollup.abi.Pack("revertBlocks", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevertBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a6274f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revertBlocks((uint64,uint16,uint64,uint64,bytes32,bytes32,bytes32)[] blocks) returns()
func (rollup *Rollup) TryPackRevertBlocks(blocks []RollupStoredBlock) ([]byte, error) {
	return rollup.abi.Pack("revertBlocks", blocks)
}

// PackRollupChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad971653.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollupChainId() view returns(uint64)
func (rollup *Rollup) PackRollupChainId() []byte {
	enc, err := rollup.abi.Pack("rollupChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollupChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad971653.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollupChainId() view returns(uint64)
func (rollup *Rollup) TryPackRollupChainId() ([]byte, error) {
	return rollup.abi.Pack("rollupChainId")
}

// UnpackRollupChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad971653.
//
// Solidity: function rollupChainId() view returns(uint64)
func (rollup *Rollup) UnpackRollupChainId(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("rollupChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (rollup *Rollup) PackSetFeeRecipient(recipient common.Address) []byte {
	enc, err := rollup.abi.Pack("setFeeRecipient", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (rollup *Rollup) TryPackSetFeeRecipient(recipient common.Address) ([]byte, error) {
	return rollup.abi.Pack("setFeeRecipient", recipient)
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address operator, bool active) returns()
func (rollup *Rollup) PackSetOperator(operator common.Address, active bool) []byte {
	enc, err := rollup.abi.Pack("setOperator", operator, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address operator, bool active) returns()
func (rollup *Rollup) TryPackSetOperator(operator common.Address, active bool) ([]byte, error) {
	return rollup.abi.Pack("setOperator", operator, active)
}

// PackSetPriorityFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93f92c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPriorityFee(uint64 fee) returns()
func (rollup *Rollup) PackSetPriorityFee(fee uint64) []byte {
	enc, err := rollup.abi.Pack("setPriorityFee", fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPriorityFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93f92c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPriorityFee(uint64 fee) returns()
func (rollup *Rollup) TryPackSetPriorityFee(fee uint64) ([]byte, error) {
	return rollup.abi.Pack("setPriorityFee", fee)
}

// PackStoredBlockHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea36f990.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedBlockHashes(uint64 ) view returns(bytes32)
func (rollup *Rollup) PackStoredBlockHashes(arg0 uint64) []byte {
	enc, err := rollup.abi.Pack("storedBlockHashes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredBlockHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea36f990.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storedBlockHashes(uint64 ) view returns(bytes32)
func (rollup *Rollup) TryPackStoredBlockHashes(arg0 uint64) ([]byte, error) {
	return rollup.abi.Pack("storedBlockHashes", arg0)
}

// UnpackStoredBlockHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea36f990.
//
// Solidity: function storedBlockHashes(uint64 ) view returns(bytes32)
func (rollup *Rollup) UnpackStoredBlockHashes(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("storedBlockHashes", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTokenAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10603dad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenAddresses(uint16 ) view returns(address)
func (rollup *Rollup) PackTokenAddresses(arg0 uint16) []byte {
	enc, err := rollup.abi.Pack("tokenAddresses", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10603dad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenAddresses(uint16 ) view returns(address)
func (rollup *Rollup) TryPackTokenAddresses(arg0 uint16) ([]byte, error) {
	return rollup.abi.Pack("tokenAddresses", arg0)
}

// UnpackTokenAddresses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10603dad.
//
// Solidity: function tokenAddresses(uint16 ) view returns(address)
func (rollup *Rollup) UnpackTokenAddresses(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("tokenAddresses", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenCount() view returns(uint16)
func (rollup *Rollup) PackTokenCount() []byte {
	enc, err := rollup.abi.Pack("tokenCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenCount() view returns(uint16)
func (rollup *Rollup) TryPackTokenCount() ([]byte, error) {
	return rollup.abi.Pack("tokenCount")
}

// UnpackTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint16)
func (rollup *Rollup) UnpackTokenCount(data []byte) (uint16, error) {
	out, err := rollup.abi.Unpack("tokenCount", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTokenIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc97a303.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenIds(address ) view returns(uint16)
func (rollup *Rollup) PackTokenIds(arg0 common.Address) []byte {
	enc, err := rollup.abi.Pack("tokenIds", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc97a303.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenIds(address ) view returns(uint16)
func (rollup *Rollup) TryPackTokenIds(arg0 common.Address) ([]byte, error) {
	return rollup.abi.Pack("tokenIds", arg0)
}

// UnpackTokenIds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc97a303.
//
// Solidity: function tokenIds(address ) view returns(uint16)
func (rollup *Rollup) UnpackTokenIds(data []byte) (uint16, error) {
	out, err := rollup.abi.Unpack("tokenIds", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTotalPriorityOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c94565.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalPriorityOps() view returns(uint64)
func (rollup *Rollup) PackTotalPriorityOps() []byte {
	enc, err := rollup.abi.Pack("totalPriorityOps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalPriorityOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c94565.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalPriorityOps() view returns(uint64)
func (rollup *Rollup) TryPackTotalPriorityOps() ([]byte, error) {
	return rollup.abi.Pack("totalPriorityOps")
}

// UnpackTotalPriorityOps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00c94565.
//
// Solidity: function totalPriorityOps() view returns(uint64)
func (rollup *Rollup) UnpackTotalPriorityOps(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("totalPriorityOps", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTransferGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd38bfff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferGovernance(address to) returns()
func (rollup *Rollup) PackTransferGovernance(to common.Address) []byte {
	enc, err := rollup.abi.Pack("transferGovernance", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd38bfff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferGovernance(address to) returns()
func (rollup *Rollup) TryPackTransferGovernance(to common.Address) ([]byte, error) {
	return rollup.abi.Pack("transferGovernance", to)
}

// PackWithdrawPendingBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd514da50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawPendingBalance(address owner, address token, uint128 amount) returns()
func (rollup *Rollup) PackWithdrawPendingBalance(owner common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("withdrawPendingBalance", owner, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawPendingBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd514da50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawPendingBalance(address owner, address token, uint128 amount) returns()
func (rollup *Rollup) TryPackWithdrawPendingBalance(owner common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("withdrawPendingBalance", owner, token, amount)
}

// PackWithdrawPendingBalanceTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45c845d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawPendingBalanceTo(address to, address token, uint128 amount) returns()
func (rollup *Rollup) PackWithdrawPendingBalanceTo(to common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("withdrawPendingBalanceTo", to, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawPendingBalanceTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45c845d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawPendingBalanceTo(address to, address token, uint128 amount) returns()
func (rollup *Rollup) TryPackWithdrawPendingBalanceTo(to common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("withdrawPendingBalanceTo", to, token, amount)
}

// RollupBlockCommitted represents a BlockCommitted event raised by the Rollup contract.
type RollupBlockCommitted struct {
	Number     uint64
	Commitment [32]byte
	StateRoot  [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBlockCommittedEventName = "BlockCommitted"

// ContractEventName returns the user-defined event name.
func (RollupBlockCommitted) ContractEventName() string {
	return RollupBlockCommittedEventName
}

// UnpackBlockCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockCommitted(uint64 indexed number, bytes32 commitment, bytes32 stateRoot)
func (rollup *Rollup) UnpackBlockCommittedEvent(log *types.Log) (*RollupBlockCommitted, error) {
	event := "BlockCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlockCommitted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBlockExecuted represents a BlockExecuted event raised by the Rollup contract.
type RollupBlockExecuted struct {
	Number uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupBlockExecutedEventName = "BlockExecuted"

// ContractEventName returns the user-defined event name.
func (RollupBlockExecuted) ContractEventName() string {
	return RollupBlockExecutedEventName
}

// UnpackBlockExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockExecuted(uint64 indexed number)
func (rollup *Rollup) UnpackBlockExecutedEvent(log *types.Log) (*RollupBlockExecuted, error) {
	event := "BlockExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlockExecuted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBlockProven represents a BlockProven event raised by the Rollup contract.
type RollupBlockProven struct {
	Number uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupBlockProvenEventName = "BlockProven"

// ContractEventName returns the user-defined event name.
func (RollupBlockProven) ContractEventName() string {
	return RollupBlockProvenEventName
}

// UnpackBlockProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockProven(uint64 indexed number)
func (rollup *Rollup) UnpackBlockProvenEvent(log *types.Log) (*RollupBlockProven, error) {
	event := "BlockProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlockProven)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBlocksReverted represents a BlocksReverted event raised by the Rollup contract.
type RollupBlocksReverted struct {
	BlocksCommitted uint64
	BlocksProven    uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const RollupBlocksRevertedEventName = "BlocksReverted"

// ContractEventName returns the user-defined event name.
func (RollupBlocksReverted) ContractEventName() string {
	return RollupBlocksRevertedEventName
}

// UnpackBlocksRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlocksReverted(uint64 blocksCommitted, uint64 blocksProven)
func (rollup *Rollup) UnpackBlocksRevertedEvent(log *types.Log) (*RollupBlocksReverted, error) {
	event := "BlocksReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlocksReverted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupDepositCancelled represents a DepositCancelled event raised by the Rollup contract.
type RollupDepositCancelled struct {
	Id     uint64
	Owner  common.Address
	Token  uint16
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupDepositCancelledEventName = "DepositCancelled"

// ContractEventName returns the user-defined event name.
func (RollupDepositCancelled) ContractEventName() string {
	return RollupDepositCancelledEventName
}

// UnpackDepositCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositCancelled(uint64 indexed id, address indexed owner, uint16 indexed token, uint128 amount)
func (rollup *Rollup) UnpackDepositCancelledEvent(log *types.Log) (*RollupDepositCancelled, error) {
	event := "DepositCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDepositCancelled)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupExodusExit represents a ExodusExit event raised by the Rollup contract.
type RollupExodusExit struct {
	AccountId uint32
	Token     uint16
	Owner     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupExodusExitEventName = "ExodusExit"

// ContractEventName returns the user-defined event name.
func (RollupExodusExit) ContractEventName() string {
	return RollupExodusExitEventName
}

// UnpackExodusExitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExodusExit(uint32 indexed accountId, uint16 indexed token, address owner, uint128 amount)
func (rollup *Rollup) UnpackExodusExitEvent(log *types.Log) (*RollupExodusExit, error) {
	event := "ExodusExit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupExodusExit)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupExodusMode represents a ExodusMode event raised by the Rollup contract.
type RollupExodusMode struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupExodusModeEventName = "ExodusMode"

// ContractEventName returns the user-defined event name.
func (RollupExodusMode) ContractEventName() string {
	return RollupExodusModeEventName
}

// UnpackExodusModeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExodusMode()
func (rollup *Rollup) UnpackExodusModeEvent(log *types.Log) (*RollupExodusMode, error) {
	event := "ExodusMode"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupExodusMode)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupFeeRecipientSet represents a FeeRecipientSet event raised by the Rollup contract.
type RollupFeeRecipientSet struct {
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupFeeRecipientSetEventName = "FeeRecipientSet"

// ContractEventName returns the user-defined event name.
func (RollupFeeRecipientSet) ContractEventName() string {
	return RollupFeeRecipientSetEventName
}

// UnpackFeeRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientSet(address indexed recipient)
func (rollup *Rollup) UnpackFeeRecipientSetEvent(log *types.Log) (*RollupFeeRecipientSet, error) {
	event := "FeeRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupFeeRecipientSet)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupGovernanceTransferred represents a GovernanceTransferred event raised by the Rollup contract.
type RollupGovernanceTransferred struct {
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const RollupGovernanceTransferredEventName = "GovernanceTransferred"

// ContractEventName returns the user-defined event name.
func (RollupGovernanceTransferred) ContractEventName() string {
	return RollupGovernanceTransferredEventName
}

// UnpackGovernanceTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceTransferred(address indexed from, address indexed to)
func (rollup *Rollup) UnpackGovernanceTransferredEvent(log *types.Log) (*RollupGovernanceTransferred, error) {
	event := "GovernanceTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGovernanceTransferred)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupOperatorSet represents a OperatorSet event raised by the Rollup contract.
type RollupOperatorSet struct {
	Operator common.Address
	Active   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (RollupOperatorSet) ContractEventName() string {
	return RollupOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address indexed operator, bool active)
func (rollup *Rollup) UnpackOperatorSetEvent(log *types.Log) (*RollupOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupOperatorSet)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupPendingBalanceCredited represents a PendingBalanceCredited event raised by the Rollup contract.
type RollupPendingBalanceCredited struct {
	Owner  common.Address
	Token  uint16
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupPendingBalanceCreditedEventName = "PendingBalanceCredited"

// ContractEventName returns the user-defined event name.
func (RollupPendingBalanceCredited) ContractEventName() string {
	return RollupPendingBalanceCreditedEventName
}

// UnpackPendingBalanceCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PendingBalanceCredited(address indexed owner, uint16 indexed token, uint128 amount)
func (rollup *Rollup) UnpackPendingBalanceCreditedEvent(log *types.Log) (*RollupPendingBalanceCredited, error) {
	event := "PendingBalanceCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupPendingBalanceCredited)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupPriorityFeeSet represents a PriorityFeeSet event raised by the Rollup contract.
type RollupPriorityFeeSet struct {
	Fee uint64
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupPriorityFeeSetEventName = "PriorityFeeSet"

// ContractEventName returns the user-defined event name.
func (RollupPriorityFeeSet) ContractEventName() string {
	return RollupPriorityFeeSetEventName
}

// UnpackPriorityFeeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriorityFeeSet(uint64 fee)
func (rollup *Rollup) UnpackPriorityFeeSetEvent(log *types.Log) (*RollupPriorityFeeSet, error) {
	event := "PriorityFeeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupPriorityFeeSet)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupPriorityRequest represents a PriorityRequest event raised by the Rollup contract.
type RollupPriorityRequest struct {
	Id      uint64
	OpType  uint8
	Pubdata []byte
	Expiry  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupPriorityRequestEventName = "PriorityRequest"

// ContractEventName returns the user-defined event name.
func (RollupPriorityRequest) ContractEventName() string {
	return RollupPriorityRequestEventName
}

// UnpackPriorityRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriorityRequest(uint64 indexed id, uint8 opType, bytes pubdata, uint64 expiry)
func (rollup *Rollup) UnpackPriorityRequestEvent(log *types.Log) (*RollupPriorityRequest, error) {
	event := "PriorityRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupPriorityRequest)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupTokenAdded represents a TokenAdded event raised by the Rollup contract.
type RollupTokenAdded struct {
	Token common.Address
	Id    uint16
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupTokenAddedEventName = "TokenAdded"

// ContractEventName returns the user-defined event name.
func (RollupTokenAdded) ContractEventName() string {
	return RollupTokenAddedEventName
}

// UnpackTokenAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenAdded(address indexed token, uint16 indexed id)
func (rollup *Rollup) UnpackTokenAddedEvent(log *types.Log) (*RollupTokenAdded, error) {
	event := "TokenAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupTokenAdded)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupWithdrawal represents a Withdrawal event raised by the Rollup contract.
type RollupWithdrawal struct {
	Owner  common.Address
	Token  uint16
	Amount *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (RollupWithdrawal) ContractEventName() string {
	return RollupWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed owner, uint16 indexed token, uint128 amount, address to)
func (rollup *Rollup) UnpackWithdrawalEvent(log *types.Log) (*RollupWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupWithdrawal)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["AccountIdOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackAccountIdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyExited"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadBlobCount"].ID.Bytes()[:4]) {
		return rollup.UnpackBadBlobCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadBlobOpening"].ID.Bytes()[:4]) {
		return rollup.UnpackBadBlobOpeningError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadEthSignature"].ID.Bytes()[:4]) {
		return rollup.UnpackBadEthSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadRecipient"].ID.Bytes()[:4]) {
		return rollup.UnpackBadRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadShapes"].ID.Bytes()[:4]) {
		return rollup.UnpackBadShapesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlobCommitSplit"].ID.Bytes()[:4]) {
		return rollup.UnpackBlobCommitSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlobDataMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackBlobDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlockAlreadyExecuted"].ID.Bytes()[:4]) {
		return rollup.UnpackBlockAlreadyExecutedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlockNotCommitted"].ID.Bytes()[:4]) {
		return rollup.UnpackBlockNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlockNotProven"].ID.Bytes()[:4]) {
		return rollup.UnpackBlockNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlocksInFlight"].ID.Bytes()[:4]) {
		return rollup.UnpackBlocksInFlightError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositCapExceeded"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EthTransferFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackEthTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InExodusMode"].ID.Bytes()[:4]) {
		return rollup.UnpackInExodusModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InsufficientPendingBalance"].ID.Bytes()[:4]) {
		return rollup.UnpackInsufficientPendingBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBlocks"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBlocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotAWithdrawal"].ID.Bytes()[:4]) {
		return rollup.UnpackNotAWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotGovernance"].ID.Bytes()[:4]) {
		return rollup.UnpackNotGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotInExodusMode"].ID.Bytes()[:4]) {
		return rollup.UnpackNotInExodusModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return rollup.UnpackNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return rollup.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NothingToCancel"].ID.Bytes()[:4]) {
		return rollup.UnpackNothingToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PackedAmountOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackPackedAmountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PendingOpsMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackPendingOpsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PriorityExpiryOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackPriorityExpiryOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PriorityFeeOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackPriorityFeeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PriorityOpMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackPriorityOpMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PriorityOpNotExpired"].ID.Bytes()[:4]) {
		return rollup.UnpackPriorityOpNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PriorityQueueExhausted"].ID.Bytes()[:4]) {
		return rollup.UnpackPriorityQueueExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return rollup.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rollup.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["StateRootNotInField"].ID.Bytes()[:4]) {
		return rollup.UnpackStateRootNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampOutOfOrder"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TokenAlreadyListed"].ID.Bytes()[:4]) {
		return rollup.UnpackTokenAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TokenNotListed"].ID.Bytes()[:4]) {
		return rollup.UnpackTokenNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TooManyOperations"].ID.Bytes()[:4]) {
		return rollup.UnpackTooManyOperationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TooManyTokens"].ID.Bytes()[:4]) {
		return rollup.UnpackTooManyTokensError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TruncatedPubdata"].ID.Bytes()[:4]) {
		return rollup.UnpackTruncatedPubdataError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownOpType"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownOpTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnusedEthSignatures"].ID.Bytes()[:4]) {
		return rollup.UnpackUnusedEthSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongDataMode"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongDataModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongPriorityFee"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongPriorityFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongStoredBlock"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongStoredBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupAccountIdOutOfRange represents a AccountIdOutOfRange error raised by the Rollup contract.
type RollupAccountIdOutOfRange struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountIdOutOfRange(uint32 accountId)
func RollupAccountIdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8d4a5df494f703db29ce08922d7b2372ed513dcefedf710eeb71e1b64b50d0da")
}

// UnpackAccountIdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountIdOutOfRange(uint32 accountId)
func (rollup *Rollup) UnpackAccountIdOutOfRangeError(raw []byte) (*RollupAccountIdOutOfRange, error) {
	out := new(RollupAccountIdOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "AccountIdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAlreadyExited represents a AlreadyExited error raised by the Rollup contract.
type RollupAlreadyExited struct {
	AccountId uint32
	Token     uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyExited(uint32 accountId, uint16 token)
func RollupAlreadyExitedErrorID() common.Hash {
	return common.HexToHash("0x9f55e9dbe639373538bd68425296b949345a85c884aac80f7721cfdd65472cc5")
}

// UnpackAlreadyExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyExited(uint32 accountId, uint16 token)
func (rollup *Rollup) UnpackAlreadyExitedError(raw []byte) (*RollupAlreadyExited, error) {
	out := new(RollupAlreadyExited)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyExited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadBlobCount represents a BadBlobCount error raised by the Rollup contract.
type RollupBadBlobCount struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlobCount(uint256 count)
func RollupBadBlobCountErrorID() common.Hash {
	return common.HexToHash("0x832879e296dd37629029e13b4afaac8f6df6e7e022941ae27abd13fb24fb51a7")
}

// UnpackBadBlobCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlobCount(uint256 count)
func (rollup *Rollup) UnpackBadBlobCountError(raw []byte) (*RollupBadBlobCount, error) {
	out := new(RollupBadBlobCount)
	if err := rollup.abi.UnpackIntoInterface(out, "BadBlobCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadBlobOpening represents a BadBlobOpening error raised by the Rollup contract.
type RollupBadBlobOpening struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlobOpening(uint256 index)
func RollupBadBlobOpeningErrorID() common.Hash {
	return common.HexToHash("0x542deb0e7c686938c3e03d71d624f6cf03b9a90b91004a68c45777b03528bc1e")
}

// UnpackBadBlobOpeningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlobOpening(uint256 index)
func (rollup *Rollup) UnpackBadBlobOpeningError(raw []byte) (*RollupBadBlobOpening, error) {
	out := new(RollupBadBlobOpening)
	if err := rollup.abi.UnpackIntoInterface(out, "BadBlobOpening", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadEthSignature represents a BadEthSignature error raised by the Rollup contract.
type RollupBadEthSignature struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEthSignature(uint256 offset)
func RollupBadEthSignatureErrorID() common.Hash {
	return common.HexToHash("0x265dbb1011cc3cac4e48e35231da5ed875272378f4776f4e6be9188fa404e848")
}

// UnpackBadEthSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEthSignature(uint256 offset)
func (rollup *Rollup) UnpackBadEthSignatureError(raw []byte) (*RollupBadEthSignature, error) {
	out := new(RollupBadEthSignature)
	if err := rollup.abi.UnpackIntoInterface(out, "BadEthSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadRecipient represents a BadRecipient error raised by the Rollup contract.
type RollupBadRecipient struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecipient(address to)
func RollupBadRecipientErrorID() common.Hash {
	return common.HexToHash("0xf66e904851b37b80accff44adee209ff00dc29eeb445bb1edb327e45cf1f9315")
}

// UnpackBadRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecipient(address to)
func (rollup *Rollup) UnpackBadRecipientError(raw []byte) (*RollupBadRecipient, error) {
	out := new(RollupBadRecipient)
	if err := rollup.abi.UnpackIntoInterface(out, "BadRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadShapes represents a BadShapes error raised by the Rollup contract.
type RollupBadShapes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShapes()
func RollupBadShapesErrorID() common.Hash {
	return common.HexToHash("0xa93c6901460279065026cf28f398e8e0953586cb5d625e723826133e2fd10851")
}

// UnpackBadShapesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShapes()
func (rollup *Rollup) UnpackBadShapesError(raw []byte) (*RollupBadShapes, error) {
	out := new(RollupBadShapes)
	if err := rollup.abi.UnpackIntoInterface(out, "BadShapes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlobCommitSplit represents a BlobCommitSplit error raised by the Rollup contract.
type RollupBlobCommitSplit struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobCommitSplit(uint64 number)
func RollupBlobCommitSplitErrorID() common.Hash {
	return common.HexToHash("0x907a3949110cf51b40fa8dce5f34b0b5a99b29a868d95e7e39fe70afb4bd1ba4")
}

// UnpackBlobCommitSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobCommitSplit(uint64 number)
func (rollup *Rollup) UnpackBlobCommitSplitError(raw []byte) (*RollupBlobCommitSplit, error) {
	out := new(RollupBlobCommitSplit)
	if err := rollup.abi.UnpackIntoInterface(out, "BlobCommitSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlobDataMismatch represents a BlobDataMismatch error raised by the Rollup contract.
type RollupBlobDataMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobDataMismatch()
func RollupBlobDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x89a8c3a2d25be2d3559be63d9030b6d57c602a009a1bdb2b5577dd0f50dd3155")
}

// UnpackBlobDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobDataMismatch()
func (rollup *Rollup) UnpackBlobDataMismatchError(raw []byte) (*RollupBlobDataMismatch, error) {
	out := new(RollupBlobDataMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "BlobDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlockAlreadyExecuted represents a BlockAlreadyExecuted error raised by the Rollup contract.
type RollupBlockAlreadyExecuted struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockAlreadyExecuted(uint64 number)
func RollupBlockAlreadyExecutedErrorID() common.Hash {
	return common.HexToHash("0x16c087bd7aa1792811f4efe3942baf2c29b8206be8a975326175ff8cc4391f61")
}

// UnpackBlockAlreadyExecutedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockAlreadyExecuted(uint64 number)
func (rollup *Rollup) UnpackBlockAlreadyExecutedError(raw []byte) (*RollupBlockAlreadyExecuted, error) {
	out := new(RollupBlockAlreadyExecuted)
	if err := rollup.abi.UnpackIntoInterface(out, "BlockAlreadyExecuted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlockNotCommitted represents a BlockNotCommitted error raised by the Rollup contract.
type RollupBlockNotCommitted struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockNotCommitted(uint64 number)
func RollupBlockNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x47bcb32f05d96d0ee8bf59ebc281d93ace4151c64ec2e3a2a186d03ca7881cf4")
}

// UnpackBlockNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockNotCommitted(uint64 number)
func (rollup *Rollup) UnpackBlockNotCommittedError(raw []byte) (*RollupBlockNotCommitted, error) {
	out := new(RollupBlockNotCommitted)
	if err := rollup.abi.UnpackIntoInterface(out, "BlockNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlockNotProven represents a BlockNotProven error raised by the Rollup contract.
type RollupBlockNotProven struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockNotProven(uint64 number)
func RollupBlockNotProvenErrorID() common.Hash {
	return common.HexToHash("0x8afd48a754cd1db19f4dbd99c96cfa56bcc1493c5ec48fd886cf2a22c209dceb")
}

// UnpackBlockNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockNotProven(uint64 number)
func (rollup *Rollup) UnpackBlockNotProvenError(raw []byte) (*RollupBlockNotProven, error) {
	out := new(RollupBlockNotProven)
	if err := rollup.abi.UnpackIntoInterface(out, "BlockNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlocksInFlight represents a BlocksInFlight error raised by the Rollup contract.
type RollupBlocksInFlight struct {
	Committed uint64
	Executed  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlocksInFlight(uint64 committed, uint64 executed)
func RollupBlocksInFlightErrorID() common.Hash {
	return common.HexToHash("0x1f04def5b2ce2454bab9f625cf99f02f552776bccb8da18d494bec115b5eaa13")
}

// UnpackBlocksInFlightError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlocksInFlight(uint64 committed, uint64 executed)
func (rollup *Rollup) UnpackBlocksInFlightError(raw []byte) (*RollupBlocksInFlight, error) {
	out := new(RollupBlocksInFlight)
	if err := rollup.abi.UnpackIntoInterface(out, "BlocksInFlight", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositCapExceeded represents a DepositCapExceeded error raised by the Rollup contract.
type RollupDepositCapExceeded struct {
	Token uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositCapExceeded(uint16 token)
func RollupDepositCapExceededErrorID() common.Hash {
	return common.HexToHash("0x404f0c56572c5de3d7840b2fb08a05ff55ff8d1cbd104fdca942a5f8408e11d0")
}

// UnpackDepositCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositCapExceeded(uint16 token)
func (rollup *Rollup) UnpackDepositCapExceededError(raw []byte) (*RollupDepositCapExceeded, error) {
	out := new(RollupDepositCapExceeded)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEthTransferFailed represents a EthTransferFailed error raised by the Rollup contract.
type RollupEthTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EthTransferFailed()
func RollupEthTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x6d963f88320eb7ba26bde12e9a148612be34ed8cfb2f4e191e88c4af7a5386fc")
}

// UnpackEthTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EthTransferFailed()
func (rollup *Rollup) UnpackEthTransferFailedError(raw []byte) (*RollupEthTransferFailed, error) {
	out := new(RollupEthTransferFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "EthTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInExodusMode represents a InExodusMode error raised by the Rollup contract.
type RollupInExodusMode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InExodusMode()
func RollupInExodusModeErrorID() common.Hash {
	return common.HexToHash("0xff47baaed45b4f4065eaa0c5924c25a5ebe14c484200c516686c331484f4174f")
}

// UnpackInExodusModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InExodusMode()
func (rollup *Rollup) UnpackInExodusModeError(raw []byte) (*RollupInExodusMode, error) {
	out := new(RollupInExodusMode)
	if err := rollup.abi.UnpackIntoInterface(out, "InExodusMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInsufficientPendingBalance represents a InsufficientPendingBalance error raised by the Rollup contract.
type RollupInsufficientPendingBalance struct {
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientPendingBalance(uint128 available)
func RollupInsufficientPendingBalanceErrorID() common.Hash {
	return common.HexToHash("0xbba55719ac38d5c113fb37005c39af359f346fd291c70dbefbbec2bc2b8740b4")
}

// UnpackInsufficientPendingBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientPendingBalance(uint128 available)
func (rollup *Rollup) UnpackInsufficientPendingBalanceError(raw []byte) (*RollupInsufficientPendingBalance, error) {
	out := new(RollupInsufficientPendingBalance)
	if err := rollup.abi.UnpackIntoInterface(out, "InsufficientPendingBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupLengthMismatch represents a LengthMismatch error raised by the Rollup contract.
type RollupLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func RollupLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (rollup *Rollup) UnpackLengthMismatchError(raw []byte) (*RollupLengthMismatch, error) {
	out := new(RollupLengthMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoBlocks represents a NoBlocks error raised by the Rollup contract.
type RollupNoBlocks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBlocks()
func RollupNoBlocksErrorID() common.Hash {
	return common.HexToHash("0x7ea5b1b8ef138b1ab27d06987084099647c197c2fe463e82caaf34ad3f9fd7f6")
}

// UnpackNoBlocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBlocks()
func (rollup *Rollup) UnpackNoBlocksError(raw []byte) (*RollupNoBlocks, error) {
	out := new(RollupNoBlocks)
	if err := rollup.abi.UnpackIntoInterface(out, "NoBlocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotAWithdrawal represents a NotAWithdrawal error raised by the Rollup contract.
type RollupNotAWithdrawal struct {
	OpType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAWithdrawal(uint8 opType)
func RollupNotAWithdrawalErrorID() common.Hash {
	return common.HexToHash("0x1608022ed14ac9e86711f79c93dfaea5ed2cc0e6bf62335cd094978bef18a6f3")
}

// UnpackNotAWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAWithdrawal(uint8 opType)
func (rollup *Rollup) UnpackNotAWithdrawalError(raw []byte) (*RollupNotAWithdrawal, error) {
	out := new(RollupNotAWithdrawal)
	if err := rollup.abi.UnpackIntoInterface(out, "NotAWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotGovernance represents a NotGovernance error raised by the Rollup contract.
type RollupNotGovernance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernance()
func RollupNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0xb56f932cae4ae1d955bbd63c6f7c50f21626333cb2a1e2c5cd94e7f82473bbe4")
}

// UnpackNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernance()
func (rollup *Rollup) UnpackNotGovernanceError(raw []byte) (*RollupNotGovernance, error) {
	out := new(RollupNotGovernance)
	if err := rollup.abi.UnpackIntoInterface(out, "NotGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotInExodusMode represents a NotInExodusMode error raised by the Rollup contract.
type RollupNotInExodusMode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInExodusMode()
func RollupNotInExodusModeErrorID() common.Hash {
	return common.HexToHash("0x0ef3afa277423aa32aa414543ba9e2df9be38049d811e0565923e78517708284")
}

// UnpackNotInExodusModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInExodusMode()
func (rollup *Rollup) UnpackNotInExodusModeError(raw []byte) (*RollupNotInExodusMode, error) {
	out := new(RollupNotInExodusMode)
	if err := rollup.abi.UnpackIntoInterface(out, "NotInExodusMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotInField represents a NotInField error raised by the Rollup contract.
type RollupNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField()
func RollupNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x8e97c7e0e0e7cb40d96152481bd20f94db1012d27089584e189fa13f51d17ee0")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField()
func (rollup *Rollup) UnpackNotInFieldError(raw []byte) (*RollupNotInField, error) {
	out := new(RollupNotInField)
	if err := rollup.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotOperator represents a NotOperator error raised by the Rollup contract.
type RollupNotOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator()
func RollupNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x7c214f0474e418b49066b523b4b4fdaaeed28f6f33b3f87920010fb4856b27c9")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator()
func (rollup *Rollup) UnpackNotOperatorError(raw []byte) (*RollupNotOperator, error) {
	out := new(RollupNotOperator)
	if err := rollup.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNothingToCancel represents a NothingToCancel error raised by the Rollup contract.
type RollupNothingToCancel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToCancel()
func RollupNothingToCancelErrorID() common.Hash {
	return common.HexToHash("0x80e681abcd7886e2ad686cdac58b50bf9b36d17ef7725b8844db093137d7e2fa")
}

// UnpackNothingToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToCancel()
func (rollup *Rollup) UnpackNothingToCancelError(raw []byte) (*RollupNothingToCancel, error) {
	out := new(RollupNothingToCancel)
	if err := rollup.abi.UnpackIntoInterface(out, "NothingToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPackedAmountOutOfRange represents a PackedAmountOutOfRange error raised by the Rollup contract.
type RollupPackedAmountOutOfRange struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PackedAmountOutOfRange(uint256 offset)
func RollupPackedAmountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc7e15aadfea7268d22b0ead12d2d363e213bb8d30e86c61577b1cf8e5330573f")
}

// UnpackPackedAmountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PackedAmountOutOfRange(uint256 offset)
func (rollup *Rollup) UnpackPackedAmountOutOfRangeError(raw []byte) (*RollupPackedAmountOutOfRange, error) {
	out := new(RollupPackedAmountOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "PackedAmountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPendingOpsMismatch represents a PendingOpsMismatch error raised by the Rollup contract.
type RollupPendingOpsMismatch struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingOpsMismatch(uint64 number)
func RollupPendingOpsMismatchErrorID() common.Hash {
	return common.HexToHash("0x3bb8e61e7807c287838e62e5d3a2687bb94b2ef07eb763102f592938ea1e8ad9")
}

// UnpackPendingOpsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingOpsMismatch(uint64 number)
func (rollup *Rollup) UnpackPendingOpsMismatchError(raw []byte) (*RollupPendingOpsMismatch, error) {
	out := new(RollupPendingOpsMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "PendingOpsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPriorityExpiryOutOfRange represents a PriorityExpiryOutOfRange error raised by the Rollup contract.
type RollupPriorityExpiryOutOfRange struct {
	Blocks uint64
	Min    uint64
	Max    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriorityExpiryOutOfRange(uint64 blocks, uint64 min, uint64 max)
func RollupPriorityExpiryOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xa85024ac5e2ebfa3e8c069ee45016425cdb989d9d523410a877173664bc9005f")
}

// UnpackPriorityExpiryOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriorityExpiryOutOfRange(uint64 blocks, uint64 min, uint64 max)
func (rollup *Rollup) UnpackPriorityExpiryOutOfRangeError(raw []byte) (*RollupPriorityExpiryOutOfRange, error) {
	out := new(RollupPriorityExpiryOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "PriorityExpiryOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPriorityFeeOutOfRange represents a PriorityFeeOutOfRange error raised by the Rollup contract.
type RollupPriorityFeeOutOfRange struct {
	Fee  uint64
	Max  uint64
	Unit uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriorityFeeOutOfRange(uint64 fee, uint64 max, uint64 unit)
func RollupPriorityFeeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xed15730d27e7aec5caaf74435c3c53783353e6aacb74c4dffaa67b209f2d1958")
}

// UnpackPriorityFeeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriorityFeeOutOfRange(uint64 fee, uint64 max, uint64 unit)
func (rollup *Rollup) UnpackPriorityFeeOutOfRangeError(raw []byte) (*RollupPriorityFeeOutOfRange, error) {
	out := new(RollupPriorityFeeOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "PriorityFeeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPriorityOpMismatch represents a PriorityOpMismatch error raised by the Rollup contract.
type RollupPriorityOpMismatch struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriorityOpMismatch(uint64 id)
func RollupPriorityOpMismatchErrorID() common.Hash {
	return common.HexToHash("0x6a74ceb31dcefbe8492661b205b92fcf8fbd0f9363ba0c8d3679e22d32915a5a")
}

// UnpackPriorityOpMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriorityOpMismatch(uint64 id)
func (rollup *Rollup) UnpackPriorityOpMismatchError(raw []byte) (*RollupPriorityOpMismatch, error) {
	out := new(RollupPriorityOpMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "PriorityOpMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPriorityOpNotExpired represents a PriorityOpNotExpired error raised by the Rollup contract.
type RollupPriorityOpNotExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriorityOpNotExpired()
func RollupPriorityOpNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x5b45bd5b30cfae93b02f88ce91625a5dac3bf89cd4ee66b5e8be233beff046b5")
}

// UnpackPriorityOpNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriorityOpNotExpired()
func (rollup *Rollup) UnpackPriorityOpNotExpiredError(raw []byte) (*RollupPriorityOpNotExpired, error) {
	out := new(RollupPriorityOpNotExpired)
	if err := rollup.abi.UnpackIntoInterface(out, "PriorityOpNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPriorityQueueExhausted represents a PriorityQueueExhausted error raised by the Rollup contract.
type RollupPriorityQueueExhausted struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriorityQueueExhausted(uint64 id)
func RollupPriorityQueueExhaustedErrorID() common.Hash {
	return common.HexToHash("0xa13f432bf0bffaf88d81f813e5bc0e90b15fce527d7f0562655be5cad3f4fe6e")
}

// UnpackPriorityQueueExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriorityQueueExhausted(uint64 id)
func (rollup *Rollup) UnpackPriorityQueueExhaustedError(raw []byte) (*RollupPriorityQueueExhausted, error) {
	out := new(RollupPriorityQueueExhausted)
	if err := rollup.abi.UnpackIntoInterface(out, "PriorityQueueExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Rollup contract.
type RollupReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RollupReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (rollup *Rollup) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RollupReentrancyGuardReentrantCall, error) {
	out := new(RollupReentrancyGuardReentrantCall)
	if err := rollup.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Rollup contract.
type RollupSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RollupSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rollup *Rollup) UnpackSafeERC20FailedOperationError(raw []byte) (*RollupSafeERC20FailedOperation, error) {
	out := new(RollupSafeERC20FailedOperation)
	if err := rollup.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupStateRootNotInField represents a StateRootNotInField error raised by the Rollup contract.
type RollupStateRootNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateRootNotInField()
func RollupStateRootNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x36659a7f29ebc41833a5bc796c5e0e496f5f8eff83807f2fa47289fb93c5936b")
}

// UnpackStateRootNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateRootNotInField()
func (rollup *Rollup) UnpackStateRootNotInFieldError(raw []byte) (*RollupStateRootNotInField, error) {
	out := new(RollupStateRootNotInField)
	if err := rollup.abi.UnpackIntoInterface(out, "StateRootNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimestampOutOfOrder represents a TimestampOutOfOrder error raised by the Rollup contract.
type RollupTimestampOutOfOrder struct {
	Timestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampOutOfOrder(uint64 timestamp)
func RollupTimestampOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0x87546a92f6ab409e81c18376a5810e8c393a2b59d3b0ff07d8429da93666c841")
}

// UnpackTimestampOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampOutOfOrder(uint64 timestamp)
func (rollup *Rollup) UnpackTimestampOutOfOrderError(raw []byte) (*RollupTimestampOutOfOrder, error) {
	out := new(RollupTimestampOutOfOrder)
	if err := rollup.abi.UnpackIntoInterface(out, "TimestampOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTokenAlreadyListed represents a TokenAlreadyListed error raised by the Rollup contract.
type RollupTokenAlreadyListed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenAlreadyListed(address token)
func RollupTokenAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x3fb6e971d0a9d92f56f2edaabc3b6d0a03788ddb089c37583e4f71bdf089ebb3")
}

// UnpackTokenAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenAlreadyListed(address token)
func (rollup *Rollup) UnpackTokenAlreadyListedError(raw []byte) (*RollupTokenAlreadyListed, error) {
	out := new(RollupTokenAlreadyListed)
	if err := rollup.abi.UnpackIntoInterface(out, "TokenAlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTokenNotListed represents a TokenNotListed error raised by the Rollup contract.
type RollupTokenNotListed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotListed(address token)
func RollupTokenNotListedErrorID() common.Hash {
	return common.HexToHash("0x42f22db5d2e7fbbdd186b6dcb99c081c6586edf9e01afee2241e786585a59c32")
}

// UnpackTokenNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotListed(address token)
func (rollup *Rollup) UnpackTokenNotListedError(raw []byte) (*RollupTokenNotListed, error) {
	out := new(RollupTokenNotListed)
	if err := rollup.abi.UnpackIntoInterface(out, "TokenNotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTooManyOperations represents a TooManyOperations error raised by the Rollup contract.
type RollupTooManyOperations struct {
	Slots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyOperations(uint256 slots)
func RollupTooManyOperationsErrorID() common.Hash {
	return common.HexToHash("0x646ed64b0f639db74bb26f5b1eaefe42f36e8b3b2d76d4cd261aa9befebec299")
}

// UnpackTooManyOperationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyOperations(uint256 slots)
func (rollup *Rollup) UnpackTooManyOperationsError(raw []byte) (*RollupTooManyOperations, error) {
	out := new(RollupTooManyOperations)
	if err := rollup.abi.UnpackIntoInterface(out, "TooManyOperations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTooManyTokens represents a TooManyTokens error raised by the Rollup contract.
type RollupTooManyTokens struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyTokens()
func RollupTooManyTokensErrorID() common.Hash {
	return common.HexToHash("0x748e67b26a21afd70e5322b4112d8d81becc53ab5089d81be331e0bd1bb9a42c")
}

// UnpackTooManyTokensError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyTokens()
func (rollup *Rollup) UnpackTooManyTokensError(raw []byte) (*RollupTooManyTokens, error) {
	out := new(RollupTooManyTokens)
	if err := rollup.abi.UnpackIntoInterface(out, "TooManyTokens", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTruncatedPubdata represents a TruncatedPubdata error raised by the Rollup contract.
type RollupTruncatedPubdata struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TruncatedPubdata(uint256 offset)
func RollupTruncatedPubdataErrorID() common.Hash {
	return common.HexToHash("0xe4b4973308805472fa70a1ae61c1f67e6eb26de2ef8f300af7a43c4804db9381")
}

// UnpackTruncatedPubdataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TruncatedPubdata(uint256 offset)
func (rollup *Rollup) UnpackTruncatedPubdataError(raw []byte) (*RollupTruncatedPubdata, error) {
	out := new(RollupTruncatedPubdata)
	if err := rollup.abi.UnpackIntoInterface(out, "TruncatedPubdata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownOpType represents a UnknownOpType error raised by the Rollup contract.
type RollupUnknownOpType struct {
	Offset *big.Int
	OpType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOpType(uint256 offset, uint8 opType)
func RollupUnknownOpTypeErrorID() common.Hash {
	return common.HexToHash("0xdccf27312a9ee36688a8310a6d5dbf16994041b6f0a6b0e6fd4f9465ecd8dd70")
}

// UnpackUnknownOpTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOpType(uint256 offset, uint8 opType)
func (rollup *Rollup) UnpackUnknownOpTypeError(raw []byte) (*RollupUnknownOpType, error) {
	out := new(RollupUnknownOpType)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownOpType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnusedEthSignatures represents a UnusedEthSignatures error raised by the Rollup contract.
type RollupUnusedEthSignatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnusedEthSignatures()
func RollupUnusedEthSignaturesErrorID() common.Hash {
	return common.HexToHash("0xbbe2eae0f62edfefd5b49673e045198b6d637c440972d8ee788906994681ae6f")
}

// UnpackUnusedEthSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnusedEthSignatures()
func (rollup *Rollup) UnpackUnusedEthSignaturesError(raw []byte) (*RollupUnusedEthSignatures, error) {
	out := new(RollupUnusedEthSignatures)
	if err := rollup.abi.UnpackIntoInterface(out, "UnusedEthSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongDataMode represents a WrongDataMode error raised by the Rollup contract.
type RollupWrongDataMode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDataMode()
func RollupWrongDataModeErrorID() common.Hash {
	return common.HexToHash("0x23b7b1a40daf66d74106b3ad1d3c2c431003769fd694d1716b5d79b48256cc37")
}

// UnpackWrongDataModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDataMode()
func (rollup *Rollup) UnpackWrongDataModeError(raw []byte) (*RollupWrongDataMode, error) {
	out := new(RollupWrongDataMode)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongDataMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongPriorityFee represents a WrongPriorityFee error raised by the Rollup contract.
type RollupWrongPriorityFee struct {
	Value *big.Int
	Want  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPriorityFee(uint256 value, uint256 want)
func RollupWrongPriorityFeeErrorID() common.Hash {
	return common.HexToHash("0x8d9e3f06c774b979ce88500b02b71f835f4f0f12d437c95e149d351bc91fe8c0")
}

// UnpackWrongPriorityFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPriorityFee(uint256 value, uint256 want)
func (rollup *Rollup) UnpackWrongPriorityFeeError(raw []byte) (*RollupWrongPriorityFee, error) {
	out := new(RollupWrongPriorityFee)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongPriorityFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongStoredBlock represents a WrongStoredBlock error raised by the Rollup contract.
type RollupWrongStoredBlock struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStoredBlock(uint64 number)
func RollupWrongStoredBlockErrorID() common.Hash {
	return common.HexToHash("0x6e8d7d36b92fa513b24e0e4fc758ce64dbb28653a072bbae42d86a966d9e2c89")
}

// UnpackWrongStoredBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStoredBlock(uint64 number)
func (rollup *Rollup) UnpackWrongStoredBlockError(raw []byte) (*RollupWrongStoredBlock, error) {
	out := new(RollupWrongStoredBlock)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongStoredBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAddress represents a ZeroAddress error raised by the Rollup contract.
type RollupZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RollupZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rollup *Rollup) UnpackZeroAddressError(raw []byte) (*RollupZeroAddress, error) {
	out := new(RollupZeroAddress)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAmount represents a ZeroAmount error raised by the Rollup contract.
type RollupZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RollupZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rollup *Rollup) UnpackZeroAmountError(raw []byte) (*RollupZeroAmount, error) {
	out := new(RollupZeroAmount)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
