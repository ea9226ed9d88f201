package api_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestSubmitOrder: the node accepts a signed order that holds on its own
// and that the account's balance covers net of its open orders, persists
// it and reports it open; it refuses, with the rule's kind, an order over
// what is left, a bad signature, an expired order, another account's key,
// a cancelled order; a cancel (an L2 transaction) moves the order to
// cancelled.
func TestSubmitOrder(t *testing.T) {
	f := newFixture(t) // A holds 1000 wei of ETH
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	f.registerA(t, c)
	order := func(line string) *rollup.Order {
		t.Helper()
		if err := f.mirror.Exec(line); err != nil {
			t.Fatal(err)
		}
		name := line[len("order "):]
		name = name[:1] // the scenario lines here use one-letter names
		o, ok := f.mirror.Order(name)
		if !ok {
			t.Fatalf("no order %s", name)
		}
		return o
	}
	kind := func(err error) string {
		var de rpc.DataError
		if errors.As(err, &de) {
			if m, ok := de.ErrorData().(map[string]any); ok {
				s, _ := m["kind"].(string)
				return s
			}
		}
		return ""
	}
	first := order("order P A sell 600 ETH for 1200 DAI slot 0")
	h, err := c.SubmitOrder(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := c.SubmitOrder(ctx, first); err != nil || again != h {
		t.Fatalf("the same order again: %x, %v", again, err)
	}
	got, err := c.Order(ctx, h)
	if err != nil || got.State != "open" || got.AmountSell != "600" || got.Filled != "0" {
		t.Fatalf("order %+v, %v", got, err)
	}
	for _, tc := range []struct {
		line, kind string
	}{
		{"order Q A sell 500 ETH for 1000 DAI slot 1", "insufficient_funds"}, // 600 of 1000 are the open order's
		{"order R A sell 10 ETH for 20 DAI slot 2 badsig", "signature"},
		{"order S A sell 10 ETH for 20 DAI slot 2 until 1000", "order_expired"},
		{"order U A sell 10 ETH for 20 DAI slot 2 signer B", "pubkey_mismatch"},
		{"order V A sell 10 ETH for 20 DAI slot 2 gen 3", "order_generation"},
		{"order W A sell 10 ETH for 10 ETH slot 2", "same_token"},
	} {
		_, err := c.SubmitOrder(ctx, order(tc.line))
		if kind(err) != tc.kind {
			t.Errorf("%s: %v (kind %q), want kind %q", tc.line, err, kind(err), tc.kind)
		}
	}
	// 400 are left: an order for them is accepted
	if _, err := c.SubmitOrder(ctx, order("order X A sell 400 ETH for 800 DAI slot 1")); err != nil {
		t.Fatal(err)
	}
	if open, err := c.OpenOrders(ctx, first.Account); err != nil || len(open) != 2 {
		t.Fatalf("open orders %+v, %v", open, err)
	}
	cancel, err := f.mirror.Build("cancel A 0 1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Submit(ctx, cancel); err != nil {
		t.Fatal(err)
	}
	f.waitFor(t, func() bool { o, err := c.Order(ctx, h); return err == nil && o.State == "cancelled" })
	if _, err := c.SubmitOrder(ctx, first); kind(err) != "order_cancelled" {
		t.Fatalf("a cancelled order submitted again: %v", err)
	}
	if open, err := c.OpenOrders(ctx, first.Account); err != nil || len(open) != 1 {
		t.Fatalf("open orders after the cancel %+v, %v", open, err)
	}
}

// TestConcurrentOrdersNetOfEachOther: orders of one account submitted at
// once are checked one after the other (the book's lock per account): of
// four orders each selling 600 of the account's 1,000, exactly one is
// accepted, whatever the interleaving.
func TestConcurrentOrdersNetOfEachOther(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := api.Dial(ctx, f.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	f.registerA(t, c)
	var orders []*rollup.Order
	for slot := range 4 {
		name := string(rune('P' + slot))
		if err := f.mirror.Exec(fmt.Sprintf("order %s A sell 600 ETH for 1200 DAI slot %d", name, slot)); err != nil {
			t.Fatal(err)
		}
		o, _ := f.mirror.Order(name)
		orders = append(orders, o)
	}
	errs := make(chan error, len(orders))
	for _, o := range orders {
		go func() { _, err := c.SubmitOrder(ctx, o); errs <- err }()
	}
	accepted := 0
	for range orders {
		err := <-errs
		switch {
		case err == nil:
			accepted++
		case strings.Contains(err.Error(), "insufficient") || strings.Contains(err.Error(), "open orders"):
		default:
			t.Fatalf("an order refused for another reason: %v", err)
		}
	}
	if accepted != 1 {
		t.Fatalf("%d of 4 orders for 600 of 1,000 accepted at once, want 1", accepted)
	}
}

// registerA sets A's L2 key (a ChangePubKey through the API) and waits
// until the pending state has it.
func (f *fixture) registerA(t *testing.T, c *api.Client) {
	t.Helper()
	ctx := context.Background()
	cpk, err := f.mirror.Build("changepubkey A")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Submit(ctx, cpk); err != nil {
		t.Fatal(err)
	}
	if _, err := f.mirror.Apply(cpk); err != nil {
		t.Fatal(err)
	}
	f.waitFor(t, func() bool { a, _ := c.Account(ctx, f.mirror.Address("A"), "pending"); return a != nil && a.Nonce == 1 })
}
