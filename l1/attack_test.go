package l1_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/feetoken"
	"github.com/zkrollup/zkrollup/contracts/gen/reentranttoken"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// forge seals a block on a separate L2 that applies the given L1 deposits
// (in the given order) and then the scenario lines: what a dishonest or
// buggy operator could build. Its pre-state is genesis, like the env's.
func (e *env) forge(deposits []*rollup.Deposit, lines string) *rollup.Block {
	e.t.Helper()
	f, err := scenario.New(params)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := f.SetL1(e.l2.P.L1); err != nil {
		e.t.Fatal(err)
	}
	for _, d := range deposits {
		if _, err := f.Apply(d); err != nil {
			e.t.Fatal(err)
		}
	}
	if err := f.Exec(lines); err != nil {
		e.t.Fatal(err)
	}
	if len(f.Blocks) == 0 {
		if _, err := f.Seal(); err != nil {
			e.t.Fatal(err)
		}
	}
	return f.Blocks[0]
}

func (e *env) deposit(i int) *rollup.Deposit {
	e.t.Helper()
	tx, err := l1.DecodePriorityRequest(e.requests[i][0], e.requests[i])
	if err != nil {
		e.t.Fatal(err)
	}
	return tx.(*rollup.Deposit)
}

func (e *env) commitData(last l1.StoredBlock, bs ...l1.CommitBlock) []byte {
	return abiR.PackCommitBlocks(last, bs)
}

