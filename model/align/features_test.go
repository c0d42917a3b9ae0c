package align

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func TestAlignBuildCorpus(t *testing.T) {
	a := testDoc("a", "The Lenn flooded Marrowby on Friday.\n\nThe Lenn rose fast and the town flooded.\n\nMarrowby has 3,000 homes.\n")
	b := testDoc("b", "Floods hit Marrowby.\n\nRain fell on the hills.\n")
	c := buildCorpus([]*model.Document{a, b})
	if len(c.Sents) != 5 || c.DocSents[0] != [2]int{0, 3} || c.DocSents[1] != [2]int{3, 5} {
		t.Fatalf("sentences %d, ranges %v", len(c.Sents), c.DocSents)
	}
	term := func(w string) *term {
		id, ok := c.termID[stem(w)]
		if !ok {
			t.Fatalf("no term for %q", w)
		}
		return &c.Terms[id]
	}
	if _, ok := c.termID["the"]; ok {
		t.Error("a stop word became a term")
	}
	// "flooded" and "floods" share a stem, in four sentences of five;
	// "hills" is in one.
	if term("flooded") != term("floods") {
		t.Error("inflections do not share a term")
	}
	if term("flooded").IDF >= term("hills").IDF {
		t.Errorf("idf: common %.2f >= rare %.2f", term("flooded").IDF, term("hills").IDF)
	}
	if !term("Marrowby").Name || term("town").Name {
		t.Error("name flags wrong")
	}
	if got := c.Sents[2].Numbers; len(got) != 1 || got[0] != "3000" {
		t.Errorf("numbers %q", got)
	}
	// Term ids follow the stems, whatever the order of the sources.
	c2 := buildCorpus([]*model.Document{b, a})
	for i := range c.Terms {
		if c.Terms[i].Stem != c2.Terms[i].Stem || c.Terms[i].IDF != c2.Terms[i].IDF {
			t.Fatalf("term %d differs with the sources swapped", i)
		}
	}
}

func TestAlignTokenizeOtherScriptDigits(t *testing.T) {
	// A digit outside ASCII once made the tokenizer loop for ever.
	toks := tokenizeFold("௯௮ soldiers ٣", 0, nil, foldWord)
	if len(toks) != 4 {
		t.Fatalf("got %d tokens %+v, want 4", len(toks), toks)
	}
}
