package scenario

import (
	"bufio"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
	"github.com/zkrollup/zkrollup/state/kv"
)

// Errors maps the names used after "!" to the rule errors.
var Errors = map[string]error{
	"insufficient":  rollup.ErrInsufficientFunds,
	"nonce":         rollup.ErrNonceMismatch,
	"nonceoverflow": rollup.ErrNonceOverflow,
	"nopubkey":      rollup.ErrNoPubKey,
	"pubkey":        rollup.ErrPubKeyMismatch,
	"sig":           rollup.ErrBadSignature,
	"ethsig":        rollup.ErrBadEthSignature,
	"notfound":      rollup.ErrAccountNotFound,
	"token":         rollup.ErrTokenOutOfRange,
	"account":       rollup.ErrAccountOutOfRange,
	"zeroaddr":      rollup.ErrZeroAddress,
	"zero":          rollup.ErrZeroAmount,
	"packing":       rollup.ErrNotPackable,
	"overflow":      rollup.ErrBalanceOverflow,
	"full":          rollup.ErrBlockFull,
	"feetokens":     rollup.ErrTooManyFeeTokens,
	"orderslot":     rollup.ErrOrderSlotOutOfRange,
	"generation":    rollup.ErrOrderGeneration,
	"replaced":      rollup.ErrOrderReplaced,
	"cancelled":     rollup.ErrOrderCancelled,
	"overfill":      rollup.ErrOrderOverfill,
	"notyet":        rollup.ErrOrderNotYetValid,
	"expired":       rollup.ErrOrderExpired,
	"limit":         rollup.ErrLimitPrice,
	"makerprice":    rollup.ErrNotMakerPrice,
	"feecap":        rollup.ErrFeeOverCap,
	"selftrade":     rollup.ErrSelfTrade,
	"sametoken":     rollup.ErrSameToken,
	"nomatch":       rollup.ErrOrdersDoNotMatch,
	"toolarge":      rollup.ErrTradeAmountTooLarge,
}

// Step is one executed command.
type Step struct {
	Line    int
	Text    string
	Tx      rollup.Tx       // nil for block and expect commands
	Receipt *rollup.Receipt // set when Tx was applied
	Err     error           // the (expected) error Tx failed with
	Block   *rollup.Block   // set for "> block"
}

// Runner holds the state a scenario runs on.
type Runner struct {
	P         rollup.Params
	Machine   *rollup.Machine
	State     *state.State
	Store     kv.Store
	Steps     []Step
	Blocks    []*rollup.Block
	Out       io.Writer // if set, every step is printed as it runs
	users     map[string]*user
	orders    map[string]*rollup.Order // defined by "order" lines
	nextNum   uint64
	blockOpen bool
}

type user struct {
	l1  *ecdsa.PrivateKey
	l2  *crypto.PrivateKey
	adr common.Address
}

// New returns a runner on a fresh in-memory genesis state.
func New(p rollup.Params) (*Runner, error) {
	store := kv.NewMemory()
	st, err := state.Open(store, p.StateConfig())
	if err != nil {
		return nil, err
	}
	r := &Runner{P: p, State: st, Store: store, users: map[string]*user{}, nextNum: 1}
	if err := rollup.InitGenesis(st, r.User("op").adr); err != nil {
		return nil, err
	}
	if r.Machine, err = rollup.NewMachine(p, st); err != nil {
		return nil, err
	}
	return r, nil
}

// User returns the deterministic identity of a name.
func (r *Runner) User(name string) *user {
	if u, ok := r.users[name]; ok {
		return u
	}
	l1, err := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte("scenario-l1:" + name)))
	if err != nil { // a keccak output is a valid secp256k1 key except with negligible probability
		l1, _ = ethcrypto.GenerateKey()
	}
	l2, err := crypto.KeyFromSeed([]byte("scenario-l2:" + name))
	if err != nil {
		return nil
	}
	u := &user{l1: l1, l2: l2, adr: ethcrypto.PubkeyToAddress(l1.PublicKey)}
	r.users[name] = u
	return u
}

