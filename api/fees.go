package api

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/rollup"
)

// TxFee is a fee quote and the costs it is made of (amounts are decimal
// strings: wei, or the token's smallest units).
type TxFee struct {
	Type         string `json:"type"`         // the operation priced: Transfer, TransferToNew (a transfer to an address with no account), Withdraw, ChangePubKey
	Token        uint16 `json:"token"`        // the token that pays
	Slots        int    `json:"slots"`        // slots per block
	PubdataBytes int    `json:"pubdataBytes"` // the operation's pubdata
	PubdataGas   uint64 `json:"pubdataGas"`   // L1 gas of its pubdata
	BlockGas     uint64 `json:"blockGas"`     // its share of the block's commit, prove and execute gas
	Gas          uint64 `json:"gas"`          // pubdataGas + blockGas
	GasPrice     string `json:"gasPrice"`     // wei per L1 gas
	ProvingWei   string `json:"provingWei"`   // the prover's cost of one slot
	TotalWei     string `json:"totalWei"`     // gas × gasPrice + provingWei
	TokenPrice   string `json:"tokenPrice"`   // wei per smallest unit of the token
	Total        string `json:"total"`        // totalWei in the token, rounded up
	Fee          string `json:"fee"`          // total rounded up to a packable fee: sign this
	MinFee       string `json:"minFee"`       // the least fee the mempool admits now (the tolerance below total)
}

// GetTxFee quotes the fee of a transaction: type transfer, withdraw or
// changepubkey (transfertonew too), paid in token (an id; default 0, ETH).
// For a transfer, to prices one to an address with no account as the
// TransferToNew it becomes. A token the operator has no price for cannot
// pay fees (fee_token).
func (s *service) GetTxFee(_ context.Context, typ string, token *uint16, to *common.Address) (*TxFee, error) {
	t, ok := quotedTypes[strings.ToLower(typ)]
	if !ok {
		return nil, invalidParams(fmt.Sprintf("unknown transaction type %q: transfer, transferToNew, withdraw or changePubKey", typ))
	}
	var tok uint16
	if token != nil {
		tok = *token
	}
	q, err := s.seq.Pool().Quote(t, tok, to)
	if err != nil {
		return nil, toRPC(err)
	}
	return txFee(q), nil
}

// quotedTypes are the operations users pay fees for, by lower-case name.
var quotedTypes = func() map[string]rollup.OpType {
	m := map[string]rollup.OpType{}
	for _, s := range rollup.Ops() {
		if s.Signed {
			m[strings.ToLower(s.Name)] = s.Type
		}
	}
	return m
}()

func txFee(q fees.Quote) *TxFee {
	return &TxFee{Type: q.Type.String(), Token: q.Token, Slots: q.Slots, PubdataBytes: q.PubdataBytes,
		PubdataGas: q.PubdataGas, BlockGas: q.BlockGas, Gas: q.Gas, GasPrice: q.GasPrice.String(),
		ProvingWei: q.ProvingWei.String(), TotalWei: q.TotalWei.String(), TokenPrice: q.TokenPrice.RatString(),
		Total: q.Total.String(), Fee: q.Fee.String(), MinFee: q.Least.String()}
}
