package circuit

import (
	"math/big"
	"testing"

	gceddsa "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	tedwardsid "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

const testChain = 1337

// transferSigCircuit rebuilds a Transfer's signed bytes from its fields,
// hashes them and checks the signature: the native SignedBytes,
// MessageHash and Verify in constraints.
type transferSigCircuit struct {
	From, To, Token, Amount, Fee, Nonce frontend.Variable
	Sig                                 Signature
	Msg                                 frontend.Variable
}

func (c *transferSigCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	curve, err := twistededwards.NewEdCurve(api, tedwardsid.BN254)
	if err != nil {
		return err
	}
	w := NewBitWriter(api).Field(uint64(rollup.OpTransfer), 8).Field(c.From, 32).Field(c.To, 160).
		Field(c.Token, 16).Field(c.Amount, 40).Field(c.Fee, 16).Field(c.Nonce, 32)
	msg := h.MessageHash(testChain, w)
	api.AssertIsEqual(msg, c.Msg)
	ok, err := IsValidSignature(api, curve, c.Sig, msg)
	if err != nil {
		return err
	}
	api.AssertIsEqual(ok, 1)
	return nil
}

func signatureWitness(t *testing.T, pub [32]byte, sig crypto.Signature) Signature {
	t.Helper()
	var s gceddsa.Signature
	if _, err := s.SetBytes(sig[:]); err != nil {
		t.Fatal(err)
	}
	pk, err := crypto.PublicKeyFromBytes(pub[:])
	if err != nil {
		t.Fatal(err)
	}
	x, y := pk.Point()
	return Signature{
		R:      twistededwards.Point{X: big2(s.R.X), Y: big2(s.R.Y)},
		S:      new(big.Int).SetBytes(s.S[:]),
		PubKey: twistededwards.Point{X: big2(x), Y: big2(y)},
	}
}

func TestTransferSignatureMatchesNative(t *testing.T) {
	k, _ := crypto.KeyFromSeed([]byte("signer"))
	amt, _ := rollup.PackAmount(num.FromUint64(123_450_000))
	fee, _ := rollup.PackFee(num.FromUint64(70))
	tr := &rollup.Transfer{From: 77, To: common.HexToAddress("0xfeedfacefeedfacefeedfacefeedfacefeedface"), Token: 3, Amount: amt, Fee: fee, Nonce: 9}
	if err := rollup.SignTransfer(k, testChain, tr); err != nil {
		t.Fatal(err)
	}
	msg := rollup.MessageHash(testChain, tr.SignedBytes())
	w := &transferSigCircuit{
		From: tr.From, To: new(big.Int).SetBytes(tr.To[:]), Token: tr.Token,
		Amount: new(big.Int).SetBytes(tr.Amount[:]), Fee: new(big.Int).SetBytes(tr.Fee[:]), Nonce: tr.Nonce,
		Sig: signatureWitness(t, tr.PubKey, tr.Signature), Msg: big2(msg),
	}
	mustSolve(t, "signed transfer", &transferSigCircuit{}, w)

	for name, mutate := range map[string]func(*transferSigCircuit){
		"amount":   func(c *transferSigCircuit) { c.Amount = new(big.Int).Add(c.Amount.(*big.Int), big.NewInt(32)) },
		"receiver": func(c *transferSigCircuit) { c.To = big.NewInt(1) },
		"nonce":    func(c *transferSigCircuit) { c.Nonce = 10 },
		"S":        func(c *transferSigCircuit) { c.Sig.S = new(big.Int).Add(c.Sig.S.(*big.Int), big.NewInt(1)) },
	} {
		bad := *w
		mutate(&bad)
		bad.Msg = w.Msg // keep the claimed message: the rebuilt one must differ
		mustFail(t, "changed "+name, &transferSigCircuit{}, &bad)
	}
}
