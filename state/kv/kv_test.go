package kv

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// implementations opens a fresh store of each kind.
var implementations = []struct {
	name string
	open func(t *testing.T) Store
}{
	{"memory", func(*testing.T) Store { return NewMemory() }},
	{"pebble", func(t *testing.T) Store {
		s, err := OpenPebble(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}},
}

// forEachStore runs test against a fresh store of each kind, closed at the end.
func forEachStore(t *testing.T, test func(t *testing.T, s Store)) {
	for _, impl := range implementations {
		t.Run(impl.name, func(t *testing.T) {
			s := impl.open(t)
			defer s.Close()
			test(t, s)
		})
	}
}

// write commits key, value pairs; a value "<del>" deletes the key.
func write(t *testing.T, s Store, kvs ...string) {
	t.Helper()
	b := s.NewBatch()
	for i := 0; i < len(kvs); i += 2 {
		if kvs[i+1] == "<del>" {
			b.Delete([]byte(kvs[i]))
		} else {
			b.Set([]byte(kvs[i]), []byte(kvs[i+1]))
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

// get returns the value of key, or "<none>".
func get(t *testing.T, s Store, key string) string {
	t.Helper()
	v, found, err := s.Get([]byte(key))
	if err != nil {
		t.Fatal(err)
	}
	if !found {
		return "<none>"
	}
	return string(v)
}

// scan returns "k=v" for every key with prefix, in Iterate's order.
func scan(t *testing.T, s Store, prefix string) string {
	t.Helper()
	var got []string
	err := s.Iterate([]byte(prefix), func(k, v []byte) bool {
		got = append(got, string(k)+"="+string(v))
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(got, " ")
}

func TestStoreBehaviour(t *testing.T) {
	tests := []struct {
		name  string
		check func(t *testing.T, s Store)
	}{
		{"GetOfMissingKeyIsNotFound", func(t *testing.T, s Store) {
			if got := get(t, s, "a"); got != "<none>" {
				t.Fatalf("got %q, want <none>", got)
			}
		}},
		{"SetThenGetReturnsValue", func(t *testing.T, s Store) {
			write(t, s, "a", "1", "b", "")
			if got := get(t, s, "a"); got != "1" {
				t.Fatalf("got %q, want 1", got)
			}
			if got := get(t, s, "b"); got != "" {
				t.Fatalf("empty value: got %q, want \"\"", got)
			}
		}},
		{"LaterWriteInBatchWins", func(t *testing.T, s Store) {
			write(t, s, "a", "1", "a", "2", "b", "1", "b", "<del>", "c", "<del>", "c", "3")
			if got := get(t, s, "a") + get(t, s, "b") + get(t, s, "c"); got != "2<none>3" {
				t.Fatalf("got %q, want 2<none>3", got)
			}
		}},
		{"DeleteRemovesKeyAndIgnoresMissing", func(t *testing.T, s Store) {
			write(t, s, "a", "1")
			write(t, s, "a", "<del>", "never", "<del>")
			if got := get(t, s, "a"); got != "<none>" {
				t.Fatalf("got %q, want <none>", got)
			}
		}},
		{"BatchIsInvisibleUntilCommitAndCountsWrites", func(t *testing.T, s Store) {
			b := s.NewBatch()
			b.Set([]byte("a"), []byte("1"))
			b.Delete([]byte("z"))
			if b.Len() != 2 {
				t.Fatalf("Len %d, want 2", b.Len())
			}
			if got := get(t, s, "a"); got != "<none>" {
				t.Fatal("write visible before Commit")
			}
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			if b.Len() != 0 {
				t.Fatalf("Len after Commit %d, want 0", b.Len())
			}
			b.Set([]byte("b"), []byte("2")) // reuse after Commit
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			if got := get(t, s, "a") + get(t, s, "b"); got != "12" {
				t.Fatalf("got %q, want 12", got)
			}
		}},
		{"LongKeysAndValuesRoundTrip", func(t *testing.T, s Store) {
			long, big := strings.Repeat("k", 100), strings.Repeat("v", 1000)
			edgeK, edgeV := strings.Repeat("e", inlineKey), strings.Repeat("w", inlineVal)
			write(t, s, long, "1", "a", big, edgeK, edgeV, edgeK+"x", edgeV+"y")
			if get(t, s, long) != "1" || get(t, s, "a") != big || get(t, s, edgeK) != edgeV || get(t, s, edgeK+"x") != edgeV+"y" {
				t.Fatal("a long key or value did not round-trip")
			}
			write(t, s, "a", "short") // a key's value shrinks, grows, shrinks
			if get(t, s, "a") != "short" {
				t.Fatalf("got %q, want short", get(t, s, "a"))
			}
			write(t, s, "a", big, "a", "s2")
			if got := scan(t, s, "a"); got != "a=s2" {
				t.Fatalf("got %q, want a=s2", got)
			}
			write(t, s, "a", big)
			if got := scan(t, s, "a"); got != "a="+big {
				t.Fatal("a grown value is not seen once")
			}
			write(t, s, "a", "<del>", long, "<del>")
			if got := scan(t, s, ""); got != edgeK+"="+edgeV+" "+edgeK+"x="+edgeV+"y" {
				t.Fatalf("after deletes: got %q", got)
			}
		}},
		{"EmptyBatchCommits", func(t *testing.T, s Store) {
			if err := s.NewBatch().Commit(); err != nil {
				t.Fatal(err)
			}
		}},
		{"IterateVisitsPrefixInOrder", func(t *testing.T, s Store) {
			write(t, s, "b", "0", "a2", "y", "a1", "x", "a", "r", "a\xff", "f", "ab", "z", "", "e")
			for _, tc := range []struct{ prefix, want string }{
				{"a", "a=r a1=x a2=y ab=z a\xff=f"},
				{"a\xff", "a\xff=f"},
				{"c", ""},
				{"", "=e a=r a1=x a2=y ab=z a\xff=f b=0"},
			} {
				if got := scan(t, s, tc.prefix); got != tc.want {
					t.Errorf("prefix %q: got %q, want %q", tc.prefix, got, tc.want)
				}
			}
		}},
		{"IterateStopsWhenFnReturnsFalse", func(t *testing.T, s Store) {
			write(t, s, "a", "1", "b", "2", "c", "3")
			n := 0
			if err := s.Iterate(nil, func(k, v []byte) bool { n++; return n < 2 }); err != nil {
				t.Fatal(err)
			}
			if n != 2 {
				t.Fatalf("fn called %d times, want 2", n)
			}
		}},
		{"IterateCrossesChunks", func(t *testing.T, s Store) {
			b := s.NewBatch()
			for i := range 3*iterateChunk + 7 {
				b.Set(fmt.Appendf(nil, "k%05d", i), []byte{byte(i)})
			}
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			n := 0
			err := s.Iterate([]byte("k"), func(k, v []byte) bool {
				if want := fmt.Sprintf("k%05d", n); string(k) != want || v[0] != byte(n) {
					t.Fatalf("entry %d: got %q, want %q", n, k, want)
				}
				n++
				return true
			})
			if err != nil || n != 3*iterateChunk+7 {
				t.Fatalf("visited %d entries (err %v), want %d", n, err, 3*iterateChunk+7)
			}
		}},
		{"ValuesAreNotAliased", func(t *testing.T, s Store) {
			key, val := []byte("k"), []byte("v")
			b := s.NewBatch()
			b.Set(key, val)
			key[0], val[0] = 'X', 'X' // Set must have copied
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			v, _, _ := s.Get([]byte("k"))
			if !bytes.Equal(v, []byte("v")) {
				t.Fatalf("Set kept its arguments: got %q, want v", v)
			}
			v[0] = 'Q' // the caller owns Get's result
			var kept [][]byte
			_ = s.Iterate([]byte("k"), func(k, v []byte) bool { kept = append(kept, k, v); return true })
			kept[0][0], kept[1][0] = 'Q', 'Q' // and Iterate's
			if got := get(t, s, "k"); got != "v" {
				t.Fatalf("store changed through a returned slice: got %q, want v", got)
			}
		}},
		{"FnMayUseStoreDuringIterate", func(t *testing.T, s Store) {
			write(t, s, "a", "1", "b", "2")
			err := s.Iterate(nil, func(k, v []byte) bool {
				write(t, s, "c"+string(k), string(v))
				return true
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := get(t, s, "ca") + get(t, s, "cb"); got != "12" {
				t.Fatalf("got %q, want 12", got)
			}
		}},
		{"ViewSeesValueAndReturnsFnError", func(t *testing.T, s Store) {
			write(t, s, "a", "1")
			boom := errors.New("boom")
			var seen string
			found, err := s.View([]byte("a"), func(v []byte) error { seen = string(v); return boom })
			if !found || !errors.Is(err, boom) || seen != "1" {
				t.Fatalf("View = %v, %v, saw %q; want true, boom, 1", found, err, seen)
			}
			found, err = s.View([]byte("zz"), func([]byte) error { t.Fatal("fn called for a missing key"); return nil })
			if found || err != nil {
				t.Fatalf("View of missing key = %v, %v", found, err)
			}
		}},
		{"EveryCallAfterCloseReturnsErrClosed", func(t *testing.T, s Store) {
			write(t, s, "a", "1")
			b := s.NewBatch()
			b.Set([]byte("late"), []byte("1"))
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatalf("second Close: %v", err)
			}
			_, _, gerr := s.Get([]byte("a"))
			_, verr := s.View([]byte("a"), func([]byte) error { return nil })
			ierr := s.Iterate(nil, func(k, v []byte) bool { return true })
			cerr := b.Commit()
			for i, err := range []error{gerr, verr, ierr, cerr} {
				if !errors.Is(err, ErrClosed) {
					t.Errorf("call %d after Close: got %v, want ErrClosed", i, err)
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { forEachStore(t, tc.check) })
	}
}

func TestPrefixEnd(t *testing.T) {
	for in, want := range map[string]string{"": "", "a": "b", "a\xff": "b", "\xff\xff": "", "ab": "ac"} {
		if got := string(prefixEnd([]byte(in))); got != want {
			t.Errorf("prefixEnd(%q) = %q, want %q", in, got, want)
		}
	}
}
