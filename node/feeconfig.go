package node

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/zkrollup/zkrollup/fees"
)

// FeesZero reports whether every fee quote is zero: fees = "zero", or
// fees unset on the test profile, or on a node without an L1 (it publishes
// and proves nothing) unless fee_gas_price_gwei is set.
func (c Config) FeesZero() bool {
	switch c.Fees {
	case "zero":
		return true
	case "quote":
		return false
	}
	return c.FeeGasPriceGwei == "" && (c.Profile == "test" || !c.hasL1())
}

// hasL1 reports whether the node runs a component that talks to the L1.
func (c Config) hasL1() bool { return c.Has("watcher") || c.Has("aggregator") }

// FeeConfig is the fee quoter's configuration.
func (c Config) FeeConfig() (fees.Config, error) {
	if c.Fees != "" && c.Fees != "quote" && c.Fees != "zero" {
		return fees.Config{}, fmt.Errorf("fees %q: quote or zero", c.Fees)
	}
	if c.FeesZero() {
		return fees.Config{Zero: true}, nil
	}
	fc := fees.Default()
	fc.PubdataGasPerByte, fc.ProveGas, fc.ExecuteGas, fc.CommitGas = c.FeePubdataGas, c.FeeProveGas, c.FeeExecuteGas, c.FeeCommitGas
	fc.Tolerance, fc.Refresh = c.FeeTolerance, c.FeePoll.Duration
	var err error
	if c.FeeGasPriceGwei != "" {
		if fc.GasPrice, err = gweiToWei(c.FeeGasPriceGwei); err != nil {
			return fc, fmt.Errorf("fee_gas_price_gwei: %w", err)
		}
	} else if !c.hasL1() {
		return fc, errors.New(`fees = "quote" needs an L1 gas price: set fee_gas_price_gwei, run the watcher or the aggregator (the L1's price), or set fees = "zero"`)
	}
	if fc.ProvingWeiPerSlot, err = wei("fee_proving_wei", c.FeeProvingWei); err != nil {
		return fc, err
	}
	if fc.FloorWei, err = wei("fee_floor_wei", c.FeeFloorWei); err != nil {
		return fc, err
	}
	fc.TokenPrices = map[uint16]*big.Rat{}
	for id, v := range c.FeeTokenPrices {
		n, err := strconv.ParseUint(id, 10, 16)
		if err != nil {
			return fc, fmt.Errorf("fee_token_prices: %q is not a token id", id)
		}
		p, ok := new(big.Rat).SetString(v)
		if !ok {
			return fc, fmt.Errorf("fee_token_prices: token %s: %q is not a number of wei per smallest unit", id, v)
		}
		fc.TokenPrices[uint16(n)] = p
	}
	if err := fc.Check(); err != nil {
		return fc, fmt.Errorf("fees: %w", err)
	}
	return fc, nil
}

// wei reads a whole number of wei (empty: none).
func wei(name, v string) (*big.Int, error) {
	if v == "" {
		return nil, nil
	}
	b, ok := new(big.Int).SetString(v, 10)
	if !ok {
		return nil, fmt.Errorf("%s %q is not a whole number of wei", name, v)
	}
	return b, nil
}

// gweiToWei reads a decimal number of gwei ("1.5") as whole wei.
func gweiToWei(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a non-negative number of gwei", s)
	}
	r.Mul(r, big.NewRat(1_000_000_000, 1))
	if !r.IsInt() {
		return nil, fmt.Errorf("%s gwei is not a whole number of wei", s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// parsePrices reads ID=PRICE,... (the flag and environment form of
// fee_token_prices).
func parsePrices(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range strings.Split(s, ",") {
		id, price, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok || id == "" || price == "" {
			return nil, fmt.Errorf("%q: want TOKEN_ID=WEI_PER_UNIT", kv)
		}
		out[id] = price
	}
	return out, nil
}
