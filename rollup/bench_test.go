package rollup_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

// benchWorld is a production-shaped state (account tree depth 24, balance
// tree depth 10) with many funded accounts, of which the first `signers` have
// L2 keys. Built once per process: it takes seconds.
type benchWorld struct {
	p       rollup.Params
	st      *state.State
	m       *rollup.Machine
	keys    []*crypto.PrivateKey
	addrs   []common.Address
	nonces  []uint32
	block   uint64
	numAccs int
}

var (
	worldOnce sync.Once
	world     *benchWorld
	worldErr  error
)

func benchAccounts() int {
	if v, err := strconv.Atoi(os.Getenv("ZKROLLUP_BENCH_ACCOUNTS")); err == nil && v > 0 {
		return v
	}
	return 100_000
}

func getWorld(b *testing.B) *benchWorld {
	worldOnce.Do(func() { world, worldErr = buildWorld(benchAccounts(), 4096) })
	if worldErr != nil {
		b.Fatal(worldErr)
	}
	return world
}

func buildWorld(accounts, signers int) (*benchWorld, error) {
	p := rollup.ProdParams
	p.BlockSlots = 1024
	st, err := state.Open(kv.NewMemory(), p.StateConfig())
	if err != nil {
		return nil, err
	}
	w := &benchWorld{p: p, st: st, numAccs: accounts, nonces: make([]uint32, signers)}
	w.keys = make([]*crypto.PrivateKey, signers)
	for i := range signers {
		if w.keys[i], err = crypto.KeyFromSeed([]byte(fmt.Sprint("bench", i))); err != nil {
			return nil, err
		}
	}
	w.addrs = make([]common.Address, accounts)
	for i := range accounts {
		w.addrs[i] = common.BigToAddress(new(big.Int).SetUint64(uint64(i) + 1))
		acc := state.Account{Address: w.addrs[i]}
		if i < signers {
			acc.PubKeyHash = w.keys[i].Public().Hash()
		}
		if err := st.SetAccount(uint32(i), acc); err != nil {
			return nil, err
		}
		if err := st.SetBalance(uint32(i), 0, num.FromUint64(1<<60)); err != nil {
			return nil, err
		}
		if (i+1)%50_000 == 0 {
			if err := st.Commit(nil); err != nil {
				return nil, err
			}
		}
	}
	if err := st.Commit(nil); err != nil {
		return nil, err
	}
	if w.m, err = rollup.NewMachine(p, st); err != nil {
		return nil, err
	}
	return w, nil
}

// transfers signs n transfers from random signers to random accounts.
func (w *benchWorld) transfers(rng *rand.Rand, n int) ([]rollup.Tx, error) {
	txs := make([]rollup.Tx, n)
	amt, _ := rollup.PackAmount(num.FromUint64(1000))
	fee, _ := rollup.PackFee(num.FromUint64(10))
	for i := range txs {
		from := rng.IntN(len(w.keys))
		t := &rollup.Transfer{From: uint32(from), To: w.addrs[rng.IntN(w.numAccs)], Amount: amt, Fee: fee, Nonce: w.nonces[from]}
		w.nonces[from]++
		if err := rollup.SignTransfer(w.keys[from], w.p.ChainID, t); err != nil {
			return nil, err
		}
		txs[i] = t
	}
	return txs, nil
}

// BenchmarkApplyTransfers applies blocks of 1024 signed transfers at
// production depths (account tree 24, balance tree 10) and computes the
// state root at every block end; sub-benchmarks check signatures one by one
// (sequential) or in parallel first (ApplyBatch), with or without the
// commit to the store.
func BenchmarkApplyTransfers(b *testing.B) {
	const perBlock = 1024
	for _, mode := range []string{"sequential", "parallel-sigs", "parallel-sigs+commit"} {
		b.Run(mode, func(b *testing.B) {
			w := getWorld(b)
			rng := rand.New(rand.NewPCG(1, uint64(len(mode))))
			total := 0
			for b.Loop() {
				b.StopTimer()
				txs, err := w.transfers(rng, perBlock)
				if err != nil {
					b.Fatal(err)
				}
				w.block++
				b.StartTimer()
				if err := w.m.BeginBlock(rollup.BlockHeader{Number: w.block, FeeAccount: 0}); err != nil {
					b.Fatal(err)
				}
				if mode == "sequential" {
					for _, tx := range txs {
						if _, err := w.m.Apply(tx); err != nil {
							b.Fatal(err)
						}
					}
				} else {
					for _, r := range w.m.ApplyBatch(txs) {
						if r.Err != nil {
							b.Fatal(r.Err)
						}
					}
				}
				if _, err := w.m.SealBlock(); err != nil {
					b.Fatal(err)
				}
				if mode == "parallel-sigs+commit" {
					if err := w.st.Commit(nil); err != nil {
						b.Fatal(err)
					}
				}
				total += perBlock
				b.StopTimer()
				if mode != "parallel-sigs+commit" {
					if err := w.st.Commit(nil); err != nil { // keep memory bounded, untimed
						b.Fatal(err)
					}
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "transfers/s")
		})
	}
}
