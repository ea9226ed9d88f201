package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
)

// OrdersConfig is an exchange load: each account places orders around a
// mid price — limit orders that rest, IOC orders that cross the book (a
// market order is an IOC at its worst price) — and cancels some of its
// resting ones (an L2 CancelOrder).
type OrdersConfig struct {
	URL         string
	Market      string // symbol or id; empty: the node's first market
	Accounts    int
	Orders      int // orders in all
	Concurrency int
	Rate        int    // orders per second in all (0: as fast as the node acknowledges)
	Mid         uint64 // mid price in ticks (0: 300,000, 3,000 DUSD an ETH on the dev market)
	Funder      Key    // holds the market's base and quote tokens on L2
	Seed        string
	Settle      time.Duration // how long to wait for the trades to settle on L2 (0: 2 minutes)
}

// OrdersResult is what RunOrders measured.
type OrdersResult struct {
	Orders, Acked, Cancels int
	Errors                 map[string]int
	Seqs                   []uint64      // the acknowledged orders' stream sequences
	Elapsed                time.Duration // first order to last acknowledgement
	OrderRate              float64       // acknowledged orders per second
	AckP50, AckP99         time.Duration // zkr_placeOrder: signed order in -> in the stream (fsync)
	Trades                 int           // fills the engine made (bookDiffs)
	TradeRate              float64       // fills per second over the run
	Settled                int           // SpotTrades in L2 blocks since the run began
	Refused                int           // fills the rules refused (an order cancelled on L2 before its fill settled): fills - settled once the flow is idle
	SettleWait             time.Duration // from the last acknowledgement until the last fill settled
}

func (r OrdersResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "orders: %d sent, %d acknowledged in %s: %.0f orders/s (ack p50 %s, p99 %s); %d cancels\n",
		r.Orders, r.Acked, r.Elapsed.Round(time.Millisecond), r.OrderRate, r.AckP50.Round(time.Microsecond), r.AckP99.Round(time.Microsecond), r.Cancels)
	fmt.Fprintf(&b, "trades: %d fills (%.0f/s); %d SpotTrades settled on L2, the last %s after the last order; %d refused by the rules\n",
		r.Trades, r.TradeRate, r.Settled, r.SettleWait.Round(time.Millisecond), r.Refused)
	for e, n := range r.Errors {
		fmt.Fprintf(&b, "  refused %d×: %s\n", n, e)
	}
	return b.String()
}

