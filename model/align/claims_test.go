package align

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func TestAlignClaimsOrderAndRuns(t *testing.T) {
	a := testDoc("a", "Gulls nested on the cliffs. Seals bred in the coves.\n\nFog closed the route.\n")
	b := testDoc("b", "Gulls and seals bred on the cliffs.\n\nA pier opened.\n")
	docs := []*model.Document{a, b}
	c := buildCorpus(docs)
	// Sentences 0 and 1 of a (one paragraph) with sentence 3 of b; the
	// rest alone.
	groups := [][]int32{{0, 1, 3}, {2}, {4}}
	claims := claims(docs, c, groups, map[[2]int32]float64{})
	if len(claims) != 3 {
		t.Fatalf("%d claims", len(claims))
	}
	first := claims[0]
	if first.ID != 0 || len(first.Sources) != 2 || len(first.Passages) != 2 {
		t.Fatalf("first claim %+v, want the shared one with two passages", first)
	}
	if p := first.Passages[0]; p.Start != c.Sents[0].Start || p.End != c.Sents[1].End {
		t.Errorf("adjacent sentences not joined into one passage: %+v", p)
	}
	if claims[1].Passages[0].Doc != 0 || claims[2].Passages[0].Doc != 1 {
		t.Errorf("unique claims not in document order: %+v", claims[1:])
	}
	if first.Score <= 0 || claims[1].Score != 0 {
		t.Errorf("scores %v %v", first.Score, claims[1].Score)
	}
}

// TestLinkSample: a large group is stood for by members spread evenly
// through it, each once, in order; a small one by all its members.
func TestLinkSample(t *testing.T) {
	small := []int32{3, 5, 8}
	if got := sample(small); len(got) != 3 || got[0] != 3 || got[2] != 8 {
		t.Fatalf("sample of a small group: %v", got)
	}
	big := make([]int32, 10*linkSample)
	for i := range big {
		big[i] = int32(i * 2)
	}
	got := sample(big)
	if len(got) != linkSample || got[0] != 0 || got[len(got)-1] < big[len(big)-1-10*2] {
		t.Fatalf("sample of %d: %d members, first %d, last %d", len(big), len(got), got[0], got[len(got)-1])
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Fatalf("sample not in order at %d: %v", i, got)
		}
	}
}