// TestCommitRejects: every block the contract can tell is wrong at commit
// time is refused with its error, and nothing changes.
func TestCommitRejects(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("2000000000000000000"))
	e.readRequests()
	d0, d1 := e.deposit(0), e.deposit(1)
	genesis := e.stored[0]

	honest := e.block("changepubkey A")
	good := e.commitArg(honest)

	t.Run("not the operator", func(t *testing.T) {
		e.reverts(e.keeper, e.commitData(genesis, good), "NotOperator")
	})
	t.Run("wrong previous block", func(t *testing.T) {
		bad := genesis
		bad.StateRoot[31] ^= 1
		e.reverts(e.op, e.commitData(bad, good), "WrongStoredBlock")
		bad = genesis
		bad.Number = 1
		e.reverts(e.op, e.commitData(bad, good), "WrongStoredBlock")
	})
	t.Run("skipped priority operation", func(t *testing.T) {
		b := e.commitArg(e.forge([]*rollup.Deposit{d1}, ""))
		re := e.reverts(e.op, e.commitData(genesis, b), "PriorityOpMismatch")
		if re.Args[0].(uint64) != 0 {
			t.Errorf("mismatch reported at id %v, want 0", re.Args[0])
		}
	})
	t.Run("reordered priority operations", func(t *testing.T) {
		e.reverts(e.op, e.commitData(genesis, e.commitArg(e.forge([]*rollup.Deposit{d1, d0}, ""))), "PriorityOpMismatch")
	})
	t.Run("altered deposit", func(t *testing.T) {
		more := *d0
		more.Amount, _ = more.Amount.Add(rollupOne)
		e.reverts(e.op, e.commitData(genesis, e.commitArg(e.forge([]*rollup.Deposit{&more, d1}, ""))), "PriorityOpMismatch")
		other := *d0
		other.To = e.l2.Address("C")
		e.reverts(e.op, e.commitData(genesis, e.commitArg(e.forge([]*rollup.Deposit{&other, d1}, ""))), "PriorityOpMismatch")
	})
	t.Run("invented priority operation", func(t *testing.T) {
		fake := &rollup.Deposit{To: e.l2.Address("C"), Token: 0, Amount: rollupOne}
		re := e.reverts(e.op, e.commitData(genesis, e.commitArg(e.forge([]*rollup.Deposit{d0, d1, fake}, ""))), "PriorityQueueExhausted")
		if re.Args[0].(uint64) != 2 {
			t.Errorf("exhausted at id %v, want 2", re.Args[0])
		}
	})
	t.Run("bad L1 authorisation of a key", func(t *testing.T) {
		bad := good
		bad.EthSignatures = bytes.Clone(good.EthSignatures)
		bad.EthSignatures[10] ^= 1
		e.reverts(e.op, e.commitData(genesis, bad), "BadEthSignature")
		bad.EthSignatures = nil
		e.reverts(e.op, e.commitData(genesis, bad), "BadEthSignature")
		bad.EthSignatures = append(bytes.Clone(good.EthSignatures), make([]byte, 65)...)
		e.reverts(e.op, e.commitData(genesis, bad), "UnusedEthSignatures")
		// a signature by another address (B signs for A's key)
		forged := e.forge([]*rollup.Deposit{d0, d1}, "changepubkey B")
		other := e.commitArg(forged)
		bad.EthSignatures = other.EthSignatures
		e.reverts(e.op, e.commitData(genesis, bad), "BadEthSignature")
	})
	t.Run("malformed pubdata", func(t *testing.T) {
		bad := good
		bad.Pubdata = append(bytes.Clone(good.Pubdata), 0) // a Noop is never published
		e.reverts(e.op, e.commitData(genesis, bad), "UnknownOpType")
		bad.Pubdata = append(bytes.Clone(good.Pubdata), byte(len(rollup.Ops()))) // the first type the registry does not know
		e.reverts(e.op, e.commitData(genesis, bad), "UnknownOpType")
		bad.Pubdata = append(bytes.Clone(good.Pubdata), byte(rollup.OpTransfer), 1, 2)
		e.reverts(e.op, e.commitData(genesis, bad), "TruncatedPubdata")
		transfer := make([]byte, rollup.PubdataSize(rollup.OpTransfer))
		transfer[0] = byte(rollup.OpTransfer)
		bad.Pubdata = append(append(bytes.Clone(good.Pubdata), transfer...), transfer...) // 5 ops in 4 slots
		e.reverts(e.op, e.commitData(genesis, bad), "TooManyOperations")
	})
	t.Run("timestamp and root", func(t *testing.T) {
		bad := good
		bad.Timestamp = uint64(1) << 40
		e.reverts(e.op, e.commitData(genesis, bad), "TimestampOutOfOrder")
		bad = good
		for i := range bad.NewStateRoot {
			bad.NewStateRoot[i] = 0xff
		}
		e.reverts(e.op, e.commitData(genesis, bad), "StateRootNotInField")
	})
	t.Run("empty", func(t *testing.T) {
		e.reverts(e.op, e.commitData(genesis), "NoBlocks")
	})

	// The honest block goes through; then the order of the pipeline holds.
	e.commit(1)
	e.reverts(e.op, e.commitData(genesis, good), "WrongStoredBlock") // no second block 1
	bs, ops := e.executeArgs(0, 1)
	e.reverts(e.keeper, abiR.PackExecuteBlocks(bs, ops), "BlockNotProven")
	bad := e.stored[1]
	bad.Commitment[31] ^= 1
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{bad}, [][]byte{{}}), "WrongStoredBlock")
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[1]}, nil), "LengthMismatch")
	e.reverts(e.keeper, abiR.PackRevertBlocks([]l1.StoredBlock{e.stored[1]}), "NotOperator")
	// A deposit to the zero address or of nothing is refused on L1.
	e.revertsWith(e.user("A"), new(big.Int).Add(e.fee, big.NewInt(1)), abiR.PackDepositETH(common.Address{}, big.NewInt(1)), "ZeroAddress")
	e.revertsWith(e.user("A"), e.fee, abiR.PackDepositETH(e.l2.Address("A"), new(big.Int)), "ZeroAmount")
	e.revertsWith(e.user("A"), e.fee, abiR.PackRequestFullExit(1<<params.AccountDepth, common.Address{}), "AccountIdOutOfRange")
	e.revertsWith(e.user("A"), e.fee, abiR.PackRequestFullExit(1, e.l2.Address("A")), "TokenNotListed")
	e.reverts(e.user("A"), abiR.PackAddToken(e.l2.Address("A")), "NotGovernance")
	e.reverts(e.gov, abiR.PackAddToken(e.dai), "TokenAlreadyListed")
	e.reverts(e.keeper, abiR.PackActivateExodusMode(), "PriorityOpNotExpired")
}

var rollupOne = num.FromUint64(1)

