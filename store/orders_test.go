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
