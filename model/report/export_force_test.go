package report

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func forceTestComparison() *model.Comparison {
	d := &model.Document{Path: "a.txt", Text: "Ferries sailed again.\n", RawOffsets: true}
	d.Paragraphs = []model.Paragraph{{Span: model.Span{Start: 0, End: 21}, DuplicateOf: -1}}
	return &model.Comparison{Documents: []*model.Document{d}}
}

// --force replaces a regular file and keeps its mode.
func TestForceKeepsTheMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.md")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ExportMarkdownFile(path, forceTestComparison(), true); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode after --force: %v, want 0600", info.Mode().Perm())
	}
}

// --force follows a symbolic link to a regular file (the link stays) and
// refuses anything that is not a regular file.
func TestForceReplacesRegularFilesOnly(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.md")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := ExportMarkdownFile(link, forceTestComparison(), true); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v %v", fi, err)
	}
	if b, _ := os.ReadFile(real); !strings.HasPrefix(string(b), "# Comparison") {
		t.Errorf("the file the link points to was not written: %q", b)
	}
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
	devLink := filepath.Join(dir, "null.md")
	if err := os.Symlink(os.DevNull, devLink); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, devLink} {
		err := ExportMarkdownFile(p, forceTestComparison(), true)
		if err == nil || !strings.Contains(err.Error(), "regular files only") {
			t.Errorf("%s: %v", p, err)
		}
		if fi, _ := os.Lstat(p); fi != nil && fi.Mode().IsRegular() {
			t.Errorf("%s became a regular file", p)
		}
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Fatalf("%s is no longer a device: %v", os.DevNull, err)
	}
}
