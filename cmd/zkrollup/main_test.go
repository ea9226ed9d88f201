package main

import (
	"bytes"
	"strings"
	"testing"
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

func TestUnknownCommandAndUnbuiltSubcommands(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"nope"}, &out, &errOut); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	errOut.Reset()
	if code := run([]string{"prover"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "issue 7") {
		t.Errorf("prover: exit %d, stderr %q; want 1 naming the issue", code, errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"node", "--components", "api"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "together") {
		t.Errorf("node with api only: exit %d, stderr %q", code, errOut.String())
	}
	if code := run([]string{"demo", "--profile", "huge"}, &out, &errOut); code != 1 {
		t.Errorf("bad profile: exit %d, want 1", code)
	}
}
