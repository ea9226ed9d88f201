package api_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

type fixture struct {
	url    string
	seq    *sequencer.Sequencer
	db     *store.DB
	mirror *scenario.Runner
}

// newFixture runs a sequencer (ticking every 2 ms) and the API on a free
// port, with A funded by a deposit.
func newFixture(t *testing.T) *fixture { return newFixtureWith(t, mempool.DefaultConfig) }

// newFixtureWith is newFixture with the pool bounded by poolCfg.
func newFixtureWith(t *testing.T, poolCfg mempool.Config) *fixture {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	mirror, _ := scenario.New(rollup.TestParams)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	seq, err := sequencer.Open(ctx, sequencer.Config{Tick: 2 * time.Millisecond, BlockTimeout: 20 * time.Millisecond},
		rollup.TestParams, db, kv.NewMemory(), mirror.Address("op"), poolCfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = seq.Stop(context.Background()) })
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0", MaxBodyBytes: 4096}, rollup.TestParams, seq, db, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop(context.Background()) })
	f := &fixture{url: "http://" + srv.Addr(), seq: seq, db: db, mirror: mirror}
	dep := rollup.Deposit{To: mirror.Address("A"), Amount: num.FromUint64(1000)}
	if err := db.AddPriorityOps(ctx, []store.PriorityOp{{ID: 0, OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata()}}); err != nil {
		t.Fatal(err)
	}
	if _, err := mirror.Apply(&rollup.Deposit{To: mirror.Address("A"), Amount: num.FromUint64(1000)}); err != nil {
		t.Fatal(err)
	}
	f.waitFor(t, func() bool { _, ok, _ := f.seq.PendingAccountByAddress(mirror.Address("A")); return ok })
	return f
}

func (f *fixture) waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 30 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// post sends a raw body and returns the decoded JSON-RPC response.
func (f *fixture) post(t *testing.T, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(f.url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return resp.StatusCode, out
}

func errCode(m map[string]any) (int, string) {
	e, ok := m["error"].(map[string]any)
	if !ok {
		return 0, ""
	}
	return int(e["code"].(float64)), e["message"].(string)
}

// TestBadInputGetsClearErrors: every malformed request gets a JSON-RPC
// error a person can act on, and the node keeps serving.
func TestBadInputGetsClearErrors(t *testing.T) {
	f := newFixture(t)
	big := `{"jsonrpc":"2.0","id":1,"method":"zkr_submitTx","params":["0x` + strings.Repeat("00", 5000) + `"]}`
	for _, c := range []struct {
		name, body string
		code       int
		msg        string
	}{
		{"malformed JSON", `{"jsonrpc":"2.0",`, -32700, "parse"},
		{"unknown method", `{"jsonrpc":"2.0","id":1,"method":"zkr_nope","params":[]}`, -32601, "does not exist"},
		{"wrong parameter type", `{"jsonrpc":"2.0","id":1,"method":"zkr_getBlock","params":[{"a":1}]}`, -32602, "number"},
		{"not hex", `{"jsonrpc":"2.0","id":1,"method":"zkr_submitTx","params":["zz"]}`, -32602, "hex"},
		{"empty transaction", `{"jsonrpc":"2.0","id":1,"method":"zkr_submitTx","params":["0x"]}`, -32602, "empty"},
		{"garbage transaction", `{"jsonrpc":"2.0","id":1,"method":"zkr_submitTx","params":["0x0201"]}`, api.CodeInvalidTx, "malformed"},
		{"deposit over the API", `{"jsonrpc":"2.0","id":1,"method":"zkr_getAccount","params":["0x12"]}`, -32602, "address"},
		{"unknown view", `{"jsonrpc":"2.0","id":1,"method":"zkr_getAccount","params":["1","later"]}`, -32602, "pending, committed or verified"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, out := f.post(t, c.body)
			code, msg := errCode(out)
			if code != c.code || !strings.Contains(strings.ToLower(msg), c.msg) {
				t.Fatalf("got %d %q, want %d containing %q", code, msg, c.code, c.msg)
			}
		})
	}
	status, _ := f.post(t, big)
	if status != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversize body: HTTP %d, want 413", status)
	}
	// A rule violation names its kind.
	tx, _ := f.mirror.Build("transfer A B 10 ETH") // A has no L2 key yet
	raw, _ := rollup.EncodeTx(tx)
	_, out := f.post(t, `{"jsonrpc":"2.0","id":1,"method":"zkr_submitTx","params":["`+hexutil.Encode(raw)+`"]}`)
	if code, msg := errCode(out); code != api.CodeInvalidTx || !strings.Contains(msg, "ChangePubKey") || !strings.Contains(msg, "zkrollup wallet register") {
		t.Fatalf("transfer without a key: %d %q", code, msg)
	}
	if out["error"].(map[string]any)["data"].(map[string]any)["kind"] != "no_pubkey" {
		t.Fatalf("error data %v", out["error"])
	}
}

