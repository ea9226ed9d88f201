package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Config is one run.
type Config struct {
	URL         string // http://host:port of the node
	Accounts    int
	Txs         int
	Concurrency int
	Rate        int    // transfers per second in all (0: as fast as the node acknowledges)
	Funder      Key    // an account with funds and (or able to register) an L2 key
	Seed        string // derives the benchmark's account keys

	// L1, when set, makes the run wait until every block holding its
	// transfers is executed on L1 (at most L1Wait) and measure what the
	// operator paid for them (Result.L1).
	L1     L1Reader
	L1Wait time.Duration
}

// Key is an account's L1 and L2 keys.
type Key struct {
	L1 *ecdsa.PrivateKey
	L2 *crypto.PrivateKey
}

// Result is what a run measured.
type Result struct {
	Txs, Acked, Confirmed int
	Elapsed               time.Duration // first submit to last soft confirmation
	SubmitRate            float64       // acknowledged transfers per second
	ConfirmRate           float64       // soft-confirmed transfers per second
	AckP50, AckP99        time.Duration
	SoftP50, SoftP99      time.Duration
	Errors                map[string]int
	L1                    *L1Cost // with Config.L1
}

func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "transfers: %d sent, %d acknowledged, %d soft-confirmed in %s\n", r.Txs, r.Acked, r.Confirmed, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(&b, "throughput: %.0f acknowledged/s, %.0f soft-confirmed/s\n", r.SubmitRate, r.ConfirmRate)
	fmt.Fprintf(&b, "submit → ack latency: p50 %s, p99 %s\n", r.AckP50.Round(time.Microsecond*100), r.AckP99.Round(time.Microsecond*100))
	fmt.Fprintf(&b, "submit → soft confirmation: p50 %s, p99 %s\n", r.SoftP50.Round(time.Microsecond*100), r.SoftP99.Round(time.Microsecond*100))
	for e, n := range r.Errors {
		fmt.Fprintf(&b, "error ×%d: %s\n", n, e)
	}
	if r.L1 != nil {
		b.WriteString(r.L1.String())
	}
	return b.String()
}

type account struct {
	key   Key
	addr  common.Address
	id    uint32
	nonce uint32
}

func deriveKey(seed string, i int) (Key, error) {
	l1, err := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte("zkrollup-bench-l1:" + seed + ":" + strconv.Itoa(i))))
	if err != nil {
		return Key{}, err
	}
	l2, err := crypto.KeyFromSeed([]byte("zkrollup-bench-l2:" + seed + ":" + strconv.Itoa(i)))
	return Key{L1: l1, L2: l2}, err
}

