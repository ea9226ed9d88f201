package txsender

import (
	"math/big"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics counts the sender's blob transactions.
type Metrics interface {
	// BlobTxSent: the L1 node took a blob transaction, a first attempt or
	// the replacement of a stuck one.
	BlobTxSent(replacement bool)
	// BlobTxMined: a blob transaction is settled (confirmed or reverted:
	// both paid), with its receipt's blob gas used and blob gas price.
	BlobTxMined(blobGasUsed uint64, blobGasPrice *big.Int)
}

// SetMetrics makes the sender report to m (it reports nowhere by
// default). Call it before Start.
func (s *Sender) SetMetrics(m Metrics) { s.m = m }

type noopMetrics struct{}

func (noopMetrics) BlobTxSent(bool)              {}
func (noopMetrics) BlobTxMined(uint64, *big.Int) {}

var _ Metrics = noopMetrics{}

type promMetrics struct {
	sent    *prometheus.CounterVec
	gasUsed prometheus.Counter
	gasPaid prometheus.Counter
}

var _ Metrics = (*promMetrics)(nil)

// NewMetrics returns Prometheus metrics registered with r.
func NewMetrics(r prometheus.Registerer) (Metrics, error) {
	m := &promMetrics{
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "zkrollup_l1_blob_txs_sent_total",
			Help: "Blob transactions the L1 node took, by attempt: first, or replacement (of a stuck one)."}, []string{"attempt"}),
		gasUsed: prometheus.NewCounter(prometheus.CounterOpts{Name: "zkrollup_l1_blob_gas_used_total",
			Help: "Blob gas used by the sender's mined blob transactions (confirmed or reverted)."}),
		gasPaid: prometheus.NewCounter(prometheus.CounterOpts{Name: "zkrollup_l1_blob_gas_paid_wei_total",
			Help: "Wei paid for blob gas by the sender's mined blob transactions (blob gas used times blob gas price)."}),
	}
	for _, c := range []prometheus.Collector{m.sent, m.gasUsed, m.gasPaid} {
		if err := r.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *promMetrics) BlobTxSent(replacement bool) {
	attempt := "first"
	if replacement {
		attempt = "replacement"
	}
	m.sent.WithLabelValues(attempt).Inc()
}

func (m *promMetrics) BlobTxMined(used uint64, price *big.Int) {
	m.gasUsed.Add(float64(used))
	if price != nil {
		paid, _ := new(big.Float).SetInt(new(big.Int).Mul(new(big.Int).SetUint64(used), price)).Float64()
		m.gasPaid.Add(paid)
	}
}
