package crypto_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math/big"
	"regexp"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/zkrollup/zkrollup/crypto"
)

// Golden values, computed once with gnark-crypto v0.21.0 and pinned: a change
// here means the protocol's hash or key derivation changed (for instance a
// dependency upgrade with new Poseidon2 round constants), which would make
// every stored account and pubkey hash unreadable.
const (
	goldenSeed        = "zkrollup golden key"
	goldenPubKeyHash  = "0x70cc65fa97df4057f691c01eba0fac4a24944224"
	goldenPubKeyBytes = "ce3dd6f5c9d40fdb54f9d1c0375f10add8d01ea513a0eb77a6dd981719c6bc85"
	goldenCompress12  = "02e7529d93e1a7ae526147c2ee72588aee90e6a7c3e361de6daa6be045c6f530" // Compress(1, 2), big-endian
)

func mustKey(t testing.TB, seed string) *crypto.PrivateKey {
	t.Helper()
	k, err := crypto.KeyFromSeed([]byte(seed))
	if err != nil {
		t.Fatalf("KeyFromSeed(%q): %v", seed, err)
	}
	return k
}

func elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func TestKeyFromSeed(t *testing.T) {
	tests := []struct {
		name     string
		a, b     []byte
		wantSame bool
	}{
		{"same seed gives the same key", []byte("alice"), []byte("alice"), true},
		{"different seeds give different keys", []byte("alice"), []byte("bob"), false},
		{"one byte of difference gives a different key", []byte("alice0"), []byte("alice1"), false},
		{"a one-byte seed is accepted", []byte{0}, []byte{0}, true},
		{"a long seed is accepted", bytes.Repeat([]byte{7}, 1000), bytes.Repeat([]byte{7}, 1000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, err := crypto.KeyFromSeed(tt.a)
			if err != nil {
				t.Fatalf("KeyFromSeed(a): %v", err)
			}
			kb, err := crypto.KeyFromSeed(tt.b)
			if err != nil {
				t.Fatalf("KeyFromSeed(b): %v", err)
			}
			same := ka.Public().Bytes() == kb.Public().Bytes()
			if same != tt.wantSame {
				t.Errorf("same public key = %v, want %v", same, tt.wantSame)
			}
		})
	}

	for _, seed := range [][]byte{nil, {}} {
		k, err := crypto.KeyFromSeed(seed)
		if err == nil || k != nil {
			t.Errorf("KeyFromSeed(%#v) = %v, %v; want nil, error", seed, k, err)
		}
	}
}

func TestSignVerify(t *testing.T) {
	key := mustKey(t, "signer")
	other := mustKey(t, "someone else")
	pk := key.Public()
	msg := elem(1234567)
	sig, err := key.Sign(msg)
	if err != nil {
		t.Fatalf("Sign: %v", err)
	}

	flip := func(i int, mask byte) crypto.Signature {
		s := sig
		s[i] ^= mask
		return s
	}
	// S+L, L the subgroup order: the same signature equation, a different
	// encoding. It must be rejected, or signatures are malleable.
	sPlusL := func() crypto.Signature {
		var s big.Int
		s.SetBytes(sig[32:])
		order := twistededwards.GetEdwardsCurve().Order
		s.Add(&s, &order)
		out := sig
		s.FillBytes(out[32:])
		return out
	}()

	tests := []struct {
		name string
		pk   crypto.PublicKey
		msg  fr.Element
		sig  crypto.Signature
		want bool
	}{
		{"valid signature", pk, msg, sig, true},
		{"wrong message", pk, elem(1234568), sig, false},
		{"zero message", pk, elem(0), sig, false},
		{"wrong key", other.Public(), msg, sig, false},
		{"zero-value key", crypto.PublicKey{}, msg, sig, false},
		{"all-zero signature", pk, msg, crypto.Signature{}, false},
		{"all-0xff signature", pk, msg, crypto.Signature(bytes.Repeat([]byte{0xff}, crypto.SignatureSize)), false},
		{"R sign bit flipped", pk, msg, flip(31, 0x80), false},
		{"S low bit flipped", pk, msg, flip(63, 0x01), false},
		{"S replaced by S+L", pk, msg, sPlusL, false},
		{"R replaced by S", pk, msg, func() crypto.Signature {
			s := sig
			copy(s[:32], sig[32:])
			return s
		}(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.pk.Verify(tt.msg, tt.sig); got != tt.want {
				t.Errorf("Verify = %v, want %v", got, tt.want)
			}
		})
	}

	t.Run("every single-bit flip is rejected", func(t *testing.T) {
		for i := range crypto.SignatureSize {
			for bit := range 8 {
				if pk.Verify(msg, flip(i, 1<<bit)) {
					t.Errorf("Verify accepts the signature with byte %d bit %d flipped", i, bit)
				}
			}
		}
	})

	t.Run("signing is deterministic", func(t *testing.T) {
		again, err := key.Sign(msg)
		if err != nil {
			t.Fatal(err)
		}
		if again != sig {
			t.Errorf("second signature differs: got %x, want %x", again, sig)
		}
	})
}

