package exodus

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/rollup"
)

// Request is an L1 request no executed block processed.
type Request struct {
	ID      uint64
	Type    rollup.OpType  // Deposit or FullExit
	Owner   common.Address // a deposit's recipient, a full exit's requester
	Token   uint16
	Amount  *big.Int // a deposit's amount (zero for a full exit)
	Pubdata []byte   // as the PriorityRequest event published it
}

// Waiting lists the L1 requests no executed block processed (and nobody
// cancelled yet), oldest first, from the contract's PriorityRequest events.
func (x *Exodus) Waiting(ctx context.Context) ([]Request, error) {
	first, err := read(ctx, x, x.abi.PackFirstPriorityOp(), x.abi.UnpackFirstPriorityOp)
	if err != nil {
		return nil, err
	}
	total, err := read(ctx, x, x.abi.PackTotalPriorityOps(), x.abi.UnpackTotalPriorityOps)
	if err != nil {
		return nil, err
	}
	if first >= total {
		return nil, nil
	}
	head, err := x.c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	eventID := x.abi.GetABI().Events["PriorityRequest"].ID
	found := make(map[uint64]Request, total-first)
	q := ethereum.FilterQuery{Addresses: []common.Address{x.Deployment.Rollup}, Topics: [][]common.Hash{{eventID}}}
	err = restore.ScanLogs(ctx, x.c, q, x.Deployment.Block, head, 0, func(logs []types.Log) (bool, error) {
		for i := range logs {
			ev, err := x.abi.UnpackPriorityRequestEvent(&logs[i])
			if err != nil || logs[i].Removed || logs[i].Address != x.Deployment.Rollup || ev.Id < first || ev.Id >= total {
				continue
			}
			op, err := rollup.DecodeOpPubdata(ev.Pubdata)
			if err != nil || uint8(op.Type) != ev.OpType {
				return false, fmt.Errorf("L1 request %d: undecodable pubdata %x", ev.Id, ev.Pubdata)
			}
			found[ev.Id] = Request{ID: ev.Id, Type: op.Type, Owner: op.Address, Token: op.Token, Amount: op.Amount.Big(),
				Pubdata: ev.Pubdata}
		}
		return uint64(len(found)) < total-first, nil
	})
	if err != nil {
		return nil, fmt.Errorf("L1 request events: %w", err)
	}
	out := make([]Request, 0, total-first)
	for id := first; id < total; id++ {
		r, ok := found[id]
		if !ok {
			return nil, fmt.Errorf("L1 request %d: no PriorityRequest event from L1 block %d on", id, x.Deployment.Block)
		}
		out = append(out, r)
	}
	return out, nil
}

// cancelBatch is how many requests one cancellation transaction takes.
const cancelBatch = 64

// CancelFor cancels the waiting requests up to and including owner's
// last one (the contract cancels the oldest first), which credits owner's
// unprocessed deposits and the priority fees of its requests to its
// pending balance (and does the same for the other requesters on the
// way). It returns how many requests it cancelled.
func (x *Exodus) CancelFor(ctx context.Context, key *ecdsa.PrivateKey, owner common.Address) (int, error) {
	waiting, err := x.Waiting(ctx)
	if err != nil {
		return 0, err
	}
	last := -1
	for i, r := range waiting {
		if r.Owner == owner {
			last = i
		}
	}
	done := 0
	for done <= last {
		n := min(cancelBatch, last+1-done)
		reqs := make([][]byte, n)
		for i := range reqs {
			reqs[i] = waiting[done+i].Pubdata
		}
		data, err := x.abi.TryPackCancelOutstandingDepositsForExodusMode(uint64(n), reqs)
		if err != nil {
			return done, err
		}
		if _, err := x.send(ctx, key, data); err != nil {
			return done, fmt.Errorf("cancel L1 requests %d..%d: %w", waiting[done].ID, waiting[done+n-1].ID, err)
		}
		done += n
		x.say("exodus: cancelled L1 requests %d..%d (refunds credited on L1)", waiting[done-n].ID, waiting[done-1].ID)
	}
	return done, nil
}

