package source

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model/internal/shared"

	"github.com/parallax-reader/parallax/model"
)

// BenchmarkReadSourceBible reads a 4 MB plain-text book.
func BenchmarkReadSourceBible(b *testing.B) {
	p := shared.Path(b, "bench", "bible_kjv.txt")
	st, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	for b.Loop() {
		if _, err := Read(context.Background(), p, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadSourceHTML extracts the article from a 2 MB HTML page.
func BenchmarkReadSourceHTML(b *testing.B) {
	raw := shared.Book(b, "bible_kjv.txt")
	var page strings.Builder
	page.WriteString("<html><head><title>Book</title></head><body><article>")
	for _, line := range strings.SplitN(string(raw), "\n", 2001)[:2000] {
		page.WriteString("<p>" + line + "</p>\n")
	}
	page.WriteString("</article></body></html>")
	p := write(b, b.TempDir(), "book.html", []byte(page.String()))
	b.SetBytes(int64(page.Len()))
	for b.Loop() {
		if _, err := Read(context.Background(), p, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSafeText neutralises a paragraph with a few escape sequences.
func BenchmarkSafeText(b *testing.B) {
	s := strings.Repeat("Officials said twelve people died in the collapse. ", 20) + "\x1b[31mred\x1b[0m"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		model.SafeText(s)
	}
}
