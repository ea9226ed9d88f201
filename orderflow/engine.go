package orderflow

import (
	"bytes"
	"container/heap"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkrollup/zkrollup/match"
	"github.com/zkrollup/zkrollup/rollup"
)

// EngineConfig is the engine runner's setting.
type EngineConfig struct {
	Markets   []Market
	Dir       string // snapshots
	SnapEvery uint64 // inputs between snapshots (default 100,000)
	SnapKeep  int    // snapshots kept (default 2)
}

type slotKey struct {
	account uint32
	slot    uint16
}

type entry struct {
	hash       [32]byte
	account    uint32
	slot       uint16
	generation uint32
	validUntil uint32 // unix seconds
}

// Engine runs the matching engine on the ORDERS stream and publishes
// each input's outcome to FILLS.
type Engine struct {
	c       *Conn
	cfg     EngineConfig
	log     *slog.Logger
	markets map[uint16]*Market

	mu      sync.Mutex // guards the fields below against readers (Depth, Resting)
	eng     *match.Engine
	applied uint64             // last ORDERS sequence applied
	index   map[uint64]entry   // resting orders by engine id
	bySlot  map[slotKey]uint64 // resting orders by order slot
	byHash  map[[32]byte]uint64

	expiry expiryHeap // resting orders that expire, soonest first

	sinceSnap uint64
	evs       []match.Event
	listeners []func(Output)
}

// NewEngine checks the markets and returns the runner (Run starts it).
func NewEngine(c *Conn, cfg EngineConfig, log *slog.Logger) (*Engine, error) {
	if cfg.SnapEvery == 0 {
		cfg.SnapEvery = 100_000
	}
	if cfg.SnapKeep <= 0 {
		cfg.SnapKeep = 2
	}
	if cfg.Dir == "" {
		return nil, errors.New("orderflow: the engine needs a snapshot directory")
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, err
	}
	markets, err := listing(cfg.Markets)
	if err != nil {
		return nil, err
	}
	return &Engine{c: c, cfg: cfg, log: log, markets: markets}, nil
}

// OnOutput calls f with every output the engine produces or replays,
// in order (market data); call it before Run.
func (e *Engine) OnOutput(f func(Output)) { e.listeners = append(e.listeners, f) }

func (e *Engine) fresh() error {
	e.eng = match.New()
	for _, id := range sortedMarketIDs(e.markets) {
		if err := e.eng.AddMarket(e.markets[id].engineMarket()); err != nil {
			return err
		}
	}
	e.applied = 0
	e.index, e.bySlot, e.byHash = map[uint64]entry{}, map[slotKey]uint64{}, map[[32]byte]uint64{}
	e.expiry = nil
	return nil
}

func sortedMarketIDs(m map[uint16]*Market) []uint16 {
	ids := make([]uint16, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Applied is the last ORDERS sequence the engine applied.
func (e *Engine) Applied() uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.applied
}

// Depth is up to n levels of a market's book, best first.
func (e *Engine) Depth(market uint16, n int) (bids, asks []match.Level) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.eng == nil {
		return nil, nil
	}
	return e.eng.Depth(market, n)
}

// Resting reports an order's engine id and open lots if it rests in a
// book.
func (e *Engine) Resting(hash [32]byte) (id, lots uint64, ok bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	id, ok = e.byHash[hash]
	if !ok || e.eng == nil {
		return 0, 0, false
	}
	lots, ok = e.eng.Open(id)
	return id, lots, ok
}

// Markets lists the markets.
func (e *Engine) Markets() []Market {
	out := make([]Market, 0, len(e.markets))
	for _, id := range sortedMarketIDs(e.markets) {
		out = append(out, *e.markets[id])
	}
	return out
}

// Run restores the newest snapshot, replays ORDERS after it and follows
// the stream until ctx ends, publishing what FILLS lacks.
func (e *Engine) Run(ctx context.Context) error {
	err := e.run(ctx)
	if ctx.Err() != nil {
		return nil // stopped
	}
	return err
}

