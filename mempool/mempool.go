package mempool

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/fees"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/store"
)

// Errors of admission besides the rules' own (rollup.Err*).
var (
	ErrTooLarge   = errors.New("transaction is larger than the mempool accepts")
	ErrNotL2      = errors.New("only L2 transactions (transfer, withdraw, changepubkey, cancelorder) can be submitted; deposits and full exits go through the L1 contract, trades through the matching engine")
	ErrFeeTooLow  = errors.New("fee is below the operator's quote")
	ErrPoolFull   = errors.New("mempool is full: retry later")
	ErrQueueFull  = errors.New("too many queued transactions for this account: wait for some to be included")
	ErrDuplicate  = errors.New("transaction already submitted")
	ErrNonceAhead = errors.New("nonce is ahead of the account's next nonce: submit the missing nonces first")
	// ErrSelfTransfer: a transfer to the sender's own account moves nothing
	// but takes a block slot (policy: the rules allow it).
	ErrSelfTransfer = errors.New("a transfer to your own account moves nothing but takes a block slot: the pool refuses it")
	// ErrFeeToken is fees.ErrNoPrice: the fee token has no price.
	ErrFeeToken = fees.ErrNoPrice
)

// Errors lists the admission errors above (the API names each for
// clients). Admission also refuses, as policy the rules do not have, a
// transfer or withdrawal of 0 with rollup.ErrZeroAmount.
func Errors() []error {
	return []error{ErrTooLarge, ErrNotL2, ErrFeeTooLow, ErrPoolFull, ErrQueueFull, ErrDuplicate, ErrNonceAhead,
		ErrSelfTransfer, ErrFeeToken}
}

// FeeQuoter quotes the fee a transaction must pay (fees.Quoter). Quote
// must not wait on I/O: admission asks it under the state lock.
type FeeQuoter interface {
	Quote(t rollup.OpType, token uint16) (fees.Quote, error)
}

// Config bounds the pool.
type Config struct {
	MaxTxs        int // transactions held in all
	MaxPerAccount int // queued per account
	MaxTxBytes    int // encoded size
	// Fees quotes the least fee each transaction pays (a fee below the
	// quote less its tolerance is refused); nil quotes zero: any fee, in
	// any token, is accepted.
	Fees FeeQuoter
	// Log receives what the pool cannot refuse to anyone (a restored
	// transaction that no longer passes admission); nil discards it.
	Log *slog.Logger
}

// DefaultConfig is the node's default.
var DefaultConfig = Config{MaxTxs: 100_000, MaxPerAccount: 64, MaxTxBytes: 512}

// StateView reads the pending state. Calls happen under the lock the
// caller of Submit and Take holds (see Locker).
type StateView interface {
	Account(id uint32) (state.Account, error)
	Balance(id uint32, token uint16) (num.U128, error)
	// AccountByAddress finds an address's account (a transfer to an
	// address with none creates it, and is quoted as a TransferToNew).
	AccountByAddress(a common.Address) (id uint32, ok bool, err error)
}

// Entry is a queued transaction.
type Entry struct {
	Hash       [32]byte
	Tx         rollup.Tx
	Checked    rollup.SigChecked // the signature checked at admission
	Raw        []byte
	Account    uint32
	Nonce      uint32
	ReceivedAt int64
	spend      map[uint16]num.U128
	fee        num.U128
	feeToken   uint16
}

// Pool is the mempool. Submit may be called from any goroutine; the pool
// serialises itself, and holds `stateLock` while it reads the state so
// that the sequencer (which holds it while applying) never races it.
type Pool struct {
	cfg       Config
	params    rollup.Params // the chain id and the tree depths
	fees      FeeQuoter
	db        *store.DB
	view      StateView
	stateLock sync.Locker
	keys      *crypto.KeyCache

	group groupCommit

	mu        sync.Mutex
	reserved  map[uint32][]*Entry // admitted, being persisted
	nReserved int
	accounts  map[uint32][]*Entry // queued, in nonce order
	byHash    map[[32]byte]*Entry
	fifo      []uint32 // accounts in order of their oldest queued tx (may hold stale ids)
	size      int
}

