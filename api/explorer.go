package api

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// What the explorer (issue 20) reads: block listings with the L1
// transactions that carried each block, a transaction's whole story,
// accounts' histories, the provers' work and L1 costs.

// L1TxRef is an L1 transaction that carries a run of blocks through a
// stage ("all": commit, prove and execute in one transaction).
type L1TxRef struct {
	Stage       string       `json:"stage"`
	Hash        *common.Hash `json:"hash"` // the mined attempt, else the latest; null while never signed
	Status      string       `json:"status"`
	FirstBlock  uint64       `json:"firstBlock"`
	LastBlock   uint64       `json:"lastBlock"`
	L1Block     *uint64      `json:"l1Block,omitempty"`
	GasUsed     *uint64      `json:"gasUsed,omitempty"`
	BlobGasUsed *uint64      `json:"blobGasUsed,omitempty"`
	MinedAt     *int64       `json:"minedAt,omitempty"` // unix ms
}

func l1Ref(r store.L1TxRef) L1TxRef {
	out := L1TxRef{Stage: string(r.Stage), Status: string(r.Status), FirstBlock: r.First, LastBlock: r.Last,
		L1Block: r.MinedBlock, GasUsed: r.GasUsed, BlobGasUsed: r.BlobGasUsed, MinedAt: r.MinedAt}
	if r.Hash != ([32]byte{}) {
		h := common.Hash(r.Hash)
		out.Hash = &h
	}
	return out
}

// refsOf picks the references that carry block n.
func refsOf(all []store.L1TxRef, n uint64) []L1TxRef {
	out := []L1TxRef{}
	for _, r := range all {
		if r.First <= n && n <= r.Last {
			out = append(out, l1Ref(r))
		}
	}
	return out
}

// TxSummary is what an operation does, in the explorer's words. Amounts
// are decimal strings of base units.
type TxSummary struct {
	Type        string          `json:"type"`
	From        *uint32         `json:"from,omitempty"` // acting account id
	FromAddress *common.Address `json:"fromAddress,omitempty"`
	To          *uint32         `json:"to,omitempty"` // receiving account id (a trade's maker)
	ToAddress   *common.Address `json:"toAddress,omitempty"`
	Token       *uint16         `json:"token,omitempty"`
	Amount      string          `json:"amount,omitempty"`
	TokenB      *uint16         `json:"tokenB,omitempty"` // a trade: what the taker bought
	AmountB     string          `json:"amountB,omitempty"`
	FeeToken    *uint16         `json:"feeToken,omitempty"`
	Fee         string          `json:"fee,omitempty"`
	Nonce       *uint32         `json:"nonce,omitempty"`
}

func ptr[T any](v T) *T { return &v }

func amount(v num.U128, err error) string {
	if err != nil {
		return ""
	}
	return v.String()
}

// summarize describes a request (rollup.EncodeTx) that executed as
// opType; an undecodable request is summarised by its type alone.
func summarize(opType rollup.OpType, raw []byte) TxSummary {
	out := TxSummary{Type: opType.String()}
	tx, err := rollup.DecodeTx(raw)
	if err != nil {
		return out
	}
	switch t := tx.(type) {
	case *rollup.Deposit:
		out.ToAddress, out.Token, out.Amount = ptr(t.To), ptr(t.Token), t.Amount.String()
	case *rollup.Transfer:
		out.From, out.ToAddress, out.Token, out.Amount = ptr(t.From), ptr(t.To), ptr(t.Token), amount(t.Amount.Value())
		out.FeeToken, out.Fee, out.Nonce = ptr(t.Token), t.Fee.Value().String(), ptr(t.Nonce)
	case *rollup.Withdraw:
		out.From, out.ToAddress, out.Token, out.Amount = ptr(t.From), ptr(t.To), ptr(t.Token), t.Amount.String()
		out.FeeToken, out.Fee, out.Nonce = ptr(t.Token), t.Fee.Value().String(), ptr(t.Nonce)
	case *rollup.FullExit:
		out.From, out.FromAddress, out.Token = ptr(t.AccountID), ptr(t.Owner), ptr(t.Token)
	case *rollup.ChangePubKey:
		out.From, out.FeeToken, out.Fee, out.Nonce = ptr(t.AccountID), ptr(t.FeeToken), t.Fee.Value().String(), ptr(t.Nonce)
	case *rollup.SpotTrade:
		out.From, out.To = ptr(t.Taker.Account), ptr(t.Maker.Account)
		out.Token, out.Amount = ptr(t.Taker.TokenSell), amount(t.TakerFill.Value())
		out.TokenB, out.AmountB = ptr(t.Maker.TokenSell), amount(t.MakerFill.Value())
	case *rollup.CancelOrder:
		out.From, out.FeeToken, out.Fee, out.Nonce = ptr(t.Account), ptr(t.FeeToken), t.Fee.Value().String(), ptr(t.Nonce)
	}
	return out
}