// TestProofRejects: blocks whose pubdata the contract cannot judge (an
// altered withdrawal) are stopped by the proof; wrong proofs and wrong
// withdrawal lists are refused; committed blocks can be reverted, executed
// ones not; a withdrawal is paid once.
func TestProofRejects(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A")
	b2 := e.block("withdraw A 100000000000000000 ETH fee 1000000000000000")
	p1, p2 := e.proof(1), e.proof(2)

	e.commit(1)
	corrupt := bytes.Clone(p1)
	corrupt[40] ^= 1
	for name, p := range map[string][]byte{"corrupted proof": corrupt, "another block's proof": p2, "truncated proof": p1[:64]} {
		t.Run(name, func(t *testing.T) {
			_, err := e.c.Send(e.keeper, &e.addr, nil, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[1]}, [][]byte{p}))
			if err == nil {
				t.Fatal("proveBlocks accepted a wrong proof")
			}
			t.Logf("refused: %v", l1.DecodeRevert(err))
		})
	}
	e.proveBlocks(1)
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{e.stored[1]}, [][]byte{p1}), "BlockNotCommitted")

	// The operator commits block 2 with its withdrawal raised to 0.9 ETH.
	altered := e.commitArg(b2)
	altered.Pubdata = bytes.Clone(altered.Pubdata)
	op := b2.Ops[0]
	op.Amount = wei900(t)
	copy(altered.Pubdata, op.EncodePubdata(nil))
	e.send(e.op, abiR.PackCommitBlocks(e.stored[1], []l1.CommitBlock{altered}))
	forgedBlock := *b2
	forgedBlock.Ops = []rollup.ExecutedOp{op}
	forgedStored := l1.Stored(&forgedBlock)
	e.reverts(e.keeper, abiR.PackProveBlocks([]l1.StoredBlock{forgedStored}, [][]byte{p2}), "ProofInvalid")
	e.reverts(e.keeper, abiR.PackExecuteBlocks([]l1.StoredBlock{e.stored[1], forgedStored}, [][][]byte{nil, {op.EncodePubdata(nil)}}), "BlockNotProven")
	// Reverted, then committed honestly.
	e.send(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{forgedStored}))
	e.commit(1)
	e.proveBlocks(1)

	// Execution must list exactly the block's withdrawals.
	honest := l1.PendingOps(b2)
	raised := [][]byte{op.EncodePubdata(nil)}
	e.reverts(e.keeper, abiR.PackExecuteBlocks(e.stored[1:3], [][][]byte{nil, raised}), "PendingOpsMismatch")
	e.reverts(e.keeper, abiR.PackExecuteBlocks(e.stored[1:3], [][][]byte{nil, {}}), "PendingOpsMismatch")
	e.reverts(e.keeper, abiR.PackExecuteBlocks(e.stored[1:3], [][][]byte{nil, append(honest, honest[0])}), "PendingOpsMismatch")
	e.reverts(e.keeper, abiR.PackExecuteBlocks(e.stored[2:3], [][][]byte{honest}), "WrongStoredBlock")
	e.execute(2)
	e.reverts(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{e.stored[2]}), "BlockAlreadyExecuted")

	A := e.l2.Address("A")
	if got := e.withdraw(A, common.Address{}, 0); got.Cmp(wei("100000000000000000")) != 0 {
		t.Fatalf("withdrew %s", got)
	}
	e.reverts(e.keeper, abiR.PackWithdrawPendingBalance(A, common.Address{}, big.NewInt(1)), "InsufficientPendingBalance")
}

