package kv

import "strings"

// Entries whose key and value are at most this long are kept inline.
const (
	inlineKey = 47
	inlineVal = 48
)

type inlineKeyT struct {
	n uint8
	b [inlineKey]byte
}

type inlineValT struct {
	n uint8
	b [inlineVal]byte
}

// memMap is the content of a memory store. Entries whose key and value fit
// inline (all the trees' nodes) live in small, a map without pointers that
// the garbage collector need not scan and that answers a lookup from one
// place in memory; the others live in large. A key is in at most one of
// the two. memMap copies what it is given.
type memMap struct {
	small map[inlineKeyT]inlineValT
	large map[string][]byte
}

func newMemMap() memMap {
	return memMap{small: make(map[inlineKeyT]inlineValT), large: make(map[string][]byte)}
}

func toInline(key []byte) (inlineKeyT, bool) {
	var k inlineKeyT
	if len(key) > inlineKey {
		return k, false
	}
	k.n = uint8(len(key))
	copy(k.b[:], key)
	return k, true
}

// get returns the value of key: an inline value copied into buf, a large
// one as stored (the caller must not modify it).
func (m *memMap) get(key []byte, buf *[inlineVal]byte) ([]byte, bool) {
	if k, ok := toInline(key); ok {
		if v, ok := m.small[k]; ok {
			*buf = v.b
			return buf[:v.n], true
		}
	}
	v, ok := m.large[string(key)]
	return v, ok
}

func (m *memMap) set(key, value []byte) {
	k, ok := toInline(key)
	if ok && len(value) <= inlineVal {
		v := inlineValT{n: uint8(len(value))}
		copy(v.b[:], value)
		m.small[k] = v
		delete(m.large, string(key))
		return
	}
	if ok {
		delete(m.small, k)
	}
	m.large[string(key)] = append([]byte{}, value...)
}

func (m *memMap) del(key []byte) {
	if k, ok := toInline(key); ok {
		delete(m.small, k)
	}
	delete(m.large, string(key))
}

type memEntry struct {
	key   string
	value []byte // shared with the map for large values, which are never modified in place
}

// collect returns the entries whose key starts with prefix, unordered.
func (m *memMap) collect(prefix []byte) []memEntry {
	var es []memEntry
	for k, v := range m.small {
		if key := string(k.b[:k.n]); strings.HasPrefix(key, string(prefix)) {
			es = append(es, memEntry{key, append([]byte{}, v.b[:v.n]...)})
		}
	}
	for k, v := range m.large {
		if strings.HasPrefix(k, string(prefix)) {
			es = append(es, memEntry{k, v})
		}
	}
	return es
}
