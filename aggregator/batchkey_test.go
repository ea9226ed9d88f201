package aggregator

import (
	"testing"

	"github.com/zkrollup/zkrollup/internal/status"
)

func TestBatchKeyRoundTrip(t *testing.T) {
	for _, stage := range []status.Stage{"commit", "prove", "execute"} {
		b, ok := parseBatchKey(batchKey(stage, 3, 9))
		if !ok || b.Stage != stage || b.First != 3 || b.Last != 9 || b.OpKey != string(stage)+":3-9" {
			t.Fatalf("%s: %+v %v", stage, b, ok)
		}
	}
	for _, bad := range []string{"", "commit", "commit:", "commit:0-1", "commit:5-4", "revert:1-2", "commit:x-y"} {
		if b, ok := parseBatchKey(bad); ok {
			t.Fatalf("%q parsed as %+v", bad, b)
		}
	}
}
