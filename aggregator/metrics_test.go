package aggregator_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkrollup/zkrollup/aggregator"
	"github.com/zkrollup/zkrollup/store"
)

// TestMetricsReportProgress: the collector reads the highest block proven
// without a gap and the L1 progress at each scrape.
func TestMetricsReportProgress(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{SQLitePath: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for n := uint64(1); n <= 2; n++ {
		if err := db.SealBlock(ctx, store.Block{Number: n}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RequestProofs(ctx, 2, 0); err != nil {
		t.Fatal(err)
	}
	r, _, err := db.ClaimProofRequest(ctx, "p", 1, 100, 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveWitness(ctx, r.Block, "p", []byte("w"), 1, 100); err != nil {
		t.Fatal(err)
	}
	if err := db.CompleteProof(ctx, r.Block, "p", []byte("proof"), 1); err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	if err := reg.Register(aggregator.Metrics(db)); err != nil {
		t.Fatal(err)
	}
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			name := f.GetName()
			for _, l := range m.GetLabel() {
				name += "/" + l.GetValue()
			}
			got[name] = m.GetGauge().GetValue()
		}
	}
	want := map[string]float64{"zkrollup_proofs_contiguous_block": 1, "zkrollup_l1_blocks/committed": 0,
		"zkrollup_l1_blocks/proven": 0, "zkrollup_l1_blocks/executed": 0}
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			t.Errorf("%s = %v (%v), want %v; all: %v", k, g, ok, v, got)
		}
	}
}
