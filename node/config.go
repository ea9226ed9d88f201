package node

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/proofqueue"
	"github.com/zkrollup/zkrollup/rollup"
)

// Duration is a time.Duration written as "50ms" in TOML and flags.
type Duration struct{ time.Duration }

// UnmarshalText parses "50ms", "1s", ...
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration as Go prints it.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// Config is the node's configuration.
type Config struct {
	DataDir      string   `toml:"data_dir"`
	Profile      string   `toml:"profile"` // test, dev or prod: the state and block shape
	Components   []string `toml:"components"`
	PostgresURL  string   `toml:"postgres_url"` // empty: SQLite in the data dir
	Operator     string   `toml:"operator"`     // L1 address owning the fee account (account 0)
	APIAddr      string   `toml:"api_addr"`
	MaxBodyBytes int      `toml:"max_body_bytes"`
	Tick         Duration `toml:"tick"`
	BlockTimeout Duration `toml:"block_timeout"`
	MempoolMax   int      `toml:"mempool_max"`
	DevAccounts  int      `toml:"dev_accounts"` // without an L1: fund this many dev accounts at genesis

	// The L1 side (components watcher, aggregator, prover).
	L1URL           string   `toml:"l1_url"`       // JSON-RPC of the L1 node
	Deployment      string   `toml:"deployment"`   // JSON written by `zkrollup deploy`: fills contract and deploy_block
	Contract        string   `toml:"contract"`     // the Rollup contract
	DeployBlock     uint64   `toml:"deploy_block"` // its deployment block: the watcher reads from there
	L1ChainID       uint64   `toml:"l1_chain_id"`  // the contract's L1 chain id (from the deployment file; checked against the L1 when the node dials it)
	OperatorKey     string   `toml:"operator_key"` // hex private key of the operator's L1 account (better: ZKROLLUP_OPERATOR_KEY)
	KeysDir         string   `toml:"keys_dir"`     // default: DATA_DIR/keys/PROFILE
	L1Confirmations uint64   `toml:"l1_confirmations"`
	L1Poll          Duration `toml:"l1_poll"`
	BlocksPerTx     int      `toml:"blocks_per_tx"`     // blocks per commit, prove or execute transaction
	BatchWait       Duration `toml:"batch_wait"`        // send a commit of fewer than blocks_per_tx blocks once its oldest block is this old, a proof batch once its first proof is (0: at once)
	OneTx           bool     `toml:"one_tx"`            // commit, prove and execute proven blocks in one L1 transaction (commitProveExecute) instead of three
	MaxProofs       int      `toml:"max_proofs"`        // proofs running at once
	MaxFeeGwei      uint64   `toml:"max_fee_gwei"`      // fee cap per gas of the operator's L1 transactions
	MaxBlobFeeGwei  uint64   `toml:"max_blob_fee_gwei"` // blob mode: fee cap per blob gas
	// BlobCapacity is blob mode (rollup.Params.BlobCapacity): the blob
	// circuit's elements; 0 takes the deployment's (calldata mode if it
	// records none).
	BlobCapacity int `toml:"blob_capacity"`
	// SlotGroup is typed slots (rollup.Params.SlotGroup, blob mode): in
	// each group of this many slots the first two take any operation, the
	// rest only transfers; 0 takes the deployment's.
	SlotGroup     int      `toml:"slot_group"`
	StuckAfter    Duration `toml:"stuck_after"`    // re-send an unmined L1 transaction with higher fees after this
	ProverAddr    string   `toml:"prover_addr"`    // the prover server's gRPC listen address (component proverserver)
	MetricsAddr   string   `toml:"metrics_addr"`   // Prometheus /metrics listen address; empty: none
	ProofAttempts int      `toml:"proof_attempts"` // attempts per proof request before it is left FAILED
	L1MaxBlocks   uint64   `toml:"l1_max_blocks"`  // L1 blocks the watcher reads per query
	GasMargin     uint64   `toml:"gas_margin"`     // percent added to the gas estimate of the operator's L1 transactions

	// The proof queue, shared by the in-process prover and the prover server.
	ProofLease     Duration `toml:"proof_lease"`     // a proof request whose prover sends no heartbeat for this long is taken again
	ProofHeartbeat Duration `toml:"proof_heartbeat"` // how often remote workers send heartbeats (the in-process prover: every proof_lease/4)
	ProofBackoff   Duration `toml:"proof_backoff"`   // the wait after a failed attempt; doubles per attempt
	ProverPoll     Duration `toml:"prover_poll"`     // how often an idle worker's request looks at the queue

	// Fees (package fees): the quote a transaction's fee must reach.
	Fees            string            `toml:"fees"`               // quote, zero, or empty: zero on the test profile and on a node without an L1 unless a gas price is set; quote otherwise
	FeeGasPriceGwei string            `toml:"fee_gas_price_gwei"` // L1 gas price of quotes (decimal gwei); empty: the L1's base fee + tip
	FeeProvingWei   string            `toml:"fee_proving_wei"`    // proving cost of one slot, in wei
	FeePubdataGas   uint64            `toml:"fee_pubdata_gas"`    // L1 gas of one pubdata byte
	FeeProveGas     uint64            `toml:"fee_prove_gas"`      // L1 gas of proving one block (proveBlocks)
	FeeExecuteGas   uint64            `toml:"fee_execute_gas"`    // L1 gas of executing one block
	FeeCommitGas    uint64            `toml:"fee_commit_gas"`     // L1 gas of committing one block, besides its pubdata
	FeeFloorWei     string            `toml:"fee_floor_wei"`      // the least quote, in wei
	FeeTokenPrices  map[string]string `toml:"fee_token_prices"`   // token id -> wei per smallest unit ("0.0004"); a token without one cannot pay fees
	FeeTolerance    uint64            `toml:"fee_tolerance"`      // percent below the quote still admitted
	FeePoll         Duration          `toml:"fee_poll"`           // how often the L1 gas price is read

	// The exchange (package orderflow): runs with the sequencer.
	Exchange   bool               `toml:"exchange"`    // run the matching engine and settle its fills
	NATSURL    string             `toml:"nats_url"`    // an external NATS server or cluster; empty: embedded, JetStream in DATA_DIR/exchange/nats
	NATSListen string             `toml:"nats_listen"` // the embedded server's client address for other processes (empty: this process only)
	NATSPrefix string             `toml:"nats_prefix"` // stream and subject prefix (default ZKR): several rollups on one NATS
	Markets    []orderflow.Market `toml:"markets"`     // the listed markets
}

