package e2e

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/wallet"
)

// Test-profile keys (from the cache shared by the test packages) laid out
// as the node and `zkrollup deploy` expect them: DIR and DIR-exit.
var (
	keysOnce sync.Once
	keysDir  string
)

func testKeys(t *testing.T) string {
	t.Helper()
	evmtest.RequireSolc(t)
	keysOnce.Do(func() {
		_, blockDir := testkeys.Block(t, rollup.TestParams)
		_, exitDir := testkeys.Exit(t, rollup.TestParams)
		dir, err := os.MkdirTemp("", "zkrollup-e2e-keys-")
		if err != nil {
			t.Fatal(err)
		}
		keysDir = filepath.Join(dir, "test")
		if err := os.Symlink(blockDir, keysDir); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(exitDir, keysDir+"-exit"); err != nil {
			t.Fatal(err)
		}
	})
	if keysDir == "" {
		t.Fatal("the test keys could not be prepared (an earlier test failed at it)")
	}
	return keysDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if keysDir != "" {
		os.RemoveAll(filepath.Dir(keysDir))
	}
	os.Exit(code)
}

// freeAddr is a loopback address with a port nobody listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "127.0.0.1:" + strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

// syncBuffer is an io.Writer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// eventually polls f until it returns true or the time is up.
func eventually(t *testing.T, within time.Duration, what string, f func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		ok, err := f()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, within)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// l2Balance is an account's ETH in a view (0 without an account).
func l2Balance(t *testing.T, w *wallet.Wallet, view string) *big.Int {
	t.Helper()
	a, err := w.Account(context.Background(), view)
	if err != nil {
		t.Fatal(err)
	}
	v := new(big.Int)
	if a != nil {
		v.SetString(a.Balances["0"], 10)
	}
	return v
}

func ether(s string) *big.Int {
	v, err := wallet.ParseUnits(s, 18)
	if err != nil {
		panic(err)
	}
	return v
}

// gasCost is what a receipt's transaction paid for gas.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

var ethToken = api.Token{ID: 0, Symbol: "ETH"}

// waitExecuted waits until a transaction's block is executed on L1.
func waitExecuted(t *testing.T, w *wallet.Wallet, h [32]byte, within time.Duration) *api.TxStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	st, err := w.Wait(ctx, h, "executed", nil)
	if err != nil {
		t.Fatalf("transaction %x: %v (last status %+v)", h[:4], err, st)
	}
	return st
}

func stringsCut(s, sep string) (string, string, bool) { return strings.Cut(s, sep) }

func loadDeployment(path string) (deploy.Result, error) { return deploy.Load(path) }

func callMsg(d deploy.Result, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &d.Rollup, Data: data}
}