// New returns an empty pool for the deployment p (its chain id signs every
// transaction; its tree depths bound account and token ids); call Restore
// to reload a persisted one.
func New(cfg Config, p rollup.Params, db *store.DB, view StateView, stateLock sync.Locker) *Pool {
	var q FeeQuoter = fees.Zero(p)
	if cfg.Fees != nil {
		q = cfg.Fees
	}
	return &Pool{cfg: cfg, params: p, fees: q, db: db, view: view, stateLock: stateLock,
		keys: crypto.NewKeyCache(1 << 16), accounts: map[uint32][]*Entry{}, byHash: map[[32]byte]*Entry{},
		reserved: map[uint32][]*Entry{}}
}

func (p *Pool) log() *slog.Logger {
	if p.cfg.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.cfg.Log
}

// Len is the number of queued transactions.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.size
}

// Submit checks a signed, encoded L2 transaction, persists it and queues
// it. When it returns nil the transaction is durable.
func (p *Pool) Submit(ctx context.Context, raw []byte) ([32]byte, error) {
	if len(raw) > p.cfg.MaxTxBytes {
		return [32]byte{}, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(raw), p.cfg.MaxTxBytes)
	}
	tx, err := rollup.DecodeL2Tx(raw)
	if err != nil {
		return [32]byte{}, err
	}
	e, err := p.prepare(tx, raw)
	if err != nil {
		return [32]byte{}, err
	}
	if e.Checked, err = rollup.CheckSig(p.keys, p.params.ChainID, tx); err != nil { // stateless, before any lock
		return e.Hash, err
	}
	p.stateLock.Lock()
	p.mu.Lock()
	err = p.admit(e)
	if err == nil {
		// Reserve the nonce: later submissions of the account queue behind
		// it, but the sequencer cannot take it before it is durable.
		e.ReceivedAt = time.Now().UnixMilli()
		p.reserved[e.Account] = append(p.reserved[e.Account], e)
		p.nReserved++
		p.byHash[e.Hash] = e
	}
	p.mu.Unlock()
	p.stateLock.Unlock()
	if err != nil {
		return e.Hash, err
	}
	if err := ctx.Err(); err != nil {
		p.unreserve([]*Entry{e})
		return e.Hash, err
	}
	if err := p.persist(e); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return e.Hash, fmt.Errorf("%w: %v", ErrDuplicate, err)
		}
		return e.Hash, fmt.Errorf("persist transaction: %w", err)
	}
	return e.Hash, nil
}

// groupCommit queues the transactions waiting to be persisted. One
// submitter at a time leads: it persists the oldest waiting transactions
// (its own among them, up to maxGroup) in one SQL transaction, then hands
// the lead to the oldest still waiting. One fsync serves many submitters,
// each submitter leads at most one commit, and the pool needs no goroutine
// of its own (so nothing to start or stop).
type groupCommit struct {
	mu      sync.Mutex
	queue   []*insert
	leading bool
}

// insert is a transaction waiting for the group commit.
type insert struct {
	e    *Entry
	done chan error    // its outcome, sent once the commit holding it ends
	lead chan struct{} // closed when its submitter leads the next commit
}

// maxGroup bounds the transactions one SQL commit persists.
const maxGroup = 1024

// persist waits until e is persisted (or failed to be) by a group commit.
func (p *Pool) persist(e *Entry) error {
	g := &p.group
	in := &insert{e: e, done: make(chan error, 1), lead: make(chan struct{})}
	g.mu.Lock()
	g.queue = append(g.queue, in)
	leader := !g.leading // no leader: the queue was empty, so in is first
	g.leading = true
	g.mu.Unlock()
	if !leader {
		select {
		case err := <-in.done:
			return err
		case <-in.lead: // in is first in the queue now
		}
	}
	g.mu.Lock()
	n := min(len(g.queue), maxGroup)
	batch := g.queue[:n:n]
	g.queue = g.queue[n:]
	g.mu.Unlock()
	p.commit(batch)
	g.mu.Lock()
	if len(g.queue) > 0 {
		close(g.queue[0].lead)
	} else {
		g.leading = false
	}
	g.mu.Unlock()
	return <-in.done
}

// commit persists a batch in one SQL transaction, then makes its
// transactions visible to the sequencer in their order and acknowledges
// them. A failing batch is retried row by row to isolate the failing row.
func (p *Pool) commit(batch []*insert) {
	rows := make([]store.MempoolTx, len(batch))
	for i, in := range batch {
		rows[i] = store.MempoolTx{Hash: in.e.Hash, Account: in.e.Account, Nonce: in.e.Nonce, Tx: in.e.Raw, ReceivedAt: in.e.ReceivedAt}
	}
	errs := make([]error, len(batch))
	if err := p.db.AddMempoolTxs(context.Background(), rows); err != nil {
		for i := range rows {
			errs[i] = p.db.AddMempoolTxs(context.Background(), rows[i:i+1])
		}
	}
	p.mu.Lock()
	for i, in := range batch {
		p.dropReserved(in.e)
		if errs[i] != nil {
			delete(p.byHash, in.e.Hash)
			continue
		}
		p.push(in.e)
	}
	p.mu.Unlock()
	for i, in := range batch {
		in.done <- errs[i]
	}
}

