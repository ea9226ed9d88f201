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

func TestKeyCacheMatchesPublicKeyFromBytes(t *testing.T) {
	c := crypto.NewKeyCache(2)
	for i := range 5 {
		k, err := crypto.KeyFromSeed([]byte{byte(i)})
		if err != nil {
			t.Fatal(err)
		}
		b := k.Public().Bytes()
		for range 2 { // miss, then hit
			pk, pkh, err := c.Get(b)
			if err != nil || pk.Bytes() != b || pkh != k.Public().Hash() {
				t.Fatalf("key %d: cache gave %x %s %v", i, pk.Bytes(), pkh, err)
			}
		}
	}
	var bad [crypto.PublicKeySize]byte
	bad[0] = 1
	if _, _, err := c.Get(bad); !errors.Is(err, crypto.ErrBadPublicKey) {
		t.Fatalf("invalid key: got %v", err)
	}
}
