package rollup

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
)

// Machine applies operations to a State under the rules, one block at a time:
// BeginBlock, Apply any number of times, SealBlock. Apply either applies an
// operation completely or returns an error and changes nothing. A Machine is
// not safe for concurrent use.
type Machine struct {
	p      Params
	st     *state.State
	blk    *openBlock
	keys   *crypto.KeyCache // validated signer keys
	policy AccountPolicy    // which account a credit to an address goes to
}

// keyCacheSize bounds the validated-key cache (about 200 bytes an entry).
const keyCacheSize = 1 << 16

type openBlock struct {
	hdr     BlockHeader
	oldRoot fr.Element
	ops     []ExecutedOp
	slots   int // block slots the ops take (a SpotTrade takes two)
	fees    []FeeCredit
}

// Receipt tells what an applied operation did.
type Receipt struct {
	Block   uint64
	Slot    int        // position in the block
	Op      ExecutedOp // as it goes into the block's pubdata
	Created bool       // the operation created the account Op.To (TransferToNew) or Op.Account (Deposit)
}

// NewMachine returns a machine over st, which must have the shape p implies.
func NewMachine(p Params, st *state.State) (*Machine, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if st.Config() != p.StateConfig() {
		return nil, fmt.Errorf("state shape %+v does not match params %+v", st.Config(), p.StateConfig())
	}
	return &Machine{p: p, st: st, keys: crypto.NewKeyCache(keyCacheSize), policy: NextFreeAccount}, nil
}

// Params returns the machine's protocol parameters.
func (m *Machine) Params() Params { return m.p }

// State returns the underlying state (for reads).
func (m *Machine) State() *state.State { return m.st }

// BeginBlock opens block h. Its fee account must exist by SealBlock.
func (m *Machine) BeginBlock(h BlockHeader) error { return m.begin(h, true) }

// begin opens block h; withRoot: record the state root it starts from
// (hashing every change since the last root).
func (m *Machine) begin(h BlockHeader, withRoot bool) error {
	if m.blk != nil {
		return fmt.Errorf("%w: block %d", ErrBlockOpen, m.blk.hdr.Number)
	}
	if err := m.checkAccountID(h.FeeAccount); err != nil {
		return err
	}
	var root fr.Element
	if withRoot {
		var err error
		if root, err = m.st.Root(); err != nil {
			return err
		}
	}
	m.blk = &openBlock{hdr: h, oldRoot: root}
	return nil
}

// OpenBlockLen returns the number of operations in the open block (0 if none).
func (m *Machine) OpenBlockLen() int {
	if m.blk == nil {
		return 0
	}
	return len(m.blk.ops)
}

// OpenBlockSlots returns the block slots the open block's operations take
// (0 if none): its length, but for operations that take two.
func (m *Machine) OpenBlockSlots() int {
	if m.blk == nil {
		return 0
	}
	return m.blk.slots
}

// Apply applies one operation to the open block.
func (m *Machine) Apply(tx Tx) (Receipt, error) {
	return m.apply(tx, nil)
}

// sigResult is the outcome of the stateless signature check of one L2
// transaction: the hash of the key that signed it.
type sigResult struct {
	pkh crypto.PubKeyHash
	err error
	// orders: a SpotTrade's orders' signers (taker, maker); nil when
	// not checked yet
	orders *[2]crypto.PubKeyHash
}

func (m *Machine) apply(tx Tx, sig *sigResult) (Receipt, error) {
	if m.blk == nil {
		return Receipt{}, ErrNoBlock
	}
	s, err := specOf(tx)
	if err != nil {
		return Receipt{}, err
	}
	// a Transfer may execute as a TransferToNew: both fit a transfer slot
	at := SlotFor(m.p.SlotGroup, m.blk.slots, s.Type)
	if at+s.Type.Width() > m.p.BlockSlots {
		if at > m.blk.slots {
			return Receipt{}, fmt.Errorf("%w: %d of %d slots used, %s needs a general slot and the next is %d", ErrBlockFull, m.blk.slots, m.p.BlockSlots, s.Name, at)
		}
		return Receipt{}, fmt.Errorf("%w: %d of %d slots used, %s takes %d", ErrBlockFull, m.blk.slots, m.p.BlockSlots, s.Name, s.Type.Width())
	}
	if sig == nil && s.verifiesSignatures() {
		r := checkSignature(m.keys, m.p.ChainID, tx)
		sig = &r
	}
	op, created, err := s.apply(m, tx, sig)
	if err != nil {
		return Receipt{}, fmt.Errorf("%s: %w", s.Name, err)
	}
	op.Tx = tx
	m.blk.ops = append(m.blk.ops, op)
	m.blk.slots = at + op.Type.Width()
	return Receipt{Block: m.blk.hdr.Number, Slot: at, Op: op, Created: created}, nil
}

