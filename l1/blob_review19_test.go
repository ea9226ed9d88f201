package l1_test

import (
	"math/big"
	"testing"

	blsfr "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/blobcircuit"
	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/da"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/state"
)

// Review 19. Each test asserts that the system REFUSES an attack: it fails
// when the attack goes through.

// blobRHS is Σ_i r^{i·BytesPerBlob}·eval_i over bc's blobs, as
// Rollup._checkBlobs computes it.
func blobRHS(bc *l1.BlobCommit) fr.Element {
	var rhs fr.Element
	for i, d := range bc.Blobs {
		var ev, pw fr.Element
		ev.SetBytes(d.Eval[:])
		pw.Exp(bc.Point, big.NewInt(int64(i*da.BytesPerBlob)))
		ev.Mul(&ev, &pw)
		rhs.Add(&rhs, &ev)
	}
	return rhs
}

// TestReview19SiblingEvalCannotHideData: the blocks' evaluations at r are
// unproven claims when commitBlobBlocks checks Σ_j r^{s_j}·eval_j =
// Σ_i r^{i·BLOB_BYTES}·eval_i; each is only checked later by its own
// block's proof. An operator commits a real block 1 and a sacrificial
// block 2 with an all-zero blob (block 1's data is published nowhere) and
// solves for eval_2 after seeing r so that the identity holds. Block 1's
// proof (true eval_1) is then valid on its own: if it can be proven and
// executed, the contract has accepted a state whose data was withheld.
func TestReview19SiblingEvalCannotHideData(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A\ntransfer A new:B 1000000000000000 ETH fee 10000000000000")
	e.block("transfer A B 2000000000000000 ETH fee 10000000000000")
	honest := e.blobCommit(2)

	bad := *honest
	bad.Raw = []kzg4844.Blob{{}} // publish nothing: one all-zero blob
	forged := rebuildBlobs(t, e, &bad)
	r := forged.Point
	// eval_2 = (rhs - eval_1) / r^{len_1}: chosen after r, never proven
	var eval1, pw, eval2 fr.Element
	eval1.SetBytes(forged.Blocks[0].Eval[:])
	pw.Exp(r, big.NewInt(int64(forged.Blocks[0].DataLength)))
	rhs := blobRHS(forged)
	eval2.Sub(&rhs, &eval1)
	pw.Inverse(&pw)
	eval2.Mul(&eval2, &pw)
	forged.Blocks[1].Eval = eval2.Bytes()

	if _, err := e.sendBlobCommit(forged, e.blobProofs(forged)); err != nil {
		t.Logf("refused at commit: %v", err)
		return
	}
	t.Logf("commit with an all-zero blob and a solved-for eval_2 ACCEPTED")
	// block 1 is stored with its true binding at r
	s := l1.StoredBlob(e.blocks[0], r)
	got, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(s.Number)))
	if err != nil {
		t.Fatal(err)
	}
	if got != l1.HashStored(s) {
		t.Fatalf("block 1 stored %x, want the honest StoredBlob %x", got, l1.HashStored(s))
	}
	e.stored = append(e.stored, s)
	e.points[1] = r
	e.nCommit = 1

	if _, err := e.c.Send(e.keeper, &e.addr, nil, abiR.PackProveBlocks([]l1.StoredBlock{s}, [][]byte{e.proof(1)})); err != nil {
		// fixed: a proof batch must end at the last block of a blob commit,
		// so block 2's forged value would have to be proven too
		if re := l1.DecodeRevert(err); re == nil || re.Name != "BlobCommitSplit" {
			t.Fatalf("block 1 alone refused at proveBlocks with %v, want BlobCommitSplit", err)
		}
		return
	}
	bs, ops := e.executeArgs(0, 1)
	if _, err := e.c.Send(e.keeper, &e.addr, nil, abiR.PackExecuteBlocks(bs, ops)); err != nil {
		t.Logf("refused at executeBlocks: %v", err)
		return
	}
	t.Fatalf("ATTACK SUCCEEDED: block 1 (a ChangePubKey and a TransferToNew, %d bytes of data) is committed, proven "+
		"and executed while the only blob of its commit is all zeros; the sacrificial block 2 (eval solved for after r) "+
		"is never proven and can simply be reverted", forged.Blocks[0].DataLength)
}

// TestReview19ZeroBlobAloneIsRefused: control for the test above: with one
// block (no sibling whose eval is free) the same all-zero blob is refused.
func TestReview19ZeroBlobAloneIsRefused(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A\ntransfer A new:B 1000000000000000 ETH fee 10000000000000")
	honest := e.blobCommit(1)
	bad := *honest
	bad.Raw = []kzg4844.Blob{{}}
	forged := rebuildBlobs(t, e, &bad)
	_, err := e.sendBlobCommit(forged, e.blobProofs(forged))
	wantBlobRevert(t, err, "BlobDataMismatch")
}

