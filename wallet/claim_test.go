package wallet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
)

// TestClaimToPaysAnotherAddress: `zkrollup wallet claim --to ADDR` pays the
// wallet's claimable balance to ADDR, to the wei, from the wallet's own
// key (withdrawPendingBalanceTo); a second claim finds nothing due. The
// claimable balance here is a deposit refunded in exodus mode, which needs
// no proof.
func TestClaimToPaysAnotherAddress(t *testing.T) {
	gov, user := evmtest.NewKey(t), evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(gov), evmtest.Addr(user))
	r := rollupcontract.NewRollup()
	var genesis fr.Element
	genesis.SetUint64(1)
	contract, _ := c.Deploy(t, gov, common.FromHex(rollupcontract.RollupMetaData.Bin), r.PackConstructor(rollupcontract.RollupConfig{
		BlockShapes: []uint16{4}, BlockVerifiers: []common.Address{evmtest.Addr(gov)}, ExitVerifier: evmtest.Addr(gov),
		AccountDepth: big.NewInt(6), BalanceDepth: big.NewInt(4), RollupChainId: 1, PriorityExpiryBlocks: 10,
		GenesisRoot: genesis.Bytes(), Governance: evmtest.Addr(gov), Operator: evmtest.Addr(gov),
	}))
	amount := big.NewInt(1_234_567_890_123)
	rc := c.MustSend(t, user, &contract, amount, r.PackDepositETH(evmtest.Addr(user), amount))
	ev, err := r.UnpackPriorityRequestEvent(rc.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	c.Mine(10)
	c.MustSend(t, gov, &contract, nil, r.PackActivateExodusMode())
	c.MustSend(t, gov, &contract, nil, r.PackCancelOutstandingDepositsForExodusMode(1, [][]byte{ev.Pubdata}))

	keys, err := KeysFromL1(user)
	if err != nil {
		t.Fatal(err)
	}
	w := &Wallet{Keys: keys, L1: c.C, Params: api.Params{L1ChainID: c.ChainID.Uint64()}, Contract: contract, abi: r}
	// The wallet waits for its transactions to be mined: mine meanwhile.
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				c.B.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(done); <-stopped })

	ctx := context.Background()
	eth := api.Token{ID: 0}
	to := evmtest.Addr(evmtest.NewKey(t))
	paid, receipt, err := w.ClaimTo(ctx, eth, to)
	if err != nil {
		t.Fatal(err)
	}
	if receipt == nil || paid.Cmp(amount) != 0 {
		t.Fatalf("paid %s (receipt %v), want %s", paid, receipt != nil, amount)
	}
	if got := c.Balance(t, to); got.Cmp(amount) != 0 {
		t.Fatalf("the recipient got %s, want %s", got, amount)
	}
	if due, err := w.Claimable(ctx, eth); err != nil || due.Sign() != 0 {
		t.Fatalf("claimable after the claim: %s (%v)", due, err)
	}
	if paid, receipt, err := w.ClaimTo(ctx, eth, to); err != nil || receipt != nil || paid.Sign() != 0 {
		t.Fatalf("a second claim: paid %s, receipt %v, err %v", paid, receipt != nil, err)
	}
}
