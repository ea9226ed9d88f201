package circuit

import (
	"fmt"
	"math/bits"

	"github.com/consensys/gnark/frontend"
)

// SHA-256 over boolean variables in plain R1CS arithmetic: no lookup tables,
// no range-check argument and therefore no api.Commit, so a Groth16 proof of
// a circuit built on it carries no Pedersen commitment (whose check costs L1
// gas on every verification). Words are 32 bits, rotations and shifts are
// re-indexing (free), XOR / Ch / Maj cost one or two constraints a bit, and
// a modular addition is one bit decomposition of the sum of its addends.
// About 26.4k constraints a compression (7.2k message schedule, 18.9k
// rounds), less where bits are constant (the IV, the padding).

// sha256K are the FIPS 180-4 round constants.
var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// sha256IV is the FIPS 180-4 initial hash value.
var sha256IV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// shaWord is a 32-bit word as bits, least significant first (bit i weighs
// 2^i). Every bit is boolean: a constant 0/1 or a constrained variable.
type shaWord [32]frontend.Variable

// sha256Bits returns the SHA-256 digest of msg, bits most significant first,
// as bits most significant first. msg must be whole bytes and its bits must
// already be constrained boolean (as BitWriter's are); its length is fixed at
// compile time, so the padding is constant. The digest bits are constrained
// boolean.
func sha256Bits(api frontend.API, msg []frontend.Variable) ([256]frontend.Variable, error) {
	var digest [256]frontend.Variable
	if len(msg)%8 != 0 {
		return digest, fmt.Errorf("sha256Bits: %d bits is not whole bytes", len(msg))
	}
	// FIPS 180-4 §5.1.1: a 1 bit, zeros up to 448 mod 512, the 64-bit length.
	padded := make([]frontend.Variable, 0, len(msg)+512+64)
	padded = append(padded, msg...)
	padded = append(padded, 1)
	for len(padded)%512 != 448 {
		padded = append(padded, 0)
	}
	n := uint64(len(msg))
	for i := 63; i >= 0; i-- {
		padded = append(padded, int((n>>uint(i))&1))
	}

	var h [8]shaWord
	for i, v := range sha256IV {
		h[i] = constShaWord(v)
	}
	for off := 0; off < len(padded); off += 512 {
		var block [16]shaWord
		for j := range block {
			for i := range 32 {
				block[j][i] = padded[off+32*j+31-i] // big-endian words
			}
		}
		h = sha256Compress(api, h, block)
	}
	for j := range h {
		for i := range 32 {
			digest[32*j+31-i] = h[j][i]
		}
	}
	return digest, nil
}

// sha256Compress is the FIPS 180-4 §6.2.2 compression of one 512-bit block
// into the chaining value h.
func sha256Compress(api frontend.API, h [8]shaWord, block [16]shaWord) [8]shaWord {
	// Message schedule: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16].
	var w [64]shaWord
	copy(w[:], block[:])
	for t := 16; t < 64; t++ {
		s0 := xor3Word(api, rotr(w[t-15], 7), rotr(w[t-15], 18), shr(w[t-15], 3))
		s1 := xor3Word(api, rotr(w[t-2], 17), rotr(w[t-2], 19), shr(w[t-2], 10))
		w[t] = add32(api, s1, packWord(api, w[t-7]), s0, packWord(api, w[t-16]))
	}

	a, b, c, d, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
	for t := range 64 {
		S1 := xor3Word(api, rotr(e, 6), rotr(e, 11), rotr(e, 25))
		ch := chWord(api, e, f, g)
		S0 := xor3Word(api, rotr(a, 2), rotr(a, 13), rotr(a, 22))
		maj := majWord(api, a, b, c)
		// T1 = h + Σ1(e) + Ch(e,f,g) + K[t] + W[t], T2 = Σ0(a) + Maj(a,b,c),
		// kept as linear combinations: only the two new words are decomposed.
		pw, ph := packWord(api, w[t]), packWord(api, hh)
		newE := add32(api, packWord(api, d), ph, S1, ch, sha256K[t], pw)
		newA := add32(api, ph, S1, ch, sha256K[t], pw, S0, maj)
		hh, g, f, e = g, f, e, newE
		d, c, b, a = c, b, a, newA
	}

	for i, v := range [8]shaWord{a, b, c, d, e, f, g, hh} {
		h[i] = add32(api, packWord(api, h[i]), packWord(api, v))
	}
	return h
}

