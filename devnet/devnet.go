package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/wallet"
)

// Config is `zkrollup dev`'s configuration.
type Config struct {
	Node        node.Config   // data dir, profile, API address, keys dir, ... (components: all; fees: zero unless Node.Fees says quote)
	L1Addr      string        // the embedded L1's JSON-RPC listen address
	L1BlockTime time.Duration // one L1 block per interval
	Accounts    int           // dev accounts funded on L1 and with a deposit in the rollup
	Deposit     *big.Int      // wei each dev account deposits at start
	DepositDUSD *big.Int      // DUSD wei each dev account deposits at start (nil: none), to trade ETH/DUSD at once
	Register    bool          // each dev account registers its L2 key once its deposit is on L2 (it can then transfer and trade at once)
	// PriorityFee is what an L1 deposit or full-exit request pays (wei);
	// nil: DevPriorityFee.
	PriorityFee *big.Int
	// ExternalProvers runs the prover server instead of the in-process
	// prover: blocks wait for `zkrollup prover` workers.
	ExternalProvers bool
	// PriorityExpiryBlocks is the L1 blocks within which the operator must
	// process an L1 request (0: the deployment's default).
	PriorityExpiryBlocks uint64
	// OperatorFor > 0 stops the node (the operator's every component) that
	// long after the network is up, while the L1 keeps running: the exodus
	// drill. So does StopOperator closing, at any time.
	OperatorFor  time.Duration
	StopOperator <-chan struct{}
}

// DevPriorityFee is the dev network's priority fee: small (0.00001 ETH),
// but not zero, so that every dev deposit goes the way production's do.
var DevPriorityFee = big.NewInt(1e13)

// OperatorKey is the dev network's operator: a fixed, public key. Never
// use it with real funds.
func OperatorKey() *ecdsa.PrivateKey {
	k, _ := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte("zkrollup-dev-operator"))) // a 32-byte hash is a valid key
	return k
}

