package quote

import (
	"context"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/internal/shared"
)

// BenchmarkStatementsBookPair runs the quote stage on the two book-length
// translations in ../shared/bench (segmented and aligned once, outside
// the loop).
func BenchmarkStatementsBookPair(b *testing.B) {
	names := []string{"bible_kjv.txt", "bible_web.txt"}
	data := [][]byte{shared.Book(b, names[0]), shared.Book(b, names[1])}
	docs := loadSet(b, names, data)
	cmp, err := align.Compare(context.Background(), docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var sts []model.Statement
	for b.Loop() {
		var err error
		sts, err = Statements(context.Background(), docs, cmp.Claims)
		if err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	for _, s := range sts {
		n += len(s.Quotes)
	}
	b.ReportMetric(float64(n), "quotations")
	b.ReportMetric(float64(len(sts)), "statements")
}

// BenchmarkStatementsSeeds runs it on the five reference articles.
func BenchmarkStatementsSeeds(b *testing.B) {
	_, docs := seedDocs(b)
	cmp, err := align.Compare(context.Background(), docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Statements(context.Background(), docs, cmp.Claims); err != nil {
			b.Fatal(err)
		}
	}
}
