package rollup_test

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
	"github.com/zkrollup/zkrollup/state"
)

// Review of issue 15 (independent attack tests): Machine.ReplayPubdata is
// what an exodus stands on. Refusing pubdata the circuit accepts would let
// an operator block every user's way out with one crafted block; accepting
// pubdata the circuit refuses would rebuild a state no proof reached. The
// comparison is with circuit/slotrules.go, constraint by constraint.

// TestReview15ReplayFollowsAnyAccountChoiceTheRulesAllow: the rules (and
// the circuit) accept any credit to an empty id or to any id the address
// owns, and any deposit refund; the operator's policy is not a rule. An
// operator choosing at random — second and third accounts for one
// address, high ids, refunds of deposits an account could take, ids
// beyond the tree — still produces blocks a follower rebuilds exactly from
// pubdata, account by account.
func TestReview15ReplayFollowsAnyAccountChoiceTheRulesAllow(t *testing.T) {
	var refunds, multi, ops int
	for seed := uint64(1); seed <= 25; seed++ {
		rng := rand.New(rand.NewPCG(seed, 15))
		r, err := scenario.New(rollup.TestParams)
		if err != nil {
			t.Fatal(err)
		}
		size := uint32(1) << r.P.AccountDepth
		r.Machine.SetAccountPolicy(func(st *state.State, addr common.Address) (uint32, error) {
			var owned, empty []uint32
			for id := range size {
				acc, err := st.Account(id)
				if err != nil {
					return 0, err
				}
				switch {
				case !acc.Exists():
					empty = append(empty, id)
				case acc.Address == addr:
					owned = append(owned, id)
				}
			}
			switch k := rng.IntN(10); {
			case k == 0:
				return 0, rollup.ErrNoAccount // a deposit is refunded, a transfer refused
			case k == 1:
				return size, nil // beyond the tree: the same
			case k < 6 && len(owned) > 0:
				return owned[rng.IntN(len(owned))], nil
			case len(empty) > 0:
				return empty[rng.IntN(len(empty))], nil
			}
			return 0, rollup.ErrNoAccount
		})
		ops += randomBlocks(t, r, rng, 80)
		m := follower(t, r)
		replayBlocks(t, m, r.Blocks)
		for _, b := range r.Blocks {
			for _, o := range b.Ops {
				if o.Type == rollup.OpDepositRefund {
					refunds++
				}
			}
		}
		// every account of every address is on the follower, as on the operator
		for id := range size {
			want, err := r.State.Account(id)
			if err != nil {
				t.Fatal(err)
			}
			got, err := m.State().Account(id)
			if err != nil || got != want {
				t.Fatalf("seed %d account %d: follower %+v (%v), operator %+v", seed, id, got, err, want)
			}
		}
		for u := range 6 {
			ids, err := m.State().AccountsOf(r.Address("U" + string(rune('0'+u))))
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) > 1 {
				multi++
			}
		}
	}
	t.Logf("%d operations, %d refunds, %d addresses with several accounts", ops, refunds, multi)
	if refunds == 0 || multi == 0 || ops < 200 {
		t.Fatalf("the draw exercised too little: %d refunds, %d addresses with several accounts, %d operations", refunds, multi, ops)
	}
}

// r15Base is the state a crafted block 3 is replayed on: A holds ETH, DAI
// and USDC and a key, B ETH and a key, C ETH and no key; D has no
// account. Block 3 of the runner is a real one ("transfer A B 7 ETH fee 1").
func r15Base(t *testing.T) *scenario.Runner {
	t.Helper()
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec(`
		deposit A 1000 ETH
		deposit A 500 DAI
		deposit A 500 USDC
		deposit B 100 ETH
		> block
		changepubkey A
		changepubkey B
		deposit C 50 ETH
		> block
		transfer A B 7 ETH fee 1
		> block`); err != nil {
		t.Fatal(err)
	}
	return r
}

