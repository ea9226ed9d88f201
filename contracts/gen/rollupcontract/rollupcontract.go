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
	BlockVerifier        common.Address
	ExitVerifier         common.Address
	BlockSlots           *big.Int
	AccountDepth         *big.Int
	BalanceDepth         *big.Int
	RollupChainId        uint64
	PriorityExpiryBlocks uint64
	GenesisRoot          [32]byte
	Governance           common.Address
	Operator             common.Address
	PriorityFee          uint64
	FeeRecipient         common.Address
}

// RollupStoredBlock is an auto generated low-level Go binding around an user-defined struct.
type RollupStoredBlock struct {
	Number         uint64
	PriorityOps    uint64
	Timestamp      uint64
	PendingOpsHash [32]byte
	StateRoot      [32]byte
	Commitment     [32]byte
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"blockVerifier\",\"type\":\"address\"},{\"internalType\":\"contractIExitVerifier\",\"name\":\"exitVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockSlots\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accountDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"rollupChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityExpiryBlocks\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"priorityFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"BadEthSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"DepositCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InExodusMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"available\",\"type\":\"uint128\"}],\"name\":\"InsufficientPendingBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"NotAWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInExodusMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"PackedAmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"PendingOpsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"PriorityExpiryOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityOpMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriorityOpNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityQueueExhausted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateRootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slots\",\"type\":\"uint256\"}],\"name\":\"TooManyOperations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"TruncatedPubdata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"UnknownOpType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnusedEthSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongPriorityFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongStoredBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksCommitted\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksProven\",\"type\":\"uint64\"}],\"name\":\"BlocksReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"DepositCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"ExodusExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"ExodusMode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"PendingBalanceCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"PriorityRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_FEE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIZES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRIORITY_FEE_UNIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"addToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balanceDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockSlots\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockVerifier\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksCommitted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksExecuted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"requests\",\"type\":\"bytes[]\"}],\"name\":\"cancelOutstandingDepositsForExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositERC20\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"executeBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitVerifier\",\"outputs\":[{\"internalType\":\"contractIExitVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"firstPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashStoredBlock\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCommittedPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"outstanding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"pendingBalances\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"lastExecuted\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"performExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityExpiryBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"priorityOps\",\"outputs\":[{\"internalType\":\"bytes20\",\"name\":\"hash\",\"type\":\"bytes20\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"feeGwei\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"proveBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"requestFullExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"revertBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollupChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"setPriorityFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"storedBlockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"tokenAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenIds\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPriorityOps\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalanceTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x61016080604052346105cd5761018081614240803803809161002182856105d1565b8339810103126105cd5760405161018081016001600160401b038111828210176104dc5760405281516001600160a01b03811681036105cd5781526020820151906001600160a01b03821682036105cd5760208101918252604083015160408201908152606084015193606083019485526080810151608084019081526100aa60a083016105f4565b60a085019081526100bd60c084016105f4565b9160c0860192835260e08401519760e087019889526100df6101008601610608565b95610100880198878a526100f66101208801610608565b98610120810199808b526101226101606101136101408c016105f4565b9a61014085019b8c5201610608565b61016083019081526006805461ffff19166001179055996001600160a01b0316159081156105bb575b506105ac5782511515806105a2575b80610596575b6101699061061c565b61017e8551801515908161058a575b5061061c565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018c51101561057b5786516001600160401b0316600a8110801561056e575b61054f5750516001600160a01b039081166080529051811660a052905160c052905160e05290516101005290516001600160401b0390811661012052915182166101405285515f80546001600160a01b03191691831691909117815585519091168152600260205260409020805460ff1916600117905590519081169066b1a2bc2ec5000082118015610537575b61051157600980546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1516001600160a01b03168061050c575080516001600160a01b03165b6001600160a01b03169182158015610503575b6104f057600380546001600160a01b03191684179055604051927f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f9260209290917fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3235f80a2516001600160a01b03165f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a351600184526001600160a01b031692a2516040519060c082016001600160401b038111838210176104dc576040525f825260208201915f835260408101915f835260a060608301925f84526080810192835201915f83526040519360208501955f875260018060401b03905116604086015260018060401b0390511660608501525160808401525160a08301525160c082015260c0815261040360e0826105d1565b5190205f8052600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f7655604051613beb9081610655823960805181818161038d0152611757015260a05181818161057401526119a2015260c0518181816119e8015281816121290152818161222e015281816122540152818161249701528181612a910152612b2c015260e0518181816102ae0152610ee90152610100518181816108c50152611694015261012051818181610d6a0152612922015261014051818181610ff101528181611e4301526137f40152f35b634e487b7160e01b5f52604160045260245ffd5b82631ecdd20960e31b5f5260045260245ffd5b503083146102cd565b6102ba565b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b50633b9aca0082066001600160401b0316151561024b565b632a14092b60e21b5f52600452600a602452630100000060445260645ffd5b50630100000081116101bd565b6336659a7f60e01b5f5260045ffd5b6010915011155f610178565b50835160201015610160565b508351151561015a565b63d92e233d60e01b5f5260045ffd5b6001600160a01b03161590505f61014b565b5f80fd5b601f909101601f19168101906001600160401b038211908210176104dc57604052565b51906001600160401b03821682036105cd57565b51906001600160a01b03821682036105cd57565b1561062357565b60405162461bcd60e51b815260206004820152600960248201526862616420736861706560b81b6044820152606490fdfe6080806040526004361015610012575f80fd5b5f3560e01c908162c9456514612e9657508063054ff45514612cba5780630bf478d81461207657806310603dad1461203b57806313e7c9d814611ffe578063175b41d914611fdb5780632307952214611fb557806323651a3314611f97578063238efcbc14611f1e578063264c091214611efc5780632b8c062a14611eab5780632ed5160914611e8257806330f0a6d914611e675780633caddd9414611e245780634281aa4814611a595780634690484014611a3157806348ed7b3a14611a0b5780634a770d09146119d157806352822bfb1461198d578063558a729714611900578063590ae813146116fc5780635aa6e675146116d55780636d91cf03146116b7578063788ef4f51461167d5780637dd179f9146116545780637efcfe8514611315578063824217c2146112be57806395845c43146112955780639f181b5e14611274578063a6c1cde01461120a578063a7e7aacd14611155578063ab9b2adf14610ea5578063ac91b4d514610d8e578063ad97165314610d4b578063b863846e14610d18578063c21204a214610a6b578063c45c845d14610a15578063c90e3446146109f4578063d38bfff4146109a8578063d48bfca71461086b578063d514da5014610842578063d93f92c514610769578063dbf814c214610749578063dfc8ac1b1461045e578063e74b981b146103bc578063e7e18e6a14610378578063e93713a11461034c578063ea36f99014610314578063eac63a5b146102f9578063f39c38a0146102d1578063f86be708146102975763fc97a30314610257575f80fd5b34610293576020366003190112610293576001600160a01b03610278612f3e565b165f526004602052602061ffff60405f205416604051908152f35b5f80fd5b34610293575f3660031901126102935760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610293575f366003190112610293576001546040516001600160a01b039091168152602090f35b34610293575f366003190112610293576020604051600a8152f35b34610293576020366003190112610293576001600160401b03610335612fb7565b165f52600b602052602060405f2054604051908152f35b346102935760c036600319011261029357602061037061036b36613098565b613367565b604051908152f35b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610293576020366003190112610293576103d5612f3e565b5f546001600160a01b0316330361044f576001600160a01b031680158015610446575b61043457600380546001600160a01b031916821790557fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3235f80a2005b631ecdd20960e31b5f5260045260245ffd5b503081146103f8565b632d5be4cb60e21b5f5260045ffd5b3461029357366003190161016081126102935760c0136102935760c43563ffffffff81168091036102935760e4356001600160a01b038116919082810361029357610104359061ffff82168083036102935761012435936001600160801b038516958686036102935761014435906001600160401b0382116102935736602383011215610293578160040135916001600160401b0383116102935736602484830101116102935761050d6133d3565b60ff600d54161561073a576001600160401b03600a5460801c166004356001600160401b03811680820361029357821480159150610717575b6107055750835f52600e60205260405f20855f5260205260ff60405f2054166106ed5788156106de576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160a082016001600160401b038111838210176106ca5760405260843582528560208301528360408301528660608301528a6080830152823b1561029357604051630af9a23560e21b815260c06004820152948592916106039160c48501916024016132d1565b905f602484015b600582106106b0575050509181805f9403915afa9081156106a557610683987f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc880160893604093610695575b50845f52600e602052825f20865f52602052825f20600160ff1982541617905582519182526020820152a36135fe565b5f5f516020613bcb5f395f51905f525d005b5f61069f91613077565b8a610653565b6040513d5f823e3d90fd5b82518152879450602092830192600192909201910161060a565b634e487b7160e01b5f52604160045260245ffd5b631f2a200560e01b5f5260045ffd5b505050639f55e9db60e01b5f5260045260245260445ffd5b633746be9b60e11b5f5260045260245ffd5b5061072661036b366004613111565b815f52600b60205260405f20541415610546565b630779d7d160e11b5f5260045ffd5b34610293575f36600319011261029357602060095460c01c604051908152f35b3461029357602036600319011261029357610782612fb7565b5f546001600160a01b0316330361044f576001600160401b0381169066b1a2bc2ec500008211801561082a575b61080457600980546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1005b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b506001600160401b03633b9aca0083061615156107af565b346102935761068361085336612ff7565b9161085c6133d3565b6001600160a01b03811661393f565b3461029357602036600319011261029357610884612f3e565b5f546001600160a01b0316330361044f576001600160a01b0316801561099957805f52600460205261ffff60405f2054166109875761ffff600654169060017f00000000000000000000000000000000000000000000000000000000000000001b82101561097857805f52600460205260405f208261ffff19825416179055815f52600560205260405f20816001600160601b0360a01b8254161790556001820161ffff81116109645761ffff1661ffff1960065416176006557f78fc75a90b2d2aeb8c1d0cb138b1c62ac8390fae9e60666d4a7400fa263d47ea5f80a3005b634e487b7160e01b5f52601160045260245ffd5b633a4733d960e11b5f5260045ffd5b633fb6e97160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b34610293576020366003190112610293576109c1612f3e565b5f546001600160a01b0316330361044f57600180546001600160a01b0319166001600160a01b0392909216919091179055005b34610293575f36600319011261029357602060405166b1a2bc2ec500008152f35b3461029357610a2336612ff7565b90610a2c6133d3565b6001600160a01b0383169283158015610a62575b610a4f5761068393503361393f565b83631ecdd20960e31b5f5260045260245ffd5b50308414610a40565b6060366003190112610293576004356001600160a01b03811680820361029357610a93612fe1565b6044356001600160a01b03811680820361029357610aaf6133d3565b60ff600d5416610d0957835f52600460205260405f20549261ffff8416958615610cf65760095460c01c95863403610cdf576040516370a0823160e01b815230600482015291602083602481855afa9283156106a5575f93610cab575b506001600160801b03604051946323b872dd60e01b5f5233600452306024521660445260205f60648180855af19060015f5114821615610c8c575b50836040525f60605215610c7a57826024816020936370a0823160e01b82523060048301525afa80156106a5575f90610c46575b610b85925061335a565b90156109995780156106de57610b9e816106839661376a565b610ba7846136e0565b604051600160f81b60208201525f602182015260f09390931b6001600160f01b0319166025840181905260809190911b6001600160801b0319166027840181905260609290921b6001600160601b03191660378401819052602b8452610c0e604b85613077565b60405192602084019283526022840152603283015260268252610c32604683613077565b905190206001600160601b031916906137ba565b506020823d602011610c72575b81610c6060209383613077565b8101031261029357610b859151610b7b565b3d9150610c53565b635274afe760e01b5f5260045260245ffd5b6001821516610ca2573b15153d15161689610b47565b843d5f823e3d90fd5b9092506020813d602011610cd7575b81610cc760209383613077565b8101031261029357519189610b0c565b3d9150610cba565b866346cf1f8360e11b5f523460045260245260445ffd5b856342f22db560e01b5f5260045260245ffd5b637fa3dd5760e11b5f5260045ffd5b346102935760203660031901126102935761ffff610d34612f1c565b165f526007602052602060405f2054604051908152f35b34610293575f3660031901126102935760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b604036600319011261029357610da2612f3e565b610daa612fe1565b610db26133d3565b60ff600d5416610d095760095460c01c906001600160801b03811692610dd883856132c4565b3403610e85576001600160a01b038116156109995783156106de57610e08610e0384610683966132c4565b6136e0565b604051600160f81b60208201525f60218201819052602582015260809290921b6001600160801b0319166027830181905260609190911b6001600160601b03191660378301819052602b835290610e60604b84613077565b6040519160208301915f83526022840152603283015260268252610c32604683613077565b610e8f83856132c4565b6346cf1f8360e11b5f523460045260245260445ffd5b604036600319011261029357610eb9612f54565b6024356001600160a01b038116810361029357610ed46133d3565b60ff600d5416610d095763ffffffff821660017f00000000000000000000000000000000000000000000000000000000000000001b8110156111435750610f1a9061369e565b60095460c01c9081340361112c579060807f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff92610f56836136e0565b604051906020820195600560f81b875263ffffffff60e01b9060e01b168060218401523360601b9182602585015261ffff60f01b9060f01b168060398501525f603b850152602b8452610faa604b85613077565b604051926020840192835260248401526038830152601a8252610fce603a83613077565b6001600160601b03199151902016946001600160401b03600954841c169561101f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0343166131ee565b946040519161102d8361305c565b825264ffffffffff8616602080840191825260056040808601918252633b9aca0090940465ffffffffffff1660608087019182525f8d8152600890945294909220945192519051915160a09190911b64ffffffffff60a01b169290931c9190911760c89190911b60ff60c81b161760d09190911b6001600160d01b0319161790556110b7866131d0565b600954906001600160401b03851b90851b16906001600160401b03851b1916176009556001600160401b0360405194859360058552606060208601525180938160608701528686015e5f848401860152166040830152601f01601f19168101030190a25f5f516020613bcb5f395f51905f525d005b506346cf1f8360e11b5f523460045260245260445ffd5b632352977d60e21b5f5260045260245ffd5b34610293575f3660031901126102935761116d6133d3565b600d5460ff8116610d09576009546001600160401b038082169160801c168110908115916111ea575b506111db5760ff1916600117600d557fc71028c67eb0ef128ea270a59a674629e767d51c1af44ed6753fd2fad2c7b6775f80a15f5f516020613bcb5f395f51905f525d005b635b45bd5b60e01b5f5260045ffd5b90505f52600860205264ffffffffff60405f205460a01c16431082611196565b34610293576020366003190112610293576001600160401b0361122b612fb7565b165f526008602052608060405f2054604051906001600160601b03198160601b16825264ffffffffff8160a01c16602083015260ff8160c81c16604083015260d01c6060820152f35b34610293575f36600319011261029357602061ffff60065416604051908152f35b34610293575f3660031901126102935760206001600160401b03600a5460401c16604051908152f35b34610293576040366003190112610293576112d7612f3e565b6112df612f2d565b9060018060a01b03165f52600c60205261ffff60405f2091165f5260205260206001600160801b0360405f205416604051908152f35b346102935760403660031901126102935761132e612fb7565b6024356001600160401b0381116102935761134d903690600401612eec565b90916113576133d3565b8060ff600d54161561073a576001600160401b039061138160095483811693849160801c166131b0565b906001600160401b0380831691161161164c575b506001600160401b03821690811561163d5781840361162e575f5b6001600160401b03811690838210156115f8576001600160401b036113d582856131ee565b1690815f5260086020526113ee60405f2093888a6132a1565b929093602b84148015906115c9575b6115b6578054600160ff8260c81c16145f146115215784602b1161029357600586019061142a6026613309565b6114376040519182613077565b602681526020810136602b8a01116102935760268482375f60468301526001600160601b03199151902016906001600160601b03199060601b160361150e57601786013560601c9060078610610293573560f01c94601711610293576001600160801b036114f36114fa936114ee6001988460076001600160401b039c013560801c169080878a7fd2e8b874f057fbd358eee699a064bf12440c18df2420edb344ae8e1965474b6e6020604051878152a4866135fe565b613548565b1690613568565b5f5260086020525f604081205501166113b0565b82636a74ceb360e01b5f5260045260245ffd5b84601b9592951161029357611536601a613309565b6115436040519182613077565b601a81526020810136601b89011161029357601a6001890182375f603a8301526001600160601b03199151902016906001600160601b03199060601b16036115b657601911610293576001600160401b03936001936114fa916005013560601c906001600160801b03906114f390613548565b50636a74ceb360e01b5f5260045260245ffd5b5083156115e45760ff815460c81c16853560f81c14156113fd565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0361160a86856131ee565b166001600160401b031960095416176009555f5f516020613bcb5f395f51905f525d005b631fec674760e31b5f5260045ffd5b6380e681ab60e01b5f5260045ffd5b915084611395565b34610293575f3660031901126102935760206001600160401b0360095460401c16604051908152f35b34610293575f3660031901126102935760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610293575f36600319011261029357602060405163010000008152f35b34610293575f366003190112610293575f546040516001600160a01b039091168152602090f35b346102935761170a36612f67565b926117169291926133d3565b60ff600d5416610d095781156118f15783820361162e578391600a54936001600160401b038560401c16925f946001600160401b0387169160018060a01b037f000000000000000000000000000000000000000000000000000000000000000016915b8588106117bc576fffffffffffffffff0000000000000000198916604088901b67ffffffffffffffff60401b1617600a555f5f516020613bcb5f395f51905f525d005b9091929394956117cb9061320e565b966001600160401b038816908582116118de576117f2896117ed838b88613176565b613408565b6117fd8184896132a1565b929060405190602082018281106001600160401b038211176106ca5760405260a0611829858d8a613176565b01358252873b156102935793611859604051958692632363e29760e21b84526040600485015260448401916132d1565b915f90602483015b600183106118c557505050805f920381895afa9283156106a5576001936118b5575b507f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a20196959493929190611779565b5f6118bf91613077565b8b611883565b8151815287935060019092019160209182019101611861565b506347bcb32f60e01b5f5260045260245ffd5b630fd4b63760e31b5f5260045ffd5b3461029357604036600319011261029357611919612f3e565b60243590811515809203610293575f546001600160a01b0316330361044f576001600160a01b03169081156109995760207f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91835f526002825260405f2060ff1981541660ff8316179055604051908152a2005b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610293575f3660031901126102935760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610293575f3660031901126102935760206001600160401b03600a5416604051908152f35b34610293575f366003190112610293576003546040516001600160a01b039091168152602090f35b3461029357611a6736612f67565b611a729391936133d3565b60ff600d5416610d095782156118f15780830361162e5782846001600160401b03600a5460801c16916001600160401b0360095416935f955f5b838110611b3357600a805467ffffffffffffffff60801b1916608088901b67ffffffffffffffff60801b161790556009805467ffffffffffffffff19166001600160401b0389161790558780611b0e575f5f516020613bcb5f395f51905f525d005b600354611b2d916001600160801b0316906001600160a01b0316613568565b80610683565b90919395969294611b439061320e565b936001600160401b03600a5460401c16966001600160401b038616978811611e1157611b70838886613176565b97611b7b878a613408565b611b90611b8a60208b0161319c565b8b6131ee565b945f985f5b611ba087878761322b565b9050811015611d4b57611bbe81611bb889898961322b565b906132a1565b909b8c8260405191602083019384526040830137611bef6040828581015f838201520301601f198101835282613077565b5190209b81156115e457803560f81c6004811480611d41575b15611c785782602d116102935760198201359083600711610293576005830135918460171161029357600592611c4d91600786013560801c9160f01c9060601c6135fe565b14611c5d575b5050600101611b95565b9989611c6e939f8d9360019d613457565b98909c908e611c53565b6005811480611d37575b15611ccc57826019116102935760058201359083601b116102935760198301359184602b1161029357600592611cc791601b86013560801c9160f01c9060601c6135fe565b611c4d565b6007811480611d2d575b15611d1b5782602b116102935760178201359083600711610293576005830135918460171161029357600592611cc791600786013560801c9160f01c9060601c6135fe565b630b04011760e11b5f5260045260245ffd5b50602b8314611cd6565b50602b8314611c82565b50602d8314611c08565b50996060909b9796929b99919399989598013503611dfe576001600160401b031697945b6001600160401b0381169489861015611dc0576001600160401b0391611dab600192885f526008602052611da560405f20613548565b906132c4565b965f5260086020525f60408120550116611d6f565b9990985060019296919594509692967f964a1cacc1856ec3fc82bdd1c4577ae8ccc942dc6b6a1ac5efaf3787a234200f5f80a2019391929093611aac565b89631ddc730f60e11b5f5260045260245ffd5b87638afd48a760e01b5f5260045260245ffd5b34610293575f3660031901126102935760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293575f36600319011261029357602060405160358152f35b34610293575f3660031901126102935760206001600160401b03600a5460801c16604051908152f35b3461029357604036600319011261029357611ec4612f54565b63ffffffff611ed1612f2d565b91165f52600e60205261ffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610293575f36600319011261029357602060ff600d54166040519015158152f35b34610293575f36600319011261029357600154336001600160a01b03821614801590611f8f575b61044f575f543360018060a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b031990811633175f5516600155005b503315611f45565b34610293575f366003190112610293576020604051633b9aca008152f35b34610293575f3660031901126102935760206001600160401b0360095416604051908152f35b34610293575f366003190112610293576020672b352b2d26122b00604051908152f35b34610293576020366003190112610293576001600160a01b0361201f612f3e565b165f526002602052602060ff60405f2054166040519015158152f35b346102935760203660031901126102935761ffff612057612f1c565b165f526005602052602060018060a01b0360405f205416604051908152f35b3461029357366003190160e081126102935760c0136102935760c4356001600160401b038111610293576120ae903690600401612eec565b906120b76133d3565b60ff600d5416610d0957335f52600260205260ff60405f20541615612cab5781156118f1576001600160401b03600a5416806001600160401b036120f9613186565b161490811591612c88575b50612c65579061211336613098565b916001600160401b0360095460401c165f9160357f000000000000000000000000000000000000000000000000000000000000000002672b352b2d26122b00925b85851015612c10578460051b830135609e198436030181121561029357816040519861217f8a613041565b5f8a525f60208b015260408a015f81525f60608c01525f60808c01525f60a08c01526121ac84880161319c565b6001600160401b03806040850151169116108015612be8575b612bc25760408488010135907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821015612bb3576001600160401b0361220d818551166131d0565b168c526001600160401b03612223868a0161319c565b1690528060808c01527f000000000000000000000000000000000000000000000000000000000000000086046035147f0000000000000000000000000000000000000000000000000000000000000000151715610964578560540160541161096457608061229387605401613309565b926122a16040519485613077565b605488018085526122b190613309565b601f190136602086013701518b5160c01b6001600160c01b03191667ffffffffffffffff60801b6122e38a880161319c565b60801b1617916020868a0101359163ffffffff83168303610293576020850152604084015263ffffffff60601b9060601b1617606082015261232c60608488010184880161326f565b5f948592909183805b828110612430575b50505050806080612353928a010190890161326f565b91905003612421576020926001600160401b03612371865f956131b0565b16848c015260608b0152828151910160025afa15610293575f516001600160fd1b031660a088015260208701516001916123b4916001600160401b0316906131ee565b966123be81613367565b6001600160401b038251165f52600b60205260405f20556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060a0840151608085015182519182526020820152a294019395612154565b6305df175760e51b5f5260045ffd5b828110612af7575b828114612af25761244a8184866132b8565b356107f8808260f51c1616908060f81c82046008148160f81c151715610964578e60078260f81c11908115612ae4575b50612acb57848f60ff61249091851c16856132c4565b11612ab8577f00000000000000000000000000000000000000000000000000000000000000008414612a85578e908e60ff83851c1685890160748d60358a0201013760028260f81c148015612a78575b156125cc57505060ff6124f691831c16836132c4565b6006198101908111610964576125118f831c60ff16846132c4565b6001198101908111610964576125289186886132f1565b6001600160d81b0319913591821691600582106125ac575b5050601f8160dd1c9160d81c16604d811161096457600a0a90818102918183041490151715610964576001600160801b0310612599579060ff8e612587935b1c16906132c4565b905f1981146109645760010190612335565b5063c7e15aad60e01b5f5260045260245ffd5b6001600160d81b031960059290920360031b82901b161690505f80612540565b60018260f89d94939d1c148015612a6b575b1561271c575050600583019081841161096457602b8401918285116109645761260c8361261392898b6132f1565b3691613324565b80516020909101206009546001600160401b03838116926001600160601b0319169160801c1682101561270957815f52600860205260405f205490600160ff8360c81c1614918215926126f1575b50506126df5750908f929161267760079161320e565b9b60f81c1461268f575b50612587929160ff9161257f565b9160ff919b60406126d26126a96125879796878b8d6132f1565b9290838251948592602084019788528484013781015f838201520301601f198101835282613077565b5190209b91509192612681565b636a74ceb360e01b5f5260045260245ffd5b60601b6001600160601b031916141590505f80612661565b5063a13f432b60e01b5f5260045260245ffd5b9091929b939a60058160f81c145f146127fc5750505060018901808a1161096457601b8a0190818b11610964576127589161260c9187896132f1565b80516020909101206009546001600160401b03838116926001600160601b0319169160801c1682101561270957815f52600860205260405f205490600560ff8360c81c1614918215926127e4575b50506126df57506127b69061320e565b97602b810191828211610964578e60ff9160406127db6126a961258797878b8d6132f1565b5190209b61257f565b60601b6001600160601b031916141590505f806127a6565b929a93919260f81c60040361283357508160ff9160406127db6126a98f86612587999861282b921c16886132c4565b878b8d6132f1565b61285361284b60ff8e9b95612862959f1c16866132c4565b85888a6132f1565b9290918901608081019061326f565b60418501949185831161096457818611612a58576060926040516128868582613077565b60288152676c6c75703a63706b60c01b604060208301927f19457468657265756d205369676e6564204d6573736167653a0a37367a6b726f84520152866005116102935760018601356001600160e01b0319166031881061029357602d8701356001600160e01b03191660198910610293576001600160601b0319600589013516906040519260286020850195865e6001600160401b0360c01b7f000000000000000000000000000000000000000000000000000000000000000060c01b1660488501526001600160401b0360c01b4660c01b16605085015230891b6058850152606c8401526070830152607482015260688152612985608882613077565b51902060208201808311610964576129a86129a2828588886132f1565b90613b2c565b926040810180911161096457856129ca6129a2836129d0956129da9a8a6132f1565b956132b8565b3560f81c90613b48565b506004819492941015612a44571593841594612a1a575b50505050612a07579060ff8e612587939861257f565b50630265dbb160e41b5f5260045260245ffd5b9091929350602d116102935760190135901c6001600160a01b03908116911614155f8080806129f1565b634e487b7160e01b5f52602160045260245ffd5b86630265dbb160e41b5f5260045260245ffd5b5060078c60f81c146125de565b5060038260f81c146124e0565b63646ed64b60e01b5f527f000000000000000000000000000000000000000000000000000000000000000060045260245ffd5b8263e4b4973360e01b5f5260045260245ffd5b8263dccf273160e01b5f5260045260f81c60245260445ffd5b60ff9150831c16158f61247a565b61233d565b8394979b989c95999f9d9e919293816002919c989c01355f1a60038114918291141715612b9c576014810282810160120186107f0000000000000000000000000000000000000000000000000000000000000000861417878401909101600b0135600760da1b9081161417612b9c576001916014828e82601295028501906074858c019160358b020101370201019201959995909d9c9e98949b979a96939291612430565b509e98949b979a96939291909d9c9e999599612438565b6336659a7f60e01b5f5260045ffd5b6001600160401b03612bd585890161319c565b6343aa354960e11b5f521660045260245ffd5b50612bf484880161319c565b610384420190814211610964576001600160401b0316116121c5565b6001600160401b038751166001600160401b0319600a541617600a5567ffffffffffffffff60401b6009549160401b169067ffffffffffffffff60401b1916176009555f5f516020613bcb5f395f51905f525d005b6001600160401b03612c75613186565b633746be9b60e11b5f521660045260245ffd5b9050612c9661036b36613098565b905f52600b60205260405f2054141583612104565b631f0853c160e21b5f5260045ffd5b34610293576020366003190112610293576004356001600160401b03811161029357612cea903690600401612ebc565b612cf26133d3565b60ff600d5416610d0957335f52600260205260ff60405f20541615612cab5780156118f157906001600160401b03600a5416906001600160401b0360095460401c16925f915b818310612e0d577faf0891836c1ac67f4454de6bf99ba118318b7263cf6244333ac76ee8a23fdc2c604085876001600160401b0382168092816001600160401b03600a54948282198716179081600a5567ffffffffffffffff60401b600954918a1b169067ffffffffffffffff60401b191617600955871c1611612de5575b5050506001600160401b03600a54831c1682519182526020820152a15f5f516020613bcb5f395f51905f525d005b67ffffffffffffffff60401b90851b16916001600160801b0319161717600a55838181612db7565b9091926001600160401b03600a5460801c16946001600160401b03821695861115612e8357612e44612e6e926117ed878787613176565b855f52600b6020525f6040812055612e686020612e62878787613176565b0161319c565b906131b0565b938015610964575f1901926001019190612d38565b856316c087bd60e01b5f5260045260245ffd5b34610293575f366003190112610293576020906001600160401b0360095460801c168152f35b9181601f84011215610293578235916001600160401b0383116102935760208085019460c0850201011161029357565b9181601f84011215610293578235916001600160401b038311610293576020808501948460051b01011161029357565b6004359061ffff8216820361029357565b6024359061ffff8216820361029357565b600435906001600160a01b038216820361029357565b6004359063ffffffff8216820361029357565b6040600319820112610293576004356001600160401b0381116102935781612f9191600401612ebc565b92909291602435906001600160401b03821161029357612fb391600401612eec565b9091565b600435906001600160401b038216820361029357565b35906001600160401b038216820361029357565b602435906001600160801b038216820361029357565b6060906003190112610293576004356001600160a01b038116810361029357906024356001600160a01b038116810361029357906044356001600160801b03811681036102935790565b60c081019081106001600160401b038211176106ca57604052565b608081019081106001600160401b038211176106ca57604052565b90601f801991011681019081106001600160401b038211176106ca57604052565b60c090600319011261029357604051906130b182613041565b816004356001600160401b03811681036102935781526024356001600160401b03811681036102935760208201526044356001600160401b03811681036102935760408201526064356060820152608435608082015260a060a435910152565b91908260c09103126102935760405161312981613041565b60a080829461313781612fcd565b845261314560208201612fcd565b602085015261315660408201612fcd565b604085015260608101356060850152608081013560808501520135910152565b91908110156115e45760c0020190565b6004356001600160401b03811681036102935790565b356001600160401b03811681036102935790565b906001600160401b03809116911603906001600160401b03821161096457565b6001600160401b036001911601906001600160401b03821161096457565b906001600160401b03809116911601906001600160401b03821161096457565b6001600160401b03166001600160401b0381146109645760010190565b91908110156115e45760051b81013590601e19813603018212156102935701908135916001600160401b038311610293576020018260051b36038113610293579190565b903590601e198136030182121561029357018035906001600160401b0382116102935760200191813603831361029357565b908210156115e457612fb39160051b81019061326f565b908210156115e4570190565b9190820180921161096457565b908060209392818452848401375f828201840152601f01601f1916010190565b90939293848311610293578411610293578101920390565b6001600160401b0381116106ca57601f01601f191660200190565b92919261333082613309565b9161333e6040519384613077565b829481845281830111610293578281602093845f960137010152565b9190820391821161096457565b60405160a060208201926001600160401b0381511684526001600160401b0360208201511660408401526001600160401b03604082015116606084015260608101516080840152608081015182840152015160c082015260c081526133cd60e082613077565b51902090565b5f516020613bcb5f395f51905f525c6133f95760015f516020613bcb5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03918261341b8361319c565b91169216821480159190613432575b506107055750565b613442915061036b903690613111565b815f52600b60205260405f205414155f61342a565b926001600160401b039096959496169381602b11601b850135906001600160801b03801983169260801c161515925b6001600160401b038616978089101561352c57885f5260086020526134d060405f2097600560ff6134b68b613548565b9a5460c81c16149a5f5260086020525f604081205561320e565b981561351a57505061029357501561350a5760191161029357613506916001600160801b0391909116906005013560601c613568565b9190565b50905061351791936132c4565b90565b9795613526919a6132c4565b98613486565b6001600160401b0382631ddc730f60e11b5f521660045260245ffd5b5460d01c633b9aca00810290808204633b9aca0014901517156109645790565b906001600160801b03169081156135fa5760018060a01b0316805f52600c60205260405f205f805260205260405f20826001600160801b03825416016001600160801b038111610964575f937f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926001600160801b03602093166001600160801b0319825416179055604051908152a3565b5050565b916001600160801b03169182156136995760018060a01b031690815f52600c60205260405f2061ffff82165f5260205260405f20836001600160801b03825416016001600160801b038111610964577f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926020926001600160801b0361ffff93166001600160801b03198254161790556040519586521693a3565b505050565b6001600160a01b03169081156136db57815f52600460205261ffff60405f2054169182156136c95750565b6342f22db560e01b5f5260045260245ffd5b5f9150565b8015613767575f805260076020527f6d5257204ebe7d88fd91ae87941cb2dd9d8062b64ae5a2bd2d28ec40b9fbf6df5461371a91906132c4565b6001600160801b038111613754575f805260076020527f6d5257204ebe7d88fd91ae87941cb2dd9d8062b64ae5a2bd2d28ec40b9fbf6df55565b632027862b60e11b5f525f60045260245ffd5b50565b81156135fa5761ffff61378b911691825f52600760205260405f20546132c4565b906001600160801b0382116137a8575f52600760205260405f2055565b632027862b60e11b5f5260045260245ffd5b9160807f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff92936001600160401b03600954831c16946138227f00000000000000000000000000000000000000000000000000000000000000006001600160401b0343166131ee565b93604051916138308361305c565b6001600160601b0319168252602082019064ffffffffff86168252604083016001815265ffffffffffff633b9aca006001600160401b0360608701941604168252885f52600860205260405f20935160601c9284549064ffffffffff60a01b905160a01b169160ff60c81b905160c81b169265ffffffffffff60d01b905160d01b169360018060d01b039165ffffffffffff60d01b16171617171790556138d6856131d0565b600954906001600160401b03841b90841b16906001600160401b03841b19161760095560206001600160401b03604051948593600185526060848601528051938491826060880152018686015e5f848401860152166040830152601f01601f19168101030190a2565b909291926001600160801b036139548561369e565b93169182156106de5760018060a01b031692835f52600c60205260405f2061ffff82165f526020526001600160801b0360405f205416808411613b1a57839003906001600160801b0382116109645761ffff91855f52600c60205260405f208383165f526020526001600160801b0360405f2091166001600160801b03198254161790551693845f52600760205260405f206139f184825461335a565b905584613a8757505f808080856001600160a01b0386165af13d15613a82573d613a1a81613309565b90613a286040519283613077565b81525f60203d92013e5b15613a73577f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040915b82519182526001600160a01b03166020820152a3565b630db2c7f160e31b5f5260045ffd5b613a32565b60405163a9059cbb60e01b5f9081526001600160a01b038481166004526024869052929092169160209060448180865af19060015f5114821615613af9575b60405215610c7a57507f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed30463391604091613a5d565b906001811516613b1157823b15153d15161690613ac6565b503d5f823e3d90fd5b63bba5571960e01b5f5260045260245ffd5b359060208110613b3a575090565b5f199060200360031b1b1690565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613bbf579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156106a5575f516001600160a01b03811615613bb557905f905f90565b505f906001905f90565b5050505f916003919056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// Solidity: constructor((address,address,uint256,uint256,uint256,uint64,uint64,bytes32,address,address,uint64,address) c) returns()
func (rollup *Rollup) PackConstructor(c RollupConfig) []byte {
	enc, err := rollup.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
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

// PackBlockVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e18e6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockVerifier() view returns(address)
func (rollup *Rollup) PackBlockVerifier() []byte {
	enc, err := rollup.abi.Pack("blockVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e18e6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockVerifier() view returns(address)
func (rollup *Rollup) TryPackBlockVerifier() ([]byte, error) {
	return rollup.abi.Pack("blockVerifier")
}

// UnpackBlockVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7e18e6a.
//
// Solidity: function blockVerifier() view returns(address)
func (rollup *Rollup) UnpackBlockVerifier(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("blockVerifier", data)
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

// PackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bf478d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,bytes32,bytes,bytes)[] blocks) returns()
func (rollup *Rollup) PackCommitBlocks(last RollupStoredBlock, blocks []RollupCommitBlock) []byte {
	enc, err := rollup.abi.Pack("commitBlocks", last, blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bf478d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32) last, (uint64,uint32,bytes32,bytes,bytes)[] blocks) returns()
func (rollup *Rollup) TryPackCommitBlocks(last RollupStoredBlock, blocks []RollupCommitBlock) ([]byte, error) {
	return rollup.abi.Pack("commitBlocks", last, blocks)
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
// the contract method with ID 0x4281aa48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[][] pendingOps) returns()
func (rollup *Rollup) PackExecuteBlocks(blocks []RollupStoredBlock, pendingOps [][][]byte) []byte {
	enc, err := rollup.abi.Pack("executeBlocks", blocks, pendingOps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4281aa48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[][] pendingOps) returns()
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
// the contract method with ID 0xe93713a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashStoredBlock((uint64,uint64,uint64,bytes32,bytes32,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) PackHashStoredBlock(b RollupStoredBlock) []byte {
	enc, err := rollup.abi.Pack("hashStoredBlock", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashStoredBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe93713a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashStoredBlock((uint64,uint64,uint64,bytes32,bytes32,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) TryPackHashStoredBlock(b RollupStoredBlock) ([]byte, error) {
	return rollup.abi.Pack("hashStoredBlock", b)
}

// UnpackHashStoredBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe93713a1.
//
// Solidity: function hashStoredBlock((uint64,uint64,uint64,bytes32,bytes32,bytes32) b) pure returns(bytes32)
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
// the contract method with ID 0xdfc8ac1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function performExodus((uint64,uint64,uint64,bytes32,bytes32,bytes32) lastExecuted, uint32 accountId, address owner, uint16 token, uint128 amount, bytes proof) returns()
func (rollup *Rollup) PackPerformExodus(lastExecuted RollupStoredBlock, accountId uint32, owner common.Address, token uint16, amount *big.Int, proof []byte) []byte {
	enc, err := rollup.abi.Pack("performExodus", lastExecuted, accountId, owner, token, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPerformExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfc8ac1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function performExodus((uint64,uint64,uint64,bytes32,bytes32,bytes32) lastExecuted, uint32 accountId, address owner, uint16 token, uint128 amount, bytes proof) returns()
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
// the contract method with ID 0x590ae813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[] proofs) returns()
func (rollup *Rollup) PackProveBlocks(blocks []RollupStoredBlock, proofs [][]byte) []byte {
	enc, err := rollup.abi.Pack("proveBlocks", blocks, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590ae813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32)[] blocks, bytes[] proofs) returns()
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
// the contract method with ID 0x054ff455.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revertBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32)[] blocks) returns()
func (rollup *Rollup) PackRevertBlocks(blocks []RollupStoredBlock) []byte {
	enc, err := rollup.abi.Pack("revertBlocks", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevertBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054ff455.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revertBlocks((uint64,uint64,uint64,bytes32,bytes32,bytes32)[] blocks) returns()
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadEthSignature"].ID.Bytes()[:4]) {
		return rollup.UnpackBadEthSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadRecipient"].ID.Bytes()[:4]) {
		return rollup.UnpackBadRecipientError(raw[4:])
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
