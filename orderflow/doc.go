// Package orderflow is the exchange's order flow (issue 18): signed
// orders in from the API, through a NATS JetStream stream (ORDERS, the
// one ordered source of truth), into the matching engine (package match),
// whose outcomes go to a second stream (FILLS); the sequencer settles
// each fill as SpotTrades (Settler, a sequencer.TradeSource).
//
// Exactly once, through crashes of any part:
//   - the API appends an order with Nats-Msg-Id = its hash, after the
//     order is stored (orders.Book): a re-append after a lost reply is
//     dropped by the stream;
//   - the engine's order ids are ORDERS sequence numbers, and the
//     output of ORDERS message n is FILLS message n (published with
//     Nats-Expected-Last-Sequence n-1); a restarted engine restores its
//     newest snapshot (which records the last sequence it covers),
//     replays ORDERS after it and publishes only what FILLS lacks;
//   - the sequencer stores the position of every fill it settles
//     (FILLS sequence, event, chunk) with the block holding it, in one
//     SQL transaction, and asks again from there after a restart.
//
// NATS lives in this package only.
package orderflow