// Default is every default, in one place.
func Default() Config {
	return Config{
		DataDir:      "data",
		Profile:      "dev",
		Components:   []string{"api", "sequencer"},
		Operator:     defaultOperator,
		APIAddr:      "127.0.0.1:3030",
		MaxBodyBytes: 1 << 20,
		Tick:         Duration{50 * time.Millisecond},
		BlockTimeout: Duration{time.Second},
		MempoolMax:   mempool.DefaultConfig.MaxTxs, // the pool's other bounds are mempool.DefaultConfig's
		DevAccounts:  0,

		L1Confirmations: 1,
		L1Poll:          Duration{time.Second},
		BlocksPerTx:     8,
		MaxProofs:       1,
		MaxFeeGwei:      500,
		MaxBlobFeeGwei:  100,
		StuckAfter:      Duration{time.Minute},
		ProverAddr:      "127.0.0.1:3040",
		ProofAttempts:   10,
		L1MaxBlocks:     1000,
		GasMargin:       20,

		// One lease for every prover, kept alive by heartbeats: it bounds how
		// long a dead prover's job waits, not how long a proof may take.
		ProofLease:     Duration{time.Minute},
		ProofHeartbeat: Duration{5 * time.Second},
		ProofBackoff:   Duration{5 * time.Second},
		ProverPoll:     Duration{200 * time.Millisecond},

		// The measured costs (docs/BENCHMARKS.md, package fees).
		FeeProvingWei:  fees.DefaultProvingWeiPerSlot.String(),
		FeePubdataGas:  fees.DefaultPubdataGasPerByte,
		FeeProveGas:    fees.DefaultProveGas,
		FeeExecuteGas:  fees.DefaultExecuteGas,
		FeeCommitGas:   fees.DefaultCommitGas,
		FeeFloorWei:    "0",
		FeeTokenPrices: map[string]string{}, // ETH only
		FeeTolerance:   fees.DefaultTolerance,
		FeePoll:        Duration{fees.DefaultRefresh},
	}
}

