package restore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Call is one call a transaction made: where to and with what input.
type Call struct {
	To    common.Address
	Input []byte
}

// CallTracer lists the calls a transaction made that took effect, in the
// order they were made (nested calls included).
type CallTracer interface {
	TraceCalls(ctx context.Context, tx common.Hash) ([]Call, error)
}

// RPCTracer is a CallTracer over a node's debug_traceTransaction with
// the callTracer (geth with the debug API, anvil, most providers' trace
// endpoints).
type RPCTracer struct{ C *rpc.Client }

type callFrame struct {
	Type  string         `json:"type"`
	To    common.Address `json:"to"`
	Input hexutil.Bytes  `json:"input"`
	Error string         `json:"error"`
	Calls []callFrame    `json:"calls"`
}

// TraceCalls implements CallTracer.
func (t RPCTracer) TraceCalls(ctx context.Context, tx common.Hash) ([]Call, error) {
	var raw json.RawMessage
	if err := t.C.CallContext(ctx, &raw, "debug_traceTransaction", tx, map[string]any{"tracer": "callTracer"}); err != nil {
		return nil, err
	}
	return ParseCallTrace(raw)
}

// ParseCallTrace flattens a callTracer result in call order, leaving out
// every call that reverted (and what it called: undone with it).
func ParseCallTrace(raw []byte) ([]Call, error) {
	var root callFrame
	if err := json.Unmarshal(raw, &root); err != nil {
		return nil, fmt.Errorf("call trace: %w", err)
	}
	var out []Call
	var walk func(f callFrame)
	walk = func(f callFrame) {
		if f.Error != "" {
			return
		}
		if f.Type == "CALL" || f.Type == "" {
			out = append(out, Call{To: f.To, Input: f.Input})
		}
		for _, c := range f.Calls {
			walk(c)
		}
	}
	walk(root)
	return out, nil
}
