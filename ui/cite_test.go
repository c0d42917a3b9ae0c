package ui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// TestCitationWhere checks that a citation names a file by its absolute
// path, and a source that is no file here (the built-in sample) by its
// name as given, never as a path in the current folder.
func TestCitationWhere(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("story.txt", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.Abs("story.txt")
	for _, c := range []struct {
		d    model.Document
		want string
	}{
		{model.Document{Path: "story.txt"}, real},
		{model.Document{Path: "harbour-gazette.txt"}, "harbour-gazette.txt"},
		{model.Document{Path: "-"}, "standard input"},
		{model.Document{Path: "x.html", URL: "https://example.org/a"}, "https://example.org/a"},
	} {
		if got := sourceWhere(&c.d); got != c.want {
			t.Errorf("sourceWhere(%q) = %q, want %q", c.d.Path, got, c.want)
		}
	}
}