// BlockSummary is a sealed block in a listing.
type BlockSummary struct {
	Number       uint64    `json:"number"`
	Timestamp    uint64    `json:"timestamp"` // unix s
	SealedAt     int64     `json:"sealedAt"`  // unix ms
	Ops          int       `json:"ops"`
	PubdataBytes int       `json:"pubdataBytes"`
	L1           string    `json:"l1"`
	L1Txs        []L1TxRef `json:"l1Txs"`
}

const maxListing = 100

// maxBlockNumber is past every block number the database holds (BIGINT).
const maxBlockNumber = 1 << 62

// GetBlocks lists up to limit sealed blocks below `before` (null: from the
// newest), newest first, each with its L1 stage and transactions.
func (s *service) GetBlocks(ctx context.Context, before *BlockNumber, limit int) ([]BlockSummary, error) {
	if limit <= 0 || limit > maxListing {
		return nil, invalidParams(fmt.Sprintf("limit %d: list 1 to %d blocks at a time", limit, maxListing))
	}
	var b uint64 // 0: from the newest
	if before != nil {
		if b = uint64(*before); b == 0 {
			return []BlockSummary{}, nil // nothing is below block 0
		}
		if b > maxBlockNumber {
			b = 0 // above every block there can be
		}
	}
	sums, err := s.db.BlockSummaries(ctx, b, limit)
	if err != nil || len(sums) == 0 {
		return []BlockSummary{}, toRPC(err)
	}
	refs, err := s.db.L1TxsOfBlocks(ctx, sums[len(sums)-1].Number, sums[0].Number)
	if err != nil {
		return nil, toRPC(err)
	}
	p, err := s.db.L1Progress(ctx)
	if err != nil {
		return nil, toRPC(err)
	}
	out := make([]BlockSummary, len(sums))
	for i, x := range sums {
		out[i] = BlockSummary{Number: x.Number, Timestamp: x.Timestamp, SealedAt: x.SealedAt, Ops: x.Ops, PubdataBytes: x.PubdataBytes,
			L1: string(stageOf(p, x.Number)), L1Txs: refsOf(refs, x.Number)}
	}
	return out, nil
}

// stageOf says how far block n is on L1, given the progress.
func stageOf(p store.L1Progress, n uint64) status.OnL1 {
	switch {
	case n <= p.Executed:
		return status.L1Executed
	case n <= p.Proven:
		return status.L1Proven
	case n <= p.Committed:
		return status.L1Committed
	}
	return status.NotOnL1
}

// BlockProof is how a block's proof went.
type BlockProof struct {
	Status    string `json:"status"` // UNREQ, WITNESSGEN, PROVING, COMPLETE, FAILED
	Attempts  int    `json:"attempts"`
	ProvingMs *int64 `json:"provingMs,omitempty"` // from going PROVING to the stored proof
	Prover    string `json:"prover,omitempty"`
	Error     string `json:"error,omitempty"`
}

// explain adds what the explorer shows of a block beyond its contents.
func (s *service) explain(ctx context.Context, out *Block) error {
	_, at, err := s.db.BlockTime(ctx, out.Number)
	if err != nil {
		return err
	}
	out.SealedAt, out.PubdataBytes = at, len(out.Pubdata)
	refs, err := s.db.L1TxsOfBlocks(ctx, out.Number, out.Number)
	if err != nil {
		return err
	}
	out.L1Txs = refsOf(refs, out.Number)
	for _, r := range refs {
		if r.GasUsed != nil {
			share := *r.GasUsed / (r.Last - r.First + 1)
			if out.L1GasShare == nil {
				out.L1GasShare = new(uint64)
			}
			*out.L1GasShare += share
		}
	}
	pr, err := s.db.ProofRequestOf(ctx, out.Number)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return err
	default:
		out.Proof = &BlockProof{Status: string(pr.Status), Attempts: pr.Attempts, Prover: pr.Owner, Error: pr.Error}
		if pr.ProofMs > 0 {
			out.Proof.ProvingMs = ptr(pr.ProofMs)
		}
	}
	return nil
}

