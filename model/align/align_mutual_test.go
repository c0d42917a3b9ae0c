package align

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// TestAlignMutualPairs keeps the pairs whose sentences are each other's
// best match and share a word that is not a name, or a number.
func TestAlignMutualPairs(t *testing.T) {
	docs := []*model.Document{
		testDoc("a", "The alarm rang at night. Then Merrow Hale spoke.\n"),
		testDoc("b", "Police heard the alarm. Then Merrow Hale left.\n"),
		testDoc("c", "The alarm was loud.\n"),
	}
	c := buildCorpus(docs)
	if len(c.Sents) != 5 {
		t.Fatalf("%d sentences, want 5", len(c.Sents))
	}
	// 0, 1: a; 2, 3: b; 4: c.
	pairs := []pair{
		{A: 0, B: 2, Sim: 0.3}, // mutual best, share "alarm"
		{A: 0, B: 4, Sim: 0.2}, // 0 prefers 2
		{A: 2, B: 4, Sim: 0.25},
		{A: 1, B: 3, Sim: 0.4}, // mutual best, but only a name in common
	}
	got := mutualPairs(c, pairs)
	if len(got) != 1 || got[0].A != 0 || got[0].B != 2 {
		t.Errorf("got %+v, want only the pair 0-2", got)
	}
	if !c.sharesFactWord(0, 4) || c.sharesFactWord(1, 3) {
		t.Errorf("sharesFactWord: alarm is a word, Merrow Hale only names")
	}
}
