package align

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func TestAlignSimilarity(t *testing.T) {
	a := testDoc("a", "The regime is executing its wounded soldiers.\n\nA ferry sank off Tulsk.\n\nThe mayor of Kiev resigned.\n")
	b := testDoc("b", "The regime is executing its wounded soldiers.\n\nWounded soldiers were killed by the regime.\n\nThe mayor of Kyiv resigned.\n\nPrices rose in March.\n")
	c := buildCorpus([]*model.Document{a, b})
	sim := func(i, j int) float64 { return c.similarity(c.bag(i, i+1), c.bag(j, j+1)) }
	if s := sim(0, 3); s < 0.999 {
		t.Errorf("identical sentences: %.3f", s)
	}
	if s := sim(1, 6); s != 0 {
		t.Errorf("sentences with no word in common: %.3f", s)
	}
	if s, t2 := sim(0, 4), sim(0, 6); s <= t2 {
		t.Errorf("paraphrase %.3f <= unrelated %.3f", s, t2)
	}
	if s := sim(2, 5); s < 0.8 {
		t.Errorf("Kiev/Kyiv spelling variants: %.3f", s)
	}
	if s1, s2 := sim(0, 4), sim(4, 0); s1 != s2 {
		t.Errorf("not symmetric: %.3f %.3f", s1, s2)
	}
	// WordNet relates "executing" and "killed": without it the paraphrase
	// scores lower.
	with := sim(0, 4)
	c.NoSoft = true
	if without := sim(0, 4); without >= with {
		t.Errorf("soft matching adds nothing: %.3f >= %.3f", without, with)
	}
}
