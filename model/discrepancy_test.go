package model

import (
	"context"
	"strings"
	"testing"
)

// alignTestClaim makes a claim of the first sentence of each document.
func alignTestClaim(docs []*Document) *Claim {
	cl := &Claim{}
	for i, d := range docs {
		s := d.Paragraphs[0].Sentences[0]
		cl.Sources = append(cl.Sources, i)
		cl.Passages = append(cl.Passages, Passage{Doc: i, Para: 0, Span: s.Span})
	}
	return cl
}

func TestAlignDiscrepancies(t *testing.T) {
	for _, c := range []struct {
		a, b    string
		kind    DiscrepancyKind
		variant bool
		note    string // part of the note
	}{
		{"North Korea sent 12,000 soldiers to Russia.", "North Korea sent thousands of soldiers to Russia.", DiscrepancyNumber, false, "12,000 vs thousands"},
		{"It has three generals there.", "It has a few generals there.", DiscrepancyNumber, false, "three vs a few"},
		{"Officials spoke on Friday about the strike.", "Officials spoke on Saturday about the strike.", DiscrepancyDate, false, "Friday vs Saturday"},
		{"The men were taken to Kiev for questioning.", "The men were taken to Kyiv for questioning.", DiscrepancyName, true, "Kiev vs Kyiv"},
		{"The ferry sailed to Tulsk at dawn.", "The ferry sailed to Skerray at dawn.", DiscrepancyName, false, "Tulsk vs Skerray"},
	} {
		docs := []*Document{alignTestDoc("a", c.a+"\n"), alignTestDoc("b", c.b+"\n")}
		ds := alignDiscrepancies(docs, alignTestClaim(docs))
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
		docs := []*Document{alignTestDoc("a", c[0]+"\n"), alignTestDoc("b", c[1]+"\n")}
		if ds := alignDiscrepancies(docs, alignTestClaim(docs)); len(ds) != 0 {
			t.Errorf("%q ~ %q: unexpected %+v", c[0], c[1], ds)
		}
	}
}

// TestAlignStoryDiscrepancies: the storm story's matched lead sentences
// disagree on the number of homes and on the day.
func TestAlignStoryDiscrepancies(t *testing.T) {
	docs := alignTestStory(t, "storm")
	claims, err := Align(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	i := alignClaimOf(docs, claims, 0, "left 12,000 homes")
	if i < 0 || !claims[i].Shared() {
		t.Fatalf("the lead is not a shared claim")
	}
	kinds := map[DiscrepancyKind]bool{}
	for _, d := range claims[i].Discrepancies {
		kinds[d.Kind] = true
	}
	if !kinds[DiscrepancyNumber] || !kinds[DiscrepancyDate] {
		t.Errorf("discrepancies %+v, want a number and a date", claims[i].Discrepancies)
	}
}
