package layering

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

const module = "github.com/zkrollup/zkrollup"

// graph is the import graph of every package the module's packages build
// from (tests excluded), as `go list -deps` reports it.
type graph struct {
	root    string              // the module's directory
	imports map[string][]string // import path → its direct imports
	ours    []string            // the module's packages, short names, sorted
}

var (
	loadOnce sync.Once
	loaded   *graph
	loadErr  error
)

// load runs `go list` once for all the tests of this package.
func load(t *testing.T) *graph {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = goList() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func goList() (*graph, error) {
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("go", "list", "-e", "-deps", "-json=ImportPath,Imports,Error", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, stderr.Bytes())
	}
	g := &graph{root: root, imports: map[string][]string{}}
	var broken []string
	for dec := json.NewDecoder(bytes.NewReader(out)); dec.More(); {
		var p struct {
			ImportPath string
			Imports    []string
			Error      *struct{ Err string }
		}
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("go list output: %w", err)
		}
		g.imports[p.ImportPath] = p.Imports
		if isOurs(p.ImportPath) {
			g.ours = append(g.ours, short(p.ImportPath))
			if p.Error != nil {
				broken = append(broken, p.ImportPath+": "+p.Error.Err)
			}
		}
	}
	if len(broken) > 0 {
		return nil, fmt.Errorf("go list cannot read every package:\n%s", strings.Join(broken, "\n"))
	}
	sort.Strings(g.ours)
	return g, nil
}

// moduleRoot is the directory of go.mod above the test's directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the test's directory")
		}
		dir = parent
	}
}

func isOurs(path string) bool { return path == module || strings.HasPrefix(path, module+"/") }

// short names a package of this module without the module path ("rollup").
func short(path string) string { return strings.TrimPrefix(strings.TrimPrefix(path, module), "/") }

// matches reports whether an import path is pattern or, for "x/...", x or
// a package below it. Patterns are full import paths.
func matches(pattern, path string) bool {
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == base || strings.HasPrefix(path, base+"/")
	}
	return path == pattern
}

// ours turns short patterns ("store", "contracts/gen/...") into full ones.
func ours(patterns ...string) []string {
	full := make([]string, len(patterns))
	for i, p := range patterns {
		full[i] = module + "/" + p
	}
	return full
}

// ban says which imports a set of packages must never reach.
type ban struct {
	// anywhere: banned wherever they appear in the closure.
	anywhere []string
	// fromOurs: banned where a package of this module imports them. These
	// are standard packages (net, database/sql) that the libraries we use
	// import for their own reasons (pebble's error reporter, go-ethereum's
	// common.Hash as an SQL value); what we forbid is our code using them.
	fromOurs []string
	// except: allowed although a pattern above matches them.
	except []string
}

func (b ban) forbids(importer, imported string) bool {
	for _, p := range b.except {
		if matches(p, imported) {
			return false
		}
	}
	for _, p := range b.anywhere {
		if matches(p, imported) {
			return true
		}
	}
	if !isOurs(importer) {
		return false
	}
	for _, p := range b.fromOurs {
		if matches(p, imported) {
			return true
		}
	}
	return false
}

// chains walks the import closure of from (a package, or a file whose
// direct imports are given) breadth first and returns, for each banned
// package it reaches, the shortest chain from → … → banned. The walk does
// not go on through a banned package: cutting it is the fix.
func (g *graph) chains(from string, direct []string, b ban) [][]string {
	prev := map[string]string{from: ""}
	hits := map[string][]string{}
	var order []string
	queue := []string{from}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		next := g.imports[x]
		if x == from {
			next = direct
		}
		for _, y := range next {
			if b.forbids(x, y) {
				if _, seen := hits[y]; !seen {
					hits[y] = append(pathTo(prev, x), y)
					order = append(order, y)
				}
				continue
			}
			if _, seen := prev[y]; !seen {
				prev[y] = x
				queue = append(queue, y)
			}
		}
	}
	sort.Strings(order)
	out := make([][]string, len(order))
	for i, y := range order {
		out[i] = hits[y]
	}
	return out
}

func pathTo(prev map[string]string, x string) []string {
	var p []string
	for ; x != ""; x = prev[x] {
		p = append(p, x)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// format writes a chain as a person reads it: "rollup → state → store".
func format(chain []string) string {
	names := make([]string, len(chain))
	for i, p := range chain {
		if isOurs(p) {
			names[i] = short(p)
		} else {
			names[i] = p
		}
	}
	return strings.Join(names, " → ")
}