func (p *Pool) dropReserved(e *Entry) {
	r := p.reserved[e.Account]
	for i, x := range r {
		if x == e {
			r = append(r[:i:i], r[i+1:]...)
			p.nReserved--
			break
		}
	}
	if len(r) == 0 {
		delete(p.reserved, e.Account)
	} else {
		p.reserved[e.Account] = r
	}
}

func (p *Pool) unreserve(es []*Entry) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range es {
		p.dropReserved(e)
		delete(p.byHash, e.Hash)
	}
}

// prepare extracts the sender, nonce, and what the tx spends per token.
func (p *Pool) prepare(tx rollup.Tx, raw []byte) (*Entry, error) {
	l2, ok := tx.(rollup.L2Tx)
	if _, known := admission[tx.TxType()]; !ok || !known {
		return nil, ErrNotL2
	}
	hash, err := rollup.TxHash(tx)
	if err != nil {
		return nil, err
	}
	sp, err := l2.Spend()
	if err != nil {
		return nil, err
	}
	if err := p.checkRange(l2, sp); err != nil {
		return nil, err
	}
	if _, sends := l2.Recipient(); sends && sp.Amount.IsZero() {
		return nil, fmt.Errorf("%w: a %s of 0 moves nothing but takes a block slot: the pool refuses it", rollup.ErrZeroAmount, tx.TxType())
	}
	e := &Entry{Hash: hash, Tx: tx, Raw: raw, Account: sp.Account, Nonce: sp.Nonce, spend: map[uint16]num.U128{},
		fee: sp.Fee, feeToken: sp.FeeToken}
	for _, d := range []struct {
		token  uint16
		amount num.U128
	}{{sp.Token, sp.Amount}, {sp.FeeToken, sp.Fee}} {
		s, overflow := e.spend[d.token].Add(d.amount)
		if overflow {
			return nil, rollup.ErrInsufficientFunds
		}
		e.spend[d.token] = s
	}
	return e, nil
}

// checkRange refuses, before the state is read, what the rules refuse
// whatever the state: an account or token id beyond its tree, and an
// amount sent to the zero address.
func (p *Pool) checkRange(tx rollup.L2Tx, sp rollup.Spend) error {
	if d := p.params.AccountDepth; d < 32 && uint64(sp.Account) >= 1<<d {
		return fmt.Errorf("%w: id %d, the tree holds ids below %d", rollup.ErrAccountOutOfRange, sp.Account, uint64(1)<<d)
	}
	for _, token := range []uint16{sp.Token, sp.FeeToken} {
		if d := p.params.BalanceDepth; d < 16 && uint64(token) >= 1<<d {
			return fmt.Errorf("%w: token %d, the tree holds tokens below %d", rollup.ErrTokenOutOfRange, token, uint64(1)<<d)
		}
	}
	if to, ok := tx.Recipient(); ok && to == (common.Address{}) {
		return fmt.Errorf("%w: send to an address whose key someone holds", rollup.ErrZeroAddress)
	}
	return nil
}

// keyRule is how admission checks that the submitter may act for the
// account, before the sequencer's Apply checks it for good.
type keyRule func(p *Pool, e *Entry, acc state.Account, queue []*Entry) error

// admission names the key rule of every L2 operation the pool admits
// (rollup.OpSpec.Submittable); a type missing here is refused as ErrNotL2,
// and internal/opregistry's test fails until it has an entry.
var admission = map[rollup.OpType]keyRule{
	rollup.OpTransfer:     accountKey,
	rollup.OpWithdraw:     accountKey,
	rollup.OpChangePubKey: l1Authorised,
	rollup.OpCancelOrder:  accountKey,
}

// Admits reports whether the pool has an admission rule for type t.
func Admits(t rollup.OpType) bool { _, ok := admission[t]; return ok }

