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
	Bin: "0x61016080604052346105cd57610180816144d3803803809161002182856105d1565b8339810103126105cd5760405161018081016001600160401b038111828210176104dc5760405281516001600160a01b03811681036105cd5781526020820151906001600160a01b03821682036105cd5760208101918252604083015160408201908152606084015193606083019485526080810151608084019081526100aa60a083016105f4565b60a085019081526100bd60c084016105f4565b9160c0860192835260e08401519760e087019889526100df6101008601610608565b95610100880198878a526100f66101208801610608565b98610120810199808b526101226101606101136101408c016105f4565b9a61014085019b8c5201610608565b61016083019081526006805461ffff19166001179055996001600160a01b0316159081156105bb575b506105ac5782511515806105a2575b80610596575b6101699061061c565b61017e8551801515908161058a575b5061061c565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018c51101561057b5786516001600160401b0316600a8110801561056e575b61054f5750516001600160a01b039081166080529051811660a052905160c052905160e05290516101005290516001600160401b0390811661012052915182166101405285515f80546001600160a01b03191691831691909117815585519091168152600260205260409020805460ff1916600117905590519081169066b1a2bc2ec5000082118015610537575b61051157600980546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1516001600160a01b03168061050c575080516001600160a01b03165b6001600160a01b03169182158015610503575b6104f057600380546001600160a01b03191684179055604051927f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f9260209290917fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3235f80a2516001600160a01b03165f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a351600184526001600160a01b031692a2516040519060c082016001600160401b038111838210176104dc576040525f825260208201915f835260408101915f835260a060608301925f84526080810192835201915f83526040519360208501955f875260018060401b03905116604086015260018060401b0390511660608501525160808401525160a08301525160c082015260c0815261040360e0826105d1565b5190205f8052600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f7655604051613e7e908161065582396080518181816103940152611899015260a05181818161057d0152611bc2015260c051818181611c080152818161234a0152818161244f01528181612475015281816126b801528181612cc60152612d61015260e0518181816102b10152610f9e0152610100518181816108fa01526117a6015261012051818181610dea0152612b570152610140518181816110a6015281816120640152613a660152f35b634e487b7160e01b5f52604160045260245ffd5b82631ecdd20960e31b5f5260045260245ffd5b503083146102cd565b6102ba565b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b50633b9aca0082066001600160401b0316151561024b565b632a14092b60e21b5f52600452600a602452630100000060445260645ffd5b50630100000081116101bd565b6336659a7f60e01b5f5260045ffd5b6010915011155f610178565b50835160201015610160565b508351151561015a565b63d92e233d60e01b5f5260045ffd5b6001600160a01b03161590505f61014b565b5f80fd5b601f909101601f19168101906001600160401b038211908210176104dc57604052565b51906001600160401b03821682036105cd57565b51906001600160a01b03821682036105cd57565b1561062357565b60405162461bcd60e51b815260206004820152600960248201526862616420736861706560b81b6044820152606490fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908162c94565146130cb57508063054ff45514612eef5780630bf478d81461229757806310603dad1461225c57806313e7c9d81461221f578063175b41d9146121fc57806323079522146121d657806323651a33146121b8578063238efcbc1461213f578063264c09121461211d5780632b8c062a146120cc5780632ed51609146120a357806330f0a6d9146120885780633caddd94146120455780634281aa4814611c795780634690484014611c5157806348ed7b3a14611c2b5780634a770d0914611bf157806352822bfb14611bad578063558a729714611b02578063590ae8131461180f5780635aa6e675146117e85780636d91cf03146117c9578063788ef4f51461178e5780637dd179f9146117645780637efcfe85146113e9578063824217c21461139157806395845c43146113675780639f181b5e14611345578063a6c1cde0146112da578063a7e7aacd14611224578063ab9b2adf14610f59578063ac91b4d514610e0e578063ad97165314610dca578063b863846e14610d97578063c21204a214610aa5578063c45c845d14610a49578063c90e344614610a27578063d38bfff4146109de578063d48bfca71461089f578063d514da5014610875578063d93f92c514610799578063dbf814c214610778578063dfc8ac1b14610467578063e74b981b146103c3578063e7e18e6a1461037e578063e93713a114610351578063ea36f99014610319578063eac63a5b146102fd578063f39c38a0146102d4578063f86be708146102995763fc97a30314610259575f80fd5b346102965760203660031901126102965760209061ffff906040906001600160a01b03610284613173565b16815260048452205416604051908152f35b80fd5b503461029657806003193601126102965760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346102965780600319360112610296576001546040516001600160a01b039091168152602090f35b50346102965780600319360112610296576020604051600a8152f35b50346102965760203660031901126102965760406020916001600160401b036103406131ec565b168152600b83522054604051908152f35b50346102965760c0366003190112610296576020610376610371366132e1565b6135c7565b604051908152f35b50346102965780600319360112610296576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5034610296576020366003190112610296576103dd613173565b81546001600160a01b03163303610458576001600160a01b03168015801561044f575b61043d57600380546001600160a01b031916821790557fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3238280a280f35b631ecdd20960e31b8252600452602490fd5b50308114610400565b632d5be4cb60e21b8252600482fd5b503461029657366003190161016081126107745760c0136102965760c43563ffffffff81168091036107745760e4356001600160a01b038116919082810361077057610104359061ffff821680830361076c5761012435936001600160801b038516958686036106b557610144356001600160401b0381116107685736602382011215610768578060040135906001600160401b03821161076457366024838301011161076457610516613633565b60ff600d541615610755576001600160401b03600a5460801c166004356001600160401b0381168082036107515782148015915061072e575b61071c5750838a52600e60205260408a20855f5260205260ff60405f2054166107055788156106f6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160a082016001600160401b038111838210176106e25760405260843582528560208301528460408301528660608301528a6080830152823b156106de57604051630af9a23560e21b815260c060048201528c949093929161060e9160c4860191602401613531565b9084602485015b600582106106c45750505083918380809303915afa80156106b9576106a0575b507f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc88016089161068d988460409352600e602052828b20865f52602052825f20600160ff1982541617905582519182526020820152a3613870565b805f516020613e5e5f395f51905f525d80f35b816106aa916132c0565b6106b557875f610635565b8780fd5b6040513d84823e3d90fd5b825181528e96506020928301926001929092019101610615565b8b80fd5b634e487b7160e01b8d52604160045260248dfd5b631f2a200560e01b8a5260048afd5b60448a8686639f55e9db60e01b8352600452602452fd5b633746be9b60e11b8b5260045260248afd5b5061073d61037136600461335a565b818c52600b60205260408c2054141561054f565b8c80fd5b630779d7d160e11b8a5260048afd5b8980fd5b8880fd5b8580fd5b8380fd5b5080fd5b5034610296578060031936011261029657602060095460c01c604051908152f35b5034610296576020366003190112610296576107b36131ec565b81546001600160a01b03163303610458576001600160401b0381169066b1a2bc2ec500008211801561085d575b61083657600980546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a180f35b63ed15730d60e01b8352600482905266b1a2bc2ec50000602452633b9aca00604452606483fd5b506001600160401b03633b9aca0083061615156107e0565b50346102965761068d6108873661322c565b91610890613633565b6001600160a01b038116613bb1565b5034610296576020366003190112610296576108b9613173565b81546001600160a01b03163303610458576001600160a01b031680156109cf57808252600460205261ffff6040832054166109bd5761ffff600654169060017f00000000000000000000000000000000000000000000000000000000000000001b8210156109ae578083526004602052604083208261ffff19825416179055818352600560205260408320816001600160601b0360a01b8254161790556001820161ffff811161099a5761ffff1661ffff1960065416176006557f78fc75a90b2d2aeb8c1d0cb138b1c62ac8390fae9e60666d4a7400fa263d47ea8380a380f35b634e487b7160e01b84526011600452602484fd5b633a4733d960e11b8352600483fd5b633fb6e97160e01b8252600452602490fd5b63d92e233d60e01b8252600482fd5b5034610296576020366003190112610296576109f8613173565b81546001600160a01b031633036104585760018060a01b03166001600160601b0360a01b600154161760015580f35b5034610296578060031936011261029657602060405166b1a2bc2ec500008152f35b503461029657610a583661322c565b90610a64939293613633565b6001600160a01b0384169384158015610a9c575b610a885761068d93945033613bb1565b631ecdd20960e31b84526004859052602484fd5b50308514610a78565b50606036600319011261029657600435906001600160a01b03821680830361077457610acf613216565b6044356001600160a01b038116808203610d9357610aeb613633565b60ff600d5416610d8157838552600460205260408520549261ffff8416968715610d6d5760095460c01c95863403610d55576040516370a0823160e01b815230600482015291602083602481855afa928315610d4a578993610d16575b506001600160801b03604051946323b872dd60e01b8b5233600452306024521660445260208960648180855af19060018a5114821615610cf7575b50836040528860605215610ce557826024816020936370a0823160e01b82523060048301525afa8015610cda578790610ca2575b610bc192506135ba565b9015610c93578015610c8457610bdb8161068d96976139dc565b610be484613952565b604051600160f81b60208201526021810187905260f09390931b6001600160f01b0319166025840181905260809190911b6001600160801b0319166027840181905260609290921b6001600160601b03191660378401819052602b8452610c4c604b856132c0565b60405192602084019283526022840152603283015260268252610c706046836132c0565b905190206001600160601b03191690613a2c565b631f2a200560e01b8552600485fd5b63d92e233d60e01b8552600485fd5b506020823d602011610cd2575b81610cbc602093836132c0565b81010312610cce57610bc19151610bb7565b5f80fd5b3d9150610caf565b6040513d89823e3d90fd5b635274afe760e01b8852600452602487fd5b6001821516610d0d573b15153d1516165f610b83565b843d8b823e3d90fd5b9092506020813d602011610d42575b81610d32602093836132c0565b81010312610cce5751915f610b48565b3d9150610d25565b6040513d8b823e3d90fd5b6346cf1f8360e11b8852346004526024879052604488fd5b6342f22db560e01b87526004869052602487fd5b6001625c22a960e11b03198552600485fd5b8480fd5b503461029657602036600319011261029657604060209161ffff610db9613151565b168152600783522054604051908152f35b503461029657806003193601126102965760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50604036600319011261029657610e23613173565b90610e2c613216565b610e34613633565b60ff600d5416610f475760095460c01c906001600160801b03811693610e5a838661350d565b3403610f27576001600160a01b03811615610f18578415610f0957610e8b610e868461068d969761350d565b613952565b604051600160f81b6020820152602181018690526025810186905260809290921b6001600160801b0319166027830181905260609190911b6001600160601b03191660378301819052602b835290610ee4604b846132c0565b6040519160208301918783526022840152603283015260268252610c706046836132c0565b631f2a200560e01b8452600484fd5b63d92e233d60e01b8452600484fd5b604484610f34858861350d565b6346cf1f8360e11b825234600452602452fd5b6001625c22a960e11b03198252600482fd5b50604036600319011261029657610f6e613189565b6024356001600160a01b038116810361122057610f89613633565b60ff600d541661120e5763ffffffff821660017f00000000000000000000000000000000000000000000000000000000000000001b8110156111fc5750610fcf90613910565b60095460c01c908134036111e4579060807f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff9261100b83613952565b604051906020820195600560f81b875263ffffffff60e01b9060e01b168060218401523360601b9182602585015261ffff60f01b9060f01b1680603985015288603b850152602b845261105f604b856132c0565b604051926020840192835260248401526038830152601a8252611083603a836132c0565b6001600160601b03199151902016946001600160401b03600954841c16956110d47f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316613437565b94604051916110e2836132a5565b825264ffffffffff8616602080840191825260056040808601918252633b9aca0090940465ffffffffffff1660608087019182528c8e526008909352938c20945192519051935160a09190911b64ffffffffff60a01b169290911c9190911760c89290921b60ff60c81b169190911760d09190911b6001600160d01b03191617905561116d86613419565b600954906001600160401b03851b90851b16906001600160401b03851b1916176009556001600160401b0360405194859360058552606060208601525180938160608701528686015e8383018501899052166040830152601f01601f19168101030190a2805f516020613e5e5f395f51905f525d80f35b6346cf1f8360e11b8452346004526024829052604484fd5b632352977d60e21b8452600452602483fd5b6001625c22a960e11b03198352600483fd5b8280fd5b503461029657806003193601126102965761123d613633565b600d5460ff8116610f47576009546001600160401b038082169160801c168110908115916112bb575b506112ac5760ff1916600117600d557fc71028c67eb0ef128ea270a59a674629e767d51c1af44ed6753fd2fad2c7b6778180a1805f516020613e5e5f395f51905f525d80f35b635b45bd5b60e01b8252600482fd5b8352506008602052604082205460a01c64ffffffffff1643105f611266565b50346102965760203660031901126102965760406080916001600160401b036113016131ec565b16815260086020522054604051906001600160601b03198160601b16825264ffffffffff8160a01c16602083015260ff8160c81c16604083015260d01c6060820152f35b5034610296578060031936011261029657602061ffff60065416604051908152f35b503461029657806003193601126102965760206001600160401b03600a5460401c16604051908152f35b50346102965760403660031901126102965761ffff60406113b0613173565b926113b9613162565b9360018060a01b03168152600c6020522091165f5260205260206001600160801b0360405f205416604051908152f35b5034610296576040366003190112610296576114036131ec565b6024356001600160401b03811161122057611422903690600401613121565b9061142b613633565b8260ff600d541615611755576001600160401b039061145560095483811693849160801c166133f9565b906001600160401b0380831691161161174d575b506001600160401b03841690811561173e5781840361172c57855b6001600160401b038116838110156116f4576001600160401b036114a88385613437565b169182895260086020526114c160408a209288886134ea565b602b81959295148015906116c5575b6116b157835490600160ff8360c81c16145f146115fb5780602b116106de5760058601916114fe6026613569565b61150b60405191826132c0565b60268152602081018e36602b8b011161029657602686833760468301526001600160601b03199151902016906001600160601b03199060601b16036115e7578b91601787013560601c919060078210610770573560f01c90601711611220576115cc6001966115c76001600160801b03938460076001600160401b039c6115d39950013560801c169080878a7fd2e8b874f057fbd358eee699a064bf12440c18df2420edb344ae8e1965474b6e6020604051878152a486613870565b6137ba565b16906137da565b895260086020528860408120550116611484565b636a74ceb360e01b8c52600483905260248cfd5b9081601b9693949596116106de57611613601a613569565b61162060405191826132c0565b601a81526020810136601b8601116116ad57601a6001860182378d603a8301526001600160601b03199151902016906001600160601b03199060601b160361169957908a939291601911610770576001600160401b0394600194506115d3916005013560601c906001600160801b03906115cc906137ba565b636a74ceb360e01b8b52600483905260248bfd5b8d80fd5b636a74ceb360e01b8b52600482905260248bfd5b5080156116e05760ff845460c81c16853560f81c14156114d0565b634e487b7160e01b8b52603260045260248bfd5b876001600160401b036117078986613437565b166001600160401b03196009541617600955805f516020613e5e5f395f51905f525d80f35b6001621398b960e31b03198652600486fd5b6380e681ab60e01b8652600486fd5b93505f611469565b630779d7d160e11b8552600485fd5b503461029657806003193601126102965760206001600160401b0360095460401c16604051908152f35b503461029657806003193601126102965760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5034610296578060031936011261029657602060405163010000008152f35b5034610296578060031936011261029657546040516001600160a01b039091168152602090f35b5034610cce5761181e3661319c565b91611827613633565b60ff600d5416611af3578015611ae457828103611ad557600a54936001600160401b038560401c16936118598361351a565b9261186760405194856132c0565b8084526118738161351a565b602085019390601f19013685375f916001600160401b038916905b808410611a275750507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694915050833b15610cce5793919060405194859363389c660760e21b8552826044860160406004880152526064850160648460051b87010193825f90601e19813603015b8383106119c55750505050505060209060031985840301602486015251918281520191905f5b8181106119ac575050509181805f9403915afa80156119a157611981575b5067ffffffffffffffff60401b9060401b169067ffffffffffffffff60401b191617600a55805f516020613e5e5f395f51905f525d80f35b61198e9193505f906132c0565b5f9167ffffffffffffffff60401b611949565b6040513d5f823e3d90fd5b825184528694506020938401939092019160010161192b565b919395969092949798506063198b8203018652873582811215610cce57830190602082359201916001600160401b038111610cce578036038313610cce57611a136020928392600195613531565b99019601930190918a989796959492611905565b90919297611a3490613457565b976001600160401b03891690838211611ac257611a5b8a611a568386896133bf565b613668565b60a0611a688285886133bf565b0135918851821015611aae5760019260208360051b8b0101527f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a20192919061188e565b634e487b7160e01b5f52603260045260245ffd5b506347bcb32f60e01b5f5260045260245ffd5b631fec674760e31b5f5260045ffd5b630fd4b63760e31b5f5260045ffd5b637fa3dd5760e11b5f5260045ffd5b34610cce576040366003190112610cce57611b1b613173565b60243590811515809203610cce575f546001600160a01b03163303611b9e576001600160a01b0316908115611b8f5760207f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91835f526002825260405f2060ff1981541660ff8316179055604051908152a2005b63d92e233d60e01b5f5260045ffd5b632d5be4cb60e21b5f5260045ffd5b34610cce575f366003190112610cce576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610cce575f366003190112610cce5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610cce575f366003190112610cce5760206001600160401b03600a5416604051908152f35b34610cce575f366003190112610cce576003546040516001600160a01b039091168152602090f35b34610cce57611c873661319c565b611c92939193613633565b60ff600d5416611af3578215611ae457808303611ad55782846001600160401b03600a5460801c16916001600160401b0360095416935f955f5b838110611d5457600a805467ffffffffffffffff60801b1916608088901b67ffffffffffffffff60801b161790556009805467ffffffffffffffff19166001600160401b0389161790558780611d2f575b5f5f516020613e5e5f395f51905f525d005b600354611d4e916001600160801b0316906001600160a01b03166137da565b80611d1d565b90919395969294611d6490613457565b936001600160401b03600a5460401c16966001600160401b03861697881161203257611d918388866133bf565b97611d9c878a613668565b611db1611dab60208b016133e5565b8b613437565b945f985f5b611dc1878787613474565b9050811015611f6c57611ddf81611dd9898989613474565b906134ea565b909b8c8260405191602083019384526040830137611e106040828581015f838201520301601f1981018352826132c0565b5190209b8115611aae57803560f81c6004811480611f62575b15611e995782602d11610cce5760198201359083600711610cce5760058301359184601711610cce57600592611e6e91600786013560801c9160f01c9060601c613870565b14611e7e575b5050600101611db6565b9989611e8f939f8d9360019d6136c9565b98909c908e611e74565b6005811480611f58575b15611eed5782601911610cce5760058201359083601b11610cce5760198301359184602b11610cce57600592611ee891601b86013560801c9160f01c9060601c613870565b611e6e565b6007811480611f4e575b15611f3c5782602b11610cce5760178201359083600711610cce5760058301359184601711610cce57600592611ee891600786013560801c9160f01c9060601c613870565b630b04011760e11b5f5260045260245ffd5b50602b8314611ef7565b50602b8314611ea3565b50602d8314611e29565b50996060909b9796929b9991939998959801350361201f576001600160401b031697945b6001600160401b0381169489861015611fe1576001600160401b0391611fcc600192885f526008602052611fc660405f206137ba565b9061350d565b965f5260086020525f60408120550116611f90565b9990985060019296919594509692967f964a1cacc1856ec3fc82bdd1c4577ae8ccc942dc6b6a1ac5efaf3787a234200f5f80a2019391929093611ccc565b89631ddc730f60e11b5f5260045260245ffd5b87638afd48a760e01b5f5260045260245ffd5b34610cce575f366003190112610cce5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610cce575f366003190112610cce57602060405160358152f35b34610cce575f366003190112610cce5760206001600160401b03600a5460801c16604051908152f35b34610cce576040366003190112610cce576120e5613189565b63ffffffff6120f2613162565b91165f52600e60205261ffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610cce575f366003190112610cce57602060ff600d54166040519015158152f35b34610cce575f366003190112610cce57600154336001600160a01b038216148015906121b0575b611b9e575f543360018060a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b031990811633175f5516600155005b503315612166565b34610cce575f366003190112610cce576020604051633b9aca008152f35b34610cce575f366003190112610cce5760206001600160401b0360095416604051908152f35b34610cce575f366003190112610cce576020672b352b2d26122b00604051908152f35b34610cce576020366003190112610cce576001600160a01b03612240613173565b165f526002602052602060ff60405f2054166040519015158152f35b34610cce576020366003190112610cce5761ffff612278613151565b165f526005602052602060018060a01b0360405f205416604051908152f35b34610cce57366003190160e08112610cce5760c013610cce5760c4356001600160401b038111610cce576122cf903690600401613121565b906122d8613633565b60ff600d5416611af357335f52600260205260ff60405f20541615612ee0578115611ae4576001600160401b03600a5416806001600160401b0361231a6133cf565b161490811591612ebd575b50612e9a5790612334366132e1565b916001600160401b0360095460401c165f9160357f000000000000000000000000000000000000000000000000000000000000000002672b352b2d26122b00925b85851015612e45578460051b830135609e1984360301811215610cce5781604051986123a08a613276565b5f8a525f60208b015260408a015f81525f60608c01525f60808c01525f60a08c01526123cd8488016133e5565b6001600160401b03806040850151169116108015612e1d575b612df75760408488010135907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821015612de8576001600160401b0361242e81855116613419565b168c526001600160401b03612444868a016133e5565b1690528060808c01527f000000000000000000000000000000000000000000000000000000000000000086046035147f00000000000000000000000000000000000000000000000000000000000000001517156127ba57856054016054116127ba5760806124b487605401613569565b926124c260405194856132c0565b605488018085526124d290613569565b601f190136602086013701518b5160c01b6001600160c01b03191667ffffffffffffffff60801b6125048a88016133e5565b60801b1617916020868a0101359163ffffffff83168303610cce576020850152604084015263ffffffff60601b9060601b1617606082015261254d6060848801018488016134b8565b5f948592909183805b828110612651575b50505050806080612574928a01019089016134b8565b91905003612642576020926001600160401b03612592865f956133f9565b16848c015260608b0152828151910160025afa15610cce575f516001600160fd1b031660a088015260208701516001916125d5916001600160401b031690613437565b966125df816135c7565b6001600160401b038251165f52600b60205260405f20556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060a0840151608085015182519182526020820152a294019395612375565b6305df175760e51b5f5260045ffd5b828110612d2c575b828114612d275761266b818486613501565b356107f8808260f51c1616908060f81c82046008148160f81c1517156127ba578e60078260f81c11908115612d19575b50612d0057848f60ff6126b191851c168561350d565b11612ced577f00000000000000000000000000000000000000000000000000000000000000008414612cba578e908e60ff83851c1685890160748d60358a0201013760028260f81c148015612cad575b1561280157505060ff61271791831c168361350d565b60061981019081116127ba576127328f831c60ff168461350d565b60011981019081116127ba57612749918688613551565b6001600160d81b0319913591821691600582106127e1575b5050601f8160dd1c9160d81c16604d81116127ba57600a0a908181029181830414901517156127ba576001600160801b03106127ce579060ff8e6127a8935b1c169061350d565b905f1981146127ba5760010190612556565b634e487b7160e01b5f52601160045260245ffd5b5063c7e15aad60e01b5f5260045260245ffd5b6001600160d81b031960059290920360031b82901b161690505f80612761565b60018260f89d94939d1c148015612ca0575b1561295157505060058301908184116127ba57602b8401918285116127ba576128418361284892898b613551565b3691613584565b80516020909101206009546001600160401b03838116926001600160601b0319169160801c1682101561293e57815f52600860205260405f205490600160ff8360c81c161491821592612926575b50506129145750908f92916128ac600791613457565b9b60f81c146128c4575b506127a8929160ff916127a0565b9160ff919b60406129076128de6127a89796878b8d613551565b9290838251948592602084019788528484013781015f838201520301601f1981018352826132c0565b5190209b915091926128b6565b636a74ceb360e01b5f5260045260245ffd5b60601b6001600160601b031916141590505f80612896565b5063a13f432b60e01b5f5260045260245ffd5b9091929b939a60058160f81c145f14612a315750505060018901808a116127ba57601b8a0190818b116127ba5761298d91612841918789613551565b80516020909101206009546001600160401b03838116926001600160601b0319169160801c1682101561293e57815f52600860205260405f205490600560ff8360c81c161491821592612a19575b505061291457506129eb90613457565b97602b8101918282116127ba578e60ff916040612a106128de6127a897878b8d613551565b5190209b6127a0565b60601b6001600160601b031916141590505f806129db565b929a93919260f81c600403612a6857508160ff916040612a106128de8f866127a89998612a60921c168861350d565b878b8d613551565b612a88612a8060ff8e9b95612a97959f1c168661350d565b85888a613551565b929091890160808101906134b8565b6041850194918583116127ba57818611612c8d57606092604051612abb85826132c0565b60288152676c6c75703a63706b60c01b604060208301927f19457468657265756d205369676e6564204d6573736167653a0a37367a6b726f8452015286600511610cce5760018601356001600160e01b03191660318810610cce57602d8701356001600160e01b03191660198910610cce576001600160601b0319600589013516906040519260286020850195865e6001600160401b0360c01b7f000000000000000000000000000000000000000000000000000000000000000060c01b1660488501526001600160401b0360c01b4660c01b16605085015230891b6058850152606c8401526070830152607482015260688152612bba6088826132c0565b519020602082018083116127ba57612bdd612bd782858888613551565b90613dbf565b92604081018091116127ba5785612bff612bd783612c0595612c0f9a8a613551565b95613501565b3560f81c90613ddb565b506004819492941015612c79571593841594612c4f575b50505050612c3c579060ff8e6127a893986127a0565b50630265dbb160e41b5f5260045260245ffd5b9091929350602d11610cce5760190135901c6001600160a01b03908116911614155f808080612c26565b634e487b7160e01b5f52602160045260245ffd5b86630265dbb160e41b5f5260045260245ffd5b5060078c60f81c14612813565b5060038260f81c14612701565b63646ed64b60e01b5f527f000000000000000000000000000000000000000000000000000000000000000060045260245ffd5b8263e4b4973360e01b5f5260045260245ffd5b8263dccf273160e01b5f5260045260f81c60245260445ffd5b60ff9150831c16158f61269b565b61255e565b8394979b989c95999f9d9e919293816002919c989c01355f1a60038114918291141715612dd1576014810282810160120186107f0000000000000000000000000000000000000000000000000000000000000000861417878401909101600b0135600760da1b9081161417612dd1576001916014828e82601295028501906074858c019160358b020101370201019201959995909d9c9e98949b979a96939291612651565b509e98949b979a96939291909d9c9e999599612659565b6336659a7f60e01b5f5260045ffd5b6001600160401b03612e0a8589016133e5565b6343aa354960e11b5f521660045260245ffd5b50612e298488016133e5565b6103844201908142116127ba576001600160401b0316116123e6565b6001600160401b038751166001600160401b0319600a541617600a5567ffffffffffffffff60401b6009549160401b169067ffffffffffffffff60401b1916176009555f5f516020613e5e5f395f51905f525d005b6001600160401b03612eaa6133cf565b633746be9b60e11b5f521660045260245ffd5b9050612ecb610371366132e1565b905f52600b60205260405f2054141583612325565b631f0853c160e21b5f5260045ffd5b34610cce576020366003190112610cce576004356001600160401b038111610cce57612f1f9036906004016130f1565b612f27613633565b60ff600d5416611af357335f52600260205260ff60405f20541615612ee0578015611ae457906001600160401b03600a5416906001600160401b0360095460401c16925f915b818310613042577faf0891836c1ac67f4454de6bf99ba118318b7263cf6244333ac76ee8a23fdc2c604085876001600160401b0382168092816001600160401b03600a54948282198716179081600a5567ffffffffffffffff60401b600954918a1b169067ffffffffffffffff60401b191617600955871c161161301a575b5050506001600160401b03600a54831c1682519182526020820152a15f5f516020613e5e5f395f51905f525d005b67ffffffffffffffff60401b90851b16916001600160801b0319161717600a55838181612fec565b9091926001600160401b03600a5460801c16946001600160401b038216958611156130b8576130796130a392611a568787876133bf565b855f52600b6020525f604081205561309d60206130978787876133bf565b016133e5565b906133f9565b9380156127ba575f1901926001019190612f6d565b856316c087bd60e01b5f5260045260245ffd5b34610cce575f366003190112610cce576020906001600160401b0360095460801c168152f35b9181601f84011215610cce578235916001600160401b038311610cce5760208085019460c08502010111610cce57565b9181601f84011215610cce578235916001600160401b038311610cce576020808501948460051b010111610cce57565b6004359061ffff82168203610cce57565b6024359061ffff82168203610cce57565b600435906001600160a01b0382168203610cce57565b6004359063ffffffff82168203610cce57565b6040600319820112610cce576004356001600160401b038111610cce57816131c6916004016130f1565b92909291602435906001600160401b038211610cce576131e891600401613121565b9091565b600435906001600160401b0382168203610cce57565b35906001600160401b0382168203610cce57565b602435906001600160801b0382168203610cce57565b6060906003190112610cce576004356001600160a01b0381168103610cce57906024356001600160a01b0381168103610cce57906044356001600160801b0381168103610cce5790565b60c081019081106001600160401b0382111761329157604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761329157604052565b90601f801991011681019081106001600160401b0382111761329157604052565b60c0906003190112610cce57604051906132fa82613276565b816004356001600160401b0381168103610cce5781526024356001600160401b0381168103610cce5760208201526044356001600160401b0381168103610cce5760408201526064356060820152608435608082015260a060a435910152565b91908260c0910312610cce5760405161337281613276565b60a080829461338081613202565b845261338e60208201613202565b602085015261339f60408201613202565b604085015260608101356060850152608081013560808501520135910152565b9190811015611aae5760c0020190565b6004356001600160401b0381168103610cce5790565b356001600160401b0381168103610cce5790565b906001600160401b03809116911603906001600160401b0382116127ba57565b6001600160401b036001911601906001600160401b0382116127ba57565b906001600160401b03809116911601906001600160401b0382116127ba57565b6001600160401b03166001600160401b0381146127ba5760010190565b9190811015611aae5760051b81013590601e1981360301821215610cce5701908135916001600160401b038311610cce576020018260051b36038113610cce579190565b903590601e1981360301821215610cce57018035906001600160401b038211610cce57602001918136038313610cce57565b90821015611aae576131e89160051b8101906134b8565b90821015611aae570190565b919082018092116127ba57565b6001600160401b0381116132915760051b60200190565b908060209392818452848401375f828201840152601f01601f1916010190565b90939293848311610cce578411610cce578101920390565b6001600160401b03811161329157601f01601f191660200190565b92919261359082613569565b9161359e60405193846132c0565b829481845281830111610cce578281602093845f960137010152565b919082039182116127ba57565b60405160a060208201926001600160401b0381511684526001600160401b0360208201511660408401526001600160401b03604082015116606084015260608101516080840152608081015182840152015160c082015260c0815261362d60e0826132c0565b51902090565b5f516020613e5e5f395f51905f525c6136595760015f516020613e5e5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03918261367b836133e5565b911692168214801591906136a4575b506136925750565b633746be9b60e11b5f5260045260245ffd5b6136b4915061037190369061335a565b815f52600b60205260405f205414155f61368a565b926001600160401b039096959496169381602b11601b850135906001600160801b03801983169260801c161515925b6001600160401b038616978089101561379e57885f52600860205261374260405f2097600560ff6137288b6137ba565b9a5460c81c16149a5f5260086020525f6040812055613457565b981561378c575050610cce57501561377c57601911610cce57613778916001600160801b0391909116906005013560601c6137da565b9190565b509050613789919361350d565b90565b9795613798919a61350d565b986136f8565b6001600160401b0382631ddc730f60e11b5f521660045260245ffd5b5460d01c633b9aca00810290808204633b9aca0014901517156127ba5790565b906001600160801b031690811561386c5760018060a01b0316805f52600c60205260405f205f805260205260405f20826001600160801b03825416016001600160801b0381116127ba575f937f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926001600160801b03602093166001600160801b0319825416179055604051908152a3565b5050565b916001600160801b031691821561390b5760018060a01b031690815f52600c60205260405f2061ffff82165f5260205260405f20836001600160801b03825416016001600160801b0381116127ba577f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926020926001600160801b0361ffff93166001600160801b03198254161790556040519586521693a3565b505050565b6001600160a01b031690811561394d57815f52600460205261ffff60405f20541691821561393b5750565b6342f22db560e01b5f5260045260245ffd5b5f9150565b80156139d9575f805260076020527f6d5257204ebe7d88fd91ae87941cb2dd9d8062b64ae5a2bd2d28ec40b9fbf6df5461398c919061350d565b6001600160801b0381116139c6575f805260076020527f6d5257204ebe7d88fd91ae87941cb2dd9d8062b64ae5a2bd2d28ec40b9fbf6df55565b632027862b60e11b5f525f60045260245ffd5b50565b811561386c5761ffff6139fd911691825f52600760205260405f205461350d565b906001600160801b038211613a1a575f52600760205260405f2055565b632027862b60e11b5f5260045260245ffd5b9160807f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff92936001600160401b03600954831c1694613a947f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316613437565b9360405191613aa2836132a5565b6001600160601b0319168252602082019064ffffffffff86168252604083016001815265ffffffffffff633b9aca006001600160401b0360608701941604168252885f52600860205260405f20935160601c9284549064ffffffffff60a01b905160a01b169160ff60c81b905160c81b169265ffffffffffff60d01b905160d01b169360018060d01b039165ffffffffffff60d01b1617161717179055613b4885613419565b600954906001600160401b03841b90841b16906001600160401b03841b19161760095560206001600160401b03604051948593600185526060848601528051938491826060880152018686015e5f848401860152166040830152601f01601f19168101030190a2565b909291926001600160801b03613bc685613910565b9316918215613db05760018060a01b031692835f52600c60205260405f2061ffff82165f526020526001600160801b0360405f205416808411613d9e57839003906001600160801b0382116127ba5761ffff91855f52600c60205260405f208383165f526020526001600160801b0360405f2091166001600160801b03198254161790551693845f52600760205260405f20613c638482546135ba565b905584613cf957505f808080856001600160a01b0386165af13d15613cf4573d613c8c81613569565b90613c9a60405192836132c0565b81525f60203d92013e5b15613ce5577f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040915b82519182526001600160a01b03166020820152a3565b630db2c7f160e31b5f5260045ffd5b613ca4565b60405163a9059cbb60e01b5f9081526001600160a01b038481166004526024869052929092169160209060448180865af19060015f5114821615613d7d575b60405215613d6b57507f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed30463391604091613ccf565b635274afe760e01b5f5260045260245ffd5b906001811516613d9557823b15153d15161690613d38565b503d5f823e3d90fd5b63bba5571960e01b5f5260045260245ffd5b631f2a200560e01b5f5260045ffd5b359060208110613dcd575090565b5f199060200360031b1b1690565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613e52579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156119a1575f516001600160a01b03811615613e4857905f905f90565b505f906001905f90565b5050505f916003919056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
