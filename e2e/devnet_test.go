package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/devnet"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/wallet"
)

// devNet is `zkrollup dev` (test profile) running in process, with
// clients of its L1 and L2.
type devNet struct {
	t      *testing.T
	ctx    context.Context
	nc     node.Config
	l1Addr string
	out    *syncBuffer // what it printed
	l1     *ethclient.Client
	l2     *api.Client
	stop   func() // stops it (once), reporting its error; also at the test's end
}

// startDev starts the dev network with 2 accounts that deposit 100 ETH
// and register their keys, fast ticks and timeouts; cfg may change the
// rest. It returns once the network says it is up.
func startDev(t *testing.T, cfg func(*devnet.Config)) *devNet {
	t.Helper()
	nc := node.Default()
	// blob mode, as `zkrollup dev` runs by default
	nc.Profile, nc.DataDir, nc.APIAddr = "test", t.TempDir(), freeAddr(t)
	nc.BlobCapacity = deploy.ProfileBlobCapacity("test")
	nc.Tick.Duration, nc.BlockTimeout.Duration = 10*time.Millisecond, 200*time.Millisecond
	nc.L1Confirmations, nc.L1Poll.Duration = 0, 100*time.Millisecond
	d := &devNet{t: t, nc: nc, l1Addr: freeAddr(t), out: &syncBuffer{}}
	c := devnet.Config{Node: nc, L1Addr: d.l1Addr, L1BlockTime: 250 * time.Millisecond, Accounts: 2, Deposit: ether("100"), Register: true}
	if cfg != nil {
		cfg(&c)
	}
	if c.Node.KeysDir == "" {
		c.Node.KeysDir = testKeysFor(t, c.Node.BlobCapacity > 0)
	}
	ctx, cancel := context.WithCancel(context.Background())
	d.ctx = ctx
	errc := make(chan error, 1)
	go func() { errc <- devnet.Run(ctx, c, quietLog(), d.out) }()
	stopped := false
	d.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("zkrollup dev: %v", err)
		}
	}
	t.Cleanup(d.stop)
	eventually(t, 3*time.Minute, "zkrollup dev starting", func() (bool, error) {
		select {
		case err := <-errc:
			errc <- err
			t.Fatalf("zkrollup dev stopped: %v\n%s", err, d.out.String())
		default:
		}
		return strings.Contains(d.out.String(), "zkrollup dev is up"), nil
	})
	var err error
	if d.l1, err = ethclient.Dial("http://" + d.l1Addr); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.l1.Close)
	if d.l2, err = api.Dial(ctx, "http://"+nc.APIAddr); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.l2.Close)
	return d
}

// wallet opens dev account i's wallet on the network.
func (d *devNet) wallet(i int) *wallet.Wallet {
	d.t.Helper()
	k, err := node.Dev(i)
	if err != nil {
		d.t.Fatal(err)
	}
	w, err := wallet.New(d.ctx, wallet.Keys{L1: k.L1, L2: k.L2}, d.l1, d.l2)
	if err != nil {
		d.t.Fatal(err)
	}
	return w
}
