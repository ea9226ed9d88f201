package status

import "testing"

// The values are stored in the database and sent to clients and the
// wallet: a change here is a schema and protocol change, not a rename.
func TestValuesAreTheStoredAndWireStrings(t *testing.T) {
	for _, c := range []struct {
		got  string
		want string
	}{
		{string(StageCommit), "commit"}, {string(StageProve), "prove"}, {string(StageExecute), "execute"},
		{string(NotOnL1), ""}, {string(L1Committed), "committed"}, {string(L1Proven), "proven"}, {string(L1Executed), "executed"},
		{string(L1TxQueued), "queued"}, {string(L1TxSent), "sent"}, {string(L1TxConfirmed), "confirmed"}, {string(L1TxFailed), "failed"},
		{string(ProofUnrequested), "UNREQ"}, {string(ProofWitnessGen), "WITNESSGEN"}, {string(ProofProving), "PROVING"},
		{string(ProofComplete), "COMPLETE"}, {string(ProofFailed), "FAILED"},
		{string(RecordInMempool), "pending"}, {string(RecordInBlock), "included"}, {string(RecordRejected), "rejected"}, {string(RecordUnknown), "unknown"},
		{string(TxQueued), "queued"}, {string(TxInOpenBlock), "pending"}, {string(TxSealed), "committed"}, {string(TxExecuted), "executed"},
		{string(TxRejected), "rejected"}, {string(TxUnknown), "unknown"},
		{string(ViewPending), "pending"}, {string(ViewSealed), "committed"}, {string(ViewVerified), "verified"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestEachStageIsDoneAtItsOwnL1State(t *testing.T) {
	want := map[Stage]OnL1{StageCommit: L1Committed, StageProve: L1Proven, StageExecute: L1Executed, "other": NotOnL1}
	for s, w := range want {
		if got := s.Done(); got != w {
			t.Errorf("%q.Done() = %q, want %q", s, got, w)
		}
		if got := s.Valid(); got != (w != NotOnL1) {
			t.Errorf("%q.Valid() = %v", s, got)
		}
	}
}
