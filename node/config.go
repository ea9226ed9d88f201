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
	DevAccounts  int      `toml:"dev_accounts"` // fund this many dev accounts at genesis (until the L1 loop exists)
}

// Default is every default, in one place.
func Default() Config {
	return Config{
		DataDir:      "data",
		Profile:      "dev",
		Components:   []string{"api", "sequencer"},
		Operator:     "0x000000000000000000000000000000000000dEaD",
		APIAddr:      "127.0.0.1:3030",
		MaxBodyBytes: 1 << 20,
		Tick:         Duration{50 * time.Millisecond},
		BlockTimeout: Duration{time.Second},
		MempoolMax:   100_000,
		DevAccounts:  0,
	}
}

// Params is the protocol shape of the profile.
func (c Config) Params() (rollup.Params, error) {
	switch c.Profile {
	case "test":
		return rollup.TestParams, nil
	case "dev":
		return rollup.DevParams, nil
	case "prod":
		return rollup.ProdParams, nil
	}
	return rollup.Params{}, fmt.Errorf("unknown profile %q: test, dev or prod", c.Profile)
}

var knownComponents = []string{"api", "sequencer"}

// Check reports the first setting that cannot work.
func (c Config) Check() error {
	if _, err := c.Params(); err != nil {
		return err
	}
	if c.DataDir == "" {
		return errors.New("data_dir is empty")
	}
	for _, comp := range c.Components {
		if !slices.Contains(knownComponents, comp) {
			return fmt.Errorf("unknown component %q: this node has %s", comp, strings.Join(knownComponents, ", "))
		}
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
	return nil
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
	timeout := fs.String("block-timeout", "", "seal a non-empty block after this long (default "+c.BlockTimeout.String()+")")
	dev := fs.Int("dev-accounts", -1, "fund this many dev accounts at genesis")
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
		set("DEV_ACCOUNTS", devFlag, func(v string) (err error) { c.DevAccounts, err = strconv.Atoi(v); return }),
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
	return c, c.Check()
}
