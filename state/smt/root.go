package smt

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

const (
	// parallelMinHashes: a Root with fewer inner nodes to hash (about 0.7 ms
	// of work) stays on one goroutine: waking an idle core costs more.
	parallelMinHashes = 128
	// tasksPerWorker: Root splits the work at the highest height with at
	// least this many changed nodes per worker, and hands them out in as
	// many tasks, so that workers finish together.
	tasksPerWorker = 16
	// maxPooledNodes: larger scratch arenas are left to the GC.
	maxPooledNodes = 1 << 16
)

// level is the nodes at one height that one Root call computes, sorted by
// index: at height 0 the leaves set since the last Root, above it their
// ancestors.
type level struct {
	idx []uint64
	val []fr.Element
}

// scratch is the per-call working memory of Root, pooled across trees.
type scratch struct {
	idx []uint64
	val []fr.Element
	lv  []level
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func putScratch(sc *scratch) {
	clear(sc.lv) // drop references to the tree
	if cap(sc.idx) <= maxPooledNodes {
		scratchPool.Put(sc)
	}
}

// Root returns the tree's root. It hashes each ancestor of the leaves set
// since the last call exactly once, height by height; a large batch is split
// across runtime.GOMAXPROCS goroutines by disjoint subtrees. The result is
// cached until the next Set. On error nothing changes and Root may be
// called again.
func (t *Tree) Root() (fr.Element, error) {
	if t.rootOK {
		return t.root, nil
	}
	if len(t.pending) > 0 {
		sc := scratchPool.Get().(*scratch)
		defer putScratch(sc)
		lv := t.plan(sc)
		if err := t.hashAll(lv); err != nil {
			return fr.Element{}, err
		}
		t.keep(lv)
		t.pending = t.pending[:0]
	}
	r, err := t.node(t.reader(), t.depth, 0)
	if err != nil {
		return fr.Element{}, err
	}
	t.root, t.rootOK = r, true
	return r, nil
}

// plan sorts the pending leaves and lays out, in sc, every height's changed
// nodes: their indices now, their values to be hashed.
func (t *Tree) plan(sc *scratch) []level {
	slices.Sort(t.pending)
	t.pending = slices.Compact(t.pending)
	var offs [MaxDepth + 2]int
	idx, prev := sc.idx[:0], t.pending
	for h := 1; h <= t.depth; h++ {
		start := len(idx)
		offs[h] = start
		for _, i := range prev { // sorted, so equal parents are adjacent
			if p := i >> 1; len(idx) == start || idx[len(idx)-1] != p {
				idx = append(idx, p)
			}
		}
		prev = idx[start:]
	}
	offs[t.depth+1] = len(idx)
	k := len(t.pending)
	val := sc.val
	if cap(val) < k+len(idx) {
		val = make([]fr.Element, k+len(idx))
	}
	val = val[:k+len(idx)]
	for j, i := range t.pending {
		val[j] = t.leaves[i]
	}
	lv := slices.Grow(sc.lv[:0], t.depth+1)[:t.depth+1]
	lv[0] = level{idx: t.pending, val: val[:k]}
	for h := 1; h <= t.depth; h++ {
		lv[h] = level{idx: idx[offs[h]:offs[h+1]], val: val[k+offs[h] : k+offs[h+1]]}
	}
	sc.idx, sc.val, sc.lv = idx, val, lv
	return lv
}

// hashAll computes every planned inner node.
func (t *Tree) hashAll(lv []level) error {
	top := 1 // the lowest height left for this goroutine alone
	w := runtime.GOMAXPROCS(0)
	if s := t.splitHeight(lv, w); s > 0 {
		if err := t.hashSubtrees(lv, s, w); err != nil {
			return err
		}
		top = s + 1
	}
	r := t.reader()
	for h := top; h <= t.depth; h++ {
		if err := t.hashRange(r, lv, h, 0, len(lv[h].idx)); err != nil {
			return err
		}
	}
	return nil
}

// splitHeight is the height at which Root shares the work among w workers:
// the highest with tasksPerWorker changed nodes per worker (fewer for a
// small batch, down to one per worker), or 0 when Root should not split.
func (t *Tree) splitHeight(lv []level, w int) int {
	if w < 2 {
		return 0
	}
	total := 0
	for h := 1; h <= t.depth; h++ {
		total += len(lv[h].idx)
	}
	if total < parallelMinHashes {
		return 0
	}
	want := min(tasksPerWorker*w, max(w, len(lv[0].idx)/2))
	for h := t.depth; h >= 1; h-- {
		if len(lv[h].idx) >= want {
			return h
		}
	}
	return 0
}

// hashSubtrees computes heights 1..s. The changed nodes at height s root
// disjoint subtrees; they are cut into tasks of consecutive subtrees that w
// goroutines take in turn. Tasks share no node, so workers write disjoint
// parts of lv and only read the tree's maps and the store.
func (t *Tree) hashSubtrees(lv []level, s, w int) error {
	tops := len(lv[s].idx)
	tasks := min(tops, tasksPerWorker*w)
	w = min(w, tasks)
	var next atomic.Int64
	errs := make([]error, w)
	work := func(c int, r *reader) {
		for {
			j := int(next.Add(1)) - 1
			if j >= tasks {
				return
			}
			if err := t.hashRun(r, lv, s, tops*j/tasks, tops*(j+1)/tasks); err != nil {
				errs[c] = err
				next.Store(int64(tasks)) // the others stop too
				return
			}
		}
	}
	var wg sync.WaitGroup
	for c := 1; c < w; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(c, newReader(t))
		}()
	}
	work(0, t.reader())
	wg.Wait()
	return errors.Join(errs...)
}

