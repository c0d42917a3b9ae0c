// Package shared finds the project's test data beside the repository
// (../shared: the reference articles, the development sets and the book
// pair). Tests and benchmarks that need it skip, with a message that says
// so, when it is not there, so that a fresh clone's tests pass on their own.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the ../shared folder beside the repository, or skips tb.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("../shared: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Skip("../shared: no go.mod above the test's folder")
		}
		dir = up
	}
	s := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(s); err != nil {
		tb.Skipf("../shared is not beside the repository (%v): this test needs the project's test data", err)
	}
	return s
}

// Path returns a file or folder under ../shared, or skips tb when it is
// not there.
func Path(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("../shared/%s is not here (%v)", filepath.Join(parts...), err)
	}
	return p
}

// Book returns a book-length text from ../shared/bench, or skips tb.
func Book(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(Path(tb, "bench", name))
	if err != nil {
		tb.Skipf("../shared/bench/%s: %v", name, err)
	}
	return data
}
