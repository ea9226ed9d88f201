package api

import (
	"errors"
	"fmt"
	"testing"

	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestEveryRuleErrorHasAKind: a client can tell every refusal apart by
// error.data.kind; none reads as "internal", and no two share a kind.
func TestEveryRuleErrorHasAKind(t *testing.T) {
	seen := map[string]error{}
	for _, e := range append(rollup.RuleErrors(), mempool.Errors()...) {
		var rpcErr *Error
		if !errors.As(toRPC(fmt.Errorf("account 7: %w", e)), &rpcErr) {
			t.Fatalf("%v: not an api error", e)
		}
		if errors.Is(e, mempool.ErrPoolFull) {
			if rpcErr.Code != CodeBusy {
				t.Errorf("%v: code %d, want %d", e, rpcErr.Code, CodeBusy)
			}
			continue
		}
		if rpcErr.Code != CodeInvalidTx || rpcErr.Kind == "internal" {
			t.Errorf("%v: code %d kind %q: add it to ruleKinds in api/errors.go", e, rpcErr.Code, rpcErr.Kind)
		}
		if prev, dup := seen[rpcErr.Kind]; dup {
			t.Errorf("%v and %v share the kind %q", prev, e, rpcErr.Kind)
		}
		seen[rpcErr.Kind] = e
	}
}