// Run starts the dev network and the node on it; it blocks until ctx
// ends. The chain is new at every start, so the node's data directory is
// emptied first (the circuit keys are kept elsewhere and reused).
func Run(ctx context.Context, cfg Config, log *slog.Logger, out io.Writer) error {
	p, err := cfg.Node.Params()
	if err != nil {
		return err
	}
	start := time.Now()
	if err := os.RemoveAll(cfg.Node.DataDir); err != nil {
		return fmt.Errorf("reset the dev data directory: %w", err)
	}
	if err := os.MkdirAll(cfg.Node.DataDir, 0o755); err != nil {
		return err
	}
	// Keys and verifiers: set up once per profile, then reused.
	blockKeys, blockCodes, exitCode, err := deploy.Verifiers(ctx, p, cfg.Node.KeysDir, out)
	if err != nil {
		return err
	}
	var blobCode []byte
	if p.BlobCapacity > 0 { // blob mode: the blob circuit's keys and verifier too
		if _, blobCode, err = deploy.BlobVerifier(ctx, p, cfg.Node.KeysDir, out); err != nil {
			return err
		}
	}

	// The L1, with the operator and the dev accounts funded.
	op := OperatorKey()
	funded := map[common.Address]*big.Int{ethcrypto.PubkeyToAddress(op.PublicKey): ether(1_000_000)}
	var devs []node.DevAccount
	for i := 0; i < cfg.Accounts; i++ {
		d, err := node.Dev(i)
		if err != nil {
			return err
		}
		devs = append(devs, d)
		funded[d.Address] = ether(10_000)
	}
	chain, err := StartL1(funded, cfg.L1Addr)
	if err != nil {
		return err
	}
	defer chain.Close()
	mineCtx, stopMining := context.WithCancel(ctx)
	defer stopMining()
	go chain.Mine(mineCtx, cfg.L1BlockTime)

	fee := cfg.PriorityFee
	if fee == nil {
		fee = DevPriorityFee
	}
	res, err := deploy.Rollup(ctx, chain.Client, op, p, blockCodes, exitCode, deploy.Options{PriorityFee: fee,
		PriorityExpiryBlocks: cfg.PriorityExpiryBlocks, BlobVerifier: blobCode}, out)
	if err != nil {
		return err
	}
	if err := res.SaveWithExitKeys(filepath.Join(cfg.Node.DataDir, "deployment.json"), deploy.ExitKeysDir(cfg.Node.KeysDir)); err != nil {
		return err
	}
	// An ERC-20 to try tokens with: minted to every dev account, listed.
	var holders []common.Address
	for _, d := range devs {
		holders = append(holders, d.Address)
	}
	dusd, err := deploy.DevToken(ctx, chain.Client, op, res.Rollup, "Dev USD", "DUSD", holders, ether(1_000_000))
	if err != nil {
		return err
	}
	nc := cfg.Node
	nc.Components = []string{"api", "sequencer", "watcher", "aggregator", "prover"}
	if cfg.ExternalProvers {
		nc.Components[4] = "proverserver"
	}
	nc.L1URL, nc.Contract, nc.DeployBlock = chain.URL, res.Rollup.Hex(), res.Block
	nc.OperatorKey = fmt.Sprintf("%x", ethcrypto.FromECDSA(op))
	nc.Operator = res.Operator.Hex()
	nc.DevAccounts = 0
	// The exchange: ETH/DUSD (DUSD is the first listed token, id 1), a lot
	// 0.001 ETH, a tick 0.01 DUSD per ETH, prices up to 100,000 DUSD, orders
	// up to 50 ETH, 10 bips for the taker and 5 for the maker.
	if len(nc.Markets) == 0 {
		nc.Exchange = true
		nc.Markets = []orderflow.Market{DevMarket}
	}
	if nc.Fees == "" {
		nc.Fees = "zero" // a dev network is free unless asked to quote (zkrollup dev --fees quote)
	}
	if err := nc.Check(); err != nil {
		return err
	}

	// The node, and once its API answers, the dev accounts' deposits.
	errc := make(chan error, 1)
	nodeCtx, stopNode := context.WithCancel(ctx)
	defer stopNode()
	go func() { errc <- node.RunWith(nodeCtx, nc, node.Env{L1: chain.Client, Keys: blockKeys}, log, out) }()
	if err := depositDevAccounts(ctx, nc.APIAddr, chain, devs, cfg.Deposit, dusd, cfg.DepositDUSD, cfg.Register, errc); err != nil {
		return err
	}
	fmt.Fprintf(out, `
zkrollup dev is up in %s (profile %s; the chain is new at every start).
  L1 JSON-RPC:  %s  (chain id %d, a block every %s)
  L2 JSON-RPC:  http://%s
  Explorer:     http://%s/  (open it in a browser)
  Rollup:       %s  (deployment in %s)
  operator:     %s  (earns the priority fee, %s ETH, of each L1 deposit and full-exit request)
  DUSD:         %s  (a listed ERC-20; each dev account holds 1,000,000 on L1)
`, time.Since(start).Round(time.Second), nc.Profile, chain.URL, res.ChainID, cfg.L1BlockTime, nc.APIAddr, nc.APIAddr, res.Rollup,
		filepath.Join(nc.DataDir, "deployment.json"), res.Operator, wallet.FormatUnits(fee, 18), dusd)
	for i, d := range devs {
		dusdIn := "0"
		if cfg.DepositDUSD != nil {
			dusdIn = wallet.FormatUnits(cfg.DepositDUSD, 18)
		}
		registered := ""
		if cfg.Register {
			registered = "; L2 key registered"
		}
		fmt.Fprintf(out, "  dev account %d: %s  (L1 key %x; %s ETH and %s DUSD deposited%s)\n", i, d.Address, ethcrypto.FromECDSA(d.L1),
			wallet.FormatUnits(cfg.Deposit, 18), dusdIn, registered)
	}
	if len(devs) >= 2 {
		register := "  go run ./cmd/zkrollup wallet --dev 0 register\n"
		if cfg.Register {
			register = "" // done: the dev accounts registered their keys
		}
		fmt.Fprintf(out, `
try:
  go run ./cmd/zkrollup wallet --dev 0 balance
%s  go run ./cmd/zkrollup wallet --dev 0 transfer %s 1.5
  go run ./cmd/zkrollup wallet --dev 0 withdraw 2 --claim
  go run ./cmd/zkrollup wallet --dev 0 deposit 250 DUSD
  go run ./cmd/zkrollup wallet --dev 0 order sell 1 ETH for 3000 DUSD
  go run ./cmd/zkrollup wallet --dev 1 order buy 0.5 ETH for 1600 DUSD --tif IOC
  go run ./cmd/zkrollup wallet --dev 0 book ETH/DUSD
`, register, devs[1].Address)
	}
	var operatorTimeout <-chan time.Time
	if cfg.OperatorFor > 0 {
		operatorTimeout = time.After(cfg.OperatorFor)
		fmt.Fprintf(out, "\nexodus drill: the operator stops in %s (at %s)\n", cfg.OperatorFor, time.Now().Add(cfg.OperatorFor).Format(time.TimeOnly))
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return <-errc
	case <-cfg.StopOperator:
	case <-operatorTimeout:
	}
	stopNode()
	if err := <-errc; err != nil && ctx.Err() == nil {
		return err
	}
	fmt.Fprintf(out, `
OPERATOR STOPPED (exodus drill): the node and every operator component are down; the L1 keeps mining.
Nothing processes L1 requests any more. Once the oldest one expires (the rollup's priority expiry,
in L1 blocks), any user gets their funds out with L1 alone:
  go run ./cmd/zkrollup wallet --dev 0 exodus --check --deployment %[1]s
  go run ./cmd/zkrollup wallet --dev 0 exodus --deployment %[1]s
(no request waiting? `+"`wallet --dev 0 exodus --request-exit --deployment %[1]s`"+` makes one)
`, filepath.Join(nc.DataDir, "deployment.json"))
	<-ctx.Done()
	return nil
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// depositDevAccounts waits for the node's API, then has every dev account
// deposit on L1 through the wallet, as a user would.
func depositDevAccounts(ctx context.Context, apiAddr string, chain *L1, devs []node.DevAccount, amount *big.Int, dusd common.Address, dusdAmount *big.Int, register bool, errc chan error) error {
	if len(devs) == 0 || amount == nil || amount.Sign() == 0 {
		return nil
	}
	var l2 *api.Client
	for {
		c, err := api.Dial(ctx, "http://"+apiAddr)
		if err == nil {
			if _, err = c.Params(ctx); err == nil {
				l2 = c
				break
			}
			c.Close()
		}
		select {
		case err := <-errc:
			errc <- err
			return fmt.Errorf("the node stopped before it served: %w", err)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	defer l2.Close()
	// Each account deposits from its own address: all at once.
	errs := make(chan error, len(devs))
	for _, d := range devs {
		go func() {
			w, err := wallet.New(ctx, wallet.Keys{L1: d.L1, L2: d.L2}, chain.Client, l2)
			if err == nil {
				_, err = w.Deposit(ctx, api.Token{ID: 0, Symbol: "ETH"}, amount)
			}
			if err == nil && dusdAmount != nil && dusdAmount.Sign() > 0 { // to trade ETH/DUSD at once
				_, err = w.Deposit(ctx, api.Token{ID: 1, Symbol: "DUSD", Address: dusd}, dusdAmount)
			}
			if err == nil && register {
				err = registerWhenDeposited(ctx, w)
			}
			if err != nil {
				err = fmt.Errorf("dev account %s deposit: %w", d.Address, err)
			}
			errs <- err
		}()
	}
	for range devs {
		if err := <-errs; err != nil {
			return err
		}
	}
	return nil
}

// DevMarket is the exchange's market on a dev network: ETH/DUSD.
var DevMarket = orderflow.Market{ID: 1, Symbol: "ETH/DUSD", Base: 0, Quote: 1, LotSize: 1e15, TickSize: 1e13,
	TakerFeeBips: 10, MakerFeeBips: 5, MaxPrice: 10_000_000, MaxQty: 50_000}

// registerWhenDeposited waits (2 minutes at most) until the wallet's
// account exists on L2, then registers its L2 key (free on a dev network).
func registerWhenDeposited(ctx context.Context, w *wallet.Wallet) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		a, err := w.L2.Account(ctx, w.Address(), "pending")
		if err == nil && a != nil {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("dev account %s: its deposit did not reach L2 in 2 minutes", w.Address())
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	if ok, err := w.Registered(ctx); err != nil || ok {
		return err
	}
	if _, err := w.RegisterWithFee(ctx, new(big.Int)); err != nil {
		return fmt.Errorf("dev account %s: register: %w", w.Address(), err)
	}
	return nil
}
