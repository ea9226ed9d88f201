package l1_test

// Differential attack test of e09576c: l1.DecodePriorityRequest now decodes
// through rollup.DecodeOpPubdata. It must accept exactly what the decoder of
// 9e68335 accepted (exactly 43 bytes, type byte equal to the event's op
// type, only Deposit and FullExit) and give the same request.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/num"
	"github.com/zkrollup/zkrollup/rollup"
)

// oldDecodePriorityRequest is the decoder of 9e68335, verbatim.
func oldDecodePriorityRequest(opType uint8, pubdata []byte) (rollup.Tx, error) {
	switch rollup.OpType(opType) {
	case rollup.OpDeposit:
		if len(pubdata) != 43 || pubdata[0] != opType {
			return nil, fmt.Errorf("%w: deposit of %d bytes", l1.ErrBadPriorityRequest, len(pubdata))
		}
		return &rollup.Deposit{
			Token:  binary.BigEndian.Uint16(pubdata[5:7]),
			Amount: num.FromBytes([16]byte(pubdata[7:23])),
			To:     common.Address(pubdata[23:43]),
		}, nil
	case rollup.OpFullExit:
		if len(pubdata) != 43 || pubdata[0] != opType {
			return nil, fmt.Errorf("%w: full exit of %d bytes", l1.ErrBadPriorityRequest, len(pubdata))
		}
		return &rollup.FullExit{
			AccountID: binary.BigEndian.Uint32(pubdata[1:5]),
			Owner:     common.Address(pubdata[5:25]),
			Token:     binary.BigEndian.Uint16(pubdata[25:27]),
		}, nil
	}
	return nil, fmt.Errorf("%w: op type %d", l1.ErrBadPriorityRequest, opType)
}

func checkPriorityRequestMatchesOld(t *testing.T, opType uint8, pubdata []byte) {
	t.Helper()
	got, err := l1.DecodePriorityRequest(opType, pubdata)
	want, oldErr := oldDecodePriorityRequest(opType, pubdata)
	if (err == nil) != (oldErr == nil) {
		t.Fatalf("type %d, %x: DecodePriorityRequest err %v, old decoder err %v", opType, pubdata, err, oldErr)
	}
	if err != nil {
		if !errors.Is(err, l1.ErrBadPriorityRequest) {
			t.Fatalf("type %d, %x: error %v is not ErrBadPriorityRequest", opType, pubdata, err)
		}
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("type %d, %x: got %#v, old decoder %#v", opType, pubdata, got, want)
	}
	if tt := got.TxType(); tt != rollup.OpDeposit && tt != rollup.OpFullExit {
		t.Fatalf("type %d: decoded a %s", opType, tt)
	}
}

func priorityRequestSeeds() [][]byte {
	var seeds [][]byte
	for _, op := range []rollup.ExecutedOp{
		{Type: rollup.OpDeposit, Token: 3, Amount: num.FromUint64(1000), Address: common.HexToAddress("0xabcd")},
		{Type: rollup.OpDeposit, Account: 9, Token: 3, Amount: num.FromUint64(1000), Address: common.HexToAddress("0xabcd")}, // operator's part not zero
		{Type: rollup.OpFullExit, Account: 7, Token: 2, Address: common.HexToAddress("0xbeef")},
		{Type: rollup.OpFullExit, Account: 7, Token: 2, Amount: num.FromUint64(5), Address: common.HexToAddress("0xbeef")},
	} {
		seeds = append(seeds, op.EncodePubdata(nil))
	}
	for ty := 0; ty <= 8; ty++ {
		for n := 0; n <= rollup.SlotBytes+1; n++ {
			b := bytes.Repeat([]byte{0x5a}, n)
			if n > 0 {
				b[0] = byte(ty)
			}
			seeds = append(seeds, b)
		}
	}
	return seeds
}

// TestDecodePriorityRequestMatchesOld: every event type against every seed
// (each type byte at each length up to a slot, real deposits and exits).
func TestDecodePriorityRequestMatchesOld(t *testing.T) {
	for _, b := range priorityRequestSeeds() {
		for ty := 0; ty <= 255; ty++ {
			checkPriorityRequestMatchesOld(t, uint8(ty), b)
		}
	}
	// The attacks named: a L2 or padding type in the event, a type byte
	// that disagrees with the event's op type, one byte short or long.
	dep := rollup.ExecutedOp{Type: rollup.OpDeposit, Amount: num.FromUint64(1), Address: common.HexToAddress("0x01")}
	good := dep.EncodePubdata(nil)
	for name, tc := range map[string]struct {
		ty uint8
		b  []byte
	}{
		"noop":                {uint8(rollup.OpNoop), []byte{0}},
		"transfer":            {uint8(rollup.OpTransfer), append([]byte{byte(rollup.OpTransfer)}, make([]byte, 17)...)},
		"transfer to new":     {uint8(rollup.OpTransferToNew), append([]byte{byte(rollup.OpTransferToNew)}, make([]byte, 37)...)},
		"withdraw":            {uint8(rollup.OpWithdraw), append([]byte{byte(rollup.OpWithdraw)}, make([]byte, 44)...)},
		"change pubkey":       {uint8(rollup.OpChangePubKey), append([]byte{byte(rollup.OpChangePubKey)}, make([]byte, 52)...)},
		"deposit as fullexit": {uint8(rollup.OpFullExit), good},
		"short":               {uint8(rollup.OpDeposit), good[:42]},
		"long":                {uint8(rollup.OpDeposit), append(bytes.Clone(good), 0)},
		"empty":               {uint8(rollup.OpDeposit), nil},
	} {
		if tx, err := l1.DecodePriorityRequest(tc.ty, tc.b); !errors.Is(err, l1.ErrBadPriorityRequest) {
			t.Errorf("%s: got %#v, %v; want ErrBadPriorityRequest", name, tx, err)
		}
	}
}

func FuzzDecodePriorityRequest(f *testing.F) {
	for _, b := range priorityRequestSeeds() {
		if len(b) > 0 {
			f.Add(b[0], b)
		}
		f.Add(uint8(rollup.OpDeposit), b)
		f.Add(uint8(rollup.OpFullExit), b)
	}
	f.Fuzz(checkPriorityRequestMatchesOld)
}