// Run performs a benchmark against a running node; progress goes to out.
func Run(ctx context.Context, cfg Config, out io.Writer) (*Result, error) {
	if cfg.Accounts < 2 || cfg.Txs < 1 || cfg.Concurrency < 1 {
		return nil, errors.New("bench: need at least 2 accounts, 1 transfer and a concurrency of 1")
	}
	c, err := api.Dial(ctx, cfg.URL)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	params, err := c.Params(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the node's parameters: %w", err)
	}
	chainID := params.ChainID
	ws, err := api.Dial(ctx, strings.Replace(cfg.URL, "http", "ws", 1))
	if err != nil {
		return nil, err
	}
	defer ws.Close()
	seen := newSeen()
	hashes := make(chan common.Hash, 1<<16)
	sub, err := ws.RPC().Subscribe(ctx, "zkr", hashes, "pendingTxs")
	if err != nil {
		return nil, fmt.Errorf("subscribe to pendingTxs: %w", err)
	}
	defer sub.Unsubscribe()
	go func() {
		for h := range hashes {
			seen.mark(h)
		}
	}()

	// Setup: fund the accounts from the funder and register their keys.
	funder, err := load(ctx, c, cfg.Funder)
	if err != nil {
		return nil, fmt.Errorf("funder: %w", err)
	}
	if err := ensureKey(ctx, c, funder, params.Auth(), seen); err != nil {
		return nil, err
	}
	accs := make([]*account, cfg.Accounts)
	share, _ := num.FromUint64(1).MulUint64(1_000_000_000_000_000) // 0.001 ETH each: ample for fee-1 transfers of 1-1000 wei
	fmt.Fprintf(out, "setup: funding %d accounts from %s\n", cfg.Accounts, funder.addr)
	var last common.Hash
	for i := range accs {
		k, err := deriveKey(cfg.Seed, i)
		if err != nil {
			return nil, err
		}
		accs[i] = &account{key: k, addr: ethcrypto.PubkeyToAddress(k.L1.PublicKey)}
		if last, err = transfer(ctx, c, funder, accs[i].addr, share, chainID); err != nil {
			return nil, fmt.Errorf("fund account %d: %w", i, err)
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

	// Pre-sign every transfer so the run measures the node, not signing.
	fmt.Fprintf(out, "signing %d transfers\n", cfg.Txs)
	type job struct {
		tx   rollup.Tx
		hash common.Hash
	}
	perWorker := make([][]job, cfg.Concurrency)
	fee, _ := rollup.PackFee(num.FromUint64(1))
	for i := 0; i < cfg.Txs; i++ {
		a := accs[i%len(accs)]
		// another account each round: an offset of 1..n-1, never itself
		to := accs[(i+1+(i/len(accs))%(len(accs)-1))%len(accs)].addr
		amount, _ := rollup.PackAmount(num.FromUint64(uint64(1 + i%1000)))
		tr := &rollup.Transfer{From: a.id, To: to, Amount: amount, Fee: fee, Nonce: a.nonce}
		a.nonce++
		if err := rollup.SignTransfer(a.key.L2, chainID, tr); err != nil {
			return nil, err
		}
		h, err := rollup.TxHash(tr)
		if err != nil {
			return nil, err
		}
		w := (i % len(accs)) % cfg.Concurrency // an account's transfers stay in order on one worker
		perWorker[w] = append(perWorker[w], job{tx: tr, hash: h})
	}

	var firstL2, fromL1 uint64
	var backlog func() []BacklogPoint
	stopSampling := func() {}
	if cfg.L1 != nil {
		if params.Contract == nil {
			return nil, errors.New("bench: the node runs without an L1 contract; nothing to measure on L1")
		}
		st, err := c.Status(ctx)
		if err != nil {
			return nil, err
		}
		if fromL1, err = cfg.L1.BlockNumber(ctx); err != nil {
			return nil, fmt.Errorf("read the L1's block number: %w", err)
		}
		firstL2 = st.LatestBlock + 1
		sctx, cancel := context.WithCancel(ctx)
		stopSampling = cancel
		defer cancel()
		backlog = sampleBacklog(sctx, c, time.Now(), time.Second)
	}

	fmt.Fprintf(out, "sending with %d concurrent clients\n", cfg.Concurrency)
	res := &Result{Txs: cfg.Txs, Errors: map[string]int{}}
	var mu sync.Mutex
	var acked atomic.Int64
	sent := make(map[common.Hash]time.Time, cfg.Txs)
	var ackLat []time.Duration
	start := time.Now()
	err = sendAll(ctx, cfg.URL, perWorker, cfg.Rate, start, func(wc *api.Client, j job) {
		t0 := time.Now()
		mu.Lock()
		sent[j.hash] = t0
		mu.Unlock()
		_, err := wc.Submit(ctx, j.tx)
		d := time.Since(t0)
		mu.Lock()
		if err != nil {
			res.Errors[err.Error()]++
		} else {
			acked.Add(1)
			ackLat = append(ackLat, d)
		}
		mu.Unlock()
	})
	if err != nil {
		return nil, err
	}
	submitted := time.Since(start)
	res.Acked = int(acked.Load())
	// Wait for the soft confirmations of everything acknowledged.
	deadline := time.Now().Add(2 * time.Minute)
	for seen.countOf(sent) < res.Acked && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	var soft []time.Duration
	var lastSeen time.Time
	for h, t0 := range sent {
		if ts, ok := seen.at(h); ok {
			soft = append(soft, ts.Sub(t0))
			if ts.After(lastSeen) {
				lastSeen = ts
			}
		}
	}
	res.Confirmed = len(soft)
	res.Elapsed = lastSeen.Sub(start)
	res.SubmitRate = float64(res.Acked) / submitted.Seconds()
	if res.Elapsed > 0 {
		res.ConfirmRate = float64(res.Confirmed) / res.Elapsed.Seconds()
	}
	res.AckP50, res.AckP99 = percentiles(ackLat)
	res.SoftP50, res.SoftP99 = percentiles(soft)
	if cfg.L1 != nil {
		// each confirmed transfer's block; the newest is the last of the run
		blockOf := map[common.Hash]uint64{}
		var last uint64
		for h := range sent {
			if _, ok := seen.at(h); !ok {
				continue
			}
			st, err := c.TxStatus(ctx, h)
			if err != nil {
				return res, err
			}
			blockOf[h], last = st.Block, max(last, st.Block)
		}
		if last == 0 {
			return res, errors.New("bench: no transfer was confirmed; nothing to measure on L1")
		}
		fmt.Fprintf(out, "waiting for L2 blocks %d-%d to be executed on L1\n", firstL2, last)
		if err := waitExecuted(ctx, c, last, cfg.L1Wait, out); err != nil {
			return res, err
		}
		time.Sleep(1500 * time.Millisecond) // one more progress sample
		stopSampling()
		var err error
		if res.L1, err = MeasureL1(ctx, cfg.L1, *params.Contract, fromL1, c, firstL2, last); err != nil {
			return res, err
		}
		res.L1.Backlog = backlog()
		var lat []time.Duration
		for h, b := range blockOf {
			for _, p := range res.L1.Backlog {
				if p.ExecutedL1 >= b {
					lat = append(lat, p.when.Sub(sent[h]))
					break
				}
			}
		}
		if len(lat) > 0 {
			slices.Sort(lat)
			res.L1.ExecP50, res.L1.ExecMax, res.L1.Executed = lat[len(lat)/2], lat[len(lat)-1], len(lat)
		}
	}
	return res, nil
}

func percentiles(d []time.Duration) (p50, p99 time.Duration) {
	if len(d) == 0 {
		return 0, 0
	}
	slices.Sort(d)
	return d[len(d)*50/100], d[min(len(d)-1, len(d)*99/100)]
}

func load(ctx context.Context, c *api.Client, k Key) (*account, error) {
	a := &account{key: k, addr: ethcrypto.PubkeyToAddress(k.L1.PublicKey)}
	got, err := c.Account(ctx, a.addr, "pending")
	if err != nil {
		return nil, err
	}
	if got == nil {
		return nil, fmt.Errorf("%s has no account on the rollup: start the node with --dev-accounts 1 or more", a.addr)
	}
	a.id, a.nonce = got.ID, got.NextNonce
	return a, nil
}

func ensureKey(ctx context.Context, c *api.Client, a *account, auth rollup.AuthDomain, seen *seenSet) error {
	got, err := c.Account(ctx, a.addr, "pending")
	if err != nil {
		return err
	}
	var last common.Hash
	if err := ensureKeyNoWait(ctx, c, a, auth, &last, got); err != nil {
		return err
	}
	if last != (common.Hash{}) {
		return seen.wait(ctx, last, time.Minute)
	}
	return nil
}

// ensureKeyNoWait registers the account's L2 key if it has none.
func ensureKeyNoWait(ctx context.Context, c *api.Client, a *account, auth rollup.AuthDomain, last *common.Hash, got *api.Account) error {
	pkh := a.key.L2.Public().Hash()
	if string(got.PubKeyHash) == string(pkh[:]) {
		return nil
	}
	cpk := &rollup.ChangePubKey{AccountID: a.id, Nonce: a.nonce}
	if err := rollup.SignChangePubKey(a.key.L2, auth.ChainID, cpk); err != nil {
		return err
	}
	if err := rollup.SignEthAuth(a.key.L1, auth, cpk); err != nil {
		return err
	}
	h, err := c.Submit(ctx, cpk)
	if err != nil {
		return fmt.Errorf("register the key of %s: %w", a.addr, err)
	}
	a.nonce++
	*last = h
	return nil
}

func transfer(ctx context.Context, c *api.Client, from *account, to common.Address, amount num.U128, chainID uint64) (common.Hash, error) {
	packed, err := rollup.PackAmount(amount)
	if err != nil {
		return common.Hash{}, err
	}
	tr := &rollup.Transfer{From: from.id, To: to, Amount: packed, Nonce: from.nonce}
	if err := rollup.SignTransfer(from.key.L2, chainID, tr); err != nil {
		return common.Hash{}, err
	}
	h, err := c.Submit(ctx, tr)
	if err == nil {
		from.nonce++
	}
	return h, err
}

// seenSet records when each hash was announced.
type seenSet struct {
	mu sync.Mutex
	m  map[common.Hash]time.Time
}

func newSeen() *seenSet { return &seenSet{m: map[common.Hash]time.Time{}} }

func (s *seenSet) mark(h common.Hash) {
	now := time.Now()
	s.mu.Lock()
	if _, ok := s.m[h]; !ok {
		s.m[h] = now
	}
	s.mu.Unlock()
}

func (s *seenSet) at(h common.Hash) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.m[h]
	return t, ok
}

func (s *seenSet) countOf(hs map[common.Hash]time.Time) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for h := range hs {
		if _, ok := s.m[h]; ok {
			n++
		}
	}
	return n
}

func (s *seenSet) wait(ctx context.Context, h common.Hash, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		if _, ok := s.at(h); ok {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("transaction %s was not soft-confirmed within %s", h, limit)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// sendAll runs one client per worker, each sending its jobs in order:
// on schedule (rate in all: an open loop, whatever the latency) or, at
// rate 0, each once the previous one is acknowledged.
func sendAll[J any](ctx context.Context, url string, perWorker [][]J, rate int, start time.Time, send func(*api.Client, J)) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	for w := range perWorker {
		wc, err := api.Dial(ctx, url)
		if err != nil {
			return err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer wc.Close()
			var interval time.Duration
			if rate > 0 {
				interval = time.Duration(float64(time.Second) * float64(len(perWorker)) / float64(rate))
			}
			for k, j := range perWorker[w] {
				if interval > 0 {
					due := start.Add(time.Duration(k)*interval + time.Duration(w)*interval/time.Duration(len(perWorker)))
					if d := time.Until(due); d > 0 {
						time.Sleep(d)
					}
				}
				send(wc, j)
			}
		}()
	}
	return nil
}
