package source

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A Content-Type charset that names another encoding than the page's own
// <meta> is followed, as browsers do, with a warning; labels for the same
// encoding, or a page that declares nothing, give none.
func TestFetchCharsetConflictWarns(t *testing.T) {
	pages := map[string]struct{ header, page string }{
		"/conflict": {"text/html; charset=utf-8", `<html><head><meta charset="windows-1252"><title>T</title></head><body><p>Caf` + "\xc3\xa9" + ` opened on Tuesday.</p></body></html>`},
		"/equiv":    {"text/html; charset=windows-1252", `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body><p>Words.</p></body></html>`},
		"/same":     {"text/html; charset=ISO-8859-1", `<html><head><meta charset="windows-1252"></head><body><p>Words.</p></body></html>`},
		"/none":     {"text/html; charset=utf-8", `<html><head><title>T</title></head><body><p>Words.</p></body></html>`},
		"/nohdr":    {"text/html", `<html><head><meta charset="windows-1252"></head><body><p>Words.</p></body></html>`},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := pages[r.URL.Path]
		w.Header().Set("Content-Type", p.header)
		w.Write([]byte(p.page))
	}))
	defer srv.Close()
	want := map[string][]string{
		"/conflict": {"says the page is utf-8 but the page says windows-1252; read as utf-8"},
		"/equiv":    {"says the page is windows-1252 but the page says utf-8; read as windows-1252"},
	}
	for path := range pages {
		doc, err := Read(context.Background(), srv.URL+path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Warnings) != len(want[path]) {
			t.Errorf("%s: warnings %q, want %q", path, doc.Warnings, want[path])
			continue
		}
		for i, w := range want[path] {
			if !strings.Contains(doc.Warnings[i], w) || strings.Contains(doc.Warnings[i], "\n") {
				t.Errorf("%s: warning %q, want one line with %q", path, doc.Warnings[i], w)
			}
		}
		if path == "/conflict" && !strings.Contains(doc.Text, "Café opened") {
			t.Errorf("not read as the server said: %q", doc.Text)
		}
	}
}
