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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"blockVerifier\",\"type\":\"address\"},{\"internalType\":\"contractIExitVerifier\",\"name\":\"exitVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockSlots\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accountDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"rollupChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityExpiryBlocks\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"internalType\":\"structRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"BadEthSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"DepositCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InExodusMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"available\",\"type\":\"uint128\"}],\"name\":\"InsufficientPendingBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"NotAWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInExodusMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"PackedAmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"PendingOpsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"PriorityExpiryOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityOpMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriorityOpNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityQueueExhausted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateRootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slots\",\"type\":\"uint256\"}],\"name\":\"TooManyOperations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"TruncatedPubdata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"UnknownOpType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnusedEthSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongStoredBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksCommitted\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksProven\",\"type\":\"uint64\"}],\"name\":\"BlocksReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"DepositCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"ExodusExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"ExodusMode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"PendingBalanceCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"PriorityRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIZES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"addToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balanceDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockSlots\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockVerifier\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksCommitted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksExecuted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"deposits\",\"type\":\"bytes[]\"}],\"name\":\"cancelOutstandingDepositsForExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"executeBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitVerifier\",\"outputs\":[{\"internalType\":\"contractIExitVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"firstPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashStoredBlock\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCommittedPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"outstanding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"pendingBalances\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"lastExecuted\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"performExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityExpiryBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"priorityOps\",\"outputs\":[{\"internalType\":\"bytes20\",\"name\":\"hash\",\"type\":\"bytes20\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"proveBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"requestFullExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"revertBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollupChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"storedBlockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"tokenAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenIds\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPriorityOps\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalanceTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x61016080604052346104695761014081613a5d8038038091610021828561046d565b8339810103126104695760405161014081016001600160401b038111828210176103d75760405281516001600160a01b03811681036104695781526020820151916001600160a01b038316830361046957602082019283526040810151604083019081526060820151606084019081526080830151608085019081526100a960a08501610490565b9160a086019283526100bd60c08601610490565b9360c0870194855260e08601519760e088019889526100df61010088016104a4565b976100f56101206101008301998b8b52016104a4565b61012082018181526005805461ffff19166001179055996001600160a01b031615908115610457575b5061044857825115158061043e575b80610432575b61013c906104b8565b61015185518015159081610426575b506104b8565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018a5110156104175786516001600160401b0316600a8110801561040a575b6103eb5750516001600160a01b039081166080529051811660a052905160c052905160e05290516101005290516001600160401b039081166101205291519091166101405281515f80546001600160a01b031916918316919091178155835182168152600260209081526040808320805460ff1916600117905593519351947f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f94919390929116907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a351600184526001600160a01b031692a2516040519060c082016001600160401b038111838210176103d7576040525f825260208201915f835260408101915f835260a060608301925f84526080810192835201915f83526040519360208501955f875260018060401b03905116604086015260018060401b0390511660608501525160808401525160a08301525160c082015260c081526102fe60e08261046d565b5190205f8052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e35560405161356c90816104f1823960805181818161034b015261136b015260a05181818161049001526115af015260c0518181816115f501528181611d9101528181611e9601528181611ebc01528181612100015281816126f3015261278e015260e05181818161026c0152610bfd0152610100518181816106e801526112b5015261012051818181610b900152612581015261014051818181610cec015281816119d401526131b60152f35b634e487b7160e01b5f52604160045260245ffd5b632a14092b60e21b5f52600452600a602452630100000060445260645ffd5b5063010000008111610190565b6336659a7f60e01b5f5260045ffd5b6010915011155f61014b565b50835160201015610133565b508351151561012d565b63d92e233d60e01b5f5260045ffd5b6001600160a01b03161590505f61011e565b5f80fd5b601f909101601f19168101906001600160401b038211908210176103d757604052565b51906001600160401b038216820361046957565b51906001600160a01b038216820361046957565b156104bf57565b60405162461bcd60e51b815260206004820152600960248201526862616420736861706560b81b6044820152606490fdfe6080806040526004361015610012575f80fd5b5f3560e01c908162c9456514612af457508063054ff455146129235780630bf478d814611ce557806310603dad14611caa57806313e7c9d814611c6d578063175b41d914611c4a5780632307952214611c24578063238efcbc14611bab578063264c091214611b895780632b8c062a14611b385780632d2da80614611a3c5780632ed5160914611a1357806330f0a6d9146119f85780633caddd94146119b55780634281aa481461163857806348ed7b3a146116185780634a770d09146115de57806352822bfb1461159a578063558a72971461150d578063590ae8131461131d5780635aa6e675146112f65780636d91cf03146112d8578063788ef4f51461129e5780637dd179f9146112755780637efcfe8514610fc1578063824217c214610f6a57806395845c4314610f445780639f181b5e14610f23578063a6c1cde014610ec1578063a7e7aacd14610e0a578063ab9b2adf14610bb4578063ad97165314610b71578063b863846e14610b3e578063c21204a21461087c578063c45c845d14610826578063d38bfff4146107da578063d48bfca71461068e578063d514da5014610665578063dfc8ac1b1461037a578063e7e18e6a14610336578063e93713a11461030a578063ea36f990146102d2578063eac63a5b146102b7578063f39c38a01461028f578063f86be708146102555763fc97a30314610215575f80fd5b34610251576020366003190112610251576001600160a01b03610236612b9c565b165f526003602052602061ffff60405f205416604051908152f35b5f80fd5b34610251575f3660031901126102515760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610251575f366003190112610251576001546040516001600160a01b039091168152602090f35b34610251575f366003190112610251576020604051600a8152f35b34610251576020366003190112610251576001600160401b036102f3612c15565b165f52600a602052602060405f2054604051908152f35b346102515760c036600319011261025157602061032e61032936612ce0565b612fa4565b604051908152f35b34610251575f366003190112610251576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461025157366003190161016081126102515760c0136102515760c43563ffffffff81168091036102515760e4356001600160a01b038116919082810361025157610104359061ffff82168083036102515761012435936001600160801b038516958686036102515761014435906001600160401b0382116102515736602383011215610251578160040135916001600160401b03831161025157366024848301011161025157610429613010565b60ff600c541615610656576001600160401b0360095460401c166004356001600160401b03811680820361025157821480159150610633575b6106215750835f52600d60205260405f20855f5260205260ff60405f2054166106095788156105fa576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160a082016001600160401b038111838210176105e65760405260843582528560208301528360408301528660608301528a6080830152823b1561025157604051630af9a23560e21b815260c060048201529485929161051f9160c4850191602401612f00565b905f602484015b600582106105cc575050509181805f9403915afa9081156105c15761059f987f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc8801608936040936105b1575b50845f52600d602052825f20865f52602052825f20600160ff1982541617905582519182526020820152a36130ad565b5f5f51602061354c5f395f51905f525d005b5f6105bb91612cbf565b8a61056f565b6040513d5f823e3d90fd5b825181528794506020928301926001929092019101610526565b634e487b7160e01b5f52604160045260245ffd5b631f2a200560e01b5f5260045ffd5b505050639f55e9db60e01b5f5260045260245260445ffd5b633746be9b60e11b5f5260045260245ffd5b50610642610329366004612d59565b815f52600a60205260405f20541415610462565b630779d7d160e11b5f5260045ffd5b346102515761059f61067636612c3f565b9161067f613010565b6001600160a01b0381166132c0565b34610251576020366003190112610251576106a7612b9c565b5f546001600160a01b031633036107cb576001600160a01b031680156107bc57805f52600360205261ffff60405f2054166107aa5761ffff600554169060017f00000000000000000000000000000000000000000000000000000000000000001b82101561079b57805f52600360205260405f208261ffff19825416179055815f52600460205260405f20816001600160601b0360a01b8254161790556001820161ffff81116107875761ffff1661ffff1960055416176005557f78fc75a90b2d2aeb8c1d0cb138b1c62ac8390fae9e60666d4a7400fa263d47ea5f80a3005b634e487b7160e01b5f52601160045260245ffd5b633a4733d960e11b5f5260045ffd5b633fb6e97160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b632d5be4cb60e21b5f5260045ffd5b34610251576020366003190112610251576107f3612b9c565b5f546001600160a01b031633036107cb57600180546001600160a01b0319166001600160a01b0392909216919091179055005b346102515761083436612c3f565b9061083d613010565b6001600160a01b0383169283158015610873575b6108605761059f9350336132c0565b83631ecdd20960e31b5f5260045260245ffd5b50308414610851565b34610251576060366003190112610251576004356001600160a01b03811690818103610251576024356001600160801b03811680910361025157604435906001600160a01b03821690818303610251576108d4613010565b60ff600c5416610b2f57845f52600360205260405f20549361ffff8516958615610b1d576040516370a0823160e01b815230600482015291602083602481855afa9283156105c1575f93610ae9575b50604051936323b872dd60e01b5f52336004523060245260445260205f60648180855af19060015f5114821615610aca575b50836040525f60605215610ab857826024816020936370a0823160e01b82523060048301525afa80156105c1575f90610a84575b6109939250612f97565b90156107bc5780156105fa57835f5260066020526109b58160405f2054613094565b6001600160801b038111610a715761059f945f52600660205260405f205560405192600160f81b60208501525f602185015261ffff60f01b9061ffff60f01b9060f01b1616908160258501526001600160801b03199060801b16918260278501526001600160601b03199060601b16806037850152602b8452610a39604b85612cbf565b60405192602084019283526022840152603283015260268252610a5d604683612cbf565b905190206001600160601b0319169061317d565b84632027862b60e11b5f5260045260245ffd5b506020823d602011610ab0575b81610a9e60209383612cbf565b81010312610251576109939151610989565b3d9150610a91565b635274afe760e01b5f5260045260245ffd5b6001821516610ae0573b15153d15161688610955565b843d5f823e3d90fd5b9092506020813d602011610b15575b81610b0560209383612cbf565b8101031261025157519188610923565b3d9150610af8565b6342f22db560e01b5f5260045260245ffd5b637fa3dd5760e11b5f5260045ffd5b346102515760203660031901126102515761ffff610b5a612b7a565b165f526006602052602060405f2054604051908152f35b34610251575f3660031901126102515760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025157604036600319011261025157610bcd612bb2565b6024356001600160a01b038116810361025157610be8613010565b60ff600c5416610b2f5763ffffffff821660017f00000000000000000000000000000000000000000000000000000000000000001b811015610df85750610c4f7f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff9161314d565b6080604051916020830194600560f81b865263ffffffff60e01b9060e01b168060218501523360601b9182602586015261ffff60f01b9060f01b168060398601525f603b860152602b8552610ca5604b86612cbf565b604051926020840192835260248401526038830152601a8252610cc9603a83612cbf565b6001600160601b03199151902016916001600160401b03600854831c1694610d1a7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316612e36565b9360405190610d2882612ca4565b81526001600160401b03602082019516948581526040820160058152885f52600760205260405f20925160601c8354926001600160401b0360a01b905160a01b169160ff60e01b905160e01b169262ffffff60e81b161717179055610d8c86612e18565b600854906001600160401b03851b90851b16906001600160401b03851b19161760085560405193849260058452606060208501525180928160608601528585015e5f8383018501526040830152601f01601f19168101030190a25f5f51602061354c5f395f51905f525d005b632352977d60e21b5f5260045260245ffd5b34610251575f36600319011261025157610e22613010565b600c5460ff8116610b2f576008546001600160401b038082169160801c16811090811591610e9f575b50610e905760ff1916600117600c557fc71028c67eb0ef128ea270a59a674629e767d51c1af44ed6753fd2fad2c7b6775f80a15f5f51602061354c5f395f51905f525d005b635b45bd5b60e01b5f5260045ffd5b90505f5260076020526001600160401b0360405f205460a01c16431082610e4b565b34610251576020366003190112610251576001600160401b03610ee2612c15565b165f526007602052606060405f205460ff604051916001600160601b031981851b1683526001600160401b038160a01c16602084015260e01c166040820152f35b34610251575f36600319011261025157602061ffff60055416604051908152f35b34610251575f3660031901126102515760206001600160401b0360095416604051908152f35b3461025157604036600319011261025157610f83612b9c565b610f8b612b8b565b9060018060a01b03165f52600b60205261ffff60405f2091165f5260205260206001600160801b0360405f205416604051908152f35b3461025157604036600319011261025157610fda612c15565b6024356001600160401b03811161025157610ff9903690600401612b4a565b611004929192613010565b819260ff600c541615610656576001600160401b039261102f60085485811695869160801c16612df8565b906001600160401b0380831691161161126d575b506001600160401b0384161561125e575f835b6001600160401b036110688787612e36565b166001600160401b0382169081101561121f57805f52600760205260405f20600160ff6040519261109884612ca4565b546001600160601b03198160601b1684526001600160401b038160a01c16602085015260e01c16806040840152146110eb575b505f908152600760205260408120556001016001600160401b0316611056565b91858410156112105761110861110085612f20565b948787612ee9565b929093602b8414908115916111b3575b506111a15782602b1161025157601784013560601c936007841061025157600581013560f01c93601711610251576001600160401b03946001946001600160801b03600761119994013560801c16918181867fd2e8b874f057fbd358eee699a064bf12440c18df2420edb344ae8e1965474b6e6020604051888152a46130ad565b9150916110cb565b636a74ceb360e01b5f5260045260245ffd5b905083602b11610251576111c76026612f46565b6111d46040519182612cbf565b602681526020810136602b8801116102515760266005880182375f60468301529051902090516001600160601b0319908116911614158a611118565b631fec674760e31b5f5260045ffd5b5050905003611210576001600160401b039161123a91612e36565b166001600160401b031960085416176008555f5f51602061354c5f395f51905f525d005b6380e681ab60e01b5f5260045ffd5b935084611043565b34610251575f3660031901126102515760206001600160401b0360085460401c16604051908152f35b34610251575f3660031901126102515760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610251575f36600319011261025157602060405163010000008152f35b34610251575f366003190112610251575f546040516001600160a01b039091168152602090f35b346102515761132b36612bc5565b92611337929192613010565b60ff600c5416610b2f5781156114fe578382036112105760095460085490935f936001600160401b03861693909260c01c907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690885b8588106113c95767ffffffffffffffff1989166001600160401b038816176009555f5f51602061354c5f395f51905f525d005b9091929394956113d890612e56565b966001600160401b038816908582116114eb576113ff896113fa838b88612dbe565b613045565b61140a818489612ee9565b929060405190602082018281106001600160401b038211176105e65760405260a0611436858d8a612dbe565b01358252873b156102515793611466604051958692632363e29760e21b8452604060048501526044840191612f00565b915f90602483015b600183106114d257505050805f920381895afa9283156105c1576001936114c2575b507f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a20196959493929190611396565b5f6114cc91612cbf565b8b611490565b815181528793506001909201916020918201910161146e565b506347bcb32f60e01b5f5260045260245ffd5b630fd4b63760e31b5f5260045ffd5b3461025157604036600319011261025157611526612b9c565b60243590811515809203610251575f546001600160a01b031633036107cb576001600160a01b03169081156107bc5760207f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91835f526002825260405f2060ff1981541660ff8316179055604051908152a2005b34610251575f366003190112610251576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610251575f3660031901126102515760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610251575f36600319011261025157602060085460c01c604051908152f35b346102515761164636612bc5565b91611652939193613010565b60ff600c5416610b2f5780156114fe57828103611210576001600160401b0360099492945460401c16916001600160401b0360085416935f915b8383106116ed57600980546fffffffffffffffff00000000000000001916604087901b67ffffffffffffffff60401b161790556008805467ffffffffffffffff19166001600160401b0388161790555f5f51602061354c5f395f51905f525d005b91936116fc9095919395612e56565b906001600160401b0360095416956001600160401b0383169687116119a25761172686828a612dbe565b926117318185613045565b5f985f5b611740898989612e73565b90508110156118d85761175e816117588b8b8b612e73565b90612ee9565b91909b8c83604051916020830193845260408301376117906040828681015f838201520301601f198101835282612cbf565b5190209b82156118c457803560f81c60048114806118ba575b156117f3575082602d11610251576019810135928060071161025157600582013590601711610251576001936117ed926007013560801c9160f01c9060601c6130ad565b01611735565b60058114806118b0575b156118465750826019116102515760058101359280601b1161025157601982013590602b116102515760019361184192601b013560801c9160f01c9060601c6130ad565b6117ed565b60078114806118a6575b15611894575082602b1161025157601781013592806007116102515760058201359060171161025157600193611841926007013560801c9160f01c9060601c6130ad565b630b04011760e11b5f5260045260245ffd5b50602b8414611850565b50602b84146117fd565b50602d84146117a9565b634e487b7160e01b5f52603260045260245ffd5b509190929897959794939460608601350361198f57602089989501975b6001600160401b0361190f6119098b612de4565b8c612e36565b166001600160401b03821690811015611941575f908152600760205260408120556001016001600160401b03166118f5565b5050949761195e9061195860019499989398612de4565b90612e36565b977f964a1cacc1856ec3fc82bdd1c4577ae8ccc942dc6b6a1ac5efaf3787a234200f5f80a20191909594939561168c565b85631ddc730f60e11b5f5260045260245ffd5b86638afd48a760e01b5f5260045260245ffd5b34610251575f3660031901126102515760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610251575f36600319011261025157602060405160358152f35b34610251575f3660031901126102515760206001600160401b0360095460401c16604051908152f35b602036600319011261025157611a50612b9c565b611a58613010565b60ff600c5416610b2f576001600160a01b038116156107bc5734156105fa575f80526006602052611a8d3460405f2054613094565b906001600160801b038211611b255761059f915f8052600660205260405f205560405190600160f81b60208301525f60218301525f60258301526001600160801b03193460801b16908160278401526001600160601b03199060601b1690816037840152602b8352611b00604b84612cbf565b6040519160208301915f83526022840152603283015260268252610a5d604683612cbf565b632027862b60e11b5f525f60045260245ffd5b3461025157604036600319011261025157611b51612bb2565b63ffffffff611b5e612b8b565b91165f52600d60205261ffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610251575f36600319011261025157602060ff600c54166040519015158152f35b34610251575f36600319011261025157600154336001600160a01b03821614801590611c1c575b6107cb575f543360018060a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b031990811633175f5516600155005b503315611bd2565b34610251575f3660031901126102515760206001600160401b0360085416604051908152f35b34610251575f366003190112610251576020672b352b2d26122b00604051908152f35b34610251576020366003190112610251576001600160a01b03611c8e612b9c565b165f526002602052602060ff60405f2054166040519015158152f35b346102515760203660031901126102515761ffff611cc6612b7a565b165f526004602052602060018060a01b0360405f205416604051908152f35b3461025157366003190160e081126102515760c0136102515760c4356001600160401b03811161025157611d1d903690600401612b4a565b90611d26613010565b60ff600c5416610b2f57335f52600260205260ff60405f205416156129145781156114fe576008548060c01c806001600160401b03611d63612dce565b1614908115916128f1575b506128ce5791906001600160401b03611d8636612ce0565b9360401c165f9160357f000000000000000000000000000000000000000000000000000000000000000002672b352b2d26122b00925b85851015612874578460051b830135609e1984360301811215610251578160405198611de78a612c89565b5f8a525f60208b015260408a015f81525f60608c01525f60808c01525f60a08c0152611e14848801612de4565b6001600160401b0380604085015116911610801561284c575b6128265760408488010135907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821015612817576001600160401b03611e7581855116612e18565b168c526001600160401b03611e8b868a01612de4565b1690528060808c01527f000000000000000000000000000000000000000000000000000000000000000086046035147f00000000000000000000000000000000000000000000000000000000000000001517156107875785605401605411610787576080611efb87605401612f46565b92611f096040519485612cbf565b60548801808552611f1990612f46565b601f190136602086013701518b5160c01b6001600160c01b03191667ffffffffffffffff60801b611f4b8a8801612de4565b60801b1617916020868a0101359163ffffffff83168303610251576020850152604084015263ffffffff60601b9060601b16176060820152611f94606084880101848801612eb7565b935f945f925f935f975b838110612099575b50505050806080611fbc928a0101908901612eb7565b9190500361208a576020926001600160401b03611fda865f95612df8565b16848c015260608b0152828151910160025afa15610251575f516001600160fd1b031660a0880152602087015160019161201d916001600160401b031690612e36565b9661202781612fa4565b6001600160401b038251165f52600a60205260405f20556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060a0840151608085015182519182526020820152a294019395611dbc565b6305df175760e51b5f5260045ffd5b838110612759575b838114612754576120b38185856130a1565b356107f8808260f51c1616908060f81c82046008148160f81c151715610787578e60078260f81c11908115612746575b5061272d57858f60ff6120f991851c1685613094565b1161271a577f000000000000000000000000000000000000000000000000000000000000000084146126e7578e908e60ff83851c1685880160748d60358a0201013760028260f81c1480156126da575b1561223257505060ff61215f91831c1683613094565b60061981019081116107875761217a8f831c60ff1684613094565b600119810190811161078757612191918787612f2e565b6001600160d81b031991359182169160058210612212575b5050601f8160dd1c9160d81c16604d811161078757600a0a90818102918183041490151715610787576001600160801b03106121ff576121f99160ff8f6121f3935b1c1690613094565b91612f20565b90611f9e565b5063c7e15aad60e01b5f5260045260245ffd5b6001600160d81b031960059290920360031b82901b161690505f806121a9565b60018260f89d94939d1c1480156126cd575b15612377575050600583019081841161078757602b8401918285116107875761227283612279928a8a612f2e565b3691612f61565b80516020909101206008546001600160401b03838116926001600160601b0319169160801c1682101561236457815f52600760205260405f205490600160ff8360e01c16149182159261234c575b50506111a15750908f92916122dd600791612e56565b9b60f81c146122f8575b509160ff6121f3926121f9946121eb565b6121f3926121f994929c604061233e61231560ff95878d8d612f2e565b9290838251948592602084019788528484013781015f838201520301601f198101835282612cbf565b5190209c92945092506122e7565b60601b6001600160601b031916141590505f806122c7565b5063a13f432b60e01b5f5260045260245ffd5b9091929b9a60058160f81c145f14612459575050506001820180831161078757601b830190818411610787576123b291612272918888612f2e565b80516020909101206008546001600160401b03838116926001600160601b0319169160801c1682101561236457815f52600760205260405f205490600560ff8360e01c161491821592612441575b50506111a1575061241090612e56565b97602b8201918281116107875760ff8f6121f39360406124386123156121f998878d8d612f2e565b5190209c6121eb565b60601b6001600160601b031916141590505f80612400565b929a919260f81c60040361249257509160ff826121f99460406124388f61248a866121f399612315931c1688613094565b878d8d612f2e565b6124b26124aa60ff8e9b956124c1959f1c1686613094565b858989612f2e565b92909189016080810190612eb7565b604185019491858311610787578186116126ba576060926040516124e58582612cbf565b60288152676c6c75703a63706b60c01b604060208301927f19457468657265756d205369676e6564204d6573736167653a0a37367a6b726f84520152866005116102515760018601356001600160e01b0319166031881061025157602d8701356001600160e01b03191660198910610251576001600160601b0319600589013516906040519260286020850195865e6001600160401b0360c01b7f000000000000000000000000000000000000000000000000000000000000000060c01b1660488501526001600160401b0360c01b4660c01b16605085015230891b6058850152606c84015260708301526074820152606881526125e4608882612cbf565b519020602082018083116107875761260761260182858888612f2e565b906134ad565b926040810180911161078757856126296126018361262f956126399a8a612f2e565b956130a1565b3560f81c906134c9565b5060048194929410156126a657159384159461267c575b50505050612669576121f99160ff8f6121f393996121eb565b50630265dbb160e41b5f5260045260245ffd5b9091929350602d116102515760190135901c6001600160a01b03908116911614155f808080612650565b634e487b7160e01b5f52602160045260245ffd5b86630265dbb160e41b5f5260045260245ffd5b5060078c60f81c14612244565b5060038260f81c14612149565b63646ed64b60e01b5f527f000000000000000000000000000000000000000000000000000000000000000060045260245ffd5b8263e4b4973360e01b5f5260045260245ffd5b8263dccf273160e01b5f5260045260f81c60245260445ffd5b60ff9150831c16158f6120e3565b611fa6565b8293969a95999f9d9e9192816002919e96999d9a9e01355f1a60038114918291141715612800576014810282810160120189107f0000000000000000000000000000000000000000000000000000000000000000861417868401909101600b0135600760da1b9081161417612800576001916014828e82601295028501906074858b019160358b02010137020101920194999592919e9894909d9c9e9b979a96939b612099565b509e989499959291909d9c9e9b979a96939b6120a1565b6336659a7f60e01b5f5260045ffd5b6001600160401b03612839858901612de4565b6343aa354960e11b5f521660045260245ffd5b50612858848801612de4565b610384420190814211610787576001600160401b031611611e2d565b86519077ffffffffffffffff0000000000000000ffffffffffffffff67ffffffffffffffff60401b6008549260401b16926001600160401b0360c01b9060c01b16911617176008555f5f51602061354c5f395f51905f525d005b6001600160401b036128de612dce565b633746be9b60e11b5f521660045260245ffd5b90506128ff61032936612ce0565b905f52600a60205260405f2054141584611d6e565b631f0853c160e21b5f5260045ffd5b34610251576020366003190112610251576004356001600160401b03811161025157612953903690600401612b1a565b61295b613010565b60ff600c5416610b2f57335f52600260205260ff60405f205416156129145780156114fe5790600854906001600160401b038260c01c9260401c16925f915b818310612a6b577faf0891836c1ac67f4454de6bf99ba118318b7263cf6244333ac76ee8a23fdc2c604086866001600160401b0381169177ffffffffffffffff0000000000000000ffffffffffffffff67ffffffffffffffff60401b60085492861b16926001600160401b0360c01b9060c01b169116171760085580600954816001600160401b03821611612a55575b50506001600160401b036009541682519182526020820152a15f5f51602061354c5f395f51905f525d005b67ffffffffffffffff1916176009558084612a2a565b9091926001600160401b0360095460401c16946001600160401b03821695861115612ae157612aa2612acc926113fa878787612dbe565b855f52600a6020525f6040812055612ac66020612ac0878787612dbe565b01612de4565b90612df8565b938015610787575f190192600101919061299a565b856316c087bd60e01b5f5260045260245ffd5b34610251575f366003190112610251576020906001600160401b0360085460801c168152f35b9181601f84011215610251578235916001600160401b0383116102515760208085019460c0850201011161025157565b9181601f84011215610251578235916001600160401b038311610251576020808501948460051b01011161025157565b6004359061ffff8216820361025157565b6024359061ffff8216820361025157565b600435906001600160a01b038216820361025157565b6004359063ffffffff8216820361025157565b6040600319820112610251576004356001600160401b0381116102515781612bef91600401612b1a565b92909291602435906001600160401b03821161025157612c1191600401612b4a565b9091565b600435906001600160401b038216820361025157565b35906001600160401b038216820361025157565b6060906003190112610251576004356001600160a01b038116810361025157906024356001600160a01b038116810361025157906044356001600160801b03811681036102515790565b60c081019081106001600160401b038211176105e657604052565b606081019081106001600160401b038211176105e657604052565b90601f801991011681019081106001600160401b038211176105e657604052565b60c09060031901126102515760405190612cf982612c89565b816004356001600160401b03811681036102515781526024356001600160401b03811681036102515760208201526044356001600160401b03811681036102515760408201526064356060820152608435608082015260a060a435910152565b91908260c091031261025157604051612d7181612c89565b60a0808294612d7f81612c2b565b8452612d8d60208201612c2b565b6020850152612d9e60408201612c2b565b604085015260608101356060850152608081013560808501520135910152565b91908110156118c45760c0020190565b6004356001600160401b03811681036102515790565b356001600160401b03811681036102515790565b906001600160401b03809116911603906001600160401b03821161078757565b6001600160401b036001911601906001600160401b03821161078757565b906001600160401b03809116911601906001600160401b03821161078757565b6001600160401b03166001600160401b0381146107875760010190565b91908110156118c45760051b81013590601e19813603018212156102515701908135916001600160401b038311610251576020018260051b36038113610251579190565b903590601e198136030182121561025157018035906001600160401b0382116102515760200191813603831361025157565b908210156118c457612c119160051b810190612eb7565b908060209392818452848401375f828201840152601f01601f1916010190565b5f1981146107875760010190565b90939293848311610251578411610251578101920390565b6001600160401b0381116105e657601f01601f191660200190565b929192612f6d82612f46565b91612f7b6040519384612cbf565b829481845281830111610251578281602093845f960137010152565b9190820391821161078757565b60405160a060208201926001600160401b0381511684526001600160401b0360208201511660408401526001600160401b03604082015116606084015260608101516080840152608081015182840152015160c082015260c0815261300a60e082612cbf565b51902090565b5f51602061354c5f395f51905f525c6130365760015f51602061354c5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03918261305883612de4565b9116921682148015919061306f575b506106215750565b61307f9150610329903690612d59565b815f52600a60205260405f205414155f613067565b9190820180921161078757565b908210156118c4570190565b916001600160801b03169182156131485760018060a01b031690815f52600b60205260405f2061ffff82165f5260205260405f20836001600160801b03825416016001600160801b038111610787577f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926020926001600160801b0361ffff93166001600160801b03198254161790556040519586521693a3565b505050565b6001600160a01b031690811561317857815f52600360205261ffff60405f205416918215610b1d5750565b5f9150565b907f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff9060806001600160401b03600854821c16936131e47f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316612e36565b92604051906131f282612ca4565b6001600160601b03191681526001600160401b03602082019416938481526040820160018152875f52600760205260405f20925160601c8354926001600160401b0360a01b905160a01b169160ff60e01b905160e01b169262ffffff60e81b16171717905561326085612e18565b600854906001600160401b03841b90841b16906001600160401b03841b1916176008556020604051938492600184526060838501528051928391826060870152018585015e5f8383018501526040830152601f01601f19168101030190a2565b909291926001600160801b036132d58561314d565b93169182156105fa5760018060a01b031692835f52600b60205260405f2061ffff82165f526020526001600160801b0360405f20541680841161349b57839003906001600160801b0382116107875761ffff91855f52600b60205260405f208383165f526020526001600160801b0360405f2091166001600160801b03198254161790551693845f52600660205260405f20613372848254612f97565b90558461340857505f808080856001600160a01b0386165af13d15613403573d61339b81612f46565b906133a96040519283612cbf565b81525f60203d92013e5b156133f4577f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040915b82519182526001600160a01b03166020820152a3565b630db2c7f160e31b5f5260045ffd5b6133b3565b60405163a9059cbb60e01b5f9081526001600160a01b038481166004526024869052929092169160209060448180865af19060015f511482161561347a575b60405215610ab857507f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040916133de565b90600181151661349257823b15153d15161690613447565b503d5f823e3d90fd5b63bba5571960e01b5f5260045260245ffd5b3590602081106134bb575090565b5f199060200360031b1b1690565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613540579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156105c1575f516001600160a01b0381161561353657905f905f90565b505f906001905f90565b5050505f916003919056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// Solidity: constructor((address,address,uint256,uint256,uint256,uint64,uint64,bytes32,address,address) c) returns()
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
// Solidity: function cancelOutstandingDepositsForExodusMode(uint64 count, bytes[] deposits) returns()
func (rollup *Rollup) PackCancelOutstandingDepositsForExodusMode(count uint64, deposits [][]byte) []byte {
	enc, err := rollup.abi.Pack("cancelOutstandingDepositsForExodusMode", count, deposits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelOutstandingDepositsForExodusMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7efcfe85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelOutstandingDepositsForExodusMode(uint64 count, bytes[] deposits) returns()
func (rollup *Rollup) TryPackCancelOutstandingDepositsForExodusMode(count uint64, deposits [][]byte) ([]byte, error) {
	return rollup.abi.Pack("cancelOutstandingDepositsForExodusMode", count, deposits)
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
// Solidity: function depositERC20(address token, uint128 amount, address to) returns()
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
// Solidity: function depositERC20(address token, uint128 amount, address to) returns()
func (rollup *Rollup) TryPackDepositERC20(token common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return rollup.abi.Pack("depositERC20", token, amount, to)
}

// PackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2da806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositETH(address to) payable returns()
func (rollup *Rollup) PackDepositETH(to common.Address) []byte {
	enc, err := rollup.abi.Pack("depositETH", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2da806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositETH(address to) payable returns()
func (rollup *Rollup) TryPackDepositETH(to common.Address) ([]byte, error) {
	return rollup.abi.Pack("depositETH", to)
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

// PackPriorityOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c1cde0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priorityOps(uint64 ) view returns(bytes20 hash, uint64 expiry, uint8 opType)
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
// Solidity: function priorityOps(uint64 ) view returns(bytes20 hash, uint64 expiry, uint8 opType)
func (rollup *Rollup) TryPackPriorityOps(arg0 uint64) ([]byte, error) {
	return rollup.abi.Pack("priorityOps", arg0)
}

// PriorityOpsOutput serves as a container for the return parameters of contract
// method PriorityOps.
type PriorityOpsOutput struct {
	Hash   [20]byte
	Expiry uint64
	OpType uint8
}

// UnpackPriorityOps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6c1cde0.
//
// Solidity: function priorityOps(uint64 ) view returns(bytes20 hash, uint64 expiry, uint8 opType)
func (rollup *Rollup) UnpackPriorityOps(data []byte) (PriorityOpsOutput, error) {
	out, err := rollup.abi.Unpack("priorityOps", data)
	outstruct := new(PriorityOpsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hash = *abi.ConvertType(out[0], new([20]byte)).(*[20]byte)
	outstruct.Expiry = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.OpType = *abi.ConvertType(out[2], new(uint8)).(*uint8)
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
// Solidity: function requestFullExit(uint32 accountId, address token) returns()
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
// Solidity: function requestFullExit(uint32 accountId, address token) returns()
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
