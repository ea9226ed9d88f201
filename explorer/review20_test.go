package explorer

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func review20Get(t *testing.T, h http.Handler, method, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, "http://node:8545/", nil)
	r.URL.Path = path // as a client could send it, before any mux cleans it
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// TestReview20OnlyEmbeddedFiles pins: whatever path reaches the handler
// (dot segments, encoded or not, a directory, a backslash), it answers
// with an embedded file or 404, never anything from disk.
func TestReview20OnlyEmbeddedFiles(t *testing.T) {
	h, err := Handler()
	if err != nil {
		t.Fatal(err)
	}
	page := review20Get(t, h, http.MethodGet, "/", nil).Body.String() // index.html, as served
	for _, p := range []string{"/assets/../../go.mod", "/assets/../explorer.go", "/assets/..%2f..%2fgo.mod", "/assets/%2e%2e/%2e%2e/go.mod",
		"/assets/..\\..\\go.mod", "/assets/", "/assets", "/assets/./app.js/..", "/../../../etc/passwd", "/assets//etc/passwd"} {
		w := review20Get(t, h, http.MethodGet, p, nil)
		body := w.Body.String()
		if w.Code == 200 && body != page {
			embedded := false
			_ = fs.WalkDir(web, "web", func(q string, d fs.DirEntry, _ error) error {
				if b, err := web.ReadFile(q); err == nil && string(b) == body {
					embedded = true
				}
				return nil
			})
			if !embedded {
				t.Errorf("GET %s served %d bytes that are not an embedded file", p, len(body))
			}
		}
		if strings.Contains(body, "module github.com") || strings.Contains(body, "root:") || strings.Contains(body, "package explorer") {
			t.Errorf("GET %s leaked a file from disk", p)
		}
	}
	// Methods: HEAD has no body, anything else is refused with Allow.
	if w := review20Get(t, h, http.MethodHead, "/assets/app.js", nil); w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d bytes", w.Code, w.Body.Len())
	}
	if w := review20Get(t, h, http.MethodPost, "/block/1", nil); w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST to the pages handler: %d Allow %q", w.Code, w.Header().Get("Allow"))
	}
}

// TestReview20NoHTMLSinksInScripts pins the claim of lib.js ("nothing here
// writes HTML from strings"): no asset uses an HTML or code sink, and
// every href the scripts build is a fixed route whose parameter is a
// Number(...) or a regexp-checked hash/address.
func TestReview20NoHTMLSinksInScripts(t *testing.T) {
	sinks := regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(['"]|srcdoc|createContextualFragment|DOMParser`)
	hrefs := regexp.MustCompile("href: `([^`]*)`|href', `([^`]*)`")
	okHref := regexp.MustCompile(`^/(block|account|tx|market)/\$\{(Number\([^)]*\)|n|addr\.toLowerCase\(\)|hash\.toLowerCase\(\))\}$`)
	found := 0
	err := fs.WalkDir(web, "web", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".html")) {
			return err
		}
		b, _ := web.ReadFile(p)
		if m := sinks.FindString(string(b)); m != "" {
			t.Errorf("%s uses %s", p, m)
		}
		for _, m := range hrefs.FindAllStringSubmatch(string(b), -1) {
			h := m[1] + m[2]
			found++
			if !okHref.MatchString(h) {
				t.Errorf("%s builds href %q from a value that is not checked", p, h)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 5 {
		t.Errorf("found %d built hrefs: the check no longer sees how links are built", found)
	}
}

// TestReview20ConditionalGET: If-None-Match is compared as one exact
// string, so the forms RFC 9110 defines (a list, a weak validator W/"…",
// "*") that caches and proxies send get the whole file again. A missed
// 304, not a wrong answer. Failed before the fix.
func TestReview20ConditionalGET(t *testing.T) {
	h, err := Handler()
	if err != nil {
		t.Fatal(err)
	}
	etag := review20Get(t, h, http.MethodGet, "/assets/app.js", nil).Header().Get("ETag")
	for _, v := range []string{etag, `"other", ` + etag, "W/" + etag, "*"} {
		w := review20Get(t, h, http.MethodGet, "/assets/app.js", map[string]string{"If-None-Match": v})
		if w.Code != http.StatusNotModified {
			b, _ := io.ReadAll(w.Body)
			t.Errorf("If-None-Match %s: %d with %d bytes, want 304", v, w.Code, len(b))
		}
	}
}
