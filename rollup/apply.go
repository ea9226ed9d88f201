package rollup

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/zkrollup/zkrollup/crypto"
)

// checkSignature is the stateless part of an L2 transaction's validation: the
// signature verifies under the key the transaction carries. It returns the
// key's hash for the stateful check against the account. A type the
// registry calls signed must implement L2Tx; any other type is refused.
func checkSignature(keys *crypto.KeyCache, chainID uint64, tx Tx) sigResult {
	s, err := specOf(tx)
	if err != nil {
		return sigResult{err: err}
	}
	if t, ok := tx.(*SpotTrade); ok {
		return checkTradeSignatures(keys, chainID, t)
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

// checkTradeSignatures verifies both orders of a trade statelessly.
func checkTradeSignatures(keys *crypto.KeyCache, chainID uint64, t *SpotTrade) sigResult {
	var r sigResult
	r.orders = new([2]crypto.PubKeyHash)
	for i, o := range []*Order{&t.Taker, &t.Maker} {
		pkh, err := checkOrderSignature(keys, chainID, o)
		if err != nil && r.err == nil {
			r.err = fmt.Errorf("%s: %w", [2]string{"taker", "maker"}[i], err)
		}
		r.orders[i] = pkh
	}
	return r
}

// verifiesSignatures reports whether a request of this type carries
// signatures checked before the state is read: an L2 transaction's, or a
// trade's orders'.
func (s *OpSpec) verifiesSignatures() bool { return s.Signed || s.Type == OpSpotTrade }

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
				if s, err := specOf(txs[i]); err == nil && s.verifiesSignatures() {
					sigs[i] = checkSignature(m.keys, m.p.ChainID, txs[i])
				}
			}
		}()
	}
	wg.Wait()
	out := make([]Result, len(txs))
	for i, tx := range txs {
		if stopped(out, i) {
			continue
		}
		out[i].Receipt, out[i].Err = m.apply(tx, &sigs[i])
	}
	return out
}

// stopped reports whether a batch stops before its i-th operation: once
// the block has no room for one (ErrBlockFull, or no fee slot left for
// its token: ErrTooManyFeeTokens), no later one is applied
// and each comes back ErrBlockFull too, so the batch's order holds (under
// typed slots a later transfer could still fit where an earlier
// withdrawal did not, and then its nonce would be wrong).
func stopped(out []Result, i int) bool {
	if i == 0 || !(errors.Is(out[i-1].Err, ErrBlockFull) || errors.Is(out[i-1].Err, ErrTooManyFeeTokens)) {
		return false
	}
	out[i].Err = fmt.Errorf("%w: an earlier operation of the batch found no room", ErrBlockFull)
	return true
}
