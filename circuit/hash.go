package circuit

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkrollup/zkrollup/crypto"
)

// Hasher is crypto's Poseidon2 hashing in the circuit.
type Hasher struct {
	api  frontend.API
	perm *poseidon2.Permutation
	err  error // the first misuse found while defining (Err)
}

// Err is the first misuse of the hasher's gadgets while defining a
// circuit (an opening allocated without its depths); Define returns it.
func (h *Hasher) Err() error { return h.err }

func (h *Hasher) fail(err error) {
	if h.err == nil {
		h.err = err
	}
}

// NewHasher returns a hasher with gnark-crypto's default BN254 Poseidon2
// parameters, the ones crypto.Compress uses.
func NewHasher(api frontend.API) (*Hasher, error) {
	p, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return nil, err
	}
	return &Hasher{api: api, perm: p}, nil
}

// Compress is crypto.Compress.
func (h *Hasher) Compress(l, r frontend.Variable) frontend.Variable {
	return h.perm.Compress(l, r)
}

// HashChain is crypto.HashChain.
func (h *Hasher) HashChain(iv frontend.Variable, xs ...frontend.Variable) frontend.Variable {
	acc := iv
	for _, x := range xs {
		acc = h.Compress(acc, x)
	}
	return acc
}

// HashTagged is crypto.HashTagged.
func (h *Hasher) HashTagged(d crypto.Domain, xs ...frontend.Variable) frontend.Variable {
	return h.HashChain(uint64(d), xs...)
}
