package l1_test

// Review 19 (r_0 = 1 in the batch verifier): attack tests, on L1 with real
// Groth16 proofs, of the batch verifier that now takes its first proof's
// points as they are (r_0 = 1; r_i = keccak(seed, i) mod R for i > 0,
// seed = keccak(abi.encode(proofs, inputs))), through the calls that reach
// it: commitBlobBlocks (the blob verifier), commitProveExecuteBlobs (the
// blob verifier, then the block verifier) and proveBlocks of mixed shapes
// (one verifyBatch per shape, each with its own r_0 = 1). Forgeries built
// to cancel when r_1 = 1, and under the honest call's own r_1 (a Go model
// of the check on the real verifying key shows they hold under the honest
// seed, so only the seed's binding refuses them), proof 0 at infinity or
// zero, proofs swapped between blobs or between a block and a blob, and
// wrong counts are refused with the error named; the honest calls then go
// through. Each test asserts the SECURE behaviour.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/big"
	"testing"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/internal/batchmodel"
	"github.com/zkrollup/zkrollup/l1"
)

// r19Seed is verifyBatch's seed: keccak256(abi.encode(proofs, inputs)).
func r19Seed(t *testing.T, proofs [][]byte, inputs []*big.Int) [32]byte {
	t.Helper()
	seed, err := batchmodel.Seed(proofs, inputs)
	if err != nil {
		t.Fatal(err)
	}
	return seed
}

// r19R is the verifier's r_i under seed (r_0 = 1).
func r19R(seed [32]byte, i int) *big.Int {
	rs, _ := batchmodel.Weights(seed, i+1, true)
	return rs[i]
}

// r19Holds evaluates the batch verifier's check of (ps, xs) for vk in Go,
// with the weights drawn from seed (batchmodel).
func r19Holds(t *testing.T, key groth16.VerifyingKey, ps [][]byte, xs []*big.Int, seed [32]byte) bool {
	t.Helper()
	rs, tt := batchmodel.Weights(seed, len(ps), true)
	ok, err := batchmodel.Holds(key.(*groth16bn254.VerifyingKey), ps, xs, rs, tt)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// r19Chosen checks that forged proofs pass vk's check under the honest
// batch's seed and not under their own: a forgery that only the seed's
// binding refuses.
func r19Chosen(t *testing.T, vk groth16.VerifyingKey, honest, forged [][]byte, xs []*big.Int) {
	t.Helper()
	if !r19Holds(t, vk, honest, xs, r19Seed(t, honest, xs)) {
		t.Fatal("the model refuses the honest batch under its seed: the model is not the contract's")
	}
	if !r19Holds(t, vk, forged, xs, r19Seed(t, honest, xs)) {
		t.Fatal("the forgery fails under the honest seed: not a test of the seed")
	}
	if r19Holds(t, vk, forged, xs, r19Seed(t, forged, xs)) {
		t.Fatal("the forgery holds under its own seed in the model")
	}
}

// Proof layout (SolidityProof): A 0 | B 64 | C 192 [| D 256 | PoK 320].
const (
	r19A = 0
	r19C = 192
)

// r19Shift is a copy of proof p with s·G1 added to the G1 point at off.
func r19Shift(p []byte, off int, s *big.Int) []byte {
	out := bytes.Clone(p)
	var q, d bn254.G1Affine
	q.X.SetBytes(out[off : off+32])
	q.Y.SetBytes(out[off+32 : off+64])
	d.ScalarMultiplicationBase(new(big.Int).Mod(s, fr.Modulus()))
	q.Add(&q, &d)
	x, y := q.X.Bytes(), q.Y.Bytes()
	copy(out[off:], x[:])
	copy(out[off+32:], y[:])
	return out
}

// r19Zero is a copy of p with the 64 bytes at off cleared (the point at
// infinity), all of it when off < 0.
func r19Zero(p []byte, off int) []byte {
	out := bytes.Clone(p)
	if off < 0 {
		clear(out)
	} else {
		clear(out[off : off+64])
	}
	return out
}

func r19Big(b [32]byte) *big.Int { return new(big.Int).SetBytes(b[:]) }

// r19Name is the error a revert carries: the contract's or a verifier's
// name (l1.DecodeRevert), "BadBatch(i)", or "" with no data.
func r19Name(err error) string {
	re := l1.DecodeRevert(err)
	if re == nil {
		return ""
	}
	if len(re.Data) == 36 && bytes.Equal(re.Data[:4], ethcrypto.Keccak256([]byte("BadBatch(uint256)"))[:4]) {
		return fmt.Sprintf("BadBatch(%d)", new(big.Int).SetBytes(re.Data[4:]))
	}
	return re.Name
}

func r19Want(t *testing.T, what string, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("ATTACK %s: accepted, want the revert %s", what, want)
	}
	if got := r19Name(err); got != want {
		t.Fatalf("%s: reverted with %q (%v), want %s", what, got, err, want)
	}
}

