// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// Batch verification of K Groth16 proofs (gnark, BN254, one public input
/// and one Pedersen commitment, as the block circuit's) in one pairing
/// check of K + 5 pairs: option (a) of issue 16, a measurement prototype.
/// Each proof i must satisfy
///   e(A_i, B_i) e(C_i, -d) e(a, -b) e(L_i, -g) = 1,  L_i = K0 + D_i + x_i K1 + h_i K2
///   e(D_i, GsigmaNeg) e(P_i, G) = 1                   (the commitment's proof of knowledge)
/// with h_i = keccak256(D_i) mod R (the hash gnark uses for a Solidity target). With r_i and t derived from every proof
/// and input (so the prover cannot choose them), the check is
///   prod e(r_i A_i, B_i) e(sum r_i C_i, -d) e((sum r_i) a, -b) e(sum r_i L_i, -g)
///   e(t sum r_i D_i, GsigmaNeg) e(t sum r_i P_i, G) = 1,
/// which a false proof passes with probability about K / R.
contract BatchVerifier {
    uint256 constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    error ProofInvalid();
    error BadInput();

    function verifyBatch(bytes[] calldata proofs, uint256[] calldata inputs) external view {
        uint256 n = proofs.length;
        if (n == 0 || n != inputs.length) revert BadInput();
        // the verifying key, written in by the test as constants (a generated
        // verifier's would be): [ax, ay, -b (x1, x0, y1, y0), -g (4), -d (4),
        // K0 (2), K1 (2), K2 (2), G (4), GsigmaNeg (4)]
        uint256[28] memory k = [VK_VALUES];
        bytes32 seed = keccak256(abi.encode(proofs, inputs));
        uint256[] memory pairs = new uint256[](6 * (n + 5));
        uint256[2] memory accC;
        uint256[2] memory accD;
        uint256[2] memory accP;
        uint256 sumR;
        uint256 sumRX;
        uint256 sumRH;
        for (uint256 i = 0; i < n; i++) {
            bytes calldata p = proofs[i];
            // A 64 | B 128 | C 64 | D 64 | PoK 64, as gnark writes them for Solidity
            if (p.length != 384 || inputs[i] >= R) revert BadInput();
            uint256 r = uint256(keccak256(abi.encode(seed, i))) % R;
            uint256 h = uint256(keccak256(p[0x100:0x140])) % R;
            uint256[2] memory ra = _mul([_word(p, 0), _word(p, 0x20)], r);
            pairs[6 * i] = ra[0];
            pairs[6 * i + 1] = ra[1];
            pairs[6 * i + 2] = _word(p, 0x40);
            pairs[6 * i + 3] = _word(p, 0x60);
            pairs[6 * i + 4] = _word(p, 0x80);
            pairs[6 * i + 5] = _word(p, 0xa0);
            accC = _add(accC, _mul([_word(p, 0xc0), _word(p, 0xe0)], r));
            accD = _add(accD, _mul([_word(p, 0x100), _word(p, 0x120)], r));
            accP = _add(accP, _mul([_word(p, 0x140), _word(p, 0x160)], r));
            sumR = addmod(sumR, r, R);
            sumRX = addmod(sumRX, mulmod(r, inputs[i], R), R);
            sumRH = addmod(sumRH, mulmod(r, h, R), R);
        }
        uint256[2] memory l = _add(_mul([k[14], k[15]], sumR), accD);
        l = _add(l, _mul([k[16], k[17]], sumRX));
        l = _add(l, _mul([k[18], k[19]], sumRH));
        uint256[2] memory alpha = _mul([k[0], k[1]], sumR);
        uint256 t = uint256(keccak256(abi.encode(seed, "pedersen"))) % R;
        uint256 o = 6 * n;
        _pair(pairs, o, accC, k, 10); // e(sum r C, -d)
        _pair(pairs, o + 6, alpha, k, 2); // e((sum r) a, -b)
        _pair(pairs, o + 12, l, k, 6); // e(sum r L, -g)
        _pair(pairs, o + 18, _mul(accD, t), k, 24); // e(t sum r D, GsigmaNeg)
        _pair(pairs, o + 24, _mul(accP, t), k, 20); // e(t sum r P, G)
        bool ok;
        uint256[1] memory out;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, add(pairs, 0x20), mul(mload(pairs), 0x20), out, 0x20)
        }
        if (!ok || out[0] != 1) revert ProofInvalid();
    }

    function _word(bytes calldata p, uint256 off) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := calldataload(add(p.offset, off))
        }
    }

    function _pair(uint256[] memory pairs, uint256 o, uint256[2] memory g1, uint256[28] memory k, uint256 g2) private pure {
        pairs[o] = g1[0];
        pairs[o + 1] = g1[1];
        pairs[o + 2] = k[g2];
        pairs[o + 3] = k[g2 + 1];
        pairs[o + 4] = k[g2 + 2];
        pairs[o + 5] = k[g2 + 3];
    }

    function _mul(uint256[2] memory a, uint256 s) private view returns (uint256[2] memory c) {
        uint256[3] memory in_ = [a[0], a[1], s];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x07, in_, 0x60, c, 0x40)
        }
        if (!ok) revert ProofInvalid(); // not a point on the curve
    }

    function _add(uint256[2] memory a, uint256[2] memory b) private view returns (uint256[2] memory c) {
        uint256[4] memory in_ = [a[0], a[1], b[0], b[1]];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, in_, 0x80, c, 0x40)
        }
        if (!ok) revert ProofInvalid();
    }
}
