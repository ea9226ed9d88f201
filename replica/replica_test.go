package replica

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// A block sealed by one machine, stored, replays on a fresh replica to
// the same root and commitment; a stored root that does not match is
// refused.
func TestReplayRebuildsAStoredBlockAndChecksItsRoot(t *testing.T) {
	p := rollup.TestParams
	operator := common.HexToAddress("0xaa")
	m, err := Machine(p, operator)
	if err != nil {
		t.Fatal(err)
	}
	h := rollup.BlockHeader{Number: 1, Timestamp: 1_800_000_000}
	if err := m.BeginBlock(h); err != nil {
		t.Fatal(err)
	}
	dep := &rollup.Deposit{To: common.HexToAddress("0xbb"), Amount: num.FromUint64(500)}
	if _, err := m.Apply(dep); err != nil {
		t.Fatal(err)
	}
	sealed, err := m.SealBlock()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := rollup.EncodeTx(dep)
	if err != nil {
		t.Fatal(err)
	}
	stored := &store.Block{Number: 1, Timestamp: h.Timestamp, NewRoot: sealed.NewRoot.Bytes(), Ops: []store.BlockOp{{Tx: raw}}}

	fresh, err := Machine(p, operator)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := fresh.State().Root(); got != sealed.OldRoot {
		t.Fatalf("a fresh replica starts at %x, want the genesis root %x", got.Bytes(), sealed.OldRoot.Bytes())
	}
	again, err := Replay(fresh, stored)
	if err != nil {
		t.Fatal(err)
	}
	if again.NewRoot != sealed.NewRoot || again.Commitment() != sealed.Commitment() {
		t.Fatalf("replayed to root %x commitment %x, want %x %x", again.NewRoot.Bytes(), again.Commitment(), sealed.NewRoot.Bytes(), sealed.Commitment())
	}

	tampered := *stored
	tampered.NewRoot[0] ^= 1
	other, err := Machine(p, operator)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Replay(other, &tampered); !errors.Is(err, rollup.ErrReplayMismatch) {
		t.Fatalf("a wrong stored root: %v, want ErrReplayMismatch", err)
	}
	// A failed replay leaves the machine able to replay the right block
	// (it used to keep its block open: every later replay was ErrBlockOpen).
	if got, _ := other.State().Root(); got != sealed.OldRoot {
		t.Fatal("a failed replay left its changes in the state")
	}
	if _, err := Replay(other, stored); err != nil {
		t.Fatalf("replay after a failed one: %v", err)
	}
}