// Address returns the L1 address of a name.
func (r *Runner) Address(name string) common.Address { return r.User(name).adr }

// L1Key returns the L1 (secp256k1) key of a name.
func (r *Runner) L1Key(name string) *ecdsa.PrivateKey { return r.User(name).l1 }

// Key returns the L2 key of a name.
func (r *Runner) Key(name string) *crypto.PrivateKey { return r.User(name).l2 }

// AccountID returns the account of a name's address, if it has one.
func (r *Runner) AccountID(name string) (uint32, bool) {
	id, ok, err := r.State.AccountByAddress(r.Address(name))
	return id, ok && err == nil
}

// Run executes a whole scenario text. It stops at the first line whose
// outcome differs from what the line expects. An open block is sealed at the end.
func Run(p rollup.Params, text string, out io.Writer) (*Runner, error) {
	r, err := New(p)
	if err != nil {
		return nil, err
	}
	r.Out = out
	return r, r.Exec(text)
}

// Exec runs more lines on the runner.
func (r *Runner) Exec(text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if err := r.line(line); err != nil {
			return fmt.Errorf("line %d %q: %w", n, line, err)
		}
	}
	if r.Machine.OpenBlockLen() > 0 {
		return r.seal()
	}
	return nil
}

func (r *Runner) line(line string) error {
	f := strings.Fields(line)
	want := ""
	if last := f[len(f)-1]; strings.HasPrefix(last, "!") {
		want, f = last[1:], f[:len(f)-1]
		if _, ok := Errors[want]; !ok {
			return fmt.Errorf("unknown error name %q", want)
		}
	}
	switch f[0] {
	case ">":
		if len(f) != 2 || f[1] != "block" {
			return errors.New(`want "> block"`)
		}
		return r.seal()
	case "expect":
		return r.expect(f)
	case "expect-nonce":
		return r.expectNonce(f)
	case "expect-order":
		return r.expectOrder(f)
	case "order":
		if want != "" {
			return errors.New("an order line applies nothing: put the expected error on the trade")
		}
		return r.defineOrder(f)
	}
	refund := f[0] == "deposit" && f[len(f)-1] == "refund"
	if refund { // the operator's policy names no account: the deposit is refunded
		f = f[:len(f)-1]
		r.Machine.SetAccountPolicy(func(*state.State, common.Address) (uint32, error) { return 0, rollup.ErrNoAccount })
		defer r.Machine.SetAccountPolicy(nil)
	}
	tx, err := r.build(f)
	if err == nil {
		err = r.ensureBlock()
		if err == nil {
			var rc rollup.Receipt
			rc, err = r.Machine.Apply(tx)
			if err == nil {
				r.record(Step{Text: line, Tx: tx, Receipt: &rc})
			}
		}
	}
	switch {
	case want == "" && err != nil:
		return err
	case want != "" && err == nil:
		return fmt.Errorf("succeeded, want error %q", want)
	case want != "" && !errors.Is(err, Errors[want]):
		return fmt.Errorf("got error %v, want %q", err, want)
	case want != "":
		r.record(Step{Text: line, Tx: tx, Err: err})
	}
	return nil
}

// Build builds the transaction of one command without applying it (a
// trailing "!error" is ignored): tests use it to forge what the rules refuse.
func (r *Runner) Build(line string) (rollup.Tx, error) {
	f := strings.Fields(line)
	if len(f) > 0 && strings.HasPrefix(f[len(f)-1], "!") {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return nil, errors.New("empty command")
	}
	return r.build(f)
}

// Try builds and applies one transaction command (no "!" expectation) and
// returns its outcome without judging it; property tests use it.
func (r *Runner) Try(line string) (*rollup.Receipt, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return nil, errors.New("empty command")
	}
	tx, err := r.build(f)
	if err != nil {
		return nil, err
	}
	return r.apply(tx, line)
}

