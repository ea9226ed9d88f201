package sequencer

import "github.com/zkrollup/zkrollup/rollup"

// EventKind says what happened.
type EventKind int

// Events the sequencer publishes.
const (
	EventTx       EventKind = iota + 1 // a transaction entered the pending block
	EventRejected                      // a mempool transaction was refused at apply
	EventBlock                         // a block was sealed
)

// Event is published to subscribers after it is persisted.
type Event struct {
	Kind    EventKind
	Hash    [32]byte
	Block   uint64
	Slot    int
	Ops     int
	Root    [32]byte
	Reason  string
	Receipt rollup.Receipt
}

// Subscribe delivers events to ch until cancel is called. A subscriber
// that does not keep up misses events (the channel is never blocked on).
func (s *Sequencer) Subscribe(ch chan<- Event) (cancel func()) {
	s.subMu.Lock()
	defer s.subMu.Unlock()
	id := s.subID
	s.subID++
	s.subs[id] = ch
	return func() {
		s.subMu.Lock()
		defer s.subMu.Unlock()
		delete(s.subs, id)
	}
}

func (s *Sequencer) publish(evs []Event) {
	if len(evs) == 0 {
		return
	}
	s.subMu.Lock()
	defer s.subMu.Unlock()
	for _, ch := range s.subs {
		for _, e := range evs {
			select {
			case ch <- e:
			default:
			}
		}
	}
}