// TxView is a transaction's whole story: where it is, what it does, and
// the L1 transactions that carried its block.
type TxView struct {
	TxStatus
	Tx        *TxSummary `json:"tx"`
	Timestamp uint64     `json:"timestamp,omitempty"` // its block's, unix s
	L1Txs     []L1TxRef  `json:"l1Txs,omitempty"`
}

// GetTx reports a transaction's status with what it does; status
// "unknown" when the node never saw it.
func (s *service) GetTx(ctx context.Context, hash common.Hash) (*TxView, error) {
	st, err := s.TxStatus(ctx, hash)
	if err != nil {
		return nil, err
	}
	out := &TxView{TxStatus: *st}
	raw, opType, err := s.db.TxBytes(ctx, hash)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return nil, toRPC(err)
	default:
		if opType == 0 { // not in a block yet: the request's own type
			if tx, err := rollup.DecodeTx(raw); err == nil {
				opType = uint8(tx.TxType())
			}
		}
		out.Tx = ptr(summarize(rollup.OpType(opType), raw))
	}
	if st.Status == string(status.TxSealed) || st.Status == string(status.TxExecuted) {
		if out.Timestamp, _, err = s.db.BlockTime(ctx, st.Block); err != nil {
			return nil, toRPC(err)
		}
		refs, err := s.db.L1TxsOfBlocks(ctx, st.Block, st.Block)
		if err != nil {
			return nil, toRPC(err)
		}
		out.L1Txs = refsOf(refs, st.Block)
	}
	return out, nil
}

// AccountTx is an operation in an account's history.
type AccountTx struct {
	Block     uint64      `json:"block"`
	Slot      int         `json:"slot"`
	Hash      common.Hash `json:"hash"`
	Type      string      `json:"type"`
	Summary   TxSummary   `json:"summary"`
	L1        string      `json:"l1"`
	Timestamp uint64      `json:"timestamp"`
}

// AccountHistory is a page of an account's history.
type AccountHistory struct {
	Txs  []AccountTx `json:"txs"`
	Next *uint64     `json:"next"` // pass as before for the next page; null at the end
}

// AccountTxs lists the operations an account signed or received in
// sealed blocks, newest first, before the cursor a previous page
// returned (null: from the newest).
func (s *service) AccountTxs(ctx context.Context, who string, before *uint64, limit int) (*AccountHistory, error) {
	if limit <= 0 || limit > maxListing {
		return nil, invalidParams(fmt.Sprintf("limit %d: list 1 to %d operations at a time", limit, maxListing))
	}
	a, err := s.GetAccount(who, nil)
	if err != nil {
		return nil, err
	}
	out := &AccountHistory{Txs: []AccountTx{}}
	if a == nil {
		return out, nil
	}
	var block uint64
	var slot int
	if before != nil {
		block, slot = *before>>16, int(*before&0xffff)
		if block == 0 {
			return out, nil
		}
		if block > maxBlockNumber {
			block, slot = 0, 0 // from the newest
		}
	}
	ops, err := s.db.AccountOps(ctx, a.ID, block, slot, limit)
	if err != nil {
		return nil, toRPC(err)
	}
	p, err := s.db.L1Progress(ctx)
	if err != nil {
		return nil, toRPC(err)
	}
	for _, o := range ops {
		t := rollup.OpType(o.OpType)
		out.Txs = append(out.Txs, AccountTx{Block: o.Block, Slot: o.Slot, Hash: o.TxHash, Type: t.String(),
			Summary: summarize(t, o.Tx), L1: string(stageOf(p, o.Block)), Timestamp: o.Timestamp})
	}
	if len(ops) == limit {
		last := ops[len(ops)-1]
		out.Next = ptr(last.Block<<16 | uint64(last.Slot))
	}
	return out, nil
}

// Workers is what the node knows of the provers working for it.
type Workers interface {
	// WorkerNames are the connected prover workers' names.
	WorkerNames() []string
}

// ProverWorker is one prover working for the node.
type ProverWorker struct {
	Name string `json:"name"`
}

