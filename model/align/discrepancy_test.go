package align

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// testClaim makes a claim of the first sentence of each document.
func testClaim(docs []*model.Document) *model.Claim {
	cl := &model.Claim{}
	for i, d := range docs {
		s := d.Paragraphs[0].Sentences[0]
		cl.Sources = append(cl.Sources, i)
		cl.Passages = append(cl.Passages, model.Passage{Doc: i, Para: 0, Span: s.Span})
	}
	return cl
}

func TestAlignDiscrepancies(t *testing.T) {
	for _, c := range []struct {
		a, b    string
		kind    model.DiscrepancyKind
		variant bool
		note    string // part of the note
	}{
		{"North Korea sent 12,000 soldiers to Russia.", "North Korea sent thousands of soldiers to Russia.", model.DiscrepancyNumber, false, "12,000 vs thousands"},
		{"It has three generals there.", "It has a few generals there.", model.DiscrepancyNumber, false, "three vs a few"},
		{"Officials spoke on Friday about the strike.", "Officials spoke on Saturday about the strike.", model.DiscrepancyDate, false, "Friday vs Saturday"},
		{"The men were taken to Kiev for questioning.", "The men were taken to Kyiv for questioning.", model.DiscrepancyName, true, "Kiev vs Kyiv"},
		{"The ferry sailed to Tulsk at dawn.", "The ferry sailed to Skerray at dawn.", model.DiscrepancyName, false, "Tulsk vs Skerray"},
	} {
		docs := []*model.Document{testDoc("a", c.a+"\n"), testDoc("b", c.b+"\n")}
		ds := discrepanciesWith(docs, testClaim(docs), nil, &extractor{})
		found := false
		for _, d := range ds {
			if d.Kind == c.kind && d.Variant == c.variant && strings.Contains(d.Note, c.note) {
				found = true
				for _, v := range d.Values {
					if docs[v.Doc].Slice(v.Span) != v.Text {
						t.Errorf("value %q does not match its span", v.Text)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q ~ %q: want %s (variant %v) %q, got %+v", c.a, c.b, c.kind, c.variant, c.note, ds)
		}
	}
}

func TestAlignNoDiscrepancy(t *testing.T) {
	for _, c := range [][2]string{
		{"North Korea sent 12,000 soldiers.", "Some 12,000 soldiers were sent by North Korea."},
		{"Talks began on Friday and ended on Saturday.", "Talks ended on Saturday."},
		{"Storm Hester hit Braden in 2024.", "Hester struck the Braden valley."},
		{"Ukraine said so.", "Ukrainian officials said so."},
	} {
		docs := []*model.Document{testDoc("a", c[0]+"\n"), testDoc("b", c[1]+"\n")}
		if ds := discrepanciesWith(docs, testClaim(docs), nil, &extractor{}); len(ds) != 0 {
			t.Errorf("%q ~ %q: unexpected %+v", c[0], c[1], ds)
		}
	}
}

// TestAlignStoryDiscrepancies: the storm story's matched lead sentences
// disagree on the number of homes and on the day.
func TestAlignStoryDiscrepancies(t *testing.T) {
	docs := testStory(t, "storm")
	claims, err := Claims(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	i := claimOf(docs, claims, 0, "left 12,000 homes")
	if i < 0 || !claims[i].Shared() {
		t.Fatalf("the lead is not a shared claim")
	}
	kinds := map[model.DiscrepancyKind]bool{}
	for _, d := range claims[i].Discrepancies {
		kinds[d.Kind] = true
	}
	if !kinds[model.DiscrepancyNumber] || !kinds[model.DiscrepancyDate] {
		t.Errorf("discrepancies %+v, want a number and a date", claims[i].Discrepancies)
	}
}

// TestAlignDiscrepancyConservative: no "the sources disagree" for one value
// written in two cases, for names in different roles in the sentence, or
// between passages that do not match strongly.
func TestAlignDiscrepancyConservative(t *testing.T) {
	for _, c := range [][]string{
		{"Several soldiers died in custody.", "several soldiers died in custody."},
		{"Several soldiers died in custody.", "several soldiers died in custody.", "SEVERAL soldiers died in custody."},
		{"The troops died in Ukrainian custody.", "The troops fought in Russia's war."},
		{"They fought in Russia\u2019s war near the border.", "They fought in Kursk near the border."},
		{"The ferry sailed to Tulsk at dawn.", "The ferry was sent to Skerray at dawn."},
	} {
		var docs []*model.Document
		for i, s := range c {
			docs = append(docs, testDoc(string(rune('a'+i)), s+"\n"))
		}
		if ds := discrepanciesWith(docs, testClaim(docs), nil, &extractor{}); len(ds) != 0 {
			t.Errorf("%q: unexpected %+v", c, ds)
		}
	}
}

// TestAlignDiscrepancyStrongOnly: values are compared only between
// mentions the strong test pairs.
func TestAlignDiscrepancyStrongOnly(t *testing.T) {
	docs := []*model.Document{
		testDoc("a", "Officials spoke on Friday about the strike.\n"),
		testDoc("b", "Officials spoke on Saturday about the strike.\n"),
		testDoc("c", "Officials spoke on Friday about the strike.\n"),
	}
	cl := testClaim(docs)
	never := func(a, b mention) bool { return false }
	if ds := discrepanciesWith(docs, cl, never, &extractor{}); len(ds) != 0 {
		t.Errorf("no strong pair, yet %+v", ds)
	}
	// Only a~c match strongly, and they agree.
	ac := func(a, b mention) bool { return a.Doc != 1 && b.Doc != 1 }
	if ds := discrepanciesWith(docs, cl, ac, &extractor{}); len(ds) != 0 {
		t.Errorf("a and c agree, yet %+v", ds)
	}
	// a~b match strongly: Friday vs Saturday, and c, which b is not
	// paired with, is not shown.
	ab := func(a, b mention) bool { return a.Doc != 2 && b.Doc != 2 }
	ds := discrepanciesWith(docs, cl, ab, &extractor{})
	if len(ds) != 1 || ds[0].Kind != model.DiscrepancyDate || len(ds[0].Values) != 2 {
		t.Fatalf("want one date discrepancy of two values, got %+v", ds)
	}
	for _, v := range ds[0].Values {
		if v.Doc == 2 {
			t.Errorf("value of c shown: %+v", v)
		}
	}
}

// TestAlignSentenceAt finds the corpus sentence that holds a position.
func TestAlignSentenceAt(t *testing.T) {
	docs := []*model.Document{testDoc("a", "First sentence here. Second one there.\n\nA third paragraph.\n")}
	c := buildCorpus(docs)
	if len(c.Sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(c.Sents))
	}
	for i, s := range c.Sents {
		if got := sentenceAt(c, 0, s.Start); got != int32(i) {
			t.Errorf("start of sentence %d: got %d", i, got)
		}
		if got := sentenceAt(c, 0, s.End-1); got != int32(i) {
			t.Errorf("end of sentence %d: got %d", i, got)
		}
	}
	if got := sentenceAt(c, 0, len(docs[0].Text)); got != -1 {
		t.Errorf("past the end: got %d, want -1", got)
	}
}
