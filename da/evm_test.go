package da

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/zkrollup/zkrollup/internal/evmtest"
)

// probeSource records the blob hashes a transaction carries and runs the
// point-evaluation precompile.
const probeSource = `// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

contract BlobProbe {
    bytes32 public hash0;
    bytes32 public hash1;
    bytes32 public hash2;
    bool public evalOK;

    // record stores the transaction's first three blob hashes and whether the
    // point evaluation input (which must name blob 0) verifies.
    function record(bytes calldata input) external {
        hash0 = blobhash(0);
        hash1 = blobhash(1);
        hash2 = blobhash(2);
        require(bytes32(input[:32]) == hash0, "input does not name blob 0");
        (evalOK, ) = address(0x0a).staticcall(input);
    }

    function pointEval(bytes calldata input) external view returns (bool ok, bytes memory out) {
        return address(0x0a).staticcall(input);
    }
}
`

// precompileOutput is what the point-evaluation precompile returns on
// success: FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS as 32-byte words.
var precompileOutput = common.FromHex("0x" +
	"0000000000000000000000000000000000000000000000000000000000001000" +
	"73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")

type probe struct {
	chain *evmtest.Chain
	key   *ecdsa.PrivateKey
	abi   abi.ABI
	addr  common.Address
}

func newProbe(t *testing.T) *probe {
	t.Helper()
	a, code := evmtest.CompileSource(t, []byte(probeSource), "BlobProbe")
	key := evmtest.NewKey(t)
	chain := evmtest.NewChain(t, evmtest.Addr(key))
	addr, _ := chain.Deploy(t, key, code, nil)
	return &probe{chain: chain, key: key, abi: a, addr: addr}
}

// call runs a view function of the probe and returns its outputs.
func (p *probe) call(t *testing.T, method string, args ...any) []any {
	t.Helper()
	data, err := p.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	out, err := p.chain.Call(evmtest.Addr(p.key), p.addr, data)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	res, err := p.abi.Unpack(method, out)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// sendBlobTx signs and sends a blob transaction calling the probe with data,
// mines it and returns its receipt.
func (p *probe) sendBlobTx(t *testing.T, sc *types.BlobTxSidecar, data []byte) (*types.Receipt, error) {
	t.Helper()
	ctx := context.Background()
	c := p.chain
	nonce, err := c.C.PendingNonceAt(ctx, evmtest.Addr(p.key))
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.C.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	utx, err := BlobTx(TxParams{
		ChainID:    c.ChainID,
		Nonce:      nonce,
		GasTipCap:  evmtest.Tip,
		GasFeeCap:  new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), evmtest.Tip),
		BlobFeeCap: big.NewInt(params.GWei),
		Gas:        300_000,
		To:         p.addr,
		Data:       data,
	}, sc)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(p.key, types.LatestSignerForChainID(c.ChainID), utx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.C.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	c.B.Commit()
	return c.Receipt(tx.Hash())
}

func TestBlobTxOnSimulatedL1(t *testing.T) {
	evmtest.RequireSolc(t)
	blobs, sc := twoBlobSidecar(t)
	p := newProbe(t)

	t.Run("BLOBHASH returns the versioned hashes of the commitments", func(t *testing.T) {
		c0, err := Commit(&blobs[0])
		if err != nil {
			t.Fatal(err)
		}
		z := testPoint(9)
		y, proof, err := EvalProof(&blobs[0], z)
		if err != nil {
			t.Fatal(err)
		}
		data, err := p.abi.Pack("record", PointEvaluationInput(VersionedHash(c0), z, y, c0, proof))
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.sendBlobTx(t, sc, data)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != types.ReceiptStatusSuccessful || r.Type != types.BlobTxType {
			t.Fatalf("receipt status %d type %d, want a successful type-3 transaction", r.Status, r.Type)
		}
		if got, want := r.BlobGasUsed, uint64(2*params.BlobTxBlobGasPerBlob); got != want {
			t.Errorf("blob gas used %d, want %d", got, want)
		}
		for i, m := range []string{"hash0", "hash1"} {
			c, err := Commit(&blobs[i])
			if err != nil {
				t.Fatal(err)
			}
			if got, want := common.Hash(p.call(t, m)[0].([32]byte)), VersionedHash(c); got != want {
				t.Errorf("blobhash(%d) = %x, want %x", i, got, want)
			}
		}
		if got := p.call(t, "hash2")[0].([32]byte); got != ([32]byte{}) {
			t.Errorf("blobhash(2) = %x, want 0 (the transaction has 2 blobs)", got)
		}
		if !p.call(t, "evalOK")[0].(bool) {
			t.Error("the point evaluation of blob 0 failed inside the blob transaction")
		}
	})

	t.Run("point evaluation precompile accepts only the valid input", func(t *testing.T) {
		c0, err := Commit(&blobs[0])
		if err != nil {
			t.Fatal(err)
		}
		c1, err := Commit(&blobs[1])
		if err != nil {
			t.Fatal(err)
		}
		z, z2 := testPoint(1), testPoint(2)
		y, proof, err := EvalProof(&blobs[0], z)
		if err != nil {
			t.Fatal(err)
		}
		_, proof2, err := EvalProof(&blobs[0], z2)
		if err != nil {
			t.Fatal(err)
		}
		valid := PointEvaluationInput(VersionedHash(c0), z, y, c0, proof)
		out, err := p.chain.Call(evmtest.Addr(p.key), PointEvaluationPrecompile, valid)
		if err != nil {
			t.Fatalf("eth_call to 0x0a: %v", err)
		}
		if !bytes.Equal(out, precompileOutput) {
			t.Fatalf("eth_call to 0x0a returned %x, want %x", out, precompileOutput)
		}
		for _, c := range []struct {
			name  string
			input []byte
			ok    bool
		}{
			{"valid", valid, true},
			{"y plus one", PointEvaluationInput(VersionedHash(c0), z, plusOne(y), c0, proof), false},
			{"versioned hash of another blob", PointEvaluationInput(VersionedHash(c1), z, y, c0, proof), false},
			{"proof for another z", PointEvaluationInput(VersionedHash(c0), z, y, c0, proof2), false},
			{"short input", valid[:191], false},
		} {
			res := p.call(t, "pointEval", c.input)
			ok, out := res[0].(bool), res[1].([]byte)
			if ok != c.ok {
				t.Errorf("%s: precompile success %v, want %v", c.name, ok, c.ok)
			}
			if c.ok && !bytes.Equal(out, precompileOutput) {
				t.Errorf("%s: output %x, want %x", c.name, out, precompileOutput)
			}
		}
	})

}
