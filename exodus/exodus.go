package exodus

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/prover"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Errors a user can act on.
var (
	// ErrNotActive: the contract is not in exodus mode (see Status for
	// whether and when it can be activated).
	ErrNotActive = errors.New("the rollup is not in exodus mode")
	// ErrNoRequest: nothing can activate exodus, since no L1 request waits
	// for the operator.
	ErrNoRequest = errors.New("exodus cannot be activated: no L1 request is waiting for the operator. If the operator " +
		"ignores you, request a full exit on L1 (`zkrollup wallet exodus --request-exit`, or `zkrollup wallet full-exit` " +
		"while the node answers): if no executed block processes it before it expires, exodus can be activated")
	// ErrNotExpired: the oldest waiting request has not expired yet.
	ErrNotExpired = errors.New("exodus cannot be activated yet: the operator still has time to process the oldest L1 request")
	// ErrNothingToExit: the address owns no balance in the last executed
	// state that has not exited, and nothing is due to it.
	ErrNothingToExit = errors.New("nothing to exit")
	// ErrAlreadyExited: the account has already exited this token.
	ErrAlreadyExited = errors.New("this account has already exited this token")
	// ErrWrongChain: the L1 node is another chain than the deployment's.
	ErrWrongChain = errors.New("the L1 node is not on the deployment's chain")
)

