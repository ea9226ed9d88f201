package orderflow

import (
	"bytes"
	"io"
	"log/slog"
	"testing"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/rollup"
)

// FuzzDecodeInput: an ORDERS message never panics the decoder, and what
// it accepts encodes back to the same bytes.
func FuzzDecodeInput(f *testing.F) {
	f.Add((&Input{Kind: kindPlace, Time: 5, Market: 1, TIF: match.IOC, PostOnly: false, Order: make([]byte, rollup.OrderWireSize)}).Encode())
	f.Add((&Input{Kind: kindCancel, Time: 5, Account: 3, Slot: 2, Generation: 7}).Encode())
	f.Add((&Input{Kind: kindDrop, Time: 5, Hash: [32]byte{1}}).Encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := DecodeInput(b)
		if err != nil {
			return
		}
		if again := in.Encode(); !bytes.Equal(again, b) {
			t.Fatalf("decode/encode changed the bytes:\n%x\n%x", b, again)
		}
	})
}

// FuzzDecodeOutput: a FILLS message never panics the decoder, and what it
// accepts encodes back to the same bytes.
func FuzzDecodeOutput(f *testing.F) {
	out := Output{Seq: 9, Time: 3, Events: []match.Event{
		{Seq: 1, Kind: match.Accepted, Side: match.Buy, Order: 9},
		{Seq: 2, Kind: match.Filled, Side: match.Buy, Order: 9, Maker: 4, Price: 5, Qty: 6},
		{Seq: 3, Kind: match.Cancelled, Reason: match.Remainder, Side: match.Buy, Order: 9},
	}, Hashes: [][2][32]byte{{}, {{1}, {2}}, {{3}}}}
	f.Add(out.Encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := DecodeOutput(b)
		if err != nil {
			return
		}
		if again := o.Encode(); !bytes.Equal(again, b) {
			t.Fatalf("decode/encode changed the bytes:\n%x\n%x", b, again)
		}
	})
}

// FuzzEngineSnapshot: a snapshot file never panics the engine's restore,
// and one it accepts writes back to the same bytes.
func FuzzEngineSnapshot(f *testing.F) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	m := Market{ID: 1, Symbol: "ETH/DAI", Base: 0, Quote: 1, LotSize: 10, TickSize: 1, MaxPrice: 1000, MaxQty: 1000}
	e, err := NewEngine(nil, EngineConfig{Markets: []Market{m}, Dir: f.TempDir()}, log)
	if err != nil {
		f.Fatal(err)
	}
	if err := e.fresh(); err != nil {
		f.Fatal(err)
	}
	o := &rollup.Order{Account: 2, Slot: 1, Generation: 1, TokenSell: 0, TokenBuy: 1, ValidUntil: 4_000_000_000, MaxFeeBips: 10}
	o.AmountSell, _ = rollup.PackAmount(u128(100))
	o.AmountBuy, _ = rollup.PackAmount(u128(500))
	e.apply(1, (&Input{Kind: kindPlace, Time: 1000, Market: 1, Order: rollup.EncodeOrder(o)}).Encode())
	f.Add(e.encodeSnapshot())
	f.Add([]byte("zkrengine1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		x, _ := NewEngine(nil, EngineConfig{Markets: []Market{m}, Dir: t.TempDir()}, log)
		if err := x.decodeSnapshot(b); err != nil {
			return
		}
		if again := x.encodeSnapshot(); !bytes.Equal(again, b) {
			t.Fatalf("restore/snapshot changed the bytes")
		}
	})
}
