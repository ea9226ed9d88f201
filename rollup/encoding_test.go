package rollup

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

func sampleTxs(t testing.TB) []Tx {
	k, err := crypto.KeyFromSeed([]byte("encoding"))
	if err != nil {
		t.Fatal(err)
	}
	tr := &Transfer{From: 7, To: common.HexToAddress("0x1234"), Token: 3, Amount: mustAmount(1_000_000), Fee: mustFee(20), Nonce: 9}
	if err := SignTransfer(k, 1, tr); err != nil {
		t.Fatal(err)
	}
	wd := &Withdraw{From: 7, To: common.HexToAddress("0xbeef"), Token: 1, Amount: u("123456789123456789123456789"), Fee: mustFee(3), Nonce: 10}
	if err := SignWithdraw(k, 1, wd); err != nil {
		t.Fatal(err)
	}
	cpk := &ChangePubKey{AccountID: 7, FeeToken: 2, Fee: mustFee(5), Nonce: 11}
	if err := SignChangePubKey(k, 1, cpk); err != nil {
		t.Fatal(err)
	}
	cpk.EthSignature[3] = 0xaa
	return []Tx{
		tr, wd, cpk,
		&Deposit{To: common.HexToAddress("0xabcdef"), Token: 4, Amount: u("99999999999999999999")},
		&FullExit{AccountID: 42, Owner: common.HexToAddress("0x42"), Token: 5},
	}
}

func mustAmount(v uint64) PackedAmount {
	p, err := PackAmount(num.FromUint64(v))
	if err != nil {
		panic(err)
	}
	return p
}

func mustFee(v uint64) PackedFee {
	p, err := PackFee(num.FromUint64(v))
	if err != nil {
		panic(err)
	}
	return p
}

func TestEncodeDecodeTxRoundTrip(t *testing.T) {
	for _, tx := range sampleTxs(t) {
		b, err := EncodeTx(tx)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeTx(b)
		if err != nil {
			t.Fatalf("%s: %v", tx.TxType(), err)
		}
		b2, _ := EncodeTx(back)
		if !bytes.Equal(b, b2) {
			t.Errorf("%s: round trip changed the bytes", tx.TxType())
		}
	}
}

func TestDecodeTxRejectsMalformedInput(t *testing.T) {
	valid, _ := EncodeTx(sampleTxs(t)[0])
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"unknown type", []byte{99, 1, 2}, ErrUnknownOpType},
		{"noop is not a transaction", []byte{0}, ErrUnknownOpType},
		{"truncated", valid[:len(valid)-1], ErrMalformed},
		{"trailing byte", append(append([]byte{}, valid...), 0), ErrMalformed},
	}
	for _, tc := range tests {
		if _, err := DecodeTx(tc.in); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
}

func FuzzDecodeTx(f *testing.F) {
	for _, tx := range sampleTxs(f) {
		b, _ := EncodeTx(tx)
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte{2})
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTx(b)
		if err != nil {
			return
		}
		out, err := EncodeTx(tx)
		if err != nil {
			t.Fatalf("decoded %T does not encode: %v", tx, err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("decode/encode changed %x into %x", b, out)
		}
	})
}

func sampleOps() []ExecutedOp {
	return []ExecutedOp{
		{Type: OpDeposit, Account: 5, Token: 1, Amount: u("1000000000000000000000"), Address: common.HexToAddress("0x0102")},
		{Type: OpTransfer, Account: 5, To: 6, Token: 1, PackedAmount: mustAmount(12345), Amount: u("12345"), Fee: mustFee(7)},
		{Type: OpTransferToNew, Account: 5, To: 9, Address: common.HexToAddress("0x0909"), Token: 1, PackedAmount: mustAmount(100), Amount: u("100"), Fee: mustFee(1)},
		{Type: OpWithdraw, Account: 6, Token: 1, Amount: u("77"), Fee: mustFee(2), Address: common.HexToAddress("0x0606")},
		{Type: OpFullExit, Account: 9, Address: common.HexToAddress("0x0909"), Token: 1, Amount: u("99")},
		{Type: OpChangePubKey, Account: 5, PubKeyHash: crypto.PubKeyHash{1, 2, 3}, Address: common.HexToAddress("0x0102"), Nonce: 4, Token: 1, Fee: mustFee(3)},
		{Type: OpSpotTrade, Account: 5, To: 6, OrderSlot: 3 | 1<<15, ToOrderSlot: 1 | 1<<14, Token: 1, TokenB: 0, Fill: mustFill(2000),
			ToFill: mustFill(1000), Amount: u("2000"), AmountB: u("1000"), FeeBips: 30, ToFeeBips: 10},
		{Type: OpCancelOrder, Account: 5, OrderSlot: 2, Token: 0, Fee: mustFee(1)},
	}
}

