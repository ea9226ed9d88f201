package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrReverted means a transaction was refused by the contract (its error
// is wrapped, as a *RevertError, when the node says it) or mined and failed.
var ErrReverted = errors.New("the L1 transaction reverted")

// Backend is what Transact needs of an L1 node (ethclient is one).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Transact is a user tool's one-shot L1 transaction (the wallet's, an
// exodus's): it sends data with value to contract `to` from key on chain
// chainID, waits until it is mined and returns the receipt. A call the
// contract refuses is not sent: the error wraps ErrReverted and the
// decoded *RevertError. (The node's L1 sender has its own crash-safe path:
// rows before broadcast, nonces, fee bumping.)
func Transact(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, to common.Address, data []byte,
	value *big.Int) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context, opts.Value = ctx, value
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, b, b, b), opts, data)
	if err != nil {
		if r := DecodeRevert(err); r != nil {
			return nil, fmt.Errorf("L1 transaction: %w: %w", ErrReverted, r)
		}
		return nil, fmt.Errorf("L1 transaction: %w", err)
	}
	r, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%w: %s", ErrReverted, tx.Hash())
	}
	return r, nil
}
