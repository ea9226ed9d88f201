package proverserver

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkrollup/zkrollup/internal/status"
	"github.com/zkrollup/zkrollup/store"
)

// metrics of the prover server (Prometheus).
type metrics struct {
	workers  prometheus.Gauge
	duration prometheus.Histogram
	failures *prometheus.CounterVec
	gaveUp   prometheus.Counter
}

func newMetrics() *metrics {
	return &metrics{
		workers: prometheus.NewGauge(prometheus.GaugeOpts{Name: "zkrollup_prover_workers_connected",
			Help: "Prover workers connected to this server now."}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "zkrollup_proof_job_seconds",
			Help: "From a job sent to a worker to its proof verified and stored.", Buckets: prometheus.ExponentialBuckets(1, 2, 12)}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "zkrollup_proof_job_failures_total",
			Help: "Failed proof attempts by cause: invalid (a proof that does not verify), failure (reported by the worker), disconnect (the worker left mid-job)."}, []string{"cause"}),
		gaveUp: prometheus.NewCounter(prometheus.CounterOpts{Name: "zkrollup_proof_jobs_failed_for_good_total",
			Help: "Proof requests that used their last attempt (FAILED for good: an operator must look)."}),
	}
}

// Register adds the server's metrics, and the proof queue's depth by
// status read from the database at each scrape, to r.
func (s *Server) Register(r prometheus.Registerer) error {
	for _, c := range []prometheus.Collector{s.m.workers, s.m.duration, s.m.failures, s.m.gaveUp, queueCollector{s.db}} {
		if err := r.Register(c); err != nil {
			return err
		}
	}
	return nil
}

// queueCollector reports proof requests by status.
type queueCollector struct{ db *store.DB }

var queueDesc = prometheus.NewDesc("zkrollup_proof_jobs", "Proof requests by status (UNREQ, WITNESSGEN, PROVING, COMPLETE, FAILED).", []string{"status"}, nil)

func (q queueCollector) Describe(ch chan<- *prometheus.Desc) { ch <- queueDesc }

func (q queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	counts, err := q.db.CountProofs(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(queueDesc, err)
		return
	}
	for _, st := range status.Proofs {
		ch <- prometheus.MustNewConstMetric(queueDesc, prometheus.GaugeValue, float64(counts[st]), string(st))
	}
}