// accountKey: the signing key is the account's, or the one a queued
// ChangePubKey registers before this transaction runs.
func accountKey(_ *Pool, e *Entry, acc state.Account, queue []*Entry) error {
	pkh := e.Checked.Signer()
	if pkh == acc.PubKeyHash || queuedKeyChange(queue, pkh) {
		return nil
	}
	if acc.PubKeyHash == (crypto.PubKeyHash{}) {
		return rollup.ErrNoPubKey
	}
	return rollup.ErrPubKeyMismatch
}

// l1Authorised: a key change carries the account owner's L1 signature.
func l1Authorised(p *Pool, e *Entry, acc state.Account, _ []*Entry) error {
	c, ok := e.Tx.(*rollup.ChangePubKey)
	if !ok {
		return fmt.Errorf("%w: %T is not a key change", rollup.ErrUnknownOpType, e.Tx)
	}
	pkh, err := c.PubKeyHash()
	if err != nil {
		return err
	}
	signer, err := rollup.RecoverEthSigner(rollup.EthMessage(p.params.Auth(), c.AccountID, c.Nonce, pkh), c.EthSignature)
	if err != nil || signer != acc.Address {
		return rollup.ErrBadEthSignature
	}
	return nil
}

// admit checks e against the pending state and the account's queue.
// Callers hold stateLock and p.mu.
func (p *Pool) admit(e *Entry) error {
	if _, dup := p.byHash[e.Hash]; dup {
		return ErrDuplicate
	}
	if p.size+p.nReserved >= p.cfg.MaxTxs {
		return ErrPoolFull
	}
	queue := append(p.accounts[e.Account][:len(p.accounts[e.Account]):len(p.accounts[e.Account])], p.reserved[e.Account]...)
	if len(queue) >= p.cfg.MaxPerAccount {
		return ErrQueueFull
	}
	acc, err := p.view.Account(e.Account)
	if err != nil {
		return err
	}
	if !acc.Exists() {
		return fmt.Errorf("account %d: %w", e.Account, rollup.ErrAccountNotFound)
	}
	if err := admission[e.Tx.TxType()](p, e, acc, queue); err != nil {
		return err
	}
	if t, ok := e.Tx.(*rollup.Transfer); ok && t.To == acc.Address {
		return fmt.Errorf("%w (account %d)", ErrSelfTransfer, e.Account)
	}
	if err := p.checkFee(e); err != nil {
		return err
	}
	want := acc.Nonce + uint32(len(queue))
	switch {
	case e.Nonce < want:
		return fmt.Errorf("%w: nonce %d is used; the account's next nonce is %d", rollup.ErrNonceMismatch, e.Nonce, want)
	case e.Nonce > want:
		return fmt.Errorf("%w: nonce %d, next is %d", ErrNonceAhead, e.Nonce, want)
	}
	for token, amount := range e.spend {
		bal, err := p.view.Balance(e.Account, token)
		if err != nil {
			return err
		}
		var under bool
		for _, q := range queue {
			if bal, under = bal.Sub(q.spend[token]); under {
				return fmt.Errorf("%w: token %d is spent by queued transactions", rollup.ErrInsufficientFunds, token)
			}
		}
		if _, under = bal.Sub(amount); under {
			return fmt.Errorf("%w: token %d balance %s (after queued transactions), needs %s", rollup.ErrInsufficientFunds, token, bal, amount)
		}
	}
	return nil
}

// checkFee refuses a fee below the quote, less the quote's tolerance.
// Callers hold stateLock.
func (p *Pool) checkFee(e *Entry) error {
	var to *common.Address
	if tr, ok := e.Tx.(*rollup.Transfer); ok {
		to = &tr.To
	}
	t, err := p.priced(e.Tx.TxType(), to)
	if err != nil {
		return err
	}
	q, err := p.fees.Quote(t, e.feeToken)
	if err != nil {
		return err
	}
	if e.fee.Big().Cmp(q.Least) < 0 {
		return fmt.Errorf("%w: fee %s of token %d; the quote for a %s is %s (%s before rounding, at %s wei per L1 gas; "+
			"at least %s is accepted): sign the quote (zkr_getTxFee)", ErrFeeTooLow, e.fee, e.feeToken, t, q.Fee, q.Total, q.GasPrice, q.Least)
	}
	return nil
}