// hashRun computes heights 1..s below tops[from:to] (tops = lv[s].idx).
func (t *Tree) hashRun(r *reader, lv []level, s, from, to int) error {
	for h := 1; h <= s; h++ {
		if err := t.hashRange(r, lv, h, firstBelow(lv, h, s, from), firstBelow(lv, h, s, to)); err != nil {
			return err
		}
	}
	return nil
}

// firstBelow is the position in lv[h] of the first node under lv[s]'s node
// at position pos (the end of lv[h] when pos is the end of lv[s]).
func firstBelow(lv []level, h, s, pos int) int {
	if pos == len(lv[s].idx) {
		return len(lv[h].idx)
	}
	i, _ := slices.BinarySearch(lv[h].idx, lv[s].idx[pos]<<(s-h))
	return i
}

// hashRange computes lv[h].val[lo:hi] from their children: changed ones from
// lv[h-1], the others read through t.node.
func (t *Tree) hashRange(r *reader, lv []level, h, lo, hi int) error {
	if lo == hi {
		return nil
	}
	kids, cur := &lv[h-1], &lv[h]
	c, _ := slices.BinarySearch(kids.idx, cur.idx[lo]<<1)
	var sib fr.Element
	var err error
	for j := lo; j < hi; j++ {
		p := cur.idx[j]
		var left, right *fr.Element
		if kids.idx[c] == p<<1 {
			left = &kids.val[c]
			c++
			if c < len(kids.idx) && kids.idx[c] == p<<1|1 {
				right = &kids.val[c]
				c++
			} else {
				if sib, err = t.node(r, h-1, p<<1|1); err != nil {
					return err
				}
				right = &sib
			}
		} else {
			if sib, err = t.node(r, h-1, p<<1); err != nil {
				return err
			}
			left, right = &sib, &kids.val[c]
			c++
		}
		cur.val[j] = compress(left, right)
	}
	return nil
}

// keep moves the hashed nodes into the tree's map, where they stay until
// Commit.
func (t *Tree) keep(lv []level) {
	if t.inner == nil {
		n := 0
		for h := 1; h <= t.depth; h++ {
			n += len(lv[h].idx)
		}
		t.inner = make(map[uint64]fr.Element, n)
	}
	for h := 1; h <= t.depth; h++ {
		for j, i := range lv[h].idx {
			t.inner[nodeKey(h, i)] = lv[h].val[j]
		}
	}
}
