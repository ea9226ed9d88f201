package deploy

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

type headerOnly struct {
	h   *types.Header
	err error
}

func (f headerOnly) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return f.h, f.err
}

// TestDefaultBlobCapacity: a new deployment takes blob mode, with its
// profile's capacity, on an L1 whose head carries a blob base fee
// (Cancun and after), calldata mode on one without, and an L1 it cannot
// read is an error, not a guess.
func TestDefaultBlobCapacity(t *testing.T) {
	zero := uint64(0)
	ctx := context.Background()
	for _, c := range []struct {
		profile string
		h       *types.Header
		want    int
	}{
		{"test", &types.Header{ExcessBlobGas: &zero}, 64},
		{"dev", &types.Header{ExcessBlobGas: &zero}, 256},
		{"prod", &types.Header{ExcessBlobGas: &zero}, 4096},
		{"prod", &types.Header{}, 0}, // before Cancun: no blobs
	} {
		got, err := DefaultBlobCapacity(ctx, headerOnly{h: c.h}, c.profile)
		if err != nil || got != c.want {
			t.Errorf("%s profile, excess blob gas %v: %d, %v; want %d", c.profile, c.h.ExcessBlobGas, got, err, c.want)
		}
	}
	down := errors.New("connection refused")
	if _, err := DefaultBlobCapacity(ctx, headerOnly{err: down}, "dev"); !errors.Is(err, down) {
		t.Fatalf("an L1 that does not answer: %v, want its error", err)
	}
}
