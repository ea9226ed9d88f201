package api_test

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
)

// confirmL1 records an L1 transaction carrying blocks first..last through
// stage as mined and confirmed, with its gas, as the sender would.
func confirmL1(t *testing.T, db *store.DB, stage status.Stage, first, last uint64, gas uint64, hash common.Hash) {
	t.Helper()
	ctx := context.Background()
	key := string(stage) + ":" + hash.Hex()
	tx, err := db.EnqueueL1Tx(ctx, store.L1Tx{Owner: "test", OpKey: key, Data: []byte{1}, Value: new(big.Int), GasLimit: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveAttempt(ctx, tx.ID, tx.ID, big.NewInt(1), big.NewInt(2), hash, time.Now().UnixMilli()); err != nil {
		t.Fatal(err)
	}
	if err := db.AddL1Batch(ctx, store.L1Batch{Stage: stage, First: first, Last: last, OpKey: key}); err != nil {
		t.Fatal(err)
	}
	if err := db.SettleL1Tx(ctx, tx.ID, status.L1TxConfirmed, store.L1Receipt{Block: 7, Hash: hash, GasUsed: gas, At: time.Now().UnixMilli()}, ""); err != nil {
		t.Fatal(err)
	}
}

// TestExplorerViews: the listings, a block's and a transaction's whole
// story with the L1 transactions that carried it, histories under both
// accounts of a transfer, L1 costs, the provers; and the live views push
// each change of a transaction and of the chain over the WebSocket.
func TestExplorerViews(t *testing.T) {
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
	call := func(out any, method string, args ...any) {
		t.Helper()
		if err := c.RPC().CallContext(ctx, out, method, args...); err != nil {
			t.Fatalf("%s%v: %v", method, args, err)
		}
	}
	chain := make(chan api.Status, 64)
	csub, err := ws.RPC().Subscribe(ctx, "zkr", chain, "chainStatus")
	if err != nil {
		t.Fatal(err)
	}
	defer csub.Unsubscribe()
	select {
	case <-chain: // sent at once
	case <-time.After(10 * time.Second):
		t.Fatal("chainStatus sent nothing at subscribe")
	}

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
	transfer := hashes[1]
	views := make(chan api.TxView, 64)
	tsub, err := ws.RPC().Subscribe(ctx, "zkr", views, "txStatus", transfer)
	if err != nil {
		t.Fatal(err)
	}
	defer tsub.Unsubscribe()
	next := func(what string, ok func(api.TxView) bool) api.TxView {
		t.Helper()
		deadline := time.After(30 * time.Second)
		for {
			select {
			case v := <-views:
				if ok(v) {
					return v
				}
			case <-deadline:
				t.Fatalf("txStatus never pushed %s", what)
			}
		}
	}
	v := next("the sealed block", func(v api.TxView) bool { return v.Status == "committed" })
	block := v.Block
	if v.Tx == nil || v.Tx.Type != "TransferToNew" || v.Tx.Amount != "10" || v.Tx.Fee != "1" || v.Tx.From == nil ||
		v.Tx.ToAddress == nil || *v.Tx.ToAddress != f.mirror.Address("B") || v.Timestamp == 0 {
		t.Fatalf("the transfer's view: %+v (tx %+v)", v, v.Tx)
	}
	select {
	case s := <-chain:
		_ = s
	case <-time.After(10 * time.Second):
		t.Fatal("chainStatus pushed nothing when a block was sealed")
	}

	// L1: the block is committed, proven and executed in turn, each push
	// saying so.
	hc, hp, he := common.Hash{0xc1}, common.Hash{0xc2}, common.Hash{0xc3}
	confirmL1(t, f.db, status.StageCommit, 1, block, 90_000, hc)
	v = next("committed on L1", func(v api.TxView) bool { return v.L1 == "committed" })
	if len(v.L1Txs) != 1 || v.L1Txs[0].Hash == nil || *v.L1Txs[0].Hash != hc || v.L1Txs[0].Stage != "commit" {
		t.Fatalf("the L1 transactions of a committed block: %+v", v.L1Txs)
	}
	confirmL1(t, f.db, status.StageProve, 1, block, 300_000, hp)
	next("proven on L1", func(v api.TxView) bool { return v.L1 == "proven" })
	confirmL1(t, f.db, status.StageExecute, 1, block, 60_000, he)
	v = next("executed on L1", func(v api.TxView) bool { return v.Status == "executed" && v.L1 == "executed" })
	if len(v.L1Txs) != 3 {
		t.Fatalf("an executed block's L1 transactions: %+v", v.L1Txs)
	}
	deadline := time.After(10 * time.Second)
	for s := (api.Status{}); s.L1Executed != block; {
		select {
		case s = <-chain:
		case <-deadline:
			t.Fatalf("chainStatus never pushed block %d executed (last %+v)", block, s)
		}
	}

	// Listings.
	var blocks []api.BlockSummary
	call(&blocks, "zkr_getBlocks", nil, 10)
	if len(blocks) == 0 || blocks[0].Number < block {
		t.Fatalf("zkr_getBlocks: %+v", blocks)
	}
	var got *api.BlockSummary
	for i := range blocks {
		if blocks[i].Number == block {
			got = &blocks[i]
		}
		if i > 0 && blocks[i].Number >= blocks[i-1].Number {
			t.Fatalf("zkr_getBlocks not newest first: %+v", blocks)
		}
	}
	if got == nil || got.L1 != "executed" || len(got.L1Txs) != 3 || got.Ops == 0 || got.PubdataBytes == 0 || got.SealedAt == 0 {
		t.Fatalf("block %d in the listing: %+v", block, got)
	}
	var older []api.BlockSummary
	call(&older, "zkr_getBlocks", block, 10)
	for _, b := range older {
		if b.Number >= block {
			t.Fatalf("zkr_getBlocks before %d listed %d", block, b.Number)
		}
	}
	var b api.Block
	call(&b, "zkr_getBlock", block)
	share := (90_000 + 300_000 + 60_000) / block
	if b.L1GasShare == nil || *b.L1GasShare != share || b.PubdataBytes != len(b.Pubdata) || len(b.L1Txs) != 3 {
		t.Fatalf("block %d: gas share %v (want %d), pubdata %d bytes, L1 %+v", block, b.L1GasShare, share, b.PubdataBytes, b.L1Txs)
	}
	found := false
	for _, op := range b.Ops {
		if op.Hash == transfer {
			found = op.Summary.Type == "TransferToNew" && op.Summary.Amount == "10"
		}
	}
	if !found {
		t.Fatalf("block %d's ops do not summarise the transfer: %+v", block, b.Ops)
	}

	// Histories: the sender's both operations, newest first, a page at a
	// time; the receiver's the transfer.
	var page api.AccountHistory
	call(&page, "zkr_accountTxs", f.mirror.Address("A").Hex(), nil, 1)
	if len(page.Txs) != 1 || page.Txs[0].Hash != transfer || page.Next == nil || page.Txs[0].L1 != "executed" {
		t.Fatalf("A's first page: %+v", page)
	}
	var page2 api.AccountHistory
	call(&page2, "zkr_accountTxs", f.mirror.Address("A").Hex(), *page.Next, 10)
	if len(page2.Txs) == 0 || page2.Txs[0].Hash != hashes[0] || page2.Txs[0].Type != "ChangePubKey" {
		t.Fatalf("A's second page: %+v", page2)
	}
	var bh api.AccountHistory
	call(&bh, "zkr_accountTxs", f.mirror.Address("B").Hex(), nil, 10)
	if len(bh.Txs) != 1 || bh.Txs[0].Hash != transfer {
		t.Fatalf("B's history (the receiver): %+v", bh)
	}
	var none api.AccountHistory
	call(&none, "zkr_accountTxs", common.Address{0xee}.Hex(), nil, 10)
	if len(none.Txs) != 0 || none.Next != nil {
		t.Fatalf("an unknown account's history: %+v", none)
	}

	// L1 costs: the three transactions, with the block's transfer.
	var costs []api.L1Cost
	call(&costs, "zkr_l1Costs", 10)
	if len(costs) != 3 || costs[0].Stage != "commit" || costs[2].Stage != "execute" || costs[1].GasUsed != 300_000 || costs[0].Transfers != 1 || costs[0].Hash != hc {
		t.Fatalf("zkr_l1Costs: %+v", costs)
	}

	// Provers: every status counted, nobody known to prove here.
	var pr api.Provers
	call(&pr, "zkr_provers")
	if pr.InProcess || len(pr.Workers) != 0 || len(pr.Jobs) != 5 {
		t.Fatalf("zkr_provers: %+v", pr)
	}

	// Bad input is said in words.
	for _, tc := range []struct {
		method string
		args   []any
		want   string
	}{
		{"zkr_getBlocks", []any{nil, 0}, "list 1 to 100 blocks"},
		{"zkr_getBlocks", []any{nil, 1000}, "list 1 to 100 blocks"},
		{"zkr_accountTxs", []any{"0x12", nil, 10}, "not a 20-byte hex address"},
		{"zkr_l1Costs", []any{0}, "list 1 to 500"},
	} {
		var out any
		err := c.RPC().CallContext(ctx, &out, tc.method, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s%v: %v, want an error saying %q", tc.method, tc.args, err, tc.want)
		}
	}
	var unknown api.TxView
	call(&unknown, "zkr_getTx", common.Hash{9})
	if unknown.Status != "unknown" || unknown.Tx != nil {
		t.Fatalf("an unknown hash: %+v", unknown)
	}
}

// TestExplorerPagesServed: GET serves the explorer's page for every route
// and its assets with validators and a content security policy; POST is
// still JSON-RPC.
func TestExplorerPagesServed(t *testing.T) {
	f := newFixture(t)
	get := func(path string, hdr map[string]string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, f.url+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Body.Close() })
		return r
	}
	for _, p := range []string{"/", "/block/3", "/tx/0x01", "/account/0xabc", "/provers", "/no/such/route"} {
		r := get(p, nil)
		body, _ := io.ReadAll(r.Body)
		if r.StatusCode != 200 || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") || !strings.Contains(string(body), `id="search"`) {
			t.Fatalf("GET %s: %d %s\n%.200s", p, r.StatusCode, r.Header.Get("Content-Type"), body)
		}
		if csp := r.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") {
			t.Fatalf("GET %s: content security policy %q", p, csp)
		}
	}
	r := get("/assets/app.js", nil)
	if r.StatusCode != 200 || !strings.Contains(r.Header.Get("Content-Type"), "javascript") || r.Header.Get("ETag") == "" {
		t.Fatalf("GET /assets/app.js: %d %q etag %q", r.StatusCode, r.Header.Get("Content-Type"), r.Header.Get("ETag"))
	}
	if again := get("/assets/app.js", map[string]string{"If-None-Match": r.Header.Get("ETag")}); again.StatusCode != http.StatusNotModified {
		t.Fatalf("a revalidation with the ETag: %d, want 304", again.StatusCode)
	}
	if r := get("/assets/nope.js", nil); r.StatusCode != 404 {
		t.Fatalf("GET an unknown asset: %d, want 404", r.StatusCode)
	}
	if r := get("/assets/../../go.mod", nil); r.StatusCode == 200 {
		body, _ := io.ReadAll(r.Body)
		if strings.Contains(string(body), "module ") {
			t.Fatal("a path outside the embedded files was served")
		}
	}
	code, resp := f.post(t, `{"jsonrpc":"2.0","id":1,"method":"zkr_blockNumber","params":[]}`)
	if code != 200 || resp["result"] == nil {
		t.Fatalf("POST JSON-RPC: %d %v", code, resp)
	}
}
