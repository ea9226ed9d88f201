// Package wallet is a rollup user's side: an L1 key and the L2 key derived
// from it, and the operations of `zkrollup wallet` — deposit on L1,
// register the L2 key, transfer and withdraw on L2, claim on L1, full exit,
// balances in every view, and a transaction's status until it is final.
package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/api"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Errors a user can act on.
var (
	ErrNoAccount    = errors.New("this address has no L2 account yet: deposit first")
	ErrNotRollup    = errors.New("the L2 node reports no rollup contract: it runs without an L1")
	ErrL1Reverted   = errors.New("the L1 transaction reverted")
	ErrTxRejected   = errors.New("the rollup rejected the transaction")
	ErrNotPackable  = errors.New("a transfer amount must fit 35 bits of mantissa times a power of ten")
	ErrUnknownToken = errors.New("unknown token: list them with `zkrollup wallet tokens`")
	// ErrNothingToExit: a full exit of an empty balance exits nothing and
	// its priority fee goes to the operator.
	ErrNothingToExit = errors.New("nothing to exit: the committed balance is zero, and a full exit of nothing forfeits its fee")
)

// L1 is what the wallet needs of an L1 node (ethclient is one).
type L1 interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error)
}

// Keys are a user's two keys.
type Keys struct {
	L1 *ecdsa.PrivateKey
	L2 *crypto.PrivateKey
}

// Address is the user's L1 address, which names the L2 account too.
func (k Keys) Address() common.Address { return ethcrypto.PubkeyToAddress(k.L1.PublicKey) }

// KeysFromL1 derives the L2 key from the L1 key, so one secret backs both.
func KeysFromL1(k *ecdsa.PrivateKey) (Keys, error) {
	l2, err := crypto.KeyFromSeed(ethcrypto.Keccak256([]byte("zkrollup L2 key v1"), ethcrypto.FromECDSA(k)))
	if err != nil {
		return Keys{}, err
	}
	return Keys{L1: k, L2: l2}, nil
}

// Wallet talks to both layers for one user.
type Wallet struct {
	Keys
	L1       L1
	L2       *api.Client
	Params   api.Params
	Contract common.Address
	abi      *rollupcontract.Rollup
	// Poll is how often waits look again.
	Poll time.Duration
}

// New reads the rollup's parameters and L1 address from the L2 node.
func New(ctx context.Context, k Keys, l1c L1, l2 *api.Client) (*Wallet, error) {
	p, err := l2.Params(ctx)
	if err != nil {
		return nil, fmt.Errorf("the L2 node's parameters: %w", err)
	}
	if p.Contract == nil {
		return nil, ErrNotRollup
	}
	id, err := l1c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("the L1 node: %w", err)
	}
	if id.Uint64() != p.L1ChainID {
		return nil, fmt.Errorf("the L1 node is chain %d but the rollup lives on chain %d: wrong --l1 URL?", id, p.L1ChainID)
	}
	return &Wallet{Keys: k, L1: l1c, L2: l2, Params: *p, Contract: *p.Contract, abi: rollupcontract.NewRollup(),
		Poll: 250 * time.Millisecond}, nil
}

// Tokens lists the rollup's tokens with the ERC-20s' symbols read from L1.
func (w *Wallet) Tokens(ctx context.Context) ([]api.Token, error) {
	tokens, err := w.L2.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	for i, t := range tokens {
		if t.Symbol == "" {
			tokens[i].Symbol = w.erc20Symbol(ctx, t.Address)
		}
	}
	return tokens, nil
}

// erc20Symbol reads symbol() (empty if the token has none).
func (w *Wallet) erc20Symbol(ctx context.Context, a common.Address) string {
	out, err := w.L1.CallContract(ctx, ethereum.CallMsg{To: &a, Data: common.FromHex("0x95d89b41")}, nil)
	if err != nil {
		return ""
	}
	args := abi.Arguments{{Type: mustType("string")}}
	v, err := args.Unpack(out)
	if err != nil || len(v) != 1 {
		return ""
	}
	s, _ := v[0].(string)
	return s
}

func mustType(t string) abi.Type {
	ty, _ := abi.NewType(t, "", nil) // a constant, valid type name
	return ty
}

