package report

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// testEntries lists the names in dir.
func testEntries(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestExportMarkdownFileWritesTheReport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.md")
	c := testHandBuilt()
	if err := ExportMarkdownFile(path, c, false); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := WriteMarkdown(&want, c, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Error("the file is not the report WriteMarkdown writes")
	}
	if names := testEntries(t, dir); len(names) != 1 {
		t.Errorf("the directory holds %v, want only r.md", names)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("the file's mode is %v, want -rw-r--r--", info.Mode().Perm())
	}
}

func TestExportMarkdownFileRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.md")
	if err := os.WriteFile(path, []byte("the editor's own notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := ExportMarkdownFile(path, testHandBuilt(), false)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("exporting onto an existing file: err = %v, want one matching fs.ErrExist", err)
	}
	if err.Error() != path+": already exists, not overwritten" {
		t.Errorf("the error says %q", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "the editor's own notes\n" {
		t.Errorf("the existing file was changed to %q", got)
	}
	if names := testEntries(t, dir); len(names) != 1 {
		t.Errorf("the directory holds %v after a refusal, want only r.md", names)
	}
	// A dangling symbolic link is an existing name too.
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := ExportMarkdownFile(link, testHandBuilt(), false); !errors.Is(err, fs.ErrExist) {
		t.Errorf("exporting onto a dangling link: err = %v, want fs.ErrExist", err)
	}
}

func TestExportMarkdownFileForceOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.md")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ExportMarkdownFile(path, testHandBuilt(), true); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.HasPrefix(got, []byte("# Comparison of 3 sources\n")) {
		t.Errorf("the file was not replaced by the report: %.40q", got)
	}
	if names := testEntries(t, dir); len(names) != 1 {
		t.Errorf("the directory holds %v, want only r.md", names)
	}
}

func TestExportMarkdownFileFailuresLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, path string
		force      bool
	}{
		{"missing directory", filepath.Join(dir, "no", "such", "r.md"), false},
		{"a directory", sub, false},
		{"a directory, forced", sub, true},
		{"under a file", filepath.Join(dir, "file", "r.md"), true},
	} {
		if tt.name == "under a file" {
			if err := os.WriteFile(filepath.Join(dir, "file"), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		err := ExportMarkdownFile(tt.path, testHandBuilt(), tt.force)
		if err == nil {
			t.Errorf("%s: exporting to %s succeeded", tt.name, tt.path)
		}
		if errors.Is(err, fs.ErrExist) {
			t.Errorf("%s: err = %v, which claims the file exists", tt.name, err)
		}
	}
	for _, name := range testEntries(t, dir) {
		if name != "sub" && name != "file" {
			t.Errorf("a failed export left %s behind", name)
		}
	}
	if names := testEntries(t, sub); len(names) != 0 {
		t.Errorf("a failed export left %v in the directory", names)
	}
}

func TestExportMarkdownFileReadOnlyDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		os.Remove(filepath.Join(dir, "probe"))
		t.Skip("running with privileges that ignore directory permissions")
	}
	err := ExportMarkdownFile(filepath.Join(dir, "r.md"), testHandBuilt(), false)
	if err == nil {
		t.Fatal("exporting into a read-only directory succeeded")
	}
	if names := testEntries(t, dir); len(names) != 0 {
		t.Errorf("a failed export left %v behind", names)
	}
}

func TestExportMarkdownFileWithTimestamp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.md")
	ts := testTime()
	if err := ExportMarkdownFileWith(path, testHandBuilt(), false, MarkdownOptions{Timestamp: ts}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Contains(got, []byte("Made by parallax on 14 October 2025 at 21:10 UTC.")) {
		t.Error("the exported file has no time stamp")
	}
}
