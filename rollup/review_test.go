package rollup_test

import (
	"errors"
	"math/big"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// TestEthSignatureAcceptanceMatchesContract: only v in {27, 28} and low s,
// as OpenZeppelin's ECDSA.recover accepts.
func TestEthSignatureAcceptanceMatchesContract(t *testing.T) {
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	var pkh crypto.PubKeyHash
	msg := rollup.EthMessage(rollup.AuthDomain{ChainID: 7}, 1, 0, pkh)
	c := &rollup.ChangePubKey{AccountID: 1}
	k, _ := crypto.KeyFromSeed([]byte("x"))
	if err := rollup.SignChangePubKey(k, 7, c); err != nil {
		t.Fatal(err)
	}
	if err := rollup.SignEthAuth(key, rollup.AuthDomain{ChainID: 7}, c); err != nil {
		t.Fatal(err)
	}
	h, _ := c.PubKeyHash()
	msg = rollup.EthMessage(rollup.AuthDomain{ChainID: 7}, 1, 0, h)
	addr := ethcrypto.PubkeyToAddress(key.PublicKey)
	if got, err := rollup.RecoverEthSigner(msg, c.EthSignature); err != nil || got != addr {
		t.Fatalf("canonical signature: %s %v", got, err)
	}
	v01 := c.EthSignature
	v01[64] -= 27
	if _, err := rollup.RecoverEthSigner(msg, v01); !errors.Is(err, rollup.ErrBadEthSignature) {
		t.Errorf("v in {0,1} accepted: %v", err)
	}
	high := c.EthSignature // s -> n - s, v flipped: the malleable twin
	n := ethcrypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(high[32:64]))
	s.FillBytes(high[32:64])
	high[64] ^= 1 // 27 <-> 28
	if _, err := rollup.RecoverEthSigner(msg, high); !errors.Is(err, rollup.ErrBadEthSignature) {
		t.Errorf("high-s twin accepted: %v", err)
	}
}

func TestDecodeL2TxRefusesL1Operations(t *testing.T) {
	b, err := rollup.EncodeTx(&rollup.Deposit{Amount: num.FromUint64(1)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rollup.DecodeL2Tx(b); !errors.Is(err, rollup.ErrUnknownOpType) {
		t.Fatalf("deposit bytes accepted as a user transaction: %v", err)
	}
	if _, err := rollup.DecodeTx(b); err != nil {
		t.Fatalf("DecodeTx (the L1 watcher's) refused a deposit: %v", err)
	}
}

func TestTypedNilTransactionIsAnError(t *testing.T) {
	r := runner(t, rollup.TestParams, "")
	begin(t, r, 1)
	for _, tx := range []rollup.Tx{(*rollup.Transfer)(nil), (*rollup.Deposit)(nil), (*rollup.ChangePubKey)(nil)} {
		if _, err := r.Machine.Apply(tx); !errors.Is(err, rollup.ErrMalformed) {
			t.Errorf("%T(nil): got %v, want ErrMalformed", tx, err)
		}
	}
	if res := r.Machine.ApplyBatch([]rollup.Tx{(*rollup.Withdraw)(nil)}); !errors.Is(res[0].Err, rollup.ErrMalformed) {
		t.Errorf("ApplyBatch typed nil: %v", res[0].Err)
	}
}

// TestSealBlockIsAtomic: when one fee credit cannot be made, no credit is
// made, and retrying the seal does not credit twice.
func TestSealBlockIsAtomic(t *testing.T) {
	r := runner(t, rollup.TestParams, `
		deposit op 340282366920938463463374607431768211455 DAI
		deposit A 100 ETH
		deposit A 100 DAI
		changepubkey A
		> block`)
	for _, line := range []string{"transfer A B 1 ETH fee 5", "transfer A B 1 DAI fee 5"} {
		if _, err := r.Try(line); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		if _, err := r.Machine.SealBlock(); !errors.Is(err, rollup.ErrBalanceOverflow) {
			t.Fatalf("seal: got %v, want ErrBalanceOverflow", err)
		}
		if eth, _ := r.State.Balance(rollup.FeeAccountID, 0); !eth.IsZero() {
			t.Fatalf("failed seal credited %s ETH", eth)
		}
	}
}
