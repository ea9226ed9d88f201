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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint16[]\",\"name\":\"blockShapes\",\"type\":\"uint16[]\"},{\"internalType\":\"contractIBlockVerifier[]\",\"name\":\"blockVerifiers\",\"type\":\"address[]\"},{\"internalType\":\"contractIExitVerifier\",\"name\":\"exitVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"accountDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"rollupChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityExpiryBlocks\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"priorityFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"contractIBlockVerifier\",\"name\":\"blobVerifier\",\"type\":\"address\"}],\"internalType\":\"structRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadBlobCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadBlobOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"BadEthSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShapes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BlobDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"executed\",\"type\":\"uint64\"}],\"name\":\"BlocksInFlight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"DepositCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InExodusMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"available\",\"type\":\"uint128\"}],\"name\":\"InsufficientPendingBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"NotAWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInExodusMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"PackedAmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"PendingOpsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"PriorityExpiryOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityOpMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriorityOpNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityQueueExhausted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateRootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slots\",\"type\":\"uint256\"}],\"name\":\"TooManyOperations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"TruncatedPubdata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"UnknownOpType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnusedEthSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongDataMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongPriorityFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongStoredBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksCommitted\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksProven\",\"type\":\"uint64\"}],\"name\":\"BlocksReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"DepositCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"ExodusExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"ExodusMode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"PendingBalanceCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"PriorityRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOB_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_FEE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIZES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRIORITY_FEE_UNIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"addToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balanceDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobVerifier\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockShapes\",\"outputs\":[{\"internalType\":\"uint16[]\",\"name\":\"shapes\",\"type\":\"uint16[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockSlots\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"blockVerifierOf\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksCommitted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksExecuted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"requests\",\"type\":\"bytes[]\"}],\"name\":\"cancelOutstandingDepositsForExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"eval\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"l1Pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlobBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"eval\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"kzg\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlobData[]\",\"name\":\"blobs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"blobProofs\",\"type\":\"bytes[]\"}],\"name\":\"commitBlobBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"commitProveExecute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositERC20\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"executeBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitVerifier\",\"outputs\":[{\"internalType\":\"contractIExitVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"firstPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashStoredBlock\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCommittedPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"outstanding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"pendingBalances\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"lastExecuted\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"performExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityExpiryBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"priorityOps\",\"outputs\":[{\"internalType\":\"bytes20\",\"name\":\"hash\",\"type\":\"bytes20\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"feeGwei\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"proveBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"requestFullExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"revertBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollupChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"setPriorityFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"storedBlockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"tokenAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenIds\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPriorityOps\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalanceTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x6101a0806040523461083457615d8a803803809161001d828561086b565b8339810190602081830312610834578051906001600160401b03821161083457016101a081830312610834576040516101a081016001600160401b038111828210176106475760405281516001600160401b03811161083457820183601f8201121561083457805161008e8161088e565b9161009c604051938461086b565b81835260208084019260051b8201019086821161083457602001915b81831061085057505050815260208201516001600160401b0381116108345782019280601f850112156108345783516100f08161088e565b946100fe604051968761086b565b81865260208087019260051b82010192831161083457602001905b82821061083857505050602081019283526040820151916001600160a01b038316830361083457604082019283526060810151936060830194855260808201516080840190815260a0830161016d906108b9565b60a0850190815261018060c085016108b9565b9160c0860192835260e08501519760e0870198895261010086016101a3906108a5565b6101008801818152986101b961012089016108a5565b966101208a0199888b526101408a016101d1906108b9565b6101408201908152986101e76101608c016108a5565b9a61016083019b8c52610180016101fd906108a5565b61018083019081526007805461ffff19166001179055946001600160a01b031615908115610822575b506108135761024085518015159081610807575b506108cd565b610254865180151590816107fb57506108cd565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018d5110156107ec5787516001600160401b0316600a811080156107df575b6107c0575080515191821580156107b6575b80156107aa575b610760575f905f905b8482106106ce57505060e0528161010052515f1982019182116106ba5761ffff916102df91610905565b511660c052516001600160a01b039081166080529051811660a05290516101205290516101405290516001600160401b039081166101605291518216610180528551600180546001600160a01b03191691831691909117815585519091165f908152600360205260409020805460ff1916909117905590519081169066b1a2bc2ec50000821180156106a2575b61067c57600a80546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1516001600160a01b031680610677575080516001600160a01b03165b6001600160a01b0316918215801561066e575b61065b57600480546001600160a01b03191684179055604051927f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f9260209290917fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3235f80a2516001600160a01b03165f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a351600184526001600160a01b031692a2516040519060e082016001600160401b03811183821017610647576040525f825260208201915f835260408101915f835260608201915f835260c060808201915f835260a0810193845201925f84526040519461ffff60208701975f89525116604087015260018060401b03905116606086015260018060401b0390511660808501525160a08401525160c08301525160e082015260e081526105376101008261086b565b5190205f8052600c6020527f13649b2456f1b42fef0f0040b3aaeabcd21a76a0f3f5defd4f583839455116e85560405161545c908161092e82396080518181816106380152612a1e015260a05181818161089c01528181610b0d015281816121ca01526128d5015260c051818181612a64015281816142db015281816142fd0152818161432301528181614515015281816146d80152818161477701526152d6015260e05181818161037001526152a501526101005181818161034a01526152830152610120518181816102e80152611de60152610140518181816117d5015261289d015261016051818181611c6701526150d5015261018051818181611ef801528181612af401526149990152f35b634e487b7160e01b5f52604160045260245ffd5b82631ecdd20960e31b5f5260045260245ffd5b503083146103ee565b6103db565b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b50633b9aca0082066001600160401b0316151561036c565b634e487b7160e01b5f52601160045260245ffd5b909161ffff6106de848651610905565b5116928315801561079f575b801561076f575b6107605782516001600160a01b039061070b908390610905565b511615610760576001600160fc1b03811681036106ba57600191848260041b1b1793828060a01b0361073e838651610905565b5116905f525f60205260405f2090838060a01b031982541617905501906102b5565b63a93c690160e01b5f5260045ffd5b5080151580156106f1575084515f198201908282116106ba5761ffff9161079591610905565b51168411156106f1565b5061100084116106ea565b508281515114156102ac565b50600883116102a5565b632a14092b60e21b5f52600452600a602452630100000060445260645ffd5b5063010000008111610293565b6336659a7f60e01b5f5260045ffd5b6010915011155f61023a565b6020915011155f61023a565b63d92e233d60e01b5f5260045ffd5b6001600160a01b03161590505f610226565b5f80fd5b60208091610845846108a5565b815201910190610119565b825161ffff81168103610834578152602092830192016100b8565b601f909101601f19168101906001600160401b0382119082101761064757604052565b6001600160401b0381116106475760051b60200190565b51906001600160a01b038216820361083457565b51906001600160401b038216820361083457565b156108d457565b60405162461bcd60e51b815260206004820152600960248201526862616420736861706560b81b6044820152606490fd5b80518210156109195760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe60c0806040526004361015610012575f80fd5b5f905f3560e01c908162c94565146131db575080630828fba2146130965780630994cb9e1461306f57806310603dad1461303457806313e7c9d814612ff7578063175b41d914612fd25780631a6274f714612df65780632307952214612dd057806323651a3314612db2578063238efcbc14612d36578063264c091214612d145780632b8c062a14612cc35780632ed5160914612c9a57806330952d4b14612b3357806330f0a6d914612b185780633caddd9414612ad55780634690484014612aad57806348ed7b3a14612a875780634a770d0914612a4d57806352822bfb14612a09578063558a72971461297b5780635aa6e6751461295357806365e22bb2146129225780636d91cf031461290457806375b033ed146128c0578063788ef4f51461288657806379d24967146128695780637dd179f9146128405780637efcfe851461254d578063824217c2146124f657806395845c43146124cd57806395a4767d1461218c5780639f181b5e1461216b578063a6c1cde014612101578063a7e7aacd1461204c578063ab9b2adf14611da2578063ac91b4d514611c8b578063ad97165314611c48578063b863846e14611c15578063c21204a214611968578063c45c845d14611912578063c90e3446146118f1578063d38bfff4146118a4578063d48bfca71461177a578063d514da501461173f578063d93f92c514611656578063dbf814c214611636578063dc30c3e614610a9d578063dd54aaf314610838578063dfa6323514610521578063e74b981b1461047c578063ea36f99014610444578063eac63a5b14610428578063ecf5cc2e14610334578063f39c38a01461030b578063f86be708146102d05763fc97a30314610290575f80fd5b346102cd5760203660031901126102cd5760209061ffff906040906001600160a01b036102bb613470565b16815260058452205416604051908152f35b80fd5b50346102cd57806003193601126102cd5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346102cd57806003193601126102cd576002546040516001600160a01b039091168152602090f35b50346102cd57806003193601126102cd5761036e7f00000000000000000000000000000000000000000000000000000000000000006136c3565b7f00000000000000000000000000000000000000000000000000000000000000009190815b81518110156103de576001600160fc1b03811681036103ca578061ffff8560019360041b1c166103c38285613702565b5201610393565b634e487b7160e01b83526011600452602483fd5b5090604051918291602083016020845282518091526020604085019301915b81811061040b575050500390f35b825161ffff168452859450602093840193909201916001016103fd565b50346102cd57806003193601126102cd576020604051600a8152f35b50346102cd5760203660031901126102cd5760406020916001600160401b0361046b61331c565b168152600c83522054604051908152f35b50346102cd5760203660031901126102cd57610496613470565b6001546001600160a01b03163303610512576001600160a01b031680158015610509575b6104f757600480546001600160a01b031916821790557fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3238280a280f35b631ecdd20960e31b8252600452602490fd5b503081146104ba565b632d5be4cb60e21b8252600482fd5b50346102cd57366003190161018081126108345760e0136102cd5760e43563ffffffff811680910361083457610104356001600160a01b038116919082810361083057610124359061ffff821680830361082c5761014435936001600160801b0385169586860361077057610164356001600160401b0381116108285736602382011215610828578060040135906001600160401b038211610824573660248383010111610824576105d1613914565b60ff600e541615610815576001600160401b03600b5460801c166004356001600160401b038116808203610811578214801591506107e9575b6107d75750838a52600f60205260408a20855f5260205260ff60405f2054166107c05788156107b1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160a082016001600160401b0381118382101761079d5760405260a43582528560208301528460408301528660608301528a6080830152823b1561079957604051630af9a23560e21b815260c060048201528c94909392916106c99160c48601916024016138f4565b9084602485015b6005821061077f5750505083918380809303915afa80156107745761075b575b507f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc880160891610748988460409352600f602052828b20865f52602052825f20600160ff1982541617905582519182526020820152a3613cac565b805f51602061543c5f395f51905f525d80f35b81610765916132fb565b61077057875f6106f0565b8780fd5b6040513d84823e3d90fd5b825181528e965060209283019260019290920191016106d0565b8b80fd5b634e487b7160e01b8d52604160045260248dfd5b631f2a200560e01b8a5260048afd5b60448a8686639f55e9db60e01b8352600452602452fd5b633746be9b60e11b8b5260045260248afd5b506107fd6107f83660046133f4565b613611565b818c52600c60205260408c2054141561060a565b8c80fd5b630779d7d160e11b8a5260048afd5b8980fd5b8880fd5b8580fd5b8380fd5b5080fd5b50346102cd57366003190161010081126108345760e0136102cd5760e4356001600160401b03811161083457610872903690600401613231565b9061087b613914565b60ff600e5416610a8b57338352600360205260ff60408420541615610a7c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610a6d578115610a5e576001600160401b03600b5416806001600160401b036108eb6135a3565b161490811591610a3b575b50610a18579061090536613368565b6001600160401b03600a5460401c169284925b848185106109785786906001600160401b038551166001600160401b0319600b541617600b5567ffffffffffffffff60401b600a549160401b169067ffffffffffffffff60401b191617600a55805f51602061543c5f395f51905f525d80f35b6109956109aa91849561098f888660019798613895565b90614256565b956001600160401b0360408801511690613743565b946109b481613611565b6001600160401b038251168852600c60205260408820556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060c084015160a085015182519182526020820152a29301929190610918565b6024836001600160401b03610a2b6135a3565b633746be9b60e11b835216600452fd5b9050610a496107f836613368565b908452600c602052604084205414155f6108f6565b630fd4b63760e31b8352600483fd5b6308edec6960e21b8352600483fd5b631f0853c160e21b8352600483fd5b6001625c22a960e11b03198352600483fd5b503461125557610aac36613499565b93959291610ab8613914565b60ff600e541661162757335f52600360205260ff60405f20541615611618578615611609576001600160401b03600b5416806001600160401b03610afb876135b9565b1614908115916115e5575b506115c1577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169283156115b2578186036115a3575f95821593848015611599575b611586578349611569575f5b84811061150f57505f5b8a81106114905750610b77846136c3565b5f965f5f955b878210611259575050803b1561125557610bb0935f936040519586948593849363389c660760e21b855260048501613d7f565b03915afa801561124a57611235575b50889289918a5b8a81106111685750506201f00083029283046201f0001417156111365711611159570361114a57610bf89036906133f4565b600a54690b182b352b2d26122b0060a05260401c6001600160401b03169390929085905b808210610c7b5786866001600160401b038751166001600160401b0319600b541617600b5567ffffffffffffffff60401b600a549160401b169067ffffffffffffffff60401b191617600a55805f51602061543c5f395f51905f525d80f35b610c8c8282859795999698996138d1565b918793610c976141d9565b90610ca1856135b9565b6001600160401b03806060840151169116108015611110575b6110ec575f51602061541c5f395f51905f52608086013510156110dd5761ffff610ce660408701613716565b168752602087905260408720546001600160a01b0316156110ce576001600160401b03610d1581835116613725565b1682526001600160401b03610d29866135b9565b166060830152608085013560a083015261ffff610d4860408701613716565b166020830152610d5b60e0860186613763565b6080529587908180805b6080518210610f86575050610d7e610100890189613763565b91905003610f7757906001600160401b03610d9c8d60a0959461368c565b1660408501526080840152015198815199610db6866135b9565b9a610dc36020880161420f565b96610dd06060820161420f565b9a8a608051905b818015610e0d578f905f51602061541c5f395f51905f52928f8f9085939184925f1901975f1991010135901a9306900908610dd7565b509394959d9b9e8f97999a9060c094939c506020999e9250604051968a8801988952608085013560408901526001600160401b03861b90861b1660608801526001600160401b03851b90851b16606887015263ffffffff60e01b9060e01b16607086015263ffffffff60e01b9060e01b16607485015260a081013560788501525f51602061541c5f395f51905f528b066098850152013560b883015260d882015260d88152610ebd60f8826132fb565b604051918291518091835e8101838152039060025afa15610f6c57600190610f03885197838060fd1b0360c08401991689526001600160401b0360408401511690613743565b96610f0d82613611565b6001600160401b038351168a52600c60205260408a20557fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c162460406001600160401b03845116925160a085015182519182526020820152a2940190610c1c565b6040513d88823e3d90fd5b6305df175760e51b8952600489fd5b92919093610f97856080518d6137ac565b3560f581901c6107f816949060f81c801560088288041417156110ba576009811180156110ab575b6110945750608051610fd860ff60a051881c16886138b7565b1161108057610fe690613e23565b9261ffff610ff660408d01613716565b16841161105e5760ff939261103d8c611058948f948a61102f61104597826110258d8f60a051901c16826138b7565b91608051906137b8565b959094610100810190613763565b959094614dd8565b9691969490969560a051901c16906138b7565b90610d65565b60248d61ffff61107060408f01613716565b63646ed64b60e01b835216600452fd5b63e4b4973360e01b8d52600486905260248dfd5b63dccf273160e01b8e52600487905260245260448dfd5b5060ff60a051871c1615610fbf565b634e487b7160e01b8e52601160045260248efd5b63a93c690160e01b8752600487fd5b6336659a7f60e01b8752600487fd5b6024876001600160401b03611100886135b9565b6343aa354960e11b835216600452fd5b5061111a856135b9565b610384420190814211611136576001600160401b031611610cba565b634e487b7160e01b89526011600452602489fd5b6344d461d160e11b8552600485fd5b6344d461d160e11b8752600487fd5b929094611176848c8c6138d1565b955f51602061541c5f395f51905f5260a08801351080159061121a575b61120b576111b0835f51602061541c5f395f51905f528c0661532c565b906111f757869263ffffffff6111e98f5f51602061541c5f395f51905f52600196816111f09760c06060959b0135900990089a0161420f565b16906138b7565b9301610bc6565b634e487b7160e01b8d52601260045260248dfd5b630474be3f60e51b8d5260048dfd5b505f51602061541c5f395f51905f5260c08801351015611193565b6112429199505f906132fb565b5f975f610bbf565b6040513d5f823e3d90fd5b5f80fd5b90986112668a8984614cc8565b5f51602061541c5f395f51905f52813510801590611475575b611466577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018d604051602081019182528d6040820152604081526112c46060826132fb565b5190200690606081019160606112da8484613763565b905003611446575f808e608061132f6112f860208801359888613763565b92908360405194859260208401974988528a60408501528c606085015284840137810186838201520301601f1981018352826132fb565b5190600a61c350fa61133f614ad0565b9015908115611459575b5061144657818f915f51602061541c5f395f51905f525f9360406020960135966040519387850195358652604085015260608401520660808201528460a082015260a0815261139960c0826132fb565b604051918291518091835e8101838152039060025afa1561124a575f516001600160fd1b03166113c98c87613702565b526201f0008b028b81046201f000148c151715611432576113f9905f51602061541c5f395f51905f528f0661532c565b9761141e576001915f51602061541c5f395f51905f5280925f9a099008990190610b7d565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8c632a16f58760e11b5f5260045260245ffd5b604091505114155f611349565b630474be3f60e51b5f5260045ffd5b505f51602061541c5f395f51905f526040820135101561127f565b9760019061149f8a8d8d6138d1565b6114ab6060820161420f565b9060a06114c56114be60e0840184613763565b369161385f565b6020815191012091604051936020850195865263ffffffff60e01b9060e01b166040850152013560448301526064820152606481526115056084826132fb565b5190209801610b66565b978849801561155657906001916115278b8888614cc8565b356040519160208301938452604083015260608201526060815261154c6080826132fb565b5190209801610b5c565b896341943cf160e11b5f5260045260245ffd5b60018401808511611432576341943cf160e11b5f5260045260245ffd5b836341943cf160e11b5f5260045260245ffd5b5060068411610b50565b631fec674760e31b5f5260045ffd5b6308edec6960e21b5f5260045ffd5b6001600160401b036115d2856135b9565b633746be9b60e11b5f521660045260245ffd5b90506115f46107f836876133f4565b905f52600c60205260405f205414155f610b06565b630fd4b63760e31b5f5260045ffd5b631f0853c160e21b5f5260045ffd5b637fa3dd5760e11b5f5260045ffd5b34611255575f366003190112611255576020600a5460c01c604051908152f35b346112555760203660031901126112555761166f61331c565b6001546001600160a01b03163303611730576001600160401b0381169066b1a2bc2ec5000082118015611718575b6116f257600a80546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1005b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b506001600160401b03633b9aca00830616151561169d565b632d5be4cb60e21b5f5260045ffd5b34611255576117686117503661352c565b91611759613914565b6001600160a01b038116614aff565b5f5f51602061543c5f395f51905f525d005b3461125557602036600319011261125557611793613470565b6001546001600160a01b03163303611730576001600160a01b0316801561189557805f52600560205261ffff60405f2054166118835761ffff600754169060017f00000000000000000000000000000000000000000000000000000000000000001b82101561187457805f52600560205260405f208261ffff19825416179055815f52600660205260405f20816001600160601b0360a01b8254161790556001820161ffff81116114325761ffff1661ffff1960075416176007557f78fc75a90b2d2aeb8c1d0cb138b1c62ac8390fae9e60666d4a7400fa263d47ea5f80a3005b633a4733d960e11b5f5260045ffd5b633fb6e97160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b34611255576020366003190112611255576118bd613470565b6001546001600160a01b0316330361173057600280546001600160a01b0319166001600160a01b0392909216919091179055005b34611255575f36600319011261125557602060405166b1a2bc2ec500008152f35b34611255576119203661352c565b90611929613914565b6001600160a01b038316928315801561195f575b61194c57611768935033614aff565b83631ecdd20960e31b5f5260045260245ffd5b5030841461193d565b6060366003190112611255576004356001600160a01b03811680820361125557611990613516565b6044356001600160a01b038116808203611255576119ac613914565b60ff600e541661162757835f52600560205260405f20549261ffff8416958615611c0257600a5460c01c95863403611beb576040516370a0823160e01b815230600482015291602083602481855afa92831561124a575f93611bb7575b506001600160801b03604051946323b872dd60e01b5f5233600452306024521660445260205f60648180855af19060015f5114821615611b98575b50836040525f60605215611b8657826024816020936370a0823160e01b82523060048301525afa801561124a575f90611b52575b611a8292506138c4565b9015611895578015611b4357611a9b816117689661490d565b611aa484614883565b604051600160f81b60208201525f602182015260f09390931b6001600160f01b0319166025840181905260809190911b6001600160801b0319166027840181905260609290921b6001600160601b03191660378401819052602b8452611b0b604b856132fb565b60405192602084019283526022840152603283015260268252611b2f6046836132fb565b905190206001600160601b0319169061495d565b631f2a200560e01b5f5260045ffd5b506020823d602011611b7e575b81611b6c602093836132fb565b8101031261125557611a829151611a78565b3d9150611b5f565b635274afe760e01b5f5260045260245ffd5b6001821516611bae573b15153d15161689611a44565b843d5f823e3d90fd5b9092506020813d602011611be3575b81611bd3602093836132fb565b8101031261125557519189611a09565b3d9150611bc6565b866346cf1f8360e11b5f523460045260245260445ffd5b856342f22db560e01b5f5260045260245ffd5b346112555760203660031901126112555761ffff611c31613346565b165f526008602052602060405f2054604051908152f35b34611255575f3660031901126112555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b604036600319011261125557611c9f613470565b611ca7613516565b611caf613914565b60ff600e541661162757600a5460c01c906001600160801b03811692611cd583856138b7565b3403611d82576001600160a01b03811615611895578315611b4357611d05611d0084611768966138b7565b614883565b604051600160f81b60208201525f60218201819052602582015260809290921b6001600160801b0319166027830181905260609190911b6001600160601b03191660378301819052602b835290611d5d604b846132fb565b6040519160208301915f83526022840152603283015260268252611b2f6046836132fb565b611d8c83856138b7565b6346cf1f8360e11b5f523460045260245260445ffd5b604036600319011261125557611db6613486565b6024356001600160a01b038116810361125557611dd1613914565b60ff600e54166116275763ffffffff821660017f00000000000000000000000000000000000000000000000000000000000000001b81101561203a5750611e1790614841565b90600a5460c01c91823403612023577f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff9161200791611e5585614883565b604051600560f81b602082015260e09290921b6001600160e01b031916602183018190523360601b6025840181905260f09290921b6001600160f01b031916603984018190525f603b850152602b8452611eb0604b856132fb565b604051926020840192835260248401526038830152601a8252611ed4603a836132fb565b6001600160601b03199151902016936001600160401b03600a5460801c1694611f267f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316613743565b9160405191611f34836132e0565b825264ffffffffff8316602080840191825260056040808601918252633b9aca0090940465ffffffffffff1660608087019182525f8c8152600990945294909220945192519051915160a09190911b64ffffffffff60a01b169290931c9190911760c89190911b60ff60c81b161760d09190911b6001600160d01b031916179055611fbe85613725565b600a54906001600160401b0360801b9060801b16906001600160401b0360801b191617600a556001600160401b0360405193849360058552606060208601526060850190613e31565b911660408301520390a25f5f51602061543c5f395f51905f525d005b826346cf1f8360e11b5f523460045260245260445ffd5b632352977d60e21b5f5260045260245ffd5b34611255575f36600319011261125557612064613914565b600e5460ff811661162757600a546001600160401b038082169160801c168110908115916120e1575b506120d25760ff1916600117600e557fc71028c67eb0ef128ea270a59a674629e767d51c1af44ed6753fd2fad2c7b6775f80a15f5f51602061543c5f395f51905f525d005b635b45bd5b60e01b5f5260045ffd5b90505f52600960205264ffffffffff60405f205460a01c1643108261208d565b34611255576020366003190112611255576001600160401b0361212261331c565b165f526009602052608060405f2054604051906001600160601b03198160601b16825264ffffffffff8160a01c16602083015260ff8160c81c16604083015260d01c6060820152f35b34611255575f36600319011261125557602061ffff60075416604051908152f35b346112555761219a36613499565b956121a9959495929192613914565b60ff600e541661162757335f52600360205260ff60405f20541615611618577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166115b2578515611609578186148015906124c3575b6115a357600b546001600160401b038082169160801c168181036124ad5750806001600160401b03612238846135b9565b161490811591612489575b506124785761225890969295949636906133f4565b92600a54956001600160401b03808860401c169716955f98612279826136c3565b95612283836136c3565b935f935b80851061236d5750505050509061229f939291613e55565b6122a881613611565b6001600160401b038251165f52600c60205260405f205551600b549067ffffffffffffffff60401b6001600160401b0360801b8260801b16926001600160401b038316906001600160401b0360c01b16179160401b161717600b5567ffffffffffffffff60401b6001600160401b03600a5492169260401b16906001600160801b0319161717600a5580612348575f5f51602061543c5f395f51905f525d005b600454612367916001600160801b0316906001600160a01b0316613c16565b80611768565b9091929380998c612382839d9e9d8589613895565b61238b92614256565b9c8d9c60408e019c8d516001600160401b03166123a791613743565b9d80516001600160401b03169d60c082019e8f5160a0840151604051918252602082015260407fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c162491a281516001600160401b031690817f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a2516001600160401b031691608001519461243c9089896135cd565b926124489691926139aa565b9c909a516124568b8b613702565b52602081015161ffff1661246a8b88613702565b529860010193929190612287565b6115d26001600160401b03916135b9565b90506124986107f836846133f4565b905f52600c60205260405f2054141588612243565b90631f04def560e01b5f5260045260245260445ffd5b5086861415612207565b34611255575f3660031901126112555760206001600160401b03600b5460401c16604051908152f35b346112555760403660031901126112555761250f613470565b612517613357565b9060018060a01b03165f52600d60205261ffff60405f2091165f5260205260206001600160801b0360405f205416604051908152f35b346112555760403660031901126112555761256661331c565b6024356001600160401b03811161125557612585903690600401613231565b909161258f613914565b8060ff600e541615612831576001600160401b03906125b9600a5483811693849160801c1661368c565b906001600160401b03808316911611612829575b506001600160401b03821690811561281a578184036115a3575f5b6001600160401b03811690838210156127e4576001600160401b0361260d8285613743565b1690815f52600960205261262660405f2093888a613795565b929093602b84148015906127b5575b6127a2578054600160ff8260c81c16145f146127335784602b116112555760058601906126623683613825565b6001600160601b0319906020815191012016906001600160601b03199060601b160361272057601786013560601c9060078610611255573560f01c94601711611255576001600160801b0361270561270c936127006001988460076001600160401b039c013560801c169080878a7fd2e8b874f057fbd358eee699a064bf12440c18df2420edb344ae8e1965474b6e6020604051878152a486613cac565b6141b9565b1690613c16565b5f5260096020525f604081205501166125e8565b82636a74ceb360e01b5f5260045260245ffd5b84601b959295116112555761274b36600188016137eb565b6001600160601b0319906020815191012016906001600160601b03199060601b16036127a257601911611255576001600160401b039360019361270c916005013560601c906001600160801b0390612705906141b9565b50636a74ceb360e01b5f5260045260245ffd5b5083156127d05760ff815460c81c16853560f81c1415612635565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b036127f68685613743565b166001600160401b0319600a541617600a555f5f51602061543c5f395f51905f525d005b6380e681ab60e01b5f5260045ffd5b9150846125cd565b630779d7d160e11b5f5260045ffd5b34611255575f3660031901126112555760206001600160401b03600a5460401c16604051908152f35b34611255575f3660031901126112555760206040516201f0008152f35b34611255575f3660031901126112555760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34611255575f366003190112611255576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34611255575f36600319011261125557602060405163010000008152f35b34611255576020366003190112611255576004355f525f602052602060018060a01b0360405f205416604051908152f35b34611255575f366003190112611255576001546040516001600160a01b039091168152602090f35b3461125557604036600319011261125557612994613470565b60243590811515809203611255576001546001600160a01b03163303611730576001600160a01b03169081156118955760207f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91835f526003825260405f2060ff1981541660ff8316179055604051908152a2005b34611255575f366003190112611255576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34611255575f3660031901126112555760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34611255575f3660031901126112555760206001600160401b03600b5416604051908152f35b34611255575f366003190112611255576004546040516001600160a01b039091168152602090f35b34611255575f3660031901126112555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34611255575f36600319011261125557602060405160358152f35b3461125557612b4136613261565b612b4d93929193613914565b60ff600e5416611627578115611609578082036115a357600b5493604085901c6001600160401b03169392612b81816136c3565b93612b8b826136c3565b915f916001600160401b0389165b828410612be3578967ffffffffffffffff60401b8a612bba8b8b8b8b613e55565b60401b169067ffffffffffffffff60401b191617600b555f5f51602061543c5f395f51905f525d005b90919297612bf090613576565b976001600160401b038916828111612c885790600191612c1a8b612c15848989613593565b613949565b60c0612c27838888613593565b0135612c33838c613702565b52612c4a6020612c44848989613593565b01613716565b61ffff612c57848a613702565b911690527f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a201929190612b99565b6347bcb32f60e01b5f5260045260245ffd5b34611255575f3660031901126112555760206001600160401b03600b5460801c16604051908152f35b3461125557604036600319011261125557612cdc613486565b63ffffffff612ce9613357565b91165f52600f60205261ffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34611255575f36600319011261125557602060ff600e54166040519015158152f35b34611255575f36600319011261125557600254336001600160a01b03821614801590612daa575b61173057600154336001600160a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b0319908116331760015516600255005b503315612d5d565b34611255575f366003190112611255576020604051633b9aca008152f35b34611255575f3660031901126112555760206001600160401b03600a5416604051908152f35b34611255576020366003190112611255576004356001600160401b03811161125557612e26903690600401613201565b612e2e613914565b60ff600e541661162757335f52600360205260ff60405f2054161561161857801561160957906001600160401b03600b5416906001600160401b03600a5460401c16925f915b818310612f49577faf0891836c1ac67f4454de6bf99ba118318b7263cf6244333ac76ee8a23fdc2c604085876001600160401b0382168092816001600160401b03600b54948282198716179081600b5567ffffffffffffffff60401b600a54918a1b169067ffffffffffffffff60401b191617600a55871c1611612f21575b5050506001600160401b03600b54831c1682519182526020820152a15f5f51602061543c5f395f51905f525d005b67ffffffffffffffff60401b90851b16916001600160801b0319161717600b55838181612ef3565b9091926001600160401b03600b5460801c16946001600160401b03821695861115612fbf57612f80612faa92612c15878787613593565b855f52600c6020525f6040812055612fa46040612f9e878787613593565b016135b9565b9061368c565b938015611432575f1901926001019190612e74565b856316c087bd60e01b5f5260045260245ffd5b34611255575f366003190112611255576020690b182b352b2d26122b00604051908152f35b34611255576020366003190112611255576001600160a01b03613018613470565b165f526003602052602060ff60405f2054166040519015158152f35b346112555760203660031901126112555761ffff613050613346565b165f526006602052602060018060a01b0360405f205416604051908152f35b346112555760e036600319011261125557602061308e6107f836613368565b604051908152f35b34611255576130a436613261565b6130af939193613914565b60ff600e5416611627578215611609578083036115a35790926001600160401b03600b5460801c16906001600160401b03600a5416925f955f925b86841061314c57600b805467ffffffffffffffff60801b1916608087901b67ffffffffffffffff60801b16179055600a805467ffffffffffffffff19166001600160401b0388161790558780612348575f5f51602061543c5f395f51905f525d005b909192949361315a90613576565b936001600160401b03600b5460401c166001600160401b0386169081116131c957506001976131bd916080613190898b88613593565b61319a8982613949565b6131a6604082016135b9565b6131b18b8a896135cd565b9390920135908a6139aa565b979095019291906130ea565b638afd48a760e01b5f5260045260245ffd5b34611255575f366003190112611255576020906001600160401b03600a5460801c168152f35b9181601f84011215611255578235916001600160401b0383116112555760208085019460e0850201011161125557565b9181601f84011215611255578235916001600160401b038311611255576020808501948460051b01011161125557565b6040600319820112611255576004356001600160401b038111611255578161328b91600401613201565b92909291602435906001600160401b038211611255576132ad91600401613231565b9091565b60e081019081106001600160401b038211176132cc57604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b038211176132cc57604052565b90601f801991011681019081106001600160401b038211176132cc57604052565b600435906001600160401b038216820361125557565b35906001600160401b038216820361125557565b6004359061ffff8216820361125557565b6024359061ffff8216820361125557565b60e09060031901126112555760405190613381826132b1565b816004356001600160401b038116810361125557815260243561ffff811681036112555760208201526044356001600160401b03811681036112555760408201526064356001600160401b0381168103611255576060820152608435608082015260a43560a082015260c060c435910152565b91908260e09103126112555760405161340c816132b1565b809261341781613332565b8252602081013561ffff811681036112555760c0918291602085015261343f60408201613332565b604085015261345060608201613332565b60608501526080810135608085015260a081013560a08501520135910152565b600435906001600160a01b038216820361125557565b6004359063ffffffff8216820361125557565b90600319820161014081126112555760e0136112555760049160e4356001600160401b03811161125557816134d091600401613231565b92909291610104356001600160401b03811161125557816134f391600401613231565b9290929161012435906001600160401b038211611255576132ad91600401613231565b602435906001600160801b038216820361125557565b6060906003190112611255576004356001600160a01b038116810361125557906024356001600160a01b038116810361125557906044356001600160801b03811681036112555790565b6001600160401b03166001600160401b0381146114325760010190565b91908110156127d05760e0020190565b6004356001600160401b03811681036112555790565b356001600160401b03811681036112555790565b91908110156127d05760051b81013590601e19813603018212156112555701908135916001600160401b038311611255576020018260051b36038113611255579190565b60405160c060208201926001600160401b03815116845261ffff60208201511660408401526001600160401b0360408201511660608401526001600160401b036060820151166080840152608081015160a084015260a081015182840152015160e082015260e08152613686610100826132fb565b51902090565b906001600160401b03809116911603906001600160401b03821161143257565b6001600160401b0381116132cc5760051b60200190565b906136cd826136ac565b6136da60405191826132fb565b82815280926136eb601f19916136ac565b0190602036910137565b8051156127d05760200190565b80518210156127d05760209160051b010190565b3561ffff811681036112555790565b6001600160401b036001911601906001600160401b03821161143257565b906001600160401b03809116911601906001600160401b03821161143257565b903590601e198136030182121561125557018035906001600160401b0382116112555760200191813603831361125557565b908210156127d0576132ad9160051b810190613763565b908210156127d0570190565b90939293848311611255578411611255578101920390565b6001600160401b0381116132cc57601f01601f191660200190565b9190916137f8601a6137d0565b9061380660405192836132fb565b8193601a8352601a8201116112555781601a603a9260205f9501370152565b91909161383260266137d0565b9061384060405192836132fb565b81936026835260268201116112555781602660469260205f9501370152565b92919261386b826137d0565b9161387960405193846132fb565b829481845281830111611255578281602093845f960137010152565b91908110156127d05760051b81013590609e1981360301821215611255570190565b9190820180921161143257565b9190820391821161143257565b91908110156127d05760051b8101359061011e1981360301821215611255570190565b908060209392818452848401375f828201840152601f01601f1916010190565b5f51602061543c5f395f51905f525c61393a5760015f51602061543c5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03918261395c836135b9565b91169216821480159190613985575b506139735750565b633746be9b60e11b5f5260045260245ffd5b61399591506107f89036906133f4565b815f52600c60205260405f205414155f61396b565b94959693906139b99087613743565b925f915f5b818110613a7f5750505003613a63576001600160401b039093929316915b6001600160401b0381169483861015613a2d576001600160401b0391613a18600192885f526009602052613a1260405f206141b9565b906138b7565b965f5260096020525f604081205501166139dc565b94509150916001600160401b03167f964a1cacc1856ec3fc82bdd1c4577ae8ccc942dc6b6a1ac5efaf3787a234200f5f80a29190565b6001600160401b0383631ddc730f60e11b5f521660045260245ffd5b613a8a818385613795565b90946040516020810191825282876040830137613aba6040828581015f838201520301601f1981018352826132fb565b5190209481156127d057803560f81c6004811480613c0c575b15613b435782602d116112555760198201359083600711611255576005830135918460171161125557600592613b1891600786013560801c9160f01c9060601c613cac565b14613b28575b50506001016139be565b9a87613b39939b8b9360019e614cea565b999098905f613b1e565b6005811480613c02575b15613b9757826019116112555760058201359083601b116112555760198301359184602b1161125557600592613b9291601b86013560801c9160f01c9060601c613cac565b613b18565b6007811480613bf8575b15613be65782602b116112555760178201359083600711611255576005830135918460171161125557600592613b9291600786013560801c9160f01c9060601c613cac565b630b04011760e11b5f5260045260245ffd5b50602b8314613ba1565b50602b8314613b4d565b50602d8314613ad3565b906001600160801b0316908115613ca85760018060a01b0316805f52600d60205260405f205f805260205260405f20826001600160801b03825416016001600160801b038111611432575f937f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926001600160801b03602093166001600160801b0319825416179055604051908152a3565b5050565b916001600160801b0316918215613d475760018060a01b031690815f52600d60205260405f2061ffff82165f5260205260405f20836001600160801b03825416016001600160801b038111611432577f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926020926001600160801b0361ffff93166001600160801b03198254161790556040519586521693a3565b505050565b90602080835192838152019201905f5b818110613d695750505090565b8251845260209384019390920191600101613d5c565b9392909382604082016040835252606081019460608460051b83010193815f90601e19813603015b838310613dc9575050505050613dc69394506020818403910152613d4c565b90565b9091929396605f19868203018a5287358281121561125557830190602082359201916001600160401b03811161125557803603831361125557613e1260209283926001956138f4565b99019a019301919098939298613da7565b5f1981146114325760010190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9392600192915f805b8751861015613ea2578015613e79575b600190950194613e5e565b50600161ffff613e89878a613702565b511661ffff613e978a6136f5565b511614159050613e6e565b909294509490929415614147579291855191613ebd836136ac565b92613ecb60405194856132fb565b808452613eda601f19916136ac565b0136602085013780915b875183101561413d57613ef78385613702565b516141325761ffff613f09848a613702565b5116948296845b8a51811015613f4b578761ffff613f27838e613702565b511614613f37575b600101613f10565b97613f43600191613e23565b989050613f2f565b5095909397919498969296613f5f846136ac565b93613f6d60405195866132fb565b808552601f19613f7c826136ac565b01895b818110614121575050613f91906136c3565b9780978a5b8351811015614024578c8b8661ffff613faf8589613702565b511614613fc1575b5050600101613f96565b9a60016140148461401a94819f8f8f8f928f9186614008926140008c8c9f613ff1613ff991839961400e9b613795565b959096613702565b5192613702565b52369161385f565b92613702565b52613702565b52613e23565b9990508c8b613fb7565b509598929094919a96975098929884528360205260018060a01b0360408520541690813b1561411d5791849160405193849263389c660760e21b84526044840160406004860152825180915260648501602060648360051b880101940191875b8181106140e857505050506140a784928392600319848303016024850152613d4c565b03915afa80156140dd579083916140c8575b50506001905b01919493613ee4565b816140d2916132fb565b61083457815f6140b9565b6040513d85823e3d90fd5b92965092949650926020806141096001936063198c82030188528951613e31565b970194019101908996949288969492614084565b8480fd5b806060602080938a01015201613f7f565b9394916001906140bf565b5050505050915050565b9461ffff9150614159909392936136f5565b51165f908152602081905260409020546001600160a01b0316803b156112555761419c935f936040519586948593849363389c660760e21b855260048501613d7f565b03915afa801561124a576141ad5750565b5f6141b7916132fb565b565b5460d01c633b9aca00810290808204633b9aca0014901517156114325790565b604051906141e6826132b1565b5f60c0838281528260208201528260408201528260608201528260808201528260a08201520152565b3563ffffffff811681036112555790565b356001600160e01b031981169291906004821061423b575050565b6001600160e01b031960049290920360031b82901b16169150565b909291926142626141d9565b9361426c826135b9565b6001600160401b0380606086015116911610801561481b575b6147f75760408201355f51602061541c5f395f51905f528110156147e8576001600160401b036142b781865116613725565b1686526001600160401b036142cb846135b9565b1660608701528060a087015260357f0000000000000000000000000000000000000000000000000000000000000000027f000000000000000000000000000000000000000000000000000000000000000081046035147f00000000000000000000000000000000000000000000000000000000000000001517156114325760540193846054116114325760a09061437a614364876137d0565b9661437260405198896132fb565b8088526137d0565b601f19013660208801370151865190919060c01b6001600160c01b03191667ffffffffffffffff60801b6143ad866135b9565b60801b161763ffffffff60601b6143c66020870161420f565b60601b1617916020860152604085015260608401526143e86060830183613763565b919283925f9283928392909190690b182b352b2d26122b00845b8281106144a3575b5050505080608061441c920190613763565b91905003614494576001600160401b0361443c61ffff9561444c9561368c565b1660408801526080870152615281565b1680602085015260358102908082046035149015171561143257605401908160541161143257602091825f920160025afa15611255575f516001600160fd1b031660c0830152565b6305df175760e51b5f5260045ffd5b82811061473e575b8783821461473757506144bf8184866137ac565b3560f881901c9060f51c6107f81681156008838304141715611432578360ff911c169160098211801561472f575b61471a57846144fc84836138b7565b1161470857600882149182156146ff5760ff60025b16927f000000000000000000000000000000000000000000000000000000000000000061453e858e6138b7565b116146cc57848f60748e916035878d0193020101376002821480156146c2575b156145fc57505061456f83826138b7565b6006198101939084116114325761458681836138b7565b600119810192908311611432576145cb816145a96145d0956145d6988b8d6137b8565b6001600160d81b0319913591821691600582106145dc575b505060d81c615234565b6138b7565b986138b7565b96614402565b6001600160d81b031960059290920360031b82901b161690505f806145c1565b919391156146635750600e83019081841161143257601284019182851161143257846146366146308561463e948b8d6137b8565b90614220565b60e01c615234565b6016840193848111611432576145cb816146366146306145d6986145d0978c8e6137b8565b919290916008190161467e575b6145d692916145d0916138b7565b9981976146b3918c6145d09b6146a361469b6145d69897846138b7565b838b8d6137b8565b93909261103d60808e018e613763565b919b9099509097919250614670565b506003821461455e565b63646ed64b60e01b5f527f000000000000000000000000000000000000000000000000000000000000000060045260245ffd5b60ff6001614511565b63e4b4973360e01b5f5260045260245ffd5b63dccf273160e01b5f5260045260245260445ffd5b5082156144ed565b975061440a565b80849d939a9b9c929994979596970190600282355f1a600381149182911417156147d35760140291600760da1b600b82850101358116147f00000000000000000000000000000000000000000000000000000000000000008b146012848601018e1017176147d357916012918a8f94607460019660358688019402010137010197019998919b9297909a9996959493956144a3565b5090509b9297909a9998919b959493956144ab565b6336659a7f60e01b5f5260045ffd5b6001600160401b03614808836135b9565b6343aa354960e11b5f521660045260245ffd5b50614825826135b9565b610384420190814211611432576001600160401b031611614285565b6001600160a01b031690811561487e57815f52600560205261ffff60405f20541691821561486c5750565b6342f22db560e01b5f5260045260245ffd5b5f9150565b801561490a575f805260086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c7546148bd91906138b7565b6001600160801b0381116148f7575f805260086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c755565b632027862b60e11b5f525f60045260245ffd5b50565b8115613ca85761ffff61492e911691825f52600860205260405f20546138b7565b906001600160801b03821161494b575f52600860205260405f2055565b632027862b60e11b5f5260045260245ffd5b614ac4907f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff92936001600160401b03600a5460801c16946149c77f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316613743565b91604051916149d5836132e0565b6001600160601b0319168252602082019064ffffffffff84168252604083016001815265ffffffffffff633b9aca006001600160401b0360608701941604168252885f52600960205260405f20935160601c9284549064ffffffffff60a01b905160a01b169160ff60c81b905160c81b169265ffffffffffff60d01b905160d01b169360018060d01b039165ffffffffffff60d01b1617161717179055614a7b85613725565b600a54906001600160401b0360801b9060801b16906001600160401b0360801b191617600a556001600160401b0360405193849360018552606060208601526060850190613e31565b911660408301520390a2565b3d15614afa573d90614ae1826137d0565b91614aef60405193846132fb565b82523d5f602084013e565b606090565b909291926001600160801b03614b1485614841565b9316918215611b435760018060a01b031692835f52600d60205260405f2061ffff82165f526020526001600160801b0360405f205416808411614cb657839003906001600160801b0382116114325761ffff91855f52600d60205260405f208383165f526020526001600160801b0360405f2091166001600160801b03198254161790551693845f52600860205260405f20614bb18482546138c4565b905584614c2357505f808080856001600160a01b0386165af1614bd2614ad0565b5015614c14577f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040915b82519182526001600160a01b03166020820152a3565b630db2c7f160e31b5f5260045ffd5b60405163a9059cbb60e01b5f9081526001600160a01b038481166004526024869052929092169160209060448180865af19060015f5114821615614c95575b60405215611b8657507f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed30463391604091614bfe565b906001811516614cad57823b15153d15161690614c62565b503d5f823e3d90fd5b63bba5571960e01b5f5260045260245ffd5b91908110156127d05760051b81013590607e1981360301821215611255570190565b926001600160401b039096959496169381602b11601b850135906001600160801b03801983169260801c161515925b6001600160401b0386169780891015614dbc57885f526009602052614d6360405f2097600560ff614d498b6141b9565b9a5460c81c16149a5f5260096020525f6040812055613576565b9815614daa575050611255575015614d9d5760191161125557614d99916001600160801b0391909116906005013560601c613c16565b9190565b509050613dc691936138b7565b9795614db6919a6138b7565b98614d19565b6001600160401b0382631ddc730f60e11b5f521660045260245ffd5b92919093979584156127d057833560f81c9560018714801561522a575b15614ef85750505082602b1161125557614e123660058401613825565b8051602090910120600a546001600160401b03838116926001600160601b0319169160801c16821015614ee557815f52600960205260405f205490600160ff8360c81c161491821592614ecd575b5050614ebb5750614e72600791613576565b9314614e80575b5050929190565b6040614eb091838298959851948592602084019788528484013781015f838201520301601f1981018352826132fb565b519020925f80614e79565b636a74ceb360e01b5f5260045260245ffd5b60601b6001600160601b031916141590505f80614e60565b5063a13f432b60e01b5f5260045260245ffd5b909192939895600581145f14614fcb575050505081601b1161125557614f2136600188016137eb565b8051602090910120600a546001600160401b03838116926001600160601b0319169160801c16821015614ee557815f52600960205260405f205490600560ff8360c81c161491821592614fb3575b5050614ebb57506040614f84614fac92613576565b96838251948592602084019788528484013781015f838201520301601f1981018352826132fb565b5190209190565b60601b6001600160601b031916141590505f80614f6f565b9398936004810361500757505050506040614fac91838251948592602084019788528484013781015f838201520301601f1981018352826132fb565b9598979592949392600681036152145750604186019586811161143257828711615201576040516150396060826132fb565b60288152676c6c75703a63706b60c01b604060208301927f19457468657265756d205369676e6564204d6573736167653a0a37367a6b726f84520152856005116112555760018501356001600160e01b0319166031871061125557602d8601356001600160e01b03191660198810611255576001600160601b0319600588013516906040519260286020850195865e6001600160401b0360c01b7f000000000000000000000000000000000000000000000000000000000000000060c01b1660488501526001600160401b0360c01b4660c01b1660508501523060601b6058850152606c84015260708301526074820152606881526151396088826132fb565b519020602082018083116114325761515c615156828588886137b8565b9061537d565b9260408101809111611432578561517e615156836151849561518e9a8a6137b8565b956137ac565b3560f81c90615399565b5060048193929310156151ed5715928315936151c5575b5050506151b3575091929190565b630265dbb160e41b5f5260045260245ffd5b90919250602d11611255576019013560601c6001600160a01b039190911614155f80806151a5565b634e487b7160e01b5f52602160045260245ffd5b85630265dbb160e41b5f5260045260245ffd5b8563dccf273160e01b5f5260045260245260445ffd5b5060078714614df5565b601f6407ffffffff8260051c169116604d811161143257600a0a90818102918183041490151715611432576001600160801b031061526f5750565b63c7e15aad60e01b5f5260045260245ffd5b7f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000005f5b8381106152f9575050505061ffff7f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160fc1b03811681036114325761ffff828260041b1c168084111561532457506001016152c6565b935050505090565b6001929190815b61533b575050565b600180831614615362575b805f51602061541c5f395f51905f5291099060011c9081615333565b925f51602061541c5f395f51905f5284819209939050615346565b35906020811061538b575090565b5f199060200360031b1b1690565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615410579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561124a575f516001600160a01b0381161561540657905f905f90565b505f906001905f90565b5050505f916003919056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
