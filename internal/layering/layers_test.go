package layering

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// architecture is the file whose diagram is the layer order.
const architecture = "docs/ARCHITECTURE.md"

// layersHeading introduces the diagram: a fenced block, top layer first,
// one line per layer: package names (a name ending in "/..." stands for
// the package and those below it), three or more spaces, a description.
const layersHeading = "Layers (a package imports only packages below it):"

// layer is one line of the diagram.
type layer struct {
	rank  int      // 0 = bottom
	names []string // short names or patterns
	line  string
}

func parseLayers(doc string) ([]layer, error) {
	_, after, ok := strings.Cut(doc, layersHeading)
	if !ok {
		return nil, fmt.Errorf("%s has no line %q", architecture, layersHeading)
	}
	parts := strings.SplitN(after, "```", 3)
	if len(parts) < 3 || strings.TrimSpace(parts[0]) != "" {
		return nil, fmt.Errorf("%s: no fenced block right after %q", architecture, layersHeading)
	}
	sep := regexp.MustCompile(`\s{3,}`)
	var lines []string
	for _, l := range strings.Split(parts[1], "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	layers := make([]layer, len(lines))
	for i, l := range lines {
		names := strings.Fields(sep.Split(strings.TrimSpace(l), 2)[0])
		layers[i] = layer{rank: len(lines) - 1 - i, names: names, line: strings.TrimSpace(l)}
	}
	return layers, nil
}

// TestPackagesImportOnlyLowerLayers: every package of the module is on
// exactly one line of the diagram, every name there is a package, and no
// package imports one on its own line or above.
func TestPackagesImportOnlyLowerLayers(t *testing.T) {
	g := load(t)
	doc, err := os.ReadFile(filepath.Join(g.root, architecture))
	if err != nil {
		t.Fatal(err)
	}
	layers, err := parseLayers(string(doc))
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]layer{}
	used := map[string]bool{}
	for _, p := range g.ours {
		var on []layer
		for _, l := range layers {
			for _, name := range l.names {
				if matches(name, p) {
					on = append(on, l)
					used[name] = true
				}
			}
		}
		switch len(on) {
		case 0:
			t.Errorf("package %s is on no line of the layer diagram in %s: add it above what it imports", p, architecture)
		case 1:
			of[p] = on[0]
		default:
			t.Errorf("package %s is on %d lines of the layer diagram in %s; keep one", p, len(on), architecture)
		}
	}
	for _, l := range layers {
		for _, name := range l.names {
			if !used[name] {
				t.Errorf("the layer diagram in %s names %s, which is no package of this module", architecture, name)
			}
		}
	}
	for _, p := range g.ours {
		from, ok := of[p]
		if !ok {
			continue
		}
		for _, imp := range g.imports[module+"/"+p] {
			if !isOurs(imp) {
				continue
			}
			to, ok := of[short(imp)]
			if !ok || to.rank < from.rank {
				continue
			}
			where := "above it"
			if to.rank == from.rank {
				where = "on the same line"
			}
			t.Errorf("%s → %s climbs: %s imports only packages below it, and %s is %s (%s)\n  %q\n  %q",
				p, short(imp), p, short(imp), where, architecture, from.line, to.line)
		}
	}
}
