package source

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fetchTestServer serves the pages the fetch tests need. Handlers that
// stall wait for the request to end, so the server closes promptly.
func fetchTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlArticle)
	})
	mux.HandleFunc("/latin1.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=ISO-8859-1")
		w.Write([]byte("Se\xf1or Mu\xf1oz spoke.\n"))
	})
	mux.HandleFunc("/notes.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "# Notes\n\nA paragraph.\n")
	})
	mux.HandleFunc("/octet", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, "Plain words sent as octets.\n")
	})
	mux.HandleFunc("/octet-binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", fmt.Sprint(3<<20))
		w.Write([]byte(strings.Repeat("word ", 3<<20/5)))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain") // chunked: no length
		chunk := []byte(strings.Repeat("more ", 1000))
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestReadSourceURL(t *testing.T) {
	srv := fetchTestServer(t)
	u := srv.URL
	t.Run("HTML page", func(t *testing.T) {
		doc, err := Read(context.Background(), u+"/article", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Path != u+"/article" || doc.URL != u+"/article" || doc.Format != "html" || doc.RawOffsets {
			t.Errorf("path %q url %q format %q raw %v", doc.Path, doc.URL, doc.Format, doc.RawOffsets)
		}
		if doc.Title != "Bridge reopens after repairs" || !strings.Contains(doc.Text, "42 steel cables") {
			t.Errorf("title %q text %q", doc.Title, doc.Text)
		}
	})
	t.Run("redirects followed", func(t *testing.T) {
		doc, err := Read(context.Background(), u+"/hop/3", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Path != u+"/hop/3" || doc.URL != u+"/article" {
			t.Errorf("path %q url %q", doc.Path, doc.URL)
		}
	})
	t.Run("charset from Content-Type", func(t *testing.T) {
		doc, err := Read(context.Background(), u+"/latin1.txt", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Text != "Señor Muñoz spoke.\n" || doc.Encoding != "windows-1252" || doc.Format != "text" || doc.RawOffsets {
			t.Errorf("got %q %q %q raw %v", doc.Text, doc.Encoding, doc.Format, doc.RawOffsets)
		}
	})
	t.Run("Markdown by extension", func(t *testing.T) {
		doc, err := Read(context.Background(), u+"/notes.md", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Format != "markdown" || doc.Text != "# Notes\n\nA paragraph.\n" {
			t.Errorf("got %q %q", doc.Format, doc.Text)
		}
	})
	t.Run("octet-stream that is text", func(t *testing.T) {
		doc, err := Read(context.Background(), u+"/octet", Options{})
		if err != nil || doc.Text != "Plain words sent as octets.\n" {
			t.Errorf("got %v, %v", doc, err)
		}
	})

	tests := []struct {
		name, path string
		opts       Options
		want       string // the error after "URL: "
	}{
		{"404", "/missing", Options{}, "HTTP 404 Not Found"},
		{"500", "/broken", Options{}, "HTTP 500 Internal Server Error"},
		{"no answer", "/slow", Options{Timeout: 200 * time.Millisecond}, "timed out after 200ms"},
		{"body too slow", "/trickle", Options{Timeout: 300 * time.Millisecond}, "timed out after 300ms"},
		{"redirect loop", "/loop", Options{}, "too many redirects (more than 10)"},
		{"image", "/image.png", Options{}, "content type image/png is not text or HTML"},
		{"binary octets", "/octet-binary", Options{}, "looks binary (NUL bytes), not text"},
		{"Content-Length over cap", "/big", Options{MaxBytes: 1 << 20}, "3 MB is over the 1 MB limit per source"},
		{"endless body over cap", "/endless", Options{MaxBytes: 1 << 20}, "more than the 1 MB limit per source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), u+tt.path, tt.opts)
			if want := u + tt.path + ": " + tt.want; err == nil || err.Error() != want {
				t.Fatalf("error = %v, want %q", err, want)
			}
		})
	}
}

func TestReadSourceURLFailures(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/"
	ln.Close()
	_, err = Read(context.Background(), closed, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), closed+": cannot connect: ") {
		t.Errorf("closed port: %v", err)
	}

	_, err = Read(context.Background(), "http://", Options{})
	if want := "http://: not a valid web address"; err == nil || err.Error() != want {
		t.Errorf("empty host: %v, want %q", err, want)
	}

	srv := fetchTestServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, err = Read(ctx, srv.URL+"/slow", Options{})
	if want := srv.URL + "/slow: cancelled"; err == nil || err.Error() != want {
		t.Errorf("cancelled: %v, want %q", err, want)
	}
}

// TestReadSourceURLHostileStatus checks that what a server says in its
// status line cannot reach the terminal raw through the error message.
func TestReadSourceURLHostileStatus(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 4096)
			c.Read(buf)
			c.Write([]byte("HTTP/1.1 404 Gone\x1b]52;c;eA==\x07\x1b[2J\r\nContent-Length: 0\r\n\r\n"))
			c.Close()
		}
	}()
	u := "http://" + ln.Addr().String() + "/x"
	_, err = Read(context.Background(), u, Options{})
	if want := u + ": HTTP 404 Gone␛]52;c;eA==␇␛[2J"; err == nil || err.Error() != want {
		t.Fatalf("error = %q, want %q", err, want)
	}
}
