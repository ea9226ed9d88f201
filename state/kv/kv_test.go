package kv

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
)

func stores(t *testing.T) map[string]func() Store {
	return map[string]func() Store{
		"memory": NewMemory,
		"pebble": func() Store {
			s, err := OpenPebble(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
	}
}

func set(t *testing.T, s Store, kvs ...string) {
	t.Helper()
	b := s.NewBatch()
	for i := 0; i < len(kvs); i += 2 {
		b.Set([]byte(kvs[i]), []byte(kvs[i+1]))
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestStoreBehaviour(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			s := open()
			defer s.Close()
			if _, found, err := s.Get([]byte("a")); found || err != nil {
				t.Fatalf("empty store: found=%v err=%v", found, err)
			}
			b := s.NewBatch()
			b.Set([]byte("a1"), []byte("x"))
			b.Set([]byte("a2"), []byte("y"))
			if b.Len() != 2 {
				t.Fatalf("Len %d, want 2", b.Len())
			}
			if _, found, _ := s.Get([]byte("a1")); found {
				t.Fatal("write visible before Commit")
			}
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			set(t, s, "b1", "z", "a3", "w")
			v, found, err := s.Get([]byte("a2"))
			if err != nil || !found || string(v) != "y" {
				t.Fatalf("Get a2 = %q %v %v", v, found, err)
			}
			var viewed string
			if found, err := s.View([]byte("a2"), func(v []byte) error { viewed = string(v); return nil }); !found || err != nil || viewed != "y" {
				t.Fatalf("View a2 = %q %v %v", viewed, found, err)
			}
			if found, err := s.View([]byte("nope"), func([]byte) error { t.Fatal("fn called for a missing key"); return nil }); found || err != nil {
				t.Fatalf("View of a missing key: %v %v", found, err)
			}
			if _, err := s.View([]byte("a2"), func([]byte) error { return ErrClosed }); !errors.Is(err, ErrClosed) {
				t.Fatalf("View does not return fn's error: %v", err)
			}
			v[0] = 'Q' // the caller owns the returned slice
			if v2, _, _ := s.Get([]byte("a2")); string(v2) != "y" {
				t.Fatal("value aliased the store's buffer")
			}
			var got []string
			if err := s.Iterate([]byte("a"), func(k, v []byte) bool { got = append(got, string(k)+"="+string(v)); return true }); err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != "[a1=x a2=y a3=w]" {
				t.Fatalf("Iterate a = %v", got)
			}
			n := 0
			_ = s.Iterate(nil, func(k, v []byte) bool { n++; return n < 2 })
			if n != 2 {
				t.Fatalf("Iterate did not stop early: %d calls", n)
			}
			d := s.NewBatch()
			d.Delete([]byte("a1"))
			if err := d.Commit(); err != nil {
				t.Fatal(err)
			}
			if _, found, _ := s.Get([]byte("a1")); found {
				t.Fatal("deleted key still found")
			}
			key, val := []byte("k"), []byte("v")
			c := s.NewBatch()
			c.Set(key, val)
			key[0], val[0] = 'X', 'X' // Set must have copied
			if err := c.Commit(); err != nil {
				t.Fatal(err)
			}
			if v, found, _ := s.Get([]byte("k")); !found || !bytes.Equal(v, []byte("v")) {
				t.Fatalf("Set did not copy its arguments: %q %v", v, found)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.Get([]byte("a2")); !errors.Is(err, ErrClosed) {
				t.Fatalf("Get after Close: %v, want ErrClosed", err)
			}
		})
	}
}

func TestPebbleReopenKeepsData(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenPebble(dir)
	if err != nil {
		t.Fatal(err)
	}
	set(t, s, "key", "value")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = OpenPebble(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, found, err := s.Get([]byte("key")); err != nil || !found || string(v) != "value" {
		t.Fatalf("after reopen: %q %v %v", v, found, err)
	}
}

func TestPrefixEnd(t *testing.T) {
	for in, want := range map[string]string{"a": "b", "a\xff": "b", "\xff\xff": "", "ab": "ac"} {
		if got := string(prefixEnd([]byte(in))); got != want {
			t.Errorf("prefixEnd(%q) = %q, want %q", in, got, want)
		}
	}
}
