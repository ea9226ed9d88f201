// Package marketdata derives an exchange API's market data from the
// matching engine's event stream (package match): per market, the
// order-book depth as a snapshot (Depth) carrying an update id plus the
// diffs of each engine input (DepthUpdate) carrying consecutive ids, so
// that a client that misses one sees the gap and rebuilds from a fresh
// snapshot (as Binance's depth stream works); the recent trades; and
// OHLCV candles for the configured intervals.
//
// It owns nothing but what it derives: it does no I/O and reads no clock
// (the caller passes each input's time), and it never changes the
// engine. It must see the stream from its first event (or from a point
// where every book is empty): the book it keeps is built only from
// events, and a resting order it never saw rest cannot be taken out of it.
//
// Feeding it is idempotent: Apply ignores every event whose Seq is not
// above the last one applied, so replaying the stream after a restart
// changes nothing. A Feed is safe for concurrent use: one goroutine
// applies, API handlers read.
package marketdata
