package rollup

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state"
)

// Each operation below checks every rule first and writes only once all have
// passed, so an error leaves the state as it was.

func (m *Machine) deposit(d *Deposit, _ *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpDeposit, Address: d.To, Token: d.Token, Amount: d.Amount}
	if d.To == (common.Address{}) {
		return op, false, ErrZeroAddress
	}
	if d.Amount.IsZero() {
		return op, false, ErrZeroAmount
	}
	if err := m.checkToken(d.Token); err != nil {
		return op, false, err
	}
	id, isNew, err := m.resolveAddress(d.To)
	if err != nil {
		return op, false, err
	}
	op.Account = id
	acc, err := m.st.Account(id)
	if err != nil {
		return op, false, err
	}
	if acc.Exists() && acc.Address != d.To {
		return op, false, fmt.Errorf("%w: account %d", ErrAddressMismatch, id)
	}
	bal, err := m.st.Balance(id, d.Token)
	if err != nil {
		return op, false, err
	}
	nb, of := bal.Add(d.Amount)
	if of {
		return op, false, fmt.Errorf("%w: account %d token %d", ErrBalanceOverflow, id, d.Token)
	}
	if isNew {
		if err := m.st.SetAccount(id, state.Account{Address: d.To}); err != nil {
			return op, false, err
		}
	}
	return op, isNew, m.st.SetBalance(id, d.Token, nb)
}

func (m *Machine) fullExit(f *FullExit, _ *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpFullExit, Account: f.AccountID, Address: f.Owner, Token: f.Token}
	if err := m.checkAccountID(f.AccountID); err != nil {
		return op, false, err
	}
	if err := m.checkToken(f.Token); err != nil {
		return op, false, err
	}
	acc, err := m.st.Account(f.AccountID)
	if err != nil {
		return op, false, err
	}
	if !acc.Exists() || acc.Address != f.Owner {
		return op, false, nil // not the owner's: exits nothing, but is still processed
	}
	if op.Amount, err = m.st.Balance(f.AccountID, f.Token); err != nil {
		return op, false, err
	}
	return op, false, m.st.SetBalance(f.AccountID, f.Token, num.U128{})
}

