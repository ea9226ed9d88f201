package api_test

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/sequencer"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// r20ws is a raw WebSocket to the node that drains every message.
type r20ws struct {
	c        *websocket.Conn
	replies  atomic.Int64 // subscribe replies with a result
	errors   atomic.Int64 // replies with an error
	notifies atomic.Int64
	done     chan struct{}
}

func r20dial(t *testing.T, f *fixture) *r20ws {
	t.Helper()
	c, _, err := websocket.DefaultDialer.Dial(strings.Replace(f.url, "http", "ws", 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	w := &r20ws{c: c, done: make(chan struct{})}
	go func() {
		defer close(w.done)
		for {
			_, b, err := c.ReadMessage()
			if err != nil {
				return
			}
			var m struct {
				ID     *int            `json:"id"`
				Method string          `json:"method"`
				Result json.RawMessage `json:"result"`
				Error  json.RawMessage `json:"error"`
			}
			_ = json.Unmarshal(b, &m)
			switch {
			case m.Method != "":
				w.notifies.Add(1)
			case m.Error != nil:
				w.errors.Add(1)
			case m.ID != nil:
				w.replies.Add(1)
			}
		}
	}()
	t.Cleanup(func() { c.Close(); <-w.done })
	return w
}

func (w *r20ws) send(t *testing.T, id int, method string, params ...any) {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	if err := w.c.WriteMessage(websocket.TextMessage, b); err != nil {
		t.Fatal(err)
	}
}

func r20cpu() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// r20apply applies tx to the mirror, sealing its block when it is full.
func r20apply(t *testing.T, f *fixture, tx rollup.Tx) {
	t.Helper()
	if _, err := f.mirror.Apply(tx); err != nil {
		if _, err := f.mirror.Seal(); err != nil {
			t.Fatal(err)
		}
		if _, err := f.mirror.Apply(tx); err != nil {
			t.Fatal(err)
		}
	}
}

// r20transfers sends n transfers A->B one at a time, each waited until it
// is pending, and returns how long that took and the CPU the process used.
// It stops early once budget (if not 0) is spent.
func r20transfers(t *testing.T, f *fixture, c *api.Client, n int, budget time.Duration) (time.Duration, time.Duration, int) {
	t.Helper()
	ctx := context.Background()
	start, cpu := time.Now(), r20cpu()
	i := 0
	for ; i < n && (budget == 0 || time.Since(start) < budget); i++ {
		tx, err := f.mirror.Build("transfer A B 1 ETH fee 1")
		if err != nil {
			t.Fatal(err)
		}
		h, err := c.Submit(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		r20apply(t, f, tx)
		for {
			if s, _ := c.TxStatus(ctx, h); s != nil && s.Status != "queued" && s.Status != "unknown" {
				break
			}
			if time.Since(start) > 30*time.Second || (budget > 0 && time.Since(start) > budget) {
				return time.Since(start), r20cpu() - cpu, i // this one is not done
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	return time.Since(start), r20cpu() - cpu, i
}

// TestReview20SubscriptionFanoutDoS: one WebSocket connection may open
// any number of live subscriptions (no per-connection or global cap), and
// every sequencer event (each transaction taken) wakes every one of them
// to recompute its view in SQL (a txStatus view: 5-7 queries, L1Progress
// a scan of every L1 batch) in its own goroutine, even when the event
// cannot change the view. 1,500 idle subscriptions for made-up hashes
// make each transfer cost the node seconds of CPU instead of
// milliseconds, and hold ~1,400 database connections open (the pool is
// unbounded). Failed before the fix.
func TestReview20SubscriptionFanoutDoS(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, _ = r20sealed(t, f, c, "changepubkey A")
	const n = 5
	baseWall, baseCPU, _ := r20transfers(t, f, c, n, 0)

	// 1,500 subscriptions, 50 on each of 30 sockets from one address (a
	// cap per remote "ip:port" is a cap per connection).
	const subs, perConn = 1500, 50
	var ws []*r20ws
	for i := 0; i < subs/perConn; i++ {
		w := r20dial(t, f)
		ws = append(ws, w)
		for j := 0; j < perConn; j++ {
			w.send(t, j+1, "zkr_subscribe", "txStatus", common.BigToHash(big.NewInt(int64(i*perConn+j+1))))
		}
	}
	total := func(get func(*r20ws) int64) (n int64) {
		for _, w := range ws {
			n += get(w)
		}
		return n
	}
	accepted := func() int64 { return total(func(w *r20ws) int64 { return w.replies.Load() }) }
	refused := func() int64 { return total(func(w *r20ws) int64 { return w.errors.Load() }) }
	for deadline := time.Now().Add(30 * time.Second); accepted()+refused() < subs && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // the first views are sent
	limit := max(10*baseWall, 3*time.Second)
	var maxFDs atomic.Int64 // open files: database/sql opens a connection per concurrent view
	stopFDs := make(chan struct{})
	go func() {
		for {
			select {
			case <-stopFDs:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if ents, err := os.ReadDir("/proc/self/fd"); err == nil && int64(len(ents)) > maxFDs.Load() {
				maxFDs.Store(int64(len(ents)))
			}
		}
	}()
	loadWall, loadCPU, done := r20transfers(t, f, c, n, limit)
	close(stopFDs)
	t.Logf("%d transfers: %v wall, %v CPU without subscriptions; %d transfers: %v wall, %v CPU with %d idle txStatus subscriptions from one address "+
		"(%d accepted, %d refused); at most %d open files", n, baseWall, baseCPU, done, loadWall, loadCPU, subs, accepted(), refused(), maxFDs.Load())
	basePerTx := baseCPU / n
	amplified := done == 0 || loadCPU/time.Duration(done) > max(50*basePerTx, 200*time.Millisecond)
	if done < n || loadWall > limit || amplified {
		t.Errorf("%d idle subscriptions from one address (%d accepted): %d of %d transfers in %v (limit %v), %v CPU each against %v without: "+
			"every sequencer event makes every subscription recompute its view in SQL", subs, accepted(), done, n, loadWall, limit,
			loadCPU/time.Duration(max(done, 1)), basePerTx)
	}
}

// r20stacks counts the goroutines whose stack mentions each of what.
func r20stacks(what ...string) map[string]int {
	buf := make([]byte, 1<<24)
	buf = buf[:runtime.Stack(buf, true)]
	out := map[string]int{}
	for _, g := range strings.Split(string(buf), "\n\n") {
		for _, w := range what {
			if strings.Contains(g, w) {
				out[w]++
			}
		}
	}
	return out
}

// TestReview20LiveViewsEndWithTheSocket pins: closing the WebSocket (or
// unsubscribing) ends every live view's goroutine, and the shared changes
// loop stops once nobody listens.
func TestReview20LiveViewsEndWithTheSocket(t *testing.T) {
	f := newFixture(t)
	const live, loop = "api.(*service).live.func", "api.(*changes).run"
	ctx := context.Background()
	// Unsubscribe ends one view.
	ws, err := api.Dial(ctx, strings.Replace(f.url, "http", "ws", 1))
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan api.Status, 16)
	sub, err := ws.RPC().Subscribe(ctx, "zkr", ch, "chainStatus")
	if err != nil {
		t.Fatal(err)
	}
	f.waitFor(t, func() bool { return r20stacks(live)[live] == 1 && r20stacks(loop)[loop] == 1 })
	sub.Unsubscribe()
	f.waitFor(t, func() bool { return r20stacks(live)[live] == 0 })
	f.waitFor(t, func() bool { return r20stacks(loop)[loop] == 0 })
	ws.Close()

	// Closing the socket ends them all.
	w := r20dial(t, f)
	for i := 0; i < 60; i++ { // under the per-connection cap
		if i%2 == 0 {
			w.send(t, i+1, "zkr_subscribe", "chainStatus")
		} else {
			w.send(t, i+1, "zkr_subscribe", "txStatus", common.BigToHash(big.NewInt(int64(i))))
		}
	}
	f.waitFor(t, func() bool { return w.replies.Load() == 60 })
	if n := r20stacks(live)[live]; n != 60 {
		t.Fatalf("%d live view goroutines for 60 subscriptions", n)
	}
	w.c.Close()
	f.waitFor(t, func() bool { return r20stacks(live)[live] == 0 })
	f.waitFor(t, func() bool { return r20stacks(loop)[loop] == 0 })
}

// r20sealed submits line (A's), applies it to the mirror and waits until
// it is in a sealed block; it returns the hash and the block.
func r20sealed(t *testing.T, f *fixture, c *api.Client, line string) (common.Hash, uint64) {
	t.Helper()
	ctx := context.Background()
	tx, err := f.mirror.Build(line)
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.Submit(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	r20apply(t, f, tx)
	var st *api.TxStatus
	f.waitFor(t, func() bool { st, _ = c.TxStatus(ctx, h); return st != nil && st.Status == "committed" })
	return h, st.Block
}

// TestReview20LiveTxViewShowsL1TxFailure: the txStatus view lists the L1
// transactions of the block, with their status, but is recomputed only on
// a sequencer event or an L1 *progress* change. An L1 commit that is sent
// and then reverts changes neither, so on an idle chain the transaction's
// page (and the block's, which refetches on chainStatus only) keeps
// showing no L1 transaction, or "sent", for ever. Failed before the fix.
func TestReview20LiveTxViewShowsL1TxFailure(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h, block := r20sealed(t, f, c, "changepubkey A")
	ws, err := api.Dial(ctx, strings.Replace(f.url, "http", "ws", 1))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	views := make(chan api.TxView, 64)
	sub, err := ws.RPC().Subscribe(ctx, "zkr", views, "txStatus", h)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	<-views // the first view
	time.Sleep(300 * time.Millisecond)

	// The commit of blocks 1..block is sent, then reverts on L1.
	key := "commit:review20"
	l1tx, err := f.db.EnqueueL1Tx(ctx, store.L1Tx{Owner: "test", OpKey: key, Data: []byte{1}, Value: new(big.Int), GasLimit: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	mined := common.Hash{0xfa}
	if err := f.db.SaveAttempt(ctx, l1tx.ID, 0, big.NewInt(1), big.NewInt(2), mined, time.Now().UnixMilli()); err != nil {
		t.Fatal(err)
	}
	if err := f.db.AddL1Batch(ctx, store.L1Batch{Stage: status.StageCommit, First: 1, Last: block, OpKey: key}); err != nil {
		t.Fatal(err)
	}
	if err := f.db.SettleL1Tx(ctx, l1tx.ID, status.L1TxFailed, store.L1Receipt{Block: 9, Hash: mined, GasUsed: 50_000, At: time.Now().UnixMilli()}, "reverted: bad proof"); err != nil {
		t.Fatal(err)
	}
	var now api.TxView
	if err := c.RPC().CallContext(ctx, &now, "zkr_getTx", h); err != nil || len(now.L1Txs) != 1 || now.L1Txs[0].Status != "failed" {
		t.Fatalf("zkr_getTx after the revert: %+v %v", now, err)
	}
	deadline := time.After(3 * time.Second)
	for {
		select {
		case v := <-views:
			if len(v.L1Txs) == 1 && v.L1Txs[0].Status == "failed" {
				return
			}
		case <-deadline:
			t.Fatal("the live txStatus view never pushed the reverted L1 commit of its block (zkr_getTx shows it): " +
				"the changes loop wakes views only on sequencer events and L1Progress changes")
		}
	}
}

// TestReview20GetBlocksBeforeAboveInt64: `before` is any uint64 (the
// doc: "below before"), but the store converts it with int64(): from 2^63
// up it wraps negative and the listing is empty although every block is
// below it. Failed before the fix.
func TestReview20GetBlocksBeforeAboveInt64(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, _ = r20sealed(t, f, c, "changepubkey A")
	for _, before := range []string{"0x4000000000000000", "0x8000000000000000", "0xffffffffffffffff"} {
		var got []api.BlockSummary
		if err := c.RPC().CallContext(ctx, &got, "zkr_getBlocks", before, 10); err != nil {
			t.Fatalf("before %s: %v", before, err)
		}
		if len(got) == 0 {
			t.Errorf("zkr_getBlocks(before %s) listed nothing; every sealed block is below it", before)
		}
	}
}

// TestReview20AccountCursorAbuse pins: hostile `before` cursors of
// zkr_accountTxs (block 0 with a slot, the largest uint64, a slot past
// any block's) answer quickly and sanely, never an error or a wrap.
func TestReview20AccountCursorAbuse(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h, _ := r20sealed(t, f, c, "changepubkey A")
	a := f.mirror.Address("A").Hex()
	var all api.AccountHistory
	if err := c.RPC().CallContext(ctx, &all, "zkr_accountTxs", a, nil, 100); err != nil || len(all.Txs) != 2 || all.Txs[0].Hash != h {
		t.Fatalf("A's history (the deposit and the ChangePubKey): %+v %v", all, err)
	}
	pos := func(x api.AccountTx) uint64 { return x.Block<<16 | uint64(x.Slot) }
	newest, oldest := all.Txs[0], all.Txs[1]
	for _, tc := range []struct {
		before any
		want   int
	}{{nil, 2}, {uint64(0xffff), 0}, {uint64(1<<64 - 1), 2}, {uint64(1<<63 + 5), 2},
		{newest.Block<<16 | 0xffff, 2}, {pos(newest), 1}, {pos(oldest), 0}} {
		var page api.AccountHistory
		if err := c.RPC().CallContext(ctx, &page, "zkr_accountTxs", a, tc.before, 100); err != nil {
			t.Fatalf("before %v: %v", tc.before, err)
		}
		if len(page.Txs) != tc.want {
			t.Errorf("before %v: %d operations, want %d: %+v", tc.before, len(page.Txs), tc.want, page.Txs)
		}
	}
}

// TestReview20DepositRefundNotInOperatorHistory: a Deposit that no account
// can take executes as a DepositRefund laid out with account 0, and
// ExecutedOp.Accounts names its "acting account" 0 — the operator's fee
// account (rollup.FeeAccountID). So every refunded third-party deposit is
// listed in the operator's history (and the migration's backfill does the
// same: op_type <> 0 takes op_type 7). Failed before the fix.
func TestReview20DepositRefundNotInOperatorHistory(t *testing.T) {
	op := rollup.ExecutedOp{Type: rollup.OpDepositRefund, Address: common.Address{0xde}, Amount: num.FromUint64(5)}
	if slices.Contains(op.Accounts(), rollup.FeeAccountID) {
		t.Errorf("a DepositRefund names account %d (the operator's) among its accounts: %v", rollup.FeeAccountID, op.Accounts())
	}

	// End to end: fill the account tree (TestParams: 64 ids), then one
	// more deposit is refunded; the operator's history must not list it.
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var ops []store.PriorityOp
	for i := 1; i <= 1<<rollup.TestParams.AccountDepth; i++ {
		dep := rollup.Deposit{To: common.Address{0xaa, byte(i)}, Amount: num.FromUint64(1)}
		ops = append(ops, store.PriorityOp{ID: uint64(i), OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata()})
	}
	if err := f.db.AddPriorityOps(ctx, ops); err != nil {
		t.Fatal(err)
	}
	var hist api.AccountHistory
	f.waitFor(t, func() bool {
		var all []api.BlockSummary
		_ = c.RPC().CallContext(ctx, &all, "zkr_getBlocks", nil, 100)
		n := 0
		for _, b := range all {
			n += b.Ops
		}
		return n >= len(ops)+1
	})
	if err := c.RPC().CallContext(ctx, &hist, "zkr_accountTxs", "0", nil, 100); err != nil {
		t.Fatal(err)
	}
	for _, x := range hist.Txs {
		if x.Type == "DepositRefund" {
			t.Errorf("the operator's (account 0) history lists someone else's refunded deposit: block %d slot %d to %v", x.Block, x.Slot, x.Summary.ToAddress)
		}
	}
}

// TestReview20StaleProvingTime: proof_ms is set when a proof completes and
// never cleared. After L1 refuses the proof (RejectProof) and another
// prover takes the block again, zkr_getBlock says "PROVING" with the old
// attempt's provingMs, and the block page renders "PROVING in 1.50 s by
// p2" (right after the refusal: "FAILED in 1.50 s"). Failed before the fix.
func TestReview20StaleProvingTime(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, block := r20sealed(t, f, c, "changepubkey A")
	now := time.Now().UnixMilli()
	if err := f.db.RequestProofs(ctx, block, now); err != nil {
		t.Fatal(err)
	}
	var claimed bool
	for b := uint64(1); b <= block; b++ {
		r, found, err := f.db.ClaimProofRequest(ctx, "p1", now, 60_000, 3)
		if err != nil || !found {
			t.Fatalf("claim: %v %v", found, err)
		}
		if r.Block != block {
			continue
		}
		claimed = true
		if err := f.db.SaveWitness(ctx, block, "p1", []byte{1}, now, 60_000); err != nil {
			t.Fatal(err)
		}
		if err := f.db.CompleteProof(ctx, block, "p1", []byte{2}, now+1500); err != nil {
			t.Fatal(err)
		}
	}
	if !claimed {
		t.Fatal("block not claimed")
	}
	var b api.Block
	if err := c.RPC().CallContext(ctx, &b, "zkr_getBlock", block); err != nil || b.Proof == nil || b.Proof.ProvingMs == nil || *b.Proof.ProvingMs != 1500 {
		t.Fatalf("a complete proof: %+v %v", b.Proof, err)
	}
	if err := f.db.RejectProof(ctx, block, "L1 refused the proof", now+2000); err != nil {
		t.Fatal(err)
	}
	r, found, err := f.db.ClaimProofRequest(ctx, "p2", now+3000, 60_000, 3)
	if err != nil || !found || r.Block != block {
		t.Fatalf("re-claim: %+v %v %v", r, found, err)
	}
	var again api.Block // fresh: provingMs is omitempty
	if err := c.RPC().CallContext(ctx, &again, "zkr_getBlock", block); err != nil || again.Proof == nil {
		t.Fatal(err)
	}
	if again.Proof.Status != "PROVING" || again.Proof.ProvingMs != nil {
		t.Errorf("a block being proven again by %s shows status %s with provingMs %v (the refused attempt's)", again.Proof.Prover, again.Proof.Status, *again.Proof.ProvingMs)
	}
}

// TestReview20CSPHostReflection: the Content-Security-Policy is built
// from the request's Host header, which net/http accepts with ';' (a
// valid sub-delim). A Host of "x;sandbox" adds a sandbox directive (no
// scripts): anyone in front of a shared cache that does not key on Host
// can poison the page for everybody. 'self' already covers ws:/wss: of
// the page's own host in current browsers. Failed before the fix.
func TestReview20CSPHostReflection(t *testing.T) {
	f := newFixture(t)
	conn, err := net.Dial("tcp", strings.TrimPrefix(f.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET / HTTP/1.1\r\nHost: x;sandbox\r\nConnection: close\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	t.Logf("HTTP %d, CSP %q", resp.StatusCode, csp)
	for _, d := range strings.Split(csp, ";") {
		if strings.TrimSpace(d) == "sandbox" || strings.HasPrefix(strings.TrimSpace(d), "sandbox ") {
			t.Errorf("the request's Host put a directive into the CSP: %q", csp)
			return
		}
	}
}

// r20browser opens headless chromium (skips without one) and watches its
// console: every error (a CSP violation, an uncaught exception) is kept.
type r20browser struct {
	t    *testing.T
	ctx  context.Context
	mu   sync.Mutex
	errs []string
}

func r20open(t *testing.T) *r20browser {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("no chromium on PATH")
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Flag("disable-gpu", true))...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	b := &r20browser{t: t, ctx: bctx}
	if err := chromedp.Listen(bctx, func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch e := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			if e.Type == cdpruntime.ConsoleAPICalledTypeError {
				b.errs = append(b.errs, "console.error")
			}
		case *cdpruntime.EventExceptionThrown:
			b.errs = append(b.errs, "exception: "+e.ExceptionDetails.Text)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				b.errs = append(b.errs, fmt.Sprintf("%s: %s (%s)", e.Entry.Source, e.Entry.Text, e.Entry.URL))
			}
		}
	}); err != nil {
		t.Skipf("chromium does not start: %v", err)
	}
	return b
}

// page navigates and waits until the page says it is ready.
func (b *r20browser) page(url string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`))); err != nil {
		b.t.Fatalf("open %s: %v", url, err)
	}
}

func (b *r20browser) eval(js string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func (b *r20browser) errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

// TestReview20BrowserOneTxModeL1Page: in one-transaction mode (stage
// "all", commitProveExecute) the L1 costs page filters its charts and
// totals by stage in ['commit','prove','execute'], so the rollup's every
// L1 transaction is left out: both charts say "no L1 transactions
// confirmed yet" and the totals count 0 txs, while the table below lists
// them. The transaction page's timeline likewise looks up the 'commit',
// 'prove' and 'execute' references only, so it names no L1 transaction.
// Failed before the fix.
func TestReview20BrowserOneTxModeL1Page(t *testing.T) {
	b := r20open(t)
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h, _ := r20sealed(t, f, c, "changepubkey A")
	_, block := r20sealed(t, f, c, "transfer A B 10 ETH fee 1")
	confirmL1(t, f.db, status.StageAll, 1, block, 400_000, common.Hash{0xa1})
	f.waitFor(t, func() bool { s, _ := c.TxStatus(ctx, h); return s.Status == "executed" })

	b.page(f.url + "/l1")
	if n := b.eval(`String(document.querySelectorAll('[data-testid="l1-page"] tbody tr').length)`); n != "1" {
		t.Fatalf("the L1 costs table has %s rows, want the one 'all' transaction", n)
	}
	if pts := b.eval(`String(document.querySelectorAll('[data-testid="l1-page"] svg circle').length)`); pts == "0" {
		t.Errorf("the L1 costs page charts nothing for a one-transaction-mode rollup: %q",
			b.eval(`[...document.querySelectorAll('[data-testid="l1-page"] .stats, [data-testid="l1-page"] .empty')].map(e => e.textContent).join(' | ')`))
	}
	b.page(f.url + "/tx/" + strings.ToLower(h.Hex()))
	if tl := b.eval(`document.querySelector('.timeline') ? document.querySelector('.timeline').textContent : ''`); !strings.Contains(tl, "0xa1") {
		t.Errorf("the executed transaction's timeline names no L1 transaction in one-transaction mode: %q", tl)
	}
}

// TestReview20BrowserNoInjectionAndNoCSPErrors pins: strings the node
// passes on from others (a prover's self-chosen name, its error text, a
// route or search the URL carries) are shown as text, never parsed as
// HTML, and no page the explorer has trips its own CSP or throws.
func TestReview20BrowserNoInjectionAndNoCSPErrors(t *testing.T) {
	b := r20open(t)
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, _ = r20sealed(t, f, c, "changepubkey A")
	h, block := r20sealed(t, f, c, "transfer A B 10 ETH fee 1") // a later block: the earlier ones get complete proofs
	evil := `<img src=x onerror="window.__pwned=1">`
	now := time.Now().UnixMilli()
	if err := f.db.RequestProofs(ctx, block, now); err != nil {
		t.Fatal(err)
	}
	for i := uint64(1); i <= block; i++ {
		r, found, err := f.db.ClaimProofRequest(ctx, evil, now, 60_000, 3)
		if err != nil || !found {
			t.Fatal(found, err)
		}
		if err := f.db.SaveWitness(ctx, r.Block, evil, []byte{1}, now, 60_000); err != nil {
			t.Fatal(err)
		}
		if r.Block == block {
			if err := f.db.FailProof(ctx, r.Block, evil, evil, now, now+10); err != nil {
				t.Fatal(err)
			}
		} else if err := f.db.CompleteProof(ctx, r.Block, evil, []byte{2}, now+10); err != nil {
			t.Fatal(err)
		}
	}
	confirmL1(t, f.db, status.StageCommit, 1, block, 90_000, common.Hash{0xc1})
	for _, p := range []string{"/", "/block/1", fmt.Sprintf("/block/%d", block), "/tx/" + strings.ToLower(h.Hex()), "/account/" + strings.ToLower(f.mirror.Address("A").Hex()),
		"/account/0", "/provers", "/l1", "/markets", "/search?q=" + url.QueryEscape(evil), "/account/javascript:alert(1)", "/block/" + url.PathEscape(evil),
		"/tx/" + url.PathEscape(evil), "/market/" + url.PathEscape(evil), "/no/such/page"} {
		b.page(f.url + p)
		if v := b.eval(`String(window.__pwned)`); v != "undefined" {
			t.Fatalf("%s: injected markup ran", p)
		}
		if n := b.eval(`String(document.querySelectorAll('main img, main script, main iframe, a[href^="javascript"]').length)`); n != "0" {
			t.Fatalf("%s: %s injected elements", p, n)
		}
	}
	b.page(f.url + "/provers")
	if !strings.Contains(b.eval(`document.body.textContent`), evil) {
		t.Error("the prover's name is not shown as text on the provers page")
	}
	b.page(fmt.Sprintf("%s/block/%d", f.url, block))
	if !strings.Contains(b.eval(`document.body.textContent`), evil) {
		t.Error("the proof's error is not shown as text on the block page")
	}
	if errs := b.errors(); len(errs) > 0 {
		t.Errorf("console errors (a CSP violation, an exception) on the explorer's pages: %q", errs)
	}
}

// TestReview20Routing pins the one port's mux: a WebSocket upgrade on any
// path and in any header casing (Firefox sends "Connection: keep-alive,
// Upgrade") reaches JSON-RPC over WebSocket; a POST on any path is
// JSON-RPC; GET and HEAD are the explorer (HEAD without a body); another
// Upgrade (h2c) is just a GET.
func TestReview20Routing(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		path string
		hdr  map[string]string
	}{
		{"/", map[string]string{"Upgrade": "WebSocket", "Connection": "keep-alive, Upgrade"}},
		{"/block/1", map[string]string{"Upgrade": "websocket", "Connection": "Upgrade"}},
	} {
		d := websocket.Dialer{}
		c, resp, err := d.Dial(strings.Replace(f.url, "http", "ws", 1)+tc.path, http.Header{})
		if err != nil {
			t.Fatalf("WebSocket on %s: %v", tc.path, err)
		}
		_ = c.WriteMessage(websocket.TextMessage, []byte(`{"jsonrpc":"2.0","id":1,"method":"zkr_blockNumber","params":[]}`))
		_, b, err := c.ReadMessage()
		c.Close()
		if err != nil || !strings.Contains(string(b), `"result"`) || resp.StatusCode != http.StatusSwitchingProtocols {
			t.Fatalf("JSON-RPC over WebSocket on %s: %s %v", tc.path, b, err)
		}
		// the raw header forms, by hand
		conn, err := net.Dial("tcp", strings.TrimPrefix(f.url, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nUpgrade: %s\r\nConnection: %s\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
			tc.path, tc.hdr["Upgrade"], tc.hdr["Connection"])
		r, err := http.ReadResponse(bufio.NewReader(conn), nil)
		conn.Close()
		if err != nil || r.StatusCode != http.StatusSwitchingProtocols {
			t.Fatalf("upgrade with %v on %s: %v %v", tc.hdr, tc.path, r, err)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, f.url+"/block/1", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"zkr_blockNumber","params":[]}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"result"`) {
		t.Fatalf("POST /block/1: %d %s", resp.StatusCode, b)
	}
	req, _ = http.NewRequest(http.MethodGet, f.url+"/", nil)
	req.Header.Set("Upgrade", "h2c")
	req.Header.Set("Connection", "Upgrade")
	if resp, err = http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `id="search"`) {
		t.Fatalf("GET with Upgrade: h2c: %d %.100s", resp.StatusCode, b)
	}
	if resp, err = http.Head(f.url + "/tx/0x12"); err != nil || resp.StatusCode != 200 || resp.Header.Get("ETag") == "" {
		t.Fatalf("HEAD: %v %v", resp, err)
	}
}

// r20pgFixture is newFixture on PostgreSQL (ZKROLLUP_TEST_POSTGRES_URL,
// a schema of its own), with the database's max_connections as it is.
func r20pgFixture(t *testing.T) *fixture {
	base := os.Getenv("ZKROLLUP_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("set ZKROLLUP_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable) to run on PostgreSQL")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	schema := fmt.Sprintf("r20_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Skipf("PostgreSQL at %s: %v", base, err)
	}
	admin.Close()
	t.Cleanup(func() {
		if a, err := sql.Open("pgx", base); err == nil {
			_, _ = a.Exec("DROP SCHEMA " + schema + " CASCADE")
			a.Close()
		}
	})
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()

	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	db, err := store.Open(ctx, store.Config{PostgresURL: u.String()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	mirror, _ := scenario.New(rollup.TestParams)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	seq, err := sequencer.Open(ctx, sequencer.Config{Tick: 2 * time.Millisecond, BlockTimeout: 20 * time.Millisecond},
		rollup.TestParams, db, kv.NewMemory(), mirror.Address("op"), mempool.DefaultConfig, log)
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

// TestReview20SubscriptionFanoutHaltsSequencerOnPostgres: on PostgreSQL
// the same fan-out opens a pool connection per concurrently recomputing
// view (database/sql's pool is unbounded) until the server refuses more
// ("FATAL: sorry, too many clients already", max_connections 100 by
// default). The sequencer's own queries then fail too, and a MiniBlock
// error ends its loop (lifecycle.Every returns it): seen here as
// "read priority ops: ... too many clients already" — one unauthenticated
// WebSocket stops the rollup. Either outcome (halted, or transfers that no
// longer get through) Failed before the fix. Needs ZKROLLUP_TEST_POSTGRES_URL.
func TestReview20SubscriptionFanoutHaltsSequencerOnPostgres(t *testing.T) {
	f := r20pgFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, _ = r20sealed(t, f, c, "changepubkey A")
	const subs, perConn = 2000, 50 // 40 sockets from one address
	var ws []*r20ws
	for i := 0; i < subs/perConn; i++ {
		w := r20dial(t, f)
		ws = append(ws, w)
		for j := 0; j < perConn; j++ {
			w.send(t, j+1, "zkr_subscribe", "txStatus", common.BigToHash(big.NewInt(int64(i*perConn+j+1))))
		}
	}
	answered := func() (n int64) {
		for _, w := range ws {
			n += w.replies.Load() + w.errors.Load()
		}
		return n
	}
	for deadline := time.Now().Add(30 * time.Second); answered() < subs && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	var peak atomic.Int64
	stop := make(chan struct{})
	go func() {
		a, err := sql.Open("pgx", os.Getenv("ZKROLLUP_TEST_POSTGRES_URL"))
		if err != nil {
			return
		}
		defer a.Close()
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
			var n int64
			if a.QueryRow(`SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'`).Scan(&n) == nil && n > peak.Load() {
				peak.Store(n)
			}
		}
	}()
	wall, _, done := r20transfers(t, f, c, 10, 20*time.Second)
	close(stop)
	t.Logf("%d transfers in %v; at most %d client connections to PostgreSQL", done, wall, peak.Load())
	select {
	case <-f.seq.Done():
		t.Fatalf("the sequencer stopped under %d idle subscriptions from one address (%d transfers went through): %v", subs, done, f.seq.Err())
	default:
	}
	if done < 10 {
		t.Errorf("only %d of 10 transfers became pending in 20 s under %d idle subscriptions", done, subs)
	}
}

// TestReview20LiveViewCapIsPerConnection: the live views' cap "per remote
// address" (maxLiveViewsPerPeer) keys on rpc.PeerInfo.RemoteAddr, which
// for a WebSocket is the TCP peer "ip:port": every new connection from the
// same address starts a fresh allowance, so the cap bounds nothing an
// attacker cannot undo by reconnecting (and with the node-wide cap, one
// address can take every slot and lock real explorer users out). FAILS
// on the tree as of this review (before the cap existed it failed too).
func TestReview20LiveViewCapIsPerConnection(t *testing.T) {
	f := newFixture(t)
	const conns, per = 4, 64
	var ws []*r20ws
	for i := 0; i < conns; i++ {
		w := r20dial(t, f)
		ws = append(ws, w)
		for j := 0; j < per; j++ {
			w.send(t, j+1, "zkr_subscribe", "txStatus", common.BigToHash(big.NewInt(int64(i*per+j+1))))
		}
	}
	var accepted int64
	f.waitFor(t, func() bool {
		accepted = 0
		var answered int64
		for _, w := range ws {
			accepted += w.replies.Load()
			answered += w.replies.Load() + w.errors.Load()
		}
		return answered == conns*per
	})
	if accepted > per {
		t.Errorf("one address (127.0.0.1) holds %d live views over %d connections; the cap per address is meant to be %d", accepted, conns, per)
	}
}