// Params is the protocol shape of the profile.
func (c Config) Params() (rollup.Params, error) {
	var p rollup.Params
	switch c.Profile {
	case "test":
		p = rollup.TestParams
	case "dev":
		p = rollup.DevParams
	case "prod":
		p = rollup.ProdParams
	default:
		return rollup.Params{}, fmt.Errorf("unknown profile %q: test, dev or prod", c.Profile)
	}
	p.BlobCapacity, p.SlotGroup = c.BlobCapacity, c.SlotGroup
	return p, nil
}

var knownComponents = []string{"api", "sequencer", "watcher", "aggregator", "prover", "proverserver"}

// defaultOperator is Default().Operator: an operator key replaces it.
const defaultOperator = "0x000000000000000000000000000000000000dEaD"

// Check reports the first setting that cannot work.
func (c Config) Check() error {
	if _, err := c.Params(); err != nil {
		return err
	}
	if c.Exchange {
		if !c.Has("sequencer") {
			return errors.New("exchange = true needs the sequencer component in the same process (it settles the fills)")
		}
		if len(c.Markets) == 0 {
			return errors.New("exchange = true lists no market: add [[markets]] entries")
		}
		for i := range c.Markets {
			if err := c.Markets[i].Check(); err != nil {
				return err
			}
		}
	}
	if c.DataDir == "" {
		return errors.New("data_dir is empty")
	}
	for _, comp := range c.Components {
		if !slices.Contains(knownComponents, comp) {
			return fmt.Errorf("unknown component %q: this node has %s", comp, strings.Join(knownComponents, ", "))
		}
	}
	if len(c.Components) == 0 {
		return errors.New("no components selected")
	}
	if (c.Has("watcher") || c.Has("aggregator")) && (c.L1URL == "" || !common.IsHexAddress(c.Contract)) {
		return errors.New("components watcher and aggregator need the L1: set l1_url and the contract (or a deployment file)")
	}
	if c.Has("aggregator") && c.OperatorKey == "" {
		return errors.New("component aggregator sends L1 transactions: set the operator's key (ZKROLLUP_OPERATOR_KEY)")
	}
	if c.Has("prover") && !c.Has("aggregator") {
		return errors.New("component prover is the aggregator's in-process prover: run it with the aggregator (remote provers: zkrollup prover against a proverserver)")
	}
	if c.Has("aggregator") && !c.Has("prover") && !c.Has("proverserver") && c.PostgresURL == "" {
		return errors.New("nothing proves the aggregator's blocks: add component prover (in process) or proverserver (remote provers); a proverserver in another process needs PostgreSQL")
	}
	if c.DevAccounts > 0 && c.Has("watcher") {
		return errors.New("dev_accounts funds accounts without an L1; with the watcher, deposit on L1 instead (zkrollup dev does)")
	}
	if c.BlocksPerTx < 1 || c.MaxProofs < 1 || c.ProofAttempts < 1 || c.L1Poll.Duration <= 0 || c.StuckAfter.Duration <= 0 || c.MaxFeeGwei == 0 {
		return errors.New("blocks_per_tx, max_proofs, proof_attempts, l1_poll, stuck_after and max_fee_gwei must be positive")
	}
	if c.L1MaxBlocks == 0 || c.ProofLease.Duration <= 0 || c.ProofHeartbeat.Duration <= 0 || c.ProofBackoff.Duration <= 0 || c.ProverPoll.Duration <= 0 {
		return errors.New("l1_max_blocks, proof_lease, proof_heartbeat, proof_backoff and prover_poll must be positive")
	}
	if c.BatchWait.Duration < 0 {
		return fmt.Errorf("batch_wait %s is negative", c.BatchWait)
	}
	if c.ProofHeartbeat.Duration >= c.ProofLease.Duration {
		return fmt.Errorf("proof_heartbeat %s must be shorter than proof_lease %s, or every job is taken again while it is proven", c.ProofHeartbeat, c.ProofLease)
	}
	if c.Has("api") && !c.Has("sequencer") {
		return errors.New("component api reads the state from the sequencer in the same process: run api,sequencer together")
	}
	if c.Tick.Duration <= 0 || c.BlockTimeout.Duration <= 0 {
		return errors.New("tick and block_timeout must be positive")
	}
	if !strings.HasPrefix(c.Operator, "0x") || len(c.Operator) != 42 {
		return fmt.Errorf("operator %q is not a 0x-prefixed 20-byte address", c.Operator)
	}
	if _, err := c.FeeConfig(); err != nil {
		return err
	}
	return nil
}

