package source

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeHint is what is known about a source besides its bytes.
type decodeHint struct {
	// ext is the lower-case extension of the file or URL path (".md"…).
	ext string
	// contentType is the HTTP Content-Type, "" for files.
	contentType string
	// url is where the bytes were fetched from, "" for files and stdin.
	// Text from the web is never said to index raw bytes: there is no file
	// for the offsets to index.
	url string
}

// decodeSource turns the bytes of a source into a Document with Format,
// Encoding, Text and RawOffsets set, plus Title, Byline and Published for
// HTML. It fails only when the bytes are not text at all.
func decodeSource(data []byte, hint decodeHint) (*model.Document, error) {
	enc, name, body := decodeBOM(data)
	if enc == nil && bytes.IndexByte(data, 0) >= 0 {
		// NUL bytes: UTF-16 without a byte-order mark, or binary.
		if enc, name = decodeGuessUTF16(data); enc == nil {
			return nil, errors.New("looks binary (NUL bytes), not text")
		}
	}
	if enc == nil {
		if cs := decodeCharsetParam(hint.contentType); cs != "" {
			enc, name = charset.Lookup(cs) // an unknown label is ignored
		}
	}
	// Look at the start of the text, not of UTF-16 bytes.
	preview := data
	if strings.HasPrefix(name, "utf-16") {
		preview = []byte(decodeWith(enc, body[:min(len(body), 2048)]))
	}
	media := decodeMediaType(hint.contentType)
	if decodeIsHTML(media, hint.ext, preview) {
		return htmlDecode(data, body, enc, name, hint)
	}

	doc := &model.Document{Format: "text"}
	if media == "text/markdown" || media == "text/x-markdown" || decodeMarkdownExts[hint.ext] {
		doc.Format = "markdown"
	}
	switch {
	case (enc == nil || name == "utf-8") && utf8.Valid(data):
		// Valid UTF-8, with or without a BOM: the text is the bytes.
		doc.Encoding, doc.Text, doc.RawOffsets = "utf-8", string(data), hint.url == ""
	case enc == nil || name == "utf-8":
		var warning string
		doc.Text, doc.Encoding, warning = decodeNotUTF8(body)
		doc.Warnings = append(doc.Warnings, warning)
	default:
		doc.Encoding, doc.Text = name, decodeWith(enc, body)
	}
	if decodeLooksBinary(doc.Text) {
		return nil, errors.New("looks binary (control characters), not text")
	}
	return doc, nil
}

// decodeMarkdownExts are the file extensions read as Markdown.
var decodeMarkdownExts = map[string]bool{
	".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".mkdn": true,
}

// decodeBOM recognises a byte-order mark. It returns the encoding it names
// (nil when there is none), the encoding's name, and the bytes after it.
func decodeBOM(data []byte) (encoding.Encoding, string, []byte) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, "utf-8", data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", data[2:]
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", data[2:]
	}
	return nil, "", data
}

// decodeGuessUTF16 recognises UTF-16 without a byte-order mark by where its
// NUL bytes fall: in mostly-Latin text, every other byte is zero. It
// returns nil when the bytes do not look like that.
func decodeGuessUTF16(data []byte) (encoding.Encoding, string) {
	if len(data) < 4 || len(data)%2 != 0 {
		return nil, ""
	}
	sample := data[:min(len(data), 4096)]
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(sample); i += 2 {
		if sample[i] == 0 {
			zeroEven++
		}
		if sample[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := len(sample) / 2
	switch {
	case zeroOdd*10 >= pairs*7 && zeroEven*20 <= pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case zeroEven*10 >= pairs*7 && zeroOdd*20 <= pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// decodeNotUTF8 reads text that should be UTF-8 but is not. With no valid
// multi-byte UTF-8 sequence in it, it is Windows-1252 (the usual legacy
// encoding of Western text). Otherwise it is UTF-8 with a few stray bytes:
// those alone are read as Windows-1252, so that neither the good UTF-8 is
// garbled nor any byte lost. It returns the text, the encoding's name and a
// warning.
func decodeNotUTF8(data []byte) (text, name, warning string) {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	multi, stray := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(decodeCP1252(data[i]))
			stray++
		} else {
			b.Write(data[i : i+size])
			if size > 1 {
				multi++
			}
		}
		i += size
	}
	if multi == 0 {
		return b.String(), "windows-1252", "not valid UTF-8, read as Windows-1252"
	}
	plural := "s"
	if stray == 1 {
		plural = ""
	}
	return b.String(), "utf-8+windows-1252",
		fmt.Sprintf("UTF-8 with %d stray byte%s, read as Windows-1252", stray, plural)
}

// decodeCP1252 maps one byte of Windows-1252 to its character. The five
// bytes Windows-1252 leaves undefined become the C1 controls of the same
// value, as in browsers, so that no byte is lost (SafeText shows them).
func decodeCP1252(c byte) rune {
	if r := charmap.Windows1252.DecodeByte(c); r != utf8.RuneError {
		return r
	}
	return rune(c)
}

// decodeWith decodes data to UTF-8. Bytes the encoding cannot map become
// U+FFFD, so the result is always valid UTF-8.
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// decodeLooksBinary reports whether text has so many control characters
// that it cannot be prose: more than one in ten of its first 64 KiB, not
// counting line ends, tabs, form feeds and ESC (which a hostile or
// colourful article may hold many of, and SafeText neutralises).
func decodeLooksBinary(text string) bool {
	sample := text[:min(len(text), 64<<10)]
	controls := 0
	for i := 0; i < len(sample); i++ {
		switch c := sample[i]; {
		case c == 0:
			return true
		case c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v' || c == 0x1b:
		case c < 0x20 || c == 0x7f:
			controls++
		}
	}
	return controls >= 4 && controls*10 > len(sample)
}

// decodeMediaType returns the lower-case media type of a Content-Type, or "".
func decodeMediaType(contentType string) string {
	if contentType == "" {
		return ""
	}
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		media, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(media))
}

// decodeCharsetParam returns the charset parameter of a Content-Type, or "".
func decodeCharsetParam(contentType string) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		return strings.TrimSpace(params["charset"])
	}
	return ""
}

// decodeIsHTML decides whether a source is HTML: from its media type when
// it has one, else from its extension, else from how it begins.
func decodeIsHTML(media, ext string, data []byte) bool {
	switch {
	case media == "text/html" || media == "application/xhtml+xml":
		return true
	case media != "" && media != "application/octet-stream":
		return false
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		return true
	case decodeMarkdownExts[ext]:
		return false
	}
	return decodeSniffHTML(data)
}

// decodeSniffHTML reports whether data begins like an HTML page: a doctype
// or an <html>, <head> or <body> tag, perhaps after a BOM, blank space, an
// XML declaration or comments.
func decodeSniffHTML(data []byte) bool {
	head := data[:min(len(data), 1024)]
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\f"))
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(head, []byte(tag)) {
			return true
		}
	}
	if bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<!--")) {
		return bytes.Contains(head, []byte("<html"))
	}
	return false
}
