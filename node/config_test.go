package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
