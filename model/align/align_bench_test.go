package align

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model/internal/shared"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/segment"
	"github.com/parallax-reader/parallax/model/source"
)

// loadShared reads and segments files under ../shared, skipping the
// test or benchmark when they are absent.
func loadShared(tb testing.TB, rel ...string) []*model.Document {
	tb.Helper()
	var docs []*model.Document
	for _, r := range rel {
		path := shared.Path(tb, r)
		d, err := source.Read(context.Background(), path, source.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		segment.Document(d)
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkAlignBookPair aligns the two Bible translations in
// ../shared/bench (segmentation excluded).
func BenchmarkAlignBookPair(b *testing.B) {
	docs := loadShared(b, "bench/bible_kjv.txt", "bench/bible_web.txt")
	wordnet() // decoded once per process; not part of what is measured
	b.ResetTimer()
	for b.Loop() {
		if _, err := Claims(context.Background(), docs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// benchArticles makes n articles from the test stories and the
// sample articles: copies of one article rotate its paragraphs and shift
// its numbers, as another outlet's version of the same report might.
func benchArticles(b *testing.B, n int) []*model.Document {
	b.Helper()
	var texts []string
	for _, pattern := range []string{"testdata/*.txt", "../../sample/*.txt", "../../sample/*.md"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
		}
	}
	if len(texts) == 0 {
		b.Skip("no articles to build a corpus from")
	}
	docs := make([]*model.Document, n)
	for i := range docs {
		k := i / len(texts)
		paras := strings.Split(strings.TrimSpace(texts[i%len(texts)]), "\n\n")
		rot := append(append([]string(nil), paras[k%len(paras):]...), paras[:k%len(paras)]...)
		text := shiftNumbers(strings.Join(rot, "\n\n"), k)
		docs[i] = testDoc(fmt.Sprintf("article-%03d.txt", i), text+"\n")
	}
	return docs
}

// shiftNumbers adds k to the last digit of every number.
func shiftNumbers(s string, k int) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= '0' && b[i] <= '9' && (i+1 == len(b) || b[i+1] < '0' || b[i+1] > '9') {
			b[i] = '0' + (b[i]-'0'+byte(k))%10
		}
	}
	return string(b)
}

func benchmarkAlignArticles(b *testing.B, n int) { benchmarkClaims(b, benchArticles(b, n)) }

// benchmarkClaims measures aligning docs into claims.
func benchmarkClaims(b *testing.B, docs []*model.Document) {
	wordnet() // decoded once per process; not part of what is measured
	b.ResetTimer()
	for b.Loop() {
		if _, err := Claims(context.Background(), docs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAlign5Articles(b *testing.B)   { benchmarkAlignArticles(b, 5) }
func BenchmarkAlign20Articles(b *testing.B)  { benchmarkAlignArticles(b, 20) }
func BenchmarkAlign100Articles(b *testing.B) { benchmarkAlignArticles(b, 100) }

// BenchmarkAlignSeeds aligns the five reference articles in ../shared.
func BenchmarkAlignSeeds(b *testing.B) {
	docs := loadShared(b, "seeds/000_fcfb5bbd5f60cadc.txt", "seeds/001_b6ab99e193aa2fd2.txt",
		"seeds/002_23e4e048f042158a.txt", "seeds/003_ea56af7ab81edfdd.txt", "seeds/004_16f483c57f592d0a.txt")
	wordnet() // decoded once per process; not part of what is measured
	b.ResetTimer()
	for b.Loop() {
		if _, err := Claims(context.Background(), docs, nil); err != nil {
			b.Fatal(err)
		}
	}
}