// encodeY returns the 32-byte compressed encoding of a point with the given
// (possibly non-canonical) y and sign bit: y little-endian, sign in the top bit.
func encodeY(y *big.Int, negative bool) []byte {
	var be [32]byte
	y.FillBytes(be[:])
	out := make([]byte, 32)
	for i := range be {
		out[i] = be[31-i]
	}
	if negative {
		out[31] |= 0x80
	}
	return out
}

// offCurveEncoding returns the encoding of a y for which no x satisfies the
// curve equation.
func offCurveEncoding(t *testing.T) []byte {
	t.Helper()
	c := twistededwards.GetEdwardsCurve()
	for v := uint64(2); v < 1000; v++ {
		y := elem(v)
		var y2, num, den, x2 fr.Element
		y2.Square(&y)
		num.SetOne()
		num.Sub(&num, &y2)
		den.Mul(&y2, &c.D)
		den.Sub(&c.A, &den)
		x2.Div(&num, &den)
		if x2.Legendre() == -1 {
			return encodeY(new(big.Int).SetUint64(v), false)
		}
	}
	t.Fatal("no off-curve y below 1000")
	return nil
}

func TestPublicKeyFromBytes(t *testing.T) {
	pk := mustKey(t, "decoder").Public()
	good := pk.Bytes()

	identity := twistededwards.NewPointAffine(elem(0), elem(1))
	identityEnc := identity.Bytes()
	var minusOne fr.Element
	minusOne.SetInt64(-1)
	order2 := twistededwards.NewPointAffine(elem(0), minusOne) // (0, -1) has order 2
	order2Enc := order2.Bytes()

	tests := []struct {
		name string
		in   []byte
	}{
		{"nil", nil},
		{"empty", []byte{}},
		{"31 bytes", good[:31]},
		{"33 bytes", append(good[:], 0)},
		{"64 bytes", append(good[:], good[:]...)},
		{"identity", identityEnc[:]},
		{"identity with sign bit", encodeY(big.NewInt(1), true)},
		{"order-2 point (0, -1)", order2Enc[:]},
		{"all zero: y=0, a point of order 4", make([]byte, 32)},
		{"all 0xff", bytes.Repeat([]byte{0xff}, 32)},
		{"y not on the curve", offCurveEncoding(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := crypto.PublicKeyFromBytes(tt.in)
			if !errors.Is(err, crypto.ErrBadPublicKey) {
				t.Errorf("PublicKeyFromBytes(%x) error = %v, want ErrBadPublicKey", tt.in, err)
			}
		})
	}

	t.Run("round trip", func(t *testing.T) {
		for _, seed := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
			pk := mustKey(t, seed).Public()
			enc := pk.Bytes()
			got, err := crypto.PublicKeyFromBytes(enc[:])
			if err != nil {
				t.Fatalf("seed %q: PublicKeyFromBytes(Bytes()) = %v", seed, err)
			}
			if got.Bytes() != enc {
				t.Errorf("seed %q: round trip got %x, want %x", seed, got.Bytes(), enc)
			}
			gx, gy := got.Point()
			wx, wy := pk.Point()
			if !gx.Equal(&wx) || !gy.Equal(&wy) {
				t.Errorf("seed %q: round trip changed the point", seed)
			}
		}
	})
}

// TestPublicKeyFromBytesRejectsNonCanonicalY documents a known decoder bug
// (see the note in the test): the decoder reduces y mod r, so y+r decodes to
// the same key and one key has several encodings.
func TestPublicKeyFromBytesRejectsNonCanonicalY(t *testing.T) {
	pk := mustKey(t, "decoder").Public()
	_, y := pk.Point()
	enc := pk.Bytes()
	negative := enc[31]&0x80 != 0

	alias := new(big.Int).Add(bi(y), fr.Modulus())
	if alias.BitLen() > 255 {
		t.Skip("y+r does not fit in 255 bits for this key")
	}
	nonCanonical := encodeY(alias, negative)
	got, err := crypto.PublicKeyFromBytes(nonCanonical)
	if err == nil {
		t.Fatalf("non-canonical encoding %x accepted as key %x", nonCanonical, got.Bytes())
	}
	if !errors.Is(err, crypto.ErrBadPublicKey) {
		t.Errorf("error = %v, want ErrBadPublicKey", err)
	}
}