// ProofTime is how long one block's proof took.
type ProofTime struct {
	Block       uint64 `json:"block"`
	ProvingMs   int64  `json:"provingMs"`
	Prover      string `json:"prover"`
	CompletedAt int64  `json:"completedAt"` // unix ms
}

// Provers is the prover cluster as the node sees it.
type Provers struct {
	// InProcess: this process runs a prover or the prover server, so it
	// knows the workers; false: they work for another process.
	InProcess bool           `json:"inProcess"`
	Workers   []ProverWorker `json:"workers"`
	Jobs      map[string]int `json:"jobs"`   // proof requests by status
	Recent    []ProofTime    `json:"recent"` // newest first
}

// Provers reports the workers, the proof requests by status and the
// recent proofs' times.
func (s *service) Provers(ctx context.Context) (*Provers, error) {
	out := &Provers{Workers: []ProverWorker{}, Jobs: map[string]int{}, Recent: []ProofTime{}}
	if s.cfg.LocalProver != "" {
		out.InProcess = true
		out.Workers = append(out.Workers, ProverWorker{Name: s.cfg.LocalProver})
	}
	if s.cfg.Workers != nil {
		out.InProcess = true
		for _, n := range s.cfg.Workers.WorkerNames() {
			out.Workers = append(out.Workers, ProverWorker{Name: n})
		}
	}
	counts, err := s.db.CountProofs(ctx)
	if err != nil {
		return nil, toRPC(err)
	}
	for _, st := range []status.Proof{status.ProofUnrequested, status.ProofWitnessGen, status.ProofProving, status.ProofComplete, status.ProofFailed} {
		out.Jobs[string(st)] = counts[st]
	}
	times, err := s.db.RecentProofTimes(ctx, 50)
	if err != nil {
		return nil, toRPC(err)
	}
	for _, t := range times {
		out.Recent = append(out.Recent, ProofTime{Block: t.Block, ProvingMs: t.Ms, Prover: t.Prover, CompletedAt: t.CompletedAt})
	}
	return out, nil
}

// L1Cost is one confirmed L1 transaction of the rollup and what it cost.
type L1Cost struct {
	Stage       string      `json:"stage"`
	FirstBlock  uint64      `json:"firstBlock"`
	LastBlock   uint64      `json:"lastBlock"`
	Hash        common.Hash `json:"hash"`
	GasUsed     uint64      `json:"gasUsed"`
	BlobGasUsed uint64      `json:"blobGasUsed"`
	L1Block     uint64      `json:"l1Block"`
	MinedAt     int64       `json:"minedAt"`   // unix ms
	Ops         int         `json:"ops"`       // operations in its blocks
	Transfers   int         `json:"transfers"` // Transfer and TransferToNew among them
}

// L1Costs lists the last `limit` confirmed L1 transactions whose costs
// the sender recorded, oldest first.
func (s *service) L1Costs(ctx context.Context, limit int) ([]L1Cost, error) {
	if limit <= 0 || limit > 500 {
		return nil, invalidParams(fmt.Sprintf("limit %d: list 1 to 500 transactions at a time", limit))
	}
	refs, err := s.db.ConfirmedL1Txs(ctx, limit)
	if err != nil || len(refs) == 0 {
		return []L1Cost{}, toRPC(err)
	}
	lo, hi := refs[0].First, refs[0].Last
	for _, r := range refs {
		lo, hi = min(lo, r.First), max(hi, r.Last)
	}
	counts, err := s.db.OpTypeCounts(ctx, lo, hi)
	if err != nil {
		return nil, toRPC(err)
	}
	out := make([]L1Cost, 0, len(refs))
	for _, r := range refs {
		c := L1Cost{Stage: string(r.Stage), FirstBlock: r.First, LastBlock: r.Last, Hash: r.Hash}
		if r.GasUsed != nil {
			c.GasUsed = *r.GasUsed
		}
		if r.BlobGasUsed != nil {
			c.BlobGasUsed = *r.BlobGasUsed
		}
		if r.MinedBlock != nil {
			c.L1Block = *r.MinedBlock
		}
		if r.MinedAt != nil {
			c.MinedAt = *r.MinedAt
		}
		for b := r.First; b <= r.Last; b++ {
			for t, n := range counts[b] {
				c.Ops += n
				if t == uint8(rollup.OpTransfer) || t == uint8(rollup.OpTransferToNew) {
					c.Transfers += n
				}
			}
		}
		out = append(out, c)
	}
	return out, nil
}
