package status

// Stage is one of the three L1 transactions every block goes through, in
// this order: the rollup contract's commitBlocks, proveBlocks and
// executeBlocks. Stored in l1_batches.stage and in the aggregator's
// operation keys ("commit:1-4").
type Stage string

// The L1 stages.
const (
	StageCommit  Stage = "commit"
	StageProve   Stage = "prove"
	StageExecute Stage = "execute"
	// StageAll is the rollup contract's commitProveExecute: one transaction
	// that takes blocks through all three stages (its batch counts as each).
	StageAll Stage = "all"
)

// Stages lists the stages in the order a block goes through them.
var Stages = []Stage{StageCommit, StageProve, StageExecute}

// Valid reports whether s is one of the stages or StageAll.
func (s Stage) Valid() bool {
	return s == StageCommit || s == StageProve || s == StageExecute || s == StageAll
}

// Covers reports whether a batch of stage s takes its blocks through
// stage t.
func (s Stage) Covers(t Stage) bool { return s == t || s == StageAll }

// OnL1 is how far a block is on L1: the last stage whose transaction is
// confirmed (the API's "l1" field). Committed here is committed on L1; a
// block sealed on L2 is TxSealed.
type OnL1 string

// How far a block is on L1.
const (
	NotOnL1     OnL1 = ""          // not committed yet
	L1Committed OnL1 = "committed" // its commitBlocks is confirmed
	L1Proven    OnL1 = "proven"    // its proveBlocks is confirmed
	L1Executed  OnL1 = "executed"  // its executeBlocks is confirmed: final
)

// Done is the state a block reaches when s's transaction is confirmed.
func (s Stage) Done() OnL1 {
	switch s {
	case StageCommit:
		return L1Committed
	case StageProve:
		return L1Proven
	case StageExecute, StageAll:
		return L1Executed
	}
	return NotOnL1
}

// L1Tx is the status of one L1 transaction of the sender (l1_txs.status).
type L1Tx string

// The L1 transaction statuses.
const (
	L1TxQueued    L1Tx = "queued"    // recorded, waiting for a nonce: not signed yet, or its nonce was taken by another transaction
	L1TxSent      L1Tx = "sent"      // signed with a nonce and broadcast; not mined deep enough yet
	L1TxConfirmed L1Tx = "confirmed" // mined, succeeded, Confirmations deep
	L1TxFailed    L1Tx = "failed"    // mined and reverted
)

// Proof is the status of a block's proof request (proof_requests.status).
type Proof string

// The proof request statuses.
const (
	ProofUnrequested Proof = "UNREQ"      // waiting for its first claim
	ProofWitnessGen  Proof = "WITNESSGEN" // leased; its witness is being generated
	ProofProving     Proof = "PROVING"    // leased; its witness is being proven
	ProofComplete    Proof = "COMPLETE"   // a verified proof is stored
	ProofFailed      Proof = "FAILED"     // the last attempt failed; retried while attempts remain
)

// Proofs lists the proof request statuses in queue order.
var Proofs = []Proof{ProofUnrequested, ProofWitnessGen, ProofProving, ProofComplete, ProofFailed}

// Record is where the node's database finds a transaction
// (store.TxStatus.State). It is not what clients see: TxStatus is.
type Record string

// Where a transaction is recorded.
const (
	RecordInMempool Record = "pending"  // admitted and durable, waiting in the mempool
	RecordInBlock   Record = "included" // in a sealed block
	RecordRejected  Record = "rejected" // refused by the sequencer
	RecordUnknown   Record = "unknown"  // none of these
)

// TxStatus is a transaction's status as zkr_txStatus reports it to
// clients and the wallet.
type TxStatus string

// The transaction statuses clients see, in the order a transaction moves.
const (
	TxQueued      TxStatus = "queued"    // in the mempool (RecordInMempool)
	TxInOpenBlock TxStatus = "pending"   // in the open block: soft-confirmed
	TxSealed      TxStatus = "committed" // in a sealed L2 block (not yet executed on L1)
	TxExecuted    TxStatus = "executed"  // its block is executed on L1: final
	TxRejected    TxStatus = "rejected"
	TxUnknown     TxStatus = "unknown"
)

// View names which state a read sees.
type View string

// The three views of the state.
const (
	ViewPending  View = "pending"   // after the latest mini-block: the open block included
	ViewSealed   View = "committed" // after the latest sealed L2 block
	ViewVerified View = "verified"  // after the latest block executed on L1 (OnL1 L1Executed)
)

// Views lists the views.
var Views = []View{ViewPending, ViewSealed, ViewVerified}
