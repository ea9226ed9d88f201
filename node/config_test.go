package node

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/orderflow"
)

func TestConfigDefaultsFileEnvFlagsInThatOrder(t *testing.T) {
	noEnv := func(string) string { return "" }
	c, err := Load([]string{"--data-dir", "/tmp/x"}, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	for path, got := range map[string]any{
		"profile": c.Profile, "components": strings.Join(c.Components, ","), "api_addr": c.APIAddr,
		"tick": c.Tick.Duration, "block_timeout": c.BlockTimeout.Duration, "max_body_bytes": c.MaxBodyBytes,
		"mempool_max": c.MempoolMax, "dev_accounts": c.DevAccounts, "postgres_url": c.PostgresURL,
	} {
		want := map[string]any{
			"profile": "dev", "components": "api,sequencer", "api_addr": "127.0.0.1:3030",
			"tick": 50 * time.Millisecond, "block_timeout": time.Second, "max_body_bytes": 1 << 20,
			"mempool_max": 100_000, "dev_accounts": 0, "postgres_url": "",
		}[path]
		if got != want {
			t.Errorf("default %s = %v, want %v", path, got, want)
		}
	}
	file := filepath.Join(t.TempDir(), "node.toml")
	if err := os.WriteFile(file, []byte("profile = \"test\"\ntick = \"20ms\"\napi_addr = \"127.0.0.1:1\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string {
		return map[string]string{"ZKROLLUP_TICK": "30ms", "ZKROLLUP_API_ADDR": "127.0.0.1:2"}[k]
	}
	c, err = Load([]string{"--config", file, "--api-addr", "127.0.0.1:3"}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Profile != "test" || c.Tick.Duration != 30*time.Millisecond || c.APIAddr != "127.0.0.1:3" {
		t.Fatalf("file < env < flags not honoured: %+v", c)
	}
	if err := os.WriteFile(file, []byte("tik = \"20ms\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load([]string{"--config", file}, noEnv); err == nil || !strings.Contains(err.Error(), "unknown keys") {
		t.Fatalf("a misspelt key: %v", err)
	}
	if _, err := Load([]string{"--profile", "huge"}, noEnv); err == nil {
		t.Fatal("unknown profile accepted")
	}
	if _, err := Load([]string{"--components", "api"}, noEnv); err == nil {
		t.Fatal("api without the sequencer accepted")
	}
}

// The L1 components: a deployment file fills the contract and its block,
// the operator's key (from the environment only) names the operator, and
// settings that cannot work are refused with what to set.
func TestConfigForTheL1Components(t *testing.T) {
	dep := filepath.Join(t.TempDir(), "deployment.json")
	if err := os.WriteFile(dep, []byte(`{"rollup": "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81", "block": 7}`), 0o644); err != nil {
		t.Fatal(err)
	}
	const key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // anvil's first account
	env := func(k string) string { return map[string]string{"ZKROLLUP_OPERATOR_KEY": key}[k] }
	all := "api,sequencer,watcher,aggregator,prover"
	c, err := Load([]string{"--data-dir", "/tmp/x", "--components", all, "--l1-url", "http://127.0.0.1:8545", "--deployment", dep}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Contract != "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81" || c.DeployBlock != 7 {
		t.Fatalf("deployment not read: contract %s block %d", c.Contract, c.DeployBlock)
	}
	if c.Operator != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Fatalf("operator %s, want the key's address", c.Operator)
	}
	if c.KeysDir != filepath.Join("/tmp/x", "keys", "dev") {
		t.Fatalf("keys dir %s", c.KeysDir)
	}
	noEnv := func(string) string { return "" }
	for _, bad := range []struct {
		args []string
		env  func(string) string
		want string
	}{
		{[]string{"--components", all, "--deployment", dep}, env, "l1_url"},
		{[]string{"--components", all, "--l1-url", "http://x", "--deployment", dep}, noEnv, "ZKROLLUP_OPERATOR_KEY"},
		{[]string{"--components", "sequencer,aggregator", "--l1-url", "http://x", "--deployment", dep}, env, "nothing proves"},
		{[]string{"--components", "sequencer,prover", "--l1-url", "http://x", "--deployment", dep}, env, "with the aggregator"},
		{[]string{"--components", "sequencer,watcher", "--l1-url", "http://x", "--deployment", dep, "--dev-accounts", "2"}, noEnv, "deposit on L1"},
		{[]string{"--components", "sequencer,watcher", "--l1-url", "http://x", "--deployment", "/nonexistent.json"}, noEnv, "nonexistent"},
		{[]string{"--components", all, "--l1-url", "http://x", "--deployment", dep}, func(k string) string { return map[string]string{"ZKROLLUP_OPERATOR_KEY": "zz"}[k] }, "operator key"},
	} {
		if _, err := Load(bad.args, bad.env); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%v: error %v, want one mentioning %q", bad.args, err, bad.want)
		}
	}
}

// Every default, by its path in the TOML file: a new setting without a
// recorded default, or a default that moved, fails here.
func TestConfigDefaultsByPath(t *testing.T) {
	want := map[string]string{
		"data_dir": "data", "profile": "dev", "components": "[api sequencer]", "postgres_url": "",
		"operator": "0x000000000000000000000000000000000000dEaD", "api_addr": "127.0.0.1:3030", "max_body_bytes": "1048576",
		"tick": "50ms", "block_timeout": "1s", "mempool_max": "100000", "dev_accounts": "0",
		"l1_url": "", "deployment": "", "contract": "", "deploy_block": "0", "l1_chain_id": "0", "operator_key": "", "keys_dir": "",
		"l1_confirmations": "1", "l1_poll": "1s", "blocks_per_tx": "8", "batch_wait": "0s", "one_tx": "false", "max_proofs": "1", "max_fee_gwei": "500", "max_blob_fee_gwei": "100", "blob_capacity": "0", "slot_group": "0",
		"stuck_after": "1m0s", "prover_addr": "127.0.0.1:3040", "metrics_addr": "", "proof_attempts": "10",
		"l1_max_blocks": "1000", "gas_margin": "20",
		"proof_lease": "1m0s", "proof_heartbeat": "5s", "proof_backoff": "5s", "prover_poll": "200ms",
		"fees": "", "fee_gas_price_gwei": "", "fee_proving_wei": "16000000000", "fee_pubdata_gas": "40",
		"fee_prove_gas": "264969", "fee_execute_gas": "40172", "fee_commit_gas": "65000", "fee_floor_wei": "0",
		"fee_token_prices": "map[]", "fee_tolerance": "10", "fee_poll": "12s",
		"exchange": "false", "nats_url": "", "nats_listen": "", "nats_prefix": "",
	}
	var file bytes.Buffer
	if err := toml.NewEncoder(&file).Encode(Default()); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if _, err := toml.Decode(file.String(), &got); err != nil {
		t.Fatal(err)
	}
	for path, v := range got {
		w, ok := want[path]
		if !ok {
			t.Errorf("setting %s (default %v) has no recorded default here", path, v)
			continue
		}
		if g := fmt.Sprint(v); g != w {
			t.Errorf("default %s = %s, want %s", path, g, w)
		}
	}
	for path := range want {
		if _, ok := got[path]; !ok {
			t.Errorf("default %s is recorded here but the configuration has no such setting", path)
		}
	}
	if err := Default().Check(); err != nil {
		t.Errorf("the defaults do not pass Check: %v", err)
	}
}

// The lease is a liveness timeout: a heartbeat as long as the lease would
// lose every job while it is proven.
func TestConfigRefusesAHeartbeatAsLongAsTheLease(t *testing.T) {
	file := filepath.Join(t.TempDir(), "node.toml")
	if err := os.WriteFile(file, []byte("proof_lease = \"5s\"\nproof_heartbeat = \"5s\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load([]string{"--config", file}, func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "proof_heartbeat") {
		t.Fatalf("heartbeat = lease: %v, want a refusal naming proof_heartbeat", err)
	}
}

// A deployment records the params it was made for: a node whose profile
// has another shape is refused before it starts; a file written before
// params were recorded still works.
func TestConfigRefusesADeploymentOfAnotherShape(t *testing.T) {
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	test := `{"rollup": "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81", "block": 7,
		"params": {"AccountDepth": 6, "BalanceDepth": 4, "OrderDepth": 2, "BlockSlots": 4, "FeeTokenSlots": 2, "ChainID": 1337}}`
	if err := os.WriteFile(dep, []byte(test), 0o644); err != nil {
		t.Fatal(err)
	}
	noEnv := func(string) string { return "" }
	args := []string{"--data-dir", dir, "--components", "sequencer,watcher", "--l1-url", "http://x", "--deployment", dep}
	if _, err := Load(append(args, "--profile", "test"), noEnv); err != nil {
		t.Fatalf("the deployment's own profile: %v", err)
	}
	_, err := Load(append(args, "--profile", "dev"), noEnv)
	if !errors.Is(err, deploy.ErrParamsMismatch) || !strings.Contains(err.Error(), "AccountDepth 10, the deployment's 6") {
		t.Fatalf("another profile: got %v, want deploy.ErrParamsMismatch naming the depth", err)
	}
	// made before accounts had order trees (issue 17): its verifiers are
	// for another account leaf
	beforeOrders := `{"rollup": "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81", "block": 7,
		"params": {"AccountDepth": 6, "BalanceDepth": 4, "BlockSlots": 4, "FeeTokenSlots": 2, "ChainID": 1337}}`
	if err := os.WriteFile(dep, []byte(beforeOrders), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(append(args, "--profile", "test"), noEnv); !errors.Is(err, deploy.ErrParamsMismatch) || !strings.Contains(err.Error(), "OrderDepth 2, the deployment's 0") {
		t.Fatalf("a deployment without order trees: got %v, want deploy.ErrParamsMismatch naming the order depth", err)
	}
	old := `{"rollup": "0x6fF66708bA912148FbC7eba9b33c8adAe9132A81", "block": 7}`
	if err := os.WriteFile(dep, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(append(args, "--profile", "dev"), noEnv); err != nil {
		t.Fatalf("a deployment without params: %v", err)
	}
}

// TestExchangeSettings: the exchange needs the sequencer in its process
// and at least one market, each of which must settle (Market.Check).
func TestExchangeSettings(t *testing.T) {
	good := orderflow.Market{ID: 1, Symbol: "ETH/DAI", Base: 0, Quote: 1, LotSize: 10, TickSize: 1, MaxPrice: 100, MaxQty: 100}
	for _, tc := range []struct {
		components []string
		markets    []orderflow.Market
		want       string
	}{
		{[]string{"api"}, []orderflow.Market{good}, "sequencer"},
		{[]string{"api", "sequencer"}, nil, "no market"},
		{[]string{"api", "sequencer"}, []orderflow.Market{{ID: 1, Base: 0, Quote: 0, LotSize: 1, TickSize: 1, MaxPrice: 1, MaxQty: 1}}, "against itself"},
		{[]string{"api", "sequencer"}, []orderflow.Market{good}, ""},
	} {
		c := Default()
		c.Components, c.Exchange, c.Markets = tc.components, true, tc.markets
		err := c.Check()
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%v with %d markets: %v, want %q", tc.components, len(tc.markets), err, tc.want)
		}
	}
}