// Payout is what was paid out of owner's pending balance of a token.
type Payout struct {
	Token  uint16
	Amount *big.Int
}

// PayOut withdraws every pending balance of owner (exodus exits, refunds,
// earlier withdrawals) to owner. Anyone may send it: funds only go to the
// owner.
func (x *Exodus) PayOut(ctx context.Context, key *ecdsa.PrivateKey, owner common.Address) ([]Payout, error) {
	tokens, err := read(ctx, x, x.abi.PackTokenCount(), x.abi.UnpackTokenCount)
	if err != nil {
		return nil, err
	}
	var out []Payout
	for t := uint16(0); t < tokens; t++ {
		due, err := read(ctx, x, x.abi.PackPendingBalances(owner, t), x.abi.UnpackPendingBalances)
		if err != nil {
			return out, err
		}
		if due.Sign() == 0 {
			continue
		}
		addr, err := read(ctx, x, x.abi.PackTokenAddresses(t), x.abi.UnpackTokenAddresses)
		if err != nil {
			return out, err
		}
		data, err := x.abi.TryPackWithdrawPendingBalance(owner, addr, due)
		if err != nil {
			return out, err
		}
		if _, err := x.send(ctx, key, data); err != nil {
			return out, fmt.Errorf("pay out token %d: %w", t, err)
		}
		out = append(out, Payout{Token: t, Amount: due})
	}
	return out, nil
}

// Report is what Run did.
type Report struct {
	Activated bool
	Restored  restore.Result
	Exited    []Claim // proven and paid into the pending balance
	Skipped   []Claim // exited before
	Cancelled int     // waiting L1 requests cancelled
	Paid      []Payout
}

// Run is the whole way out for key's address, in one call: activate
// exodus if it is not active and can be (if it cannot yet, it pays out
// what executed blocks credited to the address and returns why not), restore the state to the last
// executed block, exit every balance of the address's accounts that has
// not exited, cancel the waiting requests up to the address's last one,
// and pay out everything credited to it. It stops at the first error, and
// running it again resumes (what was done stays done). If nothing was
// exited, cancelled or paid it returns ErrNothingToExit (wrapping
// ErrAlreadyExited when the address's balances exited before).
func (x *Exodus) Run(ctx context.Context, key *ecdsa.PrivateKey, progress func(restore.Progress)) (Report, error) {
	var rep Report
	owner := addressOf(key)
	s, err := x.Status(ctx)
	if err != nil {
		return rep, err
	}
	if !s.Active {
		if _, err := x.Activate(ctx, key); err != nil {
			if errors.Is(err, ErrNotExpired) || errors.Is(err, ErrNoRequest) {
				// Not yet: what executed blocks already credited to the
				// address (withdrawals, full exits) is paid out all the same,
				// with no rollup node needed.
				var perr error
				if rep.Paid, perr = x.PayOut(ctx, key, owner); perr != nil {
					err = errors.Join(err, perr)
				}
				for _, p := range rep.Paid {
					x.say("exodus: paid %s of token %d to %s (credited by executed blocks)", p.Amount, p.Token, owner)
				}
			}
			return rep, err
		}
		rep.Activated = true
		x.say("exodus: activated (the oldest L1 request expired at L1 block %d)", s.ExpiresAt)
	}
	x.say("exodus: rebuilding the state from L1 up to block %d (the last executed)", s.Executed)
	if rep.Restored, err = x.Restore(ctx, progress); err != nil {
		return rep, err
	}
	r := rep.Restored
	x.say("exodus: state restored to block %d (%d blocks, %d operations this run, root %x, checked against L1 block by block)",
		r.To, r.To-r.From, r.Ops, r.Root)
	claims, err := x.Claims(ctx, owner)
	if err != nil {
		return rep, err
	}
	for _, c := range claims {
		if c.Exited {
			rep.Skipped = append(rep.Skipped, c)
			x.say("exodus: account %d token %d: already exited", c.Account, c.Token)
			continue
		}
		x.say("exodus: account %d token %d: proving %s with the exit circuit", c.Account, c.Token, c.Amount)
		rc, err := x.Exit(ctx, key, c)
		if err != nil {
			return rep, fmt.Errorf("account %d token %d: %w", c.Account, c.Token, err)
		}
		rep.Exited = append(rep.Exited, c)
		x.say("exodus: account %d token %d: performExodus in L1 block %d (%d gas)", c.Account, c.Token, rc.BlockNumber, rc.GasUsed)
	}
	// Pay out what the exits credited even if the cancellation fails (a
	// rerun tries it again).
	var cancelErr error
	rep.Cancelled, cancelErr = x.CancelFor(ctx, key, owner)
	if rep.Paid, err = x.PayOut(ctx, key, owner); err != nil || cancelErr != nil {
		return rep, errors.Join(cancelErr, err)
	}
	for _, p := range rep.Paid {
		x.say("exodus: paid %s of token %d to %s", p.Amount, p.Token, owner)
	}
	if len(rep.Exited) == 0 && rep.Cancelled == 0 && len(rep.Paid) == 0 {
		err := fmt.Errorf("%w: %s owns no balance in block %d that has not exited, and nothing is due to it on L1", ErrNothingToExit, owner, r.To)
		if len(rep.Skipped) > 0 {
			err = fmt.Errorf("%w (%w)", err, ErrAlreadyExited)
		}
		return rep, err
	}
	return rep, nil
}

