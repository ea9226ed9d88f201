package rollup

import (
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
