package align

import "testing"

// TestWordnetSignature: two words whose signatures share no bit are never
// related, and related words share a bit, so the test before the lookup
// changes no score.
func TestWordnetSignature(t *testing.T) {
	wn := wordnet()
	words := []string{"car", "automobile", "vehicle", "boat", "ship", "harbour", "storm", "gale",
		"fire", "blaze", "doctor", "physician", "hospital", "clinic", "say", "tell", "kill", "murder",
		"bridge", "collapse", "fall", "painting", "picture", "steal", "rob", "walker", "hiker", "cold"}
	related, skipped := 0, 0
	for _, a := range words {
		for _, b := range words {
			ca, cb := wn.concepts(a), wn.concepts(b)
			r := wordnetRelatedness(ca, cb)
			if r > 0 {
				related++
			}
			if wordnetSignature(ca)&wordnetSignature(cb) == 0 {
				skipped++
				if r != 0 {
					t.Errorf("%s ~ %s: relatedness %v, but their signatures share no bit", a, b, r)
				}
			}
		}
	}
	if related <= len(words) || skipped == 0 {
		t.Errorf("%d related pairs, %d skipped: the words do not exercise the test", related, skipped)
	}
}
