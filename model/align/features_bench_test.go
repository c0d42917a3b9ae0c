package align

import (
	"context"
	"testing"
)

// BenchmarkAlignBuildCorpusBookPair tokenises, stems and weighs the two
// Bible translations in ../shared/bench (segmentation excluded).
func BenchmarkAlignBuildCorpusBookPair(b *testing.B) {
	docs := loadShared(b, "bench/bible_kjv.txt", "bench/bible_web.txt")
	wordnet() // decoded once per process; not part of what is measured
	b.SetBytes(int64(len(docs[0].Text) + len(docs[1].Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		buildCorpus(docs)
	}
}

// BenchmarkAlignClaimsBookPair groups the book pair's matches into claims
// with their discrepancies: claims alone, matching done beforehand.
func BenchmarkAlignClaimsBookPair(b *testing.B) {
	docs := loadShared(b, "bench/bible_kjv.txt", "bench/bible_web.txt")
	c := buildCorpus(docs)
	edges, ok, err := ordered(context.Background(), c, docs, func(string, int, int) {})
	if !ok || err != nil {
		b.Fatalf("the book pair was not aligned by order: %v", err)
	}
	groups, sims := cluster(c, edges)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		claims(docs, c, groups, sims)
	}
}
