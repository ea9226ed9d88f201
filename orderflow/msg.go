package orderflow

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/rollup"
)

// ErrBadMessage is a stream message this package did not write.
var ErrBadMessage = errors.New("malformed order-flow message")

// Input kinds (the first byte of an ORDERS message).
const (
	kindPlace  = 'P' // place a signed order
	kindCancel = 'C' // take an account's order slot's order out of the book
	kindDrop   = 'D' // take an order out of the book by hash (its trade was refused)
)

// Input is one ORDERS message: an order to place, or a cancel.
type Input struct {
	Kind       byte
	Time       int64 // unix ms at the API
	Market     uint16
	TIF        match.TIF
	PostOnly   bool
	STP        match.STP
	Order      []byte // a place: rollup.EncodeOrder
	Account    uint32 // a cancel: the order slot whose order leaves the book
	Slot       uint16
	Generation uint32   // a cancel: orders of this generation or older leave
	Hash       [32]byte // a drop: the order that leaves the book
}

// Encode writes the message.
func (in *Input) Encode() []byte {
	b := []byte{in.Kind}
	b = binary.BigEndian.AppendUint64(b, uint64(in.Time))
	switch in.Kind {
	case kindPlace:
		b = binary.BigEndian.AppendUint16(b, in.Market)
		post := byte(0)
		if in.PostOnly {
			post = 1
		}
		b = append(b, byte(in.TIF), post, byte(in.STP))
		return append(b, in.Order...)
	case kindDrop:
		return append(b, in.Hash[:]...)
	default:
		b = binary.BigEndian.AppendUint32(b, in.Account)
		b = binary.BigEndian.AppendUint16(b, in.Slot)
		return binary.BigEndian.AppendUint32(b, in.Generation)
	}
}

// DecodeInput reads an ORDERS message (the order's bytes are not decoded:
// the engine reads them, and refuses a bad one as a rejection).
func DecodeInput(b []byte) (Input, error) {
	if len(b) < 9 {
		return Input{}, fmt.Errorf("%w: %d bytes", ErrBadMessage, len(b))
	}
	in := Input{Kind: b[0], Time: int64(binary.BigEndian.Uint64(b[1:]))}
	b = b[9:]
	switch in.Kind {
	case kindPlace:
		if len(b) != 5+rollup.OrderWireSize || b[3] > 1 {
			return Input{}, fmt.Errorf("%w: a place of %d bytes", ErrBadMessage, len(b))
		}
		in.Market = binary.BigEndian.Uint16(b)
		in.TIF, in.PostOnly, in.STP = match.TIF(b[2]), b[3] == 1, match.STP(b[4])
		in.Order = append([]byte(nil), b[5:]...)
	case kindCancel:
		if len(b) != 10 {
			return Input{}, fmt.Errorf("%w: a cancel of %d bytes", ErrBadMessage, len(b))
		}
		in.Account, in.Slot, in.Generation = binary.BigEndian.Uint32(b), binary.BigEndian.Uint16(b[4:]), binary.BigEndian.Uint32(b[6:])
	case kindDrop:
		if len(b) != 32 {
			return Input{}, fmt.Errorf("%w: a drop of %d bytes", ErrBadMessage, len(b))
		}
		copy(in.Hash[:], b)
	default:
		return Input{}, fmt.Errorf("%w: kind %d", ErrBadMessage, in.Kind)
	}
	return in, nil
}

// Output is one FILLS message: what the engine did with ORDERS message
// Seq. A fill carries both orders' hashes (the sequencer reads the
// signed orders from the store); a cancel or a rejection carries its
// order's (zero when the engine never knew it).
type Output struct {
	Seq    uint64 // the ORDERS sequence (= this message's FILLS sequence)
	Time   int64  // the input's
	Events []match.Event
	Hashes [][2][32]byte // per event: a fill's taker and maker order hashes; a cancel's or rejection's order hash first
}

// Encode writes the message: seq, time, count, then each event
// (match.Event.Append) followed, for a fill, by the two hashes.
func (o *Output) Encode() []byte {
	b := binary.BigEndian.AppendUint64(nil, o.Seq)
	b = binary.BigEndian.AppendUint64(b, uint64(o.Time))
	b = binary.BigEndian.AppendUint32(b, uint32(len(o.Events)))
	for i := range o.Events {
		b = o.Events[i].Append(b)
		switch o.Events[i].Kind {
		case match.Filled:
			b = append(b, o.Hashes[i][0][:]...)
			b = append(b, o.Hashes[i][1][:]...)
		case match.Cancelled, match.Rejected:
			b = append(b, o.Hashes[i][0][:]...)
		}
	}
	return b
}

// DecodeOutput reads a FILLS message.
func DecodeOutput(b []byte) (Output, error) {
	if len(b) < 20 {
		return Output{}, fmt.Errorf("%w: %d bytes", ErrBadMessage, len(b))
	}
	o := Output{Seq: binary.BigEndian.Uint64(b), Time: int64(binary.BigEndian.Uint64(b[8:]))}
	n := binary.BigEndian.Uint32(b[16:])
	b = b[20:]
	if uint64(n) > uint64(len(b))/match.EventSize {
		return Output{}, fmt.Errorf("%w: %d events in %d bytes", ErrBadMessage, n, len(b))
	}
	o.Events = make([]match.Event, 0, n)
	o.Hashes = make([][2][32]byte, 0, n)
	for range n {
		if len(b) < match.EventSize {
			return Output{}, fmt.Errorf("%w: truncated event", ErrBadMessage)
		}
		ev, err := match.DecodeEvent(b[:match.EventSize])
		if err != nil {
			return Output{}, fmt.Errorf("%w: %v", ErrBadMessage, err)
		}
		b = b[match.EventSize:]
		var h [2][32]byte
		switch ev.Kind {
		case match.Filled:
			if len(b) < 64 {
				return Output{}, fmt.Errorf("%w: truncated fill", ErrBadMessage)
			}
			copy(h[0][:], b)
			copy(h[1][:], b[32:])
			b = b[64:]
		case match.Cancelled, match.Rejected:
			if len(b) < 32 {
				return Output{}, fmt.Errorf("%w: truncated event", ErrBadMessage)
			}
			copy(h[0][:], b)
			b = b[32:]
		}
		o.Events = append(o.Events, ev)
		o.Hashes = append(o.Hashes, h)
	}
	if len(b) != 0 {
		return Output{}, fmt.Errorf("%w: %d trailing bytes", ErrBadMessage, len(b))
	}
	return o, nil
}
