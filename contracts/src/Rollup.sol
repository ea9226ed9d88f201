// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// The block circuit's batch verifier (prover.ExportBatchSolidity, one per
/// key set): K Groth16 proofs, each of one public input (its block's
/// commitment), in one pairing check. It reverts unless every proofs[i]
/// proves inputs[i].
interface IBlockVerifier {
    function verifyBatch(bytes[] calldata proofs, uint256[] calldata inputs) external view;
}

/// The verifier of the exit circuit: root, account id, owner, token, amount.
interface IExitVerifier {
    function verifyProof(bytes calldata proof, uint256[5] calldata input) external view;
}

/// @title zkrollup's L1 contract
/// @notice Holds the rollup's funds. Deposits and full-exit requests enter a
/// priority queue that the operator must process in order; blocks are
/// committed (pubdata published, commitment stored), proven (Groth16 proof of
/// the commitment) and executed (withdrawals credited). If the oldest priority
/// operation expires unprocessed, anyone can switch the contract into exodus
/// mode, where users withdraw what the last executed state root proves they own.
///
/// The layouts of pubdata and of the commitment are those of the Go package
/// `rollup` (docs/ARCHITECTURE.md); `l1` tests both sides against each other.
contract Rollup is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---- operation types and pubdata sizes (package rollup) ----
    uint8 internal constant OP_DEPOSIT = 1;
    uint8 internal constant OP_TRANSFER = 2;
    uint8 internal constant OP_TRANSFER_TO_NEW = 3;
    uint8 internal constant OP_WITHDRAW = 4;
    uint8 internal constant OP_FULL_EXIT = 5;
    uint8 internal constant OP_CHANGE_PUBKEY = 6;
    /// A deposit no account takes: its pubdata is the deposit's with this
    /// type byte (account 0); it consumes the deposit request and, when
    /// executed, credits the depositor's pending balance.
    uint8 internal constant OP_DEPOSIT_REFUND = 7;
    /// Trading (issue 17): a SpotTrade settles two signed orders and takes
    /// two slots (its pubdata in the first, zeros in the second); a
    /// CancelOrder retires an order. Neither has anything for L1 to do.
    uint8 internal constant OP_SPOT_TRADE = 8;
    uint8 internal constant OP_CANCEL_ORDER = 9;
    uint256 internal constant DEPOSIT_BYTES = 43;
    uint256 internal constant FULL_EXIT_BYTES = 43;
    /// Byte size of each op type (index = type; 0 = Noop, refused in pubdata).
    /// Public so that the Go side checks it against its operation registry.
    uint256 public constant OP_SIZES = (uint256(43) << 8) | (uint256(18) << 16) | (uint256(38) << 24)
        | (uint256(45) << 32) | (uint256(43) << 40) | (uint256(53) << 48) | (uint256(43) << 56) | (uint256(24) << 64)
        | (uint256(11) << 72);
    /// Every op is padded to this many bytes in the committed pubdata.
    uint256 public constant SLOT_BYTES = 53;
    /// oldRoot 32 | newRoot 32 | number 8 | timestamp 8 | feeAccount 4
    uint256 internal constant HEADER_BYTES = 84;
    /// The BN254 scalar field modulus: state roots are field elements.
    uint256 internal constant SNARK_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// Commitments are sha256 with the top three bits cleared (< 2^253 < r).
    uint256 internal constant COMMITMENT_MASK = (uint256(1) << 253) - 1;
    /// The BLS12-381 scalar field modulus: KZG evaluation points (EIP-4844).
    uint256 internal constant BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
    /// Payload bytes of a blob: 4,096 field elements of 31 bytes (package da).
    uint256 public constant BLOB_BYTES = 126976;
    /// Blobs in one transaction at most (Osaka).
    uint256 internal constant MAX_BLOBS = 6;
    /// Gas given to the point-evaluation precompile: twice its EIP-4844
    /// price of 50,000, so a repricing does not stop every commit at once.
    uint256 internal constant POINT_EVALUATION_GAS_CAP = 100_000;
    /// keccak256 of the precompile's answer: 4,096 | BLS_MODULUS.
    bytes32 internal constant POINT_EVALUATION_OUTPUT_HASH = keccak256(abi.encode(uint256(4096), BLS_MODULUS));
    /// How far in the future a block's timestamp may be.
    uint256 internal constant TIMESTAMP_SLACK = 15 minutes;
    /// Bounds of `priorityExpiryBlocks`. The floor refuses a misconfiguration
    /// that hands the rollup to anyone: at 0 a request expires in the block
    /// that makes it, so anyone can start exodus right after the first
    /// deposit. A request needs at least its own block, then a commit, a
    /// proof and an execution (three L1 transactions, mined in order after
    /// the watcher has seen the request), so fewer than 10 blocks leaves the
    /// operator no margin at all; production wants days (the deploy default
    /// is 20,000 blocks, about 2.8 days at 12 s). The ceiling keeps exodus a
    /// guarantee users can wait for and `block.number + expiry` far from
    /// overflowing uint64: 2^24 blocks is about 6.4 years at 12 s, 194 days at
    /// 1 s, 48 days at 250 ms.
    uint64 public constant MIN_PRIORITY_EXPIRY_BLOCKS = 10;
    uint64 public constant MAX_PRIORITY_EXPIRY_BLOCKS = 1 << 24;
    /// Ceiling of the priority fee governance can set (wei). Every deposit
    /// and full-exit request pays the fee in ETH; it is held with the
    /// request and settled when a block executes it: a full exit that exits
    /// a non-zero amount (only the owner's can) gets it back, every other
    /// request leaves it to the fee recipient; in exodus the unexecuted
    /// requests get it back. The ceiling bounds what an honest user must
    /// front to exit against a censoring operator (docs/ARCHITECTURE.md,
    /// "The L1 contract").
    uint64 public constant MAX_PRIORITY_FEE = 0.05 ether;
    /// The priority fee is a whole number of gwei: each request stores it
    /// in 6 bytes of its queue slot.
    uint64 public constant PRIORITY_FEE_UNIT = 1 gwei;
    /// EIP-191 prefix of a ChangePubKey's L1 authorisation (76 bytes):
    /// "zkrollup:cpk" | rollup chain id 8 | L1 chain id 8 | this contract 20
    /// | account 4 | nonce 4 | pubkey hash 20 (rollup.EthMessage), so an
    /// authorisation for one deployment is refused by every other.
    bytes internal constant CPK_PREFIX = "\x19Ethereum Signed Message:\n76zkrollup:cpk";

    // ---- configuration ----
    IExitVerifier public immutable exitVerifier;
    /// Blob mode: the blob circuit's batch verifier. Zero: calldata mode
    /// (commitBlocks, commitProveExecute); otherwise blocks are committed
    /// with commitBlobBlocks only.
    IBlockVerifier public immutable blobVerifier;
    /// Operation slots of the largest block shape: the most operations a
    /// block holds.
    uint256 public immutable blockSlots;
    /// The ladder of block shapes (issue 16), ascending slot counts packed
    /// 16 bits each from the low end, and how many there are. A block takes
    /// the smallest shape that holds its operations; each shape has its own
    /// circuit keys and batch verifier.
    uint256 internal immutable SHAPES;
    uint256 internal immutable SHAPE_COUNT;
    /// The batch verifier of each shape (slot count), 0 for any other.
    mapping(uint256 => IBlockVerifier) public blockVerifierOf;
    uint256 public immutable accountDepth;
    uint256 public immutable balanceDepth;
    /// The rollup's chain id, signed into L2 transactions and L1 authorisations.
    uint64 public immutable rollupChainId;
    /// L1 blocks after which an unprocessed priority operation has expired.
    uint64 public immutable priorityExpiryBlocks;

    // ---- roles ----
    address public governance;
    address public pendingGovernance;
    mapping(address => bool) public operators;
    /// Whose pending ETH balance the priority fees of executed requests
    /// go to (all but those of full exits that exit something).
    address public feeRecipient;

    // ---- tokens: id 0 is ETH (address 0); listed tokens get 1, 2, ... ----
    mapping(address => uint16) public tokenIds;
    mapping(uint16 => address) public tokenAddresses;
    uint16 public tokenCount = 1;
    /// What is outstanding per token: everything deposited minus everything
    /// paid out of the contract (withdrawPendingBalance and
    /// withdrawPendingBalanceTo, which also pay exodus exits and cancelled
    /// deposits). It bounds what L2 balances, fee totals, pending balances
    /// and unprocessed deposits of the token add up to, and deposits keep it
    /// at most 2^128 - 1, so none of them can overflow (docs/ARCHITECTURE.md,
    /// "The L1 contract"). Priority fees are ETH the contract owes too (to
    /// the fee recipient or back to the requester): token 0 counts them
    /// from the request on.
    mapping(uint16 => uint256) public outstanding;

    // ---- priority queue: ids 0, 1, 2, ... ----
    struct PriorityOp {
        bytes20 hash; // keccak of the request's fields (see _depositHash, _fullExitHash)
        uint40 expiry; // L1 block number from which it counts as expired
        uint8 opType;
        uint48 feeGwei; // the priority fee paid with the request, in gwei
    }

    mapping(uint64 => PriorityOp) public priorityOps;
    /// Oldest priority operation not yet executed (or cancelled in exodus).
    uint64 public firstPriorityOp;
    /// First priority operation not yet in a committed block.
    uint64 public nextCommittedPriorityOp;
    /// Number of priority operations ever requested (next id).
    uint64 public totalPriorityOps;
    /// ETH (wei) each deposit and full-exit request pays on top of what it
    /// moves; governance sets it within 0..MAX_PRIORITY_FEE (in the slot of
    /// totalPriorityOps, which every request reads anyway).
    uint64 public priorityFee;

    // ---- blocks ----
    /// What the contract remembers of a committed block: only its hash is
    /// stored; callers pass the struct back.
    struct StoredBlock {
        uint64 number;
        uint16 slots; // the block's shape: whose verifier its proof answers to
        uint64 priorityOps; // priority operations the block processed
        uint64 timestamp;
        bytes32 pendingOpsHash; // keccak chain over the block's withdrawals and full exits
        bytes32 stateRoot;
        bytes32 commitment; // the proof's public input
    }

    /// A block as the operator commits it.
    struct CommitBlock {
        uint64 timestamp;
        uint32 feeAccount;
        bytes32 newStateRoot;
        bytes pubdata; // the operations' pubdata back to back
        bytes ethSignatures; // 65 bytes (r | s | v) per ChangePubKey, in order
    }

    /// A block as the operator commits it in blob mode (commitBlobBlocks).
    struct BlobBlock {
        uint64 timestamp;
        uint32 feeAccount;
        uint16 slots; // the block's shape (the contract cannot count its operations)
        uint32 dataLength; // its compact pubdata's bytes in the blobs
        bytes32 newStateRoot;
        bytes32 dataHash; // rollup.DataHash of its padded pubdata
        bytes32 eval; // its compact pubdata's value at r
        bytes l1Pubdata; // the operations the contract reads, back to back
        bytes ethSignatures; // 65 bytes (r | s | v) per ChangePubKey, in order
    }

    /// One blob of a blob commit, in the transaction's order.
    struct BlobData {
        bytes32 dataHash; // the blob circuit's hash of its elements
        bytes32 y; // its polynomial's value at z_i (BLS12-381 scalar)
        bytes32 eval; // its payload bytes' value at r
        bytes kzg; // KZG commitment 48 | opening proof at z_i 48
    }

    uint64 public blocksCommitted;
    uint64 public blocksProven;
    uint64 public blocksExecuted;
    mapping(uint64 => bytes32) public storedBlockHashes;
    /// Blob mode: the last block of each commitBlobBlocks call. A commit's
    /// blocks are proven together (a proveBlocks range ends at one of
    /// these) and reverted together (revertBlocks leaves the head at one),
    /// so every block's value at r in the commit's data identity is proven
    /// before any block of the commit is executed: a block that is never
    /// proven could otherwise carry a value solved for after r, making the
    /// identity hold for blobs that do not hold the other blocks' data.
    mapping(uint64 => bool) public blobCommitEnd;

    // ---- withdrawals and exodus ----
    mapping(address => mapping(uint16 => uint128)) public pendingBalances;
    bool public exodusMode;
    mapping(uint32 => mapping(uint16 => bool)) public exited;

    // ---- events (what the node's watcher reads) ----
    event PriorityRequest(uint64 indexed id, uint8 opType, bytes pubdata, uint64 expiry);
    event TokenAdded(address indexed token, uint16 indexed id);
    event BlockCommitted(uint64 indexed number, bytes32 commitment, bytes32 stateRoot);
    event BlockProven(uint64 indexed number);
    event BlockExecuted(uint64 indexed number);
    event BlocksReverted(uint64 blocksCommitted, uint64 blocksProven);
    event PendingBalanceCredited(address indexed owner, uint16 indexed token, uint128 amount);
    /// `to` is the owner, except for withdrawPendingBalanceTo.
    event Withdrawal(address indexed owner, uint16 indexed token, uint128 amount, address to);
    event ExodusMode();
    event ExodusExit(uint32 indexed accountId, uint16 indexed token, address owner, uint128 amount);
    event DepositCancelled(uint64 indexed id, address indexed owner, uint16 indexed token, uint128 amount);
    event OperatorSet(address indexed operator, bool active);
    event GovernanceTransferred(address indexed from, address indexed to);
    event PriorityFeeSet(uint64 fee);
    event FeeRecipientSet(address indexed recipient);

    // ---- errors ----
    error NotGovernance();
    error NotOperator();
    error InExodusMode();
    error NotInExodusMode();
    error ZeroAddress();
    error ZeroAmount();
    error TokenNotListed(address token);
    error TokenAlreadyListed(address token);
    error TooManyTokens();
    error DepositCapExceeded(uint16 token);
    error AccountIdOutOfRange(uint32 accountId);
    error WrongStoredBlock(uint64 number);
    error TimestampOutOfOrder(uint64 timestamp);
    error StateRootNotInField();
    error UnknownOpType(uint256 offset, uint8 opType);
    /// A deployment's ladder must be 1 to 8 ascending slot counts from 1 to
    /// 4,096, each with a verifier.
    error BadShapes();
    error TruncatedPubdata(uint256 offset);
    error TooManyOperations(uint256 slots);
    error PriorityOpMismatch(uint64 id);
    error PriorityQueueExhausted(uint64 id);
    error BadEthSignature(uint256 offset);
    error UnusedEthSignatures();
    error NoBlocks();
    error BlockNotCommitted(uint64 number);
    error BlockNotProven(uint64 number);
    error BlockAlreadyExecuted(uint64 number);
    /// commitProveExecute needs every committed block executed first.
    error BlocksInFlight(uint64 committed, uint64 executed);
    error LengthMismatch();
    error PendingOpsMismatch(uint64 number);
    error NotAWithdrawal(uint8 opType);
    error InsufficientPendingBalance(uint128 available);
    error EthTransferFailed();
    error PriorityOpNotExpired();
    error AlreadyExited(uint32 accountId, uint16 token);
    error NothingToCancel();
    error PriorityExpiryOutOfRange(uint64 blocks, uint64 min, uint64 max);
    error PackedAmountOutOfRange(uint256 offset);
    /// The call does not fit the deployment's data mode (blobVerifier).
    error WrongDataMode();
    /// A blob commit needs 1 to 6 blobs, exactly as many as the transaction carries.
    error BadBlobCount(uint256 count);
    /// The KZG opening of blob i does not verify (precompile 0x0a).
    error BadBlobOpening(uint256 index);
    /// The blobs' payload is not the blocks' data back to back.
    error BlobDataMismatch();
    /// Blob mode: a proof batch must end, and a revert must leave the head,
    /// at the last block of a blob commit (blobCommitEnd).
    error BlobCommitSplit(uint64 number);
    error NotInField();
    error BadRecipient(address to);
    /// msg.value must be exactly `want`: the priority fee, plus the amount
    /// for depositETH (read the fee from priorityFee()).
    error WrongPriorityFee(uint256 value, uint256 want);
    /// Governance sets the fee to a whole number of `unit` up to `max`.
    error PriorityFeeOutOfRange(uint64 fee, uint64 max, uint64 unit);

    struct Config {
        uint16[] blockShapes; // ascending slot counts: the ladder
        IBlockVerifier[] blockVerifiers; // one per shape
        IExitVerifier exitVerifier;
        uint256 accountDepth;
        uint256 balanceDepth;
        uint64 rollupChainId;
        uint64 priorityExpiryBlocks;
        bytes32 genesisRoot;
        address governance;
        address operator;
        uint64 priorityFee; // wei, 0..MAX_PRIORITY_FEE in whole gwei
        address feeRecipient; // 0: the operator
        IBlockVerifier blobVerifier; // 0: calldata mode
    }

    constructor(Config memory c) {
        if (c.governance == address(0) || c.operator == address(0)) revert ZeroAddress();
        require(c.accountDepth > 0 && c.accountDepth <= 32, "bad shape");
        require(c.balanceDepth > 0 && c.balanceDepth <= 16, "bad shape");
        if (uint256(c.genesisRoot) >= SNARK_FIELD) revert StateRootNotInField();
        if (c.priorityExpiryBlocks < MIN_PRIORITY_EXPIRY_BLOCKS || c.priorityExpiryBlocks > MAX_PRIORITY_EXPIRY_BLOCKS) {
            revert PriorityExpiryOutOfRange(
                c.priorityExpiryBlocks, MIN_PRIORITY_EXPIRY_BLOCKS, MAX_PRIORITY_EXPIRY_BLOCKS
            );
        }
        uint256 n = c.blockShapes.length;
        if (n == 0 || n > 8 || c.blockVerifiers.length != n) revert BadShapes();
        uint256 packed;
        for (uint256 i = 0; i < n; i++) {
            uint16 slots = c.blockShapes[i];
            if (slots == 0 || slots > 4096 || (i > 0 && slots <= c.blockShapes[i - 1])) revert BadShapes();
            if (address(c.blockVerifiers[i]) == address(0)) revert BadShapes();
            packed |= uint256(slots) << (16 * i);
            blockVerifierOf[slots] = c.blockVerifiers[i];
        }
        SHAPES = packed;
        SHAPE_COUNT = n;
        blockSlots = c.blockShapes[n - 1];
        exitVerifier = c.exitVerifier;
        blobVerifier = c.blobVerifier;
        accountDepth = c.accountDepth;
        balanceDepth = c.balanceDepth;
        rollupChainId = c.rollupChainId;
        priorityExpiryBlocks = c.priorityExpiryBlocks;
        governance = c.governance;
        operators[c.operator] = true;
        _setPriorityFee(c.priorityFee);
        _setFeeRecipient(c.feeRecipient == address(0) ? c.operator : c.feeRecipient);
        emit GovernanceTransferred(address(0), c.governance);
        emit OperatorSet(c.operator, true);
        storedBlockHashes[0] = hashStoredBlock(
            StoredBlock({
                number: 0, slots: 0, priorityOps: 0, timestamp: 0, pendingOpsHash: bytes32(0), stateRoot: c.genesisRoot,
                commitment: bytes32(0)
            })
        );
    }

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance();
        _;
    }

    modifier onlyOperator() {
        if (!operators[msg.sender]) revert NotOperator();
        _;
    }

    modifier notExodus() {
        if (exodusMode) revert InExodusMode();
        _;
    }

    // =====================================================================
    // Governance
    // =====================================================================

    /// Lists an ERC-20 token under the next token id.
    function addToken(address token) external onlyGovernance {
        if (token == address(0)) revert ZeroAddress();
        if (tokenIds[token] != 0) revert TokenAlreadyListed(token);
        uint16 id = tokenCount;
        if (uint256(id) >= (uint256(1) << balanceDepth)) revert TooManyTokens();
        tokenIds[token] = id;
        tokenAddresses[id] = token;
        tokenCount = id + 1;
        emit TokenAdded(token, id);
    }

    function setOperator(address operator, bool active) external onlyGovernance {
        if (operator == address(0)) revert ZeroAddress();
        operators[operator] = active;
        emit OperatorSet(operator, active);
    }

    /// First step of a governance handover; the new governor accepts.
    function transferGovernance(address to) external onlyGovernance {
        pendingGovernance = to;
    }

    function acceptGovernance() external {
        if (msg.sender != pendingGovernance || msg.sender == address(0)) revert NotGovernance();
        emit GovernanceTransferred(governance, msg.sender);
        governance = msg.sender;
        pendingGovernance = address(0);
    }

    /// Sets the priority fee for requests from now on; queued requests keep
    /// the fee they paid.
    function setPriorityFee(uint64 fee) external onlyGovernance {
        _setPriorityFee(fee);
    }

    function _setPriorityFee(uint64 fee) internal {
        if (fee > MAX_PRIORITY_FEE || fee % PRIORITY_FEE_UNIT != 0) {
            revert PriorityFeeOutOfRange(fee, MAX_PRIORITY_FEE, PRIORITY_FEE_UNIT);
        }
        priorityFee = fee;
        emit PriorityFeeSet(fee);
    }

    /// Sets who earns the fees of requests executed from now on.
    function setFeeRecipient(address recipient) external onlyGovernance {
        _setFeeRecipient(recipient);
    }

    function _setFeeRecipient(address recipient) internal {
        // the contract could never withdraw a pending balance of its own
        if (recipient == address(0) || recipient == address(this)) revert BadRecipient(recipient);
        feeRecipient = recipient;
        emit FeeRecipientSet(recipient);
    }

    // =====================================================================
    // Priority operations
    // =====================================================================

    /// Deposits `amount` wei to `to`'s account on L2. msg.value must be
    /// exactly amount + priorityFee(): the amount is what L2 credits, the
    /// fee goes to the operator once a block executes the deposit.
    function depositETH(address to, uint128 amount) external payable nonReentrant notExodus {
        uint64 fee = priorityFee;
        if (msg.value != uint256(amount) + fee) revert WrongPriorityFee(msg.value, uint256(amount) + fee);
        _deposit(0, amount, to, fee);
    }

    /// Deposits `amount` of a listed token to `to`'s account on L2; msg.value
    /// must be exactly priorityFee(). The L2 credit is what the contract
    /// actually received (fee-on-transfer tokens deliver less than `amount`).
    function depositERC20(IERC20 token, uint128 amount, address to) external payable nonReentrant notExodus {
        uint16 id = tokenIds[address(token)];
        if (id == 0) revert TokenNotListed(address(token));
        uint64 fee = priorityFee;
        if (msg.value != fee) revert WrongPriorityFee(msg.value, fee);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        _deposit(id, received, to, fee);
    }

    function _deposit(uint16 token, uint256 amount, address to, uint64 fee) internal {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        if (token == 0) {
            _addOutstanding(0, amount + fee);
        } else {
            _addOutstanding(token, amount);
            _addOutstanding(0, fee);
        }
        // the operator fills in the account id (4 zero bytes here)
        bytes memory op = abi.encodePacked(OP_DEPOSIT, uint32(0), token, uint128(amount), to);
        _addPriorityOp(OP_DEPOSIT, op, _depositHash(token, uint128(amount), to), fee);
    }

    /// Counts what the contract now owes of a token, at most 2^128 - 1 of it.
    function _addOutstanding(uint16 token, uint256 amount) internal {
        if (amount == 0) return;
        uint256 total = outstanding[token] + amount;
        if (total > type(uint128).max) revert DepositCapExceeded(token);
        outstanding[token] = total;
    }

    /// Asks the operator to withdraw the whole balance of `token` that
    /// account `accountId` holds, if msg.sender owns it (otherwise the
    /// operation exits nothing). Works even when the operator ignores L2
    /// transactions: a priority operation must be processed or the rollup
    /// falls into exodus mode. msg.value must be exactly priorityFee(): an
    /// exit of a non-zero amount gets it back (credited to msg.sender's
    /// pending ETH balance with the exit); one that exits nothing (someone
    /// else's account, an empty balance) leaves it to the fee recipient.
    function requestFullExit(uint32 accountId, address token) external payable nonReentrant notExodus {
        if (uint256(accountId) >= (uint256(1) << accountDepth)) revert AccountIdOutOfRange(accountId);
        uint16 id = _listedTokenId(token);
        uint64 fee = priorityFee;
        if (msg.value != fee) revert WrongPriorityFee(msg.value, fee);
        _addOutstanding(0, fee);
        bytes memory op = abi.encodePacked(OP_FULL_EXIT, accountId, msg.sender, id, uint128(0));
        _addPriorityOp(OP_FULL_EXIT, op, _fullExitHash(accountId, msg.sender, id), fee);
    }

    function _addPriorityOp(uint8 opType, bytes memory pubdata, bytes20 hash, uint64 fee) internal {
        uint64 id = totalPriorityOps;
        // block numbers stay far below 2^40 - 2^24 (35,000 years at 1 s)
        uint64 expiry = uint64(block.number) + priorityExpiryBlocks;
        priorityOps[id] =
            PriorityOp({hash: hash, expiry: uint40(expiry), opType: opType, feeGwei: uint48(fee / PRIORITY_FEE_UNIT)});
        totalPriorityOps = id + 1;
        emit PriorityRequest(id, opType, pubdata, expiry);
    }

    /// The priority fee a request paid, in wei.
    function _feeOf(PriorityOp storage p) internal view returns (uint256) {
        return uint256(p.feeGwei) * PRIORITY_FEE_UNIT;
    }

    /// A deposit is matched on token, amount and address; the account id is
    /// the operator's choice (the circuit checks it is empty or the owner's).
    function _depositHash(uint16 token, uint128 amount, address to) internal pure returns (bytes20) {
        return bytes20(keccak256(abi.encodePacked(token, amount, to)));
    }

    /// A full exit is matched on account, requester and token; the amount is
    /// the operator's to fill in (the circuit checks it).
    function _fullExitHash(uint32 accountId, address owner, uint16 token) internal pure returns (bytes20) {
        return bytes20(keccak256(abi.encodePacked(accountId, owner, token)));
    }

    function _listedTokenId(address token) internal view returns (uint16 id) {
        if (token == address(0)) return 0;
        id = tokenIds[token];
        if (id == 0) revert TokenNotListed(token);
    }

    // =====================================================================
    // Blocks
    // =====================================================================

    /// The ladder of block shapes, ascending.
    function blockShapes() external view returns (uint16[] memory shapes) {
        shapes = new uint16[](SHAPE_COUNT);
        for (uint256 i = 0; i < shapes.length; i++) {
            shapes[i] = uint16(SHAPES >> (16 * i));
        }
    }

    /// The smallest shape that holds n operations (n is at most blockSlots).
    function _shapeFor(uint256 n) internal view returns (uint16) {
        uint256 packed = SHAPES;
        for (uint256 i = 0; i < SHAPE_COUNT; i++) {
            uint256 s = (packed >> (16 * i)) & 0xffff;
            if (n <= s) return uint16(s);
        }
        return uint16(blockSlots); // unreachable: the walk refuses more operations
    }

    function hashStoredBlock(StoredBlock memory b) public pure returns (bytes32) {
        return keccak256(abi.encode(b));
    }

    /// Commits blocks after `last`, the latest committed block.
    function commitBlocks(StoredBlock calldata last, CommitBlock[] calldata blocks)
        external
        nonReentrant
        notExodus
        onlyOperator
    {
        if (address(blobVerifier) != address(0)) revert WrongDataMode();
        if (blocks.length == 0) revert NoBlocks();
        uint64 number = blocksCommitted;
        if (last.number != number || hashStoredBlock(last) != storedBlockHashes[number]) {
            revert WrongStoredBlock(last.number);
        }
        StoredBlock memory prev = last;
        uint64 nextPriority = nextCommittedPriorityOp;
        for (uint256 i = 0; i < blocks.length; i++) {
            StoredBlock memory b = _commitOne(prev, blocks[i], nextPriority);
            nextPriority += b.priorityOps;
            storedBlockHashes[b.number] = hashStoredBlock(b);
            emit BlockCommitted(b.number, b.commitment, b.stateRoot);
            prev = b;
        }
        blocksCommitted = prev.number;
        nextCommittedPriorityOp = nextPriority;
    }

    function _commitOne(StoredBlock memory prev, CommitBlock calldata nb, uint64 nextPriority)
        internal
        view
        returns (StoredBlock memory b)
    {
        if (nb.timestamp < prev.timestamp || nb.timestamp > block.timestamp + TIMESTAMP_SLACK) {
            revert TimestampOutOfOrder(nb.timestamp);
        }
        if (uint256(nb.newStateRoot) >= SNARK_FIELD) revert StateRootNotInField();
        b.number = prev.number + 1;
        b.timestamp = nb.timestamp;
        b.stateRoot = nb.newStateRoot;

        uint256 slots = blockSlots;
        bytes memory buf = new bytes(HEADER_BYTES + slots * SLOT_BYTES);
        {
            bytes32 oldRoot = prev.stateRoot;
            bytes32 newRoot = nb.newStateRoot;
            uint256 hdr = (uint256(b.number) << 192) | (uint256(nb.timestamp) << 128) | (uint256(nb.feeAccount) << 96);
            assembly ("memory-safe") {
                let p := add(buf, 32)
                mstore(p, oldRoot)
                mstore(add(p, 32), newRoot)
                // number 8 | timestamp 8 | feeAccount 4, then zeros the first slot overwrites
                mstore(add(p, 64), hdr)
            }
        }

        bytes calldata pubdata = nb.pubdata;
        uint256 n = pubdata.length;
        uint256 off;
        uint256 slot;
        uint256 sigOff;
        bytes32 pendingHash;
        uint64 firstPriority = nextPriority;
        while (off < n) {
            // Fast path: copy a run of transfers (nothing for L1 to check)
            // into their slots. Anything else, or anything malformed, falls
            // through to the checked path below, which reports it.
            assembly ("memory-safe") {
                // locals only in the loop: Solidity variables may live in memory
                let o := off
                let k := slot
                let end := n
                let maxSlots := slots
                let src := pubdata.offset
                let dst := add(add(buf, 32), HEADER_BYTES)
                for {} lt(o, end) {} {
                    let p := add(src, o)
                    let t := byte(0, calldataload(p))
                    let isNew := eq(t, OP_TRANSFER_TO_NEW)
                    if iszero(or(eq(t, OP_TRANSFER), isNew)) { break }
                    // Transfer 18 bytes, TransferToNew 38
                    let size := add(18, mul(isNew, 20))
                    let next := add(o, size)
                    // The packed amount (5 bytes before the 2-byte fee: 35-bit
                    // mantissa, 5-bit exponent) must be below 2^128; only an
                    // exponent of 28 or more can reach it (2^35 * 10^27 < 2^128),
                    // so those go to the checked path.
                    let bigExp := eq(and(calldataload(sub(add(p, size), 7)), shl(216, 28)), shl(216, 28))
                    if or(or(gt(next, end), eq(k, maxSlots)), bigExp) { break }
                    calldatacopy(add(dst, mul(k, SLOT_BYTES)), p, size)
                    o := next
                    k := add(k, 1)
                }
                off := o
                slot := k
            }
            if (off == n) break;
            uint8 t = uint8(pubdata[off]);
            uint256 size = (OP_SIZES >> (uint256(t) * 8)) & 0xff;
            if (t > OP_CANCEL_ORDER || size == 0) revert UnknownOpType(off, t);
            if (off + size > n) revert TruncatedPubdata(off);
            // a SpotTrade takes two slots; its second stays zeros
            uint256 width = t == OP_SPOT_TRADE ? 2 : 1;
            if (slot + width > slots) revert TooManyOperations(slots);
            assembly ("memory-safe") {
                calldatacopy(add(add(buf, 32), add(HEADER_BYTES, mul(slot, SLOT_BYTES))), add(pubdata.offset, off), size)
            }
            if (t == OP_TRANSFER || t == OP_TRANSFER_TO_NEW) {
                // the fast path stops at a whole transfer only for an amount
                // exponent of 28 or more: check the value exactly
                _checkPackedAmount(uint40(bytes5(pubdata[off + size - 7:off + size - 2])), off);
            } else if (t == OP_SPOT_TRADE) {
                // balances and orders move on L2 only; the proof checks them.
                // The fills (27-bit mantissa, 5-bit exponent at bytes 14 and
                // 18) must decode below 2^128, as the native decoder requires
                _checkPackedAmount(uint32(bytes4(pubdata[off + 14:off + 18])), off);
                _checkPackedAmount(uint32(bytes4(pubdata[off + 18:off + 22])), off);
            } else if (t == OP_CANCEL_ORDER) {
                // an order slot moves on L2 only
            } else {
                (nextPriority, pendingHash, sigOff) =
                    _readL1Op(pubdata[off:off + size], off, nextPriority, pendingHash, nb.ethSignatures, sigOff);
            }
            off += size;
            slot += width;
        }
        if (sigOff != nb.ethSignatures.length) revert UnusedEthSignatures();

        b.priorityOps = nextPriority - firstPriority;
        b.pendingOpsHash = pendingHash;
        // the smallest shape that holds the block: its padded pubdata is the
        // buffer's first slots (the rest are zeros), and its proof answers to
        // that shape's verifier
        b.slots = _shapeFor(slot);
        uint256 len = HEADER_BYTES + uint256(b.slots) * SLOT_BYTES;
        // sha256 of the buffer in place (Solidity's sha256(buf) would copy
        // it first, doubling the memory a large block pays for)
        bytes32 digest;
        assembly ("memory-safe") {
            if iszero(staticcall(gas(), 0x02, add(buf, 32), len, 0x00, 0x20)) { revert(0, 0) }
            digest := mload(0x00)
        }
        b.commitment = bytes32(uint256(digest) & COMMITMENT_MASK);
    }

    /// Reads one operation the contract acts on at commit (rollup.OpSpec's
    /// ReadByL1: Deposit, DepositRefund, FullExit, Withdraw, ChangePubKey):
    /// matches priority operations against the queue, chains withdrawals
    /// and full exits into the block's pending-ops hash, checks a
    /// ChangePubKey's L1 authorisation. `op` is the whole operation; `off`
    /// its offset for errors. Reverts for any other type.
    function _readL1Op(
        bytes calldata op,
        uint256 off,
        uint64 nextPriority,
        bytes32 pendingHash,
        bytes calldata sigs,
        uint256 sigOff
    ) internal view returns (uint64, bytes32, uint256) {
        uint8 t = uint8(op[0]);
        if (t == OP_DEPOSIT || t == OP_DEPOSIT_REFUND) {
            // type 1 | account 4 | token 2 | amount 16 | address 20: a
            // refund answers the same deposit request, and pays out
            _matchPriorityOp(nextPriority, OP_DEPOSIT, bytes20(keccak256(op[5:DEPOSIT_BYTES])));
            nextPriority++;
            if (t == OP_DEPOSIT_REFUND) {
                pendingHash = keccak256(abi.encodePacked(pendingHash, op));
            }
        } else if (t == OP_FULL_EXIT) {
            // type 1 | account 4 | address 20 | token 2 | amount 16
            _matchPriorityOp(nextPriority, OP_FULL_EXIT, bytes20(keccak256(op[1:27])));
            nextPriority++;
            pendingHash = keccak256(abi.encodePacked(pendingHash, op));
        } else if (t == OP_WITHDRAW) {
            pendingHash = keccak256(abi.encodePacked(pendingHash, op));
        } else if (t == OP_CHANGE_PUBKEY) {
            // type 1 | account 4 | pubkey hash 20 | address 20 | nonce 4 | fee token 2 | fee 2
            _checkEthAuth(op, sigs, sigOff, off);
            sigOff += 65;
        } else {
            revert UnknownOpType(off, t);
        }
        return (nextPriority, pendingHash, sigOff);
    }

    /// A transfer's packed amount (mantissa * 10^exponent) must decode below
    /// 2^128, as rollup.PackedAmount.Value and the circuit require: a block
    /// with a larger one could never be proven. (Packed fees cannot reach it:
    /// 2047 * 10^31 < 2^128.)
    /// A packed amount or fill (mantissa << 5 | exponent) must be below 2^128.
    function _checkPackedAmount(uint40 packed, uint256 off) internal pure {
        if (uint256(packed >> 5) * 10 ** (packed & 31) > type(uint128).max) revert PackedAmountOutOfRange(off);
    }

    function _matchPriorityOp(uint64 id, uint8 opType, bytes20 hash) internal view {
        if (id >= totalPriorityOps) revert PriorityQueueExhausted(id);
        PriorityOp storage p = priorityOps[id];
        if (p.opType != opType || p.hash != hash) revert PriorityOpMismatch(id);
    }

    /// Checks the account owner's EIP-191 signature authorising a new L2 key:
    /// "zkrollup:cpk" | chain id 8 | account 4 | nonce 4 | pubkey hash 20.
    function _checkEthAuth(bytes calldata op, bytes calldata sigs, uint256 sigOff, uint256 off) internal view {
        if (sigOff + 65 > sigs.length) revert BadEthSignature(off);
        bytes32 digest = keccak256(
            abi.encodePacked(
                CPK_PREFIX,
                rollupChainId,
                uint64(block.chainid),
                address(this),
                bytes4(op[1:5]),
                bytes4(op[45:49]),
                bytes20(op[5:25])
            )
        );
        bytes32 r = bytes32(sigs[sigOff:sigOff + 32]);
        bytes32 s = bytes32(sigs[sigOff + 32:sigOff + 64]);
        uint8 v = uint8(sigs[sigOff + 64]);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
        if (err != ECDSA.RecoverError.NoError || signer != address(bytes20(op[25:45]))) revert BadEthSignature(off);
    }

    // =====================================================================
    // Blob mode (issue 19): block data in EIP-4844 blobs
    // =====================================================================

    /// Commits blocks whose data is in this transaction's blobs (in blob
    /// mode, instead of commitBlocks). The blocks' compact pubdata lies back
    /// to back in the blobs' payload (4,096 elements of 31 bytes each,
    /// package da); each block sends again as calldata only the operations
    /// the contract acts on (l1Pubdata). With r and z_i drawn from
    /// everything the operator fixed — the blobs' versioned hashes, the
    /// blob circuit's hashes of their elements, every block's data length,
    /// data hash and L1 pubdata — the contract checks:
    /// - each blob's KZG opening P_i(z_i) = y_i (precompile 0x0a);
    /// - the blob proofs: the elements hashing to dataHash_i take y_i at
    ///   z_i (so they are the blob) and their bytes take eval_i at r;
    /// - Σ_j r^{s_j}·eval_j = Σ_i r^{i·BLOB_BYTES}·eval_i, s_j the offset of
    ///   block j: the blobs hold exactly the blocks' data, back to back;
    /// and stores each block's commitment over its header, data length,
    /// data hash, r, its data's value at r and its L1 pubdata's value at r,
    /// which the block's proof binds (rollup.BlobCommitment).
    function commitBlobBlocks(
        StoredBlock calldata last,
        BlobBlock[] calldata blocks,
        BlobData[] calldata blobs,
        bytes[] calldata blobProofs
    ) external nonReentrant notExodus onlyOperator {
        if (blocks.length == 0) revert NoBlocks();
        uint64 number = blocksCommitted;
        if (last.number != number || hashStoredBlock(last) != storedBlockHashes[number]) {
            revert WrongStoredBlock(last.number);
        }
        uint256 r = _checkBlobs(blocks, blobs, blobProofs);
        StoredBlock memory prev = last;
        uint64 nextPriority = nextCommittedPriorityOp;
        for (uint256 i = 0; i < blocks.length; i++) {
            StoredBlock memory b = _commitBlobOne(prev, blocks[i], nextPriority, r);
            nextPriority += b.priorityOps;
            storedBlockHashes[b.number] = hashStoredBlock(b);
            emit BlockCommitted(b.number, b.commitment, b.stateRoot);
            prev = b;
        }
        blobCommitEnd[prev.number] = true;
        blocksCommitted = prev.number;
        nextCommittedPriorityOp = nextPriority;
    }

    /// The challenge of a blob commit (da.Challenge): keccak over the
    /// versioned hashes and element hashes of the blobs, then each block's
    /// data length, data hash and L1 pubdata hash. r is it reduced into
    /// BN254's scalar field; z_i = keccak(challenge | i) into BLS12-381's.
    function _blobChallenge(BlobBlock[] calldata blocks, BlobData[] calldata blobs) internal view returns (bytes32 c) {
        uint256 k = blobs.length;
        if (k == 0 || k > MAX_BLOBS) revert BadBlobCount(k);
        if (blobhash(k) != bytes32(0)) revert BadBlobCount(k + 1);
        for (uint256 i = 0; i < k; i++) {
            bytes32 vh = blobhash(i);
            if (vh == bytes32(0)) revert BadBlobCount(i);
            c = keccak256(abi.encodePacked(c, vh, blobs[i].dataHash));
        }
        for (uint256 j = 0; j < blocks.length; j++) {
            BlobBlock calldata b = blocks[j];
            c = keccak256(abi.encodePacked(c, b.dataLength, b.dataHash, keccak256(b.l1Pubdata)));
        }
    }

    /// Checks the blobs against the blocks (commitBlobBlocks) and returns r.
    function _checkBlobs(BlobBlock[] calldata blocks, BlobData[] calldata blobs, bytes[] calldata blobProofs)
        internal
        view
        returns (uint256 r)
    {
        if (address(blobVerifier) == address(0)) revert WrongDataMode();
        if (blobProofs.length != blobs.length) revert LengthMismatch();
        bytes32 c = _blobChallenge(blocks, blobs);
        r = uint256(c) % SNARK_FIELD;
        uint256[] memory inputs = new uint256[](blobs.length);
        uint256 rhs;
        for (uint256 i = 0; i < blobs.length; i++) {
            BlobData calldata d = blobs[i];
            if (uint256(d.dataHash) >= SNARK_FIELD || uint256(d.eval) >= SNARK_FIELD) revert NotInField();
            uint256 z = uint256(keccak256(abi.encodePacked(c, i))) % BLS_MODULUS;
            if (d.kzg.length != 96) revert BadBlobOpening(i);
            // the precompile costs 50,000 gas and burns all it is given
            // when the opening is false: give it twice its price, no more.
            // It answers (FIELD_ELEMENTS_PER_BLOB, BLS_MODULUS).
            (bool ok, bytes memory out) =
                address(0x0a).staticcall{gas: POINT_EVALUATION_GAS_CAP}(abi.encodePacked(blobhash(i), z, d.y, d.kzg));
            if (!ok || keccak256(out) != POINT_EVALUATION_OUTPUT_HASH) revert BadBlobOpening(i);
            inputs[i] = uint256(sha256(abi.encodePacked(d.dataHash, z, d.y, r, d.eval))) & COMMITMENT_MASK;
            rhs = addmod(rhs, mulmod(_powMod(r, i * BLOB_BYTES), uint256(d.eval), SNARK_FIELD), SNARK_FIELD);
        }
        blobVerifier.verifyBatch(blobProofs, inputs);
        uint256 lhs;
        uint256 offset;
        for (uint256 j = 0; j < blocks.length; j++) {
            BlobBlock calldata b = blocks[j];
            if (uint256(b.dataHash) >= SNARK_FIELD || uint256(b.eval) >= SNARK_FIELD) revert NotInField();
            lhs = addmod(lhs, mulmod(_powMod(r, offset), uint256(b.eval), SNARK_FIELD), SNARK_FIELD);
            offset += b.dataLength;
        }
        if (offset > blobs.length * BLOB_BYTES) revert BlobDataMismatch();
        if (lhs != rhs) revert BlobDataMismatch();
    }

    /// base^e mod SNARK_FIELD by square and multiply.
    function _powMod(uint256 base, uint256 e) internal pure returns (uint256 acc) {
        acc = 1;
        while (e > 0) {
            if (e & 1 == 1) acc = mulmod(acc, base, SNARK_FIELD);
            base = mulmod(base, base, SNARK_FIELD);
            e >>= 1;
        }
    }

    /// A blob-mode block: its L1 pubdata is read as commitBlocks reads
    /// those operations, and its commitment is rollup.BlobCommitment.
    function _commitBlobOne(StoredBlock memory prev, BlobBlock calldata nb, uint64 nextPriority, uint256 r)
        internal
        view
        returns (StoredBlock memory b)
    {
        if (nb.timestamp < prev.timestamp || nb.timestamp > block.timestamp + TIMESTAMP_SLACK) {
            revert TimestampOutOfOrder(nb.timestamp);
        }
        if (uint256(nb.newStateRoot) >= SNARK_FIELD) revert StateRootNotInField();
        if (address(blockVerifierOf[nb.slots]) == address(0)) revert BadShapes();
        b.number = prev.number + 1;
        b.timestamp = nb.timestamp;
        b.stateRoot = nb.newStateRoot;
        b.slots = nb.slots;

        bytes calldata ops = nb.l1Pubdata;
        uint256 off;
        uint256 count;
        uint256 sigOff;
        bytes32 pendingHash;
        uint64 firstPriority = nextPriority;
        while (off < ops.length) {
            uint8 t = uint8(ops[off]);
            uint256 size = (OP_SIZES >> (uint256(t) * 8)) & 0xff;
            if (t > OP_CANCEL_ORDER || size == 0) revert UnknownOpType(off, t);
            if (off + size > ops.length) revert TruncatedPubdata(off);
            if (++count > nb.slots) revert TooManyOperations(nb.slots);
            (nextPriority, pendingHash, sigOff) =
                _readL1Op(ops[off:off + size], off, nextPriority, pendingHash, nb.ethSignatures, sigOff);
            off += size;
        }
        if (sigOff != nb.ethSignatures.length) revert UnusedEthSignatures();
        b.priorityOps = nextPriority - firstPriority;
        b.pendingOpsHash = pendingHash;
        b.commitment = bytes32(
            uint256(
                sha256(
                    abi.encodePacked(
                        prev.stateRoot,
                        nb.newStateRoot,
                        b.number,
                        nb.timestamp,
                        nb.feeAccount,
                        nb.dataLength,
                        nb.dataHash,
                        r,
                        nb.eval,
                        _evalBytes(ops, r)
                    )
                )
            ) & COMMITMENT_MASK
        );
    }

    /// Σ data[k]·r^k mod SNARK_FIELD (rollup.EvalBytes), by Horner from the end.
    function _evalBytes(bytes calldata data, uint256 r) internal pure returns (uint256 acc) {
        assembly ("memory-safe") {
            let p := SNARK_FIELD
            for { let k := data.length } gt(k, 0) {} {
                k := sub(k, 1)
                acc := addmod(mulmod(acc, r, p), byte(0, calldataload(add(data.offset, k))), p)
            }
        }
    }

    /// Proves the oldest unproven blocks: one Groth16 proof per block, all of
    /// them checked together by the batch verifier.
    function proveBlocks(StoredBlock[] calldata blocks, bytes[] calldata proofs) external nonReentrant notExodus {
        if (blocks.length == 0) revert NoBlocks();
        if (blocks.length != proofs.length) revert LengthMismatch();
        uint64 number = blocksProven;
        uint256[] memory inputs = new uint256[](blocks.length);
        uint16[] memory shapes = new uint16[](blocks.length);
        for (uint256 i = 0; i < blocks.length; i++) {
            number++;
            if (number > blocksCommitted) revert BlockNotCommitted(number);
            _checkStored(blocks[i], number);
            inputs[i] = uint256(blocks[i].commitment);
            shapes[i] = blocks[i].slots;
            emit BlockProven(number);
        }
        if (address(blobVerifier) != address(0) && !blobCommitEnd[number]) revert BlobCommitSplit(number);
        _verify(shapes, proofs, inputs);
        blocksProven = number;
    }

    /// Checks blocks' proofs, each block's by the verifier of its shape: one
    /// pairing check per shape in the range (issue 16). A false proof
    /// anywhere in it reverts the call, so no block of it is proven.
    function _verify(uint16[] memory shapes, bytes[] calldata proofs, uint256[] memory inputs) internal view {
        bool mixed;
        for (uint256 i = 1; i < shapes.length; i++) {
            mixed = mixed || shapes[i] != shapes[0];
        }
        if (!mixed) {
            blockVerifierOf[shapes[0]].verifyBatch(proofs, inputs);
            return;
        }
        bool[] memory done = new bool[](shapes.length);
        for (uint256 i = 0; i < shapes.length; i++) {
            if (done[i]) continue;
            uint16 slots = shapes[i];
            uint256 k;
            for (uint256 j = i; j < shapes.length; j++) {
                if (shapes[j] == slots) k++;
            }
            bytes[] memory ps = new bytes[](k);
            uint256[] memory xs = new uint256[](k);
            k = 0;
            for (uint256 j = i; j < shapes.length; j++) {
                if (shapes[j] == slots) {
                    (ps[k], xs[k]) = (proofs[j], inputs[j]);
                    done[j] = true;
                    k++;
                }
            }
            blockVerifierOf[slots].verifyBatch(ps, xs);
        }
    }

    /// Commits, proves and executes the blocks after `last` in one
    /// transaction, when every committed block is executed: what
    /// commitBlocks, proveBlocks and executeBlocks do in turn, with the same
    /// checks and events, for one base cost and one pairing check. Only the
    /// last block's hash is stored (an intermediate block is never an
    /// argument again: nothing after it can be reverted, and the next commit
    /// and an exodus start from the last executed block); the others' hashes
    /// are left zero and their BlockCommitted events carry what restoring
    /// checks them against (commitment and state root).
    function commitProveExecute(
        StoredBlock calldata last,
        CommitBlock[] calldata blocks,
        bytes[] calldata proofs,
        bytes[][] calldata pendingOps
    ) external nonReentrant notExodus onlyOperator {
        if (address(blobVerifier) != address(0)) revert WrongDataMode();
        Batch memory bt = _beginBatch(last, blocks.length, proofs.length, pendingOps.length);
        for (uint256 i = 0; i < blocks.length; i++) {
            _batchBlock(bt, _commitOne(bt.prev, blocks[i], bt.nextPriority), pendingOps[i]);
        }
        _endBatch(bt, proofs);
    }

    /// Blob mode's commitProveExecute: commits the blocks after `last` with
    /// the transaction's blobs exactly as commitBlobBlocks does (the blobs'
    /// openings and proofs, the data identity, each block's L1 pubdata),
    /// then proves and executes them as commitProveExecute does, when every
    /// committed block is executed. The blocks are one blob commit, proven
    /// whole by construction. Only the last block's hash is stored.
    function commitProveExecuteBlobs(
        StoredBlock calldata last,
        BlobBlock[] calldata blocks,
        BlobData[] calldata blobs,
        bytes[] calldata blobProofs,
        bytes[] calldata proofs,
        bytes[][] calldata pendingOps
    ) external nonReentrant notExodus onlyOperator {
        Batch memory bt = _beginBatch(last, blocks.length, proofs.length, pendingOps.length);
        uint256 r = _checkBlobs(blocks, blobs, blobProofs); // WrongDataMode in calldata mode
        for (uint256 i = 0; i < blocks.length; i++) {
            _batchBlock(bt, _commitBlobOne(bt.prev, blocks[i], bt.nextPriority, r), pendingOps[i]);
        }
        _endBatch(bt, proofs);
        blobCommitEnd[bt.prev.number] = true;
    }

    /// A one-transaction batch being built (commitProveExecute,
    /// commitProveExecuteBlobs).
    struct Batch {
        StoredBlock prev; // the last block so far
        uint64 nextPriority; // the next priority operation to commit
        uint64 first; // the next priority operation to retire
        uint256 earned; // priority fees the fee recipient gets
        uint256 n; // blocks so far
        uint256[] inputs; // their commitments
        uint16[] shapes; // their shapes
    }

    /// Checks a one-transaction batch of k blocks after `last` (every
    /// committed block executed, one proof and one list of pending
    /// operations a block) and starts it.
    function _beginBatch(StoredBlock calldata last, uint256 k, uint256 proofs, uint256 pendingOps)
        internal
        view
        returns (Batch memory bt)
    {
        if (k == 0) revert NoBlocks();
        if (k != proofs || k != pendingOps) revert LengthMismatch();
        uint64 number = blocksCommitted;
        if (blocksExecuted != number) revert BlocksInFlight(number, blocksExecuted);
        if (last.number != number || hashStoredBlock(last) != storedBlockHashes[number]) {
            revert WrongStoredBlock(last.number);
        }
        bt.prev = last;
        bt.nextPriority = nextCommittedPriorityOp;
        bt.first = firstPriorityOp;
        bt.inputs = new uint256[](k);
        bt.shapes = new uint16[](k);
    }

    /// Adds committed block b to the batch: proven (its proof is checked
    /// with the others in _endBatch) and executed.
    function _batchBlock(Batch memory bt, StoredBlock memory b, bytes[] calldata pendingOps) internal {
        bt.nextPriority += b.priorityOps;
        emit BlockCommitted(b.number, b.commitment, b.stateRoot);
        emit BlockProven(b.number);
        (bt.first, bt.earned) = _executeOne(b.number, b.priorityOps, b.pendingOpsHash, pendingOps, bt.first, bt.earned);
        bt.inputs[bt.n] = uint256(b.commitment);
        bt.shapes[bt.n] = b.slots;
        bt.n++;
        bt.prev = b;
    }

    /// Checks the batch's proofs and records it: only its last block's
    /// hash is stored, and every counter moves to it.
    function _endBatch(Batch memory bt, bytes[] calldata proofs) internal {
        _verify(bt.shapes, proofs, bt.inputs);
        uint64 number = bt.prev.number;
        storedBlockHashes[number] = hashStoredBlock(bt.prev);
        blocksCommitted = number;
        blocksProven = number;
        blocksExecuted = number;
        nextCommittedPriorityOp = bt.nextPriority;
        firstPriorityOp = bt.first;
        if (bt.earned > 0) _credit(feeRecipient, 0, uint128(bt.earned));
    }

    /// Executes the oldest proven blocks: credits their withdrawals, full
    /// exits and deposit refunds to pending balances, settles the priority
    /// fees of their requests and retires the requests. `pendingOps[i]`
    /// lists block i's Withdraw, FullExit and DepositRefund pubdata in order.
    function executeBlocks(StoredBlock[] calldata blocks, bytes[][] calldata pendingOps)
        external
        nonReentrant
        notExodus
    {
        if (blocks.length == 0) revert NoBlocks();
        if (blocks.length != pendingOps.length) revert LengthMismatch();
        uint64 number = blocksExecuted;
        uint64 first = firstPriorityOp;
        uint256 earned; // priority fees the fee recipient gets, credited once
        for (uint256 i = 0; i < blocks.length; i++) {
            number++;
            if (number > blocksProven) revert BlockNotProven(number);
            StoredBlock calldata b = blocks[i];
            _checkStored(b, number);
            (first, earned) = _executeOne(number, b.priorityOps, b.pendingOpsHash, pendingOps[i], first, earned);
        }
        blocksExecuted = number;
        firstPriorityOp = first;
        if (earned > 0) _credit(feeRecipient, 0, uint128(earned));
    }

    /// Executes block `number`, which processed `priorityOps` requests from
    /// `first` on and whose withdrawals and full exits hash to
    /// `pendingOpsHash`: credits `ops`, retires the requests. Returns the
    /// next request and the fees earned so far.
    function _executeOne(
        uint64 number,
        uint64 priorityOps_,
        bytes32 pendingOpsHash,
        bytes[] calldata ops,
        uint64 first,
        uint256 earned
    ) internal returns (uint64, uint256) {
        uint64 end = first + priorityOps_;
        bytes32 h;
        for (uint256 j = 0; j < ops.length; j++) {
            bytes calldata op = ops[j];
            h = keccak256(abi.encodePacked(h, op));
            _creditWithdrawal(op);
            if (uint8(op[0]) == OP_FULL_EXIT) {
                (first, earned) = _settleFullExit(op, first, end, earned, number);
            }
        }
        if (h != pendingOpsHash) revert PendingOpsMismatch(number);
        // the hash covers every full exit of the block: deposits are left
        for (; first < end; first++) {
            earned += _feeOf(priorityOps[first]);
            delete priorityOps[first];
        }
        emit BlockExecuted(number);
        return (first, earned);
    }

    /// Retires the block's requests from `id` up to the full exit `op`
    /// (the block's full exits are its requests of that type, in order, as
    /// commitBlocks matched them). Deposits' fees are earned; the full
    /// exit's is refunded to its requester if it exits a non-zero amount,
    /// which the circuit allows only when the requester owns the account,
    /// and earned otherwise. Returns the next request and what is earned.
    function _settleFullExit(bytes calldata op, uint64 id, uint64 end, uint256 earned, uint64 number)
        internal
        returns (uint64, uint256)
    {
        while (true) {
            if (id >= end) revert PendingOpsMismatch(number);
            PriorityOp storage p = priorityOps[id];
            uint256 fee = _feeOf(p);
            bool isExit = p.opType == OP_FULL_EXIT;
            delete priorityOps[id];
            id++;
            if (!isExit) {
                earned += fee;
                continue;
            }
            // type 1 | account 4 | address 20 | token 2 | amount 16
            if (uint128(bytes16(op[27:43])) != 0) {
                _credit(address(bytes20(op[5:25])), 0, uint128(fee));
            } else {
                earned += fee;
            }
            return (id, earned);
        }
    }

    function _creditWithdrawal(bytes calldata op) internal {
        uint8 t = uint8(op[0]);
        if (t == OP_WITHDRAW && op.length == 45) {
            // type 1 | account 4 | token 2 | amount 16 | fee 2 | address 20
            _credit(address(bytes20(op[25:45])), uint16(bytes2(op[5:7])), uint128(bytes16(op[7:23])));
        } else if (t == OP_FULL_EXIT && op.length == FULL_EXIT_BYTES) {
            // type 1 | account 4 | address 20 | token 2 | amount 16
            _credit(address(bytes20(op[5:25])), uint16(bytes2(op[25:27])), uint128(bytes16(op[27:43])));
        } else if (t == OP_DEPOSIT_REFUND && op.length == DEPOSIT_BYTES) {
            // type 1 | account 4 | token 2 | amount 16 | address 20
            _credit(address(bytes20(op[23:43])), uint16(bytes2(op[5:7])), uint128(bytes16(op[7:23])));
        } else {
            revert NotAWithdrawal(t);
        }
    }

    function _credit(address owner, uint16 token, uint128 amount) internal {
        if (amount == 0) return;
        pendingBalances[owner][token] += amount;
        emit PendingBalanceCredited(owner, token, amount);
    }

    function _checkStored(StoredBlock calldata b, uint64 number) internal view {
        if (b.number != number || hashStoredBlock(b) != storedBlockHashes[number]) revert WrongStoredBlock(number);
    }

    /// Reverts committed blocks that are not executed, newest first; `blocks`
    /// are the newest committed blocks in descending order.
    function revertBlocks(StoredBlock[] calldata blocks) external nonReentrant notExodus onlyOperator {
        if (blocks.length == 0) revert NoBlocks();
        uint64 committed = blocksCommitted;
        uint64 nextPriority = nextCommittedPriorityOp;
        for (uint256 i = 0; i < blocks.length; i++) {
            if (committed <= blocksExecuted) revert BlockAlreadyExecuted(committed);
            _checkStored(blocks[i], committed);
            delete storedBlockHashes[committed];
            delete blobCommitEnd[committed];
            nextPriority -= blocks[i].priorityOps;
            committed--;
        }
        if (address(blobVerifier) != address(0) && committed > 0 && !blobCommitEnd[committed]) {
            revert BlobCommitSplit(committed);
        }
        blocksCommitted = committed;
        nextCommittedPriorityOp = nextPriority;
        if (blocksProven > committed) blocksProven = committed;
        emit BlocksReverted(committed, blocksProven);
    }

    // =====================================================================
    // Withdrawals
    // =====================================================================

    /// Pays `amount` of `owner`'s pending balance of `token` (address 0 for
    /// ETH) to `owner`. Anyone may call it: funds only ever go to the owner.
    function withdrawPendingBalance(address payable owner, address token, uint128 amount) external nonReentrant {
        _withdraw(owner, owner, token, amount);
    }

    /// Pays `amount` of msg.sender's own pending balance of `token` to `to`.
    /// For an owner that cannot receive what withdrawPendingBalance sends it
    /// (a contract without a receive function, a token recipient the token
    /// refuses): it calls this itself. An EOA can always receive ETH, and an
    /// EOA whose EIP-7702 code refuses it still sends this call with its key.
    function withdrawPendingBalanceTo(address payable to, address token, uint128 amount) external nonReentrant {
        if (to == address(0) || to == address(this)) revert BadRecipient(to);
        _withdraw(msg.sender, to, token, amount);
    }

    function _withdraw(address owner, address payable to, address token, uint128 amount) internal {
        uint16 id = _listedTokenId(token);
        if (amount == 0) revert ZeroAmount();
        uint128 available = pendingBalances[owner][id];
        if (amount > available) revert InsufficientPendingBalance(available);
        pendingBalances[owner][id] = available - amount;
        // pending balances are part of what is outstanding, so this never
        // underflows while the invariant holds (checked all the same)
        outstanding[id] -= amount;
        if (id == 0) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert EthTransferFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
        emit Withdrawal(owner, id, amount, to);
    }

    // =====================================================================
    // Exodus
    // =====================================================================

    /// Switches to exodus mode once the oldest unexecuted priority operation
    /// has expired. Anyone may call it. From then on no block is committed,
    /// proven or executed, and users exit with proofs against the last
    /// executed state root.
    function activateExodusMode() external nonReentrant notExodus {
        uint64 id = firstPriorityOp;
        if (id >= totalPriorityOps || block.number < priorityOps[id].expiry) revert PriorityOpNotExpired();
        exodusMode = true;
        emit ExodusMode();
    }

    /// Pays out, once per (account, token), what the exit proof shows account
    /// `accountId` owned by `owner` holds in the last executed state.
    function performExodus(
        StoredBlock calldata lastExecuted,
        uint32 accountId,
        address owner,
        uint16 token,
        uint128 amount,
        bytes calldata proof
    ) external nonReentrant {
        if (!exodusMode) revert NotInExodusMode();
        _checkStored(lastExecuted, blocksExecuted);
        if (exited[accountId][token]) revert AlreadyExited(accountId, token);
        if (amount == 0) revert ZeroAmount();
        exitVerifier.verifyProof(
            proof,
            [
                uint256(lastExecuted.stateRoot),
                uint256(accountId),
                uint256(uint160(owner)),
                uint256(token),
                uint256(amount)
            ]
        );
        exited[accountId][token] = true;
        emit ExodusExit(accountId, token, owner, amount);
        _credit(owner, token, amount);
    }

    /// In exodus mode, cancels the oldest `count` unexecuted priority
    /// requests: a deposit's amount and priority fee go back to the pending
    /// balances of its `to` address, a full exit's fee to its requester's
    /// (the exit itself is dropped: the owner exits with performExodus). The
    /// operator never executed them, so it earns none of their fees.
    /// `requests` holds each request's pubdata as its PriorityRequest event
    /// published it, in order, deposits and full exits alike.
    function cancelOutstandingDepositsForExodusMode(uint64 count, bytes[] calldata requests) external nonReentrant {
        if (!exodusMode) revert NotInExodusMode();
        uint64 first = firstPriorityOp;
        uint64 left = totalPriorityOps - first;
        if (count > left) count = left;
        if (count == 0) revert NothingToCancel();
        if (requests.length != count) revert LengthMismatch();
        for (uint64 k = 0; k < count; k++) {
            uint64 id = first + k;
            PriorityOp storage p = priorityOps[id];
            bytes calldata d = requests[k];
            // a deposit and a full exit are both 43 bytes
            if (d.length != DEPOSIT_BYTES || uint8(d[0]) != p.opType) revert PriorityOpMismatch(id);
            address owner;
            if (p.opType == OP_DEPOSIT) {
                // type 1 | account 4 | token 2 | amount 16 | address 20
                if (bytes20(keccak256(d[5:DEPOSIT_BYTES])) != p.hash) revert PriorityOpMismatch(id);
                owner = address(bytes20(d[23:43]));
                uint16 token = uint16(bytes2(d[5:7]));
                uint128 amount = uint128(bytes16(d[7:23]));
                emit DepositCancelled(id, owner, token, amount);
                _credit(owner, token, amount);
            } else {
                // type 1 | account 4 | address 20 | token 2 | amount 16
                if (bytes20(keccak256(d[1:27])) != p.hash) revert PriorityOpMismatch(id);
                owner = address(bytes20(d[5:25]));
            }
            _credit(owner, 0, uint128(_feeOf(p)));
            delete priorityOps[id];
        }
        firstPriorityOp = first + count;
    }
}