func wei900(t *testing.T) num.U128 {
	v, err := num.Parse("900000000000000000")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestReentrantToken: a token that calls back into the contract during a
// transfer gets nowhere: the inner deposit and the inner withdrawal are
// refused by the reentrancy guard, and the outer ones count once.
func TestReentrantToken(t *testing.T) {
	e := newEnv(t)
	abiRe := reentranttoken.NewReentrantToken()
	tok, _ := e.c.Deploy(t, e.gov, common.FromHex(reentranttoken.ReentrantTokenMetaData.Bin), nil)
	e.send(e.gov, abiR.PackAddToken(tok)) // token 2
	A := e.l2.Address("A")
	amount := wei("5000000000000000000")
	e.sendTo(e.gov, tok, abiT.PackMint(A, new(big.Int).Mul(amount, big.NewInt(2))))
	e.sendTo(e.user("A"), tok, abiT.PackApprove(e.addr, new(big.Int).Mul(amount, big.NewInt(2))))

	// Deposit: the token re-enters depositERC20 from inside transferFrom.
	e.sendTo(e.gov, tok, abiRe.PackArm(e.addr, abiR.PackDepositERC20(tok, big.NewInt(1), A)))
	e.c.MustSend(t, e.user("A"), &e.addr, e.fee, abiR.PackDepositERC20(tok, amount, A))
	checkReentry := func(wantAttempts int64) {
		t.Helper()
		out, err := e.c.Call(A, tok, abiRe.PackAttempts())
		if err != nil {
			t.Fatal(err)
		}
		n, _ := abiRe.UnpackAttempts(out)
		out, err = e.c.Call(A, tok, abiRe.PackReentered())
		if err != nil {
			t.Fatal(err)
		}
		ok, _ := abiRe.UnpackReentered(out)
		if n.Int64() != wantAttempts || ok {
			t.Fatalf("reentry attempts %s (want %d), succeeded %v", n, wantAttempts, ok)
		}
	}
	checkReentry(1)
	e.readRequests()
	if len(e.requests) != 1 {
		t.Fatalf("%d priority requests after one deposit", len(e.requests))
	}
	if got := e.tokenBalance(tok, e.addr); got.Cmp(amount) != 0 {
		t.Fatalf("contract holds %s", got)
	}

	e.block("changepubkey A\nwithdraw A 5000000000000000000 T2")
	e.commit(1)
	e.proveBlocks(1)
	e.execute(1)
	// A pays half to D: the token re-enters withdrawPendingBalance for the
	// other half during the payout (withdrawPendingBalanceTo is guarded too).
	half := new(big.Int).Div(amount, big.NewInt(2))
	D := e.l2.Address("D")
	e.sendTo(e.gov, tok, abiRe.PackArm(e.addr, abiR.PackWithdrawPendingBalance(A, tok, half)))
	e.send(e.user("A"), abiR.PackWithdrawPendingBalanceTo(D, tok, half))
	checkReentry(2)
	if got := e.tokenBalance(tok, D); got.Cmp(half) != 0 {
		t.Fatalf("D received %s, want %s", got, half)
	}
	// Withdrawal: the token re-enters withdrawPendingBalance during the payout.
	e.sendTo(e.gov, tok, abiRe.PackArm(e.addr, abiR.PackWithdrawPendingBalance(A, tok, amount)))
	if got := e.withdraw(A, tok, 2); got.Cmp(new(big.Int).Sub(amount, half)) != 0 {
		t.Fatalf("withdrew %s", got)
	}
	checkReentry(3)
	if o := e.outstanding(2); o.Sign() != 0 {
		t.Fatalf("outstanding %s after everything was paid out", o)
	}
	if got := e.tokenBalance(tok, e.addr); got.Sign() != 0 {
		t.Fatalf("contract still holds %s", got)
	}
	// The deposit's priority fee was counted once, though the token
	// re-entered the payable depositERC20: it is the operator's now.
	if got := e.pending(e.l2.Address("op"), 0); got.Cmp(e.fee) != 0 {
		t.Fatalf("the operator earned %s, want one fee %s", got, e.fee)
	}
	e.checkOutstanding()
}

// TestFeeOnTransferToken: a token that delivers less than the amount sent
// is credited on L2 with what the contract actually received.
func TestFeeOnTransferToken(t *testing.T) {
	e := newEnv(t)
	tok, _ := e.c.Deploy(t, e.gov, common.FromHex(feetoken.FeeOnTransferTokenMetaData.Bin), nil)
	e.send(e.gov, abiR.PackAddToken(tok)) // token 2
	e.depositToken("A", tok, wei("1000000000000000000000"))
	received := wei("990000000000000000000")
	if got := e.tokenBalance(tok, e.addr); got.Cmp(received) != 0 {
		t.Fatalf("contract received %s", got)
	}
	if total := e.outstanding(2); total.Cmp(received) != 0 {
		t.Fatalf("outstanding %s, want %s", total, received)
	}
	e.block("")
	if got := e.l2Balance("A", 2); got.Cmp(received) != 0 {
		t.Fatalf("L2 credited %s, the contract received %s", got, received)
	}
	e.commit(1) // the contract agrees: the committed deposit matches its request
}