// add32 returns the sum of addends mod 2^32 as a word. Each addend is a
// value below 2^32 (a linear combination of bits or a constant), so the sum
// is below len(addends)·2^32: one decomposition into 32+k bits, of which the
// low 32 are kept, both checks the sum and reduces it.
func add32(api frontend.API, addends ...frontend.Variable) shaWord {
	k := bits.Len(uint(len(addends) - 1)) // ceil(log2(len(addends)))
	sum := addends[0]
	if len(addends) > 1 {
		sum = api.Add(addends[0], addends[1], addends[2:]...)
	}
	le := api.ToBinary(sum, 32+k)
	var out shaWord
	copy(out[:], le[:32])
	return out
}

// packWord is Σ 2^i·x[i]: a linear combination, no constraint. The bits are
// not re-checked (they are boolean by construction).
func packWord(api frontend.API, x shaWord) frontend.Variable {
	terms := make([]frontend.Variable, 32)
	for i := range x {
		terms[i] = api.Mul(x[i], uint64(1)<<i)
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}

// xor3Word is the packed value of x⊕y⊕z, bitwise: two constraints a bit
// (fewer where a bit is constant, as after a shift). The XOR bits are 0/1
// because the inputs are, so they are summed without being decomposed.
func xor3Word(api frontend.API, x, y, z shaWord) frontend.Variable {
	terms := make([]frontend.Variable, 32)
	for i := range terms {
		terms[i] = api.Mul(xorBit(api, xorBit(api, x[i], y[i]), z[i]), uint64(1)<<i)
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}

// xorBit is a+b-2ab for a, b in {0,1}: one constraint.
func xorBit(api frontend.API, a, b frontend.Variable) frontend.Variable {
	return api.Sub(api.Add(a, b), api.Mul(2, api.Mul(a, b)))
}

// chWord is the packed value of Ch(e,f,g) = (e∧f)⊕(¬e∧g), bitwise
// e·(f-g)+g: one constraint a bit.
func chWord(api frontend.API, e, f, g shaWord) frontend.Variable {
	terms := make([]frontend.Variable, 32)
	for i := range terms {
		terms[i] = api.Mul(api.Add(api.Mul(e[i], api.Sub(f[i], g[i])), g[i]), uint64(1)<<i)
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}

// majWord is the packed value of Maj(a,b,c), bitwise bc + a·(b+c-2bc)
// (bc when b = c, else a): two constraints a bit.
func majWord(api frontend.API, a, b, c shaWord) frontend.Variable {
	terms := make([]frontend.Variable, 32)
	for i := range terms {
		bc := api.Mul(b[i], c[i])
		bXorC := api.Sub(api.Add(b[i], c[i]), api.Mul(2, bc))
		terms[i] = api.Mul(api.Add(bc, api.Mul(a[i], bXorC)), uint64(1)<<i)
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}

// rotr is the right rotation by n: re-indexing only.
func rotr(x shaWord, n int) shaWord {
	var out shaWord
	for i := range out {
		out[i] = x[(i+n)%32]
	}
	return out
}

// shr is the right shift by n: re-indexing and constant zeros.
func shr(x shaWord, n int) shaWord {
	var out shaWord
	for i := range out {
		if i+n < 32 {
			out[i] = x[i+n]
		} else {
			out[i] = 0
		}
	}
	return out
}

// constShaWord is v as constant bits.
func constShaWord(v uint32) shaWord {
	var out shaWord
	for i := range out {
		out[i] = int((v >> uint(i)) & 1)
	}
	return out
}

// SHA256Bits is sha256Bits for other circuits (the blob circuit's public
// input): the digest of msg's bits, most significant first, with no lookup
// table and so no gnark commitment.
func SHA256Bits(api frontend.API, msg []frontend.Variable) ([256]frontend.Variable, error) {
	return sha256Bits(api, msg)
}

// FromBitsBE is the integer of bits given most significant first.
func FromBitsBE(api frontend.API, bits []frontend.Variable) frontend.Variable {
	return fromBitsBE(api, bits)
}