// SealBlock credits the collected fees to the fee account and closes the block.
func (m *Machine) SealBlock() (*Block, error) { return m.seal(true) }

// seal closes the open block; withRoot: compute the state root it ends at.
func (m *Machine) seal(withRoot bool) (*Block, error) {
	if m.blk == nil {
		return nil, ErrNoBlock
	}
	b := m.blk
	// The fee account must exist when the fees are credited, after the last
	// operation (it may be created by one of them), as the circuit checks.
	acc, err := m.st.Account(b.hdr.FeeAccount)
	if err != nil {
		return nil, err
	}
	if !acc.Exists() {
		return nil, fmt.Errorf("%w: account %d", ErrFeeAccountNotFound, b.hdr.FeeAccount)
	}
	// Compute every credit first, write only if all fit: a failed seal
	// changes nothing and can be retried.
	credited := make([]num.U128, len(b.fees))
	for i, f := range b.fees {
		bal, err := m.st.Balance(b.hdr.FeeAccount, f.Token)
		if err != nil {
			return nil, err
		}
		nb, of := bal.Add(f.Amount)
		if of {
			return nil, fmt.Errorf("%w: fee account %d token %d", ErrBalanceOverflow, b.hdr.FeeAccount, f.Token)
		}
		credited[i] = nb
	}
	for i, f := range b.fees {
		if err := m.st.SetBalance(b.hdr.FeeAccount, f.Token, credited[i]); err != nil {
			return nil, err
		}
	}
	var root fr.Element
	if withRoot {
		if root, err = m.st.Root(); err != nil {
			return nil, err
		}
	}
	m.blk = nil
	return &Block{Header: b.hdr, Slots: m.p.ShapeFor(b.slots), SlotGroup: m.p.SlotGroup, OldRoot: b.oldRoot, NewRoot: root, Ops: b.ops, Fees: b.fees}, nil
}

// AbortBlock drops the open block and every state change not yet committed.
func (m *Machine) AbortBlock() error {
	m.blk = nil
	return m.st.Discard()
}

func (m *Machine) checkAccountID(id uint32) error {
	if m.p.AccountDepth < 32 && uint64(id) >= 1<<m.p.AccountDepth {
		return fmt.Errorf("%w: id %d, tree depth %d", ErrAccountOutOfRange, id, m.p.AccountDepth)
	}
	return nil
}

func (m *Machine) checkToken(token uint16) error {
	if uint64(token) >= 1<<m.p.BalanceDepth {
		return fmt.Errorf("%w: token %d, tree depth %d", ErrTokenOutOfRange, token, m.p.BalanceDepth)
	}
	return nil
}

// reserveFee checks that fee in token can be collected by the open block and
// returns the commit function that records it.
func (m *Machine) reserveFee(token uint16, fee num.U128) (func(), error) {
	if fee.IsZero() {
		return func() {}, nil
	}
	fees := m.blk.fees
	for i := range fees {
		if fees[i].Token == token {
			sum, of := fees[i].Amount.Add(fee)
			if of {
				return nil, fmt.Errorf("%w: block fees in token %d", ErrBalanceOverflow, token)
			}
			return func() { m.blk.fees[i].Amount = sum }, nil
		}
	}
	if len(fees) >= m.p.FeeTokenSlots {
		return nil, fmt.Errorf("%w: %d tokens", ErrTooManyFeeTokens, m.p.FeeTokenSlots)
	}
	return func() { m.blk.fees = append(m.blk.fees, FeeCredit{Token: token, Amount: fee}) }, nil
}

// signer loads an existing account that must be able to sign with key pkh at
// nonce.
func (m *Machine) signer(id uint32, pkh crypto.PubKeyHash, nonce uint32) (state.Account, error) {
	if err := m.checkAccountID(id); err != nil {
		return state.Account{}, err
	}
	acc, err := m.st.Account(id)
	if err != nil {
		return acc, err
	}
	switch {
	case !acc.Exists():
		return acc, fmt.Errorf("%w: account %d", ErrAccountNotFound, id)
	case acc.PubKeyHash.IsZero():
		return acc, fmt.Errorf("%w: account %d", ErrNoPubKey, id)
	case acc.PubKeyHash != pkh:
		return acc, fmt.Errorf("%w: account %d has %s, transaction signed by %s", ErrPubKeyMismatch, id, acc.PubKeyHash, pkh)
	}
	return acc, checkNonce(id, acc, nonce)
}

