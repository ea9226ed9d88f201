package l1_test

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// rawPacked is the 5-byte packed amount mantissa * 10^exp, canonical or not.
func rawPacked(mant uint64, exp int) rollup.PackedAmount {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], mant<<5|uint64(exp))
	return rollup.PackedAmount(b[3:])
}

// packedCases are packed amounts around 2^128 at every exponent: 0, 1 and
// the largest mantissa, and the largest mantissa whose value is below 2^128
// and the next one, where those fit 35 bits.
func packedCases() []rollup.PackedAmount {
	limit := new(big.Int).Lsh(big.NewInt(1), 128)
	const maxMant = 1<<35 - 1
	var out []rollup.PackedAmount
	for exp := range 32 {
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil)
		mants := []uint64{0, 1, maxMant}
		if m := new(big.Int).Div(new(big.Int).Sub(limit, big.NewInt(1)), pow); m.IsUint64() && m.Uint64() < maxMant {
			mants = append(mants, m.Uint64(), m.Uint64()+1)
		}
		for _, m := range mants {
			out = append(out, rawPacked(m, exp))
		}
	}
	return out
}

// committer commits blocks of raw pubdata to a light deployment (no
// verifiers: commitBlocks never calls them).
type committer struct {
	t    *testing.T
	c    *evmtest.Chain
	op   *ecdsa.PrivateKey
	addr common.Address
}

func newCommitter(t *testing.T, slots int) *committer {
	op := evmtest.NewKey(t)
	c := evmtest.NewChain(t, evmtest.Addr(op))
	return &committer{t: t, c: c, op: op, addr: deployLight(t, c, op, lightConfig(evmtest.Addr(op), slots))}
}

// try asks the contract (eth_call, nothing mined) to commit one block with
// this pubdata after genesis; nil means it would accept it.
func (m *committer) try(pubdata []byte) *l1.RevertError {
	m.t.Helper()
	var root fr.Element
	root.SetUint64(2)
	b := l1.CommitBlock{Timestamp: uint64(time.Now().Unix()), NewStateRoot: root.Bytes(), Pubdata: pubdata}
	_, err := m.c.Call(evmtest.Addr(m.op), m.addr, abiR.PackCommitBlocks(lightGenesis(), []l1.CommitBlock{b}))
	if err == nil {
		return nil
	}
	re := l1.DecodeRevert(err)
	if re == nil {
		m.t.Fatalf("commitBlocks failed without revert data: %v", err)
	}
	return re
}

// TestCommitRefusesPackedAmountsOf2To128 (issue 14, item 15): a Transfer or
// TransferToNew whose packed amount decodes to 2^128 or more can never be
// proven (rollup.PackedAmount.Value and the circuit refuse it), so the
// contract refuses it at commit, with the offset of the operation: at every
// exponent, at the boundary, first in the block (the assembly fast path)
// and after another operation, the contract accepts exactly what the native
// decoder accepts.
func TestCommitRefusesPackedAmountsOf2To128(t *testing.T) {
	m := newCommitter(t, 4)
	withdraw := rollup.ExecutedOp{Type: rollup.OpWithdraw, Account: 1, Token: 0, Amount: num.FromUint64(5),
		Address: common.HexToAddress("0x1111111111111111111111111111111111111111")}
	pre := withdraw.EncodePubdata(nil)
	refused := 0
	for _, p := range packedCases() {
		_, decodeErr := p.Value()
		for _, typ := range []rollup.OpType{rollup.OpTransfer, rollup.OpTransferToNew} {
			op := rollup.ExecutedOp{Type: typ, Account: 1, To: 2, Token: 0, PackedAmount: p,
				Address: common.HexToAddress("0x2222222222222222222222222222222222222222")}
			for _, before := range [][]byte{nil, pre} {
				pubdata := op.EncodePubdata(append([]byte{}, before...))
				name := fmt.Sprintf("%s %x after %d bytes", typ, p, len(before))
				re := m.try(pubdata)
				switch {
				case decodeErr == nil && re != nil:
					t.Errorf("%s: value %s refused: %v", name, mustValue(t, p), re)
				case decodeErr != nil && re == nil:
					t.Errorf("%s: decodes to 2^128 or more (%v), the contract accepts it", name, decodeErr)
				case decodeErr != nil && (re.Name != "PackedAmountOutOfRange" || re.Args[0].(*big.Int).Int64() != int64(len(before))):
					t.Errorf("%s: refused with %v, want PackedAmountOutOfRange(%d)", name, re, len(before))
				case decodeErr != nil:
					refused++
				}
			}
		}
	}
	if refused == 0 {
		t.Fatal("the contract refused no packed amount")
	}
	t.Logf("%d packed amounts x 2 op types x 2 positions; %d refusals, each where the native decoder refuses", len(packedCases()), refused)
	// In a full block of good transfers the bad one is reported where it is.
	var good, bad rollup.ExecutedOp
	good = rollup.ExecutedOp{Type: rollup.OpTransfer, Account: 1, To: 2, PackedAmount: rawPacked(1<<35-1, 27)}
	bad = rollup.ExecutedOp{Type: rollup.OpTransfer, Account: 1, To: 2, PackedAmount: rawPacked(34028236693, 28)}
	pubdata := good.EncodePubdata(good.EncodePubdata(good.EncodePubdata(nil)))
	if re := m.try(good.EncodePubdata(pubdata)); re != nil {
		t.Fatalf("four good transfers refused: %v", re)
	}
	if re := m.try(bad.EncodePubdata(pubdata)); re == nil || re.Name != "PackedAmountOutOfRange" || re.Args[0].(*big.Int).Int64() != 54 {
		t.Fatalf("a bad fourth transfer: %v, want PackedAmountOutOfRange(54)", re)
	}
}

func mustValue(t *testing.T, p rollup.PackedAmount) num.U128 {
	v, err := p.Value()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestPackedFeesStayBelow2To128: the largest packed fee, 2047 * 10^31, is
// below 2^128, so no fee needs the check amounts get.
func TestPackedFeesStayBelow2To128(t *testing.T) {
	largest := new(big.Int).Mul(big.NewInt(2047), new(big.Int).Exp(big.NewInt(10), big.NewInt(31), nil))
	if limit := new(big.Int).Lsh(big.NewInt(1), 128); largest.Cmp(limit) >= 0 {
		t.Fatalf("2047 * 10^31 = %s is not below 2^128 = %s", largest, limit)
	}
	var p rollup.PackedFee
	binary.BigEndian.PutUint16(p[:], 0xffff) // mantissa 2047, exponent 31
	if got := p.Value().Big(); got.Cmp(largest) != 0 {
		t.Fatalf("fee 0xffff unpacks to %s, want %s", got, largest)
	}
}
