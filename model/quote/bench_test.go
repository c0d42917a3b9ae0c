package quote

import (
	"context"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/internal/shared"
)

// BenchmarkStatementsBookPair runs the quote stage as parallax does on the
// two book-length translations in ../shared/bench (segmented and aligned
// once, outside the loop): both are over MaxDocument, so this measures
// what leaving them out costs.
func BenchmarkStatementsBookPair(b *testing.B) {
	benchBookPair(b, MaxDocument)
}

// BenchmarkStatementsBookPairWhole runs the quote stage on the whole of the
// two books, without MaxDocument: what finding and matching thousands of
// quotations costs.
func BenchmarkStatementsBookPairWhole(b *testing.B) {
	benchBookPair(b, 0)
}

func benchBookPair(b *testing.B, limit int) {
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
		units, err := findUnitsUpTo(context.Background(), docs, limit)
		if err != nil {
			b.Fatal(err)
		}
		sts, err = statementsOf(context.Background(), units, cmp.Claims)
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
