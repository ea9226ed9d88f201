package crypto

import "sync"

// KeyCache remembers decoded, validated public keys and their hashes, so a
// sender's key is decompressed, subgroup-checked and hashed once rather than
// for every transaction. Decoding is a pure function of the bytes, so a
// cached entry is always exactly what PublicKeyFromBytes would return. It is
// safe for concurrent use and bounded: when full it starts afresh.
type KeyCache struct {
	mu  sync.Mutex
	max int
	m   map[[PublicKeySize]byte]cachedKey
}

type cachedKey struct {
	pk  PublicKey
	pkh PubKeyHash
}

// NewKeyCache returns a cache holding at most max keys.
func NewKeyCache(max int) *KeyCache {
	return &KeyCache{max: max, m: make(map[[PublicKeySize]byte]cachedKey)}
}

// Get decodes b (see PublicKeyFromBytes) and returns the key and its hash.
func (c *KeyCache) Get(b [PublicKeySize]byte) (PublicKey, PubKeyHash, error) {
	c.mu.Lock()
	e, ok := c.m[b]
	c.mu.Unlock()
	if ok {
		return e.pk, e.pkh, nil
	}
	pk, err := PublicKeyFromBytes(b[:])
	if err != nil {
		return PublicKey{}, PubKeyHash{}, err
	}
	e = cachedKey{pk: pk, pkh: pk.Hash()}
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[b] = e
	c.mu.Unlock()
	return e.pk, e.pkh, nil
}
