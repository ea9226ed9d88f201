package node

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeesAreZeroOnlyWhereNothingCosts: unless set, fees are quoted on a
// node that publishes to an L1 (at the L1's gas price), and zero on the
// test profile and on a node without an L1; a configured gas price or
// fees = "quote" charges anywhere, and "quote" needs a price source.
func TestFeesAreZeroOnlyWhereNothingCosts(t *testing.T) {
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	if err := os.WriteFile(dep, []byte(`{"rollup": "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81", "block": 7}`), 0o644); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string {
		return map[string]string{"ZKROLLUP_OPERATOR_KEY": "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"}[k]
	}
	withL1 := []string{"--components", "api,sequencer,watcher,aggregator,prover", "--l1-url", "http://127.0.0.1:8545", "--deployment", dep}
	for _, c := range []struct {
		name     string
		args     []string
		zero     bool
		gasPrice string // "": read from the L1
		refused  string // in Load's error
	}{
		{name: "no L1: zero", args: nil, zero: true},
		{name: "an L1: quoted at its price", args: withL1},
		{name: "the test profile: zero", args: append([]string{"--profile", "test"}, withL1...), zero: true},
		{name: "the test profile with fees = quote", args: append([]string{"--profile", "test", "--fees", "quote"}, withL1...)},
		{name: "a configured price charges without an L1", args: []string{"--fee-gas-price-gwei", "1.5"}, gasPrice: "1500000000"},
		{name: "zero asked for with an L1", args: append([]string{"--fees", "zero"}, withL1...), zero: true},
		{name: "quote without an L1 or a price", args: []string{"--fees", "quote"}, refused: "fee_gas_price_gwei"},
		{name: "an unknown mode", args: []string{"--fees", "free"}, refused: "quote or zero"},
		{name: "a fraction of a wei", args: []string{"--fee-gas-price-gwei", "0.0000000001"}, refused: "whole number of wei"},
		{name: "a price for ETH", args: append([]string{"--fee-token-prices", "0=2"}, withL1...), refused: "token 0 is ETH"},
		{name: "a price for no token id", args: append([]string{"--fee-token-prices", "dai=2"}, withL1...), refused: "not a token id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := Load(append([]string{"--data-dir", dir}, c.args...), env)
			if c.refused != "" {
				if err == nil || !strings.Contains(err.Error(), c.refused) {
					t.Fatalf("error %v, want one mentioning %q", err, c.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			fc, err := cfg.FeeConfig()
			if err != nil {
				t.Fatal(err)
			}
			if fc.Zero != c.zero {
				t.Fatalf("zero = %v, want %v", fc.Zero, c.zero)
			}
			if got := fc.GasPrice; !c.zero && (c.gasPrice == "" && got != nil || c.gasPrice != "" && (got == nil || got.String() != c.gasPrice)) {
				t.Fatalf("gas price %v, want %q", got, c.gasPrice)
			}
		})
	}
}

// TestFeeTokenPricesFromFileEnvAndFlags: a token's price is wei per
// smallest unit, fractions allowed; the flag replaces the file's list.
func TestFeeTokenPricesFromFileEnvAndFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "node.toml")
	if err := os.WriteFile(file, []byte("fee_gas_price_gwei = \"2\"\n[fee_token_prices]\n1 = \"0.0004\"\n2 = \"400000000\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	noEnv := func(string) string { return "" }
	cfg, err := Load([]string{"--config", file}, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := cfg.FeeConfig()
	if err != nil {
		t.Fatal(err)
	}
	if fc.TokenPrices[1].Cmp(big.NewRat(4, 10000)) != 0 || fc.TokenPrices[2].Cmp(big.NewRat(4e8, 1)) != 0 || len(fc.TokenPrices) != 2 {
		t.Fatalf("prices %v", fc.TokenPrices)
	}
	cfg, err = Load([]string{"--config", file, "--fee-token-prices", "3=1/3"}, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if fc, _ = cfg.FeeConfig(); len(fc.TokenPrices) != 1 || fc.TokenPrices[3].Cmp(big.NewRat(1, 3)) != 0 {
		t.Fatalf("flag prices %v", fc.TokenPrices)
	}
}
