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
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/internal/testkeys"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/wallet"
)

// Test-profile keys (from the cache shared by the test packages) laid out
// as the node and `zkrollup deploy` expect them: DIR and DIR-exit in
// calldata mode; DIR, DIR-exit and DIR-blob (the blob circuit's, of
// deploy.ProfileBlobCapacity("test") elements) in blob mode, the default
// on an L1 with blobs.
var (
	keysMu   sync.Mutex
	keysDirs = map[bool]string{} // blob mode → DIR
	keysRoot string
)

// testKeys is the calldata-mode key directory.
func testKeys(t *testing.T) string { return testKeysFor(t, false) }

// testBlobKeys is the blob-mode key directory.
func testBlobKeys(t *testing.T) string { return testKeysFor(t, true) }

func testKeysFor(t *testing.T, blob bool) string {
	t.Helper()
	evmtest.RequireSolc(t)
	keysMu.Lock()
	defer keysMu.Unlock()
	if d := keysDirs[blob]; d != "" {
		return d
	}
	p := rollup.TestParams
	if blob {
		p.BlobCapacity = deploy.ProfileBlobCapacity("test")
	}
	_, blockDir := testkeys.Block(t, p)
	_, exitDir := testkeys.Exit(t, p)
	if keysRoot == "" {
		dir, err := os.MkdirTemp("", "zkrollup-e2e-keys-")
		if err != nil {
			t.Fatal(err)
		}
		keysRoot = dir
	}
	dir := filepath.Join(keysRoot, "calldata", "test")
	if blob {
		dir = filepath.Join(keysRoot, "blob", "test")
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{dir: blockDir, deploy.ExitKeysDir(dir): exitDir}
	if blob {
		_, blobDir := testkeys.Blob(t, p.BlobCapacity)
		links[deploy.BlobKeysDir(dir)] = blobDir
	}
	for link, target := range links {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	keysDirs[blob] = dir
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if keysRoot != "" {
		os.RemoveAll(keysRoot)
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

// requireBlobCommit fails t unless block n of the rollup at addr was
// committed on L1 by a blob transaction (blob mode).
func requireBlobCommit(t *testing.T, l1 *ethclient.Client, addr common.Address, n uint64) {
	t.Helper()
	c := rollupcontract.NewRollup()
	logs, err := l1.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{addr},
		Topics: [][]common.Hash{{c.GetABI().Events["BlockCommitted"].ID}, {common.BigToHash(new(big.Int).SetUint64(n))}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) == 0 {
		t.Fatalf("block %d: no BlockCommitted event on L1", n)
	}
	for _, l := range logs {
		tx, _, err := l1.TransactionByHash(context.Background(), l.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Type() != types.BlobTxType || len(tx.BlobHashes()) == 0 {
			t.Fatalf("block %d committed by a type-%d transaction with %d blobs, want a blob transaction", n, tx.Type(), len(tx.BlobHashes()))
		}
	}
}
