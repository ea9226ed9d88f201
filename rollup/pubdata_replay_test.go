package rollup_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/replica"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// ethSigs is what commitBlocks receives with a block: the L1
// authorisations of its ChangePubKeys, in order (l1.Commit's layout).
func ethSigs(b *rollup.Block) []byte {
	var out []byte
	for i := range b.Ops {
		if c, ok := b.Ops[i].Tx.(*rollup.ChangePubKey); ok {
			out = append(out, c.EthSignature[:]...)
		}
	}
	return out
}

// follower is a machine at genesis that replays blocks from pubdata only.
func follower(t *testing.T, r *scenario.Runner) *rollup.Machine {
	t.Helper()
	m, err := replica.Machine(r.P, r.Address("op"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func replayAll(t *testing.T, r *scenario.Runner, m *rollup.Machine) {
	t.Helper()
	replayBlocks(t, m, r.Blocks)
}

// replayBlocks replays blocks on m from their pubdata alone, checks each
// against the operator's block and commits it.
func replayBlocks(t *testing.T, m *rollup.Machine, blocks []*rollup.Block) {
	t.Helper()
	for _, b := range blocks {
		got, err := m.ReplayPubdata(b.Header, b.Pubdata(), ethSigs(b), b.NewRoot.Bytes())
		if err != nil {
			t.Fatalf("block %d: %v", b.Header.Number, err)
		}
		if !bytes.Equal(got.Pubdata(), b.Pubdata()) || got.Commitment() != b.Commitment() || got.NewRoot != b.NewRoot {
			t.Fatalf("block %d: replayed to other pubdata, commitment or root", b.Header.Number)
		}
		if err := m.State().Commit(nil); err != nil {
			t.Fatal(err)
		}
	}
}

// randomBlocks runs n random lines (valid and invalid) on r, sealing at
// random and when a block is full, and seals the last block; it returns
// how many operations were applied.
func randomBlocks(t *testing.T, r *scenario.Runner, rng *rand.Rand, n int) int {
	t.Helper()
	ops := 0
	for range n {
		if rc, err := r.Try(randomLine(rng)); err == nil && rc != nil {
			ops++
		}
		if rng.IntN(5) == 0 || r.Machine.OpenBlockLen() == r.P.BlockSlots {
			if _, err := r.Seal(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := r.Seal(); err != nil {
		t.Fatal(err)
	}
	return ops
}

// TestReplayPubdataFollowsEveryRuleCase: every block the rules sealed in
// the rule table (valid and refused operations alike: refused ones are in
// no block) re-executes from its pubdata alone to the same root, pubdata
// and commitment, so a state rebuilt from L1 is the operator's.
func TestReplayPubdataFollowsEveryRuleCase(t *testing.T) {
	for _, c := range scenario.RuleCases {
		t.Run(c.Name, func(t *testing.T) {
			r := runner(t, rollup.TestParams, c.Text+"\n> block")
			replayAll(t, r, follower(t, r))
		})
	}
}

// TestReplayPubdataFollowsRandomSequences: the same for random sequences
// of valid and invalid operations over many blocks.
func TestReplayPubdataFollowsRandomSequences(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		r, err := scenario.New(rollup.TestParams)
		if err != nil {
			t.Fatal(err)
		}
		ops := randomBlocks(t, r, rng, 60)
		replayAll(t, r, follower(t, r))
		if ops == 0 {
			t.Fatalf("seed %d: no operation applied", seed)
		}
	}
}

// TestReplayPubdataRefusesWhatTheRulesRefuse: pubdata the rules could not
// have produced is refused with the rule's error, and the refused block
// changes nothing: the follower replays the real block afterwards.
func TestReplayPubdataRefusesWhatTheRulesRefuse(t *testing.T) {
	r := runner(t, rollup.TestParams, `
		deposit A 100 ETH
		deposit B 50 DAI
		changepubkey A
		> block
		transfer A B 30 ETH fee 1
		withdraw A 10 ETH fee 1
		fullexit B DAI
		changepubkey B
		> block`)
	b := r.Blocks[1]
	idA, _ := r.AccountID("A")
	idB, _ := r.AccountID("B")
	// op indexes in block 2: transfer, withdraw, fullexit, changepubkey
	mutate := func(i int, f func(o *rollup.ExecutedOp)) []byte {
		var out []byte
		for j := range b.Ops {
			o := b.Ops[j]
			if j == i {
				f(&o)
			}
			out = o.EncodePubdata(out)
		}
		return out
	}
	sigs := ethSigs(b)
	badSig := bytes.Clone(sigs)
	badSig[10] ^= 1
	cases := []struct {
		name    string
		pubdata []byte
		sigs    []byte
		root    [32]byte
		want    error
	}{
		{"transfer beyond the balance", mutate(0, func(o *rollup.ExecutedOp) { o.PackedAmount, _ = rollup.PackAmount(num.FromUint64(500)) }), sigs, b.NewRoot.Bytes(), rollup.ErrInsufficientFunds},
		{"transfer to an empty account", mutate(0, func(o *rollup.ExecutedOp) { o.To = 9 }), sigs, b.NewRoot.Bytes(), rollup.ErrZeroAddress},
		{"transfer from an account without a key", mutate(0, func(o *rollup.ExecutedOp) { o.Account = idB }), sigs, b.NewRoot.Bytes(), rollup.ErrNoPubKey},
		{"withdraw from a stranger's account", mutate(1, func(o *rollup.ExecutedOp) { o.Account = idB; o.Token = 1 }), sigs, b.NewRoot.Bytes(), rollup.ErrNoPubKey},
		{"full exit of another amount", mutate(2, func(o *rollup.ExecutedOp) { o.Amount = num.FromUint64(49) }), sigs, b.NewRoot.Bytes(), rollup.ErrPubdataMismatch},
		{"full exit by a stranger paying out", mutate(2, func(o *rollup.ExecutedOp) { o.Address = r.Address("A") }), sigs, b.NewRoot.Bytes(), rollup.ErrPubdataMismatch},
		{"key change of another account", mutate(3, func(o *rollup.ExecutedOp) { o.Account = idA }), sigs, b.NewRoot.Bytes(), rollup.ErrNonceMismatch},
		{"key change with a forged authorisation", b.Pubdata(), badSig, b.NewRoot.Bytes(), rollup.ErrBadEthSignature},
		{"key change without its authorisation", b.Pubdata(), nil, b.NewRoot.Bytes(), rollup.ErrEthSignatures},
		{"an authorisation too many", b.Pubdata(), append(bytes.Clone(sigs), sigs...), b.NewRoot.Bytes(), rollup.ErrEthSignatures},
		{"another root", b.Pubdata(), sigs, r.Blocks[0].NewRoot.Bytes(), rollup.ErrReplayMismatch},
		{"truncated pubdata", b.Pubdata()[:20], sigs, b.NewRoot.Bytes(), rollup.ErrMalformed},
		{"a Noop in the pubdata", append(b.Pubdata(), 0), sigs, b.NewRoot.Bytes(), rollup.ErrUnknownOpType},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			m := follower(t, r)
			replayAllUpTo(t, r, m, 1)
			before, _ := m.State().Root()
			_, err := m.ReplayPubdata(b.Header, c.pubdata, c.sigs, c.root)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if after, _ := m.State().Root(); after != before {
				t.Fatal("a refused block changed the state")
			}
			if _, err := m.ReplayPubdata(b.Header, b.Pubdata(), sigs, b.NewRoot.Bytes()); err != nil {
				t.Fatalf("the real block after a refused one: %v", err)
			}
		})
	}
}

// TestReplayPubdataFollowsTheAccountIDsItIsGiven: the ids in pubdata are
// the truth, whatever policy the operator used (here: the highest free
// id first, and a refund of a deposit an account could have taken).
func TestReplayPubdataFollowsTheAccountIDsItIsGiven(t *testing.T) {
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	next := uint32(1)<<rollup.TestParams.AccountDepth - 1
	r.Machine.SetAccountPolicy(func(st *state.State, addr common.Address) (uint32, error) {
		if id, ok, err := st.AccountByAddress(addr); err != nil || ok {
			return id, err
		}
		next--
		return next + 1, nil
	})
	if err := r.Exec("deposit A 100 ETH\ndeposit B 10 DAI\nchangepubkey A\n> block\ntransfer A C 5 ETH\n> block"); err != nil {
		t.Fatal(err)
	}
	r.Machine.SetAccountPolicy(nil)
	if err := r.Exec("deposit C 3 ETH refund\n> block"); err != nil {
		t.Fatal(err)
	}
	m := follower(t, r)
	replayAll(t, r, m)
	for _, name := range []string{"A", "B", "C"} {
		id, _ := r.AccountID(name)
		acc, err := m.State().Account(id)
		if err != nil || acc.Address != r.Address(name) {
			t.Fatalf("%s: account %d is %+v (%v) on the follower", name, id, acc, err)
		}
	}
	if id, _ := r.AccountID("A"); id != 63 {
		t.Fatalf("A got account %d, want 63 (the policy's)", id)
	}
}

func replayAllUpTo(t *testing.T, r *scenario.Runner, m *rollup.Machine, n int) {
	t.Helper()
	replayBlocks(t, m, r.Blocks[:n])
}

// TestReplayPubdataDeferredEndsAtTheSameRoot: blocks replayed without
// per-block roots reach the same state; the root checked at the end
// catches a block the rules accept but L1 did not commit (another
// account receiving a transfer).
func TestReplayPubdataDeferredEndsAtTheSameRoot(t *testing.T) {
	r := runner(t, rollup.TestParams, `
		deposit A 100 ETH
		deposit B 50 DAI
		changepubkey A
		> block
		transfer A B 30 ETH fee 1
		transfer A C 5 ETH
		> block
		withdraw A 10 ETH fee 1
		> block`)
	m := follower(t, r)
	for _, b := range r.Blocks {
		got, err := m.ReplayPubdataDeferred(b.Header, b.Pubdata(), ethSigs(b))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Pubdata(), b.Pubdata()) || !got.NewRoot.IsZero() {
			t.Fatalf("block %d: other pubdata, or a root computed", b.Header.Number)
		}
	}
	if root, _ := m.State().Root(); root != r.Blocks[len(r.Blocks)-1].NewRoot {
		t.Fatal("deferred replay ended at another root")
	}
	// Block 2 with the 30 ETH going to C's account instead of B's: the
	// rules accept it, only the root tells.
	idC, _ := r.AccountID("C")
	m = follower(t, r)
	for i, b := range r.Blocks {
		pubdata := b.Pubdata()
		if i == 1 {
			// the transfer to C (creating its account) first, then A's
			// 30 ETH to C as well
			toC, toB := b.Ops[1], b.Ops[0]
			toB.To = idC
			pubdata = toB.EncodePubdata(toC.EncodePubdata(nil))
		}
		if _, err := m.ReplayPubdataDeferred(b.Header, pubdata, ethSigs(b)); err != nil {
			t.Fatalf("block %d: %v", b.Header.Number, err)
		}
	}
	if root, _ := m.State().Root(); root == r.Blocks[len(r.Blocks)-1].NewRoot {
		t.Fatal("a diverted transfer reached the committed root")
	}
}
