package sequencer

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// BenchmarkSequencerTransfers measures the node's pipeline in process at
// production shape (depths 24/10, 64 slots): signed transfers submitted
// by 32 goroutines through the mempool (admission, signature, group
// commit to SQLite) while the sequencer ticks every 5 ms, until every
// transfer is in a sealed block (SQL block + ops, Pebble tree commit).
// transfers/s is the figure; 1,000 accounts send.
func BenchmarkSequencerTransfers(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := b.TempDir()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(dir, "db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	kvs, err := kv.OpenPebble(filepath.Join(dir, "state"))
	if err != nil {
		b.Fatal(err)
	}
	defer kvs.Close()
	p := rollup.ProdParams
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := Open(ctx, Config{Tick: 5 * time.Millisecond, BlockTimeout: 50 * time.Millisecond}, p, db, kvs,
		common.Address{1}, mempool.Config{MaxTxs: 1 << 20, MaxPerAccount: 1 << 16, MaxTxBytes: 512}, log)
	if err != nil {
		b.Fatal(err)
	}
	const accounts = 1000
	type acct struct {
		l2    *crypto.PrivateKey
		addr  common.Address
		id    uint32
		nonce uint32
	}
	accs := make([]*acct, accounts)
	var ops []store.PriorityOp
	amount := num.FromUint64(1 << 60)
	for i := range accs {
		l1, _ := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte(fmt.Sprint("bench-l1-", i))))
		l2, _ := crypto.KeyFromSeed([]byte(fmt.Sprint("bench-l2-", i)))
		accs[i] = &acct{l2: l2, addr: ethcrypto.PubkeyToAddress(l1.PublicKey)}
		dep := rollup.Deposit{To: accs[i].addr, Amount: amount}
		ops = append(ops, store.PriorityOp{ID: uint64(i), OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata()})
	}
	if err := db.AddPriorityOps(ctx, ops); err != nil {
		b.Fatal(err)
	}
	for s.Latest() < uint64(accounts/p.BlockSlots) || s.pool.Len() > 0 {
		if err := s.MiniBlock(ctx); err != nil {
			b.Fatal(err)
		}
		if s.openLen() == 0 && s.nextPriority == accounts {
			break
		}
	}
	for i, a := range accs {
		st, ok, err := s.PendingAccountByAddress(a.addr)
		if err != nil || !ok {
			b.Fatalf("account %d not created: %v", i, err)
		}
		a.id = st.ID
		l1, _ := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte(fmt.Sprint("bench-l1-", i))))
		cpk := &rollup.ChangePubKey{AccountID: a.id}
		_ = rollup.SignChangePubKey(a.l2, p.ChainID, cpk)
		_ = rollup.SignEthAuth(l1, p.Auth(), cpk)
		raw, _ := rollup.EncodeTx(cpk)
		if _, err := s.pool.Submit(ctx, raw); err != nil {
			b.Fatal(err)
		}
		a.nonce = 1
	}
	for s.pool.Len() > 0 || s.openLen() > 0 {
		s.clockAdvance()
		if err := s.MiniBlock(ctx); err != nil {
			b.Fatal(err)
		}
	}
	s.now = time.Now
	fee, _ := rollup.PackFee(num.FromUint64(1))
	raws := make([][]byte, b.N)
	for i := range raws {
		a := accs[i%accounts]
		amt, _ := rollup.PackAmount(num.FromUint64(uint64(1 + i%1000)))
		tr := &rollup.Transfer{From: a.id, To: accs[(i*7+1)%accounts].addr, Amount: amt, Fee: fee, Nonce: a.nonce}
		a.nonce++
		_ = rollup.SignTransfer(a.l2, p.ChainID, tr)
		raws[i], _ = rollup.EncodeTx(tr)
	}
	start := s.Latest()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	b.ResetTimer()
	go func() { done <- s.Run(runCtx) }()
	var wg sync.WaitGroup
	const workers = 32
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// each worker owns whole accounts, so nonces arrive in order
			for i := 0; i < b.N; i++ {
				if (i%accounts)%workers != w {
					continue
				}
				if _, err := s.pool.Submit(ctx, raws[i]); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	for {
		s.mu.Lock()
		idle := s.pool.Len() == 0 && s.openLen() == 0
		s.mu.Unlock()
		if idle {
			break
		}
		time.Sleep(time.Millisecond)
	}
	b.StopTimer()
	stop()
	<-done
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "transfers/s")
	b.ReportMetric(float64(s.Latest()-start), "blocks")
}

// clockAdvance makes the open block old enough to seal (setup only).
func (s *Sequencer) clockAdvance() {
	now := s.now()
	s.now = func() time.Time { return now.Add(time.Hour) }
}