// Token resolves a token by symbol ("ETH", "DUSD"), id or L1 address.
func (w *Wallet) Token(ctx context.Context, name string) (api.Token, error) {
	tokens, err := w.Tokens(ctx)
	if err != nil {
		return api.Token{}, err
	}
	for _, t := range tokens {
		if strings.EqualFold(name, t.Symbol) || name == fmt.Sprint(t.ID) ||
			(common.IsHexAddress(name) && common.HexToAddress(name) == t.Address) {
			return t, nil
		}
	}
	return api.Token{}, fmt.Errorf("%w: %q", ErrUnknownToken, name)
}

// send makes an L1 transaction to a contract and waits until it is mined.
func (w *Wallet) send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	r, err := l1.Transact(ctx, w.L1, w.Keys.L1, new(big.Int).SetUint64(w.Params.L1ChainID), to, data, value)
	if errors.Is(err, l1.ErrReverted) {
		err = fmt.Errorf("%w: %w", ErrL1Reverted, err)
	}
	return r, err
}

// PriorityFee is the ETH (wei) the contract charges now for a deposit or
// a full-exit request, on top of what it moves (the contract's
// priorityFee()).
func (w *Wallet) PriorityFee(ctx context.Context) (*big.Int, error) {
	out, err := w.L1.CallContract(ctx, ethereum.CallMsg{To: &w.Contract, Data: w.abi.PackPriorityFee()}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the rollup's priority fee: %w", err)
	}
	fee, err := w.abi.UnpackPriorityFee(out)
	if err != nil {
		return nil, fmt.Errorf("read the rollup's priority fee: %w", err)
	}
	return new(big.Int).SetUint64(fee), nil
}

// Deposit moves amount of a token from L1 into the rollup, to the
// wallet's own account, and returns the mined L1 receipt. It pays the
// contract's priority fee in ETH on top (it goes to the operator); L2
// credits exactly amount. An ERC-20 deposit approves the contract first.
func (w *Wallet) Deposit(ctx context.Context, token api.Token, amount *big.Int) (*types.Receipt, error) {
	fee, err := w.PriorityFee(ctx)
	if err != nil {
		return nil, err
	}
	if token.ID == 0 {
		data, err := w.abi.TryPackDepositETH(w.Address(), amount)
		if err != nil {
			return nil, err
		}
		return w.send(ctx, w.Contract, data, new(big.Int).Add(amount, fee))
	}
	approve := append(common.FromHex("0x095ea7b3"), common.LeftPadBytes(w.Contract.Bytes(), 32)...) // approve(address,uint256)
	approve = append(approve, common.LeftPadBytes(amount.Bytes(), 32)...)
	if _, err := w.send(ctx, token.Address, approve, nil); err != nil {
		return nil, fmt.Errorf("approve the rollup to take the tokens: %w", err)
	}
	data, err := w.abi.TryPackDepositERC20(token.Address, amount, w.Address())
	if err != nil {
		return nil, err
	}
	return w.send(ctx, w.Contract, data, fee)
}

// Account reads the wallet's account in a view (nil when there is none).
func (w *Wallet) Account(ctx context.Context, view string) (*api.Account, error) {
	return w.L2.Account(ctx, w.Address(), view)
}

func (w *Wallet) account(ctx context.Context) (*api.Account, error) {
	a, err := w.Account(ctx, "pending")
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, ErrNoAccount
	}
	return a, nil
}

// Register sets the wallet's L2 key on its account (ChangePubKey),
// authorised by an L1 signature; needed once before transfers. It pays the
// node's quoted fee in ETH.
func (w *Wallet) Register(ctx context.Context) (common.Hash, error) {
	return w.RegisterWithFee(ctx, nil)
}

// RegisterWithFee is Register paying fee wei of ETH (nil: the quote).
func (w *Wallet) RegisterWithFee(ctx context.Context, fee *big.Int) (common.Hash, error) {
	c, err := w.SignRegisterWithFee(ctx, fee)
	if err != nil {
		return common.Hash{}, err
	}
	return w.L2.Submit(ctx, c)
}

// SignRegister is Register's transaction, signed (with the account's next
// nonce in the pending view) but not submitted.
func (w *Wallet) SignRegister(ctx context.Context) (*rollup.ChangePubKey, error) {
	return w.SignRegisterWithFee(ctx, nil)
}

