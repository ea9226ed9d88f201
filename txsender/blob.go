package txsender

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
)

// BlobFeeReader tells the blob base fee of the head (eth_blobBaseFee). A
// Client that has it can send blob transactions: go-ethereum's ethclient
// does, and so does the value behind the simulated backend's Client
// (whose interface does not list it).
type BlobFeeReader interface {
	BlobBaseFee(ctx context.Context) (*big.Int, error)
}

// ErrBlobsNotConfigured: a blob transaction, and no Config.MaxBlobFeeCap
// (or an L1 client without BlobBaseFee).
var ErrBlobsNotConfigured = errors.New("blob transactions need Config.MaxBlobFeeCap (the most to pay per blob gas) and an L1 client with BlobBaseFee")

// A blob is stored as it is: store.BlobSize bytes.
var _ [store.BlobSize]byte = kzg4844.Blob{}

// EnqueueBlob records an operation sent as a blob (EIP-4844, type-3)
// transaction carrying blobs, idempotent by key as Enqueue. The sidecar
// is computed now (a blob the KZG library refuses is refused here, before
// any row exists) and kept for the first attempt; the gas is estimated
// with the blobs' versioned hashes, since the contract reads blobhash(i).
func (s *Sender) EnqueueBlob(ctx context.Context, owner, key string, to common.Address, data []byte, blobs []kzg4844.Blob) (store.L1Tx, error) {
	if existing, err := s.db.L1TxByKey(ctx, key); err == nil {
		return existing, nil
	}
	if err := s.blobsReady(); err != nil {
		return store.L1Tx{}, fmt.Errorf("%s: %w", key, err)
	}
	blobs = slices.Clone(blobs) // the sidecar holds them, not a copy
	sc, err := da.Sidecar(blobs)
	if err != nil {
		return store.L1Tx{}, fmt.Errorf("%s: %w", key, err)
	}
	blobBase, err := s.blobFees.BlobBaseFee(ctx)
	if err != nil {
		return store.L1Tx{}, fmt.Errorf("%s: blob base fee: %w", key, err)
	}
	gas, err := s.gasLimit(ctx, key, ethereum.CallMsg{From: s.from, To: &to, Data: data,
		BlobHashes: sc.BlobHashes(), BlobGasFeeCap: twice(blobBase)})
	if err != nil {
		return store.L1Tx{}, err
	}
	raw := make([]byte, 0, len(blobs)*store.BlobSize)
	for i := range blobs {
		raw = append(raw, blobs[i][:]...)
	}
	s.enqMu.Lock()
	defer s.enqMu.Unlock()
	if existing, err := s.db.L1TxByKey(ctx, key); err == nil {
		return existing, nil // enqueued while the sidecar was computed: its blobs, not these
	}
	row, err := s.db.EnqueueBlobL1Tx(ctx, store.L1Tx{Owner: owner, OpKey: key, To: to, Data: data, GasLimit: gas}, raw)
	if err != nil {
		return row, err
	}
	s.scMu.Lock()
	s.sidecars[row.ID] = sc
	s.scMu.Unlock()
	return row, nil
}

func (s *Sender) blobsReady() error {
	if s.cfg.MaxBlobFeeCap == nil || s.blobFees == nil {
		return ErrBlobsNotConfigured
	}
	return nil
}

