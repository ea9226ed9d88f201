package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/deploy"
	"github.com/zkrollup/zkrollup/exodus"
	"github.com/zkrollup/zkrollup/restore"
	"github.com/zkrollup/zkrollup/wallet"
)

// walletExodus is `zkrollup wallet exodus`: the way out with only an L1
// node, the deployment file, its exit key set and the user's key.
func walletExodus(ctx context.Context, f walletFlags, k wallet.Keys, p printer, out io.Writer) error {
	d, err := deploy.Load(f.deployment)
	if err != nil {
		return fmt.Errorf("the deployment file (--deployment): %w", err)
	}
	dir := f.exodusDir
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return err
		}
		dir = exodus.DefaultDataDir(filepath.Join(home, ".zkrollup", "exodus"), d)
	}
	c, err := ethclient.DialContext(ctx, f.l1)
	if err != nil {
		return fmt.Errorf("the L1 node at %s: %w", f.l1, err)
	}
	defer c.Close()
	var say io.Writer = out
	if p.json {
		say = nil
	}
	x, err := exodus.Open(ctx, c, f.deployment, exodus.Options{DataDir: dir, ExitKeys: f.exitKeys, BlobArchive: f.blobArchive, Out: say})
	if err != nil {
		return err
	}
	defer x.Close()
	progress := restoreProgress(say)
	switch {
	case f.check:
		s, err := x.Status(ctx)
		if err != nil {
			return err
		}
		return p.print(s, describeExodus(s))
	case f.requestExit:
		at, err := x.RequestExit(ctx, k.L1, 0, progress)
		if err != nil {
			return err
		}
		return p.print(map[string]any{"expiresAt": at}, fmt.Sprintf(
			"full exit of your ETH requested on L1; if no executed block processes it, exodus can be activated from L1 block %d: then run `zkrollup wallet exodus`", at))
	}
	rep, err := x.Run(ctx, k.L1, progress)
	if err != nil {
		return err
	}
	text := fmt.Sprintf("exodus done for %s: %d balance(s) exited, %d L1 request(s) cancelled, paid out:", k.Address(), len(rep.Exited), rep.Cancelled)
	for _, pay := range rep.Paid {
		text += fmt.Sprintf("\n  token %d: %s", pay.Token, pay.Amount)
		if pay.Token == 0 {
			text += fmt.Sprintf(" wei (%s ETH)", wallet.FormatUnits(pay.Amount, 18))
		}
	}
	return p.print(rep, text)
}

// describeExodus says where a contract stands, and what a user can do.
func describeExodus(s exodus.Status) string {
	head := fmt.Sprintf("L1 block %d: %d blocks committed, %d proven, %d executed; %d L1 request(s) waiting for the operator",
		s.Head, s.Committed, s.Proven, s.Executed, s.Waiting)
	switch {
	case s.Active:
		return head + "\nexodus mode is ACTIVE: run `zkrollup wallet exodus` to get your funds out (the state of block " +
			fmt.Sprint(s.Executed) + ")"
	case s.CanActivate:
		return head + fmt.Sprintf("\nexodus CAN BE ACTIVATED (the oldest request expired at L1 block %d): `zkrollup wallet exodus` activates it and exits", s.ExpiresAt)
	case s.Waiting > 0:
		return head + fmt.Sprintf("\nexodus is not possible yet: the oldest request expires at L1 block %d (%d blocks to go)", s.ExpiresAt, s.ExpiresAt-s.Head-1)
	}
	return head + "\nexodus is not possible: no request waits for the operator (`zkrollup wallet exodus --request-exit` makes one)"
}

// restoreProgress prints a restore's progress at most once a second.
func restoreProgress(out io.Writer) func(restore.Progress) {
	if out == nil {
		return nil
	}
	var last time.Time
	return func(pr restore.Progress) {
		if pr.Block != pr.Target && time.Since(last) < time.Second {
			return
		}
		last = time.Now()
		rate := 0.0
		if s := pr.Elapsed.Seconds(); s > 0 {
			rate = float64(pr.Ops) / s
		}
		fmt.Fprintf(out, "restore: block %d of %d, %d operations (%.0f ops/s)\n", pr.Block, pr.Target, pr.Ops, rate)
	}
}
