package state

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/state/kv"
)

var errDisk = errors.New("disk full")

// flakyStore fails reads or batch commits on demand.
type flakyStore struct {
	kv.Store
	failReads, failCommits bool
}

func (f *flakyStore) Get(k []byte) ([]byte, bool, error) {
	if f.failReads {
		return nil, false, errDisk
	}
	return f.Store.Get(k)
}

func (f *flakyStore) View(k []byte, fn func([]byte) error) (bool, error) {
	if f.failReads {
		return false, errDisk
	}
	return f.Store.View(k, fn)
}

func (f *flakyStore) NewBatch() kv.Batch { return &flakyBatch{Batch: f.Store.NewBatch(), f: f} }

type flakyBatch struct {
	kv.Batch
	f *flakyStore
}

func (b *flakyBatch) Commit() error {
	if b.f.failCommits {
		return errDisk
	}
	return b.Batch.Commit()
}

func TestFailedCommitRollsBackToLastCommit(t *testing.T) {
	fs := &flakyStore{Store: kv.NewMemory()}
	st := open(t, fs)
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	_ = st.SetAccount(0, Account{Address: a})
	_ = st.SetBalance(0, 0, num.FromUint64(7))
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	committed := root(t, st)

	change := func() {
		_ = st.SetAccount(1, Account{Address: b})
		_ = st.SetBalance(1, 0, num.FromUint64(5))
		_ = st.SetBalance(0, 0, num.FromUint64(2))
	}
	change()
	fs.failCommits = true
	if err := st.Commit(nil); !errors.Is(err, ErrRolledBack) {
		t.Fatalf("failed commit: got %v, want ErrRolledBack", err)
	}
	if root(t, st) != committed {
		t.Fatal("after a failed commit the root is not the committed one")
	}
	if bal, _ := st.Balance(0, 0); bal != num.FromUint64(7) {
		t.Fatalf("after a failed commit balance is %s, want 7", bal)
	}
	if _, ok, _ := st.AccountByAddress(b); ok || st.NextAccountID() != 1 {
		t.Fatal("after a failed commit the uncommitted account is still indexed")
	}
	fs.failCommits = false
	change() // the caller redoes its changes
	if err := st.Commit(nil); err != nil {
		t.Fatal(err)
	}
	want := root(t, st)
	if re := open(t, fs); root(t, re) != want {
		t.Fatal("reopened state differs after the retried commit")
	}
	if err := st.Commit(func(kv.Batch) error { return errDisk }); !errors.Is(err, ErrRolledBack) {
		t.Fatalf("failing extra writes: got %v, want ErrRolledBack", err)
	}
}

// TestWritesAfterReadsDoNoIO: once an account has been read, writing it
// cannot fail, so a rule that checked everything first never half-applies.
func TestWritesAfterReadsDoNoIO(t *testing.T) {
	fs := &flakyStore{Store: kv.NewMemory()}
	st := open(t, fs)
	if _, err := st.Account(3); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Balance(3, 1); err != nil {
		t.Fatal(err)
	}
	fs.failReads = true
	if err := st.SetAccount(3, Account{Address: common.HexToAddress("0xc")}); err != nil {
		t.Fatalf("SetAccount after a read did I/O: %v", err)
	}
	if err := st.SetBalance(3, 1, num.FromUint64(1)); err != nil {
		t.Fatalf("SetBalance after a read did I/O: %v", err)
	}
}