// sidecar is the sidecar of t's blobs: computed once per process (cell
// proofs take about a second a blob), from the stored blobs after a
// restart.
func (s *Sender) sidecar(ctx context.Context, t store.L1Tx) (*types.BlobTxSidecar, error) {
	s.scMu.Lock()
	sc := s.sidecars[t.ID]
	s.scMu.Unlock()
	if sc != nil {
		return sc, nil
	}
	raw, err := s.db.L1TxBlobs(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 || len(raw)%store.BlobSize != 0 {
		return nil, fmt.Errorf("%s: %w: the row holds %d bytes", t.OpKey, store.ErrBadBlobs, len(raw))
	}
	blobs := make([]kzg4844.Blob, len(raw)/store.BlobSize)
	for i := range blobs {
		copy(blobs[i][:], raw[i*store.BlobSize:])
	}
	start := time.Now()
	if sc, err = da.Sidecar(blobs); err != nil {
		return nil, fmt.Errorf("%s: %w", t.OpKey, err)
	}
	s.log.Info("L1 blob sidecar computed from the stored blobs", "op", t.OpKey, "blobs", len(blobs), "took", time.Since(start))
	s.scMu.Lock()
	s.sidecars[t.ID] = sc
	s.scMu.Unlock()
	return sc, nil
}

// settledBlob counts a mined blob transaction's blob gas and forgets its
// sidecar.
func (s *Sender) settledBlob(t store.L1Tx, r *types.Receipt) {
	if t.BlobCount == 0 {
		return
	}
	s.m.BlobTxMined(r.BlobGasUsed, r.BlobGasPrice)
	s.scMu.Lock()
	delete(s.sidecars, t.ID)
	s.scMu.Unlock()
}

// otherPoolBusy reports whether queued row t must wait because a
// transaction of the other kind (blob or not) is sent and unmined: geth
// holds an account's transactions in one pool at a time. Its legacy pool
// refuses a transaction of an account with a pooled blob transaction
// ("address already reserved", core/txpool/reserver.go), and its blob
// pool refuses a blob transaction whose nonce follows a pending one of
// the legacy pool ("nonce too high: ... gapped nonce"). Sending anyway
// fails the broadcast and, StuckAfter later, pays a fee bump for nothing.
func (s *Sender) otherPoolBusy(ctx context.Context, t store.L1Tx, open []store.L1Tx) (bool, error) {
	var last *uint64
	for _, o := range open {
		if o.Status == status.L1TxSent && o.Nonce != nil && (o.BlobCount > 0) != (t.BlobCount > 0) && (last == nil || *o.Nonce > *last) {
			last = o.Nonce
		}
	}
	if last == nil {
		return false, nil
	}
	chain, err := s.c.NonceAt(ctx, s.from, nil)
	if err != nil {
		return false, err
	}
	if chain <= *last {
		s.log.Debug("L1 tx waits for the other pool's transactions to be mined", "op", t.OpKey, "blobs", t.BlobCount, "pending_nonce", *last)
		return true, nil
	}
	return false, nil
}

// blobFeeCaps are the prices of one blob transaction attempt.
type blobFeeCaps struct{ tip, feeCap, blobFeeCap *big.Int }

func (s *Sender) firstBlob(ctx context.Context, t store.L1Tx, nonce uint64, tip, feeCap *big.Int) error {
	if err := s.blobsReady(); err != nil {
		return fmt.Errorf("%s: %w", t.OpKey, err)
	}
	blobBase, err := s.blobFees.BlobBaseFee(ctx)
	if err != nil {
		return fmt.Errorf("blob base fee: %w", err)
	}
	return s.attemptBlob(ctx, t, nonce, blobFeeCaps{tip, feeCap, capAt(twice(blobBase), s.cfg.MaxBlobFeeCap)}, false)
}

// replaceBlob re-sends a stuck blob transaction with the same nonce. The
// blob pool takes the replacement only if every price is doubled: see
// replacementBlobFees.
func (s *Sender) replaceBlob(ctx context.Context, t store.L1Tx, head *types.Header) error {
	if err := s.blobsReady(); err != nil {
		return fmt.Errorf("%s: %w", t.OpKey, err)
	}
	prev := blobFeeCaps{t.TipCap, t.FeeCap, orZero(t.BlobFeeCap)}
	if prev.feeCap.Cmp(s.cfg.MaxFeeCap) >= 0 || prev.blobFeeCap.Cmp(s.cfg.MaxBlobFeeCap) >= 0 {
		// A replacement must double both: one at its cap cannot be replaced.
		s.log.Warn("L1 blob tx stuck at the fee cap", "op", t.OpKey, "fee_cap", prev.feeCap, "blob_fee_cap", prev.blobFeeCap)
		return nil
	}
	tip, err := s.c.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	blobBase, err := s.blobFees.BlobBaseFee(ctx)
	if err != nil {
		return fmt.Errorf("blob base fee: %w", err)
	}
	next := replacementBlobFees(prev, tip, head.BaseFee, blobBase, s.cfg.MaxFeeCap, s.cfg.MaxBlobFeeCap)
	s.log.Warn("L1 blob tx stuck: re-sending with doubled fees", "op", t.OpKey, "nonce", *t.Nonce,
		"tip", next.tip, "fee_cap", next.feeCap, "blob_fee_cap", next.blobFeeCap)
	return s.attemptBlob(ctx, t, *t.Nonce, next, true)
}

// replacementBlobFees are the prices of a replacement for a stuck blob
// transaction priced prev: each doubled, and at least what a first attempt
// would pay now (the node's tip; twice the base fee plus the tip; twice
// the blob base fee); the fee cap and blob fee cap at most their caps.
//
// Doubled, not the 10% the legacy pool asks: go-ethereum v1.17.10's blob
// pool (core/txpool/blobpool/blobpool.go, BlobPool.validateTx, "If the
// transaction replaces an existing one, ensure that price bumps are
// adhered to") refuses a transaction with a pooled one's nonce unless its
// gas fee cap, gas tip cap and blob gas fee cap are each at least
// (100+PriceBump)% of the pooled one's, and PriceBump is 100
// (blobpool.DefaultConfig: "either have patience or be aggressive, no
// mushy ground"). A capped price may fall short of that: the node then
// refuses the replacement, and the pooled attempt stays.
func replacementBlobFees(prev blobFeeCaps, tip, baseFee, blobBaseFee, maxFeeCap, maxBlobFeeCap *big.Int) blobFeeCaps {
	tip = maxBig(twice(prev.tip), tip)
	feeCap := maxBig(twice(prev.feeCap), new(big.Int).Add(twice(baseFee), tip))
	blobFeeCap := maxBig(twice(prev.blobFeeCap), twice(blobBaseFee))
	return blobFeeCaps{tip, capAt(feeCap, maxFeeCap), capAt(blobFeeCap, maxBlobFeeCap)}
}

// attemptBlob signs a blob transaction, records, then broadcasts it.
func (s *Sender) attemptBlob(ctx context.Context, t store.L1Tx, nonce uint64, f blobFeeCaps, replacement bool) error {
	if f.tip.Cmp(f.feeCap) > 0 {
		f.tip = f.feeCap
	}
	sc, err := s.sidecar(ctx, t)
	if err != nil {
		return err
	}
	btx, err := da.BlobTx(da.TxParams{ChainID: s.chain, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap, BlobFeeCap: f.blobFeeCap,
		Gas: t.GasLimit, To: t.To, Data: t.Data}, sc)
	if err != nil {
		return fmt.Errorf("%s: %w", t.OpKey, err)
	}
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chain), btx)
	if err != nil {
		return err
	}
	if err := s.db.SaveBlobAttempt(ctx, t.ID, nonce, f.tip, f.feeCap, f.blobFeeCap, tx.Hash(), s.now().UnixMilli()); err != nil {
		return err
	}
	if err := s.c.SendTransaction(ctx, tx); err != nil {
		// Recorded already: the next step finds it unmined and re-sends.
		s.log.Warn("L1 broadcast failed", "op", t.OpKey, "nonce", nonce, "blobs", t.BlobCount, "err", err)
		return nil
	}
	s.m.BlobTxSent(replacement)
	s.log.Info("L1 blob tx sent", "op", t.OpKey, "nonce", nonce, "tx", tx.Hash(), "blobs", t.BlobCount,
		"tip", f.tip, "fee_cap", f.feeCap, "blob_fee_cap", f.blobFeeCap)
	return nil
}

func twice(v *big.Int) *big.Int { return new(big.Int).Lsh(v, 1) }

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