// RequestExit asks L1 for a full exit of token from an account of key's
// address that holds some in the state restored to the last executed
// block (ErrNothingToExit if none does), paying the priority fee (refunded
// with an exit of a non-zero balance, or by exodus's cancellation). It
// is how a user whom the operator ignores makes exodus possible: if no
// executed block processes the request before it expires, anyone can
// activate exodus. It returns the L1 block from which it counts as expired.
func (x *Exodus) RequestExit(ctx context.Context, key *ecdsa.PrivateKey, token uint16, progress func(restore.Progress)) (uint64, error) {
	owner := addressOf(key)
	if _, err := x.Restore(ctx, progress); err != nil {
		return 0, err
	}
	// a full exit of nothing would exit nothing and leave its fee to the
	// operator: ask for one of an account that holds the token
	ids, err := x.res.State().AccountsOf(owner)
	if err != nil {
		return 0, err
	}
	account, found := uint32(0), false
	for _, id := range ids {
		b, err := x.res.State().Balance(id, token)
		if err != nil {
			return 0, err
		}
		if !b.IsZero() {
			account, found = id, true
			break
		}
	}
	if !found {
		return 0, fmt.Errorf("%w: %s holds none of token %d in the last executed block (%d account(s)); a full exit of nothing would forfeit its fee",
			ErrNothingToExit, owner, token, len(ids))
	}
	addr, err := read(ctx, x, x.abi.PackTokenAddresses(token), x.abi.UnpackTokenAddresses)
	if err != nil {
		return 0, err
	}
	fee, err := read(ctx, x, x.abi.PackPriorityFee(), x.abi.UnpackPriorityFee)
	if err != nil {
		return 0, err
	}
	data, err := x.abi.TryPackRequestFullExit(account, addr)
	if err != nil {
		return 0, err
	}
	if _, err := x.sendValue(ctx, key, data, new(big.Int).SetUint64(fee)); err != nil {
		return 0, err
	}
	total, err := read(ctx, x, x.abi.PackTotalPriorityOps(), x.abi.UnpackTotalPriorityOps)
	if err != nil {
		return 0, err
	}
	op, err := read(ctx, x, x.abi.PackPriorityOps(total-1), x.abi.UnpackPriorityOps)
	if err != nil {
		return 0, err
	}
	return op.Expiry.Uint64(), nil
}