// proofRetry is how every prover's failed attempts are retried.
func (c Config) proofRetry() proofqueue.Retry {
	return proofqueue.Retry{MaxAttempts: c.ProofAttempts, Backoff: c.ProofBackoff.Duration}
}

// Has reports whether a component is selected.
func (c Config) Has(name string) bool { return slices.Contains(c.Components, name) }

// Load builds the configuration: defaults, then the TOML file named by
// --config, then ZKROLLUP_* variables, then flags.
func Load(args []string, getenv func(string) string) (Config, error) {
	c := Default()
	fs := flag.NewFlagSet("node", flag.ContinueOnError)
	file := fs.String("config", "", "TOML configuration file")
	dataDir := fs.String("data-dir", "", "data directory (default "+c.DataDir+")")
	profile := fs.String("profile", "", "state and block shape: test, dev or prod (default "+c.Profile+")")
	components := fs.String("components", "", "comma-separated components to run (default "+strings.Join(c.Components, ",")+")")
	pg := fs.String("postgres-url", "", "PostgreSQL URL (default: SQLite in the data directory)")
	apiAddr := fs.String("api-addr", "", "JSON-RPC listen address (default "+c.APIAddr+")")
	tick := fs.String("tick", "", "mini-block interval (default "+c.Tick.String()+")")
	timeout := fs.String("block-timeout", "", "seal a non-empty block after this long while it fits the smallest block shape, longer past it: × slots / smallest (default "+c.BlockTimeout.String()+")")
	batchWait := fs.String("batch-wait", "", "send a commit of fewer than blocks_per_tx blocks once its oldest block is this old, a proof batch once its first proof is (default "+c.BatchWait.String()+": at once)")
	oneTx := fs.String("one-tx", "", "true: commit, prove and execute proven blocks in one L1 transaction (once blocks_per_tx are proven or the oldest opened batch_wait ago) instead of three (default "+strconv.FormatBool(c.OneTx)+")")
	dev := fs.Int("dev-accounts", -1, "fund this many dev accounts at genesis (without an L1)")
	l1URL := fs.String("l1-url", "", "JSON-RPC URL of the L1 node")
	deployment := fs.String("deployment", "", "deployment JSON written by `zkrollup deploy`")
	keysDir := fs.String("keys-dir", "", "where the circuit keys are (default DATA_DIR/keys/PROFILE)")
	proverAddr := fs.String("prover-addr", "", "the prover server's gRPC listen address (default "+c.ProverAddr+")")
	metricsAddr := fs.String("metrics-addr", "", "serve Prometheus metrics on this address (/metrics)")
	feeMode := fs.String("fees", "", "quote (fees pay for what a transaction costs) or zero (free: dev networks); default: zero on the test profile or without an L1, quote otherwise")
	feeGas := fs.String("fee-gas-price-gwei", "", "L1 gas price of fee quotes (default: the L1's base fee + tip)")
	feePrices := fs.String("fee-token-prices", "", "tokens that may pay fees besides ETH, as ID=WEI_PER_UNIT,... (1=0.0004)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if *file != "" {
		md, err := toml.DecodeFile(*file, &c)
		if err != nil {
			return c, fmt.Errorf("config file %s: %w", *file, err)
		}
		if und := md.Undecoded(); len(und) > 0 {
			return c, fmt.Errorf("config file %s: unknown keys %v", *file, und)
		}
	}
	set := func(env string, flagVal string, apply func(string) error) error {
		for _, v := range []string{getenv("ZKROLLUP_" + env), flagVal} {
			if v != "" {
				if err := apply(v); err != nil {
					return fmt.Errorf("%s: %w", strings.ToLower(env), err)
				}
			}
		}
		return nil
	}
	str := func(dst *string) func(string) error { return func(v string) error { *dst = v; return nil } }
	dur := func(dst *Duration) func(string) error {
		return func(v string) error { return dst.UnmarshalText([]byte(v)) }
	}
	devFlag := ""
	if *dev >= 0 {
		devFlag = strconv.Itoa(*dev)
	}
	for _, err := range []error{
		set("DATA_DIR", *dataDir, str(&c.DataDir)),
		set("PROFILE", *profile, str(&c.Profile)),
		set("COMPONENTS", *components, func(v string) error { c.Components = strings.Split(v, ","); return nil }),
		set("POSTGRES_URL", *pg, str(&c.PostgresURL)),
		set("API_ADDR", *apiAddr, str(&c.APIAddr)),
		set("TICK", *tick, dur(&c.Tick)),
		set("BLOCK_TIMEOUT", *timeout, dur(&c.BlockTimeout)),
		set("BATCH_WAIT", *batchWait, dur(&c.BatchWait)),
		set("ONE_TX", *oneTx, func(v string) (err error) { c.OneTx, err = strconv.ParseBool(v); return }),
		set("DEV_ACCOUNTS", devFlag, func(v string) (err error) { c.DevAccounts, err = strconv.Atoi(v); return }),
		set("L1_URL", *l1URL, str(&c.L1URL)),
		set("DEPLOYMENT", *deployment, str(&c.Deployment)),
		set("KEYS_DIR", *keysDir, str(&c.KeysDir)),
		set("OPERATOR_KEY", "", str(&c.OperatorKey)),
		set("PROVER_ADDR", *proverAddr, str(&c.ProverAddr)),
		set("METRICS_ADDR", *metricsAddr, str(&c.MetricsAddr)),
		set("FEES", *feeMode, str(&c.Fees)),
		set("FEE_GAS_PRICE_GWEI", *feeGas, str(&c.FeeGasPriceGwei)),
		set("FEE_TOKEN_PRICES", *feePrices, func(v string) (err error) { c.FeeTokenPrices, err = parsePrices(v); return }),
	} {
		if err != nil {
			return c, err
		}
	}
	if !filepath.IsAbs(c.DataDir) {
		if abs, err := filepath.Abs(c.DataDir); err == nil {
			c.DataDir = abs
		}
	}
	if err := c.Resolve(); err != nil {
		return c, err
	}
	return c, c.Check()
}

