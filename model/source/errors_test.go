package source

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsKeepTheirCause: the messages are one plain line, and the
// cause is still there for errors.Is.
func TestErrorsKeepTheirCause(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	_, err := Read(context.Background(), missing, Options{})
	if err == nil {
		t.Fatal("a missing file was read")
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) is false", err)
	}
	if want := missing + ": no such file"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	if os.Geteuid() != 0 {
		locked := filepath.Join(dir, "locked.txt")
		if err := os.WriteFile(locked, []byte("text"), 0o000); err != nil {
			t.Fatal(err)
		}
		_, err = Read(context.Background(), locked, Options{})
		if !errors.Is(err, fs.ErrPermission) || strings.Contains(err.Error(), "\n") {
			t.Errorf("unreadable file: %v (errors.Is ErrPermission: %v)", err, errors.Is(err, fs.ErrPermission))
		}
	}
}

// A source whose name is blank, or starts or ends with a space, is quoted
// in the message, so that it does not read as "parallax: : no such file".
func TestBlankNamesAreQuoted(t *testing.T) {
	_, err := Read(context.Background(), " ", Options{})
	if err == nil || err.Error() != `" ": no such file` {
		t.Errorf("got %v", err)
	}
}