// Chain is what exodus needs of an L1 node (ethclient is one).
type Chain interface {
	restore.Chain
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Exodus works on one deployment.
type Exodus struct {
	Deployment deploy.Result
	Params     rollup.Params // the deployment's, with its L1 domain
	c          Chain
	path       string // the deployment file
	dataDir    string // where the restored state lives
	exitKeys   string // the exit key set's directory ("": the deployment's)
	blobs      string // blob mode: the blob archive the restore reads
	abi        *rollupcontract.Rollup
	out        io.Writer

	db  kv.Store
	res *restore.Restorer
	ks  *keys.Set
}

// Options are an Exodus's choices.
type Options struct {
	// DataDir keeps the restored state (resumed by later runs); empty:
	// DefaultDataDir.
	DataDir string
	// ExitKeys overrides the exit key set recorded in the deployment; it
	// is checked against the deployment's SHA-256 all the same.
	ExitKeys string
	// BlobArchive is, for a blob-mode deployment, the directory of blob
	// files (restore.DirArchive) the state is rebuilt from: blobs expire
	// from L1 nodes after about 18 days.
	BlobArchive string
	Out         io.Writer // progress; nil for none
}

// DefaultDataDir is where a deployment's restored state lives by default.
func DefaultDataDir(base string, d deploy.Result) string {
	return filepath.Join(base, fmt.Sprintf("%d-%s", d.ChainID, d.Rollup.Hex()))
}

// Open reads the deployment file and checks the L1 node serves its chain.
func Open(ctx context.Context, c Chain, deploymentPath string, o Options) (*Exodus, error) {
	d, err := deploy.Load(deploymentPath)
	if err != nil {
		return nil, err
	}
	if !d.HasParams() {
		return nil, fmt.Errorf("%s records no protocol parameters: it was written by an older `zkrollup deploy`; ask the operator for the current file", deploymentPath)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("the L1 node: %w", err)
	}
	if id.Uint64() != d.ChainID {
		return nil, fmt.Errorf("%w: the node is chain %d, %s was deployed on chain %d", ErrWrongChain, id, deploymentPath, d.ChainID)
	}
	p := d.Params
	p.L1 = rollup.L1Domain{ChainID: d.ChainID, Contract: d.Rollup}
	x := &Exodus{Deployment: d, Params: p, c: c, path: deploymentPath, dataDir: o.DataDir, exitKeys: o.ExitKeys, blobs: o.BlobArchive,
		abi: rollupcontract.NewRollup(), out: o.Out}
	if x.dataDir == "" {
		return nil, errors.New("exodus: no data directory for the restored state")
	}
	return x, nil
}

// Close releases the restored state's store.
func (x *Exodus) Close() error {
	if x.db != nil {
		return x.db.Close()
	}
	return nil
}

func (x *Exodus) say(format string, args ...any) {
	if x.out != nil {
		fmt.Fprintf(x.out, format+"\n", args...)
	}
}

func (x *Exodus) call(ctx context.Context, data []byte) ([]byte, error) {
	out, err := x.c.CallContract(ctx, ethereum.CallMsg{To: &x.Deployment.Rollup, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the rollup contract: %w", err)
	}
	return out, nil
}

// read calls a view of the contract and unpacks its result.
func read[T any](ctx context.Context, x *Exodus, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := x.call(ctx, data)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("read the rollup contract: %w", err)
	}
	return v, nil
}

// send sends a transaction to the rollup contract from key and waits for
// it; a revert names the contract's error.
func (x *Exodus) send(ctx context.Context, key *ecdsa.PrivateKey, data []byte) (*types.Receipt, error) {
	return x.sendValue(ctx, key, data, nil)
}

// sendValue is send with ETH attached.
func (x *Exodus) sendValue(ctx context.Context, key *ecdsa.PrivateKey, data []byte, value *big.Int) (*types.Receipt, error) {
	return l1.Transact(ctx, x.c, key, new(big.Int).SetUint64(x.Deployment.ChainID), x.Deployment.Rollup, data, value)
}

// Status is where the contract stands.
type Status struct {
	Active      bool   // exodus mode is on
	CanActivate bool   // anyone can switch it on now
	Head        uint64 // the L1 block read
	// ExpiresAt is the L1 block from which the oldest request waiting for
	// the operator counts as expired (0: none waits).
	ExpiresAt         uint64
	Waiting           uint64 // L1 requests no executed block processed
	Committed, Proven uint64
	Executed          uint64 // the last executed block: exodus pays out its state
}

// Status reads the contract's exodus state.
func (x *Exodus) Status(ctx context.Context) (Status, error) {
	var s Status
	var err error
	if s.Head, err = x.c.BlockNumber(ctx); err != nil {
		return s, fmt.Errorf("the L1 head: %w", err)
	}
	if s.Active, err = read(ctx, x, x.abi.PackExodusMode(), x.abi.UnpackExodusMode); err != nil {
		return s, err
	}
	if s.Committed, err = read(ctx, x, x.abi.PackBlocksCommitted(), x.abi.UnpackBlocksCommitted); err != nil {
		return s, err
	}
	if s.Proven, err = read(ctx, x, x.abi.PackBlocksProven(), x.abi.UnpackBlocksProven); err != nil {
		return s, err
	}
	if s.Executed, err = read(ctx, x, x.abi.PackBlocksExecuted(), x.abi.UnpackBlocksExecuted); err != nil {
		return s, err
	}
	first, err := read(ctx, x, x.abi.PackFirstPriorityOp(), x.abi.UnpackFirstPriorityOp)
	if err != nil {
		return s, err
	}
	total, err := read(ctx, x, x.abi.PackTotalPriorityOps(), x.abi.UnpackTotalPriorityOps)
	if err != nil {
		return s, err
	}
	s.Waiting = total - first
	if s.Waiting > 0 {
		op, err := read(ctx, x, x.abi.PackPriorityOps(first), x.abi.UnpackPriorityOps)
		if err != nil {
			return s, err
		}
		s.ExpiresAt = op.Expiry.Uint64()
		// the activation is mined in a later block than the head read
		s.CanActivate = !s.Active && s.Head+1 >= s.ExpiresAt
	}
	return s, nil
}

// Activate switches the contract to exodus mode (anyone may, once the
// oldest waiting request has expired). It explains why not when it cannot.
func (x *Exodus) Activate(ctx context.Context, key *ecdsa.PrivateKey) (*types.Receipt, error) {
	s, err := x.Status(ctx)
	if err != nil {
		return nil, err
	}
	switch {
	case s.Active:
		return nil, nil
	case s.Waiting == 0:
		return nil, ErrNoRequest
	case !s.CanActivate:
		return nil, fmt.Errorf("%w: it expires at L1 block %d (now %d: %d blocks to go)", ErrNotExpired, s.ExpiresAt, s.Head,
			s.ExpiresAt-s.Head-1)
	}
	return x.send(ctx, key, x.abi.PackActivateExodusMode())
}

// Restore rebuilds the state up to the last executed block (resuming what
// an earlier run restored in the data directory).
func (x *Exodus) Restore(ctx context.Context, progress func(restore.Progress)) (restore.Result, error) {
	if x.res == nil {
		db, err := kv.OpenPebble(x.dataDir)
		if err != nil {
			return restore.Result{}, fmt.Errorf("the restore directory %s: %w", x.dataDir, err)
		}
		r, err := restore.Open(ctx, restore.Config{Params: x.Params, Operator: x.Deployment.Operator, FromBlock: x.Deployment.Block,
			BlobArchive: x.blobs}, x.c, nil, db)
		if err != nil {
			db.Close()
			return restore.Result{}, err
		}
		x.db, x.res = db, r
	}
	return x.res.Run(ctx, 0, progress)
}

// Claim is one (account, token) balance of the last executed state.
type Claim struct {
	Account uint32
	Token   uint16
	Amount  *big.Int
	Exited  bool // the contract has paid it out already
}

// Claims lists what owner's accounts hold in the restored state, token by
// token. Restore first.
func (x *Exodus) Claims(ctx context.Context, owner common.Address) ([]Claim, error) {
	if x.res == nil {
		return nil, errors.New("exodus: restore the state first")
	}
	tokens, err := read(ctx, x, x.abi.PackTokenCount(), x.abi.UnpackTokenCount)
	if err != nil {
		return nil, err
	}
	st := x.res.State()
	ids, err := st.AccountsOf(owner)
	if err != nil {
		return nil, err
	}
	var out []Claim
	for _, id := range ids {
		for t := uint16(0); t < tokens && uint64(t) < 1<<x.Params.BalanceDepth; t++ {
			b, err := st.Balance(id, t)
			if err != nil {
				return nil, err
			}
			if b.IsZero() {
				continue
			}
			exited, err := read(ctx, x, x.abi.PackExited(id, t), x.abi.UnpackExited)
			if err != nil {
				return nil, err
			}
			out = append(out, Claim{Account: id, Token: t, Amount: b.Big(), Exited: exited})
		}
	}
	return out, nil
}

// exitKeySet loads the exit key set, checked against the deployment.
func (x *Exodus) exitKeySet() (*keys.Set, error) {
	if x.ks != nil {
		return x.ks, nil
	}
	dir, sha, err := deploy.ExitKeysFor(x.path, x.Deployment)
	if x.exitKeys != "" {
		dir, err = x.exitKeys, nil
		if x.Deployment.ExitKeys != nil {
			sha = x.Deployment.ExitKeys.SHA256
		}
	}
	if err != nil {
		return nil, err
	}
	ks, err := keys.LoadExit(x.Params, dir, sha)
	if err != nil {
		return nil, err
	}
	x.ks = ks
	return ks, nil
}

// Exit proves claim c with the exit circuit and sends performExodus from
// key (anyone may send it: the amount goes to the account's owner).
func (x *Exodus) Exit(ctx context.Context, key *ecdsa.PrivateKey, c Claim) (*types.Receipt, error) {
	if x.res == nil {
		return nil, errors.New("exodus: restore the state first")
	}
	active, err := read(ctx, x, x.abi.PackExodusMode(), x.abi.UnpackExodusMode)
	if err != nil {
		return nil, err
	}
	if !active {
		return nil, ErrNotActive
	}
	cur := x.res.Cursor()
	executed, err := read(ctx, x, x.abi.PackBlocksExecuted(), x.abi.UnpackBlocksExecuted)
	if err != nil {
		return nil, err
	}
	if cur.Block != executed {
		return nil, fmt.Errorf("exodus: the state is restored to block %d, the contract executed %d: restore again", cur.Block, executed)
	}
	exited, err := read(ctx, x, x.abi.PackExited(c.Account, c.Token), x.abi.UnpackExited)
	if err != nil {
		return nil, err
	}
	if exited {
		return nil, fmt.Errorf("%w: account %d token %d", ErrAlreadyExited, c.Account, c.Token)
	}
	w, err := x.res.State().Witness(c.Account, c.Token)
	if err != nil {
		return nil, err
	}
	if w.Balance.Big().Cmp(c.Amount) != 0 || !w.Account.Exists() {
		return nil, fmt.Errorf("exodus: account %d holds %s of token %d in the restored state, not %s", c.Account, w.Balance, c.Token, c.Amount)
	}
	ks, err := x.exitKeySet()
	if err != nil {
		return nil, err
	}
	proof, err := proveExit(ks, w)
	if err != nil {
		return nil, err
	}
	data, err := x.abi.TryPackPerformExodus(cur.Stored, c.Account, w.Account.Address, c.Token, w.Balance.Big(), proof)
	if err != nil {
		return nil, err
	}
	return x.send(ctx, key, data)
}

// proveExit proves w with the exit circuit, checks the proof in Go and
// returns it as the Solidity verifier takes it.
func proveExit(ks *keys.Set, w state.AccountWitness) ([]byte, error) {
	assignment := circuit.AssignExit(w)
	wb, err := prover.EncodeWitness(assignment)
	if err != nil {
		return nil, fmt.Errorf("exit witness: %w", err)
	}
	var out bytes.Buffer
	if err := prover.Prove(ks.CCS, ks.PK, bytes.NewReader(wb), &out); err != nil {
		return nil, fmt.Errorf("exit proof: %w", err)
	}
	if err := prover.VerifyExit(ks.VK, out.Bytes(), assignment); err != nil {
		return nil, fmt.Errorf("exit proof does not verify with the key set's verifying key: %w", err)
	}
	return prover.SolidityProof(out.Bytes())
}

// addressOf is the L1 address of a key.
func addressOf(k *ecdsa.PrivateKey) common.Address { return ethcrypto.PubkeyToAddress(k.PublicKey) }