// Resolve fills what other settings imply: the contract and its block
// from the deployment file, the operator's address from its key, the
// keys directory from the data directory.
func (c *Config) Resolve() error {
	if c.Deployment != "" {
		d, err := deploy.Load(c.Deployment)
		if err != nil {
			return err
		}
		if c.BlobCapacity == 0 && d.HasParams() {
			c.BlobCapacity = d.Params.BlobCapacity
		}
		if c.SlotGroup == 0 && d.HasParams() {
			c.SlotGroup = d.Params.SlotGroup
		}
		if p, err := c.Params(); err == nil { // an unknown profile is Check's to report
			if err := d.CheckParams(p); err != nil {
				return fmt.Errorf("deployment %s and profile %q: %w: run the node with the profile the deployment was made for", c.Deployment, c.Profile, err)
			}
		}
		if c.Contract == "" {
			c.Contract, c.DeployBlock = d.Rollup.Hex(), d.Block
		}
		if c.L1ChainID == 0 {
			c.L1ChainID = d.ChainID
		}
	}
	if c.OperatorKey != "" {
		k, err := ethcrypto.HexToECDSA(strings.TrimPrefix(c.OperatorKey, "0x"))
		if err != nil {
			return fmt.Errorf("operator key: %w", err)
		}
		addr := ethcrypto.PubkeyToAddress(k.PublicKey)
		if c.Operator != defaultOperator && !strings.EqualFold(c.Operator, addr.Hex()) {
			return fmt.Errorf("operator %s is not the operator key's address %s", c.Operator, addr)
		}
		c.Operator = addr.Hex()
	}
	if c.KeysDir == "" {
		c.KeysDir = filepath.Join(c.DataDir, "keys", c.Profile)
	}
	return nil
}

// marketTokens are the tokens the exchange's markets trade, besides ETH
// (dev accounts are funded with each).
func (c Config) marketTokens() []uint16 {
	if !c.Exchange {
		return nil
	}
	seen := map[uint16]bool{0: true}
	var out []uint16
	for _, m := range c.Markets {
		for _, t := range []uint16{m.Base, m.Quote} {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}
