package scenario

import (
	"fmt"
	"strconv"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// opts are the trailing "key value" options of an L2 command.
type opts struct {
	fee       num.U128
	feeToken  *uint16
	nonce     *uint32
	signer    string
	ethSigner string
	badSig    bool
	by        string
}

func (r *Runner) parseOpts(f []string) (opts, error) {
	var o opts
	for i := 0; i < len(f); i++ {
		key := f[i]
		if key == "badsig" {
			o.badSig = true
			continue
		}
		if i+1 >= len(f) {
			return o, fmt.Errorf("option %q needs a value", key)
		}
		val := f[i+1]
		i++
		var err error
		switch key {
		case "fee":
			o.fee, err = parseU128(val)
			if err == nil && i+1 < len(f) {
				if t, terr := parseToken(f[i+1]); terr == nil {
					o.feeToken = &t
					i++
				}
			}
		case "nonce":
			var n uint64
			n, err = strconv.ParseUint(val, 10, 32)
			nn := uint32(n)
			o.nonce = &nn
		case "signer":
			o.signer = val
		case "ethsigner":
			o.ethSigner = val
		case "by":
			o.by = val
		default:
			err = fmt.Errorf("unknown option %q", key)
		}
		if err != nil {
			return o, err
		}
	}
	return o, nil
}

// nonceOf is the account's next nonce unless the command overrides it.
func (r *Runner) nonceOf(id uint32, o opts) uint32 {
	if o.nonce != nil {
		return *o.nonce
	}
	acc, _ := r.State.Account(id)
	return acc.Nonce
}

// idOf is a name's account id; a name without an account gets the next
// free id, which is empty, so rules about missing accounts can be exercised.
func (r *Runner) idOf(name string) uint32 {
	if id, ok := r.AccountID(name); ok {
		return id
	}
	return r.State.NextAccountID()
}

// commands names the command of every request type the notation builds,
// with its argument count (command included); internal/opregistry's test
// fails when a request type of the registry has none.
var commands = map[string]struct {
	op   rollup.OpType
	argc int
}{
	"deposit": {rollup.OpDeposit, 4}, "changepubkey": {rollup.OpChangePubKey, 2}, "transfer": {rollup.OpTransfer, 5},
	"withdraw": {rollup.OpWithdraw, 4}, "fullexit": {rollup.OpFullExit, 3},
	"trade": {rollup.OpSpotTrade, 5}, "match": {rollup.OpSpotTrade, 3}, "cancel": {rollup.OpCancelOrder, 4},
}

// Builds reports whether the notation has a command for request type t.
func Builds(t rollup.OpType) bool {
	for _, c := range commands {
		if c.op == t {
			return true
		}
	}
	return false
}

func (r *Runner) build(f []string) (rollup.Tx, error) {
	argc := commands[f[0]].argc
	if (f[0] == "trade" || f[0] == "match") && len(f) >= argc {
		return r.buildTrade(f)
	}
	if argc == 0 {
		return nil, fmt.Errorf("unknown command %q", f[0])
	}
	// transfer and withdraw may leave out the token: ETH
	tokArg := map[string]int{"transfer": 4, "withdraw": 3}[f[0]]
	if tokArg > 0 && (len(f) <= tokArg || !isToken(f[tokArg])) {
		f = append(f[:tokArg:tokArg], append([]string{"ETH"}, f[tokArg:]...)...)
	}
	if len(f) < argc {
		return nil, fmt.Errorf("%s needs %d arguments", f[0], argc-1)
	}
	o, err := r.parseOpts(f[argc:])
	if err != nil {
		return nil, err
	}
	signer := f[1]
	if o.signer != "" {
		signer = o.signer
	}
	key := r.Key(signer)
	chain := r.P.ChainID
	switch f[0] {
	case "cancel":
		return r.buildCancel(f, o)
	case "deposit":
		amt, err := parseU128(f[2])
		if err != nil {
			return nil, err
		}
		tok, err := parseToken(f[3])
		return &rollup.Deposit{To: r.Address(f[1]), Token: tok, Amount: amt}, err
	case "fullexit":
		tok, err := parseToken(f[2])
		owner := f[1]
		if o.by != "" {
			owner = o.by
		}
		return &rollup.FullExit{AccountID: r.idOf(f[1]), Owner: r.Address(owner), Token: tok}, err
	case "changepubkey":
		id := r.idOf(f[1])
		fee, err := rollup.PackFee(o.fee)
		if err != nil {
			return nil, err
		}
		c := &rollup.ChangePubKey{AccountID: id, Fee: fee, Nonce: r.nonceOf(id, o)}
		if o.feeToken != nil {
			c.FeeToken = *o.feeToken
		}
		if err := rollup.SignChangePubKey(key, chain, c); err != nil {
			return nil, err
		}
		eth := f[1]
		if o.ethSigner != "" {
			eth = o.ethSigner
		}
		if err := rollup.SignEthAuth(r.User(eth).l1, r.P.Auth(), c); err != nil {
			return nil, err
		}
		if o.badSig {
			c.Signature[40] ^= 1
		}
		return c, nil
	case "transfer":
		v, err := parseU128(f[3])
		if err != nil {
			return nil, err
		}
		tok, err := parseToken(f[4])
		if err != nil {
			return nil, err
		}
		amt, err := rollup.PackAmount(v)
		if err != nil {
			return nil, err
		}
		fee, err := rollup.PackFee(o.fee)
		if err != nil {
			return nil, err
		}
		from := r.idOf(f[1])
		t := &rollup.Transfer{From: from, To: r.Address(f[2]), Token: tok, Amount: amt, Fee: fee, Nonce: r.nonceOf(from, o)}
		if err := rollup.SignTransfer(key, chain, t); err != nil {
			return nil, err
		}
		if o.badSig {
			t.Signature[40] ^= 1
		}
		return t, nil
	default: // withdraw
		v, err := parseU128(f[2])
		if err != nil {
			return nil, err
		}
		tok, err := parseToken(f[3])
		if err != nil {
			return nil, err
		}
		fee, err := rollup.PackFee(o.fee)
		if err != nil {
			return nil, err
		}
		from := r.idOf(f[1])
		w := &rollup.Withdraw{From: from, To: r.Address(f[1]), Token: tok, Amount: v, Fee: fee, Nonce: r.nonceOf(from, o)}
		if err := rollup.SignWithdraw(key, chain, w); err != nil {
			return nil, err
		}
		if o.badSig {
			w.Signature[40] ^= 1
		}
		return w, nil
	}
}

func (r *Runner) expect(f []string) error {
	if len(f) != 4 {
		return fmt.Errorf("want: expect NAME TOKEN AMOUNT")
	}
	id, ok := r.AccountID(f[1])
	if !ok {
		return fmt.Errorf("%s has no account", f[1])
	}
	tok, err := parseToken(f[2])
	if err != nil {
		return err
	}
	want, err := parseU128(f[3])
	if err != nil {
		return err
	}
	got, err := r.State.Balance(id, tok)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("balance of %s in %s is %s, want %s", f[1], f[2], got, want)
	}
	return nil
}

func (r *Runner) expectNonce(f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("want: expect-nonce NAME N")
	}
	id, ok := r.AccountID(f[1])
	if !ok {
		return fmt.Errorf("%s has no account", f[1])
	}
	want, err := strconv.ParseUint(f[2], 10, 32)
	if err != nil {
		return err
	}
	acc, err := r.State.Account(id)
	if err != nil {
		return err
	}
	if uint64(acc.Nonce) != want {
		return fmt.Errorf("nonce of %s is %d, want %d", f[1], acc.Nonce, want)
	}
	return nil
}

func isToken(s string) bool {
	_, err := parseToken(s)
	return err == nil
}