// isCanonicalEncoding reports whether b's y (sign bit cleared) is < r.
func isCanonicalEncoding(b []byte) bool {
	if len(b) != 32 {
		return false
	}
	le := bytes.Clone(b)
	le[31] &= 0x7f
	be := make([]byte, 32)
	for i := range le {
		be[i] = le[31-i]
	}
	return new(big.Int).SetBytes(be).Cmp(fr.Modulus()) < 0
}

func FuzzPublicKeyFromBytes(f *testing.F) {
	good := mustKey(f, "fuzz").Public().Bytes()
	f.Add(good[:])
	f.Add([]byte{})
	f.Add(make([]byte, 32))
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Add(append([]byte{1}, make([]byte, 31)...)) // identity
	f.Add(good[:31])
	f.Add(append(good[:], 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := crypto.PublicKeyFromBytes(b)
		if err != nil {
			if !errors.Is(err, crypto.ErrBadPublicKey) {
				t.Fatalf("error %v does not wrap ErrBadPublicKey", err)
			}
			return
		}
		enc := pk.Bytes()
		again, err := crypto.PublicKeyFromBytes(enc[:])
		if err != nil {
			t.Fatalf("accepted %x, but its re-encoding %x is rejected: %v", b, enc, err)
		}
		if again.Bytes() != enc {
			t.Fatalf("re-encoding is not stable: %x then %x", enc, again.Bytes())
		}
		ax, ay := again.Point()
		px, py := pk.Point()
		if !ax.Equal(&px) || !ay.Equal(&py) {
			t.Fatalf("round trip of %x changed the point", b)
		}
		// Canonical inputs must come back byte for byte. (Non-canonical ones
		// are accepted today: see TestPublicKeyFromBytesRejectsNonCanonicalY.)
		if isCanonicalEncoding(b) && !bytes.Equal(enc[:], b) {
			t.Fatalf("accepted %x but re-encodes it as %x", b, enc)
		}
	})
}

func TestPubKeyHash(t *testing.T) {
	key := mustKey(t, goldenSeed)
	pk := key.Public()
	h := pk.Hash()

	if len(h) != 20 {
		t.Fatalf("len = %d, want 20", len(h))
	}
	if got := h.String(); got != goldenPubKeyHash {
		t.Errorf("golden pubkey hash = %s, want %s", got, goldenPubKeyHash)
	}
	enc := pk.Bytes()
	if got := hex.EncodeToString(enc[:]); got != goldenPubKeyBytes {
		t.Errorf("golden public key = %s, want %s", got, goldenPubKeyBytes)
	}
	if again := mustKey(t, goldenSeed).Public().Hash(); again != h {
		t.Errorf("hash not stable: %s then %s", h, again)
	}
	if !regexp.MustCompile(`^0x[0-9a-f]{40}$`).MatchString(h.String()) {
		t.Errorf("String() = %q, want 0x and 40 hex digits", h.String())
	}
	if h.IsZero() {
		t.Error("IsZero() = true for a real key")
	}
	if !(crypto.PubKeyHash{}).IsZero() {
		t.Error("IsZero() = false for the zero value")
	}

	// Element is the low 160 bits of HashTagged(DomainPubKey, X, Y).
	x, y := pk.Point()
	full := bi(crypto.HashTagged(crypto.DomainPubKey, x, y))
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 160), big.NewInt(1))
	wantLow := new(big.Int).And(full, mask)
	for _, seed := range []string{goldenSeed, "x", "y", "z"} {
		pk := mustKey(t, seed).Public()
		e := bi(pk.Hash().Element())
		if e.BitLen() > 160 {
			t.Errorf("seed %q: Element() has %d bits, want <= 160", seed, e.BitLen())
		}
	}
	if got := bi(h.Element()); got.Cmp(wantLow) != 0 {
		t.Errorf("Element() = %s, want low 160 bits of the tagged hash %s", got, wantLow)
	}
	if other := mustKey(t, "other").Public().Hash(); other == h {
		t.Error("two keys have the same pubkey hash")
	}
}

