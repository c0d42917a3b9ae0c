package model

import (
	"os"
	"path/filepath"
	"testing"
)

// segBenchBook returns a book-length text from ../shared/bench, or skips.
func segBenchBook(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "bench", name))
	if err != nil {
		b.Skipf("../shared/bench/%s is not here (%v): book-scale benchmarks need ../shared beside the repository", name, err)
	}
	return data
}

// BenchmarkSegment measures segmentation (paragraphs, sentences,
// furniture, repeats) of a whole Bible translation, in MB/s.
func BenchmarkSegment(b *testing.B) {
	data := segBenchBook(b, "bible_web.txt")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := &Document{Text: string(data), RawOffsets: true, Format: "text"}
		Segment(d)
	}
}
