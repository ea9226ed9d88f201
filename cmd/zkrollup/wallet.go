package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/node"
	"github.com/zkrollup/zkrollup/orderflow"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/wallet"
)

const walletUsage = `usage: zkrollup wallet [flags] COMMAND [ARGS]

commands:
  create                          make a new key and save it in the wallet file
  import KEY                      save an L1 private key (hex) in the wallet file
  address                         the L1 address (it names the L2 account too)
  balance                         L1 balance, L2 balances in the pending, committed and verified views, claimable
  tokens                          the rollup's tokens
  deposit AMOUNT [TOKEN]          L1 -> L2 (an L1 transaction; pays the contract's priority fee in ETH on top)
  register                        set the L2 key on the account (once, before transfers)
  transfer TO AMOUNT [TOKEN]      L2 transfer to an L1 address's account
  withdraw AMOUNT [TOKEN]         L2 -> L1; with --claim waits for L1 execution and pays it out
  claim [TOKEN]                   pay out on L1 what executed withdrawals credited (--to ADDR: to another address)
  full-exit [TOKEN]               ask L1 to withdraw the whole balance (works when the operator ignores you;
                                  pays the priority fee in ETH, claimable again with the exit)
  order sell|buy AMOUNT TOKEN for AMOUNT TOKEN
                                  a limit order: sell AMOUNT TOKEN for at least AMOUNT TOKEN, or buy
                                  AMOUNT TOKEN paying at most AMOUNT TOKEN (--max-fee BIPS, --valid-for DUR);
                                  the node checks it against your balance net of open orders; on a listed
                                  market (zkrollup dev: ETH/DUSD) it goes into the book (--tif GTC|IOC|FOK,
                                  --post-only), amounts in whole lots (0.001 ETH) at whole ticks (0.01 DUSD)
  orders                          your open orders
  book MARKET                     a market's book and its last trades (zkrollup wallet book ETH/DUSD)
  cancel HASH                     cancel an order (an L2 transaction; pays the fee quote in ETH)
  status HASH                     a transaction's status; --wait executed follows it to L1 execution
  exodus [--check] [--request-exit] when the operator has stopped: with only the L1 node, the deployment
                                  file and its exit key set, activate exodus, rebuild the state from L1,
                                  prove and exit every balance, refund unprocessed deposits, pay out
                                  (no rollup node needed; see "When the operator disappears" in the README)

AMOUNT is a decimal in the token's units (ETH: 1.5); TOKEN is ETH (default), an id or an address.
transfer, withdraw and register pay the node's fee quote (zkr_getTxFee) unless --fee is given.
transfer, withdraw and register with --dry-run sign and print the transaction without sending it.
flags (anywhere on the line):`

// walletFlags are the wallet's options.
type walletFlags struct {
	l2, l1, file string
	dev          int
	json         bool
	fee, to      string
	wait         string
	claim        bool
	dryRun       bool
	// exodus
	deployment, exodusDir, exitKeys, blobArchive string
	check, requestExit                           bool
	// orders
	maxFee   int
	tif      string
	postOnly bool
	depth    int
	validFor time.Duration
}