// SignRegisterWithFee is SignRegister paying fee wei of ETH (nil: the quote).
func (w *Wallet) SignRegisterWithFee(ctx context.Context, fee *big.Int) (*rollup.ChangePubKey, error) {
	a, err := w.account(ctx)
	if err != nil {
		return nil, err
	}
	pf, err := w.packFee(ctx, "changepubkey", api.Token{ID: 0, Symbol: "ETH"}, nil, fee)
	if err != nil {
		return nil, err
	}
	c := &rollup.ChangePubKey{AccountID: a.ID, Nonce: a.NextNonce, FeeToken: 0, Fee: pf}
	if err := rollup.SignChangePubKey(w.Keys.L2, w.Params.ChainID, c); err != nil {
		return nil, err
	}
	if err := rollup.SignEthAuth(w.Keys.L1, w.Params.Auth(), c); err != nil {
		return nil, err
	}
	return c, nil
}

// Registered reports whether the account's key is the wallet's L2 key.
func (w *Wallet) Registered(ctx context.Context) (bool, error) {
	a, err := w.account(ctx)
	if err != nil {
		return false, err
	}
	h := w.Keys.L2.Public().Hash()
	return string(a.PubKeyHash) == string(h[:]), nil
}

func u128(v *big.Int, what string) (num.U128, error) {
	u, err := num.FromBig(v)
	if err != nil {
		return num.U128{}, fmt.Errorf("%s %s: %w", what, v, err)
	}
	return u, nil
}

// Transfer sends amount of a token to an L1 address's L2 account
// (created if it has none), paying fee in the same token (nil: the node's
// quote, Fee).
func (w *Wallet) Transfer(ctx context.Context, to common.Address, token api.Token, amount, fee *big.Int) (common.Hash, error) {
	t, err := w.SignTransfer(ctx, to, token, amount, fee)
	if err != nil {
		return common.Hash{}, err
	}
	return w.L2.Submit(ctx, t)
}

// SignTransfer is Transfer's transaction, signed (with the account's next
// nonce in the pending view) but not submitted.
func (w *Wallet) SignTransfer(ctx context.Context, to common.Address, token api.Token, amount, fee *big.Int) (*rollup.Transfer, error) {
	a, err := w.account(ctx)
	if err != nil {
		return nil, err
	}
	am, err := u128(amount, "amount")
	if err != nil {
		return nil, err
	}
	packed, err := rollup.PackAmount(am)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrNotPackable, amount)
	}
	pf, err := w.packFee(ctx, "transfer", token, &to, fee)
	if err != nil {
		return nil, err
	}
	t := &rollup.Transfer{From: a.ID, To: to, Token: token.ID, Amount: packed, Fee: pf, Nonce: a.NextNonce}
	if err := rollup.SignTransfer(w.Keys.L2, w.Params.ChainID, t); err != nil {
		return nil, err
	}
	return t, nil
}

// Withdraw moves amount of a token from L2 to an L1 address; once its
// block is executed on L1 the amount is claimable there (Claim). fee nil
// pays the node's quote.
func (w *Wallet) Withdraw(ctx context.Context, to common.Address, token api.Token, amount, fee *big.Int) (common.Hash, error) {
	wd, err := w.SignWithdraw(ctx, to, token, amount, fee)
	if err != nil {
		return common.Hash{}, err
	}
	return w.L2.Submit(ctx, wd)
}

// SignWithdraw is Withdraw's transaction, signed (with the account's next
// nonce in the pending view) but not submitted.
func (w *Wallet) SignWithdraw(ctx context.Context, to common.Address, token api.Token, amount, fee *big.Int) (*rollup.Withdraw, error) {
	a, err := w.account(ctx)
	if err != nil {
		return nil, err
	}
	am, err := u128(amount, "amount")
	if err != nil {
		return nil, err
	}
	pf, err := w.packFee(ctx, "withdraw", token, nil, fee)
	if err != nil {
		return nil, err
	}
	wd := &rollup.Withdraw{From: a.ID, To: to, Token: token.ID, Amount: am, Fee: pf, Nonce: a.NextNonce}
	if err := rollup.SignWithdraw(w.Keys.L2, w.Params.ChainID, wd); err != nil {
		return nil, err
	}
	return wd, nil
}

