package l1_test

import (
	"bytes"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/l1"
)

// TestExodusDrill: the operator stops with a deposit and a full-exit
// request unprocessed and a committed block unexecuted. Once the oldest
// request expires anyone switches the contract to exodus mode; every user
// then exits with exactly what the last executed state gives them, proven
// with the exit circuit; deposits that never reached an executed block are
// refunded; the contract ends holding nothing.
func TestExodusDrill(t *testing.T) {
	e := newEnv(t)
	eth := common.Address{}
	e.depositETH("A", wei("1000000000000000000"))
	e.depositToken("B", e.dai, wei("300000000000000000000"))
	e.depositETH("C", wei("500000000000000000"))
	e.block("changepubkey A")
	e.block(`changepubkey B
		transfer A B 250000000000000000 ETH fee 2000000000000000
		transfer B C 70000000000000000000 DAI fee 3000000000000000000
		transfer A C 100000000000000000 ETH fee 1000000000000000`)
	e.commit(2)
	e.proveBlocks(2)
	e.execute(2)
	// The operator earned the fees of the three executed deposits.
	if got := e.withdraw(e.l2.Address("op"), eth, 0); got.Cmp(new(big.Int).Mul(e.fee, big.NewInt(3))) != 0 {
		t.Fatalf("the operator earned %s in priority fees, want 3 x %s", got, e.fee)
	}
	// Executed state, by account: what exodus must pay.
	type claim struct {
		name  string
		token uint16
	}
	want := map[claim]*big.Int{}
	for _, name := range []string{"op", "A", "B", "C"} {
		for token := uint16(0); token < 2; token++ {
			if v := e.l2Balance(name, token); v.Sign() > 0 {
				want[claim{name, token}] = v
			}
		}
	}
	oldState := replica(t) // the state after block 1 only: a stale root
	if _, err := circuit.Assign(oldState, circuit.ShapeWithSlots(params, e.blocks[0].Slots), e.blocks[0]); err != nil {
		t.Fatal(err)
	}

	// In flight when the operator stops: block 3 (D's first deposit and
	// B's withdrawal) is committed, not executed; D deposits again and C
	// asks for a full exit; neither reaches a block.
	e.depositETH("D", wei("1000000000000000000"))
	e.block("withdraw B 100000000000000000 ETH fee 1000000000000000")
	e.commit(1)
	e.depositETH("D", wei("2000000000000000000"))
	idC, _ := e.l2.AccountID("C")
	e.requestFullExit("C", idC, eth)
	e.readRequests()

	e.reverts(e.keeper, abiR.PackActivateExodusMode(), "PriorityOpNotExpired")
	e.c.Mine(expiryBlocks)
	e.send(e.keeper, abiR.PackActivateExodusMode())
	e.reverts(e.keeper, abiR.PackActivateExodusMode(), "InExodusMode")
	e.revertsWith(e.user("A"), new(big.Int).Add(e.fee, big.NewInt(1)), abiR.PackDepositETH(e.l2.Address("A"), big.NewInt(1)), "InExodusMode")
	e.revertsWith(e.user("C"), e.fee, abiR.PackRequestFullExit(idC, eth), "InExodusMode")
	e.reverts(e.op, abiR.PackCommitBlocks(e.stored[3], []l1.CommitBlock{e.commitArg(e.blocks[2])}), "InExodusMode")
	bs, ops := e.executeArgs(2, 1)
	e.reverts(e.keeper, abiR.PackExecuteBlocks(bs, ops), "InExodusMode")

	last := e.stored[2] // the last executed block
	tokens := []common.Address{eth, e.dai}
	// A's ETH first (the attacks run on it), then the rest in a fixed order.
	claims := make([]claim, 0, len(want))
	for c := range want {
		claims = append(claims, c)
	}
	sort.Slice(claims, func(i, j int) bool {
		ki, kj := claims[i] != claim{"A", 0}, claims[j] != claim{"A", 0}
		if ki != kj {
			return !ki
		}
		if claims[i].name != claims[j].name {
			return claims[i].name < claims[j].name
		}
		return claims[i].token < claims[j].token
	})
	for _, c := range claims {
		amount := want[c]
		id, _ := e.l2.AccountID(c.name)
		owner := e.l2.Address(c.name)
		w, proof := e.exitProof(id, c.token)
		if w.Balance.Big().Cmp(amount) != 0 {
			t.Fatalf("%s token %d: executed state holds %s, the operator's state %s", c.name, c.token, w.Balance, amount)
		}
		a := w.Balance.Big()
		if c == (claim{"A", 0}) { // the attacks, on one claim
			other := e.l2.Address("D")
			e.reverts(e.keeper, abiR.PackPerformExodus(last, id, other, c.token, a, proof), "ProofInvalid")
			e.reverts(e.keeper, abiR.PackPerformExodus(last, id, owner, c.token, new(big.Int).Add(a, big.NewInt(1)), proof), "ProofInvalid")
			unused := uint32(1)<<params.AccountDepth - 1 // an account no one exits
			e.reverts(e.keeper, abiR.PackPerformExodus(last, unused, owner, c.token, a, proof), "ProofInvalid")
			e.reverts(e.keeper, abiR.PackPerformExodus(e.stored[1], id, owner, c.token, a, proof), "WrongStoredBlock")
			e.reverts(e.keeper, abiR.PackPerformExodus(e.stored[3], id, owner, c.token, a, proof), "WrongStoredBlock")
			// a proof against a stale root
			ow, err := oldState.Witness(id, c.token)
			if err != nil {
				t.Fatal(err)
			}
			stale := e.prove(e.k.exitCCS, e.k.exitPK, circuit.AssignExit(ow))
			e.reverts(e.keeper, abiR.PackPerformExodus(last, id, owner, c.token, ow.Balance.Big(), stale), "ProofInvalid")
			bad := bytes.Clone(proof)
			bad[7] ^= 1
			if _, err := e.c.Send(e.keeper, &e.addr, nil, abiR.PackPerformExodus(last, id, owner, c.token, a, bad)); err == nil {
				t.Fatal("a corrupted exit proof was accepted")
			}
		}
		r := e.send(e.keeper, abiR.PackPerformExodus(last, id, owner, c.token, a, proof))
		t.Logf("performExodus %s token %d: %d gas", c.name, c.token, r.GasUsed)
		e.reverts(e.keeper, abiR.PackPerformExodus(last, id, owner, c.token, a, proof), "AlreadyExited")
		if got := e.withdraw(owner, tokens[c.token], c.token); got.Cmp(amount) != 0 {
			t.Fatalf("%s token %d: paid %s, holds %s", c.name, c.token, got, amount)
		}
	}
	// B's withdrawal in the unexecuted block 3 was never credited: B exited
	// with the balance of the executed state, which still holds it.
	if p := e.pending(e.l2.Address("B"), 0); p.Sign() != 0 {
		t.Fatalf("B has %s pending from an unexecuted block", p)
	}

	// Cancel the requests no executed block processed: D's two deposits
	// (one of them inside the committed block 3) are refunded with their
	// priority fees; C's full-exit request is dropped (C has exited through
	// exodus anyway) and its fee refunded to C. The operator earns none.
	requests := [][]byte{e.requests[3], e.requests[4], e.requests[5]}
	e.reverts(e.keeper, abiR.PackCancelOutstandingDepositsForExodusMode(10, requests[:2]), "LengthMismatch")
	tampered := [][]byte{bytes.Clone(requests[0]), requests[1], requests[2]}
	tampered[0][22] ^= 1 // the amount
	e.reverts(e.keeper, abiR.PackCancelOutstandingDepositsForExodusMode(10, tampered), "PriorityOpMismatch")
	e.send(e.keeper, abiR.PackCancelOutstandingDepositsForExodusMode(10, requests))
	e.reverts(e.keeper, abiR.PackCancelOutstandingDepositsForExodusMode(10, nil), "NothingToCancel")
	refund := new(big.Int).Add(wei("3000000000000000000"), new(big.Int).Mul(e.fee, big.NewInt(2)))
	if got := e.withdraw(e.l2.Address("D"), eth, 0); got.Cmp(refund) != 0 {
		t.Fatalf("D was refunded %s, want %s", got, refund)
	}
	if got := e.withdraw(e.l2.Address("C"), eth, 0); got.Cmp(e.fee) != 0 {
		t.Fatalf("C's queued full exit was refunded %s, want its fee %s", got, e.fee)
	}
	if p := e.pending(e.l2.Address("op"), 0); p.Sign() != 0 {
		t.Fatalf("the operator earned %s from requests it never executed", p)
	}

	for i, tok := range tokens {
		if held := e.l1Balance(e.addr, tok); held.Sign() != 0 {
			t.Errorf("token %d: the contract still holds %s after everyone exited", i, held)
		}
	}
	// Exodus exits and refunds were paid out of what was outstanding: none
	// is left, so the deposit cap counted exactly what the rollup held.
	e.checkOutstanding()
}