// forgeBlobCommit is l1.BuildBlobCommit's derivation done by hand, so that
// an attacker's blocks (any DataLength, DataHash, L1Pubdata) and blobs (any
// bytes, even past the circuit's capacity) are committed with everything
// else consistent: versioned hashes, element hashes, the challenge, each
// blob's opening and payload value, and each block's Eval = EvalBytes of
// segments[j] at r (kept as given when segments[j] is nil).
func forgeBlobCommit(t *testing.T, raw []kzg4844.Blob, capacity int, blocks []l1.BlobBlock, segments [][]byte) *l1.BlobCommit {
	t.Helper()
	bc := &l1.BlobCommit{Raw: raw, Capacity: capacity}
	var vhs []common.Hash
	var hashes []fr.Element
	var commitments []kzg4844.Commitment
	for i := range raw {
		els := make([]fr.Element, capacity)
		for j := range els {
			els[j].SetBytes(raw[i][j*32 : (j+1)*32])
		}
		bc.Elements = append(bc.Elements, els)
		hashes = append(hashes, da.ElementsHash(els))
		c, err := da.Commit(&raw[i])
		if err != nil {
			t.Fatal(err)
		}
		commitments = append(commitments, c)
		vhs = append(vhs, da.VersionedHash(c))
	}
	var data []da.BlockData
	for _, b := range blocks {
		var h fr.Element
		h.SetBytes(b.DataHash[:])
		data = append(data, da.BlockData{Length: b.DataLength, DataHash: h, L1Pubdata: b.L1Pubdata})
	}
	c := da.Challenge(vhs, hashes, data)
	bc.Point = da.DataPoint(c)
	for i := range raw {
		z := da.EvalPoint(c, i)
		y, proof, err := da.EvalProof(&raw[i], z)
		if err != nil {
			t.Fatal(err)
		}
		payload, err := da.Stream(raw[i : i+1])
		if err != nil {
			t.Fatal(err)
		}
		eval := rollup.EvalBytes(payload, bc.Point)
		bc.Z, bc.Y = append(bc.Z, z), append(bc.Y, y)
		bc.Blobs = append(bc.Blobs, l1.BlobData{DataHash: hashes[i].Bytes(), Y: y, Eval: eval.Bytes(),
			Kzg: append(append([]byte{}, commitments[i][:]...), proof[:]...)})
	}
	for j := range blocks {
		b := blocks[j]
		if segments[j] != nil {
			ev := rollup.EvalBytes(segments[j], bc.Point)
			b.Eval = ev.Bytes()
		}
		bc.Blocks = append(bc.Blocks, b)
	}
	if err := bc.BuildSidecar(); err != nil {
		t.Fatal(err)
	}
	return bc
}

// storedWithL1 is what the contract stores for block b committed at r with
// the L1 pubdata l1data (the operator's calldata, maybe not the block's).
func storedWithL1(b *rollup.Block, r fr.Element, l1data []byte) l1.StoredBlock {
	s := l1.Stored(b)
	bind := b.BlobBinding(r)
	bind.L1Eval = rollup.EvalBytes(l1data, r)
	s.Commitment = rollup.BlobCommitment(b.OldRoot, b.NewRoot, b.Header, bind)
	var h common.Hash
	for off := 0; off < len(l1data); {
		t := rollup.OpType(l1data[off])
		n := rollup.PubdataSize(t)
		if t.IsWithdrawal() {
			h = ethcrypto.Keccak256Hash(h[:], l1data[off:off+n])
		}
		off += n
	}
	s.PendingOpsHash = h
	return s
}

