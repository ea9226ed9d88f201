package store

import (
	"context"
	"errors"
	"testing"
)

// Accepted orders are stored once, read back by hash and by account in
// the order they came, and deleted.
func TestOrders(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		a := Order{Hash: [32]byte{1}, Account: 7, Slot: 3, Generation: 2, TokenSell: 1, Raw: []byte{0x40, 1}, CreatedAt: 10}
		b := Order{Hash: [32]byte{2}, Account: 7, Slot: 4, Generation: 1, TokenSell: 0, Raw: []byte{0x40, 2}, CreatedAt: 20}
		other := Order{Hash: [32]byte{3}, Account: 8, Raw: []byte{0x40, 3}, CreatedAt: 5}
		for _, o := range []Order{b, a, other, a} {
			if err := d.AddOrder(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		d = reopen()
		got, err := d.OrderByHash(ctx, a.Hash)
		if err != nil || got.Account != 7 || got.Slot != 3 || got.Generation != 2 || got.TokenSell != 1 || string(got.Raw) != string(a.Raw) {
			t.Fatalf("order %+v, %v", got, err)
		}
		if _, err := d.OrderByHash(ctx, [32]byte{9}); !errors.Is(err, ErrNotFound) {
			t.Fatalf("an unknown order: %v", err)
		}
		list, err := d.OrdersOf(ctx, 7)
		if err != nil || len(list) != 2 || list[0].Hash != a.Hash || list[1].Hash != b.Hash {
			t.Fatalf("orders of 7: %+v, %v", list, err)
		}
		if err := d.DeleteOrders(ctx, [][32]byte{a.Hash}); err != nil {
			t.Fatal(err)
		}
		if list, _ := d.OrdersOf(ctx, 7); len(list) != 1 || list[0].Hash != b.Hash {
			t.Fatalf("after the delete: %+v", list)
		}
	})
}

// The exchange's records: fill positions held by blocks and the cursor
// (the highest counts, compared as (seq, sub) pairs, above 2^31 too; the
// cursor never moves back), closed orders with the sequence that closed
// them, and group-committed inserts.
func TestFillPositionsAndClosedOrders(t *testing.T) {
	eachBackend(t, func(t *testing.T, d *DB, reopen func() *DB) {
		ctx := context.Background()
		if p, err := d.SettledFills(ctx); err != nil || p != (FillPos{}) {
			t.Fatalf("an empty store's position %v, %v", p, err)
		}
		big := FillPos{Seq: 1 << 40, Sub: 5<<12 | 3}
		b1 := Block{Number: 1, Ops: []BlockOp{
			{Slot: 0, TxHash: [32]byte{1}, FillPos: &FillPos{Seq: 1 << 40, Sub: 1}},
			{Slot: 2, TxHash: [32]byte{2}, FillPos: &big},
			{Slot: 4, TxHash: [32]byte{3}},
		}}
		if err := d.SealBlock(ctx, b1, nil); err != nil {
			t.Fatal(err)
		}
		d = reopen()
		if p, err := d.SettledFills(ctx); err != nil || p != big {
			t.Fatalf("position %v, %v, want %v", p, err, big)
		}
		got, err := d.Block(ctx, 1)
		if err != nil || got.Ops[1].FillPos == nil || *got.Ops[1].FillPos != big || got.Ops[2].FillPos != nil {
			t.Fatalf("block ops %+v, %v", got.Ops, err)
		}
		// the cursor: below the blocks' it changes nothing; above, it counts;
		// it never moves back
		for _, c := range []FillPos{{Seq: 3}, {Seq: 1 << 40, Sub: 9 << 12}, {Seq: 4}} {
			if err := d.SetFillsCursor(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
		if p, _ := d.SettledFills(ctx); p != (FillPos{Seq: 1 << 40, Sub: 9 << 12}) {
			t.Fatalf("position with the cursor %v", p)
		}
		// closed orders
		a := Order{Hash: [32]byte{7}, Account: 1, Raw: []byte{1}, CreatedAt: 1}
		b := Order{Hash: [32]byte{8}, Account: 1, Raw: []byte{2}, CreatedAt: 2}
		if err := d.AddOrders(ctx, []Order{a, b, a}); err != nil {
			t.Fatal(err)
		}
		if err := d.CloseOrders(ctx, []Closing{{Hash: a.Hash, Seq: 11}, {Hash: [32]byte{9}, Seq: 12}}, 100); err != nil {
			t.Fatal(err)
		}
		if err := d.CloseOrders(ctx, []Closing{{Hash: a.Hash, Seq: 13}}, 200); err != nil { // closed once
			t.Fatal(err)
		}
		list, err := d.OrdersOf(ctx, 1)
		if err != nil || len(list) != 2 || !list[0].Closed || list[0].ClosedSeq != 11 || list[1].Closed {
			t.Fatalf("orders %+v, %v", list, err)
		}
	})
}
