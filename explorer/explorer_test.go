package explorer

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestPageCarriesItsStylesheet: the page is served with the stylesheet
// inline (no request before the first paint) and the page's frame in it.
func TestPageCarriesItsStylesheet(t *testing.T) {
	h, err := Handler()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/tx/0x12"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		body, _ := io.ReadAll(w.Result().Body)
		page := string(body)
		if w.Code != 200 || !strings.Contains(page, "<style>") || strings.Contains(page, styleLink) {
			t.Fatalf("GET %s: %d; the stylesheet is not inline:\n%.300s", path, w.Code, page)
		}
		for _, frame := range []string{`id="search"`, `data-testid="loading"`, `src="/assets/app.js"`} {
			if !strings.Contains(page, frame) {
				t.Errorf("GET %s: the page lacks %s", path, frame)
			}
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/", nil))
	if w.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST to the pages: %d", w.Code)
	}
}
