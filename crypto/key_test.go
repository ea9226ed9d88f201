package crypto_test

import (
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkrollup/zkrollup/crypto"
)

func TestZeroValueKeyErrorsInsteadOfPanicking(t *testing.T) {
	var k crypto.PrivateKey
	if _, err := k.Sign(fr.Element{}); !errors.Is(err, crypto.ErrNoKey) {
		t.Fatalf("Sign with zero key: got %v, want ErrNoKey", err)
	}
	var nilKey *crypto.PrivateKey
	if _, err := nilKey.Sign(fr.Element{}); !errors.Is(err, crypto.ErrNoKey) {
		t.Fatalf("Sign with nil key: got %v, want ErrNoKey", err)
	}
	if pk := k.Public(); pk.Verify(fr.Element{}, crypto.Signature{}) {
		t.Fatal("zero public key verified a zero signature")
	}
}
