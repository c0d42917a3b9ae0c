package source

import (
	"context"
	"strings"
	"testing"
)

// At most 10 redirects are followed: a chain of exactly 10 is read, one of
// 11 is refused.
func TestFetchRedirectLimitIsTen(t *testing.T) {
	u := fetchTestServer(t).URL
	if _, err := Read(context.Background(), u+"/hop/9", Options{}); err != nil {
		t.Errorf("10 redirects: %v", err)
	}
	_, err := Read(context.Background(), u+"/hop/10", Options{})
	if err == nil || !strings.Contains(err.Error(), "too many redirects") {
		t.Errorf("11 redirects: %v", err)
	}
}

// A password in a URL is never kept: not in the document's path or
// address, not in an error message. The user name may stay.
func TestFetchForgetsURLPasswords(t *testing.T) {
	u := fetchTestServer(t).URL
	withPass := strings.Replace(u, "http://", "http://alice:secret@", 1)
	doc, err := Read(context.Background(), withPass+"/hop/1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for what, s := range map[string]string{"path": doc.Path, "url": doc.URL, "outlet": doc.Outlet} {
		if strings.Contains(s, "secret") {
			t.Errorf("the %s keeps the password: %q", what, s)
		}
	}
	if !strings.Contains(doc.Path, "alice@") {
		t.Errorf("the user name went too: %q", doc.Path)
	}
	_, err = Read(context.Background(), withPass+"/missing", Options{})
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("error message: %v", err)
	}
	if got := Redact("https://bob:pw@example.org/a?b=1"); got != "https://bob@example.org/a?b=1" {
		t.Errorf("Redact = %q", got)
	}
}
