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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint16[]\",\"name\":\"blockShapes\",\"type\":\"uint16[]\"},{\"internalType\":\"contractIBlockVerifier[]\",\"name\":\"blockVerifiers\",\"type\":\"address[]\"},{\"internalType\":\"contractIExitVerifier\",\"name\":\"exitVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"accountDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"rollupChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityExpiryBlocks\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"priorityFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"BadEthSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShapes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"executed\",\"type\":\"uint64\"}],\"name\":\"BlocksInFlight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"DepositCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InExodusMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"available\",\"type\":\"uint128\"}],\"name\":\"InsufficientPendingBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"NotAWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInExodusMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"PackedAmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"PendingOpsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"PriorityExpiryOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityOpMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriorityOpNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"PriorityQueueExhausted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateRootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slots\",\"type\":\"uint256\"}],\"name\":\"TooManyOperations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"TruncatedPubdata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"UnknownOpType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnusedEthSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongPriorityFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongStoredBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksCommitted\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocksProven\",\"type\":\"uint64\"}],\"name\":\"BlocksReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"DepositCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"ExodusExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"ExodusMode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"PendingBalanceCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"PriorityFeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"PriorityRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRIORITY_FEE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PRIORITY_EXPIRY_BLOCKS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIZES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRIORITY_FEE_UNIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"addToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balanceDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockShapes\",\"outputs\":[{\"internalType\":\"uint16[]\",\"name\":\"shapes\",\"type\":\"uint16[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockSlots\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"blockVerifierOf\",\"outputs\":[{\"internalType\":\"contractIBlockVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksCommitted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksExecuted\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocksProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"requests\",\"type\":\"bytes[]\"}],\"name\":\"cancelOutstandingDepositsForExodusMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeAccount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"ethSignatures\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.CommitBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"commitProveExecute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositERC20\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[][]\",\"name\":\"pendingOps\",\"type\":\"bytes[][]\"}],\"name\":\"executeBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitVerifier\",\"outputs\":[{\"internalType\":\"contractIExitVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"firstPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashStoredBlock\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCommittedPriorityOp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"outstanding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"pendingBalances\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock\",\"name\":\"lastExecuted\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"performExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityExpiryBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"priorityOps\",\"outputs\":[{\"internalType\":\"bytes20\",\"name\":\"hash\",\"type\":\"bytes20\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"feeGwei\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"proveBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"requestFullExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slots\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"priorityOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pendingOpsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.StoredBlock[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"revertBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollupChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"setPriorityFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"storedBlockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"tokenAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenIds\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPriorityOps\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"withdrawPendingBalanceTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x61018080604052346107f557614ff3803803809161001d8285610834565b83398101906020818303126107f5578051906001600160401b0382116107f5570190610180828203126107f55760405161018081016001600160401b038111828210176106085760405282516001600160401b0381116107f557830182601f820112156107f557805161008f81610857565b9161009d6040519384610834565b81835260208084019260051b820101908582116107f557602001915b81831061081957505050815260208301516001600160401b0381116107f55783019180601f840112156107f5578251906100f282610857565b936101006040519586610834565b82855260208086019360051b8201019182116107f557602001915b8183106107f9575050506020810191825260408301516001600160a01b03811681036107f557604082019081526060840151936060830194855260808101516080840190815261016d60a0830161086e565b60a0850190815261018060c0840161086e565b9160c0860192835260e08401519760e087019889526101a26101008601610882565b95610100880198878a526101b96101208801610882565b98610120810199808b526101e56101606101d66101408c0161086e565b9a61014085019b8c5201610882565b61016083019081526007805461ffff19166001179055996001600160a01b0316159081156107e3575b506107d457610228845180151590816107c8575b50610896565b61023c855180151590816107bc5750610896565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018c5110156107ad5786516001600160401b0316600a811080156107a0575b61078157508051519182158015610777575b801561076b575b610721575f905f905b84821061068f57505060c0528160e052515f19820191821161067b5761ffff916102c6916108ce565b511660a052516001600160a01b0390811660805290516101005290516101205290516001600160401b039081166101405291518216610160528551600180546001600160a01b03191691831691909117815585519091165f908152600360205260409020805460ff1916909117905590519081169066b1a2bc2ec5000082118015610663575b61063d57600a80546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1516001600160a01b031680610638575080516001600160a01b03165b6001600160a01b0316918215801561062f575b61061c57600480546001600160a01b03191684179055604051927f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f9260209290917fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3235f80a2516001600160a01b03165f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a351600184526001600160a01b031692a2516040519060e082016001600160401b03811183821017610608576040525f825260208201915f835260408101915f835260608201915f835260c060808201915f835260a0810193845201925f84526040519461ffff60208701975f89525116604087015260018060401b03905116606086015260018060401b0390511660808501525160a08401525160c08301525160e082015260e0815261051761010082610834565b5190205f8052600c6020527f13649b2456f1b42fef0f0040b3aaeabcd21a76a0f3f5defd4f583839455116e8556040516146fc90816108f782396080518181816106180152611e40015260a051818181611e86015281816135a5015281816135c7015281816135ed015281816137ec01528181613e5501528181613ef60152614603015260c05181818161034f01526145d2015260e05181818161032901526145b00152610100518181816102c701526111f9015261012051818181610be30152611d0301526101405181818161107a0152613cee01526101605181818161130b01528181611f1601526141300152f35b634e487b7160e01b5f52604160045260245ffd5b82631ecdd20960e31b5f5260045260245ffd5b503083146103ce565b6103bb565b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b50633b9aca0082066001600160401b0316151561034c565b634e487b7160e01b5f52601160045260245ffd5b909161ffff61069f8486516108ce565b51169283158015610760575b8015610730575b6107215782516001600160a01b03906106cc9083906108ce565b511615610721576001600160fc1b038116810361067b57600191848260041b1b1793828060a01b036106ff8386516108ce565b5116905f525f60205260405f2090838060a01b0319825416179055019061029d565b63a93c690160e01b5f5260045ffd5b5080151580156106b2575084515f1982019082821161067b5761ffff91610756916108ce565b51168411156106b2565b5061100084116106ab565b50828151511415610294565b506008831161028d565b632a14092b60e21b5f52600452600a602452630100000060445260645ffd5b506301000000811161027b565b6336659a7f60e01b5f5260045ffd5b6010915011155f610222565b6020915011155f610222565b63d92e233d60e01b5f5260045ffd5b6001600160a01b03161590505f61020e565b5f80fd5b82516001600160a01b03811681036107f55781526020928301920161011b565b825161ffff811681036107f5578152602092830192016100b9565b601f909101601f19168101906001600160401b0382119082101761060857604052565b6001600160401b0381116106085760051b60200190565b51906001600160401b03821682036107f557565b51906001600160a01b03821682036107f557565b1561089d57565b60405162461bcd60e51b815260206004820152600960248201526862616420736861706560b81b6044820152606490fd5b80518210156108e25760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908162c94565146125fb575080630828fba2146124b65780630994cb9e1461248f57806310603dad1461245457806313e7c9d814612417578063175b41d9146123f25780631a6274f71461221657806323079522146121f057806323651a33146121d2578063238efcbc14612156578063264c0912146121345780632b8c062a146120e35780632ed51609146120ba57806330952d4b14611f5557806330f0a6d914611f3a5780633caddd9414611ef75780634690484014611ecf57806348ed7b3a14611ea95780634a770d0914611e6f57806352822bfb14611e2b578063558a729714611d9d5780635aa6e67514611d7557806365e22bb214611d445780636d91cf0314611d26578063788ef4f514611cec5780637dd179f914611cc35780637efcfe8514611993578063824217c21461193c57806395845c431461191357806395a4767d1461159f5780639f181b5e1461157e578063a6c1cde014611514578063a7e7aacd1461145f578063ab9b2adf146111b5578063ac91b4d51461109e578063ad9716531461105b578063b863846e14611028578063c21204a214610d8a578063c45c845d14610d34578063c90e344614610d13578063d38bfff414610cc6578063d48bfca714610b88578063d514da5014610b4d578063d93f92c514610a64578063dbf814c214610a44578063dd54aaf314610823578063dfa6323514610500578063e74b981b1461045b578063ea36f99014610423578063eac63a5b14610407578063ecf5cc2e14610313578063f39c38a0146102ea578063f86be708146102af5763fc97a3031461026f575f80fd5b346102ac5760203660031901126102ac5760209061ffff906040906001600160a01b0361029a61287c565b16815260058452205416604051908152f35b80fd5b50346102ac57806003193601126102ac5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346102ac57806003193601126102ac576002546040516001600160a01b039091168152602090f35b50346102ac57806003193601126102ac5761034d7f0000000000000000000000000000000000000000000000000000000000000000612a52565b7f00000000000000000000000000000000000000000000000000000000000000009190815b81518110156103bd576001600160fc1b03811681036103a9578061ffff8560019360041b1c166103a28285612a91565b5201610372565b634e487b7160e01b83526011600452602483fd5b5090604051918291602083016020845282518091526020604085019301915b8181106103ea575050500390f35b825161ffff168452859450602093840193909201916001016103dc565b50346102ac57806003193601126102ac576020604051600a8152f35b50346102ac5760203660031901126102ac5760406020916001600160401b0361044a612728565b168152600c83522054604051908152f35b50346102ac5760203660031901126102ac5761047561287c565b6001546001600160a01b031633036104f1576001600160a01b0316801580156104e8575b6104d657600480546001600160a01b031916821790557fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3238280a280f35b631ecdd20960e31b8252600452602490fd5b50308114610499565b632d5be4cb60e21b8252600482fd5b503461079b573660031901610180811261079b5760e01361079b5760e4359063ffffffff821680920361079b57610104356001600160a01b038116929083810361079b57610124359061ffff821680830361079b5761014435936001600160801b0385169687860361079b57610164356001600160401b03811161079b573660238201121561079b578060040135906001600160401b03821161079b57366024838301011161079b576105b1612bfd565b60ff600e541615610814576001600160401b03600b5460801c166004356001600160401b03811680820361079b578214801591506107ec575b6107da5750835f52600f60205260405f20855f5260205260ff60405f2054166107c25789156107b3576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160a082016001600160401b0381118382101761079f5760405260a43582528560208301528460408301528660608301528b6080830152823b1561079b57604051630af9a23560e21b815260c06004820152938492916106a79160c4850191602401612bdd565b905f602484015b60058210610781575050509181805f9403915afa801561077657610739575b5060407f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc8801608918899846107269a52600f602052828b20865f52602052825f20600160ff1982541617905582519182526020820152a3612f83565b805f5160206146dc5f395f51905f525d80f35b61072697507f17c2eb01aa5c8efd3542f95f3c0aa66a5784bd9840bdcb67a2ac623dc88016089161076c5f604093612707565b5f985091506106cd565b6040513d5f823e3d90fd5b8251815286945060209283019260019290920191016106ae565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b631f2a200560e01b5f5260045ffd5b505050639f55e9db60e01b5f5260045260245260445ffd5b633746be9b60e11b5f5260045260245ffd5b506108006107fb366004612800565b6129a0565b815f52600c60205260405f205414156105ea565b630779d7d160e11b5f5260045ffd5b3461079b573660031901610100811261079b5760e01361079b5760e4356001600160401b03811161079b5761085c903690600401612651565b90610865612bfd565b60ff600e5416610a3557335f52600360205260ff60405f20541615610a26578115610a17576001600160401b03600b5416806001600160401b036108a7612932565b1614908115916109f4575b506109d157906108c136612774565b6001600160401b03600a5460401c16925f925b84818510610931576001600160401b038451166001600160401b0319600b541617600b5567ffffffffffffffff60401b600a549160401b169067ffffffffffffffff60401b191617600a555f5f5160206146dc5f395f51905f525d005b61094e610963918495610948888660019798612ba1565b906134e3565b956001600160401b0360408801511690612ac3565b9461096d816129a0565b6001600160401b038251165f52600c60205260405f20556001600160401b038151167fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c1624604060c084015160a085015182519182526020820152a293019291906108d4565b6001600160401b036109e1612932565b633746be9b60e11b5f521660045260245ffd5b9050610a026107fb36612774565b905f52600c60205260405f20541415836108b2565b630fd4b63760e31b5f5260045ffd5b631f0853c160e21b5f5260045ffd5b637fa3dd5760e11b5f5260045ffd5b3461079b575f36600319011261079b576020600a5460c01c604051908152f35b3461079b57602036600319011261079b57610a7d612728565b6001546001600160a01b03163303610b3e576001600160401b0381169066b1a2bc2ec5000082118015610b26575b610b0057600a80546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fbb2e89e51d6069e922ddec79ff943c0610cdbf1e8cd88aed6cff2a412bbf07e190602090a1005b5063ed15730d60e01b5f5260045266b1a2bc2ec50000602452633b9aca0060445260645ffd5b506001600160401b03633b9aca008306161515610aab565b632d5be4cb60e21b5f5260045ffd5b3461079b57610b76610b5e366128bb565b91610b67612bfd565b6001600160a01b038116614267565b5f5f5160206146dc5f395f51905f525d005b3461079b57602036600319011261079b57610ba161287c565b6001546001600160a01b03163303610b3e576001600160a01b03168015610cb757805f52600560205261ffff60405f205416610ca55761ffff600754169060017f00000000000000000000000000000000000000000000000000000000000000001b821015610c9657805f52600560205260405f208261ffff19825416179055815f52600660205260405f20816001600160601b0360a01b8254161790556001820161ffff8111610c825761ffff1661ffff1960075416176007557f78fc75a90b2d2aeb8c1d0cb138b1c62ac8390fae9e60666d4a7400fa263d47ea5f80a3005b634e487b7160e01b5f52601160045260245ffd5b633a4733d960e11b5f5260045ffd5b633fb6e97160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b3461079b57602036600319011261079b57610cdf61287c565b6001546001600160a01b03163303610b3e57600280546001600160a01b0319166001600160a01b0392909216919091179055005b3461079b575f36600319011261079b57602060405166b1a2bc2ec500008152f35b3461079b57610d42366128bb565b90610d4b612bfd565b6001600160a01b0383169283158015610d81575b610d6e57610b76935033614267565b83631ecdd20960e31b5f5260045260245ffd5b50308414610d5f565b606036600319011261079b576004356001600160a01b03811680820361079b57610db26128a5565b6044356001600160a01b03811680820361079b57610dce612bfd565b60ff600e5416610a3557835f52600560205260405f20549261ffff841695861561101557600a5460c01c95863403610ffe576040516370a0823160e01b815230600482015291602083602481855afa928315610776575f93610fca575b506001600160801b03604051946323b872dd60e01b5f5233600452306024521660445260205f60648180855af19060015f5114821615610fab575b50836040525f60605215610f9957826024816020936370a0823160e01b82523060048301525afa8015610776575f90610f65575b610ea49250612bd0565b9015610cb75780156107b357610ebd81610b76966140a4565b610ec68461401a565b604051600160f81b60208201525f602182015260f09390931b6001600160f01b0319166025840181905260809190911b6001600160801b0319166027840181905260609290921b6001600160601b03191660378401819052602b8452610f2d604b85612707565b60405192602084019283526022840152603283015260268252610f51604683612707565b905190206001600160601b031916906140f4565b506020823d602011610f91575b81610f7f60209383612707565b8101031261079b57610ea49151610e9a565b3d9150610f72565b635274afe760e01b5f5260045260245ffd5b6001821516610fc1573b15153d15161689610e66565b843d5f823e3d90fd5b9092506020813d602011610ff6575b81610fe660209383612707565b8101031261079b57519189610e2b565b3d9150610fd9565b866346cf1f8360e11b5f523460045260245260445ffd5b856342f22db560e01b5f5260045260245ffd5b3461079b57602036600319011261079b5761ffff611044612752565b165f526008602052602060405f2054604051908152f35b3461079b575f36600319011261079b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b604036600319011261079b576110b261287c565b6110ba6128a5565b6110c2612bfd565b60ff600e5416610a3557600a5460c01c906001600160801b038116926110e88385612bc3565b3403611195576001600160a01b03811615610cb75783156107b35761111861111384610b7696612bc3565b61401a565b604051600160f81b60208201525f60218201819052602582015260809290921b6001600160801b0319166027830181905260609190911b6001600160601b03191660378301819052602b835290611170604b84612707565b6040519160208301915f83526022840152603283015260268252610f51604683612707565b61119f8385612bc3565b6346cf1f8360e11b5f523460045260245260445ffd5b604036600319011261079b576111c9612892565b6024356001600160a01b038116810361079b576111e4612bfd565b60ff600e5416610a355763ffffffff821660017f00000000000000000000000000000000000000000000000000000000000000001b81101561144d575061122a90613fd8565b90600a5460c01c91823403611436577f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff9161141a916112688561401a565b604051600560f81b602082015260e09290921b6001600160e01b031916602183018190523360601b6025840181905260f09290921b6001600160f01b031916603984018190525f603b850152602b84526112c3604b85612707565b604051926020840192835260248401526038830152601a82526112e7603a83612707565b6001600160601b03199151902016936001600160401b03600a5460801c16946113397f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316612ac3565b9160405191611347836126ec565b825264ffffffffff8316602080840191825260056040808601918252633b9aca0090940465ffffffffffff1660608087019182525f8c8152600990945294909220945192519051915160a09190911b64ffffffffff60a01b169290931c9190911760c89190911b60ff60c81b161760d09190911b6001600160d01b0319161790556113d185612aa5565b600a54906001600160401b0360801b9060801b16906001600160401b0360801b191617600a556001600160401b0360405193849360058552606060208601526060850190613064565b911660408301520390a25f5f5160206146dc5f395f51905f525d005b826346cf1f8360e11b5f523460045260245260445ffd5b632352977d60e21b5f5260045260245ffd5b3461079b575f36600319011261079b57611477612bfd565b600e5460ff8116610a3557600a546001600160401b038082169160801c168110908115916114f4575b506114e55760ff1916600117600e557fc71028c67eb0ef128ea270a59a674629e767d51c1af44ed6753fd2fad2c7b6775f80a15f5f5160206146dc5f395f51905f525d005b635b45bd5b60e01b5f5260045ffd5b90505f52600960205264ffffffffff60405f205460a01c164310826114a0565b3461079b57602036600319011261079b576001600160401b03611535612728565b165f526009602052608060405f2054604051906001600160601b03198160601b16825264ffffffffff8160a01c16602083015260ff8160c81c16604083015260d01c6060820152f35b3461079b575f36600319011261079b57602061ffff60075416604051908152f35b3461079b573660031901610140811261079b5760e01361079b5760e4356001600160401b03811161079b576115d8903690600401612651565b610104356001600160401b03811161079b576115f8903690600401612651565b9290610124356001600160401b03811161079b5761161a903690600401612651565b94611623612bfd565b60ff600e5416610a3557335f52600360205260ff60405f20541615610a26578415610a1757808514801590611909575b6118fa57600b546001600160401b038082169160801c168181036118e45750806001600160401b03611683612932565b1614908115916118c1575b506109d1576116a1959194939536612774565b92600a54956001600160401b03808860401c169716955f986116c282612a52565b956116cc83612a52565b935f935b8085106117b6575050505050906116e8939291613088565b6116f1816129a0565b6001600160401b038251165f52600c60205260405f205551600b549067ffffffffffffffff60401b6001600160401b0360801b8260801b16926001600160401b038316906001600160401b0360c01b16179160401b161717600b5567ffffffffffffffff60401b6001600160401b03600a5492169260401b16906001600160801b0319161717600a5580611791575f5f5160206146dc5f395f51905f525d005b6004546117b0916001600160801b0316906001600160a01b0316612eed565b80610b76565b9091929380998c6117cb839d9e9d8589612ba1565b6117d4926134e3565b9c8d9c60408e019c8d516001600160401b03166117f091612ac3565b9d80516001600160401b03169d60c082019e8f5160a0840151604051918252602082015260407fca5e60e4f73e882b806ac2ac9058e65b57f3bd7823db3919f0b1daca475c162491a281516001600160401b031690817f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a2516001600160401b031691608001519461188590898961295c565b92611891969192612c81565b9c909a5161189f8b8b612a91565b52602081015161ffff166118b38b88612a91565b5298600101939291906116d0565b90506118cf6107fb36612774565b905f52600c60205260405f205414158761168e565b90631f04def560e01b5f5260045260245260445ffd5b631fec674760e31b5f5260045ffd5b5085851415611653565b3461079b575f36600319011261079b5760206001600160401b03600b5460401c16604051908152f35b3461079b57604036600319011261079b5761195561287c565b61195d612763565b9060018060a01b03165f52600d60205261ffff60405f2091165f5260205260206001600160801b0360405f205416604051908152f35b3461079b57604036600319011261079b576119ac612728565b6024356001600160401b03811161079b576119cb903690600401612651565b90916119d5612bfd565b8060ff600e541615610814576001600160401b03906119ff600a5483811693849160801c16612a1b565b906001600160401b03808316911611611cbb575b506001600160401b038216908115611cac578184036118fa575f5b6001600160401b0381169083821015611c76576001600160401b03611a538285612ac3565b1690815f526009602052611a6c60405f2093888a612b15565b929093602b8414801590611c47575b611c34578054600160ff8260c81c16145f14611b9f5784602b1161079b576005860190611aa86026612b50565b611ab56040519182612707565b602681526020810136602b8a011161079b5760268482375f60468301526001600160601b03199151902016906001600160601b03199060601b1603611b8c57601786013560601c906007861061079b573560f01c9460171161079b576001600160801b03611b71611b7893611b6c6001988460076001600160401b039c013560801c169080878a7fd2e8b874f057fbd358eee699a064bf12440c18df2420edb344ae8e1965474b6e6020604051878152a486612f83565b61348d565b1690612eed565b5f5260096020525f60408120550116611a2e565b82636a74ceb360e01b5f5260045260245ffd5b84601b9592951161079b57611bb4601a612b50565b611bc16040519182612707565b601a81526020810136601b89011161079b57601a6001890182375f603a8301526001600160601b03199151902016906001600160601b03199060601b1603611c345760191161079b576001600160401b0393600193611b78916005013560601c906001600160801b0390611b719061348d565b50636a74ceb360e01b5f5260045260245ffd5b508315611c625760ff815460c81c16853560f81c1415611a7b565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03611c888685612ac3565b166001600160401b0319600a541617600a555f5f5160206146dc5f395f51905f525d005b6380e681ab60e01b5f5260045ffd5b915084611a13565b3461079b575f36600319011261079b5760206001600160401b03600a5460401c16604051908152f35b3461079b575f36600319011261079b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461079b575f36600319011261079b57602060405163010000008152f35b3461079b57602036600319011261079b576004355f525f602052602060018060a01b0360405f205416604051908152f35b3461079b575f36600319011261079b576001546040516001600160a01b039091168152602090f35b3461079b57604036600319011261079b57611db661287c565b6024359081151580920361079b576001546001600160a01b03163303610b3e576001600160a01b0316908115610cb75760207f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91835f526003825260405f2060ff1981541660ff8316179055604051908152a2005b3461079b575f36600319011261079b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461079b575f36600319011261079b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461079b575f36600319011261079b5760206001600160401b03600b5416604051908152f35b3461079b575f36600319011261079b576004546040516001600160a01b039091168152602090f35b3461079b575f36600319011261079b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461079b575f36600319011261079b57602060405160358152f35b3461079b57611f6336612681565b91611f6c612bfd565b60ff600e5416610a35578015610a17578281036118fa57600b54926001600160401b038460401c1692611f9e83612a52565b92611fa881612a52565b965f916001600160401b038816905b80841061200257508767ffffffffffffffff60401b88611fd98989898f613088565b60401b169067ffffffffffffffff60401b191617600b555f5f5160206146dc5f395f51905f525d005b9091929661200f90612905565b966001600160401b038816908382116120a75761203689612031838689612922565b612c32565b60c0612043828588612922565b013561204f828a612a91565b52602061205d828588612922565b01359161ffff831680930361079b57600192612079838e612a91565b527f9642cd972138156b18f0dfc34cb121e4efd2ffce8e30923d1bee422c1e638cfd5f80a201929190611fb7565b506347bcb32f60e01b5f5260045260245ffd5b3461079b575f36600319011261079b5760206001600160401b03600b5460801c16604051908152f35b3461079b57604036600319011261079b576120fc612892565b63ffffffff612109612763565b91165f52600f60205261ffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b3461079b575f36600319011261079b57602060ff600e54166040519015158152f35b3461079b575f36600319011261079b57600254336001600160a01b038216148015906121ca575b610b3e57600154336001600160a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b0319908116331760015516600255005b50331561217d565b3461079b575f36600319011261079b576020604051633b9aca008152f35b3461079b575f36600319011261079b5760206001600160401b03600a5416604051908152f35b3461079b57602036600319011261079b576004356001600160401b03811161079b57612246903690600401612621565b61224e612bfd565b60ff600e5416610a3557335f52600360205260ff60405f20541615610a26578015610a1757906001600160401b03600b5416906001600160401b03600a5460401c16925f915b818310612369577faf0891836c1ac67f4454de6bf99ba118318b7263cf6244333ac76ee8a23fdc2c604085876001600160401b0382168092816001600160401b03600b54948282198716179081600b5567ffffffffffffffff60401b600a54918a1b169067ffffffffffffffff60401b191617600a55871c1611612341575b5050506001600160401b03600b54831c1682519182526020820152a15f5f5160206146dc5f395f51905f525d005b67ffffffffffffffff60401b90851b16916001600160801b0319161717600b55838181612313565b9091926001600160401b03600b5460801c16946001600160401b038216958611156123df576123a06123ca92612031878787612922565b855f52600c6020525f60408120556123c460406123be878787612922565b01612948565b90612a1b565b938015610c82575f1901926001019190612294565b856316c087bd60e01b5f5260045260245ffd5b3461079b575f36600319011261079b576020690b182b352b2d26122b00604051908152f35b3461079b57602036600319011261079b576001600160a01b0361243861287c565b165f526003602052602060ff60405f2054166040519015158152f35b3461079b57602036600319011261079b5761ffff612470612752565b165f526006602052602060018060a01b0360405f205416604051908152f35b3461079b5760e036600319011261079b5760206124ae6107fb36612774565b604051908152f35b3461079b576124c436612681565b6124cf939193612bfd565b60ff600e5416610a35578215610a17578083036118fa5790926001600160401b03600b5460801c16906001600160401b03600a5416925f955f925b86841061256c57600b805467ffffffffffffffff60801b1916608087901b67ffffffffffffffff60801b16179055600a805467ffffffffffffffff19166001600160401b0388161790558780611791575f5f5160206146dc5f395f51905f525d005b909192949361257a90612905565b936001600160401b03600b5460401c166001600160401b0386169081116125e957506001976125dd9160806125b0898b88612922565b6125ba8982612c32565b6125c660408201612948565b6125d18b8a8961295c565b9390920135908a612c81565b9790950192919061250a565b638afd48a760e01b5f5260045260245ffd5b3461079b575f36600319011261079b576020906001600160401b03600a5460801c168152f35b9181601f8401121561079b578235916001600160401b03831161079b5760208085019460e0850201011161079b57565b9181601f8401121561079b578235916001600160401b03831161079b576020808501948460051b01011161079b57565b604060031982011261079b576004356001600160401b03811161079b57816126ab91600401612621565b92909291602435906001600160401b03821161079b576126cd91600401612651565b9091565b60e081019081106001600160401b0382111761079f57604052565b608081019081106001600160401b0382111761079f57604052565b90601f801991011681019081106001600160401b0382111761079f57604052565b600435906001600160401b038216820361079b57565b35906001600160401b038216820361079b57565b6004359061ffff8216820361079b57565b6024359061ffff8216820361079b57565b60e090600319011261079b576040519061278d826126d1565b816004356001600160401b038116810361079b57815260243561ffff8116810361079b5760208201526044356001600160401b038116810361079b5760408201526064356001600160401b038116810361079b576060820152608435608082015260a43560a082015260c060c435910152565b91908260e091031261079b57604051612818816126d1565b80926128238161273e565b8252602081013561ffff8116810361079b5760c0918291602085015261284b6040820161273e565b604085015261285c6060820161273e565b60608501526080810135608085015260a081013560a08501520135910152565b600435906001600160a01b038216820361079b57565b6004359063ffffffff8216820361079b57565b602435906001600160801b038216820361079b57565b606090600319011261079b576004356001600160a01b038116810361079b57906024356001600160a01b038116810361079b57906044356001600160801b038116810361079b5790565b6001600160401b03166001600160401b038114610c825760010190565b9190811015611c625760e0020190565b6004356001600160401b038116810361079b5790565b356001600160401b038116810361079b5790565b9190811015611c625760051b81013590601e198136030182121561079b5701908135916001600160401b03831161079b576020018260051b3603811361079b579190565b60405160c060208201926001600160401b03815116845261ffff60208201511660408401526001600160401b0360408201511660608401526001600160401b036060820151166080840152608081015160a084015260a081015182840152015160e082015260e08152612a1561010082612707565b51902090565b906001600160401b03809116911603906001600160401b038211610c8257565b6001600160401b03811161079f5760051b60200190565b90612a5c82612a3b565b612a696040519182612707565b8281528092612a7a601f1991612a3b565b0190602036910137565b805115611c625760200190565b8051821015611c625760209160051b010190565b6001600160401b036001911601906001600160401b038211610c8257565b906001600160401b03809116911601906001600160401b038211610c8257565b903590601e198136030182121561079b57018035906001600160401b03821161079b5760200191813603831361079b57565b90821015611c62576126cd9160051b810190612ae3565b90821015611c62570190565b9093929384831161079b57841161079b578101920390565b6001600160401b03811161079f57601f01601f191660200190565b929192612b7782612b50565b91612b856040519384612707565b82948184528183011161079b578281602093845f960137010152565b9190811015611c625760051b81013590609e198136030182121561079b570190565b91908201809211610c8257565b91908203918211610c8257565b908060209392818452848401375f828201840152601f01601f1916010190565b5f5160206146dc5f395f51905f525c612c235760015f5160206146dc5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b039182612c4583612948565b91169216821480159190612c5c575b506107da5750565b612c6c91506107fb903690612800565b815f52600c60205260405f205414155f612c54565b9495969390612c909087612ac3565b925f915f5b818110612d565750505003612d3a576001600160401b039093929316915b6001600160401b0381169483861015612d04576001600160401b0391612cef600192885f526009602052612ce960405f2061348d565b90612bc3565b965f5260096020525f60408120550116612cb3565b94509150916001600160401b03167f964a1cacc1856ec3fc82bdd1c4577ae8ccc942dc6b6a1ac5efaf3787a234200f5f80a29190565b6001600160401b0383631ddc730f60e11b5f521660045260245ffd5b612d61818385612b15565b90946040516020810191825282876040830137612d916040828581015f838201520301601f198101835282612707565b519020948115611c6257803560f81c6004811480612ee3575b15612e1a5782602d1161079b576019820135908360071161079b576005830135918460171161079b57600592612def91600786013560801c9160f01c9060601c612f83565b14612dff575b5050600101612c95565b9a87612e10939b8b9360019e614454565b999098905f612df5565b6005811480612ed9575b15612e6e578260191161079b5760058201359083601b1161079b5760198301359184602b1161079b57600592612e6991601b86013560801c9160f01c9060601c612f83565b612def565b6007811480612ecf575b15612ebd5782602b1161079b576017820135908360071161079b576005830135918460171161079b57600592612e6991600786013560801c9160f01c9060601c612f83565b630b04011760e11b5f5260045260245ffd5b50602b8314612e78565b50602b8314612e24565b50602d8314612daa565b906001600160801b0316908115612f7f5760018060a01b0316805f52600d60205260405f205f805260205260405f20826001600160801b03825416016001600160801b038111610c82575f937f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926001600160801b03602093166001600160801b0319825416179055604051908152a3565b5050565b916001600160801b031691821561301e5760018060a01b031690815f52600d60205260405f2061ffff82165f5260205260405f20836001600160801b03825416016001600160801b038111610c82577f0334afbbe63c58ab70697303c8f2f09f97cd173b352a4d98a9849c8e57509f19926020926001600160801b0361ffff93166001600160801b03198254161790556040519586521693a3565b505050565b90602080835192838152019201905f5b8181106130405750505090565b8251845260209384019390920191600101613033565b5f198114610c825760010190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9392600192915f805b87518610156130d55780156130ac575b600190950194613091565b50600161ffff6130bc878a612a91565b511661ffff6130ca8a612a84565b5116141590506130a1565b90929450949092941561337e5792918551916130f083612a3b565b926130fe6040519485612707565b80845261310d601f1991612a3b565b0136602085013780915b87518310156133745761312a8385612a91565b516133695761ffff61313c848a612a91565b5116948296845b8a5181101561317e578761ffff61315a838e612a91565b51161461316a575b600101613143565b97613176600191613056565b989050613162565b509590939791949896929661319284612a3b565b936131a06040519586612707565b808552601f196131af82612a3b565b01895b8181106133585750506131c490612a52565b9780978a5b8351811015613257578c8b8661ffff6131e28589612a91565b5116146131f4575b50506001016131c9565b9a60016132478461324d94819f8f8f8f928f918661323b926132338c8c9f61322461322c9183996132419b612b15565b959096612a91565b5192612a91565b523691612b6b565b92612a91565b52612a91565b52613056565b9990508c8b6131ea565b509598929094919a96975098929884528360205260018060a01b0360408520541690813b156133545791849160405193849263389c660760e21b84526044840160406004860152825180915260648501602060648360051b880101940191875b81811061331f57505050506132da84928392600319848303016024850152613023565b03915afa8015613314579083916132fb575b50506001905b01919493613117565b8161330591612707565b61331057815f6132ec565b5080fd5b6040513d85823e3d90fd5b92965092949650926020806133406001936063198c82030188528951613064565b9701940191019089969492889694926132b7565b8480fd5b806060602080938a010152016131b2565b9394916001906132f2565b5050505050915050565b9461ffff915061339090949294612a84565b51165f908152602081905260409020546001600160a01b031691823b1561079b57929060405193849263389c660760e21b8452826044850160406004870152526064840160648460051b86010193825f90601e19813603015b83831061342d57505050505050826134105f95938293600319848303016024850152613023565b03915afa8015610776576134215750565b5f61342b91612707565b565b9193959690929497506063198a820301865287358281121561079b57830190602082359201916001600160401b03811161079b57803603831361079b5761347a6020928392600195612bdd565b99019601930190918997969594926133e9565b5460d01c633b9aca00810290808204633b9aca001490151715610c825790565b356001600160e01b03198116929190600482106134c8575050565b6001600160e01b031960049290920360031b82901b16169150565b929192604051916134f3836126d1565b5f83525f60208401525f604084015260608301945f86525f608085015260a084015f81525f60c0860152849661352884612948565b6001600160401b03806060880151169116108015613fb2575b613f8e576040840135917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001831015613f7f5782916001600160401b0361358981895116612aa5565b1688526001600160401b0361359d87612948565b1690525260357f0000000000000000000000000000000000000000000000000000000000000000027f000000000000000000000000000000000000000000000000000000000000000081046035147f0000000000000000000000000000000000000000000000000000000000000000151715610c82576054019384605411610c825760a09061364461362e87612b50565b9661363c6040519889612707565b808852612b50565b601f19013660208801370151855160c01b6001600160c01b03191667ffffffffffffffff60801b61367486612948565b60801b16179160208501359163ffffffff8316830361079b576020870152604086015263ffffffff60601b9060601b161760608401526136b76060830183612ae3565b5f939193505f5f925f915f938697690b182b352b2d26122b00925b828110613775575b505050508060806136ec920190612ae3565b91905003613766576001600160401b0361370c61ffff9561371c95612a1b565b16604087015260808601526145ae565b16806020840152603581029080820460351490151715610c82576054019081605411610c8257602091825f920160025afa1561079b575f516001600160fd1b031660c09190910152565b6305df175760e51b5f5260045ffd5b828110613ec4575b87838214613ebd5750613791818484612b2c565b35976107f8808a60f51c1616918960f81c83046008148a60f81c151715610c825760098a60f81c118015613eb0575b613e9657846137d460ff88861c1683612bc3565b11613e845760088a60f81c145f14613e7c576002995b7f000000000000000000000000000000000000000000000000000000000000000061381860ff8d1685612bc3565b11613e49578d60ff88861c16906074848801916035870201013760028160f81c148015613e3c575b156138f1575061385560ff87851c1682612bc3565b600619810193908411610c825761387160ff88831c1683612bc3565b600119810192908311610c825760ff886138c3936138bb8461389985986138cb9b8e8e612b38565b6001600160d81b0319913591821691600582106138d1575b505060d81c614561565b1c1690612bc3565b991690612bc3565b966136d2565b6001600160d81b031960059290920360031b82901b161690505f806138b1565b9a60018c60f8959394951c148015613e2f575b15613a4a576005830190818411610c8257602b840191828511610c825761393083613937928a8a612b38565b3691612b6b565b8051602090910120600a546001600160401b03838116926001600160601b0319169160801c16821015613a3757815f52600960205260405f205490600160ff8360c81c161491821592613a1f575b5050613a0d5750613997600791612905565b9c60f81c146139b5575b506138c36138cb939260ff8881945b6138bb565b8260ff8881949c60406139fd6139d46138c3976138cb9b9a8e8e612b38565b9290838251948592602084019788528484013781015f838201520301601f198101835282612707565b5190209c945050509293506139a1565b636a74ceb360e01b5f5260045260245ffd5b60601b6001600160601b031916141590505f80613985565b5063a13f432b60e01b5f5260045260245ffd5b90989a60058160f89594951c145f14613b2c575060018301808411610c8257601b840190818511610c8257613a8491613930918888612b38565b8051602090910120600a546001600160401b03838116926001600160601b0319169160801c16821015613a3757815f52600960205260405f205490600560ff8360c81c161491821592613b14575b5050613a0d5750613ae290612905565b99602b8301808411610c82578360ff8881946040613b0b6139d46138c3976138cb9b8e8e612b38565b5190209c6138bb565b60601b6001600160601b031916141590505f80613ad2565b60048160f89d939d9594951c145f14613b6d57506138c38260ff8881946040613b0b8f8b6138cb9b9a8e613b6789896139d4961c1683612bc3565b92612b38565b60088160f89b939b9594951c145f14613be45750600e830190818411610c82576012840191828511610c825784613bb2613bac85613bba948b8b612b38565b906134ad565b60e01c614561565b6016840193848111610c825760ff886138c3936139b084613bb2613bac6138cb9b879a8f8f612b38565b60099060f89493941c03613c05575b6138c36138cb939260ff8881946138bb565b96613c20613c1860ff888b1c1684612bc3565b838787612b38565b90613c2e60808a018a612ae3565b604185019491858311610c8257818611613e1c57606092604051613c528582612707565b60288152676c6c75703a63706b60c01b604060208301927f19457468657265756d205369676e6564204d6573736167653a0a37367a6b726f845201528660051161079b5760018601356001600160e01b0319166031881061079b57602d8701356001600160e01b0319166019891061079b576001600160601b0319600589013516906040519260286020850195865e6001600160401b0360c01b7f000000000000000000000000000000000000000000000000000000000000000060c01b1660488501526001600160401b0360c01b4660c01b16605085015230891b6058850152606c8401526070830152607482015260688152613d51608882612707565b51902060208201808311610c8257613d74613d6e82858888612b38565b90614545565b9260408101809111610c825785613d96613d6e83613d9c95613da69a8a612b38565b95612b2c565b3560f81c90614659565b506004819492941015613e08571593841594613dde575b50505050613dcb5796613bf3565b50630265dbb160e41b5f5260045260245ffd5b9091929350602d1161079b5760190135901c6001600160a01b03908116911614155f808080613dbd565b634e487b7160e01b5f52602160045260245ffd5b86630265dbb160e41b5f5260045260245ffd5b5060078c60f81c14613904565b5060038160f81c14613840565b63646ed64b60e01b5f527f000000000000000000000000000000000000000000000000000000000000000060045260245ffd5b6001996137ea565b63e4b4973360e01b5f5260045260245ffd5b899063dccf273160e01b5f5260045260f81c60245260445ffd5b5060ff86841c16156137c0565b97506136da565b80829a9d939c929e949e999695989901355f1a60038114600282141715613f6b57600381146014028083016012018e107f00000000000000000000000000000000000000000000000000000000000000008c1417838d01909101600b0135600760da1b9081161417613f6b578160146003838f8f908f90607490603560019a888860129c14028b01950193020101371402010198019b98909a919b969394979c929c613775565b509c929c9b98909a919b979693949761377d565b6336659a7f60e01b5f5260045ffd5b6001600160401b03613f9f85612948565b6343aa354960e11b5f521660045260245ffd5b50613fbc84612948565b610384420190814211610c82576001600160401b031611613541565b6001600160a01b031690811561401557815f52600560205261ffff60405f2054169182156140035750565b6342f22db560e01b5f5260045260245ffd5b5f9150565b80156140a1575f805260086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c7546140549190612bc3565b6001600160801b03811161408e575f805260086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c755565b632027862b60e11b5f525f60045260245ffd5b50565b8115612f7f5761ffff6140c5911691825f52600860205260405f2054612bc3565b906001600160801b0382116140e2575f52600860205260405f2055565b632027862b60e11b5f5260045260245ffd5b61425b907f0f763037235067960cd09fcad611a92498d4a6e168195b4bb68a4683a852e4ff92936001600160401b03600a5460801c169461415e7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034316612ac3565b916040519161416c836126ec565b6001600160601b0319168252602082019064ffffffffff84168252604083016001815265ffffffffffff633b9aca006001600160401b0360608701941604168252885f52600960205260405f20935160601c9284549064ffffffffff60a01b905160a01b169160ff60c81b905160c81b169265ffffffffffff60d01b905160d01b169360018060d01b039165ffffffffffff60d01b161716171717905561421285612aa5565b600a54906001600160401b0360801b9060801b16906001600160401b0360801b191617600a556001600160401b0360405193849360018552606060208601526060850190613064565b911660408301520390a2565b909291926001600160801b0361427c85613fd8565b93169182156107b35760018060a01b031692835f52600d60205260405f2061ffff82165f526020526001600160801b0360405f20541680841161444257839003906001600160801b038211610c825761ffff91855f52600d60205260405f208383165f526020526001600160801b0360405f2091166001600160801b03198254161790551693845f52600860205260405f20614319848254612bd0565b9055846143af57505f808080856001600160a01b0386165af13d156143aa573d61434281612b50565b906143506040519283612707565b81525f60203d92013e5b1561439b577f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed304633916040915b82519182526001600160a01b03166020820152a3565b630db2c7f160e31b5f5260045ffd5b61435a565b60405163a9059cbb60e01b5f9081526001600160a01b038481166004526024869052929092169160209060448180865af19060015f5114821615614421575b60405215610f9957507f75105adf8fe6ff05c0202465401c0aa204f4b38f763267e1ae6c4eb0ed30463391604091614385565b90600181151661443957823b15153d151616906143ee565b503d5f823e3d90fd5b63bba5571960e01b5f5260045260245ffd5b926001600160401b039096959496169381602b11601b850135906001600160801b03801983169260801c161515925b6001600160401b038616978089101561452957885f5260096020526144cd60405f2097600560ff6144b38b61348d565b9a5460c81c16149a5f5260096020525f6040812055612905565b981561451757505061079b5750156145075760191161079b57614503916001600160801b0391909116906005013560601c612eed565b9190565b5090506145149193612bc3565b90565b9795614523919a612bc3565b98614483565b6001600160401b0382631ddc730f60e11b5f521660045260245ffd5b359060208110614553575090565b5f199060200360031b1b1690565b601f6407ffffffff8260051c169116604d8111610c8257600a0a90818102918183041490151715610c82576001600160801b031061459c5750565b63c7e15aad60e01b5f5260045260245ffd5b7f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000005f5b838110614626575050505061ffff7f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160fc1b0381168103610c825761ffff828260041b1c168084111561465157506001016145f3565b935050505090565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116146d0579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610776575f516001600160a01b038116156146c657905f905f90565b505f906001905f90565b5050505f916003919056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// Solidity: constructor((uint16[],address[],address,uint256,uint256,uint64,uint64,bytes32,address,address,uint64,address) c) returns()
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadEthSignature"].ID.Bytes()[:4]) {
		return rollup.UnpackBadEthSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadRecipient"].ID.Bytes()[:4]) {
		return rollup.UnpackBadRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadShapes"].ID.Bytes()[:4]) {
		return rollup.UnpackBadShapesError(raw[4:])
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
