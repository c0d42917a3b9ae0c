package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// write writes data to a file named name in dir and returns its path.
func write(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// utf16 encodes s as UTF-16 with the given byte order, after bom.
func utf16(s string, bigEndian bool, bom bool) []byte {
	var b []byte
	if bom {
		if bigEndian {
			b = append(b, 0xFE, 0xFF)
		} else {
			b = append(b, 0xFF, 0xFE)
		}
	}
	for _, r := range s {
		units := []rune{r}
		if r > 0xFFFF {
			r -= 0x10000
			units = []rune{0xD800 + r>>10, 0xDC00 + r&0x3FF}
		}
		for _, u := range units {
			if bigEndian {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
	}
	return b
}

func TestReadSourceFiles(t *testing.T) {
	dir := t.TempDir()
	const article = "Officials said 12 people died.\n\nThe mayor — Ms Đoàn — spoke on Tuesday. 🧭\n"
	tests := []struct {
		name     string
		file     string
		data     []byte
		wantErr  string // the whole error, "" for none
		encoding string
		format   string
		text     string // the expected Text
		raw      bool
		warning  string // expected Warnings, joined by "|"
	}{
		{name: "plain UTF-8", file: "a.txt", data: []byte(article),
			encoding: "utf-8", format: "text", text: article, raw: true},
		{name: "UTF-8 with BOM kept raw", file: "bom.txt", data: []byte("\uFEFF" + article),
			encoding: "utf-8", format: "text", text: "\uFEFF" + article, raw: true},
		{name: "CRLF, CR and LF kept raw", file: "crlf.txt", data: []byte("one\r\ntwo\rthree\nfour\r\n\r\nfive"),
			encoding: "utf-8", format: "text", text: "one\r\ntwo\rthree\nfour\r\n\r\nfive", raw: true},
		{name: "Markdown", file: "a.md", data: []byte("# Head\n\n*Officials* said.\n"),
			encoding: "utf-8", format: "markdown", text: "# Head\n\n*Officials* said.\n", raw: true},
		{name: "UTF-16 LE with BOM", file: "le.txt", data: utf16(article, false, true),
			encoding: "utf-16le", format: "text", text: article},
		{name: "UTF-16 BE with BOM", file: "be.txt", data: utf16(article, true, true),
			encoding: "utf-16be", format: "text", text: article},
		{name: "UTF-16 LE without BOM", file: "le-nobom.txt", data: utf16(article, false, false),
			encoding: "utf-16le", format: "text", text: article},
		{name: "Windows-1252", file: "cp.txt", data: []byte("Caf\xe9 \x93quoted\x94 \x80 5\n"),
			encoding: "windows-1252", format: "text", text: "Café “quoted” € 5\n",
			warning: "cp.txt: not valid UTF-8, read as Windows-1252"},
		{name: "Windows-1252 undefined bytes kept", file: "cp-undef.txt", data: []byte("a\x81b\x9dc\x93"),
			encoding: "windows-1252", format: "text", text: "a\u0081b\u009dc“",
			warning: "cp-undef.txt: not valid UTF-8, read as Windows-1252"},
		{name: "UTF-8 with stray bytes", file: "stray.txt", data: []byte("Zürich \xff café – \x93ok\x94\n"),
			encoding: "utf-8+windows-1252", format: "text", text: "Zürich ÿ café – “ok”\n",
			warning: "stray.txt: UTF-8 with 3 stray bytes, read as Windows-1252"},
		{name: "UTF-8 with one stray byte", file: "stray1.txt", data: []byte("Zürich \xe9\n"),
			encoding: "utf-8+windows-1252", format: "text", text: "Zürich é\n",
			warning: "stray1.txt: UTF-8 with 1 stray byte, read as Windows-1252"},
		{name: "hostile escapes are text, kept raw", file: "esc.txt",
			data:     []byte("Words \x1b]52;c;aGk=\x07 and \x1b[2J\x1b[31mred\x1b[0m.\n"),
			encoding: "utf-8", format: "text", text: "Words \x1b]52;c;aGk=\x07 and \x1b[2J\x1b[31mred\x1b[0m.\n", raw: true},
		{name: "empty", file: "empty.txt", data: nil,
			encoding: "utf-8", format: "text", text: "", raw: true, warning: "empty.txt: empty, nothing to compare"},
		{name: "blank", file: "blank.txt", data: []byte(" \n\t\r\n  \n"),
			encoding: "utf-8", format: "text", text: " \n\t\r\n  \n", raw: true,
			warning: "blank.txt: only blank space, nothing to compare"},
		{name: "BOM only is kept, as segmentation keeps it", file: "bomonly.txt", data: []byte("\uFEFF\n"),
			encoding: "utf-8", format: "text", text: "\uFEFF\n", raw: true},
		{name: "no-break spaces are not blank", file: "nbsp.txt", data: []byte("\u00a0\u00a0\n"),
			encoding: "utf-8", format: "text", text: "\u00a0\u00a0\n", raw: true},
		{name: "binary with NUL", file: "a.bin", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
			wantErr: "a.bin: looks binary (NUL bytes), not text"},
		{name: "binary without NUL", file: "b.bin", data: bytes.Repeat([]byte("\x01\x02\x03a\x04\x05"), 100),
			wantErr: "b.bin: looks binary (control characters), not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			write(t, dir, tt.file, tt.data)
			t.Chdir(dir)
			arg := tt.file
			doc, err := Read(context.Background(), arg, Options{})
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if doc.Path != arg || doc.Encoding != tt.encoding || doc.Format != tt.format || doc.RawOffsets != tt.raw {
				t.Errorf("got path %q encoding %q format %q raw %v, want %q %q %q %v",
					doc.Path, doc.Encoding, doc.Format, doc.RawOffsets, arg, tt.encoding, tt.format, tt.raw)
			}
			if doc.Text != tt.text {
				t.Errorf("text = %q, want %q", doc.Text, tt.text)
			}
			if got := strings.Join(doc.Warnings, "|"); got != tt.warning {
				t.Errorf("warnings = %q, want %q", got, tt.warning)
			}
			if tt.raw && doc.Text != string(tt.data) {
				t.Errorf("RawOffsets but text differs from the bytes")
			}
			if !utf8.ValidString(doc.Text) {
				t.Errorf("text is not valid UTF-8")
			}
		})
	}
}
