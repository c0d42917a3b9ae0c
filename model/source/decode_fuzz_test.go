package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// decodeFuzzHints are the kinds of source FuzzDecode reads its bytes as.
var decodeFuzzHints = []decodeHint{
	{},
	{ext: ".md"},
	{ext: ".html"},
	{contentType: "text/html"},
	{contentType: "text/plain; charset=shift_jis", url: "http://example.test/a"},
	{contentType: "text/html; charset=utf-16", url: "http://example.test/b.html"},
	{contentType: "application/octet-stream", url: "http://example.test/c.md"},
}

func decodeFuzzSeeds(f *testing.F, add func(data []byte)) {
	for _, s := range []string{
		"", " \n", "Plain text.\n\nTwo paragraphs.", "\uFEFFBOM text", "one\r\ntwo\rthree",
		"Caf\xe9 \x93q\x94", "\x00\x01\x02", "a\x1b]52;c;aGk=\x07b\x1b[2J",
		htmlArticle, "<html><body><div><p>x</div></p><table><td>a<td>b</table>",
		"<!doctype html><meta charset=koi8-r><p>\xf0\xd2\xc9", "<html><body><pre>a\r\n\r\nb</pre><br><br>",
		strings.Repeat("<div>", 600) + "<p>too deep</p><script>x</script>", "Z\xc3\xbcrich \xff \x81\x9d",
	} {
		add([]byte(s))
	}
	add(utf16("UTF-16 text", false, true))
	add(utf16("<html><p>wide</p></html>", true, true))
	add(utf16("no BOM here", false, false))
}

// decodeCheck fails t when a decoded document breaks the reading rules.
func decodeCheck(t *testing.T, data []byte, doc *model.Document, err error) {
	t.Helper()
	if err != nil {
		if strings.Contains(err.Error(), "\n") {
			t.Fatalf("error of more than one line: %q", err)
		}
		return
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not valid UTF-8: %q", doc.Text)
	}
	if doc.RawOffsets && doc.Text != string(data) {
		t.Fatalf("RawOffsets set but text differs from the bytes")
	}
	if doc.Format != "text" && doc.Format != "markdown" && doc.Format != "html" {
		t.Fatalf("format %q", doc.Format)
	}
	if doc.Encoding == "" {
		t.Fatalf("no encoding named")
	}
	if strings.ContainsRune(doc.Title, '\n') || strings.ContainsRune(doc.Byline, '\n') {
		t.Fatalf("title or byline of more than one line: %q %q", doc.Title, doc.Byline)
	}
	if doc.Format != "html" && doc.Encoding == "utf-8" && !doc.RawOffsets && len(doc.Text) != len(data) {
		t.Fatalf("UTF-8 text changed in length")
	}
}

func FuzzDecode(f *testing.F) {
	decodeFuzzSeeds(f, func(data []byte) {
		for k := range decodeFuzzHints {
			f.Add(data, uint8(k))
		}
	})
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		hint := decodeFuzzHints[int(kind)%len(decodeFuzzHints)]
		doc, err := decodeSource(data, hint)
		decodeCheck(t, data, doc, err)
	})
}

func FuzzReadSource(f *testing.F) {
	decodeFuzzSeeds(f, func(data []byte) { f.Add(data) })
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "source.txt")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := Read(context.Background(), p, Options{})
		decodeCheck(t, data, doc, err)
		if err != nil {
			if !strings.HasPrefix(err.Error(), p+": ") {
				t.Fatalf("error does not start with the source: %q", err)
			}
			return
		}
		blank := strings.TrimFunc(doc.Text, isBlank) == ""
		if blank != (len(doc.Warnings) > 0 && strings.HasSuffix(doc.Warnings[len(doc.Warnings)-1], "nothing to compare")) {
			t.Fatalf("blank %v but warnings %q", blank, doc.Warnings)
		}
	})
}