func TestCompress(t *testing.T) {
	a, b := elem(1), elem(2)
	ab := crypto.Compress(&a, &b)
	ba := crypto.Compress(&b, &a)
	if ab.Equal(&ba) {
		t.Errorf("Compress(1, 2) == Compress(2, 1) = %s; want it not symmetric", ab.String())
	}
	if got := hex.EncodeToString(ab.Marshal()); got != goldenCompress12 {
		t.Errorf("golden Compress(1, 2) = %s, want %s", got, goldenCompress12)
	}

	// Compress is gnark-crypto's byte-level Permutation.Compress.
	perm := poseidon2.NewDefaultPermutation()
	for _, p := range [][2]fr.Element{{elem(0), elem(0)}, {a, b}, {b, a}, {ab, ba}} {
		want, err := perm.Compress(p[0].Marshal(), p[1].Marshal())
		if err != nil {
			t.Fatal(err)
		}
		got := crypto.Compress(&p[0], &p[1])
		if !bytes.Equal(got.Marshal(), want) {
			t.Errorf("Compress(%s, %s) = %x, gnark-crypto says %x", p[0].String(), p[1].String(), got.Marshal(), want)
		}
	}
	// The inputs are not modified.
	if a != elem(1) || b != elem(2) {
		t.Error("Compress modified its inputs")
	}
}

func TestHashTagged(t *testing.T) {
	x, y := elem(10), elem(20)
	domains := []crypto.Domain{crypto.DomainAccountLeaf, crypto.DomainPubKey, crypto.DomainTx, crypto.DomainExitLeaf, crypto.DomainOrderLeaf}
	seen := make(map[fr.Element]crypto.Domain)
	for _, d := range domains {
		h := crypto.HashTagged(d, x, y)
		if prev, ok := seen[h]; ok {
			t.Errorf("HashTagged(%d, x, y) == HashTagged(%d, x, y)", d, prev)
		}
		seen[h] = d

		tag := d.Tag()
		step := crypto.Compress(&tag, &x)
		if want := crypto.Compress(&step, &y); !h.Equal(&want) {
			t.Errorf("HashTagged(%d, x, y) = %s, want Compress(Compress(tag, x), y) = %s", d, h.String(), want.String())
		}
	}

	tests := []struct {
		name string
		a, b fr.Element
		same bool
	}{
		{"same inputs, same hash", crypto.HashTagged(crypto.DomainTx, x, y), crypto.HashTagged(crypto.DomainTx, x, y), true},
		{"order matters", crypto.HashTagged(crypto.DomainTx, x, y), crypto.HashTagged(crypto.DomainTx, y, x), false},
		{"length matters", crypto.HashTagged(crypto.DomainTx, x), crypto.HashTagged(crypto.DomainTx, x, elem(0)), false},
		{"tag is not an input", crypto.HashTagged(crypto.DomainTx, x), crypto.HashChain(elem(0), crypto.DomainTx.Tag(), x), false},
		{"no inputs gives the tag", crypto.HashTagged(crypto.DomainPubKey), crypto.DomainPubKey.Tag(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if same := tt.a.Equal(&tt.b); same != tt.same {
				t.Errorf("equal = %v, want %v (%s vs %s)", same, tt.same, tt.a.String(), tt.b.String())
			}
		})
	}
}

func TestHashChain(t *testing.T) {
	iv := elem(99)
	if got := crypto.HashChain(iv); !got.Equal(&iv) {
		t.Errorf("HashChain(iv) = %s, want iv = %s", got.String(), iv.String())
	}
	xs := []fr.Element{elem(1), elem(2), elem(3)}
	want := iv
	for i := range xs {
		want = crypto.Compress(&want, &xs[i])
	}
	if got := crypto.HashChain(iv, xs...); !got.Equal(&want) {
		t.Errorf("HashChain(iv, 1, 2, 3) = %s, want %s", got.String(), want.String())
	}
	if xs[0] != elem(1) || xs[2] != elem(3) {
		t.Error("HashChain modified its inputs")
	}
}

// TestDomainTagValues pins the tags: they are part of the protocol (every
// leaf and signed message hash starts from one), so a new tag is appended
// and none is ever renumbered.
func TestDomainTagValues(t *testing.T) {
	for want, d := range []crypto.Domain{1: crypto.DomainAccountLeaf, 2: crypto.DomainPubKey, 3: crypto.DomainTx, 4: crypto.DomainExitLeaf, 5: crypto.DomainOrderLeaf} {
		if want > 0 && uint64(d) != uint64(want) {
			t.Errorf("domain tag %d has value %d", want, d)
		}
	}
}