func (m *Machine) transfer(t *Transfer, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpTransfer, Account: t.From, Address: t.To, Token: t.Token, PackedAmount: t.Amount, Fee: t.Fee}
	amount, err := t.Amount.Value()
	if err != nil {
		return op, false, err
	}
	op.Amount = amount
	fee := t.Fee.Value()
	if err := m.checkToken(t.Token); err != nil {
		return op, false, err
	}
	if t.To == (common.Address{}) {
		return op, false, ErrZeroAddress
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	from, err := m.signer(t.From, sig.pkh, t.Nonce)
	if err != nil {
		return op, false, err
	}
	fromBal, err := m.debit(t.From, t.Token, amount, fee)
	if err != nil {
		return op, false, err
	}
	toID, isNew, err := m.resolveAddress(t.To)
	if err != nil {
		return op, false, err
	}
	op.To = toID
	if isNew {
		op.Type = OpTransferToNew
		if to, err := m.st.Account(toID); err != nil {
			return op, false, err
		} else if to.Exists() {
			return op, false, fmt.Errorf("%w: account %d", ErrAccountExists, toID)
		}
	}
	toBal := fromBal // a transfer to oneself credits the debited balance
	if toID != t.From {
		if toBal, err = m.st.Balance(toID, t.Token); err != nil {
			return op, false, err
		}
	}
	toBal, of := toBal.Add(amount)
	if of {
		return op, false, fmt.Errorf("%w: account %d token %d", ErrBalanceOverflow, toID, t.Token)
	}
	addFee, err := m.reserveFee(t.Token, fee)
	if err != nil {
		return op, false, err
	}
	from.Nonce++
	if err := m.st.SetBalance(t.From, t.Token, fromBal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(t.From, from); err != nil {
		return op, false, err
	}
	if isNew {
		if err := m.st.SetAccount(toID, state.Account{Address: t.To}); err != nil {
			return op, false, err
		}
	}
	if err := m.st.SetBalance(toID, t.Token, toBal); err != nil {
		return op, false, err
	}
	addFee()
	return op, isNew, nil
}

func (m *Machine) withdraw(w *Withdraw, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpWithdraw, Account: w.From, Address: w.To, Token: w.Token, Amount: w.Amount, Fee: w.Fee}
	fee := w.Fee.Value()
	if err := m.checkToken(w.Token); err != nil {
		return op, false, err
	}
	if w.To == (common.Address{}) {
		return op, false, ErrZeroAddress
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	from, err := m.signer(w.From, sig.pkh, w.Nonce)
	if err != nil {
		return op, false, err
	}
	bal, err := m.debit(w.From, w.Token, w.Amount, fee)
	if err != nil {
		return op, false, err
	}
	addFee, err := m.reserveFee(w.Token, fee)
	if err != nil {
		return op, false, err
	}
	from.Nonce++
	if err := m.st.SetBalance(w.From, w.Token, bal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(w.From, from); err != nil {
		return op, false, err
	}
	addFee()
	return op, false, nil
}

func (m *Machine) changePubKey(c *ChangePubKey, sig *sigResult) (ExecutedOp, bool, error) {
	op := ExecutedOp{Type: OpChangePubKey, Account: c.AccountID, Token: c.FeeToken, Fee: c.Fee, Nonce: c.Nonce}
	fee := c.Fee.Value()
	if err := m.checkToken(c.FeeToken); err != nil {
		return op, false, err
	}
	if err := m.checkAccountID(c.AccountID); err != nil {
		return op, false, err
	}
	if sig.err != nil {
		return op, false, sig.err
	}
	op.PubKeyHash = sig.pkh
	acc, err := m.st.Account(c.AccountID)
	if err != nil {
		return op, false, err
	}
	if !acc.Exists() {
		return op, false, fmt.Errorf("%w: account %d", ErrAccountNotFound, c.AccountID)
	}
	op.Address = acc.Address
	if err := checkNonce(c.AccountID, acc, c.Nonce); err != nil {
		return op, false, err
	}
	signer, err := RecoverEthSigner(EthMessage(m.p.ChainID, c.AccountID, c.Nonce, sig.pkh), c.EthSignature)
	if err != nil {
		return op, false, err
	}
	if signer != acc.Address {
		return op, false, fmt.Errorf("%w: signed by %s, account %d belongs to %s", ErrBadEthSignature, signer, c.AccountID, acc.Address)
	}
	bal, err := m.debit(c.AccountID, c.FeeToken, num.U128{}, fee)
	if err != nil {
		return op, false, err
	}
	addFee, err := m.reserveFee(c.FeeToken, fee)
	if err != nil {
		return op, false, err
	}
	acc.PubKeyHash = sig.pkh
	acc.Nonce++
	if err := m.st.SetBalance(c.AccountID, c.FeeToken, bal); err != nil {
		return op, false, err
	}
	if err := m.st.SetAccount(c.AccountID, acc); err != nil {
		return op, false, err
	}
	addFee()
	return op, false, nil
}

// checkSignature is the stateless part of an L2 transaction's validation: the
// signature verifies under the key the transaction carries. It returns the
// key's hash for the stateful check against the account. A type the
// registry calls signed must implement L2Tx; any other type is refused.
func checkSignature(keys *crypto.KeyCache, chainID uint64, tx Tx) sigResult {
	s, err := specOf(tx)
	if err != nil {
		return sigResult{err: err}
	}
	l2, ok := tx.(L2Tx)
	if !s.Signed || !ok {
		return sigResult{err: fmt.Errorf("%w: %s carries no L2 signature", ErrUnknownOpType, s.Name)}
	}
	pub, signed, sig, err := l2.signature()
	if err != nil {
		return sigResult{err: fmt.Errorf("%w: %v", ErrBadSignature, err)}
	}
	var r sigResult
	r.pkh, r.err = verifyL2(keys, chainID, pub, signed, sig)
	return r
}

// Result is one outcome of ApplyBatch.
type Result struct {
	Receipt Receipt
	Err     error
}

// ApplyBatch applies txs in order, as Apply would one by one, but first
// verifies all signatures in parallel on every core: signature checks are
// the largest cost of a transfer and need no state.
func (m *Machine) ApplyBatch(txs []Tx) []Result {
	sigs := make([]sigResult, len(txs))
	workers := min(runtime.GOMAXPROCS(0), len(txs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(txs); i += workers {
				if s, err := specOf(txs[i]); err == nil && s.Signed {
					sigs[i] = checkSignature(m.keys, m.p.ChainID, txs[i])
				}
			}
		}()
	}
	wg.Wait()
	out := make([]Result, len(txs))
	for i, tx := range txs {
		out[i].Receipt, out[i].Err = m.apply(tx, &sigs[i])
	}
	return out
}