func (e *Engine) run(ctx context.Context) error {
	if err := e.restore(); err != nil {
		return err
	}
	published, err := e.lastPublished(ctx)
	if err != nil {
		return err
	}
	if published < e.applied {
		return fmt.Errorf("orderflow: the engine's snapshot covers ORDERS up to %d but FILLS ends at %d: the streams and the snapshot directory %s do not belong together",
			e.applied, published, e.cfg.Dir)
	}
	fillsLast, err := lastSeq(ctx, e.c.fills)
	if err != nil {
		return err
	}
	e.log.Info("matching engine ready", "applied", e.applied, "published", published, "resting", len(e.index))
	var acks []jetstream.PubAckFuture
	flush := func(ctx context.Context) error {
		for _, f := range acks {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				return fmt.Errorf("orderflow: publish to FILLS: %w", err)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		acks = acks[:0]
		return nil
	}
	err = consume(ctx, e.c.orders, "ORDERS", e.applied+1, 4096, nil, func(msg jetstream.Msg) error {
		meta, err := msg.Metadata()
		if err != nil {
			return err
		}
		seq := meta.Sequence.Stream
		if seq <= e.applied {
			return nil
		}
		out := e.apply(seq, msg.Data())
		if seq > published {
			// in order and without gaps: one lost append fails every later one
			// (the engine stops; its restart publishes from what FILLS holds)
			f, err := e.c.js.PublishAsync(e.c.subject("FILLS"), out.Encode(), jetstream.WithMsgID("o"+strconv.FormatUint(seq, 10)),
				jetstream.WithExpectLastSequence(fillsLast))
			fillsLast++
			if err != nil {
				return fmt.Errorf("orderflow: publish to FILLS: %w", err)
			}
			acks = append(acks, f)
			if len(acks) >= 1024 || meta.NumPending == 0 {
				if err := flush(ctx); err != nil {
					return err
				}
			}
		}
		for _, l := range e.listeners {
			l(out)
		}
		if e.sinceSnap >= e.cfg.SnapEvery {
			if err := flush(ctx); err != nil {
				return err
			}
			return e.snapshot()
		}
		return nil
	})
	if err != nil || ctx.Err() == nil {
		return err
	}
	// a clean stop leaves a fresh snapshot, once FILLS holds what it covers
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if flush(fctx) == nil {
		_ = e.snapshot()
	}
	return nil
}

// lastPublished is the ORDERS sequence of FILLS's last message.
func (e *Engine) lastPublished(ctx context.Context) (uint64, error) {
	last, err := lastSeq(ctx, e.c.fills)
	if err != nil || last == 0 {
		return 0, err
	}
	m, err := e.c.fills.GetMsg(ctx, last)
	if err != nil {
		return 0, fmt.Errorf("orderflow: read FILLS %d: %w", last, err)
	}
	if len(m.Data) < 8 {
		return 0, fmt.Errorf("orderflow: FILLS %d: %w", last, ErrBadMessage)
	}
	return binary.BigEndian.Uint64(m.Data), nil
}

// apply runs one ORDERS message through the engine.
func (e *Engine) apply(seq uint64, data []byte) Output {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.applied = seq
	e.sinceSnap++
	out := Output{Seq: seq}
	in, err := DecodeInput(data)
	if err != nil {
		e.log.Warn("skipping a malformed ORDERS message", "seq", seq, "err", err)
		return out
	}
	out.Time = in.Time
	evs := e.evs[:0]
	switch in.Kind {
	case kindPlace:
		evs = e.expire(in.Time, evs)
		evs = e.place(seq, &in, evs)
	case kindCancel:
		if id, ok := e.bySlot[slotKey{in.Account, in.Slot}]; ok && e.index[id].generation <= in.Generation {
			evs = e.eng.Cancel(id, evs)
		}
	case kindDrop:
		if id, ok := e.byHash[in.Hash]; ok {
			evs = e.eng.Cancel(id, evs)
		}
	}
	out.Events = slices.Clone(evs)
	out.Hashes = make([][2][32]byte, len(evs))
	for i, ev := range evs {
		switch ev.Kind {
		case match.Filled:
			out.Hashes[i] = [2][32]byte{e.index[ev.Order].hash, e.index[ev.Maker].hash}
			if ev.MakerLeft == 0 {
				e.forget(ev.Maker)
			}
		case match.Cancelled, match.Rejected:
			out.Hashes[i][0] = e.index[ev.Order].hash
			e.forget(ev.Order)
		}
	}
	if in.Kind == kindPlace && !rested(evs, seq) {
		e.forget(seq)
	}
	// the engine's ledger holds only what open orders froze: what came
	// back (proceeds, refunds) is L2's, settled by the trades
	for _, ev := range evs {
		m := e.markets[ev.Market]
		if m == nil {
			continue
		}
		for _, acct := range []uint32{ev.Account, ev.MakerAccount} {
			for _, tok := range []uint16{m.Base, m.Quote} {
				if avail, _ := e.eng.Balance(acct, tok); avail > 0 {
					_ = e.eng.Withdraw(acct, tok, avail)
				}
			}
		}
	}
	e.evs = evs
	return out
}

// expiryMargin is how long before its end of validity an order leaves
// the book: a fill must still be valid in the block that settles it.
const expiryMargin = 30

// expiring is a resting order's end of validity.
type expiring struct {
	at uint32
	id uint64
}

type expiryHeap []expiring

func (h expiryHeap) Len() int { return len(h) }
func (h expiryHeap) Less(i, j int) bool {
	return h[i].at < h[j].at || (h[i].at == h[j].at && h[i].id < h[j].id)
}
func (h expiryHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *expiryHeap) Push(x any)   { *h = append(*h, x.(expiring)) }
func (h *expiryHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// expire cancels the resting orders whose validity ended before the
// input's time (a fill with one of them would be refused on L2): the
// engine's clock is the stream's, so a replay expires the same orders.
func (e *Engine) expire(ms int64, evs []match.Event) []match.Event {
	now := ms / 1000
	for e.expiry.Len() > 0 && int64(e.expiry[0].at) < now+expiryMargin {
		x := heap.Pop(&e.expiry).(expiring)
		if _, ok := e.index[x.id]; ok {
			evs = e.eng.Cancel(x.id, evs)
		}
	}
	return evs
}

func rested(evs []match.Event, id uint64) bool {
	for _, ev := range evs {
		if ev.Kind == match.Rested && ev.Order == id {
			return true
		}
	}
	return false
}

func (e *Engine) forget(id uint64) {
	en, ok := e.index[id]
	if !ok {
		return
	}
	delete(e.index, id)
	if e.bySlot[slotKey{en.account, en.slot}] == id {
		delete(e.bySlot, slotKey{en.account, en.slot})
	}
	if e.byHash[en.hash] == id {
		delete(e.byHash, en.hash)
	}
}

// place submits a signed order: the engine's ledger is funded with
// exactly what the order freezes (the API checked the account's L2
// balance net of its open orders).
func (e *Engine) place(seq uint64, in *Input, evs []match.Event) []match.Event {
	bad := match.Order{ID: seq, Market: in.Market} // quantity 0: the engine rejects it as malformed
	m := e.markets[in.Market]
	o, err := rollup.DecodeOrder(in.Order)
	if m == nil || err != nil {
		return e.eng.Submit(bad, evs)
	}
	side, price, qty, err := m.EngineSide(o)
	if t := in.Time / 1000; err != nil || t < int64(o.ValidFrom) || t+expiryMargin > int64(o.ValidUntil) { // valid at its time in the stream, and long enough to settle
		bad.Account = o.Account
		return e.eng.Submit(bad, evs)
	}
	// a new order in a slot replaces the slot's resting one (on L2 its
	// generation does)
	if old, ok := e.bySlot[slotKey{o.Account, o.Slot}]; ok {
		evs = e.eng.Cancel(old, evs) // apply forgets it
	}
	need, tok := qty, m.Base
	if side == match.Buy {
		hi, lo := bits.Mul64(price, qty)
		need, tok = lo, m.Quote
		if hi != 0 {
			need = 0 // the engine refuses the order (overflow)
		}
	}
	if err := e.eng.Deposit(o.Account, tok, need); err != nil {
		bad.Account = o.Account
		return e.eng.Submit(bad, evs)
	}
	h := rollup.OrderHash(o)
	e.index[seq] = entry{hash: h, account: o.Account, slot: o.Slot, generation: o.Generation, validUntil: o.ValidUntil}
	if o.ValidUntil != ^uint32(0) {
		heap.Push(&e.expiry, expiring{at: o.ValidUntil, id: seq})
	}
	e.bySlot[slotKey{o.Account, o.Slot}] = seq
	e.byHash[h] = seq
	return e.eng.Submit(match.Order{ID: seq, Account: o.Account, Market: in.Market, Side: side, Kind: match.LimitOrder,
		TIF: in.TIF, PostOnly: in.PostOnly, STP: in.STP, Price: price, Qty: qty}, evs)
}

// Snapshots: "zkrengine1" | applied | engine snapshot (length-prefixed)
// | resting orders' index | SHA-256 of everything before it.
var snapMagic = []byte("zkrengine1")

func (e *Engine) encodeSnapshot() []byte {
	e.mu.Lock()
	defer e.mu.Unlock()
	b := append([]byte(nil), snapMagic...)
	b = binary.BigEndian.AppendUint64(b, e.applied)
	s := e.eng.AppendSnapshot(nil)
	b = binary.BigEndian.AppendUint64(b, uint64(len(s)))
	b = append(b, s...)
	ids := make([]uint64, 0, len(e.index))
	for id := range e.index {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	b = binary.BigEndian.AppendUint32(b, uint32(len(ids)))
	for _, id := range ids {
		en := e.index[id]
		b = binary.BigEndian.AppendUint64(b, id)
		b = append(b, en.hash[:]...)
		b = binary.BigEndian.AppendUint32(b, en.account)
		b = binary.BigEndian.AppendUint16(b, en.slot)
		b = binary.BigEndian.AppendUint32(b, en.generation)
		b = binary.BigEndian.AppendUint32(b, en.validUntil)
	}
	sum := sha256.Sum256(b)
	return append(b, sum[:]...)
}

// entrySize is a resting order's index entry in a snapshot: id, hash,
// account, slot, generation, valid until.
const entrySize = 8 + 32 + 4 + 2 + 4 + 4

// ErrBadSnapshot is a snapshot file that does not read back.
var ErrBadSnapshot = errors.New("orderflow: bad engine snapshot")

func (e *Engine) decodeSnapshot(b []byte) error {
	if len(b) < len(snapMagic)+8+8+4+32 || !bytes.HasPrefix(b, snapMagic) {
		return ErrBadSnapshot
	}
	body, sum := b[:len(b)-32], b[len(b)-32:]
	if s := sha256.Sum256(body); !bytes.Equal(s[:], sum) {
		return fmt.Errorf("%w: checksum", ErrBadSnapshot)
	}
	r := body[len(snapMagic):]
	applied := binary.BigEndian.Uint64(r)
	n := binary.BigEndian.Uint64(r[8:])
	r = r[16:]
	if n > uint64(len(r)) {
		return fmt.Errorf("%w: engine state length", ErrBadSnapshot)
	}
	eng, err := match.Restore(r[:n])
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSnapshot, err)
	}
	r = r[n:]
	if len(r) < 4 {
		return ErrBadSnapshot
	}
	cnt := binary.BigEndian.Uint32(r)
	r = r[4:]
	if uint64(len(r)) != uint64(cnt)*entrySize {
		return fmt.Errorf("%w: index length", ErrBadSnapshot)
	}
	if err := e.fresh(); err != nil {
		return err
	}
	for range cnt {
		id := binary.BigEndian.Uint64(r)
		var en entry
		copy(en.hash[:], r[8:40])
		en.account, en.slot, en.generation = binary.BigEndian.Uint32(r[40:]), binary.BigEndian.Uint16(r[44:]), binary.BigEndian.Uint32(r[46:])
		en.validUntil = binary.BigEndian.Uint32(r[50:])
		if en.validUntil != ^uint32(0) {
			heap.Push(&e.expiry, expiring{at: en.validUntil, id: id})
		}
		e.index[id] = en
		e.bySlot[slotKey{en.account, en.slot}] = id
		e.byHash[en.hash] = id
		r = r[entrySize:]
	}
	e.eng, e.applied = eng, applied
	return nil
}

func (e *Engine) snapshot() error {
	if e.eng == nil {
		return nil
	}
	b := e.encodeSnapshot()
	e.sinceSnap = 0
	name := filepath.Join(e.cfg.Dir, fmt.Sprintf("engine-%020d.snap", e.Applied()))
	if err := writeFileSync(name, b); err != nil {
		return fmt.Errorf("orderflow: engine snapshot: %w", err)
	}
	snaps, _ := e.snapshots()
	for i := 0; i+e.cfg.SnapKeep < len(snaps); i++ {
		_ = os.Remove(snaps[i])
	}
	return nil
}

// snapshots lists the snapshot files, oldest first.
func (e *Engine) snapshots() ([]string, error) {
	ents, err := os.ReadDir(e.cfg.Dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, en := range ents {
		if strings.HasPrefix(en.Name(), "engine-") && strings.HasSuffix(en.Name(), ".snap") {
			out = append(out, filepath.Join(e.cfg.Dir, en.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// restore loads the newest snapshot that reads back (an unreadable one,
// from a crash while writing, is skipped), or starts empty.
func (e *Engine) restore() error {
	snaps, err := e.snapshots()
	if err != nil {
		return err
	}
	for i := len(snaps) - 1; i >= 0; i-- {
		b, err := os.ReadFile(snaps[i])
		if err != nil {
			return err
		}
		start := time.Now()
		e.mu.Lock()
		err = e.decodeSnapshot(b)
		e.mu.Unlock()
		if err == nil {
			e.log.Info("engine snapshot restored", "file", filepath.Base(snaps[i]), "applied", e.Applied(), "took", time.Since(start))
			return e.checkMarkets()
		}
		e.log.Warn("skipping an engine snapshot", "file", snaps[i], "err", err)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.fresh()
}

// checkMarkets refuses a snapshot of other markets than the listing.
func (e *Engine) checkMarkets() error {
	probe := match.New()
	for _, id := range sortedMarketIDs(e.markets) {
		if err := probe.AddMarket(e.markets[id].engineMarket()); err != nil {
			return err
		}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, id := range sortedMarketIDs(e.markets) {
		if err := e.eng.AddMarket(e.markets[id].engineMarket()); !errors.Is(err, match.ErrDuplicateMarket) {
			return fmt.Errorf("orderflow: the engine snapshot does not list market %d (%s): listings change only with a fresh engine", id, e.markets[id].Symbol)
		}
	}
	return nil
}

func writeFileSync(name string, b []byte) error {
	tmp := name + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(name))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
