package layering

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The lines of the design's "Layout" that must never be crossed, each a
// test of the transitive import closure.

var (
	// sqlDrivers are the database drivers this module could link.
	sqlDrivers = []string{
		"modernc.org/sqlite/...",
		"github.com/jackc/pgx/...",
		"github.com/lib/pq/...",
		"github.com/mattn/go-sqlite3/...",
	}
	// l1Clients talk to an L1 node, or are one. go-ethereum's common and
	// crypto (secp256k1, keccak) are not clients: the rules use them for
	// addresses and ChangePubKey's L1 authorisation.
	l1Clients = []string{
		"github.com/ethereum/go-ethereum/ethclient/...", // also ethclient/simulated
		"github.com/ethereum/go-ethereum/rpc/...",
		"github.com/ethereum/go-ethereum/accounts/abi/bind/...",
		"github.com/ethereum/go-ethereum/node/...",
		"github.com/ethereum/go-ethereum/eth/...",
		"github.com/ethereum/go-ethereum/p2p/...",
	}
	networkClients = []string{
		"google.golang.org/grpc/...",
		"github.com/nats-io/...",
	}
)

// rulePackages know nothing of SQL, networks, NATS or L1 clients. Each must
// exist except those marked as not written yet.
var rulePackages = []struct {
	pattern string
	future  bool
}{
	{"rollup/...", false},
	{"state/...", false},
	{"crypto/...", false},
	{"num/...", false},
	{"circuit/...", false},
	{"match/...", false},      // the matching engine
	{"marketdata/...", false}, // market data from the engine's events
}

var rulesBan = ban{
	anywhere: concat(sqlDrivers, l1Clients, networkClients, ours(
		"store/...",
		"api/...", "proverpb/...", "proverserver/...", "proverworker/...",
		"l1/...", "l1watcher/...", "txsender/...", "contracts/gen/...",
	)),
	fromOurs: []string{"database/sql/...", "net/...", "crypto/tls/..."},
	// Value types and parsers, no I/O.
	except: []string{"net/url", "net/netip"},
}

func TestRulesImportNoSQLNetworkOrL1Client(t *testing.T) {
	g := load(t)
	for _, r := range rulePackages {
		found := false
		for _, p := range g.ours {
			if !matches(r.pattern, p) {
				continue
			}
			found = true
			for _, c := range g.chains(module+"/"+p, g.imports[module+"/"+p], rulesBan) {
				t.Errorf("%s must know nothing of SQL, networks, NATS or L1 clients: %s", p, format(c))
			}
		}
		if !found && !r.future {
			t.Errorf("no package matches %s: the rule guards nothing; update rulePackages", r.pattern)
		}
	}
}

// The prover worker is stateless: neither it nor what `zkrollup prover`
// pulls in for it (cmd/zkrollup/prover.go's imports) reaches store or a
// database driver.
var statelessBan = ban{
	anywhere: concat(sqlDrivers, ours("store/...")),
	fromOurs: []string{"database/sql/..."},
}

// proverCommand is the file of cmd/zkrollup that runs `zkrollup prover`.
const proverCommand = "cmd/zkrollup/prover.go"

// knownViolations are crossings that exist today and are reported, not yet
// fixed, keyed "start ⇒ banned package". The test fails when one is gone,
// so the list only shrinks.
var knownViolations = map[string]string{
	// cmd/zkrollup/prover.go → node → store: prover.go imports node only
	// for node.Logger (one slog.New line); moving the logger below node
	// removes this entry.
	proverCommand + " ⇒ store": "zkrollup prover imports node only for node.Logger",
}

func TestProverWorkerIsStateless(t *testing.T) {
	g := load(t)
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(g.root, proverCommand), nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var direct []string
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		direct = append(direct, path)
	}
	seen := map[string]bool{}
	check := func(start string, direct []string) {
		for _, c := range g.chains(module+"/"+start, direct, statelessBan) {
			key := start + " ⇒ " + format(c[len(c)-1:])
			if reason, ok := knownViolations[key]; ok {
				seen[key] = true
				t.Logf("known, not yet fixed (%s): %s", reason, format(c))
				continue
			}
			t.Errorf("%s must be stateless (no store, no database driver): %s", start, format(c))
		}
	}
	check("proverworker", g.imports[module+"/proverworker"])
	check(proverCommand, direct)
	for key := range knownViolations {
		if !seen[key] {
			t.Errorf("known violation %q is gone: remove it from knownViolations", key)
		}
	}
}

// aboveNode are the packages that may import node: the binaries and the
// end-to-end tests. Everything else is below it.
var aboveNode = []string{"devnet", "cmd/...", "e2e/..."}

func TestNothingBelowNodeImportsNodeOrCmd(t *testing.T) {
	g := load(t)
	b := ban{anywhere: ours("node/...", "cmd/...")}
	for _, p := range g.ours {
		if p == "node" || matchesAny(aboveNode, p) {
			continue
		}
		for _, c := range g.chains(module+"/"+p, g.imports[module+"/"+p], b) {
			t.Errorf("%s is below node and must not import node or cmd: %s", p, format(c))
		}
	}
}

// matchesAny reports whether a short package name matches a short pattern.
func matchesAny(patterns []string, p string) bool {
	for _, pat := range patterns {
		if matches(pat, p) {
			return true
		}
	}
	return false
}

func concat(lists ...[]string) []string {
	var all []string
	for _, l := range lists {
		all = append(all, l...)
	}
	return all
}

// TestChainsNameTheImportToCut checks the walk itself on a small graph: the
// shortest chain, through third-party code for packages banned anywhere,
// and only from our code for standard packages banned from ours.
func TestChainsNameTheImportToCut(t *testing.T) {
	m := func(s string) string { return module + "/" + s }
	g := &graph{imports: map[string][]string{
		m("rollup"):          {m("state"), "example.com/lib"},
		m("state"):           {m("state/kv"), m("store")},
		m("state/kv"):        {"example.com/lib", "net"},
		m("store"):           {"database/sql", "modernc.org/sqlite"},
		"example.com/lib":    {"net/http", "google.golang.org/grpc/codes"},
		"net/http":           {"net"},
		"modernc.org/sqlite": {"database/sql"},
	}}
	var got []string
	for _, c := range g.chains(m("rollup"), g.imports[m("rollup")], rulesBan) {
		got = append(got, format(c))
	}
	want := []string{
		"rollup → state → store",
		"rollup → example.com/lib → google.golang.org/grpc/codes",
		"rollup → state → state/kv → net",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
