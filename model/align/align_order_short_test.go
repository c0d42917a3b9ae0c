package align

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// lineOf returns the 0-based line of text that holds byte offset at.
func lineOf(text string, at int) int { return strings.Count(text[:at], "\n") }

// TestAlignShortOrdered aligns two short retellings of one tale, line
// for line, although the second runs one sentence over two lines (7 and
// 8) and words every line its own way.
func TestAlignShortOrdered(t *testing.T) {
	docs := readStory(t, "testdata/ordered/*.txt")
	claims, err := Claims(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(docs[0].Text, "\n")
	pairs := map[[2]int]bool{} // line of a, line of b, linked by a claim
	for _, c := range claims {
		for _, p := range c.Passages {
			for _, q := range c.Passages {
				if p.Doc == 0 && q.Doc == 1 {
					for la := lineOf(docs[0].Text, p.Start); la <= lineOf(docs[0].Text, p.End-1); la++ {
						for lb := lineOf(docs[1].Text, q.Start); lb <= lineOf(docs[1].Text, q.End-1); lb++ {
							pairs[[2]int{la, lb}] = true
						}
					}
				}
			}
		}
	}
	for l := 0; l < lines; l++ {
		if !pairs[[2]int{l, l}] {
			t.Errorf("line %d of a is not linked with line %d of b", l+1, l+1)
		}
	}
	for p := range pairs {
		if p[0] != p[1] {
			t.Errorf("line %d of a is linked with line %d of b", p[0]+1, p[1]+1)
		}
	}
}

// TestAlignShortNotOrdered: two short reports of one event that tell it
// in another order are not taken as one text in one order.
func TestAlignShortNotOrdered(t *testing.T) {
	docs := readStory(t, "testdata/ordered/a.txt")
	lines := strings.SplitAfter(docs[0].Text, "\n")
	var shuffled strings.Builder
	for k := range lines {
		shuffled.WriteString(lines[(k*7)%len(lines)])
	}
	b := testDoc("b", shuffled.String())
	c := buildCorpus([]*model.Document{docs[0], b})
	if _, ok := shortOrdered(c, []*model.Document{docs[0], b}); ok {
		t.Fatal("shuffled lines taken as being in one order")
	}
	// The reference stories under testdata are reports, not one text.
	for _, story := range []string{"bridge", "wire"} {
		docs := testStory(t, story)
		if _, ok := shortOrdered(buildCorpus(docs), docs); ok {
			t.Errorf("story %s taken as being in one order", story)
		}
	}
}
