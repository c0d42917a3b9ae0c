package source

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// An https address on a plain-HTTP port says so, whether the server
// answers the TLS greeting in plain HTTP or says nothing at all; it does
// not claim a timeout that never happened.
func TestFetchHTTPSOnPlainPort(t *testing.T) {
	plain := fetchTestServer(t)
	u := strings.Replace(plain.URL, "http://", "https://", 1) + "/article"
	_, err := Read(context.Background(), u, Options{})
	if err == nil || !strings.Contains(err.Error(), "plain HTTP") || strings.Contains(err.Error(), "timed out") {
		t.Errorf("plain HTTP reply: %v", err)
	}

	// A server that reads the greeting and never answers: the TLS handshake
	// times out (here after 200ms, by default after 10s) well before the
	// fetch's own limit.
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
			go func() {
				buf := make([]byte, 4096)
				for {
					if _, err := c.Read(buf); err != nil {
						c.Close()
						return
					}
				}
			}()
		}
	}()
	client := &http.Client{Transport: &http.Transport{TLSHandshakeTimeout: 200 * time.Millisecond}}
	silent := "https://" + ln.Addr().String() + "/"
	_, err = Read(context.Background(), silent, Options{Client: client, Timeout: 5 * time.Second})
	if err == nil || !strings.Contains(err.Error(), "no TLS handshake") || strings.Contains(err.Error(), "5s") {
		t.Errorf("silent server: %v", err)
	}
}

// A redirect from https to plain http is followed, with a warning that
// the page was not encrypted in transit; an https page that stays https
// has no such warning.
func TestFetchHTTPSToHTTPRedirectWarns(t *testing.T) {
	plain := fetchTestServer(t)
	secure := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			http.Redirect(w, r, plain.URL+"/article", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Ferries sailed again on Tuesday.\n"))
	}))
	defer secure.Close()
	opts := Options{Client: secure.Client()}

	doc, err := Read(context.Background(), secure.URL+"/down", opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.URL, plain.URL) {
		t.Errorf("the redirect was not followed: %s", doc.URL)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "from https to plain http") {
		t.Errorf("warnings = %q", doc.Warnings)
	}

	doc, err = Read(context.Background(), secure.URL+"/stay", opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("an https page warns: %q", doc.Warnings)
	}
}
