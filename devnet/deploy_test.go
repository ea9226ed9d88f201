package devnet

import (
	"context"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/rollup"
)

// Init code that deploys a contract without code (STOP; PUSH1 0, STOP):
// the Rollup constructor only stores its verifiers' addresses.
var blockVerifier, exitVerifier = []byte{0x00}, []byte{0x60, 0x00, 0x00}

// laggingPool is the embedded L1 as a client sees it while geth's pool
// has not yet promoted the transactions just sent to it: the pool adds a
// transaction at once but promotes it, and so advances the pending nonce,
// on its own goroutine, so eth_getTransactionCount("pending") can still
// give the mined nonce. Blocks are sealed only when a receipt is asked
// for, so none falls between two sends.
type laggingPool struct {
	deploy.Backend
	chain *L1
}

func (b laggingPool) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return b.chain.Client.NonceAt(ctx, a, nil)
}

func (b laggingPool) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	b.chain.Commit()
	return b.Backend.TransactionReceipt(ctx, h)
}

// TestDeploymentAssignsItsOwnNonces runs the deployment `zkrollup dev`
// makes (the verifiers and the Rollup, then a dev token minted to three
// holders and listed) against a pool whose pending nonce lags. Each step
// sends several transactions from one key before any is mined; reading
// the nonce from the pool before each gave two of them the same nonce
// ("deploy exit verifier: replacement transaction underpriced" here; `zkrollup dev` failed
// so about once in three starts when the timing fell that way).
func TestDeploymentAssignsItsOwnNonces(t *testing.T) {
	op := OperatorKey()
	chain, err := StartL1(map[common.Address]*big.Int{ethcrypto.PubkeyToAddress(op.PublicKey): ether(1_000_000)}, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := laggingPool{chain.Client, chain}
	for i := range 2 { // the second deployment starts from a nonce the first advanced
		res, err := deploy.Rollup(ctx, b, op, rollup.TestParams, [][]byte{blockVerifier}, exitVerifier, deploy.Options{}, nil)
		if err != nil {
			t.Fatalf("deployment %d: %v", i, err)
		}
		want := rollup.TestParams
		want.L1 = rollup.L1Domain{ChainID: res.ChainID, Contract: res.Rollup}
		if !reflect.DeepEqual(res.Params, want) {
			t.Fatalf("deployment %d records params %+v, want %+v", i, res.Params, want)
		}
		if _, err := deploy.DevToken(ctx, b, op, res.Rollup, "Dev USD", "DUSD", []common.Address{{1}, {2}, {3}}, ether(1)); err != nil {
			t.Fatalf("deployment %d: dev token: %v", i, err)
		}
	}
}

// TestBlobModeDeployment: a deployment in blob mode deploys the blob
// circuit's verifier and hands it to the contract; blob params without a
// blob verifier, or a blob verifier for calldata params, are refused.
func TestBlobModeDeployment(t *testing.T) {
	op := OperatorKey()
	chain, err := StartL1(map[common.Address]*big.Int{ethcrypto.PubkeyToAddress(op.PublicKey): ether(1_000_000)}, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := laggingPool{chain.Client, chain}
	p := rollup.TestParams
	p.BlobCapacity = 16
	if _, err := deploy.Rollup(ctx, b, op, p, [][]byte{blockVerifier}, exitVerifier, deploy.Options{}, nil); err == nil {
		t.Fatal("blob params without a blob verifier deployed")
	}
	if _, err := deploy.Rollup(ctx, b, op, rollup.TestParams, [][]byte{blockVerifier}, exitVerifier, deploy.Options{BlobVerifier: exitVerifier}, nil); err == nil {
		t.Fatal("a blob verifier for calldata params deployed")
	}
	res, err := deploy.Rollup(ctx, b, op, p, [][]byte{blockVerifier}, exitVerifier, deploy.Options{BlobVerifier: exitVerifier}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.BlobVerifier == (common.Address{}) || res.Params.BlobCapacity != 16 {
		t.Fatalf("deployment %+v: want a blob verifier and blob capacity 16", res)
	}
	abiR := rollupcontract.NewRollup()
	out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &res.Rollup, Data: abiR.PackBlobVerifier()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := abiR.UnpackBlobVerifier(out)
	if err != nil || got != res.BlobVerifier {
		t.Fatalf("the contract's blob verifier %v (%v), want %v", got, err, res.BlobVerifier)
	}
}