func checkNonce(id uint32, acc state.Account, nonce uint32) error {
	if nonce != acc.Nonce {
		return fmt.Errorf("%w: account %d expects nonce %d, got %d", ErrNonceMismatch, id, acc.Nonce, nonce)
	}
	if acc.Nonce == ^uint32(0) {
		return fmt.Errorf("%w: account %d", ErrNonceOverflow, id)
	}
	return nil
}

// debit checks that account id holds amount+fee of token and returns the new balance.
func (m *Machine) debit(id uint32, token uint16, amount, fee num.U128) (num.U128, error) {
	bal, err := m.st.Balance(id, token)
	if err != nil {
		return bal, err
	}
	total, of := amount.Add(fee)
	if of || bal.Cmp(total) < 0 {
		return bal, fmt.Errorf("%w: account %d has %s of token %d, needs %s + fee %s", ErrInsufficientFunds, id, bal, token, amount, fee)
	}
	nb, _ := bal.Sub(total)
	return nb, nil
}

// AccountPolicy chooses the account that receives a credit to addr (a
// Deposit, a Transfer's receiver), or returns ErrNoAccount: a Deposit is
// then refunded on L1 (OpDepositRefund), a Transfer refused. So is a
// deposit whose chosen id does not fit the tree (the tree is full). It is
// the operator's policy, not a rule:
// the rules, native and in the circuit, accept any id whose account is
// empty (it is then created for addr) or owned by addr. So an address may
// own more than one account, and the ids in a block's pubdata are what a
// consumer of L1 data follows (it sets a policy that returns them).
type AccountPolicy func(st *state.State, addr common.Address) (uint32, error)

// NextFreeAccount is the operator's policy: the address's account if it has
// one, otherwise the next free id.
func NextFreeAccount(st *state.State, addr common.Address) (uint32, error) {
	id, ok, err := st.AccountByAddress(addr)
	if err != nil || ok {
		return id, err
	}
	return st.NextAccountID(), nil
}

// SetAccountPolicy replaces the machine's account policy; nil restores
// NextFreeAccount.
func (m *Machine) SetAccountPolicy(p AccountPolicy) {
	if p == nil {
		p = NextFreeAccount
	}
	m.policy = p
}

// resolveAddress applies the account policy and the rule: the chosen id
// fits the tree, and its account is empty (isNew) or owned by addr.
func (m *Machine) resolveAddress(addr common.Address) (id uint32, isNew bool, err error) {
	if id, err = m.policy(m.st, addr); err != nil {
		return id, false, err
	}
	if err := m.checkAccountID(id); err != nil {
		return id, false, err
	}
	acc, err := m.st.Account(id)
	if err != nil {
		return id, false, err
	}
	if acc.Exists() && acc.Address != addr {
		return id, false, fmt.Errorf("%w: account %d", ErrAddressMismatch, id)
	}
	return id, !acc.Exists(), nil
}

// ErrReplayMismatch means a stored block re-executed to another root than
// the one stored with it: the stores do not belong together.
var ErrReplayMismatch = errors.New("a stored block re-executes to another state root")

// Replay re-applies a sealed block's encoded operations in slot order,
// seals it and checks the new root against wantRoot. The caller commits
// the state.
func (m *Machine) Replay(h BlockHeader, txs [][]byte, wantRoot [32]byte) (*Block, error) {
	if err := m.BeginBlock(h); err != nil {
		return nil, err
	}
	b, err := m.replayOpen(h, txs, wantRoot)
	if err != nil {
		// a failed replay leaves no block open and nothing uncommitted, so
		// the machine can replay again
		if aerr := m.AbortBlock(); aerr != nil {
			err = errors.Join(err, aerr)
		}
		return nil, err
	}
	return b, nil
}

func (m *Machine) replayOpen(h BlockHeader, txs [][]byte, wantRoot [32]byte) (*Block, error) {
	for i, raw := range txs {
		tx, err := DecodeTx(raw)
		if err != nil {
			return nil, fmt.Errorf("replay block %d slot %d: %w", h.Number, i, err)
		}
		if _, err := m.Apply(tx); err != nil {
			return nil, fmt.Errorf("replay block %d slot %d: %w", h.Number, i, err)
		}
	}
	return m.sealAndCheck(h, wantRoot)
}