func r15Packed(t *testing.T, v uint64) rollup.PackedAmount {
	t.Helper()
	p, err := rollup.PackAmount(num.FromUint64(v))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func r15Fee(t *testing.T, v uint64) rollup.PackedFee {
	t.Helper()
	p, err := rollup.PackFee(num.FromUint64(v))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func r15Encode(ops ...rollup.ExecutedOp) []byte {
	var out []byte
	for i := range ops {
		out = ops[i].EncodePubdata(out)
	}
	return out
}

// r15Auth signs the L1 authorisation of a key change of account id at
// nonce to key k, for domain d, with owner's L1 key.
func r15Auth(t *testing.T, r *scenario.Runner, owner string, d rollup.AuthDomain, id, nonce uint32, k *crypto.PrivateKey) []byte {
	t.Helper()
	c := &rollup.ChangePubKey{AccountID: id, Nonce: nonce, NewPubKey: k.Public().Bytes()}
	if err := rollup.SignEthAuth(r.L1Key(owner), d, c); err != nil {
		t.Fatal(err)
	}
	return c.EthSignature[:]
}

// TestReview15ReplayRefusesWhatTheCircuitRefuses: crafted block-3 pubdata
// that the circuit's constraints (or the contract's commit checks)
// refuse is refused by the replay too, with the rule's error; a refused
// block leaves the follower's state as it was and the real block 3
// replays afterwards. The controls at the end are crafted blocks the
// circuit accepts: the replay accepts their operations (they fail only
// at the root check, since the test passes a root no operation reached).
func TestReview15ReplayRefusesWhatTheCircuitRefuses(t *testing.T) {
	r := r15Base(t)
	real3 := r.Blocks[2]
	h := real3.Header
	ids := map[string]uint32{}
	for _, n := range []string{"op", "A", "B", "C"} {
		id, ok := r.AccountID(n)
		if !ok {
			t.Fatalf("%s has no account", n)
		}
		ids[n] = id
	}
	size := uint32(1) << r.P.AccountDepth
	empty := size - 1 // no account there
	addr := r.Address
	transfer := func(typ rollup.OpType, from, to uint32, a common.Address, token uint16, amount, fee uint64) rollup.ExecutedOp {
		return rollup.ExecutedOp{Type: typ, Account: from, To: to, Address: a, Token: token, PackedAmount: r15Packed(t, amount), Fee: r15Fee(t, fee)}
	}
	deposit := func(typ rollup.OpType, id uint32, a common.Address, amount uint64) rollup.ExecutedOp {
		return rollup.ExecutedOp{Type: typ, Account: id, Address: a, Amount: num.FromUint64(amount)}
	}
	// A key change of A's account to a new key, as the block after block 2
	// would carry it (A's nonce is 1 after its first key change).
	newKey, err := crypto.KeyFromSeed([]byte("review15 new key"))
	if err != nil {
		t.Fatal(err)
	}
	cpk := rollup.ExecutedOp{Type: rollup.OpChangePubKey, Account: ids["A"], PubKeyHash: newKey.Public().Hash(), Address: addr("A"), Nonce: 1}
	domain := r.P.Auth()
	goodAuth := r15Auth(t, r, "A", domain, ids["A"], 1, newKey)
	otherL1 := domain
	otherL1.L1.ChainID++
	otherContract := domain
	otherContract.L1.Contract = common.HexToAddress("0x00000000000000000000000000000000000000ff")
	otherRollup := domain
	otherRollup.ChainID++
	// the same authorisation with s mirrored to the upper half (and v
	// flipped): it recovers the same signer, but the contract (OpenZeppelin
	// ECDSA) refuses it, so a block carrying it is never committed
	malleable := bytes.Clone(goodAuth)
	s := new(big.Int).SetBytes(malleable[32:64])
	s.Sub(ethcrypto.S256().Params().N, s)
	s.FillBytes(malleable[32:64])
	malleable[64] ^= 27 ^ 28
	// a stranger (D) names itself as the owner in the pubdata and signs:
	// the contract's check passes (signer == pubdata address), the
	// circuit's does not (the account's address == pubdata address)
	stranger := cpk
	stranger.Address = addr("D")
	strangerAuth := r15Auth(t, r, "D", domain, ids["A"], 1, newKey)

	fiveTransfers := make([]rollup.ExecutedOp, r.P.BlockSlots+1)
	for i := range fiveTransfers {
		fiveTransfers[i] = transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 0, 1, 0)
	}
	cases := []struct {
		name    string
		pubdata []byte
		sigs    []byte
		want    error
	}{
		// transfers (circuit: the receiver is the signed address's
		// account; a new one is empty; no zero address; ids fit the tree)
		{"transfer-to-new onto an account of the same address", r15Encode(transfer(rollup.OpTransferToNew, ids["A"], ids["C"], addr("C"), 0, 5, 0)), nil, rollup.ErrPubdataMismatch},
		{"transfer-to-new onto an account of another address", r15Encode(transfer(rollup.OpTransferToNew, ids["A"], ids["C"], addr("D"), 0, 5, 0)), nil, rollup.ErrAddressMismatch},
		{"transfer-to-new onto its own sender", r15Encode(transfer(rollup.OpTransferToNew, ids["A"], ids["A"], addr("A"), 0, 5, 0)), nil, rollup.ErrPubdataMismatch},
		{"transfer-to-new for the zero address", r15Encode(transfer(rollup.OpTransferToNew, ids["A"], empty, common.Address{}, 0, 5, 0)), nil, rollup.ErrZeroAddress},
		{"transfer-to-new beyond the tree", r15Encode(transfer(rollup.OpTransferToNew, ids["A"], size, addr("D"), 0, 5, 0)), nil, rollup.ErrAccountOutOfRange},
		{"transfer to an empty id", r15Encode(transfer(rollup.OpTransfer, ids["A"], empty, common.Address{}, 0, 5, 0)), nil, rollup.ErrZeroAddress},
		{"transfer to an id beyond the tree", r15Encode(transfer(rollup.OpTransfer, ids["A"], size, common.Address{}, 0, 5, 0)), nil, rollup.ErrAccountOutOfRange},
		{"transfer from an account without a key", r15Encode(transfer(rollup.OpTransfer, ids["C"], ids["A"], common.Address{}, 0, 5, 0)), nil, rollup.ErrNoPubKey},
		{"transfer from an empty id", r15Encode(transfer(rollup.OpTransfer, empty, ids["A"], common.Address{}, 0, 0, 0)), nil, rollup.ErrAccountNotFound},
		{"transfer of a token beyond the tree", r15Encode(transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 1<<r.P.BalanceDepth, 0, 0)), nil, rollup.ErrTokenOutOfRange},
		// withdrawals
		{"withdrawal to the zero address", r15Encode(rollup.ExecutedOp{Type: rollup.OpWithdraw, Account: ids["A"], Amount: num.FromUint64(1)}), nil, rollup.ErrZeroAddress},
		{"withdrawal of more than the balance", r15Encode(rollup.ExecutedOp{Type: rollup.OpWithdraw, Account: ids["B"], Amount: num.FromUint64(101), Address: addr("B")}), nil, rollup.ErrInsufficientFunds},
		// deposits and refunds (circuit: the account is empty or the
		// address's; the amount is not zero; no zero address)
		{"deposit onto another address's account", r15Encode(deposit(rollup.OpDeposit, ids["B"], addr("C"), 5)), nil, rollup.ErrAddressMismatch},
		{"deposit onto the operator's account by a stranger", r15Encode(deposit(rollup.OpDeposit, ids["op"], addr("D"), 5)), nil, rollup.ErrAddressMismatch},
		{"deposit beyond the tree", r15Encode(deposit(rollup.OpDeposit, size, addr("D"), 5)), nil, rollup.ErrPubdataMismatch},
		{"deposit of nothing", r15Encode(deposit(rollup.OpDeposit, empty, addr("D"), 0)), nil, rollup.ErrZeroAmount},
		{"deposit for the zero address", r15Encode(deposit(rollup.OpDeposit, empty, common.Address{}, 5)), nil, rollup.ErrZeroAddress},
		{"refund naming an account", r15Encode(deposit(rollup.OpDepositRefund, ids["A"], addr("A"), 5)), nil, rollup.ErrPubdataMismatch},
		{"refund of nothing", r15Encode(deposit(rollup.OpDepositRefund, 0, addr("D"), 0)), nil, rollup.ErrZeroAmount},
		{"refund to the zero address", r15Encode(deposit(rollup.OpDepositRefund, 0, common.Address{}, 5)), nil, rollup.ErrZeroAddress},
		// full exits (circuit: the owner's whole balance, or nothing)
		{"full exit of nothing by the owner", r15Encode(rollup.ExecutedOp{Type: rollup.OpFullExit, Account: ids["B"], Address: addr("B")}), nil, rollup.ErrPubdataMismatch},
		{"full exit paying a stranger", r15Encode(rollup.ExecutedOp{Type: rollup.OpFullExit, Account: ids["B"], Address: addr("D"), Amount: num.FromUint64(100)}), nil, rollup.ErrPubdataMismatch},
		// key changes (the contract checks the L1 signature against the
		// pubdata's address, the circuit that address against the account)
		{"key change authorised for another L1 chain", r15Encode(cpk), r15Auth(t, r, "A", otherL1, ids["A"], 1, newKey), rollup.ErrBadEthSignature},
		{"key change authorised for another contract", r15Encode(cpk), r15Auth(t, r, "A", otherContract, ids["A"], 1, newKey), rollup.ErrBadEthSignature},
		{"key change authorised for another rollup", r15Encode(cpk), r15Auth(t, r, "A", otherRollup, ids["A"], 1, newKey), rollup.ErrBadEthSignature},
		{"key change authorised at another nonce", r15Encode(cpk), r15Auth(t, r, "A", domain, ids["A"], 2, newKey), rollup.ErrBadEthSignature},
		{"key change authorised for another key", r15Encode(cpk), r15Auth(t, r, "A", domain, ids["A"], 1, r.Key("B")), rollup.ErrBadEthSignature},
		{"key change with a malleated authorisation", r15Encode(cpk), malleable, rollup.ErrBadEthSignature},
		{"key change by a stranger naming itself", r15Encode(stranger), strangerAuth, rollup.ErrBadEthSignature},
		{"key change at a replayed nonce", r15Encode(func() rollup.ExecutedOp { o := cpk; o.Nonce = 0; return o }()), r15Auth(t, r, "A", domain, ids["A"], 0, newKey), rollup.ErrNonceMismatch},
		{"key change of an empty id", r15Encode(func() rollup.ExecutedOp { o := cpk; o.Account = empty; o.Nonce = 0; return o }()), r15Auth(t, r, "A", domain, empty, 0, newKey), rollup.ErrAccountNotFound},
		// block-level limits (circuit: slots, fee credits)
		{"more operations than slots", r15Encode(fiveTransfers...), nil, rollup.ErrBlockFull},
		{"more fee tokens than fee slots", r15Encode(
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 0, 1, 1),
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 1, 1, 1),
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 2, 1, 1)), nil, rollup.ErrTooManyFeeTokens},
		{"a Noop first", append([]byte{0}, real3.Pubdata()...), nil, rollup.ErrUnknownOpType},
		{"an unknown type", append(bytes.Clone(real3.Pubdata()), 0x42), nil, rollup.ErrUnknownOpType},
		// controls: what the circuit accepts passes every operation
		{"control: key change with its authorisation", r15Encode(cpk), goodAuth, rollup.ErrReplayMismatch},
		{"control: refund of a deposit an account could take", r15Encode(deposit(rollup.OpDepositRefund, 0, addr("A"), 5)), nil, rollup.ErrReplayMismatch},
		{"control: second account for an address", r15Encode(deposit(rollup.OpDeposit, empty, addr("A"), 5)), nil, rollup.ErrReplayMismatch},
		{"control: transfer-to-new giving an address a second account", r15Encode(transfer(rollup.OpTransferToNew, ids["A"], empty, addr("B"), 0, 5, 0)), nil, rollup.ErrReplayMismatch},
		{"control: transfer to oneself", r15Encode(transfer(rollup.OpTransfer, ids["A"], ids["A"], common.Address{}, 0, 5, 1)), nil, rollup.ErrReplayMismatch},
		{"control: full exit by a stranger, of nothing", r15Encode(rollup.ExecutedOp{Type: rollup.OpFullExit, Account: ids["B"], Address: addr("D")}), nil, rollup.ErrReplayMismatch},
		{"control: two fee tokens", r15Encode(
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 0, 1, 1),
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 1, 1, 1),
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 0, 1, 1),
			transfer(rollup.OpTransfer, ids["A"], ids["B"], common.Address{}, 1, 1, 1)), nil, rollup.ErrReplayMismatch},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			m := follower(t, r)
			replayBlocks(t, m, r.Blocks[0:2])
			before, err := m.State().Root()
			if err != nil {
				t.Fatal(err)
			}
			// the root of block 1: no crafted block 3 reaches it
			_, err = m.ReplayPubdata(h, c.pubdata, c.sigs, r.Blocks[0].NewRoot.Bytes())
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if after, _ := m.State().Root(); after != before {
				t.Fatal("a refused block changed the state")
			}
			if m.OpenBlockLen() != 0 {
				t.Fatal("a refused block left a block open")
			}
			replayBlocks(t, m, r.Blocks[2:3])
		})
	}
}