func runWallet(ctx context.Context, args []string, out io.Writer) error {
	home, _ := os.UserHomeDir()
	var f walletFlags
	fs := flag.NewFlagSet("wallet", flag.ContinueOnError)
	fs.StringVar(&f.l2, "l2", envOr("ZKROLLUP_L2_URL", "http://127.0.0.1:3030"), "the rollup node's JSON-RPC")
	fs.StringVar(&f.l1, "l1", envOr("ZKROLLUP_L1_URL", "http://127.0.0.1:8545"), "the L1 node's JSON-RPC")
	fs.StringVar(&f.file, "wallet", envOr("ZKROLLUP_WALLET", filepath.Join(home, ".zkrollup", "wallet.json")), "the wallet file")
	fs.IntVar(&f.dev, "dev", -1, "use dev account N of `zkrollup dev` instead of the wallet file")
	fs.BoolVar(&f.json, "json", false, "print JSON")
	fs.StringVar(&f.fee, "fee", "", "fee in the token's units (transfer, withdraw; register: ETH); default: the node's quote (zkr_getTxFee)")
	fs.StringVar(&f.to, "to", "", "withdraw, claim: the L1 address to pay (default: your own)")
	fs.StringVar(&f.wait, "wait", "", "wait until the transaction is pending, committed or executed (transfer, withdraw, register, status); none to return at once")
	fs.BoolVar(&f.claim, "claim", false, "withdraw: wait for L1 execution, then claim")
	fs.BoolVar(&f.dryRun, "dry-run", false, "transfer, withdraw, register: sign and print the transaction (hex of its encoding, its hash; its fields with --json) without submitting it")
	fs.StringVar(&f.deployment, "deployment", envOr("ZKROLLUP_DEPLOYMENT", "deployment.json"), "exodus: the deployment file (the operator publishes it; `zkrollup dev` writes data/dev/deployment.json)")
	fs.StringVar(&f.exodusDir, "exodus-dir", "", "exodus: where the state rebuilt from L1 is kept and resumed (default ~/.zkrollup/exodus/CHAIN-CONTRACT)")
	fs.StringVar(&f.blobArchive, "blob-archive", "", "exodus of a blob-mode deployment: the directory of blob files (<versioned hash>.blob) to rebuild the state from")
	fs.StringVar(&f.exitKeys, "exit-keys", "", "exodus: the exit circuit's key set (default: the one the deployment file records; checked against its SHA-256)")
	fs.BoolVar(&f.check, "check", false, "exodus: only say whether exodus is active or when it can be activated")
	fs.StringVar(&f.tif, "tif", "", "order on an exchange market: GTC (rests until cancelled, the default), IOC (what does not fill at once is cancelled: a market order at its limit price) or FOK (all at once or nothing)")
	fs.BoolVar(&f.postOnly, "post-only", false, "order on an exchange market: refused if it would take liquidity")
	fs.IntVar(&f.depth, "depth", 10, "book: price levels shown on each side")
	fs.IntVar(&f.maxFee, "max-fee", 30, "order: the highest fee rate it pays, in basis points of what it receives (0-255)")
	fs.DurationVar(&f.validFor, "valid-for", 0, "order: how long it stays valid (default: until cancelled)")
	fs.BoolVar(&f.requestExit, "request-exit", false, "exodus: request a full exit of your ETH on L1 so that exodus can be activated once it expires unprocessed")
	fs.SetOutput(out)
	fs.Usage = func() { fmt.Fprintln(out, walletUsage); fs.PrintDefaults() }
	var pos []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		pos, rest = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
	if len(pos) == 0 {
		fs.Usage()
		return errors.New("no wallet command")
	}
	cmd, pos := pos[0], pos[1:]
	p := printer{out: out, json: f.json}

	switch cmd {
	case "create", "import":
		var key *ecdsa.PrivateKey
		var err error
		if cmd == "create" {
			key, err = ethcrypto.GenerateKey()
		} else {
			if len(pos) != 1 {
				return errors.New("usage: zkrollup wallet import KEY")
			}
			key, err = wallet.ParseKey(pos[0])
		}
		if err != nil {
			return err
		}
		if err := wallet.SaveKey(f.file, key); err != nil {
			return err
		}
		addr := ethcrypto.PubkeyToAddress(key.PublicKey)
		return p.print(map[string]any{"address": addr, "file": f.file}, fmt.Sprintf("wallet %s saved in %s (keep it secret)", addr, f.file))
	}

	keys, err := f.keys()
	if err != nil {
		return err
	}
	if cmd == "address" {
		return p.print(map[string]any{"address": keys.Address()}, keys.Address().Hex())
	}
	if cmd == "exodus" { // L1 only: the operator's node may be gone
		return walletExodus(ctx, f, keys, p, out)
	}
	l2, err := api.Dial(ctx, f.l2)
	if err != nil {
		return fmt.Errorf("the rollup node at %s: %w", f.l2, err)
	}
	defer l2.Close()
	l1, err := ethclient.DialContext(ctx, f.l1)
	if err != nil {
		return fmt.Errorf("the L1 node at %s: %w", f.l1, err)
	}
	defer l1.Close()
	w, err := wallet.New(ctx, keys, l1, l2)
	if err != nil {
		return err
	}
	tokenArg := func(i int) (api.Token, int, error) {
		name := "ETH"
		if len(pos) > i {
			name = pos[i]
		}
		t, err := w.Token(ctx, name)
		if err != nil {
			return t, 0, err
		}
		return t, w.Decimals(ctx, t), nil
	}
	switch cmd {
	case "order":
		if len(pos) != 6 || (pos[0] != "sell" && pos[0] != "buy") || pos[3] != "for" {
			return errors.New("usage: zkrollup wallet order sell|buy AMOUNT TOKEN for AMOUNT TOKEN")
		}
		if f.maxFee < 0 || f.maxFee > 255 {
			return errors.New("--max-fee is in basis points, 0 to 255")
		}
		x, xd, err := tokenArg(2)
		if err != nil {
			return err
		}
		y, yd, err := tokenArg(5)
		if err != nil {
			return err
		}
		xa, err := wallet.ParseUnits(pos[1], xd)
		if err != nil {
			return err
		}
		ya, err := wallet.ParseUnits(pos[4], yd)
		if err != nil {
			return err
		}
		spec := wallet.OrderSpec{Sell: x, SellAmount: xa, Buy: y, BuyAmount: ya, MaxFeeBips: uint8(f.maxFee), ValidFor: f.validFor,
			TIF: f.tif, PostOnly: f.postOnly}
		if pos[0] == "buy" { // buy x paying at most y: sells y, its size what it buys
			spec = wallet.OrderSpec{Sell: y, SellAmount: ya, Buy: x, BuyAmount: xa, BuyOrder: true, MaxFeeBips: uint8(f.maxFee), ValidFor: f.validFor,
				TIF: f.tif, PostOnly: f.postOnly}
		}
		h, o, err := w.PlaceOrder(ctx, spec)
		if err != nil {
			return err
		}
		return p.print(map[string]any{"hash": h, "slot": o.Slot, "generation": o.Generation},
			fmt.Sprintf("order %s accepted (slot %d, generation %d)", h.Hex(), o.Slot, o.Generation))
	case "book":
		if len(pos) != 1 {
			return errors.New("usage: zkrollup wallet book MARKET  (a symbol such as ETH/DUSD, or its id)")
		}
		m, err := w.Market(ctx, pos[0])
		if err != nil {
			return err
		}
		b, err := w.L2.Book(ctx, m.ID, f.depth)
		if err != nil {
			return err
		}
		trades, err := w.L2.Trades(ctx, m.ID, 5)
		if err != nil {
			return err
		}
		return p.print(map[string]any{"market": m, "book": b, "trades": trades}, formatBook(m, b, trades))
	case "orders":
		os, err := w.OpenOrders(ctx)
		if err != nil {
			return err
		}
		var lines []string
		for _, o := range os {
			size := "sells"
			if o.Buy {
				size = "buys"
			}
			lines = append(lines, fmt.Sprintf("%s  slot %d gen %d  %s of token %d for %s of token %d (%s; filled %s)", o.Hash.Hex(), o.Slot,
				o.Generation, o.AmountSell, o.TokenSell, o.AmountBuy, o.TokenBuy, size, o.Filled))
		}
		if len(lines) == 0 {
			lines = append(lines, "no open orders")
		}
		return p.print(os, strings.Join(lines, "\n"))
	case "cancel":
		if len(pos) != 1 {
			return errors.New("usage: zkrollup wallet cancel ORDER_HASH")
		}
		o, err := w.L2.Order(ctx, common.HexToHash(pos[0]))
		if err != nil {
			return err
		}
		fee, err := feeArg(f.fee, 18)
		if err != nil {
			return err
		}
		h, err := w.CancelOrder(ctx, o.Slot, o.Generation, fee)
		if err != nil {
			return err
		}
		return f.follow(ctx, w, p, h, "cancel", "pending")
	case "tokens":
		ts, err := w.Tokens(ctx)
		if err != nil {
			return err
		}
		var lines []string
		for _, t := range ts {
			lines = append(lines, fmt.Sprintf("%d  %s  %s", t.ID, t.Address, t.Symbol))
		}
		return p.print(ts, strings.Join(lines, "\n"))
	case "balance":
		return walletBalance(ctx, w, p)
	case "deposit":
		if len(pos) < 1 {
			return errors.New("usage: zkrollup wallet deposit AMOUNT [TOKEN]")
		}
		t, dec, err := tokenArg(1)
		if err != nil {
			return err
		}
		amount, err := wallet.ParseUnits(pos[0], dec)
		if err != nil {
			return err
		}
		fee, err := w.PriorityFee(ctx)
		if err != nil {
			return err
		}
		r, err := w.Deposit(ctx, t, amount)
		if err != nil {
			return err
		}
		return p.print(map[string]any{"l1Tx": r.TxHash, "l1Block": r.BlockNumber, "amount": amount.String(), "priorityFee": fee.String()},
			fmt.Sprintf("deposited %s %s (and paid the operator a priority fee of %s ETH) in L1 transaction %s (block %s); it reaches L2 once the watcher reads it",
				pos[0], symbol(t), wallet.FormatUnits(fee, 18), r.TxHash, r.BlockNumber))
	case "register":
		fee, err := feeArg(f.fee, 18)
		if err != nil {
			return err
		}
		c, err := w.SignRegisterWithFee(ctx, fee)
		if err != nil {
			return err
		}
		if f.dryRun {
			return dryRun(p, "register", c)
		}
		h, err := w.L2.Submit(ctx, c)
		if err != nil {
			return err
		}
		p.quoted(fee, c.Fee, "ETH", 18)
		return f.follow(ctx, w, p, h, "register", "pending")
	case "transfer":
		if len(pos) < 2 || !common.IsHexAddress(pos[0]) {
			return errors.New("usage: zkrollup wallet transfer TO(0x address) AMOUNT [TOKEN]")
		}
		t, dec, err := tokenArg(2)
		if err != nil {
			return err
		}
		amount, fee, err := amounts(pos[1], f.fee, dec)
		if err != nil {
			return err
		}
		tx, err := w.SignTransfer(ctx, common.HexToAddress(pos[0]), t, amount, fee)
		if err != nil {
			return err
		}
		if f.dryRun {
			return dryRun(p, "transfer", tx)
		}
		h, err := w.L2.Submit(ctx, tx)
		if err != nil {
			return err
		}
		p.quoted(fee, tx.Fee, symbol(t), dec)
		return f.follow(ctx, w, p, h, "transfer", "pending")
	case "withdraw":
		if len(pos) < 1 {
			return errors.New("usage: zkrollup wallet withdraw AMOUNT [TOKEN] [--to ADDR] [--claim]")
		}
		t, dec, err := tokenArg(1)
		if err != nil {
			return err
		}
		amount, fee, err := amounts(pos[0], f.fee, dec)
		if err != nil {
			return err
		}
		to := keys.Address()
		if f.to != "" {
			if !common.IsHexAddress(f.to) {
				return fmt.Errorf("--to %q is not an address", f.to)
			}
			to = common.HexToAddress(f.to)
		}
		if f.dryRun && f.claim {
			return errors.New("--claim waits for the withdrawal to execute: it does not go with --dry-run")
		}
		wd, err := w.SignWithdraw(ctx, to, t, amount, fee)
		if err != nil {
			return err
		}
		if f.dryRun {
			return dryRun(p, "withdraw", wd)
		}
		h, err := w.L2.Submit(ctx, wd)
		if err != nil {
			return err
		}
		p.quoted(fee, wd.Fee, symbol(t), dec)
		if !f.claim {
			return f.follow(ctx, w, p, h, "withdraw", "pending")
		}
		f.wait = "executed"
		if err := f.follow(ctx, w, p, h, "withdraw", "executed"); err != nil {
			return err
		}
		return walletClaim(ctx, w, p, t, dec, common.Address{})
	case "claim":
		t, dec, err := tokenArg(0)
		if err != nil {
			return err
		}
		var to common.Address // zero: the wallet's own address
		if f.to != "" {
			if !common.IsHexAddress(f.to) {
				return fmt.Errorf("--to %q is not an address", f.to)
			}
			to = common.HexToAddress(f.to)
		}
		return walletClaim(ctx, w, p, t, dec, to)
	case "full-exit":
		t, _, err := tokenArg(0)
		if err != nil {
			return err
		}
		fee, err := w.PriorityFee(ctx)
		if err != nil {
			return err
		}
		r, err := w.FullExit(ctx, t)
		if err != nil {
			return err
		}
		return p.print(map[string]any{"l1Tx": r.TxHash, "l1Block": r.BlockNumber, "priorityFee": fee.String()},
			fmt.Sprintf("full exit of %s requested in L1 transaction %s (priority fee %s ETH, credited back with the exit); once its block is executed, `zkrollup wallet claim %s` (and `claim ETH` for the fee)",
				symbol(t), r.TxHash, wallet.FormatUnits(fee, 18), symbol(t)))
	case "status":
		if len(pos) != 1 {
			return errors.New("usage: zkrollup wallet status HASH [--wait executed]")
		}
		return f.follow(ctx, w, p, common.HexToHash(pos[0]), "transaction", "none")
	}
	fs.Usage()
	return fmt.Errorf("unknown wallet command %q", cmd)
}