// TestReview19L1PubdataMustBeTheProvenBlocks: the operator's L1 calldata is
// read at commit (queue, pendingOpsHash) but only bound by the block's
// proof (L1Eval at r). A withdrawal left out, a withdrawal to the attacker
// added, or an operation the contract does not read: each commit is
// refused, or the block can never be proven with its honest proof.
func TestReview19L1PubdataMustBeTheProvenBlocks(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	b := e.block(`changepubkey A
		withdraw A 300000000000000000 ETH fee 10000000000000
		transfer A new:B 1000000000000000 ETH fee 10000000000000`)
	honest := e.blobCommit(1)
	native := b.L1Pubdata()
	var before, wd, transfer []byte // L1 ops before the withdrawal, the withdrawal, a transfer
	for i := range b.Ops {
		enc := b.Ops[i].EncodePubdata(nil)
		spec, _ := rollup.Spec(b.Ops[i].Type)
		switch {
		case b.Ops[i].Type == rollup.OpWithdraw:
			wd = enc
		case b.Ops[i].Type == rollup.OpTransferToNew:
			transfer = enc
		case spec.ReadByL1 && wd == nil:
			before = append(before, enc...)
		}
	}
	if wd == nil || transfer == nil || string(native) != string(append(append([]byte{}, before...), wd...)) {
		t.Fatalf("scenario: native L1 pubdata %x, withdrawal %x, transfer %x", native, wd, transfer)
	}
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	stolen := append([]byte{}, wd...)
	copy(stolen[len(stolen)-20:], e.l2.Address("C").Bytes()) // the withdrawal's address: the attacker's
	for _, tc := range []struct {
		name   string
		l1data []byte
		revert string // at commit; "" when the commit may pass and proving must fail
		honest bool   // the control: the honest proof must pass
	}{
		{"control: the native L1 pubdata", native, "", true},
		{"withdrawal left out", before, "", false},
		{"withdrawal paid to another address", cat(before, stolen), "", false},
		{"an extra withdrawal", cat(native, stolen), "", false},
		{"a transfer in the L1 pubdata", cat(native, transfer), "UnknownOpType", false},
		{"trailing zero (a Noop: same value at r)", cat(native, []byte{0}), "UnknownOpType", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := append([]l1.BlobBlock(nil), honest.Blocks...)
			blocks[0].L1Pubdata = tc.l1data
			bc := forgeBlobCommit(t, honest.Raw, honest.Capacity, blocks, [][]byte{b.Pubdata()})
			_, err := e.sendBlobCommit(bc, e.blobProofs(bc))
			if tc.revert != "" {
				wantBlobRevert(t, err, tc.revert)
				return
			}
			if err != nil {
				t.Logf("refused at commit: %v", err)
				return
			}
			s := storedWithL1(b, bc.Point, tc.l1data)
			got, err := abiR.UnpackStoredBlockHashes(e.view(abiR.PackStoredBlockHashes(1)))
			if err != nil {
				t.Fatal(err)
			}
			if got != l1.HashStored(s) {
				t.Fatalf("stored %x, want %x", got, l1.HashStored(s))
			}
			defer e.send(e.op, abiR.PackRevertBlocks([]l1.StoredBlock{s})) // undo for the next case
			proof := e.proveAt(b, bc.Point)
			_, err = e.c.Send(e.keeper, &e.addr, nil, abiR.PackProveBlocks([]l1.StoredBlock{s}, [][]byte{proof}))
			if tc.honest {
				if err != nil {
					t.Fatalf("control: honest proof refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("ATTACK: block proven with L1 pubdata %x (native %x)", tc.l1data, native)
			} else {
				t.Logf("commit accepted (the contract cannot tell), proof refused: %v", err)
			}
		})
	}
}

// proveAt proves block b (the env's next block to prove) at the point r
// without advancing the env's proving state.
func (e *env) proveAt(b *rollup.Block, r fr.Element) []byte {
	e.t.Helper()
	pre := e.fresh()
	for _, prev := range e.blocks[:b.Header.Number-1] {
		if _, err := e.assignAt(pre, prev, e.points[prev.Header.Number]); err != nil {
			e.t.Fatal(err)
		}
	}
	a, err := e.assignAt(pre, b, r)
	if err != nil {
		e.t.Fatal(err)
	}
	set, err := e.k.block.For(b.Slots)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.prove(set.CCS, set.PK, a)
}

func (e *env) assignAt(st *state.State, b *rollup.Block, r fr.Element) (*circuit.BlockCircuit, error) {
	return circuit.AssignBlob(st, circuit.ShapeWithSlots(e.p, b.Slots), b, r)
}

// TestReview19DataPastCapacityIsRefused: a blob whose bytes past the blob
// circuit's capacity are not zero cannot be committed: the circuit's y
// (elements past n taken as zero) is not the KZG opening's.
func TestReview19DataPastCapacityIsRefused(t *testing.T) {
	e := newBlobEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.block("changepubkey A")
	honest := e.blobCommit(1)
	raw := append([]kzg4844.Blob(nil), honest.Raw...)
	raw[0][honest.Capacity*32+7] = 0x42 // element n: outside what the proof reads
	bc := forgeBlobCommit(t, raw, honest.Capacity, honest.Blocks, [][]byte{e.blocks[0].Pubdata()})
	// the blob proof of the first n elements (y computed by the circuit's rule)
	a, err := blobAssignment(&bc.Raw[0], bc, 0)
	if err != nil {
		t.Fatal(err)
	}
	proof := e.prove(e.k.blob.CCS, e.k.blob.PK, a)
	t.Run("y of the KZG opening", func(t *testing.T) {
		_, err := e.sendBlobCommit(bc, [][]byte{proof})
		wantBlobRevert(t, err, "")
		t.Logf("refused: %v", l1.DecodeRevert(err))
	})
	t.Run("y of the first n elements", func(t *testing.T) {
		els := make([]blsfr.Element, bc.Capacity)
		for j := range els {
			els[j].SetBytes(raw[0][j*32 : (j+1)*32])
		}
		var z blsfr.Element
		z.SetBytes(bc.Z[0][:])
		y, err := blobcircuit.Evaluate(els, z)
		if err != nil {
			t.Fatal(err)
		}
		forged := *bc
		forged.Blobs = append([]l1.BlobData(nil), bc.Blobs...)
		forged.Blobs[0].Y = y.Bytes()
		_, err = e.sendBlobCommit(&forged, [][]byte{proof})
		wantBlobRevert(t, err, "BadBlobOpening")
	})
}