// Apply applies a transaction built elsewhere (a priority operation read
// from L1, say), opening a block if none is open.
func (r *Runner) Apply(tx rollup.Tx) (*rollup.Receipt, error) {
	return r.apply(tx, fmt.Sprintf("%T", tx))
}

func (r *Runner) apply(tx rollup.Tx, text string) (*rollup.Receipt, error) {
	if err := r.ensureBlock(); err != nil {
		return nil, err
	}
	rc, err := r.Machine.Apply(tx)
	if err != nil {
		return nil, err
	}
	r.record(Step{Text: text, Tx: tx, Receipt: &rc})
	return &rc, nil
}

// Seal seals the open block (opening an empty one first if none is open).
func (r *Runner) Seal() (*rollup.Block, error) {
	if err := r.seal(); err != nil {
		return nil, err
	}
	return r.Blocks[len(r.Blocks)-1], nil
}

func (r *Runner) record(s Step) {
	r.Steps = append(r.Steps, s)
	if r.Out == nil {
		return
	}
	switch {
	case s.Block != nil:
		root := s.Block.NewRoot.Bytes()
		c := s.Block.Commitment()
		fmt.Fprintf(r.Out, "== block %d sealed: %d ops, %d pubdata bytes, state root 0x%x, commitment 0x%x\n",
			s.Block.Header.Number, len(s.Block.Ops), len(s.Block.Pubdata()), root, c)
	case s.Err != nil:
		fmt.Fprintf(r.Out, "   %-40s rejected as expected: %v\n", s.Text, s.Err)
	case s.Receipt != nil:
		o := s.Receipt.Op
		fmt.Fprintf(r.Out, "   %-40s ok: slot %d %s account %d", s.Text, s.Receipt.Slot, o.Type, o.Account)
		if o.Type == rollup.OpTransfer || o.Type == rollup.OpTransferToNew {
			fmt.Fprintf(r.Out, " -> %d", o.To)
		}
		fmt.Fprintf(r.Out, " amount %s fee %s\n", o.Amount, o.FeeValue())
	}
}

func (r *Runner) ensureBlock() error {
	if r.blockOpen {
		return nil
	}
	h := rollup.BlockHeader{Number: r.nextNum, Timestamp: 1_700_000_000 + r.nextNum, FeeAccount: rollup.FeeAccountID}
	if err := r.Machine.BeginBlock(h); err != nil {
		return err
	}
	r.blockOpen = true
	return nil
}

func (r *Runner) seal() error {
	if err := r.ensureBlock(); err != nil {
		return err
	}
	b, err := r.Machine.SealBlock()
	if err != nil {
		return err
	}
	r.blockOpen = false
	if err := r.State.Commit(nil); err != nil {
		return err
	}
	r.Blocks = append(r.Blocks, b)
	r.nextNum++
	r.record(Step{Block: b})
	return nil
}

func parseU128(s string) (num.U128, error) { return num.Parse(s) }

func parseToken(s string) (uint16, error) {
	switch strings.ToUpper(s) {
	case "ETH":
		return 0, nil
	case "DAI":
		return 1, nil
	case "USDC":
		return 2, nil
	}
	if strings.HasPrefix(s, "T") {
		v, err := strconv.ParseUint(s[1:], 10, 16)
		return uint16(v), err
	}
	return 0, fmt.Errorf("unknown token %q (ETH, DAI, USDC or T<n>)", s)
}

// SetL1 names the L1 deployment the runner's ChangePubKey authorisations
// bind (rollup.Params.L1), once the contract is deployed. No block may be
// open.
func (r *Runner) SetL1(d rollup.L1Domain) error {
	if r.Machine.OpenBlockLen() > 0 || r.blockOpen {
		return errors.New("scenario: SetL1 with a block open")
	}
	p := r.P
	p.L1 = d
	m, err := rollup.NewMachine(p, r.State)
	if err != nil {
		return err
	}
	r.P, r.Machine = p, m
	return nil
}