// dryRun prints a signed transaction that was not submitted.
func dryRun(p printer, what string, tx rollup.L2Tx) error {
	s, err := wallet.Describe(tx)
	if err != nil {
		return err
	}
	return p.print(s, fmt.Sprintf("%s signed, not submitted (--dry-run)\nhash %s\ntx   %s\nsubmit it with zkr_submitTx, params [\"TX\"]",
		what, s.Hash.Hex(), s.Tx))
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func (f walletFlags) keys() (wallet.Keys, error) {
	if f.dev >= 0 {
		d, err := node.Dev(f.dev)
		if err != nil {
			return wallet.Keys{}, err
		}
		return wallet.Keys{L1: d.L1, L2: d.L2}, nil
	}
	k, err := wallet.LoadKey(f.file)
	if err != nil {
		return wallet.Keys{}, err
	}
	return wallet.KeysFromL1(k)
}

// follow prints a submitted transaction's status, waiting as --wait says
// (def when --wait is not given).
func (f walletFlags) follow(ctx context.Context, w *wallet.Wallet, p printer, h common.Hash, what, def string) error {
	want := f.wait
	if want == "" {
		want = def
	}
	if want == "none" {
		st, err := w.L2.TxStatus(ctx, h)
		if err != nil {
			return err
		}
		return p.print(st, describeStatus(what, st))
	}
	printed := ""
	st, err := w.Wait(ctx, h, want, func(st *api.TxStatus) {
		if !p.json && want != "pending" {
			printed = describeStatus(what, st)
			fmt.Fprintln(p.out, printed)
		}
	})
	if err != nil {
		return err
	}
	if final := describeStatus(what, st); final != printed || p.json {
		return p.print(st, final)
	}
	return nil
}

func describeStatus(what string, st *api.TxStatus) string {
	s := fmt.Sprintf("%s %s: %s", what, st.Hash, st.Status)
	if st.Block > 0 {
		s += fmt.Sprintf(" (block %d", st.Block)
		if st.L1 != "" {
			s += ", " + st.L1 + " on L1"
		}
		s += ")"
	}
	if st.Reason != "" {
		s += ": " + st.Reason
	}
	return s
}

// amounts reads AMOUNT and --fee (nil when not given: the node's quote).
func amounts(amount, fee string, dec int) (*big.Int, *big.Int, error) {
	a, err := wallet.ParseUnits(amount, dec)
	if err != nil {
		return nil, nil, err
	}
	fv, err := feeArg(fee, dec)
	return a, fv, err
}

// feeArg reads --fee; nil when it is not given.
func feeArg(fee string, dec int) (*big.Int, error) {
	if fee == "" {
		return nil, nil
	}
	fv, err := wallet.ParseUnits(fee, dec)
	if err != nil {
		return nil, fmt.Errorf("--fee: %w", err)
	}
	return fv, nil
}

// quoted says, in text mode, which fee the node quoted (asked: nil when
// --fee was not given).
func (p printer) quoted(asked *big.Int, paid rollup.PackedFee, symbol string, dec int) {
	if asked == nil && !p.json {
		fmt.Fprintf(p.out, "fee %s %s (the node's quote; --fee to choose)\n", wallet.FormatUnits(paid.Value().Big(), dec), symbol)
	}
}

func symbol(t api.Token) string {
	if t.Symbol != "" {
		return t.Symbol
	}
	return "token " + strconv.Itoa(int(t.ID))
}

// walletClaim pays the claimable balance to `to` (zero: the wallet's own address).
func walletClaim(ctx context.Context, w *wallet.Wallet, p printer, t api.Token, dec int, to common.Address) error {
	paid, r, err := w.ClaimTo(ctx, t, to)
	if err != nil {
		return err
	}
	if r == nil {
		return p.print(map[string]any{"paid": "0"}, "nothing to claim for "+symbol(t)+" (withdrawals are claimable once their block is executed on L1)")
	}
	if to == (common.Address{}) {
		to = w.Address()
	}
	return p.print(map[string]any{"paid": paid.String(), "to": to, "l1Tx": r.TxHash},
		fmt.Sprintf("claimed %s %s on L1, paid to %s, in transaction %s", wallet.FormatUnits(paid, dec), symbol(t), to, r.TxHash))
}

func walletBalance(ctx context.Context, w *wallet.Wallet, p printer) error {
	l1Bal, err := w.L1Balance(ctx)
	if err != nil {
		return err
	}
	tokens, err := w.Tokens(ctx)
	if err != nil {
		return err
	}
	type row struct {
		Token                        string `json:"token"`
		Pending, Committed, Verified string
		Claimable                    string `json:"claimable"`
	}
	res := map[string]any{"address": w.Address(), "l1Eth": l1Bal.String()}
	lines := []string{fmt.Sprintf("address %s", w.Address()), fmt.Sprintf("L1: %s ETH", wallet.FormatUnits(l1Bal, 18))}
	views := map[string]*api.Account{}
	for _, v := range []string{"pending", "committed", "verified"} {
		a, err := w.Account(ctx, v)
		if err != nil {
			return err
		}
		views[v] = a
	}
	if views["pending"] == nil {
		lines = append(lines, "L2: no account yet (deposit to open one)")
	} else {
		res["accountId"] = views["pending"].ID
		res["nonce"] = views["pending"].Nonce
		lines = append(lines, fmt.Sprintf("L2 account %d, nonce %d", views["pending"].ID, views["pending"].Nonce),
			fmt.Sprintf("%-8s %24s %24s %24s %24s", "token", "pending", "committed", "verified (L1)", "claimable on L1"))
	}
	var rows []row
	for _, t := range tokens {
		dec := w.Decimals(ctx, t)
		r := row{Token: symbol(t)}
		for v, dst := range map[string]*string{"pending": &r.Pending, "committed": &r.Committed, "verified": &r.Verified} {
			*dst = "0"
			if a := views[v]; a != nil {
				if b, ok := a.Balances[strconv.Itoa(int(t.ID))]; ok {
					bi, _ := new(big.Int).SetString(b, 10)
					*dst = wallet.FormatUnits(bi, dec)
				}
			}
		}
		c, err := w.Claimable(ctx, t)
		if err != nil {
			return err
		}
		r.Claimable = wallet.FormatUnits(c, dec)
		rows = append(rows, r)
		if views["pending"] != nil || c.Sign() > 0 {
			lines = append(lines, fmt.Sprintf("%-8s %24s %24s %24s %24s", r.Token, r.Pending, r.Committed, r.Verified, r.Claimable))
		}
	}
	res["tokens"] = rows
	return p.print(res, strings.Join(lines, "\n"))
}

// printer writes a result as JSON or as text.
type printer struct {
	out  io.Writer
	json bool
}

func (p printer) print(v any, text string) error {
	if p.json {
		e := json.NewEncoder(p.out)
		e.SetIndent("", "  ")
		return e.Encode(v)
	}
	_, err := fmt.Fprintln(p.out, text)
	return err
}

// formatBook prints a market's book: asks (highest first) over bids,
// prices per whole base token and sizes in base tokens (18 decimals).
func formatBook(m orderflow.Market, b *api.Book, trades []api.Trade) string {
	var sb strings.Builder
	price := func(ticks uint64) string { // quote units per lot -> quote per base token, both 18 decimals
		v := new(big.Int).Mul(new(big.Int).SetUint64(ticks), new(big.Int).SetUint64(m.TickSize))
		v.Mul(v, big.NewInt(1e18))
		v.Quo(v, new(big.Int).SetUint64(m.LotSize))
		return wallet.FormatUnits(v, 18)
	}
	size := func(lots uint64) string {
		return wallet.FormatUnits(new(big.Int).Mul(new(big.Int).SetUint64(lots), new(big.Int).SetUint64(m.LotSize)), 18)
	}
	fmt.Fprintf(&sb, "%s  (update %d)\n%14s  %14s\n", m.Symbol, b.UpdateID, "price", "size")
	for i := len(b.Asks) - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "%14s  %14s  ask\n", price(b.Asks[i][0]), size(b.Asks[i][1]))
	}
	if len(b.Asks)+len(b.Bids) == 0 {
		sb.WriteString("  (the book is empty)\n")
	}
	for _, l := range b.Bids {
		fmt.Fprintf(&sb, "%14s  %14s  bid\n", price(l[0]), size(l[1]))
	}
	for _, t := range trades {
		fmt.Fprintf(&sb, "trade: %s %s at %s (%s)\n", t.TakerSide, size(t.Qty), price(t.Price), time.UnixMilli(t.Time).Format(time.TimeOnly))
	}
	return strings.TrimRight(sb.String(), "\n")
}