// TestReview15ReplayOfAnEmptyBlock: the contract commits a block with no
// pubdata and the circuit proves it (every slot a Noop): the replay
// accepts it, at the same root.
func TestReview15ReplayOfAnEmptyBlock(t *testing.T) {
	r := r15Base(t)
	m := follower(t, r)
	replayBlocks(t, m, r.Blocks[0:3])
	root, _ := m.State().Root()
	b, err := m.ReplayPubdata(rollup.BlockHeader{Number: 4, Timestamp: 1, FeeAccount: rollup.FeeAccountID}, nil, nil, root.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Ops) != 0 || b.NewRoot != root {
		t.Fatalf("an empty block replayed to %d ops, root %x", len(b.Ops), b.NewRoot.Bytes())
	}
	// a fee account that does not exist is refused (the circuit opens it for every fee slot)
	_, err = m.ReplayPubdata(rollup.BlockHeader{Number: 4, Timestamp: 1, FeeAccount: 40}, nil, nil, root.Bytes())
	if !errors.Is(err, rollup.ErrFeeAccountNotFound) {
		t.Fatalf("an empty block paying fees to an empty account: %v", err)
	}
}

// TestReview15ReplayLeavesTheMachineAsItWas: ReplayPubdata forces the
// pubdata's ids through the account policy only while it runs: the
// machine's own policy is back after a replay that succeeded and after
// one that was refused (at an operation, at the root). It never touches a
// block the caller has open.
func TestReview15ReplayLeavesTheMachineAsItWas(t *testing.T) {
	r := r15Base(t)
	m := follower(t, r)
	const mine = 33
	m.SetAccountPolicy(func(*state.State, common.Address) (uint32, error) { return mine, nil })
	replayBlocks(t, m, r.Blocks[0:2])
	b3 := r.Blocks[2]
	if _, err := m.ReplayPubdata(b3.Header, b3.Pubdata()[:10], nil, b3.NewRoot.Bytes()); !errors.Is(err, rollup.ErrMalformed) {
		t.Fatalf("truncated pubdata: %v", err)
	}
	bad := r15Encode(rollup.ExecutedOp{Type: rollup.OpDeposit, Account: 2, Address: r.Address("D"), Amount: num.FromUint64(1)})
	if _, err := m.ReplayPubdata(b3.Header, bad, nil, b3.NewRoot.Bytes()); !errors.Is(err, rollup.ErrAddressMismatch) {
		t.Fatalf("deposit onto B's account for D: %v", err)
	}
	if _, err := m.ReplayPubdata(b3.Header, b3.Pubdata(), nil, r.Blocks[0].NewRoot.Bytes()); !errors.Is(err, rollup.ErrReplayMismatch) {
		t.Fatalf("another root: %v", err)
	}
	replayBlocks(t, m, r.Blocks[2:3])

	// the caller's policy decides the caller's own deposits again
	h := rollup.BlockHeader{Number: 4, Timestamp: 2, FeeAccount: rollup.FeeAccountID}
	if err := m.BeginBlock(h); err != nil {
		t.Fatal(err)
	}
	rc, err := m.Apply(&rollup.Deposit{To: r.Address("E"), Amount: num.FromUint64(9)})
	if err != nil {
		t.Fatal(err)
	}
	if rc.Op.Account != mine {
		t.Fatalf("after replays the machine credits account %d, its policy says %d", rc.Op.Account, mine)
	}
	// a replay while a block is open is refused and leaves that block alone
	if _, err := m.ReplayPubdata(h, b3.Pubdata(), nil, b3.NewRoot.Bytes()); !errors.Is(err, rollup.ErrBlockOpen) {
		t.Fatalf("replay with a block open: %v", err)
	}
	if m.OpenBlockLen() != 1 {
		t.Fatalf("the open block has %d ops after a refused replay, want 1", m.OpenBlockLen())
	}
	sealed, err := m.SealBlock()
	if err != nil || len(sealed.Ops) != 1 {
		t.Fatalf("sealing the caller's block: %v", err)
	}
}
