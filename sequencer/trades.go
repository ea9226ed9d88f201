package sequencer

import (
	"context"
	"encoding/binary"
	"errors"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// Trade is a SpotTrade ready to settle an engine fill: its orders'
// signatures checked (rollup.CheckSig) and its position in the fill
// stream (orderflow: stream sequence, event, chunk), which increases.
type Trade struct {
	Pos     store.FillPos
	Tx      rollup.Tx         // the SpotTrade
	Checked rollup.SigChecked // its signatures checked, or zero (checked when applied)
	Raw     []byte            // rollup.EncodeTx
}

// TradeSource feeds the sequencer the trades of the exchange's fills
// (orderflow.Settler). The sequencer records the position of each trade
// it settles with the block that holds it, in the same SQL transaction,
// so after a restart it asks again from the last position stored:
// a fill is settled once, and none is skipped.
type TradeSource interface {
	// Ready returns trades after position after, in order, taking at
	// most slots block slots (a trade takes rollup.OpSpotTrade's width).
	Ready(after store.FillPos, slots int) []Trade
	// Refused reports a trade the rules refused (an order no longer
	// valid or funded); the sequencer goes on after it.
	Refused(ctx context.Context, t Trade, err error)
}

// SetTrades attaches the exchange's trades; call it before Start. The
// position to go on from is the last stored (store.SettledFills).
func (s *Sequencer) SetTrades(ctx context.Context, src TradeSource) error {
	pos, err := s.db.SettledFills(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open != nil {
		for _, op := range s.open.ops {
			if op.fill != nil && pos.Less(*op.fill) {
				pos = *op.fill
			}
		}
	}
	s.trades, s.tradePos = src, pos
	return nil
}

// TradePos is the position of the last fill settled or refused.
func (s *Sequencer) TradePos() store.FillPos {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tradePos
}

// fillHash names the operation settling the fill at pos (unique, like a
// priority operation's).
func fillHash(pos store.FillPos) [32]byte {
	return ethcrypto.Keccak256Hash([]byte("zkrollup:fill"), binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint64(nil, pos.Seq), pos.Sub))
}

// addTrades applies ready trades to the open block; the caller holds
// s.mu. It returns how many it added, the events to publish, and the
// position of the last trade refused (to record once the open block is
// saved: recorded before, a crash in between would skip the trades the
// block held).
func (s *Sequencer) addTrades(ctx context.Context) (added int, events []Event, full bool, refusedAt *store.FillPos) {
	if s.trades == nil {
		return 0, nil, false, nil
	}
	free := s.p.BlockSlots - s.openLen()
	if free < rollup.OpSpotTrade.Width() {
		return 0, nil, free < s.p.BlockSlots, nil
	}
	ready := s.trades.Ready(s.tradePos, free)
	for _, t := range ready {
		if err := s.ensureOpen(); err != nil { // cannot fail after the priority operations opened it or found it open
			s.log.Error("open a block for trades", "err", err)
			return added, events, false, refusedAt
		}
		var r rollup.Result
		if t.Checked.Tx() != nil {
			r = s.m.ApplySigChecked([]rollup.SigChecked{t.Checked})[0]
		} else {
			r.Receipt, r.Err = s.m.Apply(t.Tx)
		}
		switch {
		case r.Err == nil:
			pos := t.Pos
			h := fillHash(pos)
			s.addOp(pendingOp{hash: h, fill: &pos, raw: t.Raw, receipt: r.Receipt})
			events = append(events, Event{Kind: EventTx, Hash: h, Block: s.open.header.Number, Slot: r.Receipt.Slot, Receipt: r.Receipt})
			added++
		case errors.Is(r.Err, rollup.ErrBlockFull) || errors.Is(r.Err, rollup.ErrTooManyFeeTokens):
			return added, events, true, refusedAt
		default:
			s.log.Info("trade refused", "pos", t.Pos, "reason", r.Err)
			s.trades.Refused(ctx, t, r.Err)
			p := t.Pos
			refusedAt = &p
		}
		s.tradePos = t.Pos
	}
	return added, events, false, refusedAt
}
