package overview

import (
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/worddiff"
)

// doc makes a document of one paragraph a line.
func doc(lines ...string) *model.Document {
	d := &model.Document{}
	for _, l := range lines {
		sp := model.Span{Start: len(d.Text), End: len(d.Text) + len(l)}
		d.Text += l + "\n"
		d.Paragraphs = append(d.Paragraphs, model.Paragraph{Span: sp, DuplicateOf: -1})
	}
	return d
}

func pass(docs []*model.Document, di, para int) model.Passage {
	return model.Passage{Doc: di, Para: para, Span: docs[di].Paragraphs[para].Span}
}

func TestNewOrderAndCoverage(t *testing.T) {
	docs := []*model.Document{doc("a0", "a1", "a2"), doc("b0", "b1"), doc("c0")}
	claims := []model.Claim{
		{Sources: []int{0}, Passages: []model.Passage{pass(docs, 0, 0)}},
		{Sources: []int{0, 1}, Passages: []model.Passage{pass(docs, 1, 1), pass(docs, 0, 2)}},
		{Sources: []int{0, 1, 2}, Passages: []model.Passage{pass(docs, 0, 1), pass(docs, 1, 0), pass(docs, 2, 0)}},
		{Sources: []int{2}, Passages: []model.Passage{{Doc: 2, Span: model.Span{Start: 50, End: 60}}}}, // outside its document
	}
	o := New(&model.Comparison{Documents: docs, Claims: claims})
	if want := []int{1, 2, 3, 0}; !slices.Equal(o.Coverage, want) {
		t.Errorf("coverage %v, want %v", o.Coverage, want)
	}
	if want := []int{2, 1, 0}; !slices.Equal(o.Order, want) {
		t.Errorf("order %v, want %v", o.Order, want)
	}
	if want := []int{2, 1}; !slices.Equal(o.SharedOrder(), want) {
		t.Errorf("shared order %v, want %v", o.SharedOrder(), want)
	}
	if o.Rank[3] != -1 || o.Rank[2] != 0 {
		t.Errorf("rank %v", o.Rank)
	}
	if s := o.Sources[0]; s.Shared != 2 || s.Unique != 1 {
		t.Errorf("source A: %d shared, %d unique; want 2 and 1", s.Shared, s.Unique)
	}
	// reading order: doc 0's passages by position, whatever the claim order
	var claimsOf []int
	for _, r := range o.Sources[0].Passages {
		claimsOf = append(claimsOf, r.Claim)
	}
	if want := []int{0, 2, 1}; !slices.Equal(claimsOf, want) {
		t.Errorf("doc 0 reads claims %v, want %v", claimsOf, want)
	}
	if l, ok := o.Locate(1, 1); !ok || o.Text(l) != "b1" {
		t.Errorf("Locate(1, 1) = %v %v", l, ok)
	}
	if got := o.PassagesIn(0, 1); len(got) != 1 || got[0].Claim != 2 {
		t.Errorf("PassagesIn(0, 1) = %v", got)
	}
}

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want Verdict
	}{
		{"There were 212 passengers on board.", "There were 218 passengers on board.", Shown},
		{"Same words here.", "Same words here.", Same},
		{"Nine people were taken to hospital.", "Shares fell 3.2 percent in morning trading.", Reworded},
		// a kept full stop is not a kept word
		{"Ferries has cancelled every sailing until Friday at the earliest.",
			"Ferries said crossings were suspended until Friday while the board carries out its investigation.", Reworded},
		{"", "", Same},
	} {
		if got := Judge(worddiff.Diff(tc.a, tc.b)); got != tc.want {
			t.Errorf("Judge(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