// Claimable is what executed withdrawals have credited to the wallet's
// address on L1 for a token.
func (w *Wallet) Claimable(ctx context.Context, token api.Token) (*big.Int, error) {
	data, err := w.abi.TryPackPendingBalances(w.Address(), token.ID)
	if err != nil {
		return nil, err
	}
	out, err := w.L1.CallContract(ctx, ethereum.CallMsg{To: &w.Contract, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return w.abi.UnpackPendingBalances(out)
}

// Claim pays the wallet's claimable balance of a token out on L1 and
// returns the amount paid (zero, and no transaction, when nothing is due).
func (w *Wallet) Claim(ctx context.Context, token api.Token) (*big.Int, *types.Receipt, error) {
	return w.ClaimTo(ctx, token, common.Address{})
}

// ClaimTo is Claim paying another L1 address (withdrawPendingBalanceTo,
// sent by the wallet's key: only the owner of a claimable balance sends
// it elsewhere). The zero address or the wallet's own is Claim.
func (w *Wallet) ClaimTo(ctx context.Context, token api.Token, to common.Address) (*big.Int, *types.Receipt, error) {
	due, err := w.Claimable(ctx, token)
	if err != nil || due.Sign() == 0 {
		return due, nil, err
	}
	var data []byte
	if to == (common.Address{}) || to == w.Address() {
		data, err = w.abi.TryPackWithdrawPendingBalance(w.Address(), token.Address, due)
	} else {
		data, err = w.abi.TryPackWithdrawPendingBalanceTo(to, token.Address, due)
	}
	if err != nil {
		return nil, nil, err
	}
	r, err := w.send(ctx, w.Contract, data, nil)
	return due, r, err
}

// FullExit asks L1 to withdraw the account's whole balance of a token:
// the operator must process it, so it works even if the operator
// ignores the wallet's L2 transactions. It pays the priority fee, which
// comes back (claimable ETH) with the exit; an exit of nothing would leave
// it to the operator, so an empty committed balance is refused.
func (w *Wallet) FullExit(ctx context.Context, token api.Token) (*types.Receipt, error) {
	a, err := w.Account(ctx, "committed")
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, ErrNoAccount
	}
	if b, ok := new(big.Int).SetString(a.Balances[fmt.Sprint(token.ID)], 10); !ok || b.Sign() == 0 {
		return nil, fmt.Errorf("%w (token %s)", ErrNothingToExit, token.Symbol)
	}
	fee, err := w.PriorityFee(ctx)
	if err != nil {
		return nil, err
	}
	data, err := w.abi.TryPackRequestFullExit(a.ID, token.Address)
	if err != nil {
		return nil, err
	}
	return w.send(ctx, w.Contract, data, fee)
}

// L1Balance is the wallet's ETH on L1.
func (w *Wallet) L1Balance(ctx context.Context) (*big.Int, error) {
	return w.L1.BalanceAt(ctx, w.Address(), nil)
}

// Wait polls a transaction's status until it reaches want ("pending",
// "committed" or "executed"), or is rejected.
func (w *Wallet) Wait(ctx context.Context, h common.Hash, want string, progress func(*api.TxStatus)) (*api.TxStatus, error) {
	rank := map[string]int{"queued": 1, "pending": 2, "committed": 3, "executed": 4}
	last := ""
	for {
		st, err := w.L2.TxStatus(ctx, h)
		if err != nil {
			return nil, err
		}
		if st.Status == "rejected" {
			return st, fmt.Errorf("%w: %s", ErrTxRejected, st.Reason)
		}
		if progress != nil && st.Status+st.L1 != last {
			progress(st)
			last = st.Status + st.L1
		}
		if rank[st.Status] >= rank[want] && rank[want] > 0 {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-time.After(w.Poll):
		}
	}
}

// Decimals is a token's decimals: 18 for ETH, the ERC-20's decimals()
// otherwise (18 if it has none).
func (w *Wallet) Decimals(ctx context.Context, t api.Token) int {
	if t.ID == 0 {
		return 18
	}
	out, err := w.L1.CallContract(ctx, ethereum.CallMsg{To: &t.Address, Data: common.FromHex("0x313ce567")}, nil)
	if err != nil || len(out) != 32 {
		return 18
	}
	return int(new(big.Int).SetBytes(out).Uint64() & 0xff)
}
