package node

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// DevAccount is a deterministic development identity: an L1 key and an
// L2 key derived from its index. Never use them with real funds.
type DevAccount struct {
	L1      *ecdsa.PrivateKey
	L2      *crypto.PrivateKey
	Address common.Address
}

// Dev returns dev account i.
func Dev(i int) (DevAccount, error) {
	l1, err := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte("zkrollup-dev-l1:" + strconv.Itoa(i))))
	if err != nil {
		return DevAccount{}, err
	}
	l2, err := crypto.KeyFromSeed([]byte("zkrollup-dev-l2:" + strconv.Itoa(i)))
	if err != nil {
		return DevAccount{}, err
	}
	return DevAccount{L1: l1, L2: l2, Address: ethcrypto.PubkeyToAddress(l1.PublicKey)}, nil
}

// DevFunding is what each dev account is given at genesis: 1,000 ETH
// (10^21 wei); DevTokenFunding of each other token the exchange trades
// (1,000,000 of an 18-decimal token).
var (
	DevFunding, _      = num.FromUint64(1000).MulUint64(1_000_000_000_000_000_000)
	DevTokenFunding, _ = num.FromUint64(1_000_000).MulUint64(1_000_000_000_000_000_000)
)

// fundDevAccounts queues one deposit per dev account as priority
// operations, as if they came from L1, the first time the node starts:
// for nodes run without an L1 (load tests). With the watcher, Check
// refuses it: deposits then come from L1.
func fundDevAccounts(ctx context.Context, db *store.DB, n int, tokens []uint16) error {
	if n == 0 {
		return nil
	}
	existing, err := db.PriorityOps(ctx, 0, 1)
	if err != nil || len(existing) > 0 {
		return err
	}
	var ops []store.PriorityOp
	for i := 0; i < n; i++ {
		d, err := Dev(i)
		if err != nil {
			return err
		}
		for _, tok := range append([]uint16{0}, tokens...) { // ETH, and the exchange's tokens
			dep := rollup.Deposit{To: d.Address, Token: tok, Amount: DevFunding}
			if tok != 0 {
				dep.Amount = DevTokenFunding
			}
			ops = append(ops, store.PriorityOp{ID: uint64(len(ops)), OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata(), Expiry: ^uint64(0)})
		}
	}
	if err := db.AddPriorityOps(ctx, ops); err != nil {
		return fmt.Errorf("fund dev accounts: %w", err)
	}
	return nil
}
