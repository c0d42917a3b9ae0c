package segment

import (
	"testing"

	"github.com/parallax-reader/parallax/model/internal/shared"

	"github.com/parallax-reader/parallax/model"
)

// BenchmarkSegment measures segmentation (paragraphs, sentences,
// furniture, repeats) of a whole Bible translation, in MB/s.
func BenchmarkSegment(b *testing.B) {
	data := shared.Book(b, "bible_web.txt")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := &model.Document{Text: string(data), RawOffsets: true, Format: "text"}
		Document(d)
	}
}