// TestSubmitStatusAccountsAndSubscriptions: a transfer goes from queued to
// pending to committed; the three views differ as they should; WebSocket
// subscribers hear about the block and the account.
func TestSubmitStatusAccountsAndSubscriptions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ws, err := api.Dial(ctx, strings.Replace(f.url, "http", "ws", 1))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	blocks := make(chan map[string]any, 16)
	sub, err := ws.RPC().Subscribe(ctx, "zkr", blocks, "newBlocks")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	changes := make(chan map[string]any, 16)
	sub2, err := ws.RPC().Subscribe(ctx, "zkr", changes, "account", f.mirror.Address("A"))
	if err != nil {
		t.Fatal(err)
	}
	defer sub2.Unsubscribe()

	var hashes []common.Hash
	for _, line := range []string{"changepubkey A", "transfer A B 10 ETH fee 1"} {
		tx, err := f.mirror.Build(line)
		if err != nil {
			t.Fatal(err)
		}
		h, err := c.Submit(ctx, tx)
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if _, err := f.mirror.Apply(tx); err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h)
	}
	f.waitFor(t, func() bool { s, _ := c.TxStatus(ctx, hashes[1]); return s.Status == "committed" })
	s, _ := c.TxStatus(ctx, hashes[1])
	if s.Block == 0 || s.Slot == nil {
		t.Fatalf("status %+v", s)
	}
	b, err := c.Block(ctx, s.Block)
	if err != nil || b == nil || b.Ops[*s.Slot].Hash != hashes[1] {
		t.Fatalf("block %d does not hold the transfer at slot %v: %+v %v", s.Block, s.Slot, b, err)
	}
	for view, want := range map[string]string{"pending": "989", "committed": "989"} {
		a, err := c.Account(ctx, f.mirror.Address("A"), view)
		if err != nil || a == nil || a.Balances["0"] != want || a.Nonce != 2 {
			t.Fatalf("%s view: %+v %v", view, a, err)
		}
	}
	if a, err := c.Account(ctx, f.mirror.Address("A"), "verified"); err != nil || a != nil {
		t.Fatalf("verified view (genesis until L1 exists): %+v %v", a, err)
	}
	if s, _ := c.TxStatus(ctx, common.Hash{1}); s.Status != "unknown" {
		t.Fatalf("unknown hash: %+v", s)
	}
	select {
	case b := <-blocks:
		if b["number"] == nil {
			t.Fatalf("block notification %v", b)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no block notification")
	}
	got := 0
	for got < 2 {
		select {
		case ch := <-changes:
			got++
			_ = ch
		case <-time.After(30 * time.Second):
			t.Fatalf("%d of 2 account notifications", got)
		}
	}
	// Duplicate submission is refused.
	tx, _ := f.mirror.Build("transfer A B 1 ETH nonce 1 fee 1")
	if _, err := c.Submit(ctx, tx); err == nil {
		t.Fatal("a replay of a used nonce was accepted")
	}
}