func mustFill(v uint64) PackedFill {
	p, err := PackFill(num.FromUint64(v))
	if err != nil {
		panic(err)
	}
	return p
}

func TestPubdataSizesAndRoundTrip(t *testing.T) {
	var all []byte
	for _, op := range sampleOps() {
		b := op.EncodePubdata(nil)
		if len(b) != PubdataSize(op.Type) {
			t.Errorf("%s pubdata is %d bytes, want %d", op.Type, len(b), PubdataSize(op.Type))
		}
		if len(b) > SlotBytes {
			t.Errorf("%s pubdata %d bytes exceeds SlotBytes %d", op.Type, len(b), SlotBytes)
		}
		all = append(all, b...)
	}
	ops, err := DecodePubdata(all)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleOps()
	if len(ops) != len(want) {
		t.Fatalf("decoded %d ops, want %d", len(ops), len(want))
	}
	for i := range ops {
		if ops[i] != want[i] {
			t.Errorf("op %d: got %+v, want %+v", i, ops[i], want[i])
		}
	}
}

func TestDecodePubdataRejectsMalformedInput(t *testing.T) {
	good := sampleOps()[1].EncodePubdata(nil)
	for name, tc := range map[string]struct {
		in   []byte
		want error
	}{
		"noop inside compact pubdata": {[]byte{0}, ErrUnknownOpType},
		"unknown type":                {[]byte{200}, ErrUnknownOpType},
		"truncated":                   {good[:len(good)-1], ErrMalformed},
	} {
		if _, err := DecodePubdata(tc.in); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", name, err, tc.want)
		}
	}
}

func FuzzDecodePubdata(f *testing.F) {
	var all []byte
	for _, op := range sampleOps() {
		b := op.EncodePubdata(nil)
		f.Add(b)
		all = append(all, b...)
	}
	f.Add(all)
	f.Fuzz(func(t *testing.T, b []byte) {
		ops, err := DecodePubdata(b)
		if err != nil {
			return
		}
		var out []byte
		for i := range ops {
			out = ops[i].EncodePubdata(out)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("decode/encode changed %x into %x", b, out)
		}
		if _, err := PadPubdata(b, SlotsUsed(ops)); err != nil {
			t.Fatalf("valid pubdata does not pad: %v", err)
		}
	})
}

// TestSpotTradeRoundTrips: a SpotTrade's encoding (what a pending block
// and a sealed block store) decodes back to the same trade.
func TestSpotTradeRoundTrips(t *testing.T) {
	tr := &SpotTrade{Taker: Order{Account: 1, Slot: 2, Generation: 3, TokenSell: 0, TokenBuy: 1, AmountSell: mustAmount(100), AmountBuy: mustAmount(200), MaxFeeBips: 10, ValidUntil: 9},
		Maker:     Order{Account: 4, Slot: 1, Generation: 1, TokenSell: 1, TokenBuy: 0, AmountSell: mustAmount(400), AmountBuy: mustAmount(200), Buy: true, ValidUntil: 9},
		TakerFill: mustFill(50), MakerFill: mustFill(100), TakerFeeBips: 10, MakerFeeBips: 5}
	raw, err := EncodeTx(tr)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeTx(raw)
	if err != nil {
		t.Fatal(err)
	}
	again, err := EncodeTx(back)
	if err != nil || !bytes.Equal(again, raw) || back.TxType() != OpSpotTrade {
		t.Fatalf("round trip: %x\n%x, %v", raw, again, err)
	}
}