// r19SameLength is the error a proof of another circuit in a verifier's
// batch gets: ProofInvalid if the two circuits' proofs have one length,
// else BadBatch(index).
func r19SameLength(a, b []byte, index int) string {
	if len(a) != len(b) {
		return fmt.Sprintf("BadBatch(%d)", index)
	}
	return "ProofInvalid"
}

// r19BlobInputs are the blob proofs' public inputs as Rollup._checkBlobs
// computes them: sha256(dataHash | z | y | r | eval), top three bits
// cleared.
func r19BlobInputs(bc *l1.BlobCommit) []*big.Int {
	r := bc.Point.Bytes()
	var out []*big.Int
	for i, d := range bc.Blobs {
		h := sha256.New()
		for _, b := range [][32]byte{d.DataHash, bc.Z[i], d.Y, r, d.Eval} {
			h.Write(b[:])
		}
		s := h.Sum(nil)
		s[0] &= 0x1f
		out = append(out, new(big.Int).SetBytes(s))
	}
	return out
}

// TestReview19BlobCommitFirstProof: commitBlobBlocks of one block in two
// blobs. Refused, nothing committed: the blob proofs swapped, one proof
// for both, too few, too many, none, the block's proof in a blob's place,
// the two proofs' C shifted to cancel when r_1 = 1 and under the honest
// batch's own r_1, proof 0 with A or C at infinity or all zeros (either
// proof), proof 0 a byte short. The honest commit then goes through and
// its block is proven and executed.
func TestReview19BlobCommitFirstProof(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A\ntransfer A new:B 1000000000000000 ETH fee 10000000000000")
	bc, err := l1.BuildBlobCommitIn(e.blocks[0:1], e.p.BlobCapacity, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(bc.Blobs) != 2 {
		t.Fatalf("%d blobs, want 2", len(bc.Blobs))
	}
	bps := e.blobProofs(bc)
	xs := r19BlobInputs(bc)
	send := func(ps [][]byte) error { _, err := e.sendBlobCommit(bc, ps); return err }

	X := big.NewInt(0x19b10b)
	r1 := r19R(r19Seed(t, bps, xs), 1)
	chosen := [][]byte{r19Shift(bps[0], r19C, new(big.Int).Mul(r1, X)), r19Shift(bps[1], r19C, new(big.Int).Neg(X))}
	r19Chosen(t, e.k.blob.VK, bps, chosen, xs)

	e.points[1] = bc.Point
	blockProof := e.proof(1)
	for _, c := range []struct {
		name string
		ps   [][]byte
		want string
	}{
		{"the blob proofs swapped", [][]byte{bps[1], bps[0]}, "ProofInvalid"},
		{"blob 0's proof for both", [][]byte{bps[0], bps[0]}, "ProofInvalid"},
		{"blob 1's proof for both", [][]byte{bps[1], bps[1]}, "ProofInvalid"},
		{"one proof for two blobs", bps[:1], "LengthMismatch"},
		{"three proofs for two blobs", [][]byte{bps[0], bps[1], bps[1]}, "LengthMismatch"},
		{"no proofs", [][]byte{}, "LengthMismatch"},
		{"the block's proof for blob 0", [][]byte{blockProof, bps[1]}, r19SameLength(blockProof, bps[0], 0)},
		{"C0 += X, C1 -= X (cancels when r_1 = r_0 = 1)", [][]byte{r19Shift(bps[0], r19C, X), r19Shift(bps[1], r19C, new(big.Int).Neg(X))}, "ProofInvalid"},
		{"C0 += r_1·X, C1 -= X with the honest batch's r_1", chosen, "ProofInvalid"},
		{"A0 at infinity", [][]byte{r19Zero(bps[0], r19A), bps[1]}, "ProofInvalid"},
		{"C0 at infinity", [][]byte{r19Zero(bps[0], r19C), bps[1]}, "ProofInvalid"},
		{"proof 0 all zeros", [][]byte{r19Zero(bps[0], -1), bps[1]}, "ProofInvalid"},
		{"proof 1 all zeros", [][]byte{bps[0], r19Zero(bps[1], -1)}, "ProofInvalid"},
		{"proof 0 a byte short", [][]byte{bps[0][:len(bps[0])-1], bps[1]}, "BadBatch(0)"},
	} {
		r19Want(t, c.name, send(c.ps), c.want)
	}
	if got := e.counters(); got != [3]uint64{} {
		t.Fatalf("after refused commits the contract counts %v", got)
	}
	if err := send(bps); err != nil {
		t.Fatalf("the honest commit of two blobs is refused: %v", err)
	}
	e.recordBlobCommit(bc, 1)
	e.proveBlocks(1)
	e.execute(1)
}

// TestReview19OneTxBlobsFirstProof: commitProveExecuteBlobs of two blocks
// (one shape) in one blob. Refused, nothing changed: the block proofs' C
// shifted to cancel when r_1 = 1 and under the honest batch's own r_1;
// block proof 0 with A or C at infinity or all zeros; the block proofs
// swapped or one for both; a false blob proof beside true block proofs,
// alone or shifted against block proof 0; a block proof and the blob
// proof exchanged; the blob proof twice or missing. The honest call then
// goes through and pays the withdrawal.
func TestReview19OneTxBlobsFirstProof(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A\nchangepubkey B")
	e.block("transfer A B 1000000000000000 ETH fee 10000000000000\nwithdraw B 300000000000000000 ETH fee 10000000000000")
	bc := e.blobCommit(2)
	e.points[1], e.points[2] = bc.Point, bc.Point
	p1, p2 := e.proof(1), e.proof(2)
	bps := e.blobProofs(bc)
	if len(bps) != 1 {
		t.Fatalf("%d blobs, want 1", len(bps))
	}
	ops := [][][]byte{l1.PendingOps(e.blocks[0]), l1.PendingOps(e.blocks[1])}
	last := e.stored[0]
	send := func(blobProofs, proofs [][]byte) error {
		_, err := e.c.SendBlob(e.op, e.addr, abiR.PackCommitProveExecuteBlobs(last, bc.Blocks, bc.Blobs, blobProofs, proofs, ops), bc.Sidecar)
		return err
	}
	s1, s2 := l1.StoredBlob(e.blocks[0], bc.Point), l1.StoredBlob(e.blocks[1], bc.Point)
	if s1.Slots != s2.Slots {
		t.Fatalf("blocks of %d and %d slots, want one shape", s1.Slots, s2.Slots)
	}
	inputs := []*big.Int{r19Big(s1.Commitment), r19Big(s2.Commitment)}
	set, err := e.k.block.For(int(s1.Slots))
	if err != nil {
		t.Fatal(err)
	}
	X := big.NewInt(0x1e7)
	chosen := [][]byte{r19Shift(p1, r19C, new(big.Int).Mul(r19R(r19Seed(t, [][]byte{p1, p2}, inputs), 1), X)), r19Shift(p2, r19C, new(big.Int).Neg(X))}
	r19Chosen(t, set.VK, [][]byte{p1, p2}, chosen, inputs)

	for _, c := range []struct {
		name               string
		blobProofs, proofs [][]byte
		want               string
	}{
		{"block C0 += X, C1 -= X (cancels when r_1 = r_0 = 1)", bps, [][]byte{r19Shift(p1, r19C, X), r19Shift(p2, r19C, new(big.Int).Neg(X))}, "ProofInvalid"},
		{"block C0 += r_1·X, C1 -= X with the honest batch's r_1", bps, chosen, "ProofInvalid"},
		{"block proof 0's A at infinity", bps, [][]byte{r19Zero(p1, r19A), p2}, "ProofInvalid"},
		{"block proof 0's C at infinity", bps, [][]byte{r19Zero(p1, r19C), p2}, "ProofInvalid"},
		{"block proof 0 all zeros", bps, [][]byte{r19Zero(p1, -1), p2}, "ProofInvalid"},
		{"block proofs swapped", bps, [][]byte{p2, p1}, "ProofInvalid"},
		{"block 1's proof for both", bps, [][]byte{p1, p1}, "ProofInvalid"},
		{"the blob proof's C shifted", [][]byte{r19Shift(bps[0], r19C, X)}, [][]byte{p1, p2}, "ProofInvalid"},
		{"the blob proof all zeros", [][]byte{r19Zero(bps[0], -1)}, [][]byte{p1, p2}, "ProofInvalid"},
		{"block proof 0's C += X, the blob proof's C -= X", [][]byte{r19Shift(bps[0], r19C, new(big.Int).Neg(X))}, [][]byte{r19Shift(p1, r19C, X), p2}, "ProofInvalid"},
		{"block 1's proof as the blob proof", [][]byte{p1}, [][]byte{p1, p2}, r19SameLength(p1, bps[0], 0)},
		{"the blob proof as block 1's", bps, [][]byte{bps[0], p2}, r19SameLength(bps[0], p1, 0)},
		{"the blob proof twice", [][]byte{bps[0], bps[0]}, [][]byte{p1, p2}, "LengthMismatch"},
		{"no blob proof", [][]byte{}, [][]byte{p1, p2}, "LengthMismatch"},
	} {
		r19Want(t, c.name, send(c.blobProofs, c.proofs), c.want)
	}
	if got := e.counters(); got != [3]uint64{} {
		t.Fatalf("after refused calls the contract counts %v", got)
	}
	e.oneTxBlobs(2, nil)
	if got := e.counters(); got != [3]uint64{2, 2, 2} {
		t.Fatalf("after the honest call the contract counts %v", got)
	}
	if got, want := e.pending(e.l2.Address("B"), 0), wei("300000000000000000"); got.Cmp(want) != 0 {
		t.Fatalf("B's pending balance %s, want the withdrawal %s", got, want)
	}
}

// TestReview19MixedShapesFirstProof: proveBlocks of real 2-, 4- and
// 2-slot blocks (the 2-slot verifier checks blocks 1 and 3, block 1's
// proof taken as it is; the 4-slot verifier block 2, its only proof taken
// as it is). Refused with ProofInvalid, nothing proven: block 1's proof
// for block 3 and the reverse; block 2's proof shifted or at infinity;
// blocks 1 and 3's C shifted to cancel when r_1 = 1 and under the honest
// batch's own r_1; block 1's proof with A at infinity or all zeros;
// blocks 1 and 2 shifted against each other across the two verifiers.
// The honest range is then proven and executed.
func TestReview19MixedShapesFirstProof(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A") // the deposit and the key: 2 slots
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey B\ntransfer A B 1000 ETH") // 3 ops: 4 slots
	e.block("transfer A B 1000 ETH")                 // 2 slots
	e.commit(3)
	bs := []l1.StoredBlock{e.stored[1], e.stored[2], e.stored[3]}
	if got := []uint16{bs[0].Slots, bs[1].Slots, bs[2].Slots}; got[0] != 2 || got[1] != 4 || got[2] != 2 {
		t.Fatalf("shapes %v, want [2 4 2]", got)
	}
	p1, p2, p3 := e.proof(1), e.proof(2), e.proof(3)
	xs := []*big.Int{r19Big(bs[0].Commitment), r19Big(bs[2].Commitment)}
	set, err := e.k.block.For(2)
	if err != nil {
		t.Fatal(err)
	}
	X := big.NewInt(0x2424)
	c1 := r19Shift(p1, r19C, new(big.Int).Mul(r19R(r19Seed(t, [][]byte{p1, p3}, xs), 1), X))
	c3 := r19Shift(p3, r19C, new(big.Int).Neg(X))
	r19Chosen(t, set.VK, [][]byte{p1, p3}, [][]byte{c1, c3}, xs)
	for _, c := range []struct {
		name   string
		proofs [][]byte
	}{
		{"block 1's proof for block 3", [][]byte{p1, p2, p1}},
		{"block 3's proof for block 1", [][]byte{p3, p2, p3}},
		{"block 2's proof shifted", [][]byte{p1, r19Shift(p2, r19C, X), p3}},
		{"block 2's A at infinity", [][]byte{p1, r19Zero(p2, r19A), p3}},
		{"C1 += X, C3 -= X (cancels when r_1 = r_0 = 1)", [][]byte{r19Shift(p1, r19C, X), p2, r19Shift(p3, r19C, new(big.Int).Neg(X))}},
		{"C1 += r_1·X, C3 -= X with the honest batch's r_1", [][]byte{c1, p2, c3}},
		{"block 1's A at infinity", [][]byte{r19Zero(p1, r19A), p2, p3}},
		{"block 1's proof all zeros", [][]byte{r19Zero(p1, -1), p2, p3}},
		{"block 1's C += X, block 2's C -= X (two verifiers)", [][]byte{r19Shift(p1, r19C, X), r19Shift(p2, r19C, new(big.Int).Neg(X)), p3}},
	} {
		_, err := e.c.Send(e.keeper, &e.addr, nil, abiR.PackProveBlocks(bs, c.proofs))
		r19Want(t, c.name, err, "ProofInvalid")
	}
	if got := e.counters(); got != [3]uint64{3, 0, 0} {
		t.Fatalf("after refused proofs the contract counts %v", got)
	}
	e.proveBlocks(3)
	e.execute(3)
}
