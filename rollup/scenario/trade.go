package scenario

import (
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Orders and trades in the notation (issue 17):
//
//	order O1 A sell 100 ETH for 200 DAI [buy] [slot 1] [gen 1] [maxfee 30] [from T] [until T] [signer B] [badsig] [account B]
//	trade O2 O1 TAKER_SELLS MAKER_SELLS [fees TAKER_BIPS MAKER_BIPS]   # taker first
//	match O2 O1 [fees TAKER_BIPS MAKER_BIPS]                           # the largest fill at the maker's price
//	cancel A SLOT GEN [fee 1 ETH] [nonce N]
//	expect-order A SLOT GEN FILLED|cancelled
//
// An order is signed when it is defined and applies nothing; a trade
// settles two defined orders. "buy" makes the order's size its buy amount.

// defineOrder parses an order line into r.orders.
func (r *Runner) defineOrder(f []string) error {
	if len(f) < 8 || f[3] != "sell" || f[6] != "for" {
		return fmt.Errorf("want: order NAME OWNER sell AMOUNT TOKEN for AMOUNT TOKEN [options]")
	}
	name, owner := f[1], f[2]
	sell, err := parseU128(f[4])
	if err != nil {
		return err
	}
	buy, err := parseU128(f[7])
	if err != nil {
		return err
	}
	o := &rollup.Order{Generation: 1, ValidUntil: math.MaxUint32}
	if o.TokenSell, err = parseToken(f[5]); err != nil {
		return err
	}
	if len(f) < 9 {
		return fmt.Errorf("order %s: the token it buys is missing", name)
	}
	if o.TokenBuy, err = parseToken(f[8]); err != nil {
		return err
	}
	if o.AmountSell, err = rollup.PackAmount(sell); err != nil {
		return err
	}
	if o.AmountBuy, err = rollup.PackAmount(buy); err != nil {
		return err
	}
	signer, account, badSig := owner, owner, false
	for i := 9; i < len(f); i++ {
		key := f[i]
		switch key {
		case "buy":
			o.Buy = true
			continue
		case "badsig":
			badSig = true
			continue
		}
		if i+1 >= len(f) {
			return fmt.Errorf("order option %q needs a value", key)
		}
		val := f[i+1]
		i++
		var n uint64
		switch key {
		case "signer":
			signer = val
			continue
		case "account":
			account = val
			continue
		}
		if n, err = strconv.ParseUint(val, 10, 32); err != nil {
			return fmt.Errorf("order option %s: %w", key, err)
		}
		switch key {
		case "slot":
			o.Slot = uint16(n)
		case "gen":
			o.Generation = uint32(n)
		case "maxfee":
			o.MaxFeeBips = uint8(n)
		case "from":
			o.ValidFrom = uint32(n)
		case "until":
			o.ValidUntil = uint32(n)
		default:
			return fmt.Errorf("unknown order option %q", key)
		}
	}
	o.Account = r.idOf(account)
	if err := rollup.SignOrder(r.Key(signer), r.P.ChainID, o); err != nil {
		return err
	}
	if badSig {
		o.Signature[40] ^= 1
	}
	if r.orders == nil {
		r.orders = map[string]*rollup.Order{}
	}
	r.orders[name] = o
	return nil
}

// Order returns a defined order.
func (r *Runner) Order(name string) (*rollup.Order, bool) {
	o, ok := r.orders[name]
	return o, ok
}

// buildTrade builds "trade TAKER MAKER A B [fees T M]" or "match TAKER
// MAKER [fees T M]".
func (r *Runner) buildTrade(f []string) (rollup.Tx, error) {
	tk, ok := r.orders[f[1]]
	if !ok {
		return nil, fmt.Errorf("no order %q", f[1])
	}
	mk, ok := r.orders[f[2]]
	if !ok {
		return nil, fmt.Errorf("no order %q", f[2])
	}
	rest := f[3:]
	t := &rollup.SpotTrade{Taker: *tk, Maker: *mk}
	if f[0] == "trade" {
		if len(rest) < 2 {
			return nil, fmt.Errorf("want: trade TAKER MAKER TAKER_SELLS MAKER_SELLS [fees T M]")
		}
		for i, dst := range []*rollup.PackedFill{&t.TakerFill, &t.MakerFill} {
			v, err := parseU128(rest[i])
			if err != nil {
				return nil, err
			}
			if *dst, err = rollup.PackFill(v); err != nil {
				return nil, err
			}
		}
		rest = rest[2:]
	}
	if len(rest) > 0 {
		if len(rest) != 3 || rest[0] != "fees" {
			return nil, fmt.Errorf("want: fees TAKER_BIPS MAKER_BIPS")
		}
		for i, dst := range []*uint8{&t.TakerFeeBips, &t.MakerFeeBips} {
			v, err := strconv.ParseUint(rest[1+i], 10, 8)
			if err != nil {
				return nil, err
			}
			*dst = uint8(v)
		}
	}
	if f[0] == "match" {
		return t, r.match(t)
	}
	return t, nil
}

// match fills t with the largest trade of its two orders at the maker's
// price, as the test helper of issue 17 (the matching engine comes with
// issue 18): the maker sells as much as both orders' remaining sizes allow,
// the taker pays ceil(that × the maker's price), and the amounts must be
// exactly packable.
func (r *Runner) match(t *rollup.SpotTrade) error {
	mS, mB, err := amounts(&t.Maker)
	if err != nil {
		return err
	}
	tS, tB, err := amounts(&t.Taker)
	if err != nil {
		return err
	}
	left := func(o *rollup.Order) (*big.Int, error) {
		leaf, err := r.State.Order(o.Account, uint32(o.Slot))
		if err != nil {
			return nil, err
		}
		filled := new(big.Int)
		if leaf.Generation == o.Generation {
			filled = leaf.Filled.Big()
		}
		size := o.AmountSell
		if o.Buy {
			size = o.AmountBuy
		}
		v, err := size.Value()
		if err != nil {
			return nil, err
		}
		return new(big.Int).Sub(v.Big(), filled), nil
	}
	mLeft, err := left(&t.Maker)
	if err != nil {
		return err
	}
	tLeft, err := left(&t.Taker)
	if err != nil {
		return err
	}
	// b: what the maker sells, bounded by the maker's size (in what it
	// sells, or what it buys: a = b·mB/mS) and the taker's (what it buys,
	// or what it sells).
	ceilDiv := func(x, y *big.Int) *big.Int {
		q, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
		return q
	}
	b := new(big.Int).Set(mLeft)
	if t.Maker.Buy { // the maker's size is in X: b <= mLeft·mS/mB
		b.Mul(mLeft, mS).Quo(b, mB)
	}
	if t.Taker.Buy { // the taker's size is what it buys: Y
		b = minBig(b, tLeft)
	} else { // what it sells: a = ceil(b·mB/mS) <= tLeft
		b = minBig(b, new(big.Int).Quo(new(big.Int).Mul(tLeft, mS), mB))
	}
	if b.Sign() <= 0 {
		return fmt.Errorf("match %d/%d: nothing left to fill", t.Taker.Slot, t.Maker.Slot)
	}
	a := ceilDiv(new(big.Int).Mul(b, mB), mS)
	// the taker's limit: b·tS >= a·tB
	if new(big.Int).Mul(b, tS).Cmp(new(big.Int).Mul(a, tB)) < 0 {
		return fmt.Errorf("match: the orders do not cross")
	}
	for i, v := range []*big.Int{a, b} {
		u, err := num.FromBig(v)
		if err != nil {
			return err
		}
		p, err := rollup.PackFill(u)
		if err != nil {
			return fmt.Errorf("match: %w", err)
		}
		if i == 0 {
			t.TakerFill = p
		} else {
			t.MakerFill = p
		}
	}
	return nil
}

func amounts(o *rollup.Order) (sell, buy *big.Int, err error) {
	s, err := o.AmountSell.Value()
	if err != nil {
		return nil, nil, err
	}
	b, err := o.AmountBuy.Value()
	if err != nil {
		return nil, nil, err
	}
	if s.IsZero() || b.IsZero() {
		return nil, nil, fmt.Errorf("an order with a zero amount: %w", rollup.ErrZeroAmount)
	}
	return s.Big(), b.Big(), nil
}

func minBig(x, y *big.Int) *big.Int {
	if x.Cmp(y) < 0 {
		return x
	}
	return y
}

// buildCancel builds "cancel NAME SLOT GEN [fee F TOKEN] [nonce N]".
func (r *Runner) buildCancel(f []string, o opts) (rollup.Tx, error) {
	slot, err := strconv.ParseUint(f[2], 10, 16)
	if err != nil {
		return nil, err
	}
	gen, err := strconv.ParseUint(f[3], 10, 32)
	if err != nil {
		return nil, err
	}
	fee, err := rollup.PackFee(o.fee)
	if err != nil {
		return nil, err
	}
	id := r.idOf(f[1])
	c := &rollup.CancelOrder{Account: id, Slot: uint16(slot), Generation: uint32(gen), Fee: fee, Nonce: r.nonceOf(id, o)}
	if o.feeToken != nil {
		c.FeeToken = *o.feeToken
	}
	signer := f[1]
	if o.signer != "" {
		signer = o.signer
	}
	if err := rollup.SignCancelOrder(r.Key(signer), r.P.ChainID, c); err != nil {
		return nil, err
	}
	if o.badSig {
		c.Signature[40] ^= 1
	}
	return c, nil
}

// expectOrder checks "expect-order NAME SLOT GEN FILLED|cancelled".
func (r *Runner) expectOrder(f []string) error {
	if len(f) != 5 {
		return fmt.Errorf("want: expect-order NAME SLOT GEN FILLED|cancelled")
	}
	id, ok := r.AccountID(f[1])
	if !ok {
		return fmt.Errorf("%s has no account", f[1])
	}
	slot, err := strconv.ParseUint(f[2], 10, 32)
	if err != nil {
		return err
	}
	gen, err := strconv.ParseUint(f[3], 10, 32)
	if err != nil {
		return err
	}
	want := rollup.OrderFilled
	if f[4] != "cancelled" {
		if want, err = parseU128(f[4]); err != nil {
			return err
		}
	}
	leaf, err := r.State.Order(id, uint32(slot))
	if err != nil {
		return err
	}
	if uint64(leaf.Generation) != gen || leaf.Filled != want {
		return fmt.Errorf("order slot %d of %s holds generation %d filled %s, want %d and %s", slot, f[1], leaf.Generation, leaf.Filled, gen, want)
	}
	return nil
}
