package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/devnet"
	"github.com/zkrollup/zkrollup/wallet"
)

// chromium finds the browser for the explorer's test: ZKROLLUP_CHROMIUM,
// else chromium on PATH. Without one the test skips, unless
// ZKROLLUP_REQUIRE_BROWSER=1 (CI sets it: .ci/run installs Debian's
// chromium) makes it fail.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ZKROLLUP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ZKROLLUP_REQUIRE_BROWSER") == "1" {
		t.Fatal("no chromium on PATH (ZKROLLUP_REQUIRE_BROWSER=1): apt-get install chromium, or set ZKROLLUP_CHROMIUM")
	}
	t.Skip("no chromium on PATH: apt-get install chromium (or set ZKROLLUP_CHROMIUM) to run the explorer's browser test")
	return ""
}

// artifacts is where the browser test leaves its screenshots and timings:
// ZKROLLUP_ARTIFACTS, else artifacts/explorer at the repository's root.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ZKROLLUP_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "artifacts")
	}
	dir = filepath.Join(dir, "explorer")
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// stageSeen is when the test's own poll of the node first saw a
// transaction's (status, l1 stage).
type stageSeen struct {
	Status string  `json:"status"`
	L1     string  `json:"l1"`
	At     float64 `json:"at"` // unix ms
}

