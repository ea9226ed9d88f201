package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/node"
)

func TestDemoRunsAndPrintsRoots(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"demo"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"== block 3 sealed", "rejected as expected", "TransferToNew", "final state root 0x"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}

func TestUnknownCommandAndBadFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"nope"}, &out, &errOut); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	errOut.Reset()
	if code := run([]string{"prover", "--profile", "huge"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "profile") {
		t.Errorf("prover with a bad profile: exit %d, stderr %q", code, errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"node", "--components", "api"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "together") {
		t.Errorf("node with api only: exit %d, stderr %q", code, errOut.String())
	}
	if code := run([]string{"demo", "--profile", "huge"}, &out, &errOut); code != 1 {
		t.Errorf("bad profile: exit %d, want 1", code)
	}
}

// The wallet's offline commands: create refuses to overwrite, import and
// address agree, options may come after the command, and bad input says
// what is wrong without touching the file.
func TestWalletKeyFile(t *testing.T) {
	file := t.TempDir() + "/w.json"
	var out, errOut bytes.Buffer
	const key = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" // anvil's second account
	if code := run([]string{"wallet", "import", key, "--wallet", file}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	out.Reset()
	if code := run([]string{"wallet", "--wallet", file, "address"}, &out, &errOut); code != 0 ||
		strings.TrimSpace(out.String()) != "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" {
		t.Fatalf("address: exit %d, %q %s", code, out.String(), errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"wallet", "create", "--wallet", file}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "already exists") {
		t.Fatalf("create over an existing wallet: exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"wallet", "import", "nothex", "--wallet", t.TempDir() + "/x.json"}, &out, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "private key") {
		t.Fatalf("bad key: exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"wallet", "--wallet", t.TempDir() + "/none.json", "balance"}, &out, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "wallet create") {
		t.Fatalf("missing wallet file: exit %d, %q", code, errOut.String())
	}
	out.Reset()
	if code := run([]string{"wallet", "--dev", "0", "address", "--json"}, &out, &errOut); code != 0 ||
		!strings.Contains(out.String(), `"address": "0x8665d9c672f6c46a0387a58d5d89773c83a2eaef"`) {
		t.Fatalf("dev address as JSON: exit %d, %q", code, out.String())
	}
}

// TestHelpListsTheNodesComponents: `zkrollup help` names every component
// `zkrollup node --components` accepts (the node's own error lists them).
func TestHelpListsTheNodesComponents(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"help"}, &out, &errOut); code != 0 {
		t.Fatalf("help: exit %d", code)
	}
	var line string
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "node ") {
			line = l
		}
	}
	_, err := node.Load([]string{"--components", "nosuch"}, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "this node has ") {
		t.Fatalf("the node's error for an unknown component: %v", err)
	}
	known := strings.Split(err.Error()[strings.Index(err.Error(), "this node has ")+len("this node has "):], ", ")
	words := strings.FieldsFunc(line, func(r rune) bool { return !('a' <= r && r <= 'z') })
	for _, c := range known {
		if !slices.Contains(words, c) {
			t.Errorf("help's node line %q does not name the component %q", line, c)
		}
	}
}
