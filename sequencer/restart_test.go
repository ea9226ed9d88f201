package sequencer

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/mempool"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
	"github.com/zkrollup/zkrollup/store"
)

// TestMeasureRestartWithManyAccounts measures what a restart costs with a
// large tree: ZKROLLUP_MEASURE_RESTART=1000000 builds that many funded
// accounts at production depths in a Pebble store (directly through the
// state, not through blocks), then times sequencer.Open on it and the
// first block after the restart (64 deposits to random existing accounts'
// addresses). Skipped unless the variable is set: building 1M accounts
// takes minutes.
func TestMeasureRestartWithManyAccounts(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("ZKROLLUP_MEASURE_RESTART"))
	if err != nil || n <= 0 {
		t.Skip("set ZKROLLUP_MEASURE_RESTART=<accounts> to measure a restart with that many accounts")
	}
	ctx := context.Background()
	dir := t.TempDir()
	p := rollup.ProdParams
	kvs, err := kv.OpenPebble(filepath.Join(dir, "state"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.Open(kvs, p.StateConfig())
	if err != nil {
		t.Fatal(err)
	}
	operator := common.Address{1}
	if err := rollup.InitGenesis(st, operator); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	addr := func(i int) common.Address { return common.BytesToAddress([]byte(fmt.Sprintf("acct-%015d", i))) }
	for i := 1; i <= n; i++ {
		if err := st.SetAccount(uint32(i), state.Account{Address: addr(i)}); err != nil {
			t.Fatal(err)
		}
		if err := st.SetBalance(uint32(i), 0, num.FromUint64(1e18)); err != nil {
			t.Fatal(err)
		}
		if i%100_000 == 0 || i == n {
			if _, err := st.Root(); err != nil {
				t.Fatal(err)
			}
			if err := st.Commit(nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("built %d accounts in %s", n, time.Since(start).Round(time.Second))
	if err := kvs.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start = time.Now()
	kvs, err = kv.OpenPebble(filepath.Join(dir, "state"))
	if err != nil {
		t.Fatal(err)
	}
	defer kvs.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := Open(ctx, Config{Tick: time.Millisecond, BlockTimeout: time.Hour}, p, db, kvs, operator, mempool.DefaultConfig, log)
	if err != nil {
		t.Fatal(err)
	}
	opened := time.Since(start)
	var ops []store.PriorityOp
	for i := 0; i < p.BlockSlots; i++ {
		dep := rollup.Deposit{To: addr(1 + (i*7919)%n), Amount: num.FromUint64(1000)}
		ops = append(ops, store.PriorityOp{ID: uint64(i), OpType: byte(rollup.OpDeposit), Pubdata: dep.RequestPubdata()})
	}
	if err := db.AddPriorityOps(ctx, ops); err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	if err := s.MiniBlock(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Latest() != 1 {
		t.Fatalf("the first block was not sealed (latest %d)", s.Latest())
	}
	t.Logf("restart with %d accounts: open %s; first full block (%d deposits, sealed and committed) %s",
		n, opened.Round(time.Millisecond), p.BlockSlots, time.Since(start).Round(time.Millisecond))
}
