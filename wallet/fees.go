package wallet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/rollup"
)

// Fee is the node's fee quote (zkr_getTxFee) for a transaction of type
// typ ("transfer", "withdraw", "changepubkey") paying in token, rounded up
// to a packable fee; to is a transfer's recipient (an address with no
// account costs more: the transfer creates it), nil for other types.
func (w *Wallet) Fee(ctx context.Context, typ string, token api.Token, to *common.Address) (*big.Int, error) {
	q, err := w.L2.TxFee(ctx, typ, token.ID, to)
	if err != nil {
		return nil, fmt.Errorf("the node's fee quote for a %s in %s: %w", typ, token.Symbol, err)
	}
	v, ok := new(big.Int).SetString(q.Fee, 10)
	if !ok {
		return nil, fmt.Errorf("the node quoted fee %q: not a number", q.Fee)
	}
	return fees.PackUp(v)
}

// packFee packs fee, or the node's quote when fee is nil.
func (w *Wallet) packFee(ctx context.Context, typ string, token api.Token, to *common.Address, fee *big.Int) (rollup.PackedFee, error) {
	if fee == nil {
		var err error
		if fee, err = w.Fee(ctx, typ, token, to); err != nil {
			return rollup.PackedFee{}, err
		}
	}
	f, err := u128(fee, "fee")
	if err != nil {
		return rollup.PackedFee{}, err
	}
	pf, err := rollup.PackFee(f)
	if err != nil {
		return rollup.PackedFee{}, fmt.Errorf("fee %s must be at most 2047 times a power of ten: %w", fee, err)
	}
	return pf, nil
}