// TestExplorerInABrowser runs `zkrollup dev` (test profile) in process
// and drives its explorer in headless chromium as a person would: the
// home page lists live blocks; a transfer sent with the wallet is watched
// on its transaction page, without reloading, until it is executed on
// L1; a search finds an account and its history; a block page lists the
// transfer; the provers, L1 costs and market pages draw their data; an
// unknown hash and a stopped node are said in words. Every page is
// screenshotted into artifacts/explorer, and any console error or
// uncaught exception fails the test. It measures the home page's first
// paint and how long after the node knew each of the transfer's stages
// the page showed it (timings.json beside the screenshots).
func TestExplorerInABrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("proves blocks with Groth16")
	}
	browser := chromium(t)
	out := artifacts(t)
	dev := startDev(t, func(c *devnet.Config) { c.DepositDUSD = ether("100000") })
	ctx, l2, stopNode := dev.ctx, dev.l2, dev.stop
	base := "http://" + dev.nc.APIAddr
	if !strings.Contains(dev.out.String(), "Explorer:     "+base+"/") {
		t.Fatalf("zkrollup dev does not print the explorer's address %s/:\n%s", base, dev.out.String())
	}
	open := dev.wallet
	alice, bob := open(0), open(1)

	// The browser, its console watched from the first page on.
	// (its own context: the browser outlives the node, to see it stop)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.WindowSize(1280, 900), chromedp.Flag("disable-gpu", true))...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	var cmu sync.Mutex
	var consoleErrs []string
	watching := true
	err := chromedp.Listen(bctx, func(ev any) {
		cmu.Lock()
		defer cmu.Unlock()
		if !watching {
			return
		}
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				consoleErrs = append(consoleErrs, "console."+string(e.Type)+": "+strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			consoleErrs = append(consoleErrs, fmt.Sprintf("uncaught exception at %s:%d: %s", d.URL, d.LineNumber, msg))
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				consoleErrs = append(consoleErrs, fmt.Sprintf("%s error: %s (%s)", e.Entry.Source, e.Entry.Text, e.Entry.URL))
			}
		}
	})
	if err != nil {
		t.Fatalf("start chromium (%s): %v", browser, err)
	}
	// run does the steps within a minute; a failure shows the page's text.
	pageText := func() string {
		tctx, tcancel := context.WithTimeout(bctx, 5*time.Second)
		defer tcancel()
		body, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("body")))
		return body
	}
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, tcancel := context.WithTimeout(bctx, 60*time.Second)
		defer tcancel()
		if err := chromedp.Do(tctx, steps...); err != nil {
			t.Fatalf("%s: %v\npage text:\n%s", what, err, pageText())
		}
	}
	text := func(sel string) string {
		t.Helper()
		tctx, tcancel := context.WithTimeout(bctx, 10*time.Second)
		defer tcancel()
		v, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return v
	}
	shot := func(name string) {
		t.Helper()
		tctx, tcancel := context.WithTimeout(bctx, 30*time.Second)
		defer tcancel()
		png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	visible := func(sel string) chromedp.Action[chromedp.Void] { return chromedp.WaitVisible(chromedp.CSS(sel)) }

	// Home: the status bar and the blocks of the start-up deposits.
	run("open the home page", chromedp.Navigate(base+"/"), visible(`body[data-ready="1"]`),
		visible(`[data-testid="blocks"] tr[data-block]`), visible(`[data-testid="chain-status"]`))
	firstPaint, err := chromedp.Run(bctx, chromedp.Evaluate[float64](`(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime`))
	if err != nil {
		t.Fatal(err)
	}
	if firstPaint < 0 {
		t.Fatal("the browser recorded no first contentful paint of the home page")
	}
	// where the time went: the page's navigation and resource timings
	const timingJS = `JSON.stringify({nav: performance.getEntriesByType('navigation')[0].toJSON(),
		resources: performance.getEntriesByType('resource').map(r => ({name: r.name, start: r.startTime, end: r.responseEnd}))})`
	coldTimings, err := chromedp.Run(bctx, chromedp.Evaluate[string](timingJS))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("home page: first contentful paint %.0f ms after navigation started", firstPaint)
	shot("home")
	// Again, with the browser's cache warm (ETag revalidations).
	run("reload the home page", chromedp.Reload(), visible(`body[data-ready="1"]`), visible(`[data-testid="blocks"] tr[data-block]`))
	warmPaint, err := chromedp.Run(bctx, chromedp.Evaluate[float64](`(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("home page reloaded: first contentful paint %.0f ms", warmPaint)

	// A market with a resting order and a trade, for the market page.
	markets, err := l2.Markets(ctx)
	if err != nil || len(markets) == 0 {
		t.Fatalf("the dev network lists no market: %v", err)
	}
	m := markets[0]
	dusd, err := alice.Token(ctx, "DUSD")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := alice.PlaceOrder(ctx, wallet.OrderSpec{Sell: ethToken, Buy: dusd, SellAmount: ether("1"), BuyAmount: ether("3000"), MaxFeeBips: 10}); err != nil {
		t.Fatalf("a resting sell order: %v", err)
	}
	if _, _, err := bob.PlaceOrder(ctx, wallet.OrderSpec{Sell: dusd, Buy: ethToken, SellAmount: ether("1600"), BuyAmount: ether("0.5"),
		BuyOrder: true, TIF: "IOC", MaxFeeBips: 10}); err != nil {
		t.Fatalf("a taking buy order: %v", err)
	}

	// A transfer, watched on its page until it is executed on L1; the
	// test's own poll of the node notes when the node knew each stage.
	h, err := bob.Transfer(ctx, alice.Address(), ethToken, ether("1.25"), ether("0.001"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]stageSeen{}
	var smu sync.Mutex
	pollCtx, stopPoll := context.WithCancel(ctx)
	defer stopPoll()
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		for pollCtx.Err() == nil {
			var v api.TxView
			if err := l2.RPC().CallContext(pollCtx, &v, "zkr_getTx", h); err == nil {
				k := v.Status + "/" + v.L1
				smu.Lock()
				if _, ok := seen[k]; !ok {
					seen[k] = stageSeen{Status: v.Status, L1: v.L1, At: float64(time.Now().UnixMicro()) / 1000}
				}
				smu.Unlock()
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	txURL := fmt.Sprintf("%s/tx/%s", base, h.Hex())
	run("open the transfer's page", chromedp.Navigate(txURL), visible(`[data-testid="tx-page"]`))
	shot("tx-pending")
	wctx, wcancel := context.WithTimeout(bctx, 4*time.Minute)
	err = chromedp.Do(wctx, visible(`[data-testid="tx-status"][data-status="executed"]`))
	wcancel()
	if err != nil {
		st, _ := l2.TxStatus(ctx, h)
		t.Fatalf("the transfer's page never showed it executed on L1 (the node says %+v): %v\n%s", st, err, pageText())
	}
	statusText := text(`[data-testid="tx-status"]`)
	events, err := chromedp.Run(bctx, chromedp.Evaluate[[]stageSeen](`window.__explorer.events`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.ToLower(statusText), "executed on l1") {
		t.Errorf("the status says %q, want it to say executed on L1", statusText)
	}
	shot("tx-executed")
	stopPoll()
	<-polled

	// The home page in a new tab, the network quieter now.
	tab, tabCancel := chromedp.NewContext(bctx)
	if err := chromedp.Do(tab, chromedp.Navigate(base+"/"), visible(`[data-testid="blocks"] tr[data-block]`)); err != nil {
		t.Fatal(err)
	}
	tabPaint, err := chromedp.Run(tab, chromedp.Evaluate[float64](`(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime`))
	tabCancel()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("home page in a new tab: first contentful paint %.0f ms", tabPaint)

	// How long after the node knew each stage the page showed it: the
	// page was not reloaded, so each change came over the WebSocket.
	type latency struct {
		Stage     string  `json:"stage"`
		NodeAt    float64 `json:"nodeAt"`
		PageAt    float64 `json:"pageAt"`
		LatencyMs float64 `json:"latencyMs"`
	}
	var lat []latency
	smu.Lock()
	for _, e := range events {
		k := e.Status + "/" + e.L1
		if s, ok := seen[k]; ok {
			lat = append(lat, latency{Stage: k, NodeAt: s.At, PageAt: e.At, LatencyMs: e.At - s.At})
		}
	}
	smu.Unlock()
	for _, want := range []string{"committed/committed", "committed/proven", "executed/executed"} {
		found := false
		for _, l := range lat {
			if l.Stage == want {
				found = true
				t.Logf("stage %-20s shown %6.0f ms after the node's own poll saw it", l.Stage, l.LatencyMs)
			}
		}
		if !found {
			t.Errorf("the page never showed stage %s live (its events: %+v)", want, events)
		}
	}
	tj, _ := json.MarshalIndent(map[string]any{"firstContentfulPaintMs": firstPaint, "reloadFirstContentfulPaintMs": warmPaint, "newTabFirstContentfulPaintMs": tabPaint,
		"coldLoad": json.RawMessage(coldTimings), "txStages": lat}, "", "  ")
	if err := os.WriteFile(filepath.Join(out, "timings.json"), tj, 0o644); err != nil {
		t.Fatal(err)
	}

	// Search the receiver's address: its balances and history, which
	// lists the transfer.
	run("search an address",
		chromedp.SetValue(chromedp.CSS(`#search input[name="q"]`), alice.Address().Hex()),
		chromedp.Submit(chromedp.CSS(`#search`)),
		visible(`[data-testid="account-balances"]`),
		visible(fmt.Sprintf(`[data-testid="account-history"] a[href="/tx/%s"]`, h.Hex())))
	path, err := chromedp.Run(bctx, chromedp.Evaluate[string](`location.pathname`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.EqualFold(path, "/account/"+alice.Address().Hex()) {
		t.Errorf("the search went to %s, want /account/%s", path, alice.Address().Hex())
	}
	shot("account")

	// The transfer's block, opened from the history's link.
	st, err := l2.TxStatus(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	run("open the transfer's block",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-testid="account-history"] a[data-testid="block-link"][href="/block/%d"]`, st.Block))),
		visible(fmt.Sprintf(`[data-testid="block-page"][data-block="%d"]`, st.Block)),
		visible(fmt.Sprintf(`[data-testid="block-ops"] a[href="/tx/%s"]`, h.Hex())))
	shot("block")

	// The operator's pages and the market.
	run("open the provers page", chromedp.Navigate(base+"/provers"), visible(`[data-testid="provers-page"] svg`))
	shot("provers")
	run("open the L1 costs page", chromedp.Navigate(base+"/l1"), visible(`[data-testid="l1-page"] svg`))
	shot("l1-costs")
	run("open the market page", chromedp.Navigate(fmt.Sprintf("%s/market/%d", base, m.ID)), visible(`[data-testid="market-page"] svg`))
	marketText := text(`[data-testid="market-page"]`)
	if !strings.Contains(marketText, m.Symbol) {
		t.Errorf("the market page does not name %s:\n%s", m.Symbol, marketText)
	}
	shot("market")

	// An unknown hash, said in words.
	unknown := common.BigToHash(big.NewInt(0xdead))
	run("open an unknown transaction", chromedp.Navigate(base+"/tx/"+unknown.Hex()), visible(`[data-testid="not-found"]`))
	shot("not-found")

	cmu.Lock()
	errs := append([]string(nil), consoleErrs...)
	watching = false // a stopped node makes the browser log failed requests: expected from here
	cmu.Unlock()
	for _, e := range errs {
		t.Errorf("browser: %s", e)
	}

	// The node stops: the page says so.
	run("open the home page again", chromedp.Navigate(base+"/"), visible(`[data-testid="blocks"] tr[data-block]`))
	stopNode()
	run("see the node gone", visible(`[data-testid="connection"]:not([hidden])`))
	if msg := text(`[data-testid="connection"]`); !strings.Contains(msg, "connection lost") {
		t.Errorf("with the node stopped the page says %q, want it to say the connection is lost", msg)
	}
	shot("node-down")
	var shots []string
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		shots = append(shots, e.Name())
	}
	t.Logf("artefacts in %s: %s", out, strings.Join(shots, ", "))
}
