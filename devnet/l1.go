// Package devnet is the development network of `zkrollup dev`: an L1 in
// this process (go-ethereum's simulated backend, mining on a timer,
// serving JSON-RPC) with the rollup deployed on it and dev accounts funded.
// Its chain lives in memory: every start is a fresh chain.
package devnet

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// L1 is the embedded L1 chain.
type L1 struct {
	b      *simulated.Backend
	Client simulated.Client
	URL    string // its JSON-RPC over HTTP, for wallets
}

// StartL1 starts a chain (chain id 1337, mainnet Osaka rules) where every
// address in funded holds its amount, serving JSON-RPC (eth, net, web3) on
// httpAddr (host:port).
func StartL1(funded map[common.Address]*big.Int, httpAddr string) (l *L1, err error) {
	host, portStr, err := net.SplitHostPort(httpAddr)
	if err != nil {
		return nil, fmt.Errorf("L1 JSON-RPC address %q: %w", httpAddr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("L1 JSON-RPC port %q: %w", portStr, err)
	}
	// The simulated backend panics when its node cannot start (a port in
	// use): say so as an error.
	if ln, err := net.Listen("tcp", httpAddr); err != nil {
		return nil, fmt.Errorf("the embedded L1 cannot listen on %s: %w (pick another with --l1-addr)", httpAddr, err)
	} else {
		ln.Close()
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("start the embedded L1: %v", r)
		}
	}()
	alloc := types.GenesisAlloc{}
	for a, v := range funded {
		alloc[a] = types.Account{Balance: v}
	}
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil // mainnet-like gas: the dev config's future fork is off (FACTS.md)
	b := simulated.NewBackend(alloc, func(n *node.Config, e *ethconfig.Config) {
		e.Genesis.Config = &cfg
		n.HTTPHost, n.HTTPPort = host, port
		n.HTTPModules = []string{"eth", "net", "web3"}
		n.HTTPCors = []string{"*"}
		n.HTTPVirtualHosts = []string{"*"}
	})
	return &L1{b: b, Client: b.Client(), URL: "http://" + httpAddr}, nil
}

// Mine seals a block every interval until ctx ends.
func (l *L1) Mine(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			l.b.Commit()
		}
	}
}

// Commit seals one block now.
func (l *L1) Commit() { l.b.Commit() }

// Close stops the chain.
func (l *L1) Close() error { return l.b.Close() }
