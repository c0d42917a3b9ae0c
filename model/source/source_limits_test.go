package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadSourceUnusable(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("dir", 0o755); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create("big.txt")
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 210 MiB file: refused from its size, never read.
	if err := big.Truncate(210 << 20); err != nil {
		t.Fatal(err)
	}
	big.Close()
	write(t, dir, "small.txt", []byte(strings.Repeat("word ", 30)))

	tests := []struct {
		name, arg string
		opts      Options
		want      string
	}{
		{"missing path", "nope.txt", Options{}, "nope.txt: no such file"},
		{"missing directory in path", "no/such/x.txt", Options{}, "no/such/x.txt: no such file"},
		{"directory", "dir", Options{}, "dir: is a directory, not a file"},
		{"directory with slash", "dir/", Options{}, "dir/: is a directory, not a file"},
		{"200 MB file", "big.txt", Options{}, "big.txt: 210 MB is over the 64 MB limit per source"},
		{"lower cap", "small.txt", Options{MaxBytes: 100}, "small.txt: 150 bytes is over the 100 bytes limit per source"},
		{"stdin over cap", "-", Options{MaxBytes: 100, Stdin: strings.NewReader(strings.Repeat("x", 101))},
			"-: more than the 100 bytes limit per source"},
		{"stdin binary", "-", Options{Stdin: strings.NewReader("a\x00b")}, "-: looks binary (NUL bytes), not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(context.Background(), tt.arg, tt.opts)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("ReadSource(%q) = %v, %v; want error %q", tt.arg, doc, err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is more than one line: %q", err)
			}
		})
	}
}

func TestReadSourceUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which can read a file whatever its mode")
	}
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", []byte("text"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Read(context.Background(), p, Options{})
	if want := p + ": permission denied"; err == nil || err.Error() != want {
		t.Fatalf("error = %v, want %q", err, want)
	}
}

func TestReadSourceStdin(t *testing.T) {
	doc, err := Read(context.Background(), "-", Options{Stdin: strings.NewReader("From stdin.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Path != "-" || doc.Text != "From stdin.\n" || !doc.RawOffsets || doc.Format != "text" {
		t.Errorf("got %+v", doc)
	}
}

func TestReadSourceLongLine(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("All work and no play. ", 10<<20/22) // one 10 MB line
	p := write(t, dir, "line.txt", []byte(line))
	doc, err := Read(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != line || !doc.RawOffsets {
		t.Errorf("10 MB line not read as is: %d bytes, raw %v", len(doc.Text), doc.RawOffsets)
	}
}

func TestReadSourceSameFileTwice(t *testing.T) {
	p := write(t, t.TempDir(), "a.txt", []byte("Same words.\n"))
	a, errA := Read(context.Background(), p, Options{})
	b, errB := Read(context.Background(), filepath.Clean(p), Options{})
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a == b || a.Text != b.Text {
		t.Errorf("reading a file twice should give two equal, distinct documents")
	}
}

// TestReadSourceReadFails covers a file that opens but cannot be read,
// which root can exercise too: /proc/self/mem fails to read at offset 0.
func TestReadSourceReadFails(t *testing.T) {
	const p = "/proc/self/mem"
	if _, err := os.Stat(p); err != nil {
		t.Skip("no /proc/self/mem on this system")
	}
	_, err := Read(context.Background(), p, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), p+": cannot read it: ") {
		t.Fatalf("error = %v, want %q…", err, p+": cannot read it: ")
	}
}