// RunOrders funds the accounts with the market's two tokens, registers
// their keys, pre-signs every order, then sends them.
func RunOrders(ctx context.Context, cfg OrdersConfig, out interface{ Write([]byte) (int, error) }) (*OrdersResult, error) {
	if cfg.Accounts < 2 || cfg.Orders < 1 || cfg.Concurrency < 1 {
		return nil, errors.New("bench: need at least 2 accounts, 1 order and a concurrency of 1")
	}
	if cfg.Mid == 0 {
		cfg.Mid = 300_000
	}
	if cfg.Settle == 0 {
		cfg.Settle = 2 * time.Minute
	}
	c, err := api.Dial(ctx, cfg.URL)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	params, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	markets, err := c.Markets(ctx)
	if err != nil {
		return nil, err
	}
	var m *orderflow.Market
	for i := range markets {
		if cfg.Market == "" || strings.EqualFold(markets[i].Symbol, cfg.Market) || fmt.Sprint(markets[i].ID) == cfg.Market {
			m = &markets[i]
			break
		}
	}
	if m == nil {
		return nil, fmt.Errorf("bench: the node lists no market %q (%d markets)", cfg.Market, len(markets))
	}
	perAccount := (cfg.Orders + cfg.Accounts - 1) / cfg.Accounts
	if perAccount > 1<<params.OrderDepth {
		return nil, fmt.Errorf("bench: %d orders per account, but an account has %d order slots: use more accounts", perAccount, 1<<params.OrderDepth)
	}
	ws, err := api.Dial(ctx, strings.Replace(cfg.URL, "http", "ws", 1))
	if err != nil {
		return nil, err
	}
	defer ws.Close()
	seen := newSeen()
	txs := make(chan common.Hash, 1<<16)
	sub, err := ws.RPC().Subscribe(ctx, "zkr", txs, "pendingTxs")
	if err != nil {
		return nil, err
	}
	defer sub.Unsubscribe()
	go func() {
		for h := range txs {
			seen.mark(h)
		}
	}()
	diffs := make(chan api.BookDiff, 1<<16)
	bsub, err := ws.RPC().Subscribe(ctx, "zkr", diffs, "bookDiffs", m.ID)
	if err != nil {
		return nil, err
	}
	defer bsub.Unsubscribe()
	var fills atomic.Int64
	var lastFill atomic.Int64
	go func() {
		for d := range diffs {
			if len(d.Trades) > 0 {
				fills.Add(int64(len(d.Trades)))
				lastFill.Store(time.Now().UnixNano())
			}
		}
	}()

	// Setup: each account gets base for 40 lots a sell and quote for 40
	// lots a buy at up to 2% over the mid, for all its orders.
	funder, err := load(ctx, c, cfg.Funder)
	if err != nil {
		return nil, fmt.Errorf("funder: %w", err)
	}
	if err := ensureKey(ctx, c, funder, params.Auth(), seen); err != nil {
		return nil, err
	}
	baseEach, _ := num.FromUint64(uint64(perAccount) * 40).MulUint64(m.LotSize)
	q, _ := num.FromUint64(uint64(perAccount) * 40).MulUint64(cfg.Mid + cfg.Mid/50)
	quoteEach, _ := q.MulUint64(m.TickSize)
	fmt.Fprintf(out, "setup: funding %d accounts with %s units of token %d and %s of token %d\n", cfg.Accounts, baseEach, m.Base, quoteEach, m.Quote)
	accs := make([]*account, cfg.Accounts)
	var last common.Hash
	for i := range accs {
		k, err := deriveKey(cfg.Seed, i)
		if err != nil {
			return nil, err
		}
		accs[i] = &account{key: k, addr: ethcrypto.PubkeyToAddress(k.L1.PublicKey)}
		for _, tv := range []struct {
			tok uint16
			v   num.U128
		}{{m.Base, baseEach}, {m.Quote, quoteEach}} {
			packed, err := rollup.PackAmount(tv.v)
			if err != nil {
				return nil, fmt.Errorf("bench: the funding of %s cannot be packed: %w", tv.v, err)
			}
			tr := &rollup.Transfer{From: funder.id, To: accs[i].addr, Token: tv.tok, Amount: packed, Nonce: funder.nonce}
			if err := rollup.SignTransfer(funder.key.L2, params.ChainID, tr); err != nil {
				return nil, err
			}
			if last, err = c.Submit(ctx, tr); err != nil {
				return nil, fmt.Errorf("fund account %d: %w", i, err)
			}
			funder.nonce++
		}
	}
	if err := seen.wait(ctx, last, time.Minute); err != nil {
		return nil, err
	}
	for i, a := range accs {
		got, err := c.Account(ctx, a.addr, "pending")
		if err != nil || got == nil {
			return nil, fmt.Errorf("account %d was not created: %v", i, err)
		}
		a.id, a.nonce = got.ID, got.NextNonce
		if err := ensureKeyNoWait(ctx, c, a, params.Auth(), &last, got); err != nil {
			return nil, err
		}
	}
	if err := seen.wait(ctx, last, time.Minute); err != nil {
		return nil, err
	}
	st, err := c.Status(ctx)
	if err != nil {
		return nil, err
	}
	firstBlock := st.LatestBlock + 1

	// Pre-sign: each account's k-th order takes its slot k; a quarter of
	// the orders are IOCs 1-2% through the mid (they take), the rest rest
	// within 1% on their side, and every fifth resting order is cancelled
	// after it.
	fmt.Fprintf(out, "signing %d orders\n", cfg.Orders)
	type job struct {
		o      *rollup.Order
		args   api.PlaceArgs
		cancel *rollup.CancelOrder
	}
	rng := rand.New(rand.NewPCG(uint64(len(cfg.Seed)), 42))
	perWorker := make([][]job, cfg.Concurrency)
	for i := 0; i < cfg.Orders; i++ {
		a := accs[i%len(accs)]
		slot := uint16(i / len(accs))
		lots := uint64(1 + rng.IntN(40))
		sell := rng.IntN(2) == 0
		ioc := rng.IntN(4) == 0
		off := cfg.Mid * uint64(1+rng.IntN(100)) / 10_000 // 0.01-1%: sells rest above the mid, buys below
		price := cfg.Mid - off
		if sell {
			price = cfg.Mid + off
		}
		if ioc { // 2% through the mid: takes what rests
			if sell {
				price = cfg.Mid - cfg.Mid/50
			} else {
				price = cfg.Mid + cfg.Mid/50
			}
		}
		base, _ := num.FromUint64(lots).MulUint64(m.LotSize)
		qq, _ := num.FromUint64(lots).MulUint64(price)
		quote, _ := qq.MulUint64(m.TickSize)
		o := &rollup.Order{Account: a.id, Slot: slot, Generation: 1, MaxFeeBips: max(m.TakerFeeBips, m.MakerFeeBips), ValidUntil: ^uint32(0)}
		var e1, e2 error
		if sell {
			o.TokenSell, o.TokenBuy = m.Base, m.Quote
			o.AmountSell, e1 = rollup.PackAmount(base)
			o.AmountBuy, e2 = rollup.PackAmount(quote)
		} else {
			o.TokenSell, o.TokenBuy, o.Buy = m.Quote, m.Base, true
			o.AmountSell, e1 = rollup.PackAmount(quote)
			o.AmountBuy, e2 = rollup.PackAmount(base)
		}
		if err := errors.Join(e1, e2); err != nil {
			return nil, err
		}
		if err := rollup.SignOrder(a.key.L2, params.ChainID, o); err != nil {
			return nil, err
		}
		j := job{o: o, args: api.PlaceArgs{Market: m.ID}}
		if ioc {
			j.args.TIF = "IOC"
		} else if rng.IntN(5) == 0 {
			cx := &rollup.CancelOrder{Account: a.id, Slot: slot, Generation: 1, Nonce: a.nonce}
			a.nonce++
			if err := rollup.SignCancelOrder(a.key.L2, params.ChainID, cx); err != nil {
				return nil, err
			}
			j.cancel = cx
		}
		w := (i % len(accs)) % cfg.Concurrency // an account's orders and cancels stay in order on one worker
		perWorker[w] = append(perWorker[w], j)
	}

	fmt.Fprintf(out, "sending with %d concurrent clients\n", cfg.Concurrency)
	res := &OrdersResult{Orders: cfg.Orders, Errors: map[string]int{}}
	var mu sync.Mutex
	var ackLat []time.Duration
	start := time.Now()
	err = sendAll(ctx, cfg.URL, perWorker, cfg.Rate, start, func(wc *api.Client, j job) {
		t0 := time.Now()
		placed, err := wc.PlaceOrder(ctx, j.o, j.args)
		d := time.Since(t0)
		mu.Lock()
		if err != nil {
			res.Errors[err.Error()]++
		} else {
			res.Acked++
			res.Seqs = append(res.Seqs, placed.Seq)
			ackLat = append(ackLat, d)
		}
		mu.Unlock()
		if j.cancel != nil && err == nil {
			_, err := wc.Submit(ctx, j.cancel)
			mu.Lock()
			if err != nil {
				res.Errors["cancel: "+err.Error()]++
			} else {
				res.Cancels++
			}
			mu.Unlock()
		}
	})
	if err != nil {
		return nil, err
	}
	res.Elapsed = time.Since(start)
	res.OrderRate = float64(res.Acked) / res.Elapsed.Seconds()
	res.AckP50, res.AckP99 = percentiles(ackLat)
	acked := time.Now()

	// The trades settle: count SpotTrades in the blocks since the run
	// began until they match the fills (a fill within one chunk is one
	// SpotTrade) or the wait ends.
	time.Sleep(200 * time.Millisecond) // the last diffs
	res.Trades = int(fills.Load())
	if lf := lastFill.Load(); lf > 0 {
		res.TradeRate = float64(res.Trades) / time.Unix(0, lf).Sub(start).Seconds()
	}
	deadline := time.Now().Add(cfg.Settle)
	next := firstBlock
	idleSince := time.Time{}
	for {
		st, err := c.Status(ctx)
		if err != nil {
			return res, err
		}
		before := res.Settled
		for ; next <= st.LatestBlock; next++ {
			b, err := c.Block(ctx, next)
			if err != nil {
				return res, err
			}
			for _, op := range b.Ops {
				if op.Type == "SpotTrade" {
					res.Settled++
				}
			}
		}
		if res.Settled > before {
			res.SettleWait = time.Since(acked) // the newest SpotTrade is in a block now (within a poll)
		}
		// idle: every input applied and published, nothing queued for the
		// sequencer, no new SpotTrade for a second (refused fills never come)
		xs, err := c.ExchangeStatus(ctx)
		if err != nil {
			return res, err
		}
		switch idle := xs.Applied == xs.Orders && xs.Outputs == xs.Orders && xs.Queued == 0; {
		case !idle:
			idleSince = time.Time{}
		case idleSince.IsZero():
			idleSince = time.Now()
		}
		if res.Settled >= res.Trades || (!idleSince.IsZero() && time.Since(idleSince) > time.Second) || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	res.Refused = max(0, res.Trades-res.Settled)
	return res, nil
}
