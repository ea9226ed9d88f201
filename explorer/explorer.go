// Package explorer is the rollup's block explorer: static pages (web/)
// embedded in the binary and served by the node on its API port, reading
// the node's JSON-RPC and WebSocket API from the browser. The pages are
// plain HTML, CSS and JavaScript: no build step, nothing fetched from
// outside the node.
package explorer

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
)

//go:embed web
var web embed.FS

// asset is one embedded file with its validator.
type asset struct {
	body []byte
	etag string
	kind string
}

// Handler serves the explorer: the files under /assets/, and the page
// (index.html) for every other path, whose routes the page resolves.
// Only GET and HEAD are served.
func Handler() (http.Handler, error) {
	assets := map[string]asset{}
	err := fs.WalkDir(web, "web", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := web.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		kind := mime.TypeByExtension(path.Ext(p))
		if kind == "" {
			kind = "application/octet-stream"
		}
		assets[strings.TrimPrefix(p, "web")] = asset{body: b, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, kind: kind}
		return nil
	})
	if err != nil {
		return nil, err
	}
	page, ok := assets["/index.html"]
	if !ok {
		return nil, fs.ErrNotExist
	}
	page = inlineStyle(page, assets["/assets/style.css"])
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "the explorer serves GET and HEAD; JSON-RPC is POST", http.StatusMethodNotAllowed)
			return
		}
		a := page
		if strings.HasPrefix(r.URL.Path, "/assets/") {
			var ok bool
			if a, ok = assets[path.Clean(r.URL.Path)]; !ok {
				http.NotFound(w, r)
				return
			}
		}
		h := w.Header()
		h.Set("Content-Type", a.kind)
		h.Set("ETag", a.etag)
		h.Set("Cache-Control", "no-cache") // revalidate: the ETag makes that a 304
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		connect := "'self'"
		if hostRE.MatchString(r.Host) { // the Host header is the client's: never let it write the policy
			connect += " ws://" + r.Host + " wss://" + r.Host
		}
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "+
			"connect-src "+connect+"; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		if matches(r.Header.Get("If-None-Match"), a.etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(a.body)
	}), nil
}

// styleLink is how index.html names its stylesheet.
const styleLink = `<link rel="stylesheet" href="/assets/style.css">`

// inlineStyle puts the stylesheet into the page, in place of its link:
// the first paint waits for the stylesheet, and a second request for it
// cost 50–60 ms of the home page's first paint on a busy dev network
// (docs/BENCHMARKS.md, "Explorer").
func inlineStyle(page, css asset) asset {
	if css.body == nil || !bytes.Contains(page.body, []byte(styleLink)) {
		return page
	}
	body := bytes.Replace(page.body, []byte(styleLink), []byte("<style>\n"+string(css.body)+"</style>"), 1)
	sum := sha256.Sum256(body)
	return asset{body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, kind: page.kind}
}

// hostRE is a host[:port] fit to name in a policy: a name, an IPv4 or a
// bracketed IPv6 address.
var hostRE = regexp.MustCompile(`^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$`)

// matches reports whether an If-None-Match header names etag: a list of
// entity tags, weak or strong (a GET compares weakly), or "*".
func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
