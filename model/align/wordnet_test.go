package align

import "testing"

func TestWordnetTableDecodes(t *testing.T) {
	wn := wordnet()
	if len(wn.lemmas) < 50000 {
		t.Fatalf("only %d lemmas in the embedded table", len(wn.lemmas))
	}
	if len(wn.exceptions) == 0 {
		t.Fatal("no irregular forms in the embedded table")
	}
	if _, err := wordnetDecode(wordnetTableGz[:len(wordnetTableGz)/2]); err == nil {
		t.Error("a truncated table decoded without error")
	}
}

func TestWordnetRelatedness(t *testing.T) {
	wn := wordnet()
	rel := func(a, b string) float64 { return wordnetRelatedness(wn.concepts(a), wn.concepts(b)) }
	for _, c := range []struct{ a, b string }{
		{"captive", "prisoner"}, // one synset
		{"executing", "killed"}, // execute's hypernym is kill, through inflections
		{"wounded", "injured"},
		{"big", "large"},
		{"children", "child"}, // an irregular form
	} {
		if r := rel(c.a, c.b); r < 0.5 {
			t.Errorf("relatedness(%q, %q) = %.2f, want >= 0.5", c.a, c.b, r)
		}
	}
	for _, c := range []struct{ a, b string }{
		{"dog", "house"}, {"bridge", "election"}, {"river", "tax"},
	} {
		if r := rel(c.a, c.b); r != 0 {
			t.Errorf("relatedness(%q, %q) = %.2f, want 0", c.a, c.b, r)
		}
	}
	if wn.concepts("qzxv") != nil {
		t.Error("a non-word has concepts")
	}
}
