package sequencer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/rollup"
)

// Trade is a SpotTrade ready to settle an engine fill: its orders'
// signatures checked (rollup.CheckSig) and its position in the fill
// stream (orderflow: stream sequence, event, chunk), which increases.
type Trade struct {
	Pos     uint64
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
	Ready(after uint64, slots int) []Trade
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
			if op.fill != nil && *op.fill > pos {
				pos = *op.fill
			}
		}
	}
	s.trades, s.tradePos = src, pos
	return nil
}

// TradePos is the position of the last fill settled or refused.
func (s *Sequencer) TradePos() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tradePos
}

// fillHash names the operation settling the fill at pos (unique, like a
// priority operation's).
func fillHash(pos uint64) [32]byte {
	return ethcrypto.Keccak256Hash([]byte("zkrollup:fill"), binary.BigEndian.AppendUint64(nil, pos))
}

// addTrades applies ready trades to the open block; the caller holds
// s.mu. It returns how many it added and the events to publish.
func (s *Sequencer) addTrades(ctx context.Context) (added int, events []Event, full bool, err error) {
	if s.trades == nil {
		return 0, nil, false, nil
	}
	free := s.p.BlockSlots - s.openLen()
	if free < rollup.OpSpotTrade.Width() {
		return 0, nil, free < s.p.BlockSlots, nil
	}
	ready := s.trades.Ready(s.tradePos, free)
	refusedAt := uint64(0)
	for _, t := range ready {
		if err := s.ensureOpen(); err != nil {
			return added, events, false, err
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
			return added, events, true, nil
		default:
			s.log.Info("trade refused", "pos", t.Pos, "reason", r.Err)
			s.trades.Refused(ctx, t, r.Err)
			refusedAt = t.Pos
		}
		s.tradePos = t.Pos
	}
	if refusedAt > 0 {
		// no op holds a refused trade's position: a cursor does, so a
		// restart does not try it again
		if err := s.db.SetFillsCursor(ctx, refusedAt); err != nil {
			return added, events, false, fmt.Errorf("fills cursor: %w", err)
		}
	}
	return added, events, false, nil
}
