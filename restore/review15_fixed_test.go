package restore_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkrollup/zkrollup/internal/evmtest"

	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
)

// r15Overrun is a source that, after the blocks it was asked for, delivers
// one more: a block the operator committed and L1 never executed.
type r15Overrun struct {
	inner restore.Source
	extra restore.Committed
}

func (s r15Overrun) Blocks(ctx context.Context, after, resume, upTo, head uint64, fn func(restore.Committed) error) error {
	if err := s.inner.Blocks(ctx, after, resume, upTo, head, fn); err != nil {
		return err
	}
	return fn(s.extra)
}

// BUG: Run trusts the source to stop at the target; a source that goes on
// makes it commit a block L1 committed but did not execute (its stored
// hash matches: it is committed), and report success.
func TestReview15FixedRestoreCommitsABlockBeyondTheExecutedOne(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	r15History(t, g)
	cb, err := l1.Commit(g.Blocks[7]) // block 8: committed, never executed
	if err != nil {
		t.Fatal(err)
	}
	honest, _ := restore.NewCalldataSource(g.C.C, g.Addr)
	r := open(t, g, kv.NewMemory(), r15Overrun{inner: honest, extra: restore.Committed{Number: 8, Block: cb}})
	res, err := r.Run(context.Background(), 0, nil)
	if err == nil || r.Cursor().Block > res.Target {
		t.Fatalf("restored block %d of target %d (err %v): a block L1 did not execute is in the restored state", r.Cursor().Block, res.Target, err)
	}
}

// BUG: a restore directory from an earlier deployment at the same address
// on the same chain (a restarted devnet: same deployer, same nonce) passes
// the identity check, and Run reports success with that deployment's state.
func TestReview15FixedRestoreAcceptsAStaleDirectory(t *testing.T) {
	g1 := newRig(t, rollup.TestParams, "A", "B", "C", "D")
	r15History(t, g1)
	db := kv.NewMemory()
	if _, err := open(t, g1, db, nil).Run(context.Background(), 0, nil); err != nil {
		t.Fatal(err)
	}
	g2 := newRig(t, rollup.TestParams, "A")
	if g2.Addr != g1.Addr || !reflect.DeepEqual(g2.P, g1.P) {
		t.Skip("the two deployments differ: nothing to show")
	}
	g2.Deposit("A", 5)
	g2.Commit(g2.Block("changepubkey A"))
	g2.Execute()
	r, err := restore.Open(context.Background(), config(g2), g2.C.C, nil, db)
	if err != nil {
		return // refused: the correct behaviour
	}
	res, err := r.Run(context.Background(), 0, nil)
	if err == nil {
		t.Fatalf("a restore of deployment 1 served for deployment 2: %+v (L1 executed %d, root %x; the directory holds block %d, root %x)",
			res, res.Target, g2.Stored[1].StateRoot, r.Cursor().Block, res.Root)
	}
}

const r15Forwarder = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;
contract Forward {
    address immutable to;
    constructor(address t) { to = t; }
    function run(bytes calldata data) external {
        (bool ok, bytes memory r) = to.call(data);
        if (!ok) { assembly { revert(add(r, 32), mload(r)) } }
    }
}
`

// An operator that commits through a contract (a multisig, a relayer,
// or one written to defeat exodus) leaves no commitBlocks calldata in its
// transaction's input: the source reads the calls from the transaction's
// trace instead. Without a node that serves traces the restore stops with
// ErrNotCommitCall, saying so.
func TestReview15FixedAnOperatorContractDefeatsTheRestore(t *testing.T) {
	g := newRig(t, rollup.TestParams, "A")
	path := filepath.Join(t.TempDir(), "Forward.sol")
	if err := os.WriteFile(path, []byte(r15Forwarder), 0o644); err != nil {
		t.Fatal(err)
	}
	fabi, code := evmtest.Compile(t, path, "Forward")
	fwd, _ := g.C.Deploy(t, g.R.L1Key("op"), code, common.LeftPadBytes(g.Addr.Bytes(), 32))
	g.Send("op", nil, r15ABI.PackSetOperator(fwd, true))
	g.Deposit("A", 5)
	b := g.Block("changepubkey A")
	cb, err := l1.Commit(b)
	if err != nil {
		t.Fatal(err)
	}
	inner := r15ABI.PackCommitBlocks(g.Stored[0], []l1.CommitBlock{cb})
	data, err := fabi.Pack("run", inner)
	if err != nil {
		t.Fatal(err)
	}
	rc := g.C.MustSend(t, g.R.L1Key("op"), &fwd, nil, data)
	g.Stored, g.Blocks = append(g.Stored, l1.Stored(b)), append(g.Blocks, b)
	g.Execute()
	if _, err := open(t, g, kv.NewMemory(), nil).Run(context.Background(), 0, nil); !errors.Is(err, restore.ErrNotCommitCall) {
		t.Fatalf("no traces: %v, want ErrNotCommitCall", err)
	}
	// The simulated backend serves no debug_traceTransaction: this tracer
	// returns what geth's callTracer would, the forwarder's call first,
	// then a reverted call that must be ignored, then the real one.
	trace := fmt.Sprintf(`{"type":"CALL","to":"%s","input":"%s","calls":[
		{"type":"CALL","to":"%s","input":"%s","error":"execution reverted"},
		{"type":"CALL","to":"%s","input":"%s"}]}`, fwd, hexutil.Encode(data),
		g.Addr, hexutil.Encode(r15ABI.PackCommitBlocks(g.Stored[0], []l1.CommitBlock{{Timestamp: 1}})), g.Addr, hexutil.Encode(inner))
	src, err := restore.NewCalldataSource(g.C.C, g.Addr)
	if err != nil {
		t.Fatal(err)
	}
	src.Tracer = fixedTracer{rc.TxHash: trace}
	res, err := open(t, g, kv.NewMemory(), src).Run(context.Background(), 0, nil)
	if err != nil || res.To != 1 || res.Root != b.NewRoot.Bytes() {
		t.Fatalf("restore through the trace: %+v, %v", res, err)
	}
}

// fixedTracer serves canned callTracer results by transaction.
type fixedTracer map[common.Hash]string

func (f fixedTracer) TraceCalls(_ context.Context, tx common.Hash) ([]restore.Call, error) {
	raw, ok := f[tx]
	if !ok {
		return nil, errors.New("no trace")
	}
	return restore.ParseCallTrace([]byte(raw))
}