// priced is the operation type a transaction of type t is priced as: a
// transfer to an address with no account (to) is the TransferToNew it
// becomes. Callers hold stateLock.
func (p *Pool) priced(t rollup.OpType, to *common.Address) (rollup.OpType, error) {
	if t != rollup.OpTransfer || to == nil {
		return t, nil
	}
	_, exists, err := p.view.AccountByAddress(*to)
	if err != nil || exists {
		return t, err
	}
	return rollup.OpTransferToNew, nil
}

// Quote is what a transaction of type t paying its fee in token must pay
// now. For a transfer, to names the recipient: an address with no account
// is quoted as the TransferToNew it becomes (nil: as a Transfer).
func (p *Pool) Quote(t rollup.OpType, token uint16, to *common.Address) (fees.Quote, error) {
	if t == rollup.OpTransfer && to != nil { // the state decides: read it under its lock
		p.stateLock.Lock()
		var err error
		t, err = p.priced(t, to)
		p.stateLock.Unlock()
		if err != nil {
			return fees.Quote{}, err
		}
	}
	return p.fees.Quote(t, token)
}

func queuedKeyChange(queue []*Entry, pkh crypto.PubKeyHash) bool {
	for _, q := range queue {
		if c, ok := q.Tx.(*rollup.ChangePubKey); ok {
			if h, err := c.PubKeyHash(); err == nil && h == pkh {
				return true
			}
		}
	}
	return false
}

func (p *Pool) push(e *Entry) {
	if len(p.accounts[e.Account]) == 0 {
		p.fifo = append(p.fifo, e.Account)
	}
	p.accounts[e.Account] = append(p.accounts[e.Account], e)
	p.byHash[e.Hash] = e
	p.size++
}

// Take removes and returns up to max transactions, in order of arrival
// across accounts and of nonce within one. Callers hold stateLock (the
// sequencer applies what it takes before anyone reads the state again).
func (p *Pool) Take(max int) []*Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []*Entry
	for len(out) < max && len(p.fifo) > 0 {
		id := p.fifo[0]
		p.fifo = p.fifo[1:]
		q := p.accounts[id]
		if len(q) == 0 {
			continue
		}
		n := min(len(q), max-len(out))
		for _, e := range q[:n] {
			delete(p.byHash, e.Hash)
		}
		out = append(out, q[:n]...)
		p.size -= n
		if n < len(q) {
			p.accounts[id] = q[n:]
			p.fifo = append([]uint32{id}, p.fifo...)
		} else {
			delete(p.accounts, id)
		}
	}
	return out
}

// Restore reloads the persisted pool, skipping transactions already in
// the pending block (skip). The order of arrival is kept. It checks
// nothing again: the sequencer refuses at apply what the state no longer
// allows.
func (p *Pool) Restore(ctx context.Context, skip map[[32]byte]bool) error {
	txs, err := p.db.MempoolTxs(ctx)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range txs {
		if skip[m.Hash] {
			continue
		}
		tx, err := rollup.DecodeL2Tx(m.Tx)
		if err != nil {
			return fmt.Errorf("stored mempool tx %x: %w", m.Hash, err)
		}
		e, err := p.prepare(tx, m.Tx)
		if err != nil {
			// Kept in its place: the sequencer's Apply refuses it if the
			// rules do (a minimum fee raised since, say, is policy only).
			p.log().Warn("restored mempool transaction no longer passes admission; the sequencer will judge it",
				"tx", fmt.Sprintf("%x", m.Hash), "account", m.Account, "nonce", m.Nonce, "err", err)
			e = &Entry{Hash: m.Hash, Tx: tx, spend: map[uint16]num.U128{}}
		}
		// Not verified again here: the sequencer's apply checks the signature
		// of a zero SigChecked.
		e.Checked = rollup.SigChecked{}
		e.Account, e.Nonce, e.Raw, e.ReceivedAt = m.Account, m.Nonce, m.Tx, m.ReceivedAt
		p.push(e)
	}
	return nil
}

// Requeue puts taken transactions back at the front of their accounts'
// queues (the block was full): they keep their order.
func (p *Pool) Requeue(es []*Entry) {
	if len(es) == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := len(es) - 1; i >= 0; i-- {
		e := es[i]
		if len(p.accounts[e.Account]) == 0 {
			p.fifo = append([]uint32{e.Account}, p.fifo...)
		}
		p.accounts[e.Account] = append([]*Entry{e}, p.accounts[e.Account]...)
		p.byHash[e.Hash] = e
		p.size++
	}
}

// Queued is the number of transactions queued for an account.
func (p *Pool) Queued(account uint32) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.accounts[account]) + len(p.reserved[account])
}
