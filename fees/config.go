package fees

import (
	"errors"
	"fmt"
	"math/big"
	"time"
)

// The defaults, from the measurements in docs/BENCHMARKS.md ("L1 gas of the
// rollup contract", one block per L1 transaction, as the aggregator sends
// proofs when they finish one at a time).
const (
	// DefaultPubdataGasPerByte is EIP-7623's calldata floor for a non-zero
	// byte (4 tokens of 10 gas), which binds the commit: a 4,096-slot
	// commit measured 715 gas per 18-byte transfer, 40 a byte.
	DefaultPubdataGasPerByte = 40
	// DefaultProveGas is proveBlocks carrying one block (264,969 gas with
	// the batch verifier; each further block in the same call adds 60,668:
	// `go test -run TestGasReport -v ./l1/`).
	DefaultProveGas = 264_969
	// DefaultExecuteGas is executeBlocks carrying one block of transfers.
	DefaultExecuteGas = 40_172
	// DefaultCommitGas is commitBlocks carrying one block, less its
	// transfers' pubdata: 67,421 gas at 4 slots minus 4 × 612 a transfer
	// (the slope between the 4- and 64-slot commits).
	DefaultCommitGas = 65_000
	// DefaultTolerance: a fee this many percent below the current quote
	// is still accepted (the L1 gas price moves between quote and submit).
	DefaultTolerance = 10
	// DefaultRefresh is how often the L1 gas price is read (an L1 block).
	DefaultRefresh = 12 * time.Second
)

// DefaultProvingWeiPerSlot is the proving cost of one slot: one prover
// worker on a 2-vCPU machine proved 10.5 dev blocks of 4 slots a minute
// (docs/BENCHMARKS.md, "The prover cluster"), 42 slots a minute; at an
// assumed $0.10 an hour for such a machine and $2,500 an ETH that is
// 1.59e10 wei a slot, rounded to 16 gwei. The machine price and the ETH
// price are assumptions, not measurements: configure your own.
var DefaultProvingWeiPerSlot = big.NewInt(16_000_000_000)

// Config is how the quoter prices.
type Config struct {
	// Zero makes every quote zero and lets any token pay (dev networks
	// and tests). The other fields are then unused.
	Zero bool
	// GasPrice is the L1 gas price in wei; nil reads it from the L1
	// (latest base fee plus the suggested tip) every Refresh.
	GasPrice *big.Int
	// PubdataGasPerByte is the L1 gas of one byte of an operation's pubdata.
	PubdataGasPerByte uint64
	// ProveGas, ExecuteGas and CommitGas are a block's L1 gas besides its
	// pubdata; each slot pays its share (their sum / the block's slots).
	ProveGas, ExecuteGas, CommitGas uint64
	// ProvingWeiPerSlot is the prover's cost of one slot, in wei.
	ProvingWeiPerSlot *big.Int
	// FloorWei is the least quote in wei, before conversion (nil or zero: none).
	FloorWei *big.Int
	// TokenPrices is the price in wei of one smallest unit of each token
	// that may pay fees besides ETH (token 0, whose price is 1). A token
	// with none is refused as a fee token (ErrNoPrice).
	TokenPrices map[uint16]*big.Rat
	// Tolerance is how many percent below the quote a fee may be.
	Tolerance uint64
	// Refresh is how often the L1 gas price is read (GasPrice nil).
	Refresh time.Duration
}

// Default is the quoter's default: prices from the L1, costs as measured.
func Default() Config {
	return Config{PubdataGasPerByte: DefaultPubdataGasPerByte, ProveGas: DefaultProveGas, ExecuteGas: DefaultExecuteGas,
		CommitGas: DefaultCommitGas, ProvingWeiPerSlot: new(big.Int).Set(DefaultProvingWeiPerSlot),
		Tolerance: DefaultTolerance, Refresh: DefaultRefresh}
}

// Check reports the first setting that cannot work.
func (c Config) Check() error {
	if c.Zero {
		return nil
	}
	if c.Tolerance >= 100 {
		return fmt.Errorf("fee tolerance %d%%: it must be below 100%%", c.Tolerance)
	}
	for name, v := range map[string]*big.Int{"gas price": c.GasPrice, "proving cost per slot": c.ProvingWeiPerSlot, "fee floor": c.FloorWei} {
		if v != nil && v.Sign() < 0 {
			return fmt.Errorf("%s %s is negative", name, v)
		}
	}
	if c.GasPrice == nil && c.Refresh <= 0 {
		return errors.New("the L1 gas price is read every Refresh: it must be positive")
	}
	for token, p := range c.TokenPrices {
		switch {
		case token == 0:
			return errors.New("token 0 is ETH, whose price is 1 wei: list only ERC-20 prices")
		case p == nil || p.Sign() <= 0:
			return fmt.Errorf("token %d: its price must be a positive number of wei per smallest unit", token)
		}
	}
	return nil
}
