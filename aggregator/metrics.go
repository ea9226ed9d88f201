package aggregator

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkrollup/zkrollup/store"
)

// Metrics reports, read from the database at each scrape, how far blocks
// are: the highest block proven without a gap before it, and the blocks
// committed, proven and executed on L1 (confirmed).
func Metrics(db *store.DB) prometheus.Collector { return progressCollector{db} }

type progressCollector struct{ db *store.DB }

var (
	contiguousDesc = prometheus.NewDesc("zkrollup_proofs_contiguous_block",
		"The highest block such that every block up to it has a complete proof.", nil, nil)
	l1Desc = prometheus.NewDesc("zkrollup_l1_blocks", "Blocks committed, proven and executed on L1 (confirmed).", []string{"stage"}, nil)
)

func (c progressCollector) Describe(ch chan<- *prometheus.Desc) { ch <- contiguousDesc; ch <- l1Desc }

func (c progressCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	n, err := c.db.ContiguousProven(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(contiguousDesc, err)
	} else {
		ch <- prometheus.MustNewConstMetric(contiguousDesc, prometheus.GaugeValue, float64(n))
	}
	p, err := c.db.L1Progress(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(l1Desc, err)
		return
	}
	for stage, v := range map[string]uint64{"committed": p.Committed, "proven": p.Proven, "executed": p.Executed} {
		ch <- prometheus.MustNewConstMetric(l1Desc, prometheus.GaugeValue, float64(v), stage)
	}
}
