package l1_test

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// Independent attack tests of issue 16's ladder of block shapes on the
// contract side (review 16b). They run the real contract without Groth16:
// each shape's verifier is a "tagged" stand-in that accepts proofs[i]
// exactly when it is abi.encode(TAG, inputs[i]), with TAG the shape's slot
// count, so a proof is bound both to its own block's commitment and to the
// verifier of its block's shape. What is tested is the contract's own
// bookkeeping: which shape a block gets, what it hashes, which verifier
// sees which (proof, input) pair, and that no block escapes verification.

const taggedSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// Accepts proofs[i] exactly when it is abi.encode(TAG, inputs[i]).
contract Tagged {
    error ProofInvalid();
    error BadBatch(uint256 index);
    uint256 public immutable TAG;
    constructor(uint256 tag) { TAG = tag; }
    function verifyBatch(bytes[] calldata proofs, uint256[] calldata inputs) external view {
        if (proofs.length == 0 || proofs.length != inputs.length) revert BadBatch(proofs.length);
        for (uint256 i = 0; i < proofs.length; i++) {
            if (keccak256(proofs[i]) != keccak256(abi.encode(TAG, inputs[i]))) revert ProofInvalid();
        }
    }
}
`

// ladderMock is a deployment of a ladder whose verifiers are Tagged.
type ladderMock struct {
	t      *testing.T
	c      *evmtest.Chain
	op     *ecdsa.PrivateKey // governance and operator
	addr   common.Address
	p      rollup.Params
	stored []l1.StoredBlock
	roots  []fr.Element
	nextTS uint64
}

func taggedCode(t *testing.T) []byte {
	t.Helper()
	_, code := evmtest.CompileSource(t, []byte(taggedSource), "Tagged")
	return code
}

// deployTagged deploys a Tagged verifier of tag.
func deployTagged(t *testing.T, c *evmtest.Chain, key *ecdsa.PrivateKey, code []byte, tag uint64) common.Address {
	t.Helper()
	arg := common.LeftPadBytes(new(big.Int).SetUint64(tag).Bytes(), 32)
	a, _ := c.Deploy(t, key, code, arg)
	return a
}

// newLadderMock deploys p's ladder with one Tagged verifier per shape
// (verifiers, when given, replace them).
func newLadderMock(t *testing.T, p rollup.Params, verifiers ...common.Address) *ladderMock {
	t.Helper()
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	op := evmtest.NewKey(t)
	m := &ladderMock{t: t, op: op, p: p, nextTS: 1000}
	m.c = evmtest.NewChain(t, evmtest.Addr(op))
	if verifiers == nil {
		code := taggedCode(t)
		for _, s := range p.Ladder() {
			verifiers = append(verifiers, deployTagged(t, m.c, op, code, uint64(s)))
		}
	}
	cfg := lightConfig(evmtest.Addr(op), p.BlockSlots)
	cfg.BlockShapes, cfg.BlockVerifiers = l1.Shapes(p, verifiers...)
	m.addr = deployLight(t, m.c, op, cfg)
	m.stored = []l1.StoredBlock{lightGenesis()}
	var genesis fr.Element
	genesis.SetUint64(1)
	m.roots = []fr.Element{genesis}
	return m
}

// opsOf is k operations: transfers (the contract's fast path) with a
// Withdraw (its checked path) at every third position.
func opsOf(k int) []rollup.ExecutedOp {
	ops := make([]rollup.ExecutedOp, k)
	for i := range ops {
		switch i % 3 {
		case 0:
			ops[i] = rollup.ExecutedOp{Type: rollup.OpTransfer, Account: uint32(i + 1), To: 2}
		case 1:
			ops[i] = rollup.ExecutedOp{Type: rollup.OpTransferToNew, Account: 1, To: uint32(i + 3), Address: common.Address{byte(i)}}
		default:
			ops[i] = rollup.ExecutedOp{Type: rollup.OpWithdraw, Account: 1, Address: common.Address{0xaa, byte(i)}, Amount: num.FromUint64(uint64(i))}
		}
	}
	return ops
}

// block is the next block with k operations, sealed into the shape the
// native rules give it.
func (m *ladderMock) block(k int) *rollup.Block {
	n := uint64(len(m.stored))
	var root fr.Element
	root.SetUint64(5000 + n)
	m.nextTS++
	return &rollup.Block{Header: rollup.BlockHeader{Number: n, Timestamp: m.nextTS, FeeAccount: 3}, Slots: m.p.ShapeFor(k),
		OldRoot: m.roots[n-1], NewRoot: root, Ops: opsOf(k)}
}

func (m *ladderMock) tryCall(data []byte) (*l1.RevertError, error) {
	m.t.Helper()
	_, err := m.c.Call(evmtest.Addr(m.op), m.addr, data)
	if err == nil {
		return nil, nil
	}
	return l1.DecodeRevert(err), err
}

// commit commits b and checks the contract stored exactly l1.Stored(b).
func (m *ladderMock) commit(b *rollup.Block) {
	m.t.Helper()
	c, err := l1.Commit(b)
	if err != nil {
		m.t.Fatal(err)
	}
	m.c.MustSend(m.t, m.op, &m.addr, nil, abiR.PackCommitBlocks(m.stored[len(m.stored)-1], []l1.CommitBlock{c}))
	s := l1.Stored(b)
	got, err := abiR.UnpackStoredBlockHashes(m.view(abiR.PackStoredBlockHashes(s.Number)))
	if err != nil {
		m.t.Fatal(err)
	}
	if got != l1.HashStored(s) {
		m.t.Fatalf("block %d of %d ops: the contract stored another block than l1.Stored (slots %d)", s.Number, len(b.Ops), s.Slots)
	}
	m.stored = append(m.stored, s)
	m.roots = append(m.roots, b.NewRoot)
}

func (m *ladderMock) view(data []byte) []byte {
	m.t.Helper()
	out, err := m.c.Call(evmtest.Addr(m.op), m.addr, data)
	if err != nil {
		m.t.Fatal(err)
	}
	return out
}

func (m *ladderMock) proven() uint64 {
	m.t.Helper()
	v, err := abiR.UnpackBlocksProven(m.view(abiR.PackBlocksProven()))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

// tagProof is the proof a Tagged verifier of tag accepts for commitment c.
func tagProof(tag uint16, c [32]byte) []byte {
	out := make([]byte, 64)
	binary.BigEndian.PutUint64(out[24:], uint64(tag))
	copy(out[32:], c[:])
	return out
}

// proofOf is stored block s's proof for its own shape's verifier.
func proofOf(s l1.StoredBlock) []byte { return tagProof(s.Slots, s.Commitment) }

// TestReview16bConstructorRefusesBadLadders: the constructor takes 1 to 8
// strictly ascending slot counts from 1 to 4,096 with one non-zero
// verifier each, and nothing else; a good ladder reads back as given, and
// a slot count off the ladder has no verifier.
func TestReview16bConstructorRefusesBadLadders(t *testing.T) {
	gov := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(gov))
	g := evmtest.Addr(gov)
	v := func(n int) []common.Address {
		out := make([]common.Address, n)
		for i := range out {
			out[i] = common.Address{0x10, byte(i + 1)}
		}
		return out
	}
	code := common.FromHex(rollupcontract.RollupMetaData.Bin)
	for _, tc := range []struct {
		name      string
		shapes    []uint16
		verifiers []common.Address
	}{
		{"no shapes", nil, nil},
		{"nine shapes", []uint16{1, 2, 3, 4, 5, 6, 7, 8, 9}, v(9)},
		{"fewer verifiers", []uint16{2, 4}, v(1)},
		{"more verifiers", []uint16{2, 4}, v(3)},
		{"descending", []uint16{4, 2}, v(2)},
		{"a repeated shape", []uint16{2, 2, 4}, v(3)},
		{"a zero shape", []uint16{0, 4}, v(2)},
		{"a lone zero shape", []uint16{0}, v(1)},
		{"above 4096", []uint16{8, 4097}, v(2)},
		{"65535", []uint16{65535}, v(1)},
		{"a zero verifier first", []uint16{2, 4}, []common.Address{{}, {1}}},
		{"a zero verifier last", []uint16{2, 4}, []common.Address{{1}, {}}},
	} {
		cfg := lightConfig(g, 4)
		cfg.BlockShapes, cfg.BlockVerifiers = tc.shapes, tc.verifiers
		_, err := c.Send(gov, nil, nil, append(append([]byte{}, code...), abiR.PackConstructor(cfg)...))
		if err == nil {
			t.Fatalf("%s: deployed", tc.name)
		}
		if re := l1.DecodeRevert(err); re == nil || re.Name != "BadShapes" {
			t.Fatalf("%s: %v, want BadShapes", tc.name, err)
		}
	}

	// eight shapes up to 4096 are a ladder
	cfg := lightConfig(g, 4096)
	cfg.BlockShapes = []uint16{1, 2, 3, 64, 65, 1000, 4095, 4096}
	cfg.BlockVerifiers = v(8)
	addr := deployLight(t, c, gov, cfg)
	call := func(data []byte) []byte {
		out, err := c.Call(g, addr, data)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	shapes, err := abiR.UnpackBlockShapes(call(abiR.PackBlockShapes()))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(shapes) != fmt.Sprint(cfg.BlockShapes) {
		t.Fatalf("blockShapes() = %v, want %v", shapes, cfg.BlockShapes)
	}
	slots, err := abiR.UnpackBlockSlots(call(abiR.PackBlockSlots()))
	if err != nil || slots.Uint64() != 4096 {
		t.Fatalf("blockSlots() = %v (%v), want 4096", slots, err)
	}
	for i, s := range cfg.BlockShapes {
		got, err := abiR.UnpackBlockVerifierOf(call(abiR.PackBlockVerifierOf(big.NewInt(int64(s)))))
		if err != nil || got != cfg.BlockVerifiers[i] {
			t.Fatalf("blockVerifierOf(%d) = %v (%v), want %v", s, got, err, cfg.BlockVerifiers[i])
		}
	}
	for _, s := range []int64{0, 4, 63, 4097, 65536} {
		got, err := abiR.UnpackBlockVerifierOf(call(abiR.PackBlockVerifierOf(big.NewInt(s))))
		if err != nil || got != (common.Address{}) {
			t.Fatalf("blockVerifierOf(%d) = %v (%v), want none", s, got, err)
		}
	}
}

// TestReview16bContractShapeOfEveryBlockSize: for every number of
// operations from 0 to the largest shape, on the production ladder and on
// an uneven one of 1, 3 and 8 slots, the contract gives the block the
// shape rollup.Params.ShapeFor gives it and stores the commitment of
// exactly that many padded slots (the next commit names the previous
// stored block by l1.Stored's hash, and commit checks the stored hash);
// one operation more than the largest shape is refused.
func TestReview16bContractShapeOfEveryBlockSize(t *testing.T) {
	odd := rollup.Params{AccountDepth: 24, BalanceDepth: 10, OrderDepth: 14, BlockSlots: 8, Shapes: []int{1, 3, 8}, FeeTokenSlots: 2, ChainID: 7}
	for _, p := range []rollup.Params{odd, rollup.ProdParams} {
		m := newLadderMock(t, p)
		for k := 0; k <= p.BlockSlots; k++ {
			b := m.block(k)
			if b.Slots < k || (k > 0 && b.Slots < 1) {
				t.Fatalf("ShapeFor(%d) = %d", k, b.Slots)
			}
			m.commit(b)
			// the same block restated with any other listed shape (or 0) is
			// another stored block
			s := m.stored[len(m.stored)-1]
			for _, other := range append([]int{0}, p.Ladder()...) {
				if other == b.Slots {
					continue
				}
				r := s
				r.Slots = uint16(other)
				if l1.HashStored(r) == l1.HashStored(s) {
					t.Fatalf("block of %d ops hashes the same under %d and %d slots", k, other, b.Slots)
				}
			}
		}
		b := m.block(p.BlockSlots + 1)
		b.Slots = p.BlockSlots + 1
		c, err := l1.Commit(b)
		if err != nil {
			t.Fatal(err)
		}
		re, _ := m.tryCall(abiR.PackCommitBlocks(m.stored[len(m.stored)-1], []l1.CommitBlock{c}))
		wantRevert(t, fmt.Sprintf("%v: a block of %d ops", p.Ladder(), p.BlockSlots+1), re, "TooManyOperations")
	}
}

// TestReview16bProveGroupsEveryBlockByShape: a range of blocks of mixed
// shapes is proven only when every block's proof is its own (its
// commitment) and answers to its own shape's verifier: for every prefix of
// the range and every block in it, a proof made for another shape's
// verifier, another block's proof of the same shape, or a stranger's
// proof, is refused with the verifier's ProofInvalid (what the
// aggregator's split looks for), and nothing is proven. A stored block
// restated with another slot count (0, one off the ladder, another
// listed), the genesis block, and a range starting past the next unproven
// block are refused.
func TestReview16bProveGroupsEveryBlockByShape(t *testing.T) {
	p := rollup.Params{AccountDepth: 24, BalanceDepth: 10, OrderDepth: 14, BlockSlots: 8, Shapes: []int{1, 3, 8}, FeeTokenSlots: 2, ChainID: 7}
	m := newLadderMock(t, p)
	// shapes 1, 8, 3, 8, 1, 3, 8, 1, 1, 3
	for _, k := range []int{0, 5, 2, 8, 1, 3, 7, 0, 1, 2} {
		m.commit(m.block(k))
	}
	all := m.stored[1:]
	proofs := make([][]byte, len(all))
	for i, s := range all {
		proofs[i] = proofOf(s)
	}
	for n := 1; n <= len(all); n++ {
		bs, ps := all[:n], proofs[:n]
		for j := 0; j < n; j++ {
			var bad [][]byte
			for _, other := range p.Ladder() { // the right commitment, another shape's verifier
				if other != int(bs[j].Slots) {
					bad = append(bad, tagProof(uint16(other), bs[j].Commitment))
				}
			}
			for i := range bs { // another block's proof of the same shape
				if i != j && bs[i].Slots == bs[j].Slots && bs[i].Commitment != bs[j].Commitment {
					bad = append(bad, ps[i])
				}
			}
			bad = append(bad, tagProof(bs[j].Slots, [32]byte{1}), nil, []byte{})
			for _, pr := range bad {
				forged := append([][]byte{}, ps...)
				forged[j] = pr
				re, err := m.tryCall(abiR.PackProveBlocks(bs, forged))
				if err == nil {
					t.Fatalf("blocks 1-%d with block %d's proof %x: proven", n, j+1, pr)
				}
				wantRevert(t, fmt.Sprintf("blocks 1-%d with block %d's proof %x", n, j+1, pr), re, "ProofInvalid")
			}
		}
		// two proofs of one shape swapped
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if bs[i].Commitment == bs[j].Commitment {
					continue
				}
				swapped := append([][]byte{}, ps...)
				swapped[i], swapped[j] = swapped[j], swapped[i]
				re, err := m.tryCall(abiR.PackProveBlocks(bs, swapped))
				if err == nil {
					t.Fatalf("blocks 1-%d with the proofs of %d and %d swapped: proven", n, i+1, j+1)
				}
				wantRevert(t, "swapped proofs", re, "ProofInvalid")
			}
		}
		if re, err := m.tryCall(abiR.PackProveBlocks(bs, ps)); err != nil {
			t.Fatalf("blocks 1-%d with their own proofs: %v (%v)", n, re, err)
		}
	}

	// restated shapes
	for _, slots := range []uint16{0, 2, 4, 9, 1, 3, 8, 65535} {
		if slots == all[1].Slots {
			continue
		}
		r := append([]l1.StoredBlock{}, all[:3]...)
		r[1].Slots = slots
		ps := [][]byte{proofs[0], tagProof(slots, r[1].Commitment), proofs[2]}
		re, _ := m.tryCall(abiR.PackProveBlocks(r, ps))
		wantRevert(t, fmt.Sprintf("block 2 restated with %d slots", slots), re, "WrongStoredBlock")
	}
	// genesis (slots 0, no verifier) is never proven
	re, _ := m.tryCall(abiR.PackProveBlocks([]l1.StoredBlock{m.stored[0]}, [][]byte{tagProof(0, m.stored[0].Commitment)}))
	wantRevert(t, "genesis", re, "WrongStoredBlock")
	re, _ = m.tryCall(abiR.PackProveBlocks(m.stored[:3], [][]byte{nil, proofs[0], proofs[1]}))
	wantRevert(t, "genesis first", re, "WrongStoredBlock")
	// a range that skips the next unproven block
	re, _ = m.tryCall(abiR.PackProveBlocks(all[1:3], proofs[1:3]))
	wantRevert(t, "blocks 2-3 before block 1", re, "WrongStoredBlock")
	re, _ = m.tryCall(abiR.PackProveBlocks(all[:3], proofs[:2]))
	wantRevert(t, "three blocks, two proofs", re, "LengthMismatch")

	// proven in two calls of mixed shapes; then block 0..3 cannot be proven again
	m.c.MustSend(t, m.op, &m.addr, nil, abiR.PackProveBlocks(all[:4], proofs[:4]))
	if got := m.proven(); got != 4 {
		t.Fatalf("blocksProven = %d, want 4", got)
	}
	re, _ = m.tryCall(abiR.PackProveBlocks(all[3:5], proofs[3:5]))
	wantRevert(t, "block 4 proven again", re, "WrongStoredBlock")
	m.c.MustSend(t, m.op, &m.addr, nil, abiR.PackProveBlocks(all[4:], proofs[4:]))
	if got := m.proven(); got != uint64(len(all)) {
		t.Fatalf("blocksProven = %d, want %d", got, len(all))
	}
	re, _ = m.tryCall(abiR.PackProveBlocks(all[len(all)-1:], proofs[len(all)-1:]))
	wantRevert(t, "past the last committed block", re, "BlockNotCommitted")
}

// TestReview16bCodelessVerifierNeverProves: a call to an address without
// code "succeeds" with no return data; a shape whose verifier has no code
// (the constructor only refuses address 0) must still never prove a
// block, alone or in a range of mixed shapes with a real verifier.
func TestReview16bCodelessVerifierNeverProves(t *testing.T) {
	eoa := common.Address{0xee, 0xee}
	p := rollup.Params{AccountDepth: 24, BalanceDepth: 10, OrderDepth: 14, BlockSlots: 4, Shapes: []int{2, 4}, FeeTokenSlots: 2, ChainID: 7}

	// both shapes codeless
	m := newLadderMock(t, p, eoa, eoa)
	m.commit(m.block(0))
	m.commit(m.block(4))
	for _, n := range []int{1, 2} {
		ps := [][]byte{{}, {}}
		if _, err := m.c.Send(m.op, &m.addr, nil, abiR.PackProveBlocks(m.stored[1:1+n], ps[:n])); err == nil {
			t.Fatalf("%d blocks proven by a verifier without code", n)
		}
	}
	if got := m.proven(); got != 0 {
		t.Fatalf("blocksProven = %d with codeless verifiers", got)
	}

	// the small shape real, the large one codeless: the small block is
	// proven alone, and not with the large one in a mixed range
	op := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(op))
	real := deployTagged(t, c, op, taggedCode(t), 2)
	m = &ladderMock{t: t, op: op, p: p, nextTS: 1000, c: c}
	cfg := lightConfig(evmtest.Addr(op), p.BlockSlots)
	cfg.BlockShapes, cfg.BlockVerifiers = l1.Shapes(p, real, eoa)
	m.addr = deployLight(t, c, op, cfg)
	m.stored = []l1.StoredBlock{lightGenesis()}
	var genesis fr.Element
	genesis.SetUint64(1)
	m.roots = []fr.Element{genesis}
	m.commit(m.block(1)) // 2 slots
	m.commit(m.block(3)) // 4 slots
	m.commit(m.block(2)) // 2 slots
	ps := [][]byte{proofOf(m.stored[1]), {}, proofOf(m.stored[3])}
	if _, err := m.c.Send(m.op, &m.addr, nil, abiR.PackProveBlocks(m.stored[1:4], ps)); err == nil {
		t.Fatal("a mixed range with a codeless shape verifier was proven")
	}
	if got := m.proven(); got != 0 {
		t.Fatalf("blocksProven = %d", got)
	}
	m.c.MustSend(t, m.op, &m.addr, nil, abiR.PackProveBlocks(m.stored[1:2], ps[:1]))
	if _, err := m.c.Send(m.op, &m.addr, nil, abiR.PackProveBlocks(m.stored[2:3], ps[1:2])); err == nil {
		t.Fatal("a block proven by a codeless verifier")
	}
	if got := m.proven(); got != 1 {
		t.Fatalf("blocksProven = %d, want 1", got)
	}
}

// TestReview16bHashStoredIsAbiEncode: l1.HashStored is keccak256 of the
// abi.encode of the StoredBlock tuple for values filling every field,
// slots included (checked against go-ethereum's ABI encoder and the
// contract's hashStoredBlock).
func TestReview16bHashStoredIsAbiEncode(t *testing.T) {
	gov := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(gov))
	addr := deployLight(t, c, gov, lightConfig(evmtest.Addr(gov), 4))
	method := abiR.GetABI().Methods["hashStoredBlock"]
	for i, s := range []l1.StoredBlock{
		{},
		{Number: ^uint64(0), Slots: ^uint16(0), PriorityOps: ^uint64(0), Timestamp: ^uint64(0),
			PendingOpsHash: [32]byte{0xff}, StateRoot: [32]byte{1, 2}, Commitment: [32]byte{31: 9}},
		{Number: 7, Slots: 16, PriorityOps: 3, Timestamp: 1 << 40, PendingOpsHash: ethcrypto.Keccak256Hash([]byte("p")),
			StateRoot: ethcrypto.Keccak256Hash([]byte("r")), Commitment: ethcrypto.Keccak256Hash([]byte("c"))},
	} {
		enc, err := method.Inputs.Pack(s)
		if err != nil {
			t.Fatal(err)
		}
		if want := ethcrypto.Keccak256Hash(enc); l1.HashStored(s) != want {
			t.Fatalf("case %d: HashStored %x, abi.encode hashes to %x", i, l1.HashStored(s), want)
		}
		out, err := c.Call(evmtest.Addr(gov), addr, abiR.PackHashStoredBlock(s))
		if err != nil {
			t.Fatal(err)
		}
		if common.BytesToHash(out) != l1.HashStored(s) {
			t.Fatalf("case %d: the contract hashes %x, HashStored %x", i, out, l1.HashStored(s))
		}
	}
}

// TestReview16bRealVerifiersMixedRange is TestLadderOfBlockShapes's
// mixed-shape half with real keys and the exported batch verifiers: a
// range of a 4-slot and two 2-slot blocks is refused with ProofInvalid
// (what the aggregator's split halves on) whenever any block carries a
// proof of another block or of the other shape's circuit, in either
// position, and is proven in one call with its own proofs. (At 0678a02 and
// b28270f TestLadderOfBlockShapes wanted "" for the proofs of blocks 1 and
// 2 swapped and failed: the contract reverts ProofInvalid there.)
func TestReview16bRealVerifiersMixedRange(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.depositETH("B", wei("1000000000000000000"))
	e.block("changepubkey A")                        // 3 ops: 4 slots
	e.block("transfer A B 1000 ETH")                 // 1 op: 2 slots
	e.block("changepubkey B\ntransfer A B 1000 ETH") // 2 ops: 2 slots
	e.commit(3)
	for i, want := range []uint16{4, 2, 2} {
		if got := e.stored[i+1].Slots; got != want {
			t.Fatalf("block %d has %d slots, want %d", i+1, got, want)
		}
	}
	p1, p2, p3 := e.proof(1), e.proof(2), e.proof(3)
	stored := []l1.StoredBlock{e.stored[1], e.stored[2], e.stored[3]}
	for _, ps := range [][][]byte{
		{p2, p1, p3}, // 1 and 2 swapped (two shapes)
		{p3, p2, p1}, // 1 and 3 swapped (two shapes)
		{p1, p3, p2}, // 2 and 3 swapped (one shape)
		{p2, p2, p3}, // block 1 with a 2-slot proof of block 2
		{p1, p1, p3}, // block 2 with block 1's 4-slot proof
		{p1, p2, p1},
		{p1, p2, p2},
	} {
		e.reverts(e.keeper, abiR.PackProveBlocks(stored, ps), "ProofInvalid")
		if !bytesEq(ps[:2], [][]byte{p1, p2}) {
			e.reverts(e.keeper, abiR.PackProveBlocks(stored[:2], ps[:2]), "ProofInvalid")
		}
	}
	// block 2 proven by the 4-slot circuit: a valid proof of the 4-slot
	// commitment of the same block, which is not the stored one; alone and
	// in the mixed range
	other := e.proofAs(2, 4)
	e.reverts(e.keeper, abiR.PackProveBlocks(stored[:2], [][]byte{p1, other}), "ProofInvalid")
	e.reverts(e.keeper, abiR.PackProveBlocks(stored, [][]byte{p1, other, p3}), "ProofInvalid")
	// and with a 2-slot circuit's proof of block 1 cut to 2 slots: its
	// operations do not fit, so Assign refuses to make one
	b1 := *e.blocks[0]
	b1.Slots = 2
	if _, err := circuit.Assign(replica(t), circuit.ShapeWithSlots(params, 2), &b1); err == nil {
		t.Fatal("a 3-op block assigned to the 2-slot circuit")
	}

	r := e.proveBlocks(3)
	t.Logf("proveBlocks of a 4-slot and two 2-slot blocks: %d gas", r.GasUsed)
	e.execute(3)
}

func bytesEq(a, b [][]byte) bool { return fmt.Sprintf("%x", a) == fmt.Sprintf("%x", b) }
