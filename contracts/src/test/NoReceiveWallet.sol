// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// A smart wallet that cannot receive ETH (no receive or fallback function)
/// but makes calls for its owner, as a multisig or an account contract does.
/// Compiled by the l1 tests of withdrawPendingBalanceTo. Never deploy it
/// anywhere real.
contract NoReceiveWallet {
    address public immutable owner;

    constructor() {
        owner = msg.sender;
    }

    /// Calls `target` with `data` and passes its revert data on unchanged.
    function exec(address target, bytes calldata data) external returns (bytes memory) {
        require(msg.sender == owner, "not the owner");
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }
}
